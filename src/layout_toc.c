/* Layout table of contents: one entry per section with its page number from the first pass, linked. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <libxml/tree.h>
#include <pango/pango.h>

#include "layout.h"
#include "layout_int.h"

/* Width kept for page numbers at the right, unless a label needs more. */
#define NUM_W	32.0

double
lt_label_width(struct lt_engine *e, const char *style, const char *label)
{
	PangoLayout	*lay;
	PangoRectangle	 log;

	lay = lt_simple_layout(e, lt_style_get(e->ld, style), label, -1,
	    LT_LEFT);
	pango_layout_get_extents(lay, NULL, &log);
	g_object_unref(lay);
	return (double)log.width / PANGO_SCALE;
}

/*
 * The slot for the page label of sec, as wide as the label when its page
 * is known (a later pass, or a section before the TOC), else NUM_W.
 */
static double
slot_width(struct lt_engine *e, const struct lt_section *sec,
    const char *style)
{
	const struct lt_target	*t;

	t = g_hash_table_lookup(e->ld->targets, sec->key);
	if (t == NULL || t->label == NULL)
		return NUM_W;
	return MAX(NUM_W, lt_label_width(e, style, t->label));
}

static void
entry(struct lt_engine *e, struct lt_sink *s, const struct lt_section *sec,
    double x, double w)
{
	const struct lt_style	*st;
	const char		*key = sec->key, *title = sec->title;
	int			 level = sec->level;
	struct lt_sink		 cs;
	struct lt_item		*it, *last;
	struct layout_op	*op;
	struct lt_para		 p;
	PangoRectangle		 log;
	GArray			*pending;
	struct lt_toc_slot	 slot;
	char			 name[8];
	double			 end, top, y, num_w;
	guint			 i;
	bool			 saved = e->no_tags;

	if (title == NULL)
		return;
	g_snprintf(name, sizeof(name), "toc-%d", level);
	st = lt_style_get(e->ld, name);
	num_w = slot_width(e, sec, name);
	slot.sec = sec;
	slot.w = num_w;
	g_array_append_val(e->toc_slots, slot);
	memset(&p, 0, sizeof(p));
	p.node = sec->node;
	p.line = sec->line;
	p.text = title;
	p.style = st;
	p.align = LT_LEFT;
	p.x = x + st->indent;
	p.w = w - st->indent - num_w - 8;
	p.keep_last = 0;
	lt_collect_init(&cs, e);
	e->no_tags = true;
	pending = e->pending;
	e->pending = g_array_new(FALSE, TRUE, sizeof(struct layout_op));
	lt_paragraph(e, &cs, &p);
	lt_ops_free(e->pending);
	e->pending = pending;
	e->no_tags = saved;
	last = g_ptr_array_index(cs.items, cs.items->len - 1);
	/* Dot leaders from the end of the title to the number. */
	end = x;
	for (i = 0; i < last->ops->len; i++) {
		op = &g_array_index(last->ops, struct layout_op, i);
		if (op->kind == LAYOUT_TEXT && op->line != NULL &&
		    op->x < x + w - num_w) {
			pango_layout_line_get_extents(op->line, NULL, &log);
			end = op->x + (double)log.width / PANGO_SCALE;
		}
	}
	/* The number and leaders wait for the page the section lands on
	 * (lt_page_refs()), so the TOC needs no first pass. */
	op = lt_op_add(last->ops, LAYOUT_PAGE_REF);
	op->name = g_strdup(key);
	op->attrs = g_strdup(name);
	op->x = x + w - num_w;
	op->lw = num_w;
	op->w = end - op->x;	/* relative: ops move with their page */
	op->y = last->baseline;
	op->color = 0x777777;
	if (!e->no_tags) {
		struct layout_op begin;

		memset(&begin, 0, sizeof(begin));
		begin.kind = LAYOUT_TAG_BEGIN;
		begin.name = g_strdup("TOCI");
		begin.attrs = g_strdup("");
		it = g_ptr_array_index(cs.items, 0);
		g_array_prepend_vals(it->ops, &begin, 1);
		op = lt_op_add(last->ops, LAYOUT_TAG_END);
		op->name = g_strdup("TOCI");
	}
	/* The whole entry links to the section. */
	top = 0;
	for (i = 0, y = 0; i < cs.items->len; i++) {
		it = g_ptr_array_index(cs.items, i);
		op = lt_op_add(it->ops, LAYOUT_LINK);
		op->x = x + st->indent;
		op->y = top;
		op->w = w - st->indent;
		op->h = it->h;
		op->attrs = g_strdup_printf("dest='%s'", key);
		it->keep = i + 1 < cs.items->len ? 2 : 0;
		if (i == 0)
			it->space = st->space_before;
		y += it->h;
		g_ptr_array_index(cs.items, i) = NULL;
		lt_sink_push(e, s, it);
	}
	lt_collect_free(&cs);
	lt_space(e, st->space_after);
}

void
lt_toc(struct lt_engine *e, struct lt_sink *s, const xmlNode *toc, double x,
    double w)
{
	const xmlNode		*c, *title = NULL;
	const struct lt_section	*sec;
	struct lt_para		 p;
	char			*v;
	int			 depth;
	guint			 i;

	for (c = toc->children; c != NULL; c = c->next)
		if (lt_is(c, "title"))
			title = c;
	v = lt_attr(toc, "depth");
	depth = v != NULL ? atoi(v) : 2;
	g_free(v);
	if (title != NULL) {
		memset(&p, 0, sizeof(p));
		p.node = title;
		p.style = lt_style_get(e->ld, "toc-title");
		p.align = p.style->align;
		p.x = x;
		p.w = w;
		p.keep_last = 2;
		p.no_orphans = true;
		lt_space(e, p.style->space_before);
		lt_pending_tag(e, "H1", NULL);
		lt_paragraph(e, s, &p);
		lt_tag_end(e, s, "H1");
		lt_space(e, p.style->space_after);
	}
	lt_pending_tag(e, "TOC", NULL);
	for (i = 0; i < e->ld->sections->len; i++) {
		sec = g_ptr_array_index(e->ld->sections, i);
		if (sec->level >= 1 && sec->level <= depth)
			entry(e, s, sec, x, w);
	}
	lt_tag_end(e, s, "TOC");
}

bool
lt_toc_slots_short(struct lt_engine *e)
{
	const struct lt_toc_slot	*slot;
	char				 name[8];
	guint				 i;

	for (i = 0; i < e->toc_slots->len; i++) {
		slot = &g_array_index(e->toc_slots, struct lt_toc_slot, i);
		g_snprintf(name, sizeof(name), "toc-%d", slot->sec->level);
		if (slot_width(e, slot->sec, name) > slot->w)
			return true;
	}
	return false;
}
