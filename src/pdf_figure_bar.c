/* Bar charts: one bar a label, value labels, a light grid and axis. */
#include <math.h>
#include <string.h>

#include <cairo.h>
#include <glib.h>
#include <libxml/tree.h>
#include <pango/pangocairo.h>

#include "diag.h"
#include "pdf_figure_int.h"

#define GAP		4.0	/* between a label and what it labels */
#define BAND_MAX	20.0	/* pitch of bars when the box is roomy */
#define BAR_MAX		12.0	/* thickness of a bar, at most */

struct bars {
	size_t			 n;
	struct fig_label	*lab;
	struct fig_label	**labp;
	double			*v;
	char			**vtext;
	char			**link;
	char			*unit;
	double			 top, step;	/* axis: 0 to top */
	int			 tick_dec;
};

/* One way of fitting the chart in its box. */
struct plan {
	bool		 vertical, keyed, rotated;
	double		 size, lh;
	PangoLayout	*key;
	PangoLayout	*unit;
	PangoLayout	**val;		/* n value labels */
	PangoLayout	**tick;		/* ntick tick labels */
	int		 ntick;
	int		 every;		/* label every n-th tick */
	double		 px, py, pw, ph;	/* plot area */
	double		 band, thick;	/* of the bars */
	double		 labw;		/* label column */
	double		 unit_h;
	double		 slack;		/* height left over */
};

static void
plan_clear(struct bars *b, struct plan *p)
{
	size_t	 i;
	int	 t;

	for (i = 0; i < b->n; i++) {
		if (b->lab[i].lay != NULL)
			g_object_unref(b->lab[i].lay);
		b->lab[i].lay = NULL;
		if (p->val != NULL && p->val[i] != NULL)
			g_object_unref(p->val[i]);
	}
	for (t = 0; p->tick != NULL && t < p->ntick; t++)
		g_object_unref(p->tick[t]);
	if (p->key != NULL)
		g_object_unref(p->key);
	if (p->unit != NULL)
		g_object_unref(p->unit);
	g_free(p->val);
	g_free(p->tick);
	memset(p, 0, sizeof(*p));
}

static const char *
shown(const struct fig_label *l, bool keyed)
{
	return keyed ? l->mark : l->text;
}

/* Layouts every plan needs: values, ticks, unit, key. */
static double
plan_common(struct fig *f, struct bars *b, struct plan *p)
{
	size_t	 i;
	int	 t;
	char	*s;
	double	 kh = 0;

	p->lh = fig_line_height(f, p->size);
	p->val = g_new0(PangoLayout *, b->n);
	for (i = 0; i < b->n; i++)
		p->val[i] = fig_layout(f, b->vtext[i], p->size, false, -1,
		    PANGO_ALIGN_LEFT);
	p->ntick = (int)floor(b->top / b->step + 0.5) + 1;
	p->tick = g_new0(PangoLayout *, p->ntick);
	for (t = 0; t < p->ntick; t++) {
		s = fig_format(t * b->step, b->tick_dec);
		p->tick[t] = fig_layout(f, s, p->size - 0.5, false, -1,
		    PANGO_ALIGN_LEFT);
		g_free(s);
	}
	if (p->keyed) {
		p->key = fig_key(f, b->labp, b->n, f->w, p->size);
		fig_size(p->key, NULL, &kh);
		kh += 6;
	}
	return kh;
}

/* Label every tick, or every second, fifth... when they would touch. */
static void
tick_every(struct plan *p, bool across)
{
	static const int	 every[] = { 1, 2, 5, 10, 20, 50 };
	double			 w, h, need = 0, gap;
	size_t			 i;
	int			 t;

	for (t = 0; t < p->ntick; t++) {
		fig_size(p->tick[t], &w, &h);
		need = MAX(need, across ? w + 4 : h + 1);
	}
	gap = (across ? p->pw : p->ph) / MAX(p->ntick - 1, 1);
	for (i = 0; i < G_N_ELEMENTS(every); i++) {
		p->every = every[i];
		if (gap * every[i] >= need)
			break;
	}
}

