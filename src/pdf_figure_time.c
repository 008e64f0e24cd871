/* Timelines: events on a year ruler, groups above and below it. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>
#include <glib.h>
#include <libxml/tree.h>
#include <pango/pangocairo.h>

#include "diag.h"
#include "pdf_figure_int.h"

#define STEM_MIN	7.0	/* from the ruler to the nearest label */
#define PAD_X		4.0	/* between labels side by side */
#define PAD_Y		2.0	/* between labels one over the other */
#define RULER		0xececec
#define LEAD		1.0	/* from a stem to its label's text */

/* Restrained defaults; groups also differ by side and marker shape. */
static const unsigned group_rgb[] = { 0x2b5c8a, 0xa0522d, 0x4d4d4d,
    0x5b7f3a };

struct group {
	char		*name;
	unsigned	 rgb;
	const xmlNode	*node;
};

struct event {
	double			 t;	/* in years, e.g. 2003.92 */
	size_t			 group;
	size_t			 order;	/* in the source */
	char			*link;
	struct fig_label	*lab;
	/* Placement: label box, stem from the ruler edge. */
	double			 bx, by, bw, bh;
	double			 xe;
};

struct tline {
	size_t			 ng, ne;
	struct group		*g;
	struct event		*e;
	struct fig_label	*lab;
	struct fig_label	**labp;
	double			 t0, t1;	/* years shown */
};

struct plan {
	bool		 keyed;
	double		 size, lwmax, lh;
	double		 rx0, rx1;		/* ruler ends */
	double		 ruler_h, need_up, need_down, legh, keyh;
	int		 ystep;
	PangoLayout	*key;
	PangoLayout	**year;
	int		 nyear;
	PangoLayout	**gname;
	double		 r;			/* marker radius */
};

static bool
above(size_t group)
{
	return group % 2 == 0;
}

static void
plan_clear(struct tline *tl, struct plan *p)
{
	size_t	 i;
	int	 k;

	for (i = 0; i < tl->ne; i++)
		g_clear_object(&tl->lab[i].lay);
	for (k = 0; p->year != NULL && k < p->nyear; k++)
		if (p->year[k] != NULL)
			g_object_unref(p->year[k]);
	for (i = 0; p->gname != NULL && i < tl->ng; i++)
		g_object_unref(p->gname[i]);
	if (p->key != NULL)
		g_object_unref(p->key);
	g_free(p->year);
	g_free(p->gname);
	memset(p, 0, sizeof(*p));
}

static double
xpos(const struct tline *tl, const struct plan *p, double t)
{
	return p->rx0 + (p->rx1 - p->rx0) * (t - tl->t0) / (tl->t1 - tl->t0);
}

static bool
hits(double ax, double ay, double aw, double ah, double bx, double by,
    double bw, double bh)
{
	return ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah;
}

/* Size and anchor e's label box; false when it fits neither way. */
static bool
box(struct fig *f, struct event *e)
{
	fig_size(e->lab->lay, &e->bw, &e->bh);
	/* Clear of its stem, so that a label of the same date can share
	   the stem further out. */
	e->bx = e->xe + LEAD;
	if (e->bx + e->bw > f->x + f->w)
		e->bx = e->xe - LEAD - e->bw;
	return e->bx >= f->x;
}

/*
 * The first distance from the ruler where the label of event i meets
 * no label or stem of the later events of its side, or -1.
 */
static double
settle(struct tline *tl, size_t i, bool up)
{
	struct event	*e = &tl->e[i], *o;
	double		 d = STEM_MIN;
	size_t		 j, tries = 0;
	bool		 moved;

	do {
		moved = false;
		for (j = i + 1; j < tl->ne; j++) {
			o = &tl->e[j];
			if (above(o->group) != up)
				continue;
			/* Its stem would cross a label: no place. */
			if (hits(e->xe - 0.5, 0, 1, d, o->bx, o->by, o->bw,
			    o->bh))
				return -1;
			if (hits(e->bx - PAD_X, d - PAD_Y, e->bw + 2 * PAD_X,
			    e->bh + 2 * PAD_Y, o->bx, o->by, o->bw, o->bh) ||
			    hits(e->bx - PAD_X, d, e->bw + 2 * PAD_X, e->bh,
			    o->xe, 0, 0.01, o->by)) {
				d = o->by + o->bh + PAD_Y;
				moved = true;
			}
		}
	} while (moved && ++tries < 4 * tl->ne);
	return moved ? -1 : d;
}

