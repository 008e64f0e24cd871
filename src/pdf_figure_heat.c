/* Heat maps: a grid of values shaded on a single-hue ramp, with a legend. */
#include <math.h>
#include <string.h>

#include <cairo.h>
#include <glib.h>
#include <libxml/tree.h>
#include <pango/pangocairo.h>

#include "diag.h"
#include "pdf_figure_int.h"

#define GAP		4.0
#define CELL_MAX	18.0	/* height of a cell when the box is roomy */
#define CELL_W_MAX	64.0	/* wider only for a label */
#define CELL_W_MIN	24.0	/* narrower only for many columns */
#define SWATCH_W	16.0	/* at least; wider for wide numbers */
#define SWATCH_H	7.0

/* Light to dark blue, monotonic in lightness so it reads in grey. */
static const unsigned ramp[] = {
	0xeef3f9, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6, 0x2171b5,
	0x08519c, 0x08306b
};

struct heat {
	size_t			 nr, nc;
	struct fig_label	*row, *col;
	struct fig_label	**keyp;	/* rows, then columns */
	char			**link;
	double			*v;	/* nr x nc; NAN when missing */
	char			**vtext;
	char			*legend;
	double			 hi;
	int			 dec;
	bool			 integers;
};

struct plan {
	int		 keyed;		/* 0, rows 1, and columns 2 */
	bool		 rotated;	/* column labels read upwards */
	double		 size, lh;
	double		 gx, gy, cw, ch;	/* grid origin, cell */
	double		 labw, headh;
	PangoLayout	*key;
	PangoLayout	*title;
	PangoLayout	**val;		/* nr x nc; NULL: no room */
	PangoLayout	**sw;		/* legend labels */
	double		 sww;		/* swatch width */
	double		*swv;		/* legend values */
	int		 nsw;
	double		 legh, keyh;
	double		 slack;		/* height left over */
};

static unsigned
shade(double t)
{
	double		 p, fr;
	size_t		 i, n = G_N_ELEMENTS(ramp) - 1;
	unsigned	 a, b, c = 0;
	int		 k;

	if (!(t > 0))
		return ramp[0];
	if (t >= 1)
		return ramp[n];
	p = t * n;
	i = (size_t)floor(p);
	fr = p - i;
	a = ramp[i];
	b = ramp[i + 1];
	for (k = 16; k >= 0; k -= 8)
		c |= (unsigned)lround(((a >> k) & 0xff) * (1 - fr) +
		    ((b >> k) & 0xff) * fr) << k;
	return c;
}

static double
level(const struct heat *m, double v)
{
	return m->hi > 0 && v > 0 ? MIN(v / m->hi, 1) : 0;
}

static void
plan_clear(struct heat *m, struct plan *p)
{
	size_t	 i;
	int	 k;

	for (i = 0; i < m->nr; i++)
		g_clear_object(&m->row[i].lay);
	for (i = 0; i < m->nc; i++)
		g_clear_object(&m->col[i].lay);
	for (i = 0; p->val != NULL && i < m->nr * m->nc; i++)
		if (p->val[i] != NULL)
			g_object_unref(p->val[i]);
	for (k = 0; p->sw != NULL && k < p->nsw; k++)
		g_object_unref(p->sw[k]);
	if (p->key != NULL)
		g_object_unref(p->key);
	if (p->title != NULL)
		g_object_unref(p->title);
	g_free(p->val);
	g_free(p->sw);
	g_free(p->swv);
	memset(p, 0, sizeof(*p));
}

