/* Layout tables: column widths, cells as line items, rows split across pages line by line, repeated header rows. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <libxml/tree.h>

#include "diag.h"
#include "layout.h"
#include "layout_int.h"

enum rules {
	RULES_ALL,
	RULES_ROWS,
	RULES_NONE
};

/* Head rows taller than this share of the page body are not repeated:
 * repeated, they would leave the body rows too little room. */
#define REPEAT_SHARE	0.5

struct lt_cell {
	double		 x, w;		/* from the table's left edge */
	double		 pad;
	bool		 has_bg;
	guint32		 bg;
	GPtrArray	*items;		/* content, struct lt_item */
	guint		 next;		/* first item not placed yet */
};

struct lt_row {
	struct lt_table	*t;
	GArray		*cells;		/* struct lt_cell */
	bool		 head;
	bool		 tags;
	bool		 started;
	bool		 has_bg;
	guint32		 bg;
	long		 line;		/* of the row element, for messages */
};

struct lt_table {
	int		 refs;
	double		 x, w;
	enum rules	 rules;
	double		 rule;
	guint32		 rule_color;
	GArray		*repeat;	/* continued label and head rows */
	double		 repeat_h;
	bool		 narrow;	/* a column was reported too narrow */
};

struct lt_table *
lt_table_ref(struct lt_table *t)
{
	t->refs++;
	return t;
}

void
lt_table_unref(struct lt_table *t)
{
	if (t == NULL || --t->refs > 0)
		return;
	lt_ops_free(t->repeat);
	g_free(t);
}

void
lt_row_free(struct lt_row *r)
{
	guint	 i;

	if (r == NULL)
		return;
	for (i = 0; i < r->cells->len; i++)
		g_ptr_array_free(g_array_index(r->cells, struct lt_cell,
		    i).items, TRUE);
	g_array_free(r->cells, TRUE);
	g_free(r);
}

double
lt_table_repeat_height(const struct lt_table *t)
{
	return t->repeat_h;
}

double
lt_table_repeat(struct lt_engine *e, struct lt_table *t, GArray *out,
    double y)
{
	guint	 i;

	for (i = 0; i < t->repeat->len; i++)
		lt_op_copy(out, &g_array_index(t->repeat, struct layout_op, i),
		    0, y, false);
	return t->repeat_h;
}

/* Height of items from..to-1 of a cell, with the spaces between. */
static double
items_height(const GPtrArray *items, guint from, guint to)
{
	double	 h = 0;
	guint	 i;

	for (i = from; i < to; i++) {
		const struct lt_item *it = g_ptr_array_index(items, i);

		h += it->h + (i > from ? it->space : 0);
	}
	return h;
}

static double
row_height(const struct lt_row *r)
{
	double	 h = 0, ch;
	guint	 i;

	for (i = 0; i < r->cells->len; i++) {
		const struct lt_cell *c = &g_array_index(r->cells,
		    struct lt_cell, i);

		ch = items_height(c->items, c->next, c->items->len) +
		    2 * c->pad;
		if (ch > h)
			h = ch;
	}
	return h;
}

double
lt_row_min(const struct lt_item *it)
{
	const struct lt_row	*r = it->row;
	double			 h = 0, ch;
	guint			 i, to;

	for (i = 0; i < r->cells->len; i++) {
		const struct lt_cell *c = &g_array_index(r->cells,
		    struct lt_cell, i);

		to = c->next + 2 < c->items->len ? c->next + 2 : c->items->len;
		ch = items_height(c->items, c->next, to) + 2 * c->pad;
		if (ch > h)
			h = ch;
	}
	return h;
}

double
lt_row_baseline(const struct lt_item *it)
{
	const struct lt_row	*r = it->row;
	const struct lt_item	*first;
	double			 b;
	guint			 i;

	for (i = 0; i < r->cells->len; i++) {
		const struct lt_cell *c = &g_array_index(r->cells,
		    struct lt_cell, i);

		if (c->items->len == 0)
			continue;
		first = g_ptr_array_index(c->items, 0);
		b = first->row != NULL ? lt_row_baseline(first) :
		    first->baseline;
		if (b > 0)
			return c->pad + b;
	}
	return 0;
}

static void
stroke(GArray *out, const struct lt_table *t, double x, double y, double w,
    double h, double lw)
{
	struct layout_op	*op = lt_op_add(out, LAYOUT_STROKE);

	op->x = x;
	op->y = y;
	op->w = w;
	op->h = h;
	op->lw = lw;
	op->color = t->rule_color;
}

