/* PDF text: laid-out glyph runs onto a cairo_t, batched, without the characters nothing is drawn for. */
#ifndef PDF_TEXT_H
#define PDF_TEXT_H

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

struct layout_op;
struct pdf_text;

struct pdf_text	*pdf_text_new(cairo_t *cr);
void		 pdf_text_free(struct pdf_text *pt);

/*
 * Queue run, whose text starts at text + run->item->offset, with its
 * baseline origin at (x, y) in colour (0xRRGGBB).  Consecutive runs in
 * one font and colour are drawn by one cairo_show_text_glyphs() call
 * at the next pdf_text_flush(): Cairo's cost is per call, and a table
 * cell's lines are one call instead of one a line.
 */
void		 pdf_text_run(struct pdf_text *pt, double x, double y,
		    guint32 color, const char *text, PangoGlyphItem *run);

/* Queue every run of a LAYOUT_TEXT op's line. */
void		 pdf_text_line(struct pdf_text *pt, const struct layout_op *op);

/*
 * Draw what is queued.  Returns true when it drew, having set the
 * source colour.  Call before anything else is drawn or tagged.
 */
bool		 pdf_text_flush(struct pdf_text *pt);

#endif