/* The legend: the title, then a swatch per class with its value under. */
static void
plan_legend(struct fig *f, struct heat *m, struct plan *p)
{
	double	 w, h, tw = 0, th = 0;
	char	*s;
	int	 k;

	if (m->integers && m->hi <= 8)
		p->nsw = (int)m->hi + 1;
	else
		p->nsw = 5;
	p->sw = g_new0(PangoLayout *, p->nsw);
	p->swv = g_new0(double, p->nsw);
	p->legh = 0;
	for (k = 0; k < p->nsw; k++) {
		p->swv[k] = m->hi * k / (p->nsw - 1);
		s = fig_format(p->swv[k], m->integers ? 0 : MAX(m->dec, 1));
		p->sw[k] = fig_layout(f, s, p->size - 0.5, false, -1,
		    PANGO_ALIGN_LEFT);
		g_free(s);
		fig_size(p->sw[k], &w, &h);
		p->legh = MAX(p->legh, SWATCH_H + 2 + h);
		p->sww = MAX(p->sww, w + 5);
	}
	p->sww = MAX(p->sww, SWATCH_W);
	if (m->legend != NULL) {
		p->title = fig_layout(f, m->legend, p->size - 0.5, false, -1,
		    PANGO_ALIGN_LEFT);
		fig_size(p->title, &tw, &th);
		/* Beside the swatches when it fits, else wrapped above. */
		if (tw + 8 + p->nsw * p->sww > f->w) {
			pango_layout_set_width(p->title,
			    (int)floor(f->w * PANGO_SCALE));
			pango_layout_set_wrap(p->title, PANGO_WRAP_WORD_CHAR);
			fig_size(p->title, NULL, &th);
			p->legh += th + 3;
		} else
			p->legh = MAX(p->legh, th);
	}
}

static const char *
shown(const struct fig_label *l, bool keyed)
{
	return keyed ? l->mark : l->text;
}

static bool
plan_fit(struct fig *f, struct heat *m, struct plan *p)
{
	double	 avail, natw, w, h, maxh = 0, colw, maxlen;
	size_t	 i, j, nkey;

	p->lh = fig_line_height(f, p->size);
	plan_legend(f, m, p);
	if (p->nsw * p->sww > f->w)
		return false;
	avail = f->h - p->legh - 6;
	if (p->keyed > 0) {
		nkey = m->nr + (p->keyed > 1 ? m->nc : 0);
		p->key = fig_key(f, m->keyp, nkey, f->w, p->size);
		fig_size(p->key, NULL, &p->keyh);
		avail -= p->keyh + 6;
	}
	/* Row labels: a stub column as wide as they need. */
	p->labw = 0;
	for (i = 0; i < m->nr; i++) {
		m->row[i].lay = fig_layout(f, shown(&m->row[i], p->keyed > 0),
		    p->size, false, -1, PANGO_ALIGN_LEFT);
		fig_size(m->row[i].lay, &natw, NULL);
		p->labw = MAX(p->labw, natw);
	}
	/* A third of the width, up to half when the cells keep room. */
	natw = floor(MIN(f->w * 0.5, MAX(f->w * 0.35,
	    f->w - GAP - 2 - m->nc * CELL_W_MIN)));
	p->labw = MIN(p->labw, natw);
	for (i = 0; i < m->nr; i++) {
		pango_layout_set_width(m->row[i].lay,
		    (int)floor(p->labw * PANGO_SCALE) + 1);
		pango_layout_set_wrap(m->row[i].lay, PANGO_WRAP_WORD);
		if (!fig_fits_width(m->row[i].lay, p->labw + 0.02))
			return false;
		fig_size(m->row[i].lay, NULL, &h);
		maxh = MAX(maxh, h);
	}
	p->gx = f->x + p->labw + GAP + 2;
	/* A few columns need not stretch over the whole width. */
	natw = CELL_W_MAX;
	for (j = 0; j < m->nc; j++) {
		m->col[j].lay = fig_layout(f, shown(&m->col[j], p->keyed > 1),
		    p->size, false, -1, PANGO_ALIGN_CENTER);
		fig_size(m->col[j].lay, &w, NULL);
		natw = MAX(natw, w + 6);
		g_clear_object(&m->col[j].lay);
	}
	p->cw = MIN((f->x + f->w - p->gx) / m->nc, natw);
	colw = p->cw - 2;
	if (colw < p->lh)
		return false;
	/* Column labels across, at most three lines, or upwards. */
	p->rotated = false;
	p->headh = 0;
	for (j = 0; j < m->nc && !p->rotated; j++) {
		m->col[j].lay = fig_layout(f, shown(&m->col[j], p->keyed > 1),
		    p->size, false, colw, PANGO_ALIGN_CENTER);
		fig_size(m->col[j].lay, NULL, &h);
		if (!fig_fits_width(m->col[j].lay, colw) ||
		    pango_layout_get_line_count(m->col[j].lay) > 3)
			p->rotated = true;
		p->headh = MAX(p->headh, h);
	}
	if (p->rotated) {
		p->headh = 0;
		maxlen = floor(avail * 0.35);
		for (j = 0; j < m->nc; j++) {
			g_clear_object(&m->col[j].lay);
			m->col[j].lay = fig_layout(f,
			    shown(&m->col[j], p->keyed > 1), p->size, false,
			    -1, PANGO_ALIGN_LEFT);
			fig_size(m->col[j].lay, &w, NULL);
			if (w > maxlen) {
				pango_layout_set_width(m->col[j].lay,
				    (int)floor(maxlen * PANGO_SCALE));
				pango_layout_set_wrap(m->col[j].lay,
				    PANGO_WRAP_WORD);
				if (!fig_fits_width(m->col[j].lay, maxlen))
					return false;
			}
			fig_size(m->col[j].lay, &w, &h);
			if (h > colw)
				return false;
			p->headh = MAX(p->headh, w);
		}
	}
	p->gy = f->y + p->headh + 3;
	p->ch = (f->y + avail - p->gy) / m->nr;
	if (p->ch < MAX(maxh, p->lh) + 1)
		return false;
	p->ch = MIN(p->ch, MAX(CELL_MAX, maxh + 4));
	p->slack = f->y + avail - p->gy - p->ch * m->nr;
	/* Values in the cells where they fit. */
	p->val = g_new0(PangoLayout *, m->nr * m->nc);
	for (i = 0; i < m->nr * m->nc; i++) {
		if (m->vtext[i] == NULL)
			continue;
		p->val[i] = fig_layout(f, m->vtext[i], MIN(p->size, 7), false,
		    -1, PANGO_ALIGN_LEFT);
		fig_size(p->val[i], &w, &h);
		if (w > p->cw - 2 || h > p->ch - 1)
			g_clear_object(&p->val[i]);
	}
	return true;
}

