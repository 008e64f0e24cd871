/* Figures drawn from data: dispatch to the chart kinds, and what they share. */
#include <math.h>
#include <stdarg.h>
#include <string.h>

#include <cairo.h>
#include <glib.h>
#include <libxml/tree.h>
#include <pango/pangocairo.h>

#include "diag.h"
#include "pdf.h"
#include "pdf_figure.h"
#include "pdf_figure_int.h"

long
fig_line(const xmlNode *n)
{
	return xmlGetLineNo(n);
}

char *
fig_attr(const xmlNode *n, const char *name)
{
	xmlChar	*v;
	char	*s;

	if ((v = xmlGetProp(n, (const xmlChar *)name)) == NULL)
		return NULL;
	s = g_strdup((const char *)v);
	xmlFree(v);
	return s;
}

void
fig_error(struct fig *f, const xmlNode *n, const char *fmt, ...)
{
	va_list	 ap;
	char	*s;

	va_start(ap, fmt);
	s = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	diag_error(f->dl, f->file, fig_line(n), "%s", s);
	g_free(s);
}

bool
fig_decimal(struct fig *f, const xmlNode *n, const char *what,
    const char *s, double *v, int *decimals)
{
	const char	*p;
	char		*t;
	int		 digits = 0, dec = 0;

	if (s == NULL) {
		fig_error(f, n, "%s has no value", what);
		return false;
	}
	t = g_strstrip(g_strdup(s));
	p = t;
	if (*p == '+' || *p == '-')
		p++;
	for (; g_ascii_isdigit(*p); p++)
		digits++;
	if (*p == '.')
		for (p++; g_ascii_isdigit(*p); p++) {
			digits++;
			dec++;
		}
	if (*p != '\0' || digits == 0 || strlen(t) > 30) {
		fig_error(f, n, "%s is not a decimal number: %s", what, s);
		g_free(t);
		return false;
	}
	*v = g_ascii_strtod(t, NULL);
	if (decimals != NULL)
		*decimals = dec;
	g_free(t);
	return true;
}

char *
fig_format(double v, int decimals)
{
	char	 buf[G_ASCII_DTOSTR_BUF_SIZE];
	char	 fmt[16];

	if (decimals > 6)
		decimals = 6;
	g_snprintf(fmt, sizeof(fmt), "%%.%df", decimals);
	g_ascii_formatd(buf, sizeof(buf), fmt, v);
	/* "-0" reads as a mistake in a chart. */
	if (strcmp(buf, "-0") == 0)
		return g_strdup("0");
	return g_strdup(buf);
}

double
fig_nice_step(double span, int n, bool integers)
{
	static const double	 mult[] = { 1, 2, 2.5, 5, 10 };
	double			 raw, p, step;
	size_t			 i;

	if (!(span > 0))
		return 1;
	raw = span / (n > 0 ? n : 1);
	p = pow(10, floor(log10(raw)));
	step = 10 * p;
	for (i = 0; i < G_N_ELEMENTS(mult); i++)
		if (mult[i] * p >= raw) {
			step = mult[i] * p;
			break;
		}
	if (integers && step < 1)
		step = 1;
	if (integers && fabs(step - 2.5) < 1e-9)
		step = 2;
	return step;
}

PangoLayout *
fig_layout(struct fig *f, const char *text, double size, bool bold,
    double width, PangoAlignment align)
{
	PangoLayout		*lay;
	PangoFontDescription	*fd;

	lay = pango_layout_new(f->pctx);
	fd = pango_font_description_from_string("Noto Sans");
	pango_font_description_set_absolute_size(fd, size * PANGO_SCALE);
	if (bold)
		pango_font_description_set_weight(fd, PANGO_WEIGHT_BOLD);
	pango_layout_set_font_description(lay, fd);
	pango_font_description_free(fd);
	if (width > 0) {
		pango_layout_set_width(lay, (int)floor(width * PANGO_SCALE));
		pango_layout_set_wrap(lay, PANGO_WRAP_WORD);
	}
	pango_layout_set_alignment(lay, align);
	pango_layout_set_text(lay, text, -1);
	return lay;
}

void
fig_size(PangoLayout *lay, double *w, double *h)
{
	PangoRectangle	 lr;

	pango_layout_get_extents(lay, NULL, &lr);
	if (w != NULL)
		*w = (double)lr.width / PANGO_SCALE;
	if (h != NULL)
		*h = (double)lr.height / PANGO_SCALE;
}

double
fig_line_height(struct fig *f, double size)
{
	PangoLayout	*lay;
	double		 h;

	lay = fig_layout(f, "Hg", size, false, -1, PANGO_ALIGN_LEFT);
	fig_size(lay, NULL, &h);
	g_object_unref(lay);
	return h;
}