static void
fill(GArray *out, double x, double y, double w, double h, guint32 c)
{
	struct layout_op	*op = lt_op_add(out, LAYOUT_FILL);

	op->x = x;
	op->y = y;
	op->w = w;
	op->h = h;
	op->color = c;
}

static void
tag(GArray *out, enum layout_op_kind kind, const char *name)
{
	struct layout_op	*op = lt_op_add(out, kind);

	op->name = g_strdup(name);
	op->attrs = g_strdup("");
}

static void draw_items(struct lt_engine *, GPtrArray *, guint, guint,
    GArray *, double);

/* Draw items from..to-1 of a cell with their top at y. */
static void
draw_items(struct lt_engine *e, GPtrArray *items, guint from, guint to,
    GArray *out, double y)
{
	struct lt_item	*it;
	guint		 i, j;
	bool		 done;

	for (i = from; i < to; i++) {
		it = g_ptr_array_index(items, i);
		if (i > from)
			y += it->space;
		for (j = 0; j < it->ops->len; j++)
			lt_op_copy(out, &g_array_index(it->ops,
			    struct layout_op, j), 0, y, true);
		if (it->row != NULL)
			lt_row_place(e, it, INFINITY, true, out, y, &done);
		y += it->h;
	}
}

double
lt_row_place(struct lt_engine *e, struct lt_item *it, double avail,
    bool force, GArray *out, double y, bool *done)
{
	struct lt_row	*r = it->row;
	struct lt_table	*t = r->t;
	guint		*take, i, k, tallest = 0;
	double		 h, ch, best = -1, x;
	bool		 any = false, all = true;

	take = g_new0(guint, r->cells->len);
	h = row_height(r);
	for (i = 0; i < r->cells->len; i++) {
		struct lt_cell *c = &g_array_index(r->cells, struct lt_cell, i);

		if (h <= avail)
			take[i] = c->items->len;
		else {
			/* The lines that fit, summed as they come. */
			double sum = 2 * c->pad;

			for (k = c->next; k < c->items->len; k++) {
				const struct lt_item *it = g_ptr_array_index(
				    c->items, k);

				sum += it->h + (k > c->next ? it->space : 0);
				if (sum > avail)
					break;
			}
			take[i] = k;
		}
		if (take[i] > c->next)
			any = true;
		ch = items_height(c->items, c->next, c->items->len);
		if (ch > best) {
			best = ch;
			tallest = i;
		}
	}
	if (!any && force) {
		/* Not one line fits a fresh page: show one anyway. */
		struct lt_cell *c = &g_array_index(r->cells, struct lt_cell,
		    tallest);

		const struct lt_item *big = g_ptr_array_index(c->items,
		    c->next);

		take[tallest] = c->next + 1;
		/* A nested table's row is drawn whole: no page holds it. */
		if (big->row != NULL && big->h + 2 * c->pad > avail + 0.01)
			diag_error(e->dl, e->ld->file, big->row->line, "a row "
			    "of a table in a cell is %.0fpt tall, taller than "
			    "a page (%.0fpt), and a nested row is not split: "
			    "its foot would be cut off; put its content in the "
			    "outer cell", big->h + 2 * c->pad, avail);
	}
	h = 0;
	for (i = 0; i < r->cells->len; i++) {
		struct lt_cell *c = &g_array_index(r->cells, struct lt_cell, i);

		ch = items_height(c->items, c->next, take[i]) + 2 * c->pad;
		if (ch > h)
			h = ch;
	}
	if (r->tags && !r->started)
		tag(out, LAYOUT_TAG_BEGIN, "TR");
	r->started = true;
	if (r->has_bg)
		fill(out, t->x, y, t->w, h, r->bg);
	for (i = 0; i < r->cells->len; i++) {
		struct lt_cell *c = &g_array_index(r->cells, struct lt_cell, i);

		x = t->x + c->x;
		if (c->has_bg)
			fill(out, x, y, c->w, h, c->bg);
		if (r->tags)
			tag(out, LAYOUT_TAG_BEGIN, r->head ? "TH" : "TD");
		draw_items(e, c->items, c->next, take[i], out, y + c->pad);
		if (r->tags)
			tag(out, LAYOUT_TAG_END, r->head ? "TH" : "TD");
		c->next = take[i];
		if (c->next < c->items->len)
			all = false;
		if (t->rules == RULES_ALL) {
			stroke(out, t, x, y, 0, h, t->rule);
			if (i + 1 == r->cells->len)
				stroke(out, t, x + c->w, y, 0, h, t->rule);
		}
	}
	if (t->rules == RULES_ALL) {
		stroke(out, t, t->x, y, t->w, 0, t->rule);
		stroke(out, t, t->x, y + h, t->w, 0, t->rule);
	} else if (t->rules == RULES_ROWS || r->head)
		stroke(out, t, t->x, y + h, t->w, 0, r->head ? t->rule * 2 :
		    t->rule);
	if (all && r->tags)
		tag(out, LAYOUT_TAG_END, "TR");
	*done = all;
	g_free(take);
	return h;
}

