/* Layout of running heads and TOC page numbers, added to each page as it is handed on. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <cairo.h>
#include <glib.h>
#include <libxml/tree.h>
#include <pango/pangocairo.h>

#include "diag.h"
#include "layout.h"
#include "layout_int.h"

/* Where the running heads sit, from the edge of the body. */
#define HEADER_BASELINE	16	/* above the body */
#define HEADER_RULE	10
#define FOOTER_BASELINE	24	/* below the body */
#define FOOTER_RULE	10

/* The text of a running-head slot with its fields filled in. */
static char *
slot_text(struct lt_engine *e, const xmlNode *slot)
{
	GString		*g = g_string_new(NULL);
	const xmlNode	*c;
	const char	*v;
	char		*s;

	for (c = slot->children; c != NULL; c = c->next) {
		if (c->type == XML_TEXT_NODE) {
			g_string_append(g, (const char *)c->content);
			continue;
		}
		v = NULL;
		if (lt_is(c, "page-number"))
			v = e->page->label;
		else if (lt_is(c, "page-count")) {
			s = g_strdup_printf("%d", e->ld->page_count > 0 ?
			    e->ld->page_count : e->page_number);
			g_string_append(g, s);
			g_free(s);
		} else if (lt_is(c, "section-title"))
			v = e->section_first != NULL ? e->section_first :
			    e->section_last;
		else if (lt_is(c, "doc-title"))
			v = layout_doc_meta(e->ld, "title");
		else if (lt_is(c, "doc-version"))
			v = layout_doc_meta(e->ld, "version");
		else if (lt_is(c, "doc-date"))
			v = layout_doc_meta(e->ld, "date");
		if (v != NULL)
			g_string_append(g, v);
	}
	s = g_strstrip(g_string_free(g, FALSE));
	return s;
}

/* Room between two slots of a running head, in points. */
#define SLOT_GAP	12

struct slot {
	const xmlNode	*node;		/* left, center or right; NULL: none */
	char		*text;
	PangoLayout	*lay;
	double		 natural;	/* width the text would take */
	double		 w;		/* width it gets */
};

/*
 * Shares of room for a slot wanting a and one wanting b, b counted n
 * times: each keeps what it wants when that is no more than an even
 * share, and the other gets the rest.
 */
static void
fair_shares(double room, double a, double b, int n, double *sa, double *sb)
{
	double	 even = room / (1 + n);

	if (a + n * b <= room) {
		*sa = a;
		*sb = b;
	} else if (a <= even) {
		*sa = a;
		*sb = (room - a) / n;
	} else if (b <= even) {
		*sb = b;
		*sa = room - n * b;
	} else
		*sa = *sb = even;
}

/*
 * Share the body width w among the slots present so that none overlaps
 * another.  When all fit with SLOT_GAP between them, each is set across
 * the whole width with its alignment, as it always was.  Else a short
 * slot ("Page 3 of 12") keeps its width and the long ones share the
 * rest, shortened to it (the centre slot stays centred, so the wider
 * side counts twice).
 */
static void
share_width(struct slot *sl, double w)
{
	double	 left = sl[0].natural, centre = sl[1].natural;
	double	 right = sl[2].natural, side;
	size_t	 i;

	if (sl[1].lay != NULL) {
		side = left > right ? left : right;
		if (side == 0 || centre + 2 * side + 2 * SLOT_GAP <= w)
			goto whole;
		fair_shares(w - 2 * SLOT_GAP, centre, side, 2, &sl[1].w,
		    &side);
		sl[0].w = sl[2].w = side;
	} else {
		if (left == 0 || right == 0 || left + right + SLOT_GAP <= w)
			goto whole;
		fair_shares(w - SLOT_GAP, left, right, 1, &sl[0].w, &sl[2].w);
	}
	return;
whole:
	for (i = 0; i < 3; i++)
		sl[i].w = w;
}