/*
 * Place the labels of one side, latest event first: each label starts
 * at its stem and runs right (or ends at it near the right edge), and
 * goes to the first distance from the ruler where it meets no label or
 * stem already placed.  Going latest first, a label over later stems
 * just moves outwards past their labels, unless wrapped short of the
 * next stem it can stay nearer.  Distances are measured from the
 * ruler, so both sides share the code.  Returns the distance needed,
 * or -1 when a label cannot be placed.
 */
static double
place_side(struct fig *f, struct tline *tl, struct plan *p, bool up)
{
	struct event	*e;
	double		 d, d2, need = 0, next, room;
	size_t		 i, j;

	for (i = tl->ne; i-- > 0; ) {
		e = &tl->e[i];
		if (above(e->group) != up)
			continue;
		e->xe = xpos(tl, p, e->t);
		pango_layout_set_width(e->lab->lay,
		    (int)floor(p->lwmax * PANGO_SCALE));
		d = box(f, e) ? settle(tl, i, up) : -1;
		next = f->x + f->w;
		for (j = i + 1; j < tl->ne; j++)
			if (above(tl->e[j].group) == up &&
			    tl->e[j].xe > e->xe + LEAD)
				next = MIN(next, tl->e[j].xe);
		room = floor(next - PAD_X - 1 - e->xe - LEAD);
		if (d != STEM_MIN && room >= 24 && room < e->bw) {
			pango_layout_set_width(e->lab->lay,
			    (int)(room * PANGO_SCALE));
			d2 = -1;
			if (fig_fits_width(e->lab->lay, room) &&
			    pango_layout_get_line_count(e->lab->lay) <= 3 &&
			    box(f, e))
				d2 = settle(tl, i, up);
			if (d2 >= 0 && (d < 0 || d2 < d))
				d = d2;
			else {
				pango_layout_set_width(e->lab->lay,
				    (int)floor(p->lwmax * PANGO_SCALE));
				box(f, e);
			}
		}
		if (d < 0)
			return -1;
		e->by = d;
		need = MAX(need, d + e->bh);
	}
	return need;
}

static bool
plan_fit(struct fig *f, struct tline *tl, struct plan *p)
{
	double	 w, h, ypt, yw = 0, lw = 0, up, down;
	size_t	 i;
	int	 k;
	char	 buf[16];
	static const int steps[] = { 1, 2, 5, 10, 20, 50, 100, 200, 500,
	    1000, 2000, 5000 };

	p->lh = fig_line_height(f, p->size);
	p->r = 2.8;
	/* The legend: a marker and a name per group, on one line. */
	p->gname = g_new0(PangoLayout *, tl->ng);
	for (i = 0; i < tl->ng; i++) {
		p->gname[i] = fig_layout(f, tl->g[i].name, p->size, false, -1,
		    PANGO_ALIGN_LEFT);
		fig_size(p->gname[i], &w, &h);
		lw += 2 * p->r + 3 + w + 10;
		p->legh = MAX(p->legh, h);
	}
	if (lw > f->w)
		return false;
	/* Inset so that a marker on the first or last day stays inside. */
	p->rx0 = f->x + 1.2 * p->r + 0.5;
	p->rx1 = f->x + f->w - 1.2 * p->r - 0.5;
	/* Year labels every 1, 2, 5... years, as many as fit. */
	p->nyear = (int)(tl->t1 - tl->t0);
	p->year = g_new0(PangoLayout *, p->nyear);
	ypt = (p->rx1 - p->rx0) / (tl->t1 - tl->t0);
	p->year[0] = fig_layout(f, "8888", p->size - 1, false, -1,
	    PANGO_ALIGN_LEFT);
	fig_size(p->year[0], &yw, &p->ruler_h);
	g_clear_object(&p->year[0]);
	p->ystep = 0;
	for (k = 0; k < (int)G_N_ELEMENTS(steps) && p->ystep == 0; k++)
		if (steps[k] * ypt >= yw + 4)
			p->ystep = steps[k];
	if (p->ystep == 0)
		return false;
	for (k = 0; k < p->nyear; k++) {
		if (((int)tl->t0 + k) % p->ystep != 0 && p->ystep > 1)
			continue;
		snprintf(buf, sizeof(buf), "%d", (int)tl->t0 + k);
		p->year[k] = fig_layout(f, buf, p->size - 1, false, -1,
		    PANGO_ALIGN_LEFT);
	}
	/* Markers sit on the ruler's edges, clear of the years. */
	p->ruler_h += 2 * (1.2 * p->r + 0.3) + 1;
	for (i = 0; i < tl->ne; i++) {
		tl->lab[i].lay = fig_layout(f, p->keyed ? tl->lab[i].mark :
		    tl->lab[i].text, p->size, false, p->lwmax,
		    PANGO_ALIGN_LEFT);
		if (!fig_fits_width(tl->lab[i].lay, p->lwmax))
			return false;
	}
	if ((up = place_side(f, tl, p, true)) < 0 ||
	    (down = place_side(f, tl, p, false)) < 0)
		return false;
	/* Labels near the right edge end at their stem: realign them. */
	for (i = 0; i < tl->ne; i++)
		if (tl->e[i].bx < tl->e[i].xe)
			pango_layout_set_alignment(tl->e[i].lab->lay,
			    PANGO_ALIGN_RIGHT);
	p->need_up = up;
	p->need_down = down;
	if (p->keyed) {
		p->key = fig_key(f, tl->labp, tl->ne, f->w, p->size);
		fig_size(p->key, NULL, &p->keyh);
		p->keyh += 5;
	}
	return up + p->ruler_h + down + 5 + p->legh + p->keyh <= f->h;
}