/*
 * The narrowest column a cell's text fits in: the padding on both sides and
 * one em of the font, the room of one character.  Pango breaks a word
 * between characters down to one per line, so a narrower column draws its
 * characters over the padding into the next cell, or off the page when the
 * width left inside the padding is negative.
 */
static double
cell_need(const struct lt_style *st)
{
	return 2 * st->padding + st->size;
}

/* True when no cell follows cn in its row. */
static bool
last_cell(const xmlNode *cn)
{
	for (cn = cn->next; cn != NULL; cn = cn->next)
		if (lt_is(cn, "cell"))
			return false;
	return true;
}

/* Lay out one row's cells; the row item is the caller's. */
static struct lt_item *
row(struct lt_engine *e, struct lt_table *t, const xmlNode *rn,
    const double *colx, const double *colw, int ncol, bool head, bool zebra,
    guint32 zebra_color)
{
	struct lt_item	*it = lt_item_new();
	struct lt_row	*r = g_new0(struct lt_row, 1);
	const xmlNode	*cn;
	struct lt_sink	 cs;
	struct lt_cell	 cell;
	GArray		*saved;
	double		 saved_space, text_w;
	char		*v;
	int		 col = 0, span;
	bool		 saved_tags = e->no_tags;

	r->t = t;
	r->line = lt_line(rn);
	r->head = head;
	r->tags = !e->no_tags;
	r->cells = g_array_new(FALSE, TRUE, sizeof(struct lt_cell));
	if ((v = lt_attr(rn, "background")) != NULL) {
		r->has_bg = true;
		r->bg = lt_color(v);
	} else if (zebra) {
		r->has_bg = true;
		r->bg = zebra_color;
	}
	g_free(v);
	saved = e->pending;
	saved_space = e->pending_space;
	e->pending = g_array_new(FALSE, TRUE, sizeof(struct layout_op));
	e->pending_space = 0;
	e->no_tags = true;
	for (cn = rn->children; cn != NULL; cn = cn->next) {
		const struct lt_style	*st;
		struct lt_para		 p;

		if (!lt_is(cn, "cell"))
			continue;
		v = lt_attr(cn, "colspan");
		span = v != NULL ? atoi(v) : 1;
		g_free(v);
		if (col >= ncol) {
			diag_error(e->dl, e->ld->file, lt_line(cn),
			    "more cells than columns (%d)", ncol);
			break;
		}
		if (col + span > ncol) {
			diag_error(e->dl, e->ld->file, lt_line(cn),
			    "colspan reaches past the last column");
			span = ncol - col;
		}
		/* A short row: its last cell takes the remaining columns,
		 * known before its text is laid out to their width. */
		if (last_cell(cn) && col + span < ncol)
			span = ncol - col;
		v = lt_attr(cn, "style");
		st = lt_style_get(e->ld, v != NULL ? v :
		    head ? "table-head" : "cell");
		memset(&cell, 0, sizeof(cell));
		cell.x = colx[col];
		cell.w = colx[col + span - 1] + colw[col + span - 1] -
		    colx[col];
		/* The columns were checked against the default styles. */
		if (v != NULL && !t->narrow && cell.w < cell_need(st) - 0.01)
			diag_error(e->dl, e->ld->file, lt_line(cn), "a cell of "
			    "style %s is %.1fpt wide, narrower than the %.1fpt "
			    "it needs (its padding on both sides and one em of "
			    "text): widen its column or give it a style with "
			    "less padding", v, cell.w, cell_need(st));
		g_free(v);
		cell.pad = st->padding;
		/* A column too narrow is reported above; its text is laid
		 * out one em wide, not in a width of zero or less. */
		text_w = MAX(cell.w - 2 * cell.pad, st->size);
		cell.has_bg = st->has_background;
		cell.bg = st->background;
		lt_collect_init(&cs, e);
		if ((v = lt_attr(cn, "id")) != NULL)
			lt_pending_dest(e, v);
		g_free(v);
		if (lt_has_blocks(cn))
			lt_blocks(e, &cs, cn->children,
			    t->x + cell.x + cell.pad, text_w);
		else {
			memset(&p, 0, sizeof(p));
			p.node = cn;
			p.style = st;
			p.align = st->align;
			if ((v = lt_attr(cn, "align")) != NULL)
				p.align = strcmp(v, "right") == 0 ? LT_RIGHT :
				    strcmp(v, "center") == 0 ? LT_CENTER :
				    strcmp(v, "justify") == 0 ? LT_JUSTIFY :
				    LT_LEFT;
			g_free(v);
			p.x = t->x + cell.x + cell.pad;
			p.w = text_w;
			lt_paragraph(e, &cs, &p);
		}
		if (e->pending->len > 0)
			lt_sink_push(e, &cs, lt_item_new());
		e->pending_space = 0;
		cell.items = cs.items;
		g_array_append_val(r->cells, cell);
		col += span;
	}
	lt_ops_free(e->pending);
	e->pending = saved;
	e->pending_space = saved_space;
	e->no_tags = saved_tags;
	it->row = r;
	it->h = row_height(r);
	return it;
}

