/* PDF document: Cairo PDF surface, Info metadata, pages; written to a temporary file renamed on success. */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "diag.h"
#include "layout.h"
#include "pdf.h"
#include "version.h"

struct pdf_doc {
	struct diag_list	*dl;
	char			*path;	/* relative, for messages */
	char			*dest;
	char			*tmp;
	FILE			*fp;	/* the temporary file */
	int			 write_errno;	/* first failed write */
	cairo_surface_t		*surface;
	cairo_t			*cr;
	int			 outline[6];
	bool			 started;	/* Document tag open */
	bool			 failed;
};

static bool
check(struct pdf_doc *pdf, cairo_status_t st)
{
	if (st == CAIRO_STATUS_SUCCESS)
		return true;
	if (!pdf->failed)
		diag_add(pdf->dl, st == CAIRO_STATUS_WRITE_ERROR ||
		    st == CAIRO_STATUS_NO_MEMORY ? DIAG_SYSTEM : DIAG_ERROR,
		    pdf->path, 0, 0, "cannot write the PDF: %s",
		    cairo_status_to_string(st));
	pdf->failed = true;
	return false;
}

/*
 * Cairo's own file stream ignores a failing fclose(), so a PDF that fit
 * in the stdio buffer on a full disk was renamed into place empty, and
 * cairo 1.16 crashed finishing a surface after a write error.  Write
 * through our stream: keep the first error, tell cairo all went well,
 * and report the error when the file is closed.
 */
static cairo_status_t
write_out(void *closure, const unsigned char *data, unsigned int len)
{
	struct pdf_doc	*pdf = closure;

	errno = 0;
	if (pdf->write_errno == 0 && fwrite(data, 1, len, pdf->fp) != len)
		pdf->write_errno = errno != 0 ? errno : EIO;
	return CAIRO_STATUS_SUCCESS;
}

struct pdf_doc *
pdf_doc_open(struct diag_list *dl, const char *path,
    const struct pdf_meta *meta)
{
	struct pdf_doc	*pdf;
	char		*dir, *base, *creator;
	int		 fd;

	pdf = g_new0(struct pdf_doc, 1);
	pdf->dl = dl;
	pdf->path = diag_relpath(path);
	pdf->dest = g_strdup(path);
	dir = g_path_get_dirname(path);
	base = g_path_get_basename(path);
	pdf->tmp = g_strdup_printf("%s/.%s.XXXXXX", dir, base);
	g_free(dir);
	g_free(base);
	if ((fd = g_mkstemp_full(pdf->tmp, O_RDWR, 0666)) < 0) {
		diag_add(dl, DIAG_SYSTEM, pdf->path, 0, 0, "cannot write: %s",
		    g_strerror(errno));
		g_free(pdf->tmp);
		pdf->tmp = NULL;
		pdf_doc_close(pdf, false);
		return NULL;
	}
	if ((pdf->fp = fdopen(fd, "wb")) == NULL) {
		diag_add(dl, DIAG_SYSTEM, pdf->path, 0, 0, "cannot write: %s",
		    g_strerror(errno));
		close(fd);
		pdf_doc_close(pdf, false);
		return NULL;
	}
	pdf->surface = cairo_pdf_surface_create_for_stream(write_out, pdf,
	    595.28, 841.89);
	if (!check(pdf, cairo_surface_status(pdf->surface))) {
		pdf_doc_close(pdf, false);
		return NULL;
	}
#define META(key, v) do {						\
		if ((v) != NULL && *(v) != '\0')			\
			cairo_pdf_surface_set_metadata(pdf->surface,	\
			    CAIRO_PDF_METADATA_##key, (v));		\
	} while (0)
	META(TITLE, meta->title);
	META(AUTHOR, meta->author);
	META(SUBJECT, meta->subject);
	META(KEYWORDS, meta->keywords);
	META(CREATE_DATE, meta->date);
	META(MOD_DATE, meta->date);
#undef META
	creator = g_strdup_printf("asemdoc %s", ASEMDOC_VERSION);
	cairo_pdf_surface_set_metadata(pdf->surface,
	    CAIRO_PDF_METADATA_CREATOR, creator);
	g_free(creator);
	pdf->cr = cairo_create(pdf->surface);
	return pdf;
}

int
pdf_doc_page(struct pdf_doc *pdf, const struct layout_page *page)
{
	if (pdf->failed)
		return -1;
	cairo_pdf_surface_set_size(pdf->surface, page->width, page->height);
	cairo_pdf_surface_set_page_label(pdf->surface, page->label);
	/* Opened after the first page's size: cairo 1.16 forgets a tag
	 * begun before cairo_pdf_surface_set_size() and stops marking
	 * the file as tagged. */
	if (!pdf->started) {
		cairo_tag_begin(pdf->cr, "Document", "");
		pdf->started = true;
	}
	pdf_draw_page(pdf->dl, pdf->cr, page, pdf->outline);
	cairo_show_page(pdf->cr);
	return check(pdf, cairo_status(pdf->cr)) ? 0 : -1;
}

int
pdf_doc_close(struct pdf_doc *pdf, bool commit)
{
	int	 rc = 0;

	if (pdf == NULL)
		return -1;
	if (pdf->cr != NULL) {
		if (pdf->started)
			cairo_tag_end(pdf->cr, "Document");
		check(pdf, cairo_status(pdf->cr));
		cairo_destroy(pdf->cr);
	}
	if (pdf->surface != NULL) {
		cairo_surface_finish(pdf->surface);
		check(pdf, cairo_surface_status(pdf->surface));
		cairo_surface_destroy(pdf->surface);
	}
	if (pdf->fp != NULL) {
		if (fflush(pdf->fp) != 0 && pdf->write_errno == 0)
			pdf->write_errno = errno;
		if (fclose(pdf->fp) != 0 && pdf->write_errno == 0)
			pdf->write_errno = errno;
		if (pdf->write_errno != 0 && !pdf->failed) {
			diag_add(pdf->dl, DIAG_SYSTEM, pdf->path, 0, 0,
			    "cannot write: %s", g_strerror(pdf->write_errno));
			pdf->failed = true;
		}
	}
	if (commit && !pdf->failed && pdf->tmp != NULL) {
		if (g_rename(pdf->tmp, pdf->dest) != 0) {
			diag_add(pdf->dl, DIAG_SYSTEM, pdf->path, 0, 0,
			    "cannot write: %s", g_strerror(errno));
			rc = -1;
		}
	} else
		rc = -1;
	if (rc != 0 && pdf->tmp != NULL)
		g_unlink(pdf->tmp);
	g_free(pdf->path);
	g_free(pdf->dest);
	g_free(pdf->tmp);
	g_free(pdf);
	return rc;
}
