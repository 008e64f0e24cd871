/* PDF text: laid-out glyph runs onto a cairo_t, batched, without the characters nothing is drawn for. */
#include <string.h>

#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

#include "layout.h"
#include "pdf.h"
#include "pdf_text.h"

struct pdf_text {
	cairo_t		*cr;
	PangoFont	*font;		/* of the queued glyphs, or NULL */
	guint32		 color;
	GString		*text;		/* UTF-8 of the queued clusters */
	GArray		*glyphs;	/* cairo_glyph_t */
	GArray		*clusters;	/* cairo_text_cluster_t */
};

struct pdf_text *
pdf_text_new(cairo_t *cr)
{
	struct pdf_text	*pt = g_new0(struct pdf_text, 1);

	pt->cr = cr;
	pt->text = g_string_new(NULL);
	pt->glyphs = g_array_new(FALSE, FALSE, sizeof(cairo_glyph_t));
	pt->clusters = g_array_new(FALSE, FALSE, sizeof(cairo_text_cluster_t));
	return pt;
}

void
pdf_text_free(struct pdf_text *pt)
{
	if (pt == NULL)
		return;
	g_clear_object(&pt->font);
	g_string_free(pt->text, TRUE);
	g_array_free(pt->glyphs, TRUE);
	g_array_free(pt->clusters, TRUE);
	g_free(pt);
}

/* What the glyphs of a run show for one byte of its text. */
enum shown {
	SHOWN_INSIDE,		/* inside another character's cluster */
	SHOWN_NOTHING,		/* a cluster of its own, drawn as nothing */
	SHOWN_DRAWN		/* a cluster with ink or advance */
};

/*
 * The length in bytes of the character at byte o of t if it is one the
 * PDF is better without, being drawn as nothing: a soft hyphen (U+00AD)
 * inside a word, on its own or inside a ligature's cluster, or the
 * space Pango empties at the end of a wrapped line, a cluster of its
 * own.  A space inside another cluster (the text an ellipsis stands
 * for) stays.  0 otherwise.
 */
static int
invisible_len(const char *t, int len, int o, const enum shown *shown)
{
	if (t[o] == ' ')
		return shown[o] == SHOWN_NOTHING ? 1 : 0;
	if ((guchar)t[o] == 0xc2 && o + 1 < len && (guchar)t[o + 1] == 0xad)
		return shown[o] != SHOWN_DRAWN ? 2 : 0;
	return 0;
}

/*
 * run without the characters it keeps but draws nothing for, or NULL
 * when it has none.  Each is a cluster with no glyph, and Cairo covers
 * such a cluster with an /ActualText span: text copied or extracted
 * from the PDF read "cul\u00ADture", and every hyphenation point and
 * line end cost a marked-content span.  A soft hyphen drawn as the
 * hyphen ending a line stays: PDF 1.7, 14.8.2.2.3, wants U+00AD there,
 * so that a reader can rejoin the word.  The copy's item has offset 0
 * into *clean (caller frees both: pango_glyph_item_free(), g_free()).
 */