static void
marker(struct fig *f, size_t group, double x, double y, double r,
    unsigned rgb)
{
	cairo_t	*cr = f->cr;

	cairo_new_path(cr);
	switch (group % 4) {
	case 0:
		cairo_arc(cr, x, y, r, 0, 2 * G_PI);
		break;
	case 1:
		cairo_rectangle(cr, x - r * 0.9, y - r * 0.9, r * 1.8,
		    r * 1.8);
		break;
	case 2:
		cairo_move_to(cr, x, y - r * 1.2);
		cairo_line_to(cr, x + r * 1.2, y);
		cairo_line_to(cr, x, y + r * 1.2);
		cairo_line_to(cr, x - r * 1.2, y);
		cairo_close_path(cr);
		break;
	default:
		cairo_move_to(cr, x, y - r * 1.2);
		cairo_line_to(cr, x + r * 1.1, y + r * 0.8);
		cairo_line_to(cr, x - r * 1.1, y + r * 0.8);
		cairo_close_path(cr);
		break;
	}
	fig_set_rgb(f, rgb);
	cairo_fill_preserve(cr);
	fig_set_rgb(f, 0xffffff);
	cairo_set_line_width(cr, 0.6);
	cairo_stroke(cr);
	fig_mark(f, PDF_FIGURE_MARK_SHAPE, x - r * 1.2, y - r * 1.2, r * 2.4,
	    r * 2.4, NULL);
}

