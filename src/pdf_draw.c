/* PDF drawing: the boxes of one laid-out page onto a cairo_t, with tags, links, destinations and bookmarks. */
#include <string.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <glib.h>
#include <pango/pangocairo.h>

#include "diag.h"
#include "layout.h"
#include "pdf.h"
#if __has_include("pdf_figure.h")
#include "pdf_figure.h"
#define HAVE_PDF_FIGURE 1
#endif

static void
rgb(cairo_t *cr, guint32 c)
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
	rgb(cr, 0xB0B8C2);
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

/* True when the character at byte o of the run has a glyph drawn. */
static bool
char_drawn(const PangoGlyphString *gs, int o)
{
	int	 i;

	for (i = 0; i < gs->num_glyphs; i++)
		if (gs->log_clusters[i] == o &&
		    (gs->glyphs[i].glyph != PANGO_GLYPH_EMPTY ||
		    gs->glyphs[i].geometry.width != 0))
			return true;
	return false;
}

/*
 * The length in bytes of the character at byte o of t if it is one the
 * PDF is better without when nothing is drawn for it: a soft hyphen
 * (U+00AD) inside a word, or the space Pango empties at the end of a
 * wrapped line.  0 otherwise.
 */
static int
invisible_len(const char *t, int len, int o, const PangoGlyphString *gs)
{
	int	 n = 0;

	if (t[o] == ' ')
		n = 1;
	else if ((guchar)t[o] == 0xc2 && o + 1 < len &&
	    (guchar)t[o + 1] == 0xad)
		n = 2;
	return n > 0 && !char_drawn(gs, o) ? n : 0;
}

/*
 * Draw a run without the characters it keeps but draws nothing for.
 * Each is a cluster with no glyph, and Cairo covers such a cluster with
 * an /ActualText span: text copied or extracted from the PDF read
 * "cul\u00ADture", and every hyphenation point and line end cost a
 * marked-content span.  A soft hyphen drawn as the hyphen ending a line
 * stays: PDF 1.7, 14.8.2.2.3, wants U+00AD there, so that a reader can
 * rejoin the word.  text holds the run's bytes from run->item->offset.
 */
static void
show_run(cairo_t *cr, const char *text, PangoGlyphItem *run)
{
	const PangoItem		*item = run->item;
	const PangoGlyphString	*gs = run->glyphs;
	const char		*t = text + item->offset;
	PangoGlyphString	*out;
	PangoGlyphItem		 clean;
	GString			*kept;
	int			*shift, o, i, n, k, dropped = 0, chars = 0;

	for (o = 0; o < item->length; o++)
		if (invisible_len(t, item->length, o, gs) > 0)
			break;
	if (o == item->length) {
		pango_cairo_show_glyph_item(cr, text, run);
		return;
	}
	/* shift[o]: bytes dropped before byte o; -1 marks a dropped byte. */
	shift = g_new(int, (gsize)item->length + 1);
	kept = g_string_sized_new((gsize)item->length);
	for (o = 0; o < item->length; o++) {
		if ((n = invisible_len(t, item->length, o, gs)) > 0) {
			for (k = 0; k < n; k++)
				shift[o + k] = -1;
			dropped += n;
			chars++;
			o += n - 1;
			continue;
		}
		shift[o] = dropped;
		g_string_append_c(kept, t[o]);
	}
	shift[item->length] = dropped;
	out = pango_glyph_string_new();
	pango_glyph_string_set_size(out, gs->num_glyphs);
	for (i = n = 0; i < gs->num_glyphs; i++) {
		o = gs->log_clusters[i];
		if (shift[o] < 0)
			continue;	/* the empty glyph of a dropped character */
		out->glyphs[n] = gs->glyphs[i];
		out->log_clusters[n] = o - shift[o];
		n++;
	}
	out->num_glyphs = n;
	clean.item = pango_item_copy((PangoItem *)item);
	clean.item->offset = 0;
	clean.item->length = (int)kept->len;
	clean.item->num_chars -= chars;
	clean.glyphs = out;
#if PANGO_VERSION_CHECK(1, 50, 0)
	clean.y_offset = 0;
	clean.start_x_offset = 0;
	clean.end_x_offset = 0;
#endif
	pango_cairo_show_glyph_item(cr, kept->str, &clean);
	pango_item_free(clean.item);
	pango_glyph_string_free(out);
	g_string_free(kept, TRUE);
	g_free(shift);
}

/* A laid-out line, run by run, each in its own colour. */
static void
show_line(cairo_t *cr, const struct layout_op *op)
{
	const char	*text = pango_layout_get_text(op->line->layout);
	GSList		*l;
	double		 x, y;
	int		 x_off = 0;

	for (l = op->line->runs; l != NULL; l = l->next) {
		PangoGlyphItem *run = l->data;

		layout_run_origin(run, op->x, op->y, &x_off, &x, &y);
		rgb(cr, layout_run_color(run->item));
		cairo_move_to(cr, x, y);
		show_run(cr, text, run);
	}
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
	rgb(p->cr, c);
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
	char			*a;
	guint			 i;

	cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
	for (i = 0; i < page->ops->len; i++) {
		op = &g_array_index(page->ops, struct layout_op, i);
		next = i + 1 < page->ops->len ?
		    &g_array_index(page->ops, struct layout_op, i + 1) : NULL;
		switch (op->kind) {
		case LAYOUT_TEXT:
			show_line(cr, op);
			/* The runs' own colours leave the source changed. */
			pen.known = false;
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
			pen_color(&pen, op->color);
			cairo_move_to(cr, op->x, op->y);
			show_run(cr, op->name, op->glyphs);
			break;
		case LAYOUT_PAGE_REF:
			break;
		}
	}
}
