/* Unit tests of the figure drawing: bounds, overlaps, text, links, errors. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <libxml/tree.h>

#include "diag.h"
#include "fonts.h"
#include "paths.h"
#include "pdf_figure.h"
#include "pdf_figure_int.h"
#include "xmlsafe.h"

/* The text width of an A4 page with 2.5 cm margins. */
#define WIDTH	453
#define X0	40
#define Y0	50

static xmlDoc	*good, *bad;

static const char *const good_ids[] = {
	"bars-themes", "bars-one", "bars-zero", "bars-decimal", "bars-forty",
	"bars-long", "heat-themes", "heat-big", "heat-zero", "time-meetings",
	"time-shuffled", "time-one", "time-same"
};

static int
setup(void **state)
{
	struct diag_list	*dl = diag_list_new();
	char			*path;

	(void)state;
	xmlsafe_init();
	if (fonts_init(dl) != 0)
		return -1;
	path = paths_data("tests/figure/good.xml");
	good = xmlsafe_read_file(dl, path);
	g_free(path);
	path = paths_data("tests/figure/bad.xml");
	bad = xmlsafe_read_file(dl, path);
	g_free(path);
	diag_list_free(dl);
	return good != NULL && bad != NULL ? 0 : -1;
}

static int
teardown(void **state)
{
	(void)state;
	xmlFreeDoc(good);
	xmlFreeDoc(bad);
	return 0;
}

/* The chart of the figure with the given id, and the figure's height. */
static const xmlNode *
chart(xmlDoc *doc, const char *id, double *h)
{
	xmlNode	*fig, *c;
	xmlChar	*v;
	bool	 match;

	for (fig = xmlDocGetRootElement(doc)->children; fig != NULL;
	    fig = fig->next) {
		if (fig->type != XML_ELEMENT_NODE)
			continue;
		v = xmlGetProp(fig, (const xmlChar *)"id");
		match = v != NULL && strcmp((char *)v, id) == 0;
		xmlFree(v);
		if (!match)
			continue;
		v = xmlGetProp(fig, (const xmlChar *)"height");
		*h = g_ascii_strtod((char *)v, NULL);
		xmlFree(v);
		for (c = fig->children; c != NULL; c = c->next)
			if (c->type == XML_ELEMENT_NODE &&
			    strcmp((const char *)c->name, "alt") != 0 &&
			    strcmp((const char *)c->name, "caption") != 0)
				return c;
	}
	fail_msg("no figure %s", id);
	return NULL;
}

static void
marks_free(GArray *marks)
{
	guint	 i;

	for (i = 0; i < marks->len; i++)
		g_free(g_array_index(marks, struct pdf_figure_mark, i).text);
	g_array_free(marks, TRUE);
}

static bool
inside(double ax, double ay, double aw, double ah, double bx, double by,
    double bw, double bh)
{
	return ax >= bx - 0.01 && ay >= by - 0.01 &&
	    ax + aw <= bx + bw + 0.01 && ay + ah <= by + bh + 0.01;
}

static bool
overlap(const struct pdf_figure_mark *a, const struct pdf_figure_mark *b)
{
	return a->x + 0.05 < b->x + b->w && b->x + 0.05 < a->x + a->w &&
	    a->y + 0.05 < b->y + b->h && b->y + 0.05 < a->y + a->h;
}

/* Every label, name, legend and unit of the chart shows in some text. */
static void
check_text_present(const xmlNode *n, GArray *marks)
{
	static const char *const attrs[] = { "label", "name", "legend",
	    "unit" };
	const struct pdf_figure_mark	*m;
	xmlChar				*v;
	size_t				 a;
	guint				 i;
	bool				 found;

	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		for (a = 0; a < G_N_ELEMENTS(attrs); a++) {
			if ((v = xmlGetProp(n, (const xmlChar *)attrs[a])) ==
			    NULL)
				continue;
			found = false;
			for (i = 0; i < marks->len && !found; i++) {
				m = &g_array_index(marks,
				    struct pdf_figure_mark, i);
				found = m->text != NULL &&
				    strstr(m->text, (char *)v) != NULL;
			}
			if (!found)
				fail_msg("text not drawn: %s", (char *)v);
			xmlFree(v);
		}
		check_text_present(n->children, marks);
	}
}

