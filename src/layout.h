/* Layout: a layout document (source/schema/layout.rnc) -> pages of positioned boxes; draws nothing. */
#ifndef LAYOUT_H
#define LAYOUT_H

#include <stdbool.h>
#include <stddef.h>

#include <glib.h>
#include <libxml/tree.h>
#include <pango/pango.h>

struct diag_list;
struct layout_doc;

/* What a page holds, in drawing order.  Lengths in points, y down. */
enum layout_op_kind {
	LAYOUT_TEXT,		/* one Pango line, x left edge, y baseline */
	LAYOUT_FILL,		/* rectangle x, y, w, h filled with color */
	LAYOUT_STROKE,		/* line (x, y) -> (x + w, y + h), width lw */
	LAYOUT_FIGURE,		/* chart node drawn into x, y, w, h */
	LAYOUT_TAG_BEGIN,	/* structure element name, attributes attrs */
	LAYOUT_TAG_END,		/* closes the structure element name */
	LAYOUT_DEST,		/* named destination name at (x, y) */
	LAYOUT_LINK,		/* link area x, y, w, h; attrs: dest='..' or uri='..' */
	LAYOUT_OUTLINE,		/* bookmark name at level lw, to destination attrs;
				   h 1 for a section's title (followed by the
				   running section-title), 0 for a row's */
	LAYOUT_GLYPHS,		/* shaped run glyphs of text name, x left, y baseline */
	LAYOUT_PAGE_REF		/* internal: page label of target name, resolved
				   by the layout before a page is handed on */
};

struct layout_op {
	enum layout_op_kind	 kind;
	double			 x, y, w, h;
	double			 lw;
	guint32			 color;	/* 0xRRGGBB */
	PangoLayoutLine		*line;	/* LAYOUT_TEXT: a reference held */
	PangoLayout		*layout;	/* line's layout, a reference held */
	char			*name;
	char			*attrs;
	const xmlNode		*node;	/* LAYOUT_FIGURE: bar-chart, heat-map, timeline */
	PangoGlyphItem		*glyphs;	/* LAYOUT_GLYPHS, owned */
};

struct layout_page {
	int		 number;	/* 1, 2, ... across the document */
	const char	*label;		/* page label: "iv", "12" */
	double		 width, height;
	GArray		*ops;		/* struct layout_op */
};

/*
 * Called once for every finished page of the final pass, in order; the
 * page and its ops are borrowed and freed after the call.  Returns 0, or
 * -1 to stop the layout (after recording why).
 */
typedef int	(*layout_page_fn)(void *arg, const struct layout_page *page);

/*
 * Check doc (a layout document) against source/schema/layout.rng and the
 * rules the schema cannot state (references resolve, sections nest at
 * most three deep, named styles and templates exist), and read its
 * styles and page templates.  Messages name doc->URL and node lines.
 * Returns the document to lay out (borrowing doc, which must outlive it;
 * free with layout_doc_free()), or NULL after recording errors.
 */
struct layout_doc	*layout_read(struct diag_list *dl, xmlDoc *doc);

/*
 * The same checks for the layout file at path, read as a stream: the
 * document is never held whole.  It is read once here, to check it and
 * collect ids and sections, and again by each layout pass, which frees
 * what it has laid out.  Messages name path and its lines.
 */
struct layout_doc	*layout_open(struct diag_list *dl, const char *path);
void			 layout_doc_free(struct layout_doc *ld);

/* Metadata of the document: key "title", "author", "subject",
 * "keywords", "version", "date" or "lang"; borrowed, NULL when absent. */
const char		*layout_doc_meta(const struct layout_doc *ld,
			    const char *key);
/* The name messages give the document; borrowed. */
const char		*layout_doc_file(const struct layout_doc *ld);

/*
 * Lay the document out, handing every page to fn as soon as it is full.
 * A document that shows the page count or has a table of contents is
 * laid out once and its pages spooled to a temporary file as shaped
 * glyph runs (LAYOUT_GLYPHS) until the count and the TOC's page numbers
 * are known; one with <ref kind="page"> is laid out twice (the first
 * pass finds the pages, the final pass hands them on).
 * Problems in the content (missing glyphs, over-long words) are recorded
 * with file and line.  Needs fonts_init().  Returns 0, or -1 when fn
 * failed or nothing could be laid out.
 */
int			 layout_run(struct diag_list *dl, struct layout_doc *ld,
			    layout_page_fn fn, void *arg);

/*
 * Lay out twice instead of spooling shaped pages to a temporary file
 * when the page count or a TOC needs the number of pages: every text
 * line then reaches fn as LAYOUT_TEXT (the dump shows whole lines),
 * never as LAYOUT_GLYPHS runs.
 */
void			 layout_doc_no_spool(struct layout_doc *ld);

/*
 * Start reading the hyphenation patterns in a thread of their own, so
 * that they are ready when the first paragraph needs them (and before
 * any fork(), so that child processes inherit them).  Optional: without
 * it they are read at first use.  Once per process.
 */
void			 layout_hyphen_preload(void);

/* The colour (0xRRGGBB) a run of a laid-out line is drawn in. */
guint32			 layout_run_color(const PangoItem *item);

/*
 * Where run, of a line whose baseline starts at (x, y), is drawn, as
 * Pango's renderer places it (letter spacing, rise); *x_off carries the
 * advance from run to run and starts at 0.
 */
void			 layout_run_origin(const PangoGlyphItem *run,
			    double x, double y, int *x_off, double *run_x,
			    double *run_y);

/* Append a stable text listing of page to out, for golden tests. */
void			 layout_dump_page(GString *out,
			    const struct layout_page *page);

#endif