static bool
plan_horizontal(struct fig *f, struct bars *b, struct plan *p)
{
	double	 avail, natw, w, h, maxh = 0, valw = 0, tickh, right;
	double	 need, lastw;
	size_t	 i;

	/* Not even a line a bar: no need to measure anything. */
	if (f->h < b->n * fig_line_height(f, p->size))
		return false;
	avail = f->h - plan_common(f, b, p);
	if (avail < b->n * p->lh)
		return false;
	for (i = 0; i < b->n; i++) {
		fig_size(p->val[i], &w, NULL);
		valw = MAX(valw, w);
	}
	/* The label column: as wide as the widest label, at most 40%. */
	p->labw = 0;
	for (i = 0; i < b->n; i++) {
		b->lab[i].lay = fig_layout(f, shown(&b->lab[i], p->keyed),
		    p->size, false, -1, PANGO_ALIGN_RIGHT);
		fig_size(b->lab[i].lay, &natw, NULL);
		p->labw = MAX(p->labw, natw);
	}
	p->labw = MIN(p->labw, floor(f->w * 0.4));
	for (i = 0; i < b->n; i++) {
		pango_layout_set_width(b->lab[i].lay,
		    (int)floor(p->labw * PANGO_SCALE) + 1);
		pango_layout_set_wrap(b->lab[i].lay, PANGO_WRAP_WORD);
		if (!fig_fits_width(b->lab[i].lay, p->labw + 0.02))
			return false;
		fig_size(b->lab[i].lay, NULL, &h);
		maxh = MAX(maxh, h);
	}
	fig_size(p->tick[0], NULL, &tickh);
	fig_size(p->tick[p->ntick - 1], &lastw, NULL);
	avail -= 3 + tickh;
	if (b->unit != NULL) {
		p->unit = fig_layout(f, b->unit, p->size - 0.5, false,
		    f->w - p->labw - GAP, PANGO_ALIGN_CENTER);
		pango_layout_set_wrap(p->unit, PANGO_WRAP_WORD_CHAR);
		fig_size(p->unit, NULL, &p->unit_h);
		avail -= 2 + p->unit_h;
	}
	/* Labels of several lines need air between them. */
	need = maxh > 1.5 * p->lh ? maxh + 4 : MAX(maxh, p->lh) + 1;
	if (avail < need * b->n)
		return false;
	p->band = MIN(avail / b->n, MAX(need, BAND_MAX));
	p->thick = MIN(p->band * 0.62, BAR_MAX);
	p->px = f->x + p->labw + GAP + 2;
	p->py = f->y;
	right = MAX(valw + 3 + 0.5, lastw / 2 + 0.5);
	p->pw = f->x + f->w - right - p->px;
	p->ph = p->band * b->n;
	p->slack = avail - p->ph;
	tick_every(p, true);
	return p->pw >= MAX(40, f->w * 0.25);
}

static bool
plan_vertical(struct fig *f, struct bars *b, struct plan *p)
{
	double	 avail, w, h, tickw = 0, labh = 0, cw, maxlen;
	size_t	 i;
	int	 t;

	/* Not even half a letter a bar: no need to measure anything. */
	if (f->w / b->n < p->size / 2 + 1.5)
		return false;
	avail = f->h - plan_common(f, b, p);
	for (t = 0; t < p->ntick; t++) {
		fig_size(p->tick[t], &w, NULL);
		tickw = MAX(tickw, w);
	}
	p->px = f->x + tickw + GAP;
	p->pw = f->x + f->w - p->px;
	p->band = p->pw / b->n;
	cw = p->band - 1.5;
	if (cw < p->size / 2)
		return false;
	for (i = 0; i < b->n; i++) {
		fig_size(p->val[i], &w, NULL);
		if (w > cw)
			return false;
	}
	p->py = f->y;
	if (b->unit != NULL) {
		p->unit = fig_layout(f, b->unit, p->size - 0.5, false,
		    f->w, PANGO_ALIGN_LEFT);
		pango_layout_set_wrap(p->unit, PANGO_WRAP_WORD_CHAR);
		fig_size(p->unit, NULL, &p->unit_h);
		p->py += p->unit_h + 3;
	}
	/* Room for the value over the tallest bar. */
	p->py += p->lh + 2;
	/* Labels across under their bars, at most three lines... */
	p->rotated = false;
	for (i = 0; i < b->n && !p->rotated; i++) {
		b->lab[i].lay = fig_layout(f, shown(&b->lab[i], p->keyed),
		    p->size, false, cw, PANGO_ALIGN_CENTER);
		fig_size(b->lab[i].lay, NULL, &h);
		if (!fig_fits_width(b->lab[i].lay, cw) ||
		    pango_layout_get_line_count(b->lab[i].lay) > 3)
			p->rotated = true;
		labh = MAX(labh, h);
	}
	/* ...or turned to read upwards, over at most 40% of the height. */
	if (p->rotated) {
		labh = 0;
		maxlen = floor((avail - (p->py - f->y)) * 0.4);
		for (i = 0; i < b->n; i++) {
			if (b->lab[i].lay != NULL)
				g_object_unref(b->lab[i].lay);
			b->lab[i].lay = fig_layout(f,
			    shown(&b->lab[i], p->keyed), p->size, false, -1,
			    PANGO_ALIGN_RIGHT);
			fig_size(b->lab[i].lay, &w, NULL);
			if (w > maxlen) {
				pango_layout_set_width(b->lab[i].lay,
				    (int)floor(maxlen * PANGO_SCALE));
				pango_layout_set_wrap(b->lab[i].lay,
				    PANGO_WRAP_WORD);
				if (!fig_fits_width(b->lab[i].lay, maxlen))
					return false;
			}
			fig_size(b->lab[i].lay, &w, &h);
			if (h > cw)
				return false;
			labh = MAX(labh, w);
		}
	}
	p->ph = f->y + avail - (3 + labh) - p->py;
	tick_every(p, false);
	p->thick = MIN(p->band * 0.62, 2 * BAR_MAX);
	return p->ph >= MAX(30, avail * 0.3);
}