static void
write_png(const char *id, const xmlNode *c, double w, double h)
{
	const char		*dir = g_getenv("FIGURE_PNG");
	struct diag_list	*dl;
	cairo_surface_t		*s;
	cairo_t			*cr;
	char			*path;

	if (dir == NULL)
		return;
	dl = diag_list_new();
	s = cairo_image_surface_create(CAIRO_FORMAT_RGB24,
	    (int)(w + 2 * X0) * 2, (int)(h + 2 * Y0) * 2);
	cr = cairo_create(s);
	cairo_scale(cr, 2, 2);
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_paint(cr);
	cairo_set_source_rgb(cr, 1, 0.8, 0.8);
	cairo_set_line_width(cr, 0.25);
	cairo_rectangle(cr, X0, Y0, w, h);
	cairo_stroke(cr);
	pdf_figure_draw(dl, cr, c, X0, Y0, w, h);
	path = g_strdup_printf("%s/%s-%.0f.png", dir, id, w);
	cairo_surface_write_to_png(s, path);
	g_free(path);
	cairo_destroy(cr);
	cairo_surface_destroy(s);
	diag_list_free(dl);
}

/*
 * Draw chart c on a recording surface: ink inside the box, no text over
 * another text or over a shape (unless inside it, as a value in its
 * cell), every label drawn in full.  Returns what pdf_figure_draw()
 * returned; with -1, only checks that an error was recorded.
 */
static int
check_chart(const char *id, const xmlNode *c, double width, double h)
{
	struct diag_list		*dl = diag_list_new();
	const struct pdf_figure_mark	*a, *b;
	cairo_surface_t			*s;
	cairo_t				*cr;
	GArray				*marks;
	double				 ix, iy, iw, ih;
	guint				 i, j;
	int				 rc;

	marks = g_array_new(FALSE, FALSE, sizeof(struct pdf_figure_mark));
	s = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, NULL);
	cr = cairo_create(s);
	rc = pdf_figure_draw_marks(dl, cr, c, X0, Y0, width, h, marks);
	cairo_destroy(cr);
	if (rc != 0) {
		assert_int_equal(rc, -1);
		assert_true(diag_list_failed(dl));
		goto out;
	}
	cairo_recording_surface_ink_extents(s, &ix, &iy, &iw, &ih);
	if (!inside(ix, iy, iw, ih, X0, Y0, width, h))
		fail_msg("%s: ink %.2f %.2f %.2f %.2f outside the box %d %d "
		    "%.2f %.2f", id, ix, iy, iw, ih, X0, Y0, width, h);
	assert_true(marks->len > 0);
	for (i = 0; i < marks->len; i++) {
		a = &g_array_index(marks, struct pdf_figure_mark, i);
		if (!inside(a->x, a->y, a->w, a->h, X0, Y0, width, h))
			fail_msg("%s: mark %s outside the box: %.2f %.2f "
			    "%.2f %.2f", id, a->text != NULL ? a->text :
			    "(shape)", a->x, a->y, a->w, a->h);
		if (a->kind != PDF_FIGURE_MARK_TEXT)
			continue;
		for (j = 0; j < marks->len; j++) {
			b = &g_array_index(marks, struct pdf_figure_mark, j);
			if (j == i || !overlap(a, b))
				continue;
			if (b->kind == PDF_FIGURE_MARK_SHAPE &&
			    inside(a->x, a->y, a->w, a->h, b->x, b->y, b->w,
			    b->h))
				continue;
			fail_msg("%s: \"%s\" overlaps \"%s\"", id, a->text,
			    b->text != NULL ? b->text : "(shape)");
		}
	}
	check_text_present(c, marks);
out:
	marks_free(marks);
	cairo_surface_destroy(s);
	diag_list_free(dl);
	return rc;
}

/* A good figure draws without a message and passes check_chart(). */
static void
check_good(const char *id, double width)
{
	struct diag_list	*dl = diag_list_new();
	const xmlNode		*c;
	cairo_surface_t		*s;
	cairo_t			*cr;
	double			 h;
	char			*text;

	c = chart(good, id, &h);
	write_png(id, c, width, h);
	s = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, NULL);
	cr = cairo_create(s);
	assert_int_equal(pdf_figure_draw(dl, cr, c, X0, Y0, width, h), 0);
	text = diag_list_text(dl);
	assert_string_equal(text, "");
	g_free(text);
	cairo_destroy(cr);
	cairo_surface_destroy(s);
	diag_list_free(dl);
	assert_int_equal(check_chart(id, c, width, h), 0);
}

