/* PDF output: a Cairo PDF surface written to a temporary file and renamed on success. */
#ifndef PDF_H
#define PDF_H

#include <stdbool.h>

#include <cairo.h>
#include <glib.h>

struct diag_list;
struct layout_page;
struct pdf_doc;

/* Set cr's source to the colour rgb (0xRRGGBB). */
void		 pdf_set_rgb(cairo_t *cr, guint32 rgb);

/* Metadata written into the PDF Info dictionary; NULL fields are left out. */
struct pdf_meta {
	const char	*title;
	const char	*author;
	const char	*subject;
	const char	*keywords;
	const char	*date;	/* ISO 8601, e.g. "2018-06-20T00:00:00Z" */
};

/*
 * Start a PDF bound for path: the surface writes to a temporary file in
 * the same directory.  Returns the document (finish with pdf_doc_close())
 * or NULL after recording a system error.
 */
struct pdf_doc	*pdf_doc_open(struct diag_list *dl, const char *path,
		    const struct pdf_meta *meta);

/*
 * Draw one laid-out page and end it.  Returns 0, or -1 after recording
 * the Cairo error.
 */
int		 pdf_doc_page(struct pdf_doc *pdf, const struct layout_page *page);

/*
 * Finish the PDF.  When commit is true and every step succeeded the
 * temporary file replaces path; otherwise it is removed and an earlier
 * file at path stays as it was.  Frees pdf; returns 0 or -1.
 */
int		 pdf_doc_close(struct pdf_doc *pdf, bool commit);

/*
 * pdf_draw.c: draw the ops of page on cr (a cairo_t on a PDF surface).
 * outline holds the bookmark id last added at each level 0..5 (0 the
 * root), updated as bookmarks are added.  Drawing problems go to dl.
 */
struct _cairo;
void		 pdf_draw_page(struct diag_list *dl, struct _cairo *cr,
		    const struct layout_page *page, int *outline);

#endif