static PangoGlyphItem *
without_invisible(const char *text, const PangoGlyphItem *run, char **clean)
{
	const PangoItem		*item = run->item;
	const PangoGlyphString	*gs = run->glyphs;
	const char		*t = text + item->offset;
	PangoGlyphItem		*out;
	GString			*kept;
	int			*shift, o, i, n, k, dropped = 0, chars = 0;
	enum shown		*shown;

	shown = g_new0(enum shown, (gsize)item->length + 1);
	for (i = 0; i < gs->num_glyphs; i++) {
		o = gs->log_clusters[i];
		if (o < 0 || o >= item->length)
			continue;
		if (gs->glyphs[i].glyph != PANGO_GLYPH_EMPTY ||
		    gs->glyphs[i].geometry.width != 0)
			shown[o] = SHOWN_DRAWN;
		else if (shown[o] == SHOWN_INSIDE)
			shown[o] = SHOWN_NOTHING;
	}
	for (o = 0; o < item->length; o++)
		if (invisible_len(t, item->length, o, shown) > 0)
			break;
	if (o == item->length) {
		g_free(shown);
		return NULL;
	}
	/* shift[o]: bytes dropped before byte o; -1 marks a dropped byte. */
	shift = g_new(int, (gsize)item->length + 1);
	kept = g_string_sized_new((gsize)item->length);
	for (o = 0; o < item->length; o++) {
		if ((n = invisible_len(t, item->length, o, shown)) > 0) {
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
	out = g_slice_new0(PangoGlyphItem);
	out->glyphs = pango_glyph_string_new();
	pango_glyph_string_set_size(out->glyphs, gs->num_glyphs);
	for (i = n = 0; i < gs->num_glyphs; i++) {
		o = gs->log_clusters[i];
		if (shift[o] < 0)
			continue;	/* the empty glyph of a dropped character */
		out->glyphs->glyphs[n] = gs->glyphs[i];
		out->glyphs->log_clusters[n] = o - shift[o];
		n++;
	}
	out->glyphs->num_glyphs = n;
	out->item = pango_item_copy((PangoItem *)item);
	out->item->offset = 0;
	out->item->length = (int)kept->len;
	out->item->num_chars -= chars;
	g_free(shift);
	g_free(shown);
	*clean = g_string_free(kept, FALSE);
	return out;
}

/* True when run can join a batch: left to right, every glyph known. */
static bool
batchable(const PangoGlyphItem *run)
{
	int	 i;

	if ((run->item->analysis.level & 1) != 0 ||
	    !PANGO_IS_CAIRO_FONT(run->item->analysis.font))
		return false;
	for (i = 0; i < run->glyphs->num_glyphs; i++)
		if ((run->glyphs->glyphs[i].glyph & PANGO_GLYPH_UNKNOWN_FLAG) &&
		    run->glyphs->glyphs[i].glyph != PANGO_GLYPH_EMPTY)
			return false;
	return true;
}

/* Append run's glyphs, at x, y, and its clusters as Pango makes them. */
static void
append(struct pdf_text *pt, double x, double y, const char *text,
    PangoGlyphItem *run)
{
	PangoGlyphString	*gs = run->glyphs;
	PangoGlyphItemIter	 it;
	cairo_text_cluster_t	 cl;
	cairo_glyph_t		 g;
	double			 pos = 0;	/* Pango units; no int to wrap */
	int			 i;

	for (i = 0; i < gs->num_glyphs; i++) {
		const PangoGlyphInfo *gi = &gs->glyphs[i];

		if (gi->glyph != PANGO_GLYPH_EMPTY) {
			g.index = gi->glyph;
			g.x = x + (pos + gi->geometry.x_offset) / PANGO_SCALE;
			g.y = y + (double)gi->geometry.y_offset / PANGO_SCALE;
			g_array_append_val(pt->glyphs, g);
		}
		pos += gi->geometry.width;
	}
	g_string_append_len(pt->text, text + run->item->offset,
	    run->item->length);
	if (!pango_glyph_item_iter_init_start(&it, run, text))
		return;
	do {
		cl.num_bytes = it.end_index - it.start_index;
		cl.num_glyphs = 0;
		for (i = it.start_glyph; i < it.end_glyph; i++)
			if (gs->glyphs[i].glyph != PANGO_GLYPH_EMPTY)
				cl.num_glyphs++;
		g_array_append_val(pt->clusters, cl);
	} while (pango_glyph_item_iter_next_cluster(&it));
}

bool
pdf_text_flush(struct pdf_text *pt)
{
	cairo_t	*cr = pt->cr;

	if (pt->font == NULL)
		return false;
	pdf_set_rgb(cr, pt->color);
	cairo_set_scaled_font(cr,
	    pango_cairo_font_get_scaled_font(PANGO_CAIRO_FONT(pt->font)));
	cairo_show_text_glyphs(cr, pt->text->str, (int)pt->text->len,
	    (cairo_glyph_t *)(void *)pt->glyphs->data, (int)pt->glyphs->len,
	    (cairo_text_cluster_t *)(void *)pt->clusters->data,
	    (int)pt->clusters->len, 0);
	g_string_truncate(pt->text, 0);
	g_array_set_size(pt->glyphs, 0);
	g_array_set_size(pt->clusters, 0);
	g_clear_object(&pt->font);
	return true;
}

void
pdf_text_run(struct pdf_text *pt, double x, double y, guint32 color,
    const char *text, PangoGlyphItem *run)
{
	PangoGlyphItem	*clean;
	char		*ctext = NULL;

	if ((clean = without_invisible(text, run, &ctext)) != NULL) {
		text = ctext;
		run = clean;
	}
	if (!batchable(run)) {
		/* Pango draws what we would not: boxes, right to left. */
		pdf_text_flush(pt);
		pdf_set_rgb(pt->cr, color);
		cairo_move_to(pt->cr, x, y);
		pango_cairo_show_glyph_item(pt->cr, text, run);
	} else {
		if (pt->font != NULL && (pt->font != run->item->analysis.font ||
		    pt->color != color))
			pdf_text_flush(pt);
		if (pt->font == NULL)
			pt->font = g_object_ref(run->item->analysis.font);
		pt->color = color;
		append(pt, x, y, text, run);
	}
	if (clean != NULL)
		pango_glyph_item_free(clean);
	g_free(ctext);
}

void
pdf_text_line(struct pdf_text *pt, const struct layout_op *op)
{
	const char	*text = pango_layout_get_text(op->line->layout);
	GSList		*l;
	double		 x, y;
	int		 x_off = 0;

	for (l = op->line->runs; l != NULL; l = l->next) {
		PangoGlyphItem *run = l->data;

		layout_run_origin(run, op->x, op->y, &x_off, &x, &y);
		pdf_text_run(pt, x, y, layout_run_color(run->item), text, run);
	}
}