static void
good_figures_fit(void **state)
{
	size_t	 i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(good_ids); i++)
		check_good(good_ids[i], WIDTH);
}

/* A narrow column (a third of the page) forces other label layouts. */
static void
good_figures_fit_narrow(void **state)
{
	size_t	 i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(good_ids); i++)
		if (strcmp(good_ids[i], "heat-big") != 0 &&
		    strcmp(good_ids[i], "bars-forty") != 0)
			check_good(good_ids[i], 220);
}

static cairo_surface_t *
image(const char *id)
{
	struct diag_list	*dl = diag_list_new();
	cairo_surface_t		*s;
	cairo_t			*cr;
	const xmlNode		*c;
	double			 h;

	c = chart(good, id, &h);
	s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, WIDTH + 2 * X0,
	    (int)h + 2 * Y0);
	cr = cairo_create(s);
	assert_int_equal(pdf_figure_draw(dl, cr, c, X0, Y0, WIDTH, h), 0);
	cairo_destroy(cr);
	cairo_surface_flush(s);
	diag_list_free(dl);
	return s;
}

static void
same_input_same_drawing(void **state)
{
	cairo_surface_t	*a, *b;
	size_t		 n;

	(void)state;
	a = image("heat-themes");
	b = image("heat-themes");
	n = (size_t)cairo_image_surface_get_stride(a) *
	    cairo_image_surface_get_height(a);
	assert_memory_equal(cairo_image_surface_get_data(a),
	    cairo_image_surface_get_data(b), n);
	cairo_surface_destroy(a);
	cairo_surface_destroy(b);
}

static GArray *
marks_of(const char *id)
{
	struct diag_list	*dl = diag_list_new();
	cairo_surface_t		*s;
	cairo_t			*cr;
	GArray			*marks;
	const xmlNode		*c;
	double			 h;

	c = chart(good, id, &h);
	marks = g_array_new(FALSE, FALSE, sizeof(struct pdf_figure_mark));
	s = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, NULL);
	cr = cairo_create(s);
	assert_int_equal(pdf_figure_draw_marks(dl, cr, c, X0, Y0, WIDTH, h,
	    marks), 0);
	cairo_destroy(cr);
	cairo_surface_destroy(s);
	diag_list_free(dl);
	return marks;
}

/* Events out of date order are placed as if they came sorted. */
static void
events_out_of_order_are_sorted(void **state)
{
	GArray				*a, *b;
	const struct pdf_figure_mark	*ma, *mb;
	guint				 i, j;
	bool				 found;

	(void)state;
	a = marks_of("time-meetings");
	b = marks_of("time-shuffled");
	assert_int_equal(a->len, b->len);
	for (i = 0; i < a->len; i++) {
		ma = &g_array_index(a, struct pdf_figure_mark, i);
		found = false;
		for (j = 0; j < b->len && !found; j++) {
			mb = &g_array_index(b, struct pdf_figure_mark, j);
			found = ma->kind == mb->kind &&
			    g_strcmp0(ma->text, mb->text) == 0 &&
			    fabs(ma->x - mb->x) < 1e-6 &&
			    fabs(ma->y - mb->y) < 1e-6 &&
			    fabs(ma->w - mb->w) < 1e-6 &&
			    fabs(ma->h - mb->h) < 1e-6;
		}
		if (!found)
			fail_msg("placed differently when shuffled: %s",
			    ma->text != NULL ? ma->text : "(shape)");
	}
	marks_free(a);
	marks_free(b);
}

/*
 * s without spaces, no-break spaces and hyphens: pdftotext joins a word
 * broken after a hyphen at a line end.
 */
static char *
squeeze(const char *s)
{
	GString		*g = g_string_new(NULL);
	const char	*p;

	for (p = s; *p != '\0'; p = g_utf8_next_char(p))
		if (!g_unichar_isspace(g_utf8_get_char(p)) &&
		    g_utf8_get_char(p) != 0xa0 && *p != '-')
			g_string_append_unichar(g, g_utf8_get_char(p));
	return g_string_free(g, FALSE);
}