/* Draw a header or footer: three slots on one line at baseline y. */
static void
running_head(struct lt_engine *e, const xmlNode *head, const char *style,
    double baseline, double rule_y)
{
	static const char *const names[] = { "left", "center", "right" };
	static const enum lt_align align[] = { LT_LEFT, LT_CENTER, LT_RIGHT };
	const struct lt_template	*t = e->tpl;
	const struct lt_style		*st = lt_style_get(e->ld, style);
	const xmlNode			*c;
	struct layout_op		*op;
	struct slot			 sl[3];
	PangoRectangle			 log;
	double				 w, x;
	size_t				 i;

	memset(sl, 0, sizeof(sl));
	w = t->width - t->left - t->right;
	for (i = 0; i < G_N_ELEMENTS(names); i++) {
		for (c = head->children; c != NULL; c = c->next)
			if (lt_is(c, names[i]))
				break;
		if (c == NULL)
			continue;
		sl[i].node = c;
		sl[i].text = slot_text(e, c);
		if (*sl[i].text == '\0')
			continue;
		sl[i].lay = lt_simple_layout(e, st, sl[i].text, -1, align[i]);
		if (!e->head_warned && pango_layout_get_unknown_glyphs_count(
		    sl[i].lay) > 0) {
			lt_unknown_glyphs(e, sl[i].lay, lt_line(c));
			e->head_warned = true;
		}
		pango_layout_get_extents(sl[i].lay, NULL, &log);
		sl[i].natural = (double)log.width / PANGO_SCALE;
	}
	share_width(sl, w);
	for (i = 0; i < G_N_ELEMENTS(sl); i++) {
		if (sl[i].lay != NULL) {
			pango_layout_set_width(sl[i].lay,
			    (int)(sl[i].w * PANGO_SCALE));
			pango_layout_set_ellipsize(sl[i].lay,
			    PANGO_ELLIPSIZE_END);
			if (pango_layout_is_ellipsized(sl[i].lay) &&
			    !e->head_warned) {
				diag_warning(e->dl, e->ld->file,
				    lt_line(sl[i].node), "running head too "
				    "long for its %s slot (needs %.0fpt, has %.0fpt), "
				    "shortened: %s", names[i], sl[i].natural,
				    sl[i].w, sl[i].text);
				e->head_warned = true;
			}
			x = t->left + (i == 0 ? 0 : i == 1 ? (w - sl[i].w) / 2 :
			    w - sl[i].w);
			lt_text_op(e->page->ops, pango_layout_get_line_readonly(
			    sl[i].lay, 0), x + lt_line_left(sl[i].lay),
			    baseline);
			g_object_unref(sl[i].lay);
		}
		g_free(sl[i].text);
	}
	if (st->rule > 0) {
		op = lt_op_add(e->page->ops, LAYOUT_STROKE);
		op->x = t->left;
		op->y = rule_y;
		op->w = w;
		op->lw = st->rule;
		op->color = st->rule_color;
	}
}

double
lt_head_room(struct layout_doc *ld, bool footer)
{
	const struct lt_style	*st;
	PangoFontMetrics	*m;
	double			 room;

	lt_context(ld);
	st = lt_style_get(ld, footer ? "footer" : "header");
	m = pango_context_get_metrics(ld->pc, st->font, NULL);
	if (footer)
		room = FOOTER_BASELINE +
		    (double)pango_font_metrics_get_descent(m) / PANGO_SCALE;
	else
		room = HEADER_BASELINE +
		    (double)pango_font_metrics_get_ascent(m) / PANGO_SCALE;
	pango_font_metrics_unref(m);
	return room;
}

/* Page numbers of TOC entries, with their dot leaders. */
static void
page_refs(struct lt_engine *e, struct layout_page *page)
{
	const struct lt_target	*t;
	struct layout_op	*op, ref;
	PangoLayout		*lay;
	GArray			*tmp;
	const char		*label;
	PangoRectangle		 log;
	double			 left, dot;
	guint			 i;

	for (i = 0; i < page->ops->len; i++) {
		op = &g_array_index(page->ops, struct layout_op, i);
		if (op->kind != LAYOUT_PAGE_REF)
			continue;
		ref = *op;
		t = g_hash_table_lookup(e->ld->targets, ref.name);
		label = t != NULL && t->label != NULL ? t->label : "?";
		/* Right-aligned in its slot; a label wider than the slot (its
		 * page was not known when the entry was laid out) reaches
		 * left rather than wrap and show only its first digits. */
		lay = lt_simple_layout(e, lt_style_get(e->ld, ref.attrs),
		    label, -1, LT_LEFT);
		pango_layout_get_extents(lay, NULL, &log);
		left = ref.x + ref.lw - (double)log.width / PANGO_SCALE;
		tmp = g_array_new(FALSE, TRUE, sizeof(struct layout_op));
		lt_text_op(tmp, pango_layout_get_line_readonly(lay, 0), left,
		    ref.y);
		/* Leaders on a fixed grid line up from entry to entry. */
		for (dot = floor((left - 5) / 4.5) * 4.5;
		    dot > ref.x + ref.w + 5; dot -= 4.5) {
			op = lt_op_add(tmp, LAYOUT_FILL);
			op->x = dot;
			op->y = ref.y - 0.8;
			op->w = 0.8;
			op->h = 0.8;
			op->color = ref.color;
		}
		g_object_unref(lay);
		lt_op_clear(&g_array_index(page->ops, struct layout_op, i));
		g_array_remove_index(page->ops, i);
		g_array_insert_vals(page->ops, i, tmp->data, tmp->len);
		i += tmp->len - 1;
		g_array_free(tmp, TRUE);
	}
}

/* Running heads and TOC numbers, then the page goes to fn. */
void
lt_hand_on(struct lt_engine *e)
{
	const struct lt_template	*t = e->tpl;

	if (t->header != NULL)
		running_head(e, t->header, "header", t->top - HEADER_BASELINE,
		    t->top - HEADER_RULE);
	if (t->footer != NULL)
		running_head(e, t->footer, "footer",
		    t->height - t->bottom + FOOTER_BASELINE,
		    t->height - t->bottom + FOOTER_RULE);
	page_refs(e, e->page);
	if (e->failed == 0 && e->fn(e->arg, e->page) != 0)
		e->failed = 1;
}