/* Report the N* columns when the narrowest of them is too narrow. */
static bool
check_shares(struct lt_engine *e, const xmlNode *cols, const double *ws,
    const GArray *share, double fsum, double w, double need)
{
	int	 i, n = share->len, narrow = -1, nshare = 0;

	for (i = 0; i < n; i++) {
		if (g_array_index(share, double, i) <= 0)
			continue;
		nshare++;
		if (narrow < 0 || ws[i] < ws[narrow])
			narrow = i;
	}
	if (narrow < 0 || ws[narrow] >= need - 0.01)
		return false;
	if (fsum > 0)
		diag_error(e->dl, e->ld->file, lt_line(cols), "fixed column "
		    "widths (%.1fpt) leave %.1fpt of the %.1fpt width to the "
		    "N* columns: column %d gets %.1fpt, narrower than the "
		    "%.1fpt a cell needs (its padding on both sides and one em "
		    "of text): narrow the fixed columns", fsum,
		    w > fsum ? w - fsum : 0, w, narrow + 1, ws[narrow], need);
	else
		diag_error(e->dl, e->ld->file, lt_line(cols), "%d columns "
		    "share %.1fpt: column %d gets %.1fpt, narrower than the "
		    "%.1fpt a cell needs (its padding on both sides and one em "
		    "of text): use fewer columns", nshare, w, narrow + 1,
		    ws[narrow], need);
	return true;
}

/* Report each fixed or 0* column too narrow for a cell; true if any. */
static bool
check_fixed(struct lt_engine *e, const xmlNode *cols, const double *ws,
    const GArray *share, bool scaled, double need)
{
	const xmlNode	*c;
	double		 v;
	int		 i = 0;
	bool		 bad = false;

	for (c = cols->children; c != NULL; c = c->next) {
		if (!lt_is(c, "col"))
			continue;
		v = g_array_index(share, double, i);
		if (v < 0) {
			/* A length. */
			if (ws[i] < need - 0.01) {
				diag_error(e->dl, e->ld->file, lt_line(c),
				    "column %d is %.1fpt wide%s, narrower "
				    "than the %.1fpt a cell needs (its padding "
				    "on both sides and one em of text): widen "
				    "it", i + 1, ws[i], scaled ?
				    " once scaled down" : "", need);
				bad = true;
			}
		} else if (v == 0) {
			diag_error(e->dl, e->ld->file, lt_line(c), "column %d "
			    "has a share of 0*, which gives it no width: give "
			    "it a share above 0 or a length", i + 1);
			bad = true;
		}
		i++;
	}
	return bad;
}

/*
 * Column positions: fixed widths first, the rest shared by "N*".  A column
 * narrower than need, the room of a cell with one character, is an error.
 */