/* Occurrences of needle in the len bytes at hay, NULs and all. */
static size_t
count(const char *hay, size_t len, const char *needle)
{
	size_t	 i, n = 0, k = strlen(needle);

	for (i = 0; i + k <= len; i++)
		if (memcmp(hay + i, needle, k) == 0)
			n++;
	return n;
}

static void
check_words(const xmlNode *n, const char *text)
{
	xmlChar	*v;
	char	**w, *word;
	size_t	 i;

	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if ((v = xmlGetProp(n, (const xmlChar *)"label")) != NULL) {
			w = g_strsplit((char *)v, " ", -1);
			for (i = 0; w[i] != NULL; i++) {
				word = squeeze(w[i]);
				if (strstr(text, word) == NULL)
					fail_msg("word not in the PDF: %s",
					    w[i]);
				g_free(word);
			}
			g_strfreev(w);
			xmlFree(v);
		}
		check_words(n->children, text);
	}
}

/*
 * Every figure on a page of a PDF: pdftotext finds every word of every
 * label, and each @link became a link annotation to its destination.
 */
static void
pdf_has_words_and_links(void **state)
{
	static const char *const dests[] = { "t-diversity", "t-creative",
	    "t-heritage", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8" };
	struct diag_list	*dl = diag_list_new();
	cairo_surface_t		*s;
	cairo_t			*cr;
	const xmlNode		*c;
	char			*dir, *pdf, *out = NULL, *err = NULL, *flat;
	char			*bytes, *argv[4], *attr;
	gsize			 len;
	size_t			 i;
	int			 status;
	double			 h;

	(void)state;
	dir = g_dir_make_tmp("figure-XXXXXX", NULL);
	assert_non_null(dir);
	pdf = g_build_filename(dir, "figures.pdf", NULL);
	s = cairo_pdf_surface_create(pdf, WIDTH + 2 * X0, 400);
	cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE,
	    "2019-05-07T00:00:00Z");
	cr = cairo_create(s);
	for (i = 0; i < G_N_ELEMENTS(good_ids); i++) {
		c = chart(good, good_ids[i], &h);
		cairo_pdf_surface_set_size(s, WIDTH + 2 * X0, h + 2 * Y0);
		assert_int_equal(pdf_figure_draw(dl, cr, c, X0, Y0, WIDTH, h),
		    0);
		cairo_show_page(cr);
	}
	for (i = 0; i < G_N_ELEMENTS(dests); i++) {
		attr = g_strdup_printf("name='%s' x=0 y=%zu", dests[i], i * 10);
		cairo_tag_begin(cr, CAIRO_TAG_DEST, attr);
		cairo_tag_end(cr, CAIRO_TAG_DEST);
		g_free(attr);
	}
	cairo_destroy(cr);
	cairo_surface_finish(s);
	assert_int_equal(cairo_surface_status(s), CAIRO_STATUS_SUCCESS);
	cairo_surface_destroy(s);
	assert_int_equal(diag_list_count(dl), 0);

	argv[0] = "pdftotext";
	argv[1] = pdf;
	argv[2] = "-";
	argv[3] = NULL;
	assert_true(g_spawn_sync(NULL, argv, NULL, G_SPAWN_SEARCH_PATH, NULL,
	    NULL, &out, &err, &status, NULL));
	assert_int_equal(status, 0);
	flat = squeeze(out);
	for (i = 0; i < G_N_ELEMENTS(good_ids); i++)
		check_words(chart(good, good_ids[i], &h), flat);

	assert_true(g_file_get_contents(pdf, &bytes, &len, NULL));
	/* Three bars, three heat-map rows, eight events. */
	assert_int_equal(count(bytes, len, "/Subtype /Link"), 3 + 3 + 8);
	for (i = 0; i < G_N_ELEMENTS(dests); i++) {
		attr = g_strdup_printf("/Dest (%s)", dests[i]);
		if (count(bytes, len, attr) != (i < 3 ? 2 : 1))
			fail_msg("links to %s: %zu", dests[i],
			    count(bytes, len, attr));
		g_free(attr);
	}
	g_free(bytes);
	g_free(flat);
	g_free(out);
	g_free(err);
	g_unlink(pdf);
	g_rmdir(dir);
	g_free(pdf);
	g_free(dir);
	diag_list_free(dl);
}

