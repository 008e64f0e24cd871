/* PDF drawing: the boxes of one laid-out page onto a cairo_t, with tags, links, destinations and bookmarks. */
#include <string.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <glib.h>
#include <pango/pangocairo.h>

#include "diag.h"
#include "layout.h"
#include "pdf.h"
#include "pdf_text.h"
#if __has_include("pdf_figure.h")
#include "pdf_figure.h"
#define HAVE_PDF_FIGURE 1
#endif

void
pdf_set_rgb(cairo_t *cr, guint32 c)
{
	cairo_set_source_rgb(cr, ((c >> 16) & 0xff) / 255.0,
	    ((c >> 8) & 0xff) / 255.0, (c & 0xff) / 255.0);
}

static void
figure(struct diag_list *dl, cairo_t *cr, const struct layout_op *op)
{
#ifdef HAVE_PDF_FIGURE
	if (op->node != NULL && pdf_figure_draw(dl, cr, op->node, op->x, op->y,
	    op->w, op->h) == 0)
		return;
#else
	(void)dl;
#endif
	/* No chart drawn: a light frame keeps the space visible. */
	cairo_save(cr);
	pdf_set_rgb(cr, 0xB0B8C2);
	cairo_set_line_width(cr, 0.5);
	cairo_rectangle(cr, op->x + 0.25, op->y + 0.25, op->w - 0.5,
	    op->h - 0.5);
	cairo_stroke(cr);
	cairo_restore(cr);
}

static void
outline(cairo_t *cr, const struct layout_op *op, int *ids)
{
	int	 level = (int)op->lw, parent, i;

	if (op->attrs == NULL)
		return;
	if (level < 1)
		level = 1;
	if (level > 5)
		level = 5;
	parent = ids[level - 1];
	if (level == 1)
		parent = CAIRO_PDF_OUTLINE_ROOT;
	ids[level] = cairo_pdf_surface_add_outline(cairo_get_target(cr), parent,
	    op->name, op->attrs, 0);
	for (i = level + 1; i <= 5; i++)
		ids[i] = ids[level];
}

/* The source colour, set only when it changes. */
struct pen {
	cairo_t		*cr;
	bool		 known;
	guint32		 color;
};

static void
pen_color(struct pen *p, guint32 c)
{
	if (p->known && p->color == c)
		return;
	pdf_set_rgb(p->cr, c);
	p->known = true;
	p->color = c;
}

/* True when ops a and b are rules Cairo can stroke as one path. */
static bool
same_rule(const struct layout_op *a, const struct layout_op *b)
{
	return a->kind == LAYOUT_STROKE && b->kind == LAYOUT_STROKE &&
	    a->lw == b->lw && a->color == b->color;
}

void
pdf_draw_page(struct diag_list *dl, cairo_t *cr,
    const struct layout_page *page, int *ids)
{
	const struct layout_op	*op, *next;
	struct pen		 pen = { cr, false, 0 };
	struct pdf_text		*pt = pdf_text_new(cr);
	char			*a;
	guint			 i;

	cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
	for (i = 0; i < page->ops->len; i++) {
		op = &g_array_index(page->ops, struct layout_op, i);
		next = i + 1 < page->ops->len ?
		    &g_array_index(page->ops, struct layout_op, i + 1) : NULL;
		/*
		 * Text waits to be drawn with the text after it; anything
		 * drawn or tagged (a link is a structure element too) draws
		 * it first.  A destination, only a named position, lets it
		 * wait: the items of a list in a cell are one call.
		 */
		if (op->kind != LAYOUT_TEXT && op->kind != LAYOUT_GLYPHS &&
		    op->kind != LAYOUT_DEST && pdf_text_flush(pt))
			pen.known = false;
		switch (op->kind) {
		case LAYOUT_TEXT:
			pdf_text_line(pt, op);
			break;
		case LAYOUT_FILL:
			pen_color(&pen, op->color);
			cairo_rectangle(cr, op->x, op->y, op->w, op->h);
			cairo_fill(cr);
			break;
		case LAYOUT_STROKE:
			/* A table's rules come in runs: one path each run. */
			cairo_move_to(cr, op->x, op->y);
			cairo_line_to(cr, op->x + op->w, op->y + op->h);
			if (next != NULL && same_rule(op, next))
				break;
			pen_color(&pen, op->color);
			cairo_set_line_width(cr, op->lw);
			cairo_stroke(cr);
			break;
		case LAYOUT_FIGURE:
			figure(dl, cr, op);
			pen.known = false;
			break;
		case LAYOUT_TAG_BEGIN:
			cairo_tag_begin(cr, op->name, op->attrs);
			break;
		case LAYOUT_TAG_END:
			cairo_tag_end(cr, op->name);
			break;
		case LAYOUT_DEST:
			a = g_strdup_printf("name='%s' x=%.2f y=%.2f", op->name,
			    op->x, op->y);
			cairo_tag_begin(cr, CAIRO_TAG_DEST, a);
			cairo_tag_end(cr, CAIRO_TAG_DEST);
			g_free(a);
			break;
		case LAYOUT_LINK:
			a = g_strdup_printf("%s rect=[%.2f %.2f %.2f %.2f]",
			    op->attrs, op->x, op->y, op->w, op->h);
			cairo_tag_begin(cr, CAIRO_TAG_LINK, a);
			cairo_tag_end(cr, CAIRO_TAG_LINK);
			g_free(a);
			break;
		case LAYOUT_OUTLINE:
			outline(cr, op, ids);
			break;
		case LAYOUT_GLYPHS:
			pdf_text_run(pt, op->x, op->y, op->color, op->name,
			    op->glyphs);
			break;
		case LAYOUT_PAGE_REF:
			break;
		}
	}
	pdf_text_flush(pt);
	pdf_text_free(pt);
}