static int
columns(struct lt_engine *e, struct lt_table *t, const xmlNode *cols,
    double need, double **xs, double **ws)
{
	const xmlNode	*c;
	GArray		*fixed, *share;
	double		 fsum = 0, ssum = 0, w = t->w, v, rest, x;
	char		*a;
	int		 n = 0, i;
	bool		 scaled = false;

	fixed = g_array_new(FALSE, TRUE, sizeof(double));
	share = g_array_new(FALSE, TRUE, sizeof(double));
	for (c = cols->children; c != NULL; c = c->next) {
		if (!lt_is(c, "col"))
			continue;
		a = lt_attr(c, "width");
		v = g_ascii_strtod(a, NULL);
		if (a[strlen(a) - 1] == '*') {
			g_array_append_val(share, v);
			v = 0;
			g_array_append_val(fixed, v);
			ssum += g_array_index(share, double, n);
		} else {
			v = lt_length(a);
			g_array_append_val(fixed, v);
			fsum += v;
			/* A length, not a share. */
			rest = -1;
			g_array_append_val(share, rest);
		}
		g_free(a);
		n++;
	}
	rest = w - fsum;
	if (rest < 0 || (ssum == 0 && fsum > w + 0.5)) {
		/* With N* columns, the error on them says it all. */
		if (ssum == 0)
			diag_warning(e->dl, e->ld->file, lt_line(cols),
			    "fixed column widths (%.0fpt) exceed the width "
			    "(%.0fpt); scaled down", fsum, w);
		for (i = 0; i < n; i++)
			g_array_index(fixed, double, i) *= w / fsum;
		rest = 0;
		scaled = true;
	}
	*xs = g_new0(double, n);
	*ws = g_new0(double, n);
	for (x = 0, i = 0; i < n; i++) {
		v = g_array_index(fixed, double, i);
		if (ssum > 0 && g_array_index(share, double, i) > 0)
			v = rest * g_array_index(share, double, i) / ssum;
		(*xs)[i] = x;
		(*ws)[i] = v;
		x += v;
	}
	if (check_fixed(e, cols, *ws, share, scaled, need))
		t->narrow = true;
	if (check_shares(e, cols, *ws, share, fsum, w, need))
		t->narrow = true;
	g_array_free(fixed, TRUE);
	g_array_free(share, TRUE);
	return n;
}

