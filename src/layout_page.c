/* Layout pages: the vertical list of items is cut into pages (keeps, widows, repeated table heads), running heads, two passes. */
#include <errno.h>
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

/* A row shorter than this share of the page body moves whole rather
 * than split, when it does not fit the space left. */
#define ROW_SPLIT_SHARE	0.25

struct lt_item *
lt_item_new(void)
{
	struct lt_item	*it = g_new0(struct lt_item, 1);

	it->ops = g_array_new(FALSE, TRUE, sizeof(struct layout_op));
	return it;
}

void
lt_op_clear(struct layout_op *op)
{
	if (op->line != NULL)
		pango_layout_line_unref(op->line);
	if (op->layout != NULL)
		g_object_unref(op->layout);
	if (op->glyphs != NULL)
		pango_glyph_item_free(op->glyphs);
	g_free(op->name);
	g_free(op->attrs);
}

void
lt_ops_free(GArray *ops)
{
	guint	 i;

	if (ops == NULL)
		return;
	for (i = 0; i < ops->len; i++)
		lt_op_clear(&g_array_index(ops, struct layout_op, i));
	g_array_free(ops, TRUE);
}

void
lt_item_free(struct lt_item *it)
{
	if (it == NULL)
		return;
	lt_ops_free(it->ops);
	lt_row_free(it->row);
	lt_table_unref(it->table);
	g_free(it);
}

struct layout_op *
lt_op_add(GArray *ops, enum layout_op_kind kind)
{
	struct layout_op	*op;

	g_array_set_size(ops, ops->len + 1);
	op = &g_array_index(ops, struct layout_op, ops->len - 1);
	memset(op, 0, sizeof(*op));
	op->kind = kind;
	return op;
}

void
lt_op_copy(GArray *dst, const struct layout_op *op, double dx, double dy,
    bool tags)
{
	struct layout_op	*c;

	if (!tags && op->kind != LAYOUT_TEXT && op->kind != LAYOUT_FILL &&
	    op->kind != LAYOUT_STROKE && op->kind != LAYOUT_LINK)
		return;
	c = lt_op_add(dst, op->kind);
	*c = *op;
	c->x += dx;
	c->y += dy;
	if (c->line != NULL)
		pango_layout_line_ref(c->line);
	if (c->layout != NULL)
		g_object_ref(c->layout);
	if (c->glyphs != NULL)
		c->glyphs = pango_glyph_item_copy(c->glyphs);
	c->name = g_strdup(op->name);
	c->attrs = g_strdup(op->attrs);
}

void
lt_pending_tag(struct lt_engine *e, const char *name, const char *attrs)
{
	struct layout_op	*op;

	if (e->no_tags)
		return;
	op = lt_op_add(e->pending, LAYOUT_TAG_BEGIN);
	op->name = g_strdup(name);
	op->attrs = g_strdup(attrs != NULL ? attrs : "");
}

void
lt_pending_dest(struct lt_engine *e, const char *name)
{
	struct layout_op	*op;

	op = lt_op_add(e->pending, LAYOUT_DEST);
	op->name = g_strdup(name);
}

/*
 * Page-breaks take effect when a block follows them in the sequence:
 * a break at the end of one would leave an empty page, as the next
 * sequence starts a page anyway.
 */
static void
push_breaks(struct lt_engine *e)
{
	struct lt_item	*it;

	for (; e->breaks > 0; e->breaks--) {
		it = lt_item_new();
		it->page_break = true;
		e->main.push(&e->main, it);
	}
}

void
lt_sink_push(struct lt_engine *e, struct lt_sink *s, struct lt_item *it)
{
	if (s == &e->main)
		push_breaks(e);
	if (e->pending->len > 0) {
		g_array_prepend_vals(it->ops, e->pending->data,
		    e->pending->len);
		g_array_set_size(e->pending, 0);
	}
	if (e->pending_space > it->space)
		it->space = e->pending_space;
	e->pending_space = 0;
	s->push(s, it);
}

void
lt_space(struct lt_engine *e, double space)
{
	if (space > e->pending_space)
		e->pending_space = space;
}

void
lt_tag_end(struct lt_engine *e, struct lt_sink *s, const char *name)
{
	GPtrArray		*items = s->items;
	struct lt_item		*it;
	struct layout_op	*op;

	if (e->no_tags)
		return;
	if (e->pending->len > 0 || items->len == 0) {
		op = lt_op_add(e->pending, LAYOUT_TAG_END);
	} else {
		it = g_ptr_array_index(items, items->len - 1);
		op = lt_op_add(it->ops, LAYOUT_TAG_END);
		op->y = it->h;
	}
	op->name = g_strdup(name);
}