static char *
draw_bad(const char *id, int want_rc)
{
	struct diag_list	*dl = diag_list_new();
	cairo_surface_t		*s;
	cairo_t			*cr;
	const xmlNode		*c;
	double			 h;
	char			*text;

	c = chart(bad, id, &h);
	s = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, NULL);
	cr = cairo_create(s);
	assert_int_equal(pdf_figure_draw(dl, cr, c, X0, Y0, WIDTH, h),
	    want_rc);
	cairo_destroy(cr);
	cairo_surface_destroy(s);
	text = diag_list_text(dl);
	diag_list_free(dl);
	return text;
}

static void
bad_data_is_reported(void **state)
{
	char	*t;

	(void)state;
	t = draw_bad("bars-bad", 0);
	assert_string_equal(t,
	    "tests/figure/bad.xml:6: error: bar value is negative: -3\n"
	    "tests/figure/bad.xml:7: error: bar value is not a decimal "
	    "number: four\n");
	g_free(t);
	t = draw_bad("heat-bad", 0);
	assert_string_equal(t,
	    "tests/figure/bad.xml:12: error: heat-map row has 2 values for "
	    "3 columns: Heritage\n"
	    "tests/figure/bad.xml:13: error: heat-map row has 4 values for "
	    "3 columns: Mobility\n"
	    "tests/figure/bad.xml:14: error: heat-map value is negative: -2\n");
	g_free(t);
	t = draw_bad("time-bad", 0);
	assert_string_equal(t,
	    "tests/figure/bad.xml:19: error: event date is not a date: "
	    "2005-02-30\n"
	    "tests/figure/bad.xml:20: error: event names no group of the "
	    "timeline: Africa\n");
	g_free(t);
}

static void
uncovered_character_is_an_error(void **state)
{
	char	*t;

	(void)state;
	t = draw_bad("glyph", 0);
	assert_string_equal(t,
	    "tests/figure/bad.xml:24: error: no bundled font has U+0E20 in "
	    "bar label: \xe0\xb8\xa0\xe0\xb8\xb2\xe0\xb8\xa9\xe0\xb8\xb2"
	    "\xe0\xb9\x84\xe0\xb8\x97\xe0\xb8\xa2\n");
	g_free(t);
}

static void
no_room_is_an_error(void **state)
{
	struct diag_list	*dl = diag_list_new();
	cairo_surface_t		*s;
	cairo_t			*cr;
	const xmlNode		*c;
	double			 h;
	char			*t;

	(void)state;
	t = draw_bad("tiny", -1);
	assert_string_equal(t,
	    "tests/figure/bad.xml:28: error: heat map of 3 x 2 does not fit "
	    "in 453 x 12 pt, even with its labels in a key; make the figure "
	    "taller\n");
	g_free(t);
	/* Not a chart, and a box of no size. */
	c = chart(good, "bars-one", &h);
	s = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, NULL);
	cr = cairo_create(s);
	assert_int_equal(pdf_figure_draw(dl, cr, c->parent, 0, 0, 100, 100),
	    -1);
	assert_int_equal(pdf_figure_draw(dl, cr, c, 0, 0, 100, 0), -1);
	t = diag_list_text(dl);
	assert_true(strstr(t, "error: not a chart: figure\n") != NULL);
	assert_true(strstr(t, "error: figure has no room to draw in") != NULL);
	g_free(t);
	cairo_destroy(cr);
	cairo_surface_destroy(s);
	diag_list_free(dl);
}

/* A label of 1 to 12 words of 1 to 14 letters, from a fixed sequence. */
static void
random_label(GString *g, GRand *r)
{
	int	 i, k, words = g_rand_int_range(r, 1, 13);

	for (i = 0; i < words; i++) {
		if (i > 0)
			g_string_append_c(g, ' ');
		for (k = g_rand_int_range(r, 1, 15); k > 0; k--)
			g_string_append_c(g, (char)('a' +
			    g_rand_int_range(r, 0, 26)));
	}
}