static double
pos(const struct bars *b, double v)
{
	return v <= 0 || b->top <= 0 ? 0 : MIN(v, b->top) / b->top;
}

static void
draw_horizontal(struct fig *f, struct bars *b, struct plan *p)
{
	double	 gx, yc, len, w, h, tickh;
	size_t	 i;
	int	 t;

	for (t = 1; t < p->ntick; t++) {
		gx = p->px + p->pw * t / (p->ntick - 1);
		fig_stroke_line(f, gx, p->py, gx, p->py + p->ph, 0.5,
		    FIG_GRID);
	}
	for (i = 0; i < b->n; i++) {
		yc = p->py + p->band * (i + 0.5);
		len = p->pw * pos(b, b->v[i]);
		fig_link_begin(f, b->link[i]);
		fig_size(b->lab[i].lay, &w, &h);
		fig_show(f, b->lab[i].lay, p->px - GAP - 2 - w, yc - h / 2, 0,
		    FIG_INK);
		fig_fill(f, p->px, yc - p->thick / 2, len, p->thick, FIG_BAR);
		fig_size(p->val[i], &w, &h);
		fig_show(f, p->val[i], p->px + len + 3, yc - h / 2, 0,
		    FIG_INK);
		fig_link_end(f, b->link[i]);
	}
	fig_stroke_line(f, p->px, p->py, p->px, p->py + p->ph, 0.75,
	    FIG_RULE);
	tickh = 0;
	for (t = 0; t < p->ntick; t += p->every) {
		gx = p->px + p->pw * t / (p->ntick - 1);
		fig_size(p->tick[t], &w, &h);
		fig_show(f, p->tick[t], gx - w / 2, p->py + p->ph + 3, 0,
		    FIG_MUTED);
		tickh = MAX(tickh, h);
	}
	if (p->unit != NULL) {
		/* Centred under the plot, unless that passes an edge. */
		fig_size(p->unit, &w, &h);
		gx = MIN(MAX(p->px + p->pw / 2 - w / 2, f->x),
		    f->x + f->w - w);
		fig_show(f, p->unit, gx, p->py + p->ph + 3 + tickh + 2, 0,
		    FIG_MUTED);
	}
}

static void
draw_vertical(struct fig *f, struct bars *b, struct plan *p)
{
	double	 gy, xc, len, w, h, base = p->py + p->ph;
	size_t	 i;
	int	 t;

	for (t = 1; t < p->ntick; t++) {
		gy = base - p->ph * t / (p->ntick - 1);
		fig_stroke_line(f, p->px, gy, p->px + p->pw, gy, 0.5,
		    FIG_GRID);
	}
	for (t = 0; t < p->ntick; t += p->every) {
		gy = base - p->ph * t / (p->ntick - 1);
		fig_size(p->tick[t], &w, &h);
		fig_show(f, p->tick[t], p->px - GAP - w, gy - h / 2, 0,
		    FIG_MUTED);
	}
	for (i = 0; i < b->n; i++) {
		xc = p->px + p->band * (i + 0.5);
		len = p->ph * pos(b, b->v[i]);
		fig_link_begin(f, b->link[i]);
		fig_fill(f, xc - p->thick / 2, base - len, p->thick, len,
		    FIG_BAR);
		fig_size(p->val[i], &w, &h);
		fig_show(f, p->val[i], xc - w / 2, base - len - 1.5 - h, 0,
		    FIG_INK);
		fig_size(b->lab[i].lay, &w, &h);
		if (p->rotated)
			fig_show(f, b->lab[i].lay, xc - h / 2, base + 3 + w,
			    -90, FIG_INK);
		else
			fig_show(f, b->lab[i].lay, xc - w / 2, base + 3, 0,
			    FIG_INK);
		fig_link_end(f, b->link[i]);
	}
	fig_stroke_line(f, p->px, base, p->px + p->pw, base, 0.75, FIG_RULE);
	if (p->unit != NULL)
		fig_show(f, p->unit, f->x, f->y, 0, FIG_MUTED);
}