static void
draw(struct fig *f, struct tline *tl, struct plan *p)
{
	double		 slack, top, ry, rb, x, w, h, ly;
	struct event	*e;
	size_t		 i;
	int		 k;

	slack = f->h - (p->need_up + p->ruler_h + p->need_down + 5 +
	    p->legh + p->keyh);
	top = f->y + slack / 2;
	ry = top + p->need_up;
	rb = ry + p->ruler_h;
	/* The ruler: a light band, white lines between years. */
	fig_fill(f, p->rx0, ry, p->rx1 - p->rx0, p->ruler_h, RULER);
	for (k = 0; k < p->nyear; k++) {
		x = xpos(tl, p, tl->t0 + k);
		/* Lines between years, or between labelled years. */
		if (k > 0 && (p->ystep == 1 || p->year[k] != NULL))
			fig_stroke_line(f, x, ry, x, rb, 0.75, 0xffffff);
		if (p->year[k] == NULL)
			continue;
		fig_size(p->year[k], &w, &h);
		x = p->ystep == 1 ? x + (xpos(tl, p, tl->t0 + k + 1) - x) / 2 :
		    x;
		if (x - w / 2 < p->rx0 || x + w / 2 > p->rx1)
			continue;
		fig_show(f, p->year[k], x - w / 2, ry + p->ruler_h / 2 - h / 2,
		    0, FIG_MUTED);
	}
	for (i = 0; i < tl->ne; i++) {
		e = &tl->e[i];
		if (above(e->group)) {
			ly = ry - e->by - e->bh;
			fig_stroke_line(f, e->xe, ry, e->xe, ly + e->bh, 0.5,
			    FIG_RULE);
			marker(f, e->group, e->xe, ry, p->r,
			    tl->g[e->group].rgb);
		} else {
			ly = rb + e->by;
			fig_stroke_line(f, e->xe, rb, e->xe, ly, 0.5,
			    FIG_RULE);
			marker(f, e->group, e->xe, rb, p->r,
			    tl->g[e->group].rgb);
		}
		/* Only the label is the link: a link area reaching down its
		 * stem covered the labels stacked below it, and a click on
		 * one of them could go to the first event. */
		fig_link_begin(f, e->link);
		fig_show(f, e->lab->lay, e->bx, ly, 0, FIG_INK);
		fig_link_end(f, e->link);
	}
	ly = f->y + f->h - slack / 2 - p->legh - p->keyh;
	if (p->key != NULL) {
		fig_show(f, p->key, f->x, ly, 0, FIG_MUTED);
		ly += p->keyh;
	}
	x = f->x + p->r * 1.2;
	for (i = 0; i < tl->ng; i++) {
		fig_size(p->gname[i], &w, &h);
		marker(f, i, x, ly + h / 2, p->r, tl->g[i].rgb);
		fig_show(f, p->gname[i], x + p->r + 3, ly, 0, FIG_INK);
		x += 2 * p->r + 3 + w + 10;
	}
}

/* "2003-12-02", optionally with a time zone, to a year fraction. */
static bool
parse_date(const char *s, double *t)
{
	GDate	 d;
	int	 y, m, day, n = 0;

	if (s == NULL || sscanf(s, "%4d-%2d-%2d%n", &y, &m, &day, &n) != 3 ||
	    n != 10 || (s[10] != '\0' && s[10] != 'Z' && s[10] != '+' &&
	    s[10] != '-') || !g_date_valid_dmy(day, m, y))
		return false;
	g_date_clear(&d, 1);
	g_date_set_dmy(&d, day, m, y);
	*t = y + (g_date_get_day_of_year(&d) - 0.5) /
	    (g_date_is_leap_year(y) ? 366.0 : 365.0);
	return true;
}