static void
collect_push(struct lt_sink *s, struct lt_item *it)
{
	g_ptr_array_add(s->items, it);
}

void
lt_collect_init(struct lt_sink *s, struct lt_engine *e)
{
	s->push = collect_push;
	s->items = g_ptr_array_new_with_free_func(
	    (GDestroyNotify)lt_item_free);
	s->eng = e;
}

void
lt_collect_free(struct lt_sink *s)
{
	if (s->items != NULL)
		g_ptr_array_free(s->items, TRUE);
	s->items = NULL;
}

/*
 * Sections are laid out in document order, the order the scan listed
 * them in; the line number confirms the match.
 */
const struct lt_section *
lt_section_of(struct lt_engine *e, const xmlNode *sec)
{
	GPtrArray		*all = e->ld->sections;
	const struct lt_section	*s;
	long			 line = lt_line(sec);
	guint			 i;

	for (i = 0; i < all->len; i++) {
		s = g_ptr_array_index(all, (e->nsection + i) % all->len);
		if (s->line == line) {
			e->nsection = (e->nsection + i + 1) % all->len;
			return s;
		}
	}
	return NULL;
}

double
lt_body_height(const struct lt_engine *e)
{
	const struct lt_template	*t = e->seq_tpl;

	return t->height - t->top - t->bottom;
}

/* Page labels: lower-case roman numerals or decimal digits. */
static char *
page_label(int n, bool roman)
{
	static const char *const r[] = { "m", "cm", "d", "cd", "c", "xc",
	    "l", "xl", "x", "ix", "v", "iv", "i" };
	static const int v[] = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9,
	    5, 4, 1 };
	GString	*g;
	size_t	 i;

	if (!roman || n <= 0 || n >= 4000)
		return g_strdup_printf("%d", n);
	g = g_string_new(NULL);
	for (i = 0; i < G_N_ELEMENTS(v); i++)
		while (n >= v[i]) {
			g_string_append(g, r[i]);
			n -= v[i];
		}
	return g_string_free(g, FALSE);
}

static void
start_page(struct lt_engine *e, bool first)
{
	e->page_number++;
	e->tpl = first && e->first_tpl != NULL ? e->first_tpl : e->seq_tpl;
	e->page = g_new0(struct layout_page, 1);
	e->page->number = e->page_number;
	e->page->label = page_label(e->page_number, e->roman);
	e->page->width = e->tpl->width;
	e->page->height = e->tpl->height;
	e->page->ops = g_array_new(FALSE, TRUE, sizeof(struct layout_op));
	e->y = e->tpl->top;
	e->bottom = e->tpl->height - e->tpl->bottom;
	e->fresh = true;
	e->after_break = false;
	g_free(e->section_first);
	e->section_first = NULL;
}

void
lt_page_free(struct layout_page *p)
{
	lt_ops_free(p->ops);
	g_free((char *)p->label);
	g_free(p);
}

static void
finish_page(struct lt_engine *e)
{
	if (e->page == NULL)
		return;
	if (e->spool != NULL)
		lt_spool_page(e);
	else if (e->final)
		lt_hand_on(e);
	lt_page_free(e->page);
	e->page = NULL;
}

static void
new_page(struct lt_engine *e, struct lt_item *next)
{
	GArray	*tmp;
	guint	 i;
	double	 h;

	finish_page(e);
	start_page(e, false);
	if (next != NULL && next->row != NULL && next->table != NULL &&
	    lt_table_repeat_height(next->table) > 0) {
		tmp = g_array_new(FALSE, TRUE, sizeof(struct layout_op));
		h = lt_table_repeat(e, next->table, tmp, 0);
		for (i = 0; i < tmp->len; i++)
			lt_op_copy(e->page->ops, &g_array_index(tmp,
			    struct layout_op, i), e->tpl->left, e->y, false);
		lt_ops_free(tmp);
		e->y += h;
	}
}