bool
fig_fits_width(PangoLayout *lay, double width)
{
	PangoLayoutIter	*it;
	PangoRectangle	 lr;
	bool		 ok = true;

	it = pango_layout_get_iter(lay);
	do {
		pango_layout_iter_get_line_extents(it, NULL, &lr);
		if ((double)lr.width / PANGO_SCALE > width + 0.01)
			ok = false;
	} while (ok && pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);
	return ok;
}

bool
fig_covered(struct fig *f, const xmlNode *n, const char *what,
    const char *text)
{
	PangoLayout	*lay;
	PangoLayoutIter	*it;
	PangoLayoutRun	*run;
	gunichar	 bad = 0;
	int		 i;

	lay = fig_layout(f, text, FIG_SIZE_MAX, false, -1, PANGO_ALIGN_LEFT);
	if (pango_layout_get_unknown_glyphs_count(lay) == 0) {
		g_object_unref(lay);
		return true;
	}
	/* An unknown glyph carries its character: name it. */
	it = pango_layout_get_iter(lay);
	do {
		if ((run = pango_layout_iter_get_run_readonly(it)) == NULL)
			continue;
		for (i = 0; i < run->glyphs->num_glyphs && bad == 0; i++)
			if (run->glyphs->glyphs[i].glyph &
			    PANGO_GLYPH_UNKNOWN_FLAG)
				bad = run->glyphs->glyphs[i].glyph &
				    ~PANGO_GLYPH_UNKNOWN_FLAG;
	} while (bad == 0 && pango_layout_iter_next_run(it));
	pango_layout_iter_free(it);
	g_object_unref(lay);
	fig_error(f, n, "no bundled font has U+%04X in %s: %s", (unsigned)bad,
	    what, text);
	return false;
}

void
fig_set_rgb(struct fig *f, unsigned rgb)
{
	pdf_set_rgb(f->cr, rgb);
}

void
fig_mark(struct fig *f, enum pdf_figure_mark_kind kind, double x, double y,
    double w, double h, const char *text)
{
	struct pdf_figure_mark	 m;

	if (f->marks == NULL)
		return;
	m.kind = kind;
	m.x = x;
	m.y = y;
	m.w = w;
	m.h = h;
	m.text = g_strdup(text);
	g_array_append_val(f->marks, m);
}

void
fig_show(struct fig *f, PangoLayout *lay, double x, double y, int angle,
    unsigned rgb)
{
	PangoRectangle	 lr;
	double		 lx, ly, lw, lh;

	pango_layout_get_extents(lay, NULL, &lr);
	lx = (double)lr.x / PANGO_SCALE;
	ly = (double)lr.y / PANGO_SCALE;
	lw = (double)lr.width / PANGO_SCALE;
	lh = (double)lr.height / PANGO_SCALE;
	cairo_save(f->cr);
	fig_set_rgb(f, rgb);
	cairo_translate(f->cr, x, y);
	if (angle == -90) {
		cairo_rotate(f->cr, -G_PI / 2);
		cairo_move_to(f->cr, -lx, -ly);
		fig_mark(f, PDF_FIGURE_MARK_TEXT, x, y - lw, lh, lw,
		    pango_layout_get_text(lay));
	} else {
		cairo_move_to(f->cr, -lx, -ly);
		fig_mark(f, PDF_FIGURE_MARK_TEXT, x, y, lw, lh,
		    pango_layout_get_text(lay));
	}
	pango_cairo_show_layout(f->cr, lay);
	cairo_restore(f->cr);
}

void
fig_fill(struct fig *f, double x, double y, double w, double h,
    unsigned rgb)
{
	if (w <= 0 || h <= 0)
		return;
	fig_set_rgb(f, rgb);
	cairo_rectangle(f->cr, x, y, w, h);
	cairo_fill(f->cr);
	fig_mark(f, PDF_FIGURE_MARK_SHAPE, x, y, w, h, NULL);
}

void
fig_stroke_line(struct fig *f, double x0, double y0, double x1, double y1,
    double width, unsigned rgb)
{
	fig_set_rgb(f, rgb);
	cairo_set_line_width(f->cr, width);
	cairo_set_line_cap(f->cr, CAIRO_LINE_CAP_BUTT);
	cairo_move_to(f->cr, x0, y0);
	cairo_line_to(f->cr, x1, y1);
	cairo_stroke(f->cr);
}

void
fig_link_begin(struct fig *f, const char *id)
{
	GString		*a;
	const char	*p;

	if (id == NULL || *id == '\0')
		return;
	a = g_string_new("dest='");
	for (p = id; *p != '\0'; p++) {
		if (*p == '\'' || *p == '\\')
			g_string_append_c(a, '\\');
		g_string_append_c(a, *p);
	}
	g_string_append_c(a, '\'');
	cairo_tag_begin(f->cr, CAIRO_TAG_LINK, a->str);
	g_string_free(a, TRUE);
}