void
lt_table(struct lt_engine *e, struct lt_sink *s, const xmlNode *tn,
    double x, double w)
{
	const struct lt_style	*st;
	const xmlNode		*c, *cols = NULL, *caption = NULL;
	const xmlNode		*cont = NULL, *head = NULL, *body = NULL;
	const xmlNode		*rn, *next;
	struct lt_table		*t;
	struct lt_item		*it, *last = NULL;
	struct lt_para		 p;
	struct lt_sink		 cs;
	struct layout_op	*op;
	double			*colx = NULL, *colw = NULL, y, need;
	char			*v;
	int			 ncol, nbody = 0;
	guint			 i;
	bool			 done, zebra;
	guint32			 zebra_color = 0;

	/* Everything before the body is read whole; the rows one by one. */
	for (c = lt_first(e, tn); c != NULL && body == NULL;
	    c = body == NULL ? lt_next(e, c) : NULL) {
		if (lt_is(c, "columns"))
			cols = c;
		else if (lt_is(c, "caption"))
			caption = c;
		else if (lt_is(c, "continued"))
			cont = c;
		else if (lt_is(c, "head"))
			head = c;
		else if (lt_is(c, "body"))
			body = c;
	}
	v = lt_attr(tn, "style");
	st = lt_style_get(e->ld, v != NULL ? v : "table");
	g_free(v);
	t = g_new0(struct lt_table, 1);
	t->refs = 1;
	t->x = x;
	t->w = w;
	t->rule = st->rule;
	t->rule_color = st->rule_color;
	v = lt_attr(tn, "rules");
	t->rules = v == NULL || strcmp(v, "rows") == 0 ? RULES_ROWS :
	    strcmp(v, "all") == 0 ? RULES_ALL : RULES_NONE;
	g_free(v);
	if ((v = lt_attr(tn, "zebra")) != NULL)
		zebra_color = lt_color(v);
	zebra = v != NULL;
	g_free(v);
	t->repeat = g_array_new(FALSE, TRUE, sizeof(struct layout_op));
	need = cell_need(lt_style_get(e->ld, "cell"));
	if (head != NULL)
		need = MAX(need, cell_need(lt_style_get(e->ld, "table-head")));
	ncol = columns(e, t, cols, need, &colx, &colw);

	if ((v = lt_attr(tn, "id")) != NULL)
		lt_pending_dest(e, v);
	g_free(v);
	lt_space(e, st->space_before);
	lt_pending_tag(e, "Table", NULL);
	if (caption != NULL) {
		memset(&p, 0, sizeof(p));
		p.node = caption;
		p.style = lt_style_get(e->ld, "caption");
		p.align = p.style->align;
		p.x = x;
		p.w = w;
		p.keep_last = 2;
		p.no_orphans = true;
		lt_pending_tag(e, "Caption", NULL);
		lt_paragraph(e, s, &p);
		lt_tag_end(e, s, "Caption");
		lt_space(e, p.style->space_after);
	}

	/* What later pages repeat: the continued label, the head rows. */
	y = 0;
	if (cont != NULL) {
		bool saved = e->no_tags;
		GArray *pend = e->pending;

		e->pending = g_array_new(FALSE, TRUE, sizeof(struct layout_op));
		e->no_tags = true;
		lt_collect_init(&cs, e);
		memset(&p, 0, sizeof(p));
		p.node = cont;
		p.style = lt_style_get(e->ld, "continued");
		p.align = p.style->align;
		p.x = x;
		p.w = w;
		lt_paragraph(e, &cs, &p);
		draw_items(e, cs.items, 0, cs.items->len, t->repeat, 0);
		y = items_height(cs.items, 0, cs.items->len) +
		    p.style->space_after;
		lt_collect_free(&cs);
		lt_ops_free(e->pending);
		e->pending = pend;
		e->no_tags = saved;
	}
	for (rn = head != NULL ? head->children : NULL; rn != NULL;
	    rn = rn->next) {
		bool			 saved = e->no_tags;
		struct diag_list	*dl = e->dl;

		if (!lt_is(rn, "row"))
			continue;
		/* The head's messages come from its first print, below. */
		e->dl = diag_list_new();
		e->no_tags = true;
		it = row(e, t, rn, colx, colw, ncol, true, false, 0);
		e->no_tags = saved;
		y += lt_row_place(e, it, INFINITY, true, t->repeat, y, &done);
		lt_item_free(it);
		diag_list_free(e->dl);
		e->dl = dl;
	}
	t->repeat_h = head != NULL || cont != NULL ? y : 0;
	/* A nested table's rows never break a page: it repeats nothing. */
	if (t->repeat_h > REPEAT_SHARE * lt_body_height(e) && !e->no_tags) {
		diag_warning(e->dl, e->ld->file, lt_line(tn), "table head "
		    "%.0fpt tall, more than half the page body (%.0fpt): "
		    "printed once, not repeated on later pages; shorten the "
		    "head or its continued text to have it repeated",
		    t->repeat_h, lt_body_height(e));
		lt_ops_free(t->repeat);
		t->repeat = g_array_new(FALSE, TRUE,
		    sizeof(struct layout_op));
		t->repeat_h = 0;
	}

	for (rn = head != NULL ? head->children : NULL; rn != NULL;
	    rn = rn->next) {
		if (!lt_is(rn, "row"))
			continue;
		it = row(e, t, rn, colx, colw, ncol, true, false, 0);
		it->keep = 2;
		lt_sink_push(e, s, it);
	}
	for (rn = lt_first(e, body); rn != NULL; rn = next) {
		next = NULL;
		if (!lt_is(rn, "row"))
			goto next;
		lt_complete(e, rn);
		if ((v = lt_attr(rn, "id")) != NULL)
			lt_pending_dest(e, v);
		g_free(v);
		if ((v = lt_attr(rn, "outline")) != NULL && !e->no_tags) {
			char *id = lt_attr(rn, "id");

			if (id == NULL) {
				id = g_strdup_printf("row:%d", ++e->auto_id);
				lt_pending_dest(e, id);
			}
			op = lt_op_add(e->pending, LAYOUT_OUTLINE);
			op->name = v;
			op->lw = e->depth + 1 > 4 ? 4 : e->depth + 1;
			op->attrs = g_strdup_printf("dest='%s'", id);
			g_free(id);
		} else
			g_free(v);
		it = row(e, t, rn, colx, colw, ncol, false,
		    zebra && nbody % 2 == 1, zebra_color);
		it->table = lt_table_ref(t);
		nbody++;
		lt_sink_push(e, s, it);
		last = it;
next:
		next = lt_next(e, rn);
		if (s == &e->main)
			lt_release_before(e, next);
	}
	(void)last;
	(void)i;
	lt_tag_end(e, s, "Table");
	lt_space(e, st->space_after);
	lt_table_unref(t);
	g_free(colx);
	g_free(colw);
}