/* Record where destinations and section titles landed. */
static void
note_op(struct lt_engine *e, const struct layout_op *op)
{
	struct lt_target	*t;

	if (op->kind == LAYOUT_DEST &&
	    (t = g_hash_table_lookup(e->ld->targets, op->name)) != NULL) {
		t->page = e->page_number;
		g_free(t->label);
		t->label = g_strdup(e->page->label);
	} else if (op->kind == LAYOUT_OUTLINE && op->lw == 1 && op->h == 1) {
		if (e->section_first == NULL)
			e->section_first = g_strdup(op->name);
		g_free(e->section_last);
		e->section_last = g_strdup(op->name);
	}
}

static void
place_ops(struct lt_engine *e, GArray *ops, double y)
{
	guint	 i;

	for (i = 0; i < ops->len; i++) {
		struct layout_op *op = &g_array_index(ops, struct layout_op, i);

		note_op(e, op);
		if (e->final)
			lt_op_copy(e->page->ops, op, e->tpl->left, y, true);
	}
}

static double
fresh_avail(struct lt_engine *e, const struct lt_item *it)
{
	double	 h = lt_body_height(e);

	if (it->row != NULL && it->table != NULL)
		h -= lt_table_repeat_height(it->table);
	return h;
}

/* Whether a row that does not fit the space left splits rather than
 * moves to the next page. */
static bool
row_splits(struct lt_engine *e, const struct lt_item *it)
{
	return it->h > fresh_avail(e, it) ||
	    it->h >= ROW_SPLIT_SHARE * lt_body_height(e);
}

static void
place_row(struct lt_engine *e, struct lt_item *it)
{
	GArray	*tmp, *after;
	double	 space, avail, h;
	guint	 n;
	bool	 done = false, first = true;

	/* Closing tags appended to the row come after its last fragment. */
	for (n = it->ops->len; n > 0 && g_array_index(it->ops,
	    struct layout_op, n - 1).kind == LAYOUT_TAG_END; n--)
		;
	after = g_array_new(FALSE, TRUE, sizeof(struct layout_op));
	/* An empty row has no op array data: no address to take. */
	if (n < it->ops->len)
		g_array_append_vals(after, &g_array_index(it->ops,
		    struct layout_op, n), it->ops->len - n);
	g_array_set_size(it->ops, n);
	while (!done) {
		space = e->fresh ? 0 : it->space;
		avail = e->bottom - e->y - space;
		if (it->h > avail && !e->fresh) {
			/* Move the row whole when it fits a fresh page and
			 * is short; split it only where it must. */
			if (!row_splits(e, it) || avail < lt_row_min(it)) {
				new_page(e, it);
				continue;
			}
		}
		tmp = g_array_new(FALSE, TRUE, sizeof(struct layout_op));
		if (first)
			g_array_append_vals(tmp, it->ops->data, it->ops->len);
		g_array_set_size(it->ops, 0);
		h = lt_row_place(e, it, avail, e->fresh, tmp, 0, &done);
		place_ops(e, tmp, e->y + space);
		if (done)
			place_ops(e, after, e->y + space + h);
		lt_ops_free(tmp);
		e->y += space + h;
		e->fresh = false;
		it->space = 0;
		first = false;
		if (!done)
			new_page(e, it);
	}
	lt_ops_free(after);
	lt_item_free(it);
}

/* Put one item on the page, breaking the page first if it must. */
static void
place_one(struct lt_engine *e, struct lt_item *it)
{
	if (it->page_break) {
		/* At a page top a break is already done, unless a break
		 * made that page: two in a row leave an empty page. */
		if (!e->fresh || e->after_break)
			new_page(e, NULL);
		e->after_break = true;
		lt_item_free(it);
		return;
	}
	e->after_break = false;
	if (it->row != NULL) {
		place_row(e, it);
		return;
	}
	if (!e->fresh && e->y + it->space + it->h > e->bottom + 0.01)
		new_page(e, it);
	if (!e->fresh)
		e->y += it->space;
	place_ops(e, it->ops, e->y);
	e->y += it->h;
	if (it->h > 0)
		e->fresh = false;
	lt_item_free(it);
}

static double
run_height(struct lt_engine *e, GPtrArray *q, guint a, guint b)
{
	double	 h = 0;
	guint	 i;

	for (i = a; i <= b; i++) {
		struct lt_item *it = g_ptr_array_index(q, i);

		if (it->page_break)
			return INFINITY;
		h += it->h;
		if (i > a || !e->fresh)
			h += it->space;
	}
	return h;
}

/*
 * Place items a..b of q, which are joined by keeps of strength level or
 * more: together when they fit here or on a fresh page, else in the runs
 * joined by stronger keeps, else one by one.
 */