static int
by_date(const void *a, const void *b)
{
	const struct event	*x = a, *y = b;

	if (x->t != y->t)
		return x->t < y->t ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

static bool
read_tline(struct fig *f, const xmlNode *chart, struct tline *tl)
{
	const xmlNode	*n;
	char		*s, *c;
	size_t		 i, k, ne = 0;
	double		 t;
	bool		 found;

	for (n = chart->children; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (xmlStrcmp(n->name, (const xmlChar *)"group") == 0)
			tl->ng++;
		else if (xmlStrcmp(n->name, (const xmlChar *)"event") == 0)
			ne++;
	}
	if (tl->ng == 0 || ne == 0) {
		fig_error(f, chart, "timeline has no %s",
		    tl->ng == 0 ? "groups" : "events");
		return false;
	}
	tl->g = g_new0(struct group, tl->ng);
	tl->e = g_new0(struct event, ne);
	tl->lab = g_new0(struct fig_label, ne);
	tl->labp = g_new0(struct fig_label *, ne);
	i = 0;
	for (n = chart->children; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE ||
		    xmlStrcmp(n->name, (const xmlChar *)"group") != 0)
			continue;
		tl->g[i].node = n;
		if ((tl->g[i].name = fig_attr(n, "name")) == NULL) {
			fig_error(f, n, "timeline group has no name");
			tl->g[i].name = g_strdup("");
		} else if (!fig_covered(f, n, "group name", tl->g[i].name)) {
			g_free(tl->g[i].name);
			tl->g[i].name = g_strdup("");
		}
		tl->g[i].rgb = group_rgb[i % G_N_ELEMENTS(group_rgb)];
		if ((c = fig_attr(n, "color")) != NULL) {
			if (strlen(c) == 7 && c[0] == '#' &&
			    strspn(c + 1, "0123456789abcdefABCDEF") == 6)
				tl->g[i].rgb = (unsigned)strtoul(c + 1, NULL,
				    16);
			else
				fig_error(f, n, "not a colour: %s", c);
			g_free(c);
		}
		i++;
	}
	tl->t0 = G_MAXINT;
	tl->t1 = G_MININT;
	for (n = chart->children; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE ||
		    xmlStrcmp(n->name, (const xmlChar *)"event") != 0)
			continue;
		s = fig_attr(n, "date");
		if (!parse_date(s, &t)) {
			fig_error(f, n, "event date is not a date: %s",
			    s != NULL ? s : "(none)");
			g_free(s);
			continue;
		}
		g_free(s);
		c = fig_attr(n, "group");
		found = false;
		for (k = 0; k < tl->ng && !found; k++)
			if (c != NULL && strcmp(c, tl->g[k].name) == 0)
				found = true;
		if (!found) {
			fig_error(f, n, "event names no group of the "
			    "timeline: %s", c != NULL ? c : "(none)");
			g_free(c);
			continue;
		}
		g_free(c);
		tl->e[tl->ne].t = t;
		tl->e[tl->ne].group = k - 1;
		tl->e[tl->ne].order = tl->ne;
		tl->e[tl->ne].link = fig_attr(n, "link");
		tl->lab[tl->ne].node = n;
		if ((s = fig_attr(n, "label")) == NULL)
			fig_error(f, n, "event has no label");
		else if (!fig_covered(f, n, "event label", s))
			g_clear_pointer(&s, g_free);
		tl->lab[tl->ne].text = s != NULL ? s : g_strdup("");
		tl->t0 = MIN(tl->t0, floor(t));
		tl->t1 = MAX(tl->t1, floor(t) + 1);
		tl->ne++;
	}
	if (tl->ne == 0)
		return false;
	/* A year or two alone would fill the width: show the years around. */
	if (tl->t1 - tl->t0 < 3) {
		tl->t0 -= 1;
		tl->t1 += 1;
	}
	/* Events may come in any order; they are drawn in date order. */
	qsort(tl->e, tl->ne, sizeof(*tl->e), by_date);
	for (i = 0; i < tl->ne; i++) {
		tl->e[i].lab = &tl->lab[tl->e[i].order];
		tl->labp[i] = tl->e[i].lab;
		tl->e[i].lab->mark = g_strdup_printf("%zu", i + 1);
	}
	return true;
}

static void
tline_free(struct tline *tl)
{
	size_t	 i;

	for (i = 0; tl->g != NULL && i < tl->ng; i++)
		g_free(tl->g[i].name);
	for (i = 0; tl->e != NULL && i < tl->ne; i++)
		g_free(tl->e[i].link);
	fig_labels_free(tl->lab, tl->ne);
	g_free(tl->g);
	g_free(tl->e);
	g_free(tl->labp);
}

int
pdf_figure_time(struct fig *f, const xmlNode *chart)
{
	static const double	 sizes[] = { 7.5, 7, 6.5, 6 };
	static const double	 widths[] = { 120, 90, 65, 45 };
	struct tline		 tl;
	struct plan		 p;
	size_t			 s, w;
	int			 keyed, rc = -1;
	bool			 ok = false;

	memset(&tl, 0, sizeof(tl));
	memset(&p, 0, sizeof(p));
	if (!read_tline(f, chart, &tl))
		goto out;
	for (keyed = 0; keyed < 2 && !ok; keyed++)
		for (s = 0; s < G_N_ELEMENTS(sizes) && !ok; s++)
			for (w = 0; w < G_N_ELEMENTS(widths) && !ok; w++) {
				plan_clear(&tl, &p);
				p.keyed = keyed;
				p.size = sizes[s];
				p.lwmax = MIN(widths[w], f->w / 2);
				ok = plan_fit(f, &tl, &p);
			}
	if (!ok) {
		fig_error(f, chart, "timeline of %zu events does not fit in "
		    "%.0f x %.0f pt, even with its labels in a key; make the "
		    "figure taller", tl.ne, f->box_w, f->box_h);
		goto out;
	}
	draw(f, &tl, &p);
	rc = 0;
out:
	plan_clear(&tl, &p);
	tline_free(&tl);
	return rc;
}