static void
draw_legend(struct fig *f, struct heat *m, struct plan *p, double ly)
{
	double	 lx = f->x, w, h, tw = 0, th = 0, sx;
	int	 k;

	if (p->title != NULL) {
		fig_size(p->title, &tw, &th);
		fig_show(f, p->title, lx, ly, 0, FIG_MUTED);
		if (pango_layout_get_width(p->title) > 0)
			ly += th + 3;
		else
			lx += tw + 8;
	}
	for (k = 0; k < p->nsw; k++) {
		sx = lx + k * p->sww;
		fig_fill(f, sx, ly + 0.5, p->sww, SWATCH_H,
		    shade(level(m, p->swv[k])));
		fig_size(p->sw[k], &w, &h);
		fig_show(f, p->sw[k], sx + p->sww / 2 - w / 2,
		    ly + SWATCH_H + 2, 0, FIG_MUTED);
	}
}

static void
draw(struct fig *f, struct heat *m, struct plan *p)
{
	double		 w, h, cx, cy, t, used, x0 = f->x;
	size_t		 i, j;
	PangoLayout	*v;
	unsigned	 c;

	/* A grid smaller than its box stands in the middle of it. */
	p->gy += p->slack / 2;
	used = p->gx - f->x + p->cw * m->nc;
	used = MAX(used, p->nsw * p->sww);
	if (p->title != NULL) {
		fig_size(p->title, &w, NULL);
		used = MAX(used, pango_layout_get_width(p->title) > 0 ? w :
		    w + 8 + p->nsw * p->sww);
	}
	if (p->key == NULL && used < f->w) {
		f->x += (f->w - used) / 2;
		p->gx += (f->w - used) / 2;
	}
	for (j = 0; j < m->nc; j++) {
		cx = p->gx + p->cw * (j + 0.5);
		fig_size(m->col[j].lay, &w, &h);
		if (p->rotated)
			fig_show(f, m->col[j].lay, cx - h / 2, p->gy - 3, -90,
			    FIG_INK);
		else
			fig_show(f, m->col[j].lay, cx - w / 2,
			    p->gy - 3 - h, 0, FIG_INK);
	}
	for (i = 0; i < m->nr; i++) {
		cy = p->gy + p->ch * i;
		fig_link_begin(f, m->link[i]);
		fig_size(m->row[i].lay, &w, &h);
		fig_show(f, m->row[i].lay, f->x, cy + p->ch / 2 - h / 2, 0,
		    FIG_INK);
		for (j = 0; j < m->nc; j++) {
			if (isnan(m->v[i * m->nc + j]))
				continue;
			t = level(m, m->v[i * m->nc + j]);
			c = shade(t);
			/* White gutters keep the cells apart. */
			fig_fill(f, p->gx + p->cw * j + 0.5, cy + 0.5,
			    p->cw - 1, p->ch - 1, c);
			if ((v = p->val[i * m->nc + j]) == NULL)
				continue;
			fig_size(v, &w, &h);
			/* White on dark cells; zeros recede. */
			fig_show(f, v, p->gx + p->cw * (j + 0.5) - w / 2,
			    cy + p->ch / 2 - h / 2, 0, t > 0.5 ? 0xffffff :
			    m->v[i * m->nc + j] == 0 ? FIG_MUTED : FIG_INK);
		}
		fig_link_end(f, m->link[i]);
	}
	cy = p->gy + p->ch * m->nr + 6;
	if (p->key != NULL) {
		fig_show(f, p->key, f->x, cy, 0, FIG_MUTED);
		cy += p->keyh + 6;
	}
	draw_legend(f, m, p, cy);
	f->x = x0;
}