void
fig_link_end(struct fig *f, const char *id)
{
	if (id != NULL && *id != '\0')
		cairo_tag_end(f->cr, CAIRO_TAG_LINK);
}

PangoLayout *
fig_key(struct fig *f, struct fig_label **labels, size_t n, double width,
    double size)
{
	PangoLayout	*lay;
	PangoAttrList	*attrs;
	PangoAttribute	*a;
	GString		*s;
	size_t		 i;

	s = g_string_new(NULL);
	attrs = pango_attr_list_new();
	for (i = 0; i < n; i++) {
		if (i > 0)
			/* Two spaces, the second breakable. */
			g_string_append(s, "\xc2\xa0 ");
		a = pango_attr_weight_new(PANGO_WEIGHT_BOLD);
		a->start_index = s->len;
		g_string_append(s, labels[i]->mark);
		a->end_index = s->len;
		pango_attr_list_insert(attrs, a);
		/* The marker never ends a line away from its label. */
		g_string_append(s, "\xc2\xa0");
		g_string_append(s, labels[i]->text);
	}
	lay = fig_layout(f, s->str, size, false, width, PANGO_ALIGN_LEFT);
	pango_layout_set_wrap(lay, PANGO_WRAP_WORD_CHAR);
	pango_layout_set_attributes(lay, attrs);
	pango_attr_list_unref(attrs);
	g_string_free(s, TRUE);
	return lay;
}

void
fig_labels_free(struct fig_label *l, size_t n)
{
	size_t	 i;

	if (l == NULL)
		return;
	for (i = 0; i < n; i++) {
		g_free(l[i].text);
		g_free(l[i].mark);
		if (l[i].lay != NULL)
			g_object_unref(l[i].lay);
	}
	g_free(l);
}

int
pdf_figure_draw_marks(struct diag_list *dl, cairo_t *cr, const xmlNode *chart,
    double x, double y, double w, double h, GArray *marks)
{
	struct fig		 f;
	cairo_font_options_t	*fo;
	int			 rc = -1;

	memset(&f, 0, sizeof(f));
	f.dl = dl;
	f.cr = cr;
	f.marks = marks;
	/*
	 * Text is placed by its logical box; a glyph may overhang it by a
	 * little ("j" at the start of a line, "f" at the end of one turned
	 * upwards): keep 1 pt from the edges.
	 */
	f.x = x + 1;
	f.y = y + 1;
	f.w = w - 2;
	f.h = h - 2;
	f.box_w = w;
	f.box_h = h;
	f.file = chart->doc != NULL && chart->doc->URL != NULL ?
	    g_strdup((const char *)chart->doc->URL) : NULL;
	if (chart->type != XML_ELEMENT_NODE || !(w > 4) || !(h > 4) ||
	    !isfinite(x) || !isfinite(y) || !isfinite(w) || !isfinite(h)) {
		diag_error(dl, f.file, fig_line(chart),
		    "figure has no room to draw in (%.1f x %.1f pt)", w, h);
		g_free(f.file);
		return -1;
	}
	/*
	 * Metrics unhinted and glyph positions unrounded, so the drawing is
	 * the same on a PDF page, a recording surface and a raster preview.
	 */
	f.pctx = pango_font_map_create_context(
	    pango_cairo_font_map_get_default());
	pango_cairo_context_set_resolution(f.pctx, 72);
	fo = cairo_font_options_create();
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	pango_cairo_context_set_font_options(f.pctx, fo);
	cairo_font_options_destroy(fo);
	pango_context_set_round_glyph_positions(f.pctx, FALSE);

	cairo_save(cr);
	if (xmlStrcmp(chart->name, (const xmlChar *)"bar-chart") == 0)
		rc = pdf_figure_bar(&f, chart);
	else if (xmlStrcmp(chart->name, (const xmlChar *)"heat-map") == 0)
		rc = pdf_figure_heat(&f, chart);
	else if (xmlStrcmp(chart->name, (const xmlChar *)"timeline") == 0)
		rc = pdf_figure_time(&f, chart);
	else
		diag_error(dl, f.file, fig_line(chart),
		    "not a chart: %s", (const char *)chart->name);
	cairo_restore(cr);
	if (cairo_status(cr) != CAIRO_STATUS_SUCCESS) {
		diag_add(dl, DIAG_SYSTEM, f.file, fig_line(chart), 0,
		    "cannot draw figure: %s",
		    cairo_status_to_string(cairo_status(cr)));
		rc = -1;
	}
	g_object_unref(f.pctx);
	g_free(f.file);
	return rc;
}

int
pdf_figure_draw(struct diag_list *dl, cairo_t *cr, const xmlNode *chart,
    double x, double y, double w, double h)
{
	return pdf_figure_draw_marks(dl, cr, chart, x, y, w, h, NULL);
}