static void
place_run(struct lt_engine *e, GPtrArray *q, guint a, guint b, int level)
{
	struct lt_item	*it = g_ptr_array_index(q, a);
	double		 h;
	guint		 i, start;

	if (a == b) {
		place_one(e, it);
		return;
	}
	if (level <= 2) {
		struct lt_item *end = g_ptr_array_index(q, b);

		h = run_height(e, q, a, b);
		/* A run ending in a long row (a heading, a caption, the
		 * table head, the first row) needs only the row's first
		 * lines: the row splits. */
		if (end->row != NULL && row_splits(e, end))
			h = run_height(e, q, a, b - 1) + end->space +
			    lt_row_min(end);
		if (e->y + h <= e->bottom + 0.01) {
			for (i = a; i <= b; i++)
				place_one(e, g_ptr_array_index(q, i));
			return;
		}
		if (!e->fresh && h - it->space <= fresh_avail(e, it)) {
			new_page(e, it);
			for (i = a; i <= b; i++)
				place_one(e, g_ptr_array_index(q, i));
			return;
		}
	}
	if (level >= 3) {
		for (i = a; i <= b; i++)
			place_one(e, g_ptr_array_index(q, i));
		return;
	}
	for (start = i = a; i <= b; i++) {
		it = g_ptr_array_index(q, i);
		if (i == b || it->keep <= level) {
			place_run(e, q, start, i, level + 1);
			start = i + 1;
		}
	}
}

/* Place items 0..n-1 of the queue (they end with a free break). */
static void
place_queue(struct lt_engine *e, guint n)
{
	GPtrArray	*q = e->queue;
	guint		 i, start;

	if (n == 0)
		return;
	for (start = i = 0; i < n; i++) {
		struct lt_item *it = g_ptr_array_index(q, i);

		if (i == n - 1 || it->keep == 0) {
			place_run(e, q, start, i, 1);
			start = i + 1;
		}
	}
	/* The items are freed by place_one(); drop the pointers only. */
	g_ptr_array_set_free_func(q, NULL);
	g_ptr_array_remove_range(q, 0, n);
	g_ptr_array_set_free_func(q, (GDestroyNotify)lt_item_free);
}

static void
main_push(struct lt_sink *s, struct lt_item *it)
{
	struct lt_engine	*e = s->eng;
	struct lt_item		*prev;

	g_ptr_array_add(e->queue, it);
	if (e->queue->len < 2)
		return;
	prev = g_ptr_array_index(e->queue, e->queue->len - 2);
	if (prev->keep == 0)
		place_queue(e, e->queue->len - 1);
}

static void
flush(struct lt_engine *e)
{
	/* The sequence ends: breaks still waiting have no block to move. */
	e->breaks = 0;
	if (e->pending->len > 0)
		lt_sink_push(e, &e->main, lt_item_new());
	place_queue(e, e->queue->len);
}

static const struct lt_template *
template(struct lt_engine *e, const xmlNode *seq, const char *attr)
{
	char				*v = lt_attr(seq, attr);
	const struct lt_template	*t = NULL;

	if (v != NULL)
		t = g_hash_table_lookup(e->ld->templates, v);
	g_free(v);
	return t;
}

/* run_pass(): a spooled TOC's labels outgrew their slots; nothing drawn. */
#define PASS_AGAIN	1
/* Spooled passes at most, the last one drawn whatever its labels. */
#define PASS_TRIES	3