static bool
read_bars(struct fig *f, const xmlNode *chart, struct bars *b)
{
	const xmlNode	*n;
	char		*s;
	double		 maxv = 0;
	int		 dec, maxdec = 0;
	bool		 integers = true;
	size_t		 i;

	for (n = chart->children; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE &&
		    xmlStrcmp(n->name, (const xmlChar *)"bar") == 0)
			b->n++;
	if (b->n == 0) {
		fig_error(f, chart, "bar chart has no bars");
		return false;
	}
	b->lab = g_new0(struct fig_label, b->n);
	b->labp = g_new0(struct fig_label *, b->n);
	b->v = g_new0(double, b->n);
	b->vtext = g_new0(char *, b->n);
	b->link = g_new0(char *, b->n);
	b->unit = fig_attr(chart, "unit");
	if (b->unit != NULL && !fig_covered(f, chart, "unit", b->unit)) {
		g_free(b->unit);
		b->unit = NULL;
	}
	i = 0;
	for (n = chart->children; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE ||
		    xmlStrcmp(n->name, (const xmlChar *)"bar") != 0)
			continue;
		b->labp[i] = &b->lab[i];
		b->lab[i].node = n;
		b->lab[i].mark = g_strdup_printf("%zu", i + 1);
		if ((b->lab[i].text = fig_attr(n, "label")) == NULL)
			fig_error(f, n, "bar has no label");
		else if (!fig_covered(f, n, "bar label", b->lab[i].text))
			g_clear_pointer(&b->lab[i].text, g_free);
		if (b->lab[i].text == NULL)
			b->lab[i].text = g_strdup("");
		b->link[i] = fig_attr(n, "link");
		s = fig_attr(n, "value");
		dec = 0;
		if (fig_decimal(f, n, "bar value", s, &b->v[i], &dec) &&
		    b->v[i] < 0) {
			fig_error(f, n, "bar value is negative: %s", s);
			b->v[i] = 0;
		}
		g_free(s);
		maxdec = MAX(maxdec, dec);
		maxv = MAX(maxv, b->v[i]);
		i++;
	}
	for (i = 0; i < b->n; i++) {
		b->vtext[i] = fig_format(b->v[i], maxdec);
		if (b->v[i] != floor(b->v[i]))
			integers = false;
	}
	b->step = fig_nice_step(maxv, 4, integers);
	b->top = ceil(maxv / b->step - 1e-9) * b->step;
	if (b->top <= 0)
		b->top = b->step;
	for (b->tick_dec = 0; b->tick_dec < 6; b->tick_dec++)
		if (fabs(b->step * pow(10, b->tick_dec) -
		    floor(b->step * pow(10, b->tick_dec) + 0.5)) < 1e-6)
			break;
	return true;
}

static void
bars_free(struct bars *b)
{
	size_t	 i;

	for (i = 0; i < b->n; i++) {
		if (b->vtext != NULL)
			g_free(b->vtext[i]);
		if (b->link != NULL)
			g_free(b->link[i]);
	}
	fig_labels_free(b->lab, b->n);
	g_free(b->labp);
	g_free(b->v);
	g_free(b->vtext);
	g_free(b->link);
	g_free(b->unit);
}

int
pdf_figure_bar(struct fig *f, const xmlNode *chart)
{
	static const double	 sizes[] = { 7.5, 7, 6.5, 6 };
	struct bars		 b;
	struct plan		 p;
	double			 kh;
	size_t			 s;
	int			 keyed, vertical, rc = -1;
	bool			 ok = false;

	memset(&b, 0, sizeof(b));
	memset(&p, 0, sizeof(p));
	if (!read_bars(f, chart, &b))
		goto out;
	for (keyed = 0; keyed < 2 && !ok; keyed++)
		for (vertical = 0; vertical < 2 && !ok; vertical++)
			for (s = 0; s < G_N_ELEMENTS(sizes) && !ok; s++) {
				plan_clear(&b, &p);
				p.keyed = keyed;
				p.vertical = vertical;
				p.size = sizes[s];
				ok = vertical ? plan_vertical(f, &b, &p) :
				    plan_horizontal(f, &b, &p);
			}
	if (!ok) {
		fig_error(f, chart, "bar chart of %zu bars does not fit in "
		    "%.0f x %.0f pt, even with its labels in a key; make the "
		    "figure taller", b.n, f->box_w, f->box_h);
		goto out;
	}
	/* A chart shorter than its box stands in the middle of it. */
	p.py += p.slack / 2;
	if (p.vertical)
		draw_vertical(f, &b, &p);
	else
		draw_horizontal(f, &b, &p);
	if (p.key != NULL) {
		fig_size(p.key, NULL, &kh);
		fig_show(f, p.key, f->x, f->y + f->h - p.slack / 2 - kh, 0,
		    FIG_MUTED);
	}
	rc = 0;
out:
	plan_clear(&b, &p);
	bars_free(&b);
	return rc;
}