static bool
read_heat(struct fig *f, const xmlNode *chart, struct heat *m)
{
	const xmlNode	*n, *c, *cols = NULL;
	GPtrArray	*rows;
	char		*s;
	size_t		 i, j, k, nv;
	int		 dec;
	double		 v;

	rows = g_ptr_array_new();
	for (n = chart->children; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (xmlStrcmp(n->name, (const xmlChar *)"columns") == 0)
			cols = n;
		else if (xmlStrcmp(n->name, (const xmlChar *)"row") == 0)
			g_ptr_array_add(rows, (gpointer)n);
	}
	for (c = cols != NULL ? cols->children : NULL; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			m->nc++;
	m->nr = rows->len;
	if (m->nc == 0 || m->nr == 0) {
		fig_error(f, chart, "heat map has no %s",
		    m->nc == 0 ? "columns" : "rows");
		g_ptr_array_free(rows, TRUE);
		return false;
	}
	m->row = g_new0(struct fig_label, m->nr);
	m->col = g_new0(struct fig_label, m->nc);
	m->keyp = g_new0(struct fig_label *, m->nr + m->nc);
	m->link = g_new0(char *, m->nr);
	m->v = g_new0(double, m->nr * m->nc);
	m->vtext = g_new0(char *, m->nr * m->nc);
	m->legend = fig_attr(chart, "legend");
	if (m->legend != NULL && !fig_covered(f, chart, "legend", m->legend))
		g_clear_pointer(&m->legend, g_free);
	j = 0;
	for (c = cols->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		m->col[j].node = c;
		/* Columns are keyed by letter, rows by number. */
		m->col[j].mark = j < 26 ? g_strdup_printf("%c", 'A' + (int)j) :
		    g_strdup_printf("%c%c", 'A' + (int)(j / 26) - 1,
		    'A' + (int)(j % 26));
		if ((m->col[j].text = fig_attr(c, "label")) == NULL)
			fig_error(f, c, "heat-map column has no label");
		else if (!fig_covered(f, c, "column label", m->col[j].text))
			g_clear_pointer(&m->col[j].text, g_free);
		if (m->col[j].text == NULL)
			m->col[j].text = g_strdup("");
		m->keyp[m->nr + j] = &m->col[j];
		j++;
	}
	m->integers = true;
	for (i = 0; i < m->nr; i++) {
		n = g_ptr_array_index(rows, i);
		m->row[i].node = n;
		m->row[i].mark = g_strdup_printf("%zu", i + 1);
		if ((m->row[i].text = fig_attr(n, "label")) == NULL)
			fig_error(f, n, "heat-map row has no label");
		else if (!fig_covered(f, n, "row label", m->row[i].text))
			g_clear_pointer(&m->row[i].text, g_free);
		if (m->row[i].text == NULL)
			m->row[i].text = g_strdup("");
		m->keyp[i] = &m->row[i];
		m->link[i] = fig_attr(n, "link");
		for (k = 0; k < m->nc; k++)
			m->v[i * m->nc + k] = NAN;
		nv = 0;
		for (c = n->children; c != NULL; c = c->next) {
			if (c->type != XML_ELEMENT_NODE ||
			    xmlStrcmp(c->name, (const xmlChar *)"value") != 0)
				continue;
			if (nv < m->nc) {
				s = (char *)xmlNodeGetContent(c);
				dec = 0;
				if (fig_decimal(f, c, "heat-map value", s, &v,
				    &dec)) {
					if (v < 0) {
						fig_error(f, c, "heat-map "
						    "value is negative: %s",
						    s);
						v = 0;
					}
					m->v[i * m->nc + nv] = v;
					m->dec = MAX(m->dec, dec);
					m->hi = MAX(m->hi, v);
					if (v != floor(v))
						m->integers = false;
				}
				xmlFree(s);
			}
			nv++;
		}
		if (nv != m->nc)
			fig_error(f, n, "heat-map row has %zu value%s for "
			    "%zu columns: %s", nv, nv == 1 ? "" : "s", m->nc,
			    m->row[i].text);
	}
	for (i = 0; i < m->nr * m->nc; i++)
		if (!isnan(m->v[i]))
			m->vtext[i] = fig_format(m->v[i], m->dec);
	if (m->hi <= 0)
		m->hi = 1;
	g_ptr_array_free(rows, TRUE);
	return true;
}

static void
heat_free(struct heat *m)
{
	size_t	 i;

	for (i = 0; m->vtext != NULL && i < m->nr * m->nc; i++)
		g_free(m->vtext[i]);
	for (i = 0; m->link != NULL && i < m->nr; i++)
		g_free(m->link[i]);
	fig_labels_free(m->row, m->nr);
	fig_labels_free(m->col, m->nc);
	g_free(m->keyp);
	g_free(m->link);
	g_free(m->v);
	g_free(m->vtext);
	g_free(m->legend);
}

int
pdf_figure_heat(struct fig *f, const xmlNode *chart)
{
	static const double	 sizes[] = { 7.5, 7, 6.5, 6 };
	struct heat		 m;
	struct plan		 p;
	size_t			 s;
	int			 keyed, rc = -1;
	bool			 ok = false;

	memset(&m, 0, sizeof(m));
	memset(&p, 0, sizeof(p));
	if (!read_heat(f, chart, &m))
		goto out;
	for (keyed = 0; keyed < 3 && !ok; keyed++)
		for (s = 0; s < G_N_ELEMENTS(sizes) && !ok; s++) {
			plan_clear(&m, &p);
			p.keyed = keyed;
			p.size = sizes[s];
			ok = plan_fit(f, &m, &p);
		}
	if (!ok) {
		fig_error(f, chart, "heat map of %zu x %zu does not fit in "
		    "%.0f x %.0f pt, even with its labels in a key; make the "
		    "figure taller", m.nr, m.nc, f->box_w, f->box_h);
		goto out;
	}
	draw(f, &m, &p);
	rc = 0;
out:
	plan_clear(&m, &p);
	heat_free(&m);
	return rc;
}