static int
run_pass(struct diag_list *dl, struct layout_doc *ld, bool final,
    bool spool, bool last, layout_page_fn fn, void *arg)
{
	struct lt_engine	 e;
	const xmlNode		*root, *n, *next;
	char			*label;
	bool			 started = false, again = false;

	memset(&e, 0, sizeof(e));
	e.dl = dl;
	e.ld = ld;
	e.final = final;
	e.fn = fn;
	e.arg = arg;
	e.main.push = main_push;
	e.main.eng = &e;
	e.queue = g_ptr_array_new_with_free_func(
	    (GDestroyNotify)lt_item_free);
	e.main.items = e.queue;
	e.pending = g_array_new(FALSE, TRUE, sizeof(struct layout_op));
	e.toc_slots = g_array_new(FALSE, FALSE, sizeof(struct lt_toc_slot));
	if (spool) {
		e.fonts = g_ptr_array_new_with_free_func(g_object_unref);
		if ((e.spool = tmpfile()) == NULL) {
			diag_add(dl, DIAG_SYSTEM, NULL, 0, 0, "cannot create a "
			    "temporary file: %s", g_strerror(errno));
			e.failed = 1;
		}
	}
	if (ld->path != NULL) {
		if ((ld->stream = lt_stream_open(dl, ld->path)) == NULL)
			e.failed = 1;
		root = ld->stream != NULL ? lt_stream_root(ld->stream) : NULL;
	} else
		root = xmlDocGetRootElement(ld->doc);
	for (n = lt_first(&e, root); n != NULL && e.failed == 0; n = next) {
		next = NULL;
		if (!lt_is(n, "sequence"))
			goto next;
		if (started) {
			flush(&e);
			finish_page(&e);
		}
		e.seq_tpl = template(&e, n, "template");
		e.first_tpl = template(&e, n, "first-template");
		if (e.first_tpl != NULL && fabs((e.first_tpl->width -
		    e.first_tpl->left - e.first_tpl->right) -
		    (e.seq_tpl->width - e.seq_tpl->left - e.seq_tpl->right)) >
		    0.5) {
			diag_warning(dl, ld->file, lt_line(n), "first-template "
			    "body width differs from the template's; the "
			    "template's width is used");
		}
		label = lt_attr(n, "label");
		e.roman = label != NULL && strcmp(label, "roman") == 0;
		g_free(label);
		e.body_width = e.seq_tpl->width - e.seq_tpl->left -
		    e.seq_tpl->right;
		e.depth = 0;
		start_page(&e, true);
		started = true;
		lt_blocks(&e, &e.main, lt_first(&e, n), 0, e.body_width);
next:
		next = lt_next(&e, n);
		lt_release_before(&e, next);
	}
	if (ld->stream != NULL && lt_stream_failed(ld->stream))
		e.failed = 1;
	flush(&e);
	finish_page(&e);
	if (!final || spool)
		ld->page_count = e.page_number;
	if (e.spool != NULL) {
		again = e.failed == 0 && !last && lt_toc_slots_short(&e);
		if (e.failed == 0 && !again)
			lt_spool_replay(&e);
		fclose(e.spool);
		g_ptr_array_free(e.fonts, TRUE);
	}
	g_array_free(e.toc_slots, TRUE);
	lt_ops_free(e.pending);
	g_ptr_array_free(e.queue, TRUE);
	g_free(e.section_first);
	g_free(e.section_last);
	lt_stream_close(ld->stream);
	ld->stream = NULL;
	return e.failed != 0 ? -1 : again ? PASS_AGAIN : 0;
}

void
lt_context(struct layout_doc *ld)
{
	cairo_font_options_t	*fo;
	PangoFontMap		*map;

	/* Unhinted metrics at 72 dpi: a Pango unit is 1/1024 pt, as on the
	 * PDF surface the lines are drawn on. */
	if (ld->pc == NULL) {
		map = pango_cairo_font_map_get_default();
		ld->pc = pango_font_map_create_context(map);
		fo = cairo_font_options_create();
		cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
		cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
		pango_cairo_context_set_font_options(ld->pc, fo);
		cairo_font_options_destroy(fo);
		pango_cairo_context_set_resolution(ld->pc, 72);
		pango_context_set_round_glyph_positions(ld->pc, FALSE);
	}
}

int
layout_run(struct diag_list *dl, struct layout_doc *ld, layout_page_fn fn,
    void *arg)
{
	struct diag_list	*scratch;
	size_t			 mark;
	int			 rc, tries;
	bool			 spool;

	lt_context(ld);
	if (ld->page_refs || (ld->needs_pages && ld->no_spool)) {
		/* The first pass repeats the final pass's messages. */
		scratch = diag_list_new();
		ld->reuse = lt_reuse_new();
		run_pass(scratch, ld, false, false, false, fn, arg);
		diag_list_free(scratch);
	}
	/* A spooled TOC kept slots for labels it did not know yet; when one
	 * is too narrow, the pass is made again with the labels it found
	 * (its messages replace the earlier pass's). */
	spool = ld->needs_pages && !ld->page_refs && !ld->no_spool;
	mark = diag_list_count(dl);
	for (tries = 1; (rc = run_pass(dl, ld, true, spool,
	    !spool || tries == PASS_TRIES, fn, arg)) == PASS_AGAIN; tries++)
		diag_list_truncate(dl, mark);
	lt_reuse_free(ld->reuse);
	ld->reuse = NULL;
	return rc;
}