static char *
random_chart(GRand *r)
{
	GString	*g = g_string_new("<figures>");
	int	 kind = g_rand_int_range(r, 0, 3), n, m, i, j;

	n = g_rand_int_range(r, 1, 25);
	if (kind == 0) {
		g_string_append(g, "<bar-chart unit=\"");
		random_label(g, r);
		g_string_append(g, "\">");
		for (i = 0; i < n; i++) {
			g_string_append(g, "<bar label=\"");
			random_label(g, r);
			g_string_append_printf(g, "\" value=\"%d.%d\"/>",
			    g_rand_int_range(r, 0, 2000),
			    g_rand_int_range(r, 0, 10));
		}
		g_string_append(g, "</bar-chart>");
	} else if (kind == 1) {
		m = g_rand_int_range(r, 1, 12);
		g_string_append(g, "<heat-map legend=\"");
		random_label(g, r);
		g_string_append(g, "\"><columns>");
		for (j = 0; j < m; j++) {
			g_string_append(g, "<column label=\"");
			random_label(g, r);
			g_string_append(g, "\"/>");
		}
		g_string_append(g, "</columns>");
		for (i = 0; i < n; i++) {
			g_string_append(g, "<row label=\"");
			random_label(g, r);
			g_string_append(g, "\">");
			for (j = 0; j < m; j++)
				g_string_append_printf(g, "<value>%d</value>",
				    g_rand_int_range(r, 0, 30));
			g_string_append(g, "</row>");
		}
		g_string_append(g, "</heat-map>");
	} else {
		g_string_append(g, "<timeline><group name=\"Asia\"/>"
		    "<group name=\"Europe\"/><group name=\"Other\"/>");
		for (i = 0; i < n; i++) {
			g_string_append_printf(g, "<event date=\"%d-%02d-%02d\""
			    " group=\"%s\" label=\"", g_rand_int_range(r,
			    1990, 2030), g_rand_int_range(r, 1, 13),
			    g_rand_int_range(r, 1, 29), i % 3 == 0 ? "Asia" :
			    i % 3 == 1 ? "Europe" : "Other");
			random_label(g, r);
			g_string_append(g, "\"/>");
		}
		g_string_append(g, "</timeline>");
	}
	g_string_append(g, "</figures>");
	return g_string_free(g, FALSE);
}

/*
 * Charts of random sizes and labels in boxes of random sizes: each is
 * drawn within the rules of check_chart(), or refused with an error.
 */
static void
random_charts_keep_the_rules(void **state)
{
	struct diag_list	*dl;
	GRand			*r = g_rand_new_with_seed(20190507);
	xmlDoc			*doc;
	char			*xml, id[32];
	int			 i, drawn = 0;

	(void)state;
	for (i = 0; i < 150; i++) {
		dl = diag_list_new();
		xml = random_chart(r);
		doc = xmlsafe_read_memory(dl, "random.xml", xml, strlen(xml));
		assert_non_null(doc);
		snprintf(id, sizeof(id), "random %d", i);
		if (check_chart(id, xmlDocGetRootElement(doc)->children,
		    g_rand_int_range(r, 120, 500),
		    g_rand_int_range(r, 40, 400)) == 0)
			drawn++;
		xmlFreeDoc(doc);
		g_free(xml);
		diag_list_free(dl);
	}
	/* Most fit; the test must not pass by refusing everything. */
	assert_true(drawn > 75);
	g_rand_free(r);
}

static void
nice_steps(void **state)
{
	(void)state;
	assert_true(fig_nice_step(12, 4, true) == 5);
	assert_true(fig_nice_step(3, 4, true) == 1);
	assert_true(fig_nice_step(0, 4, true) == 1);
	assert_true(fig_nice_step(1, 4, false) == 0.25);
	assert_true(fig_nice_step(40, 4, true) == 10);
	assert_true(fig_nice_step(9, 4, true) == 2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(good_figures_fit),
		cmocka_unit_test(good_figures_fit_narrow),
		cmocka_unit_test(same_input_same_drawing),
		cmocka_unit_test(events_out_of_order_are_sorted),
		cmocka_unit_test(pdf_has_words_and_links),
		cmocka_unit_test(bad_data_is_reported),
		cmocka_unit_test(uncovered_character_is_an_error),
		cmocka_unit_test(no_room_is_an_error),
		cmocka_unit_test(random_charts_keep_the_rules),
		cmocka_unit_test(nice_steps),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
