/* Unit tests of the layout stage: line breaking, widows and orphans, keeps, table splitting. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <glib.h>
#include <pango/pango.h>

#include "diag.h"
#include "fonts.h"
#include "layout.h"
#include "layout_int.h"
#include "render.h"
#include "xmlsafe.h"

/* A4 with 72pt margins: the body is 697.89pt tall; body text is on
 * 10.5pt x 1.4 = 14.7pt lines. */
#define HEAD	"<document><meta><title>t</title></meta>" \
		"<page-template name='m' size='A4' margin-top='72' " \
		"margin-bottom='72' margin-left='72' margin-right='72'/>" \
		"<sequence template='m'>"
#define TAIL	"</sequence></document>"
#define BODY_H	697.89
#define PITCH	14.7

static const char *lorem = "Cultural cooperation between Asia and Europe "
    "has grown since the first meeting of the culture ministers in Beijing, "
    "with exchanges of artists, museum professionals and students, joint "
    "festivals, and shared work on the protection of heritage sites that "
    "belong to the whole of humanity, as the declarations of every meeting "
    "recall in their preambles and their recommendations.";

static xmlDoc *
doc_of(struct diag_list *dl, const char *body)
{
	char	*s = g_strdup_printf("%s%s%s", HEAD, body, TAIL);
	xmlDoc	*doc;

	xmlsafe_init();
	doc = xmlsafe_read_memory(dl, "t.xml", s, strlen(s));
	g_free(s);
	return doc;
}

/* The layout dump of body, or NULL. */
static char *
dump(struct diag_list *dl, const char *body)
{
	xmlDoc	*doc = doc_of(dl, body);
	GString	*out = g_string_new(NULL);
	int	 rc;

	assert_non_null(doc);
	rc = render_dump(dl, doc, out);
	xmlFreeDoc(doc);
	if (rc != 0) {
		g_string_free(out, TRUE);
		return NULL;
	}
	return g_string_free(out, FALSE);
}

/* Number of text lines on page (1-based) containing needle ("" = all). */
static int
lines_on(const char *d, int page, const char *needle)
{
	char	**l, **v = g_strsplit(d, "\n", -1);
	int	 p = 0, n = 0;

	for (l = v; *l != NULL; l++) {
		if (strncmp(*l, "page ", 5) == 0)
			p = atoi(*l + 5);
		else if (p == page && strncmp(*l, "  text ", 7) == 0 &&
		    strstr(*l, needle) != NULL)
			n++;
	}
	g_strfreev(v);
	return n;
}

/* Page of the first text line containing needle, 0 if none. */
static int
page_of(const char *d, const char *needle)
{
	char	**l, **v = g_strsplit(d, "\n", -1);
	int	 p = 0, found = 0;

	for (l = v; *l != NULL && found == 0; l++) {
		if (strncmp(*l, "page ", 5) == 0)
			p = atoi(*l + 5);
		else if (strncmp(*l, "  text ", 7) == 0 &&
		    strstr(*l, needle) != NULL)
			found = p;
	}
	g_strfreev(v);
	return found;
}

struct para_run {
	struct diag_list	*dl;
	xmlDoc			*doc;
	struct layout_doc	*ld;
	struct lt_engine	 e;
	struct lt_sink		 s;
};

/* Lay the first <p> of body out alone in width w, into r->s.items. */
static void
para(struct para_run *r, const char *body, double w, enum lt_align align)
{
	struct lt_para	 p;
	xmlNode		*n;

	memset(r, 0, sizeof(*r));
	r->dl = diag_list_new();
	assert_int_equal(fonts_init(r->dl), 0);
	r->doc = doc_of(r->dl, body);
	assert_non_null(r->doc);
	r->ld = layout_read(r->dl, r->doc);
	assert_non_null(r->ld);
	lt_context(r->ld);
	r->e.dl = r->dl;
	r->e.ld = r->ld;
	r->e.pending = g_array_new(FALSE, TRUE, sizeof(struct layout_op));
	lt_collect_init(&r->s, &r->e);
	n = xmlDocGetRootElement(r->doc)->children;
	while (!lt_is(n, "sequence"))
		n = n->next;
	for (n = n->children; !lt_is(n, "p"); n = n->next)
		;
	memset(&p, 0, sizeof(p));
	p.node = n;
	p.style = lt_style_get(r->ld, "body");
	p.align = align;
	p.w = w;
	p.no_orphans = true;
	lt_paragraph(&r->e, &r->s, &p);
}

static void
para_free(struct para_run *r)
{
	lt_collect_free(&r->s);
	lt_ops_free(r->e.pending);
	layout_doc_free(r->ld);
	xmlFreeDoc(r->doc);
	diag_list_free(r->dl);
}

/* The text line of an item and its width. */
static PangoLayoutLine *
item_line(const struct lt_item *it, double *w)
{
	PangoRectangle	 log;
	guint		 i;

	for (i = 0; i < it->ops->len; i++) {
		const struct layout_op *op = &g_array_index(it->ops,
		    struct layout_op, i);

		if (op->kind == LAYOUT_TEXT) {
			pango_layout_line_get_extents(op->line, NULL, &log);
			*w = (double)log.width / PANGO_SCALE;
			return op->line;
		}
	}
	return NULL;
}

/* The lines joined again: soft hyphens out, one space between lines. */
static char *
joined(const struct para_run *r)
{
	GString		*g = g_string_new(NULL);
	PangoLayoutLine	*line;
	const char	*t;
	double		 w;
	guint		 i;
	int		 k;

	for (i = 0; i < r->s.items->len; i++) {
		line = item_line(g_ptr_array_index(r->s.items, i), &w);
		t = pango_layout_get_text(line->layout) + line->start_index;
		for (k = 0; k < line->length; k++) {
			if ((unsigned char)t[k] == 0xc2 &&
			    (unsigned char)t[k + 1] == 0xad) {
				k++;
				continue;
			}
			g_string_append_c(g, t[k]);
		}
		if (g->len > 0 && g->str[g->len - 1] != ' ' &&
		    i + 1 < r->s.items->len && t[line->length - 1] == ' ')
			g_string_append_c(g, ' ');
	}
	while (g->len > 0 && g->str[g->len - 1] == ' ')
		g_string_truncate(g, g->len - 1);
	return g_string_free(g, FALSE);
}

static void
lines_fit_and_keep_every_word(void **state)
{
	struct para_run	 r;
	char		*body, *text;
	double		 w;
	guint		 i;

	(void)state;
	body = g_strdup_printf("<p>%s</p>", lorem);
	para(&r, body, 180, LT_JUSTIFY);
	assert_true(r.s.items->len >= 8);
	for (i = 0; i < r.s.items->len; i++) {
		assert_non_null(item_line(g_ptr_array_index(r.s.items, i), &w));
		assert_true(w <= 181);
	}
	/* Justified lines but the last reach the width. */
	item_line(g_ptr_array_index(r.s.items, 0), &w);
	assert_true(w > 175);
	text = joined(&r);
	assert_string_equal(text, lorem);
	assert_int_equal(diag_list_count(r.dl), 0);
	g_free(text);
	g_free(body);
	para_free(&r);
}

static void
hyphenation_inserts_soft_hyphens(void **state)
{
	struct para_run	 r;
	char		*h;

	(void)state;
	para(&r, "<p>internationalization</p>", 400, LT_LEFT);
	h = lt_hyphenate(r.ld, "internationalization of ASEM", 28);
	/* Soft hyphens inside the long word; none in the acronym. */
	assert_non_null(strstr(h, "\xc2\xad"));
	assert_non_null(strstr(h, " of ASEM"));
	assert_true(strlen(h) > 28);
	g_free(h);
	para_free(&r);
}

static void
long_word_broken_with_warning(void **state)
{
	struct para_run	 r;
	GString		*word = g_string_new(NULL);
	char		*body, *text, *msg;
	double		 w;
	guint		 i;
	int		 k;

	(void)state;
	for (k = 0; k < 30; k++)
		g_string_append(word, "abcdefghij");
	body = g_strdup_printf("<p>\n%s</p>", word->str);
	para(&r, body, 60, LT_LEFT);
	assert_true(r.s.items->len > 4);
	for (i = 0; i < r.s.items->len; i++) {
		item_line(g_ptr_array_index(r.s.items, i), &w);
		assert_true(w <= 61);
	}
	text = joined(&r);
	assert_string_equal(text, word->str);
	msg = diag_list_text(r.dl);
	assert_string_equal(msg, "t.xml:1: warning: word wider than its "
	    "column (60pt), broken: abcdefghijabcdefghijabcdefghijabcdefghij"
	    "...\n");
	g_free(msg);
	g_free(text);
	g_free(body);
	g_string_free(word, TRUE);
	para_free(&r);
}

static void
widow_and_orphan_keeps(void **state)
{
	struct para_run	 r;
	char		*body;
	guint		 n, i;
	int		 keep;

	(void)state;
	body = g_strdup_printf("<p>%s</p>", lorem);
	para(&r, body, 150, LT_LEFT);
	n = r.s.items->len;
	assert_true(n >= 6);
	for (i = 0; i < n; i++) {
		keep = ((struct lt_item *)g_ptr_array_index(r.s.items, i))->keep;
		if (i == 0 || i == n - 2)
			assert_int_equal(keep, 2);
		else
			assert_int_equal(keep, 0);
	}
	g_free(body);
	para_free(&r);

	/* Three lines cannot split without a widow or an orphan. */
	para(&r, "<p>one two three four five six seven eight nine ten "
	    "eleven twelve</p>", 120, LT_LEFT);
	n = r.s.items->len;
	assert_int_equal(n, 3);
	assert_int_equal(((struct lt_item *)g_ptr_array_index(r.s.items,
	    0))->keep, 2);
	assert_int_equal(((struct lt_item *)g_ptr_array_index(r.s.items,
	    1))->keep, 2);
	para_free(&r);
}

/* Lines of a paragraph laid out alone on a page. */
static int
para_lines(struct diag_list *dl)
{
	char	*b = g_strdup_printf("<p>%s %s</p>", lorem, lorem), *d;
	int	 n;

	d = dump(dl, b);
	assert_non_null(d);
	n = lines_on(d, 1, "");
	g_free(d);
	g_free(b);
	return n;
}

static void
orphan_moves_to_next_page(void **state)
{
	struct diag_list	*dl = diag_list_new();
	char			*b, *d;

	(void)state;
	/* Room for one line at the foot: the paragraph starts overleaf. */
	b = g_strdup_printf("<spacer height='%.2f'/><p>%s %s</p>",
	    BODY_H - 1.5 * PITCH, lorem, lorem);
	d = dump(dl, b);
	assert_non_null(d);
	assert_int_equal(lines_on(d, 1, ""), 0);
	assert_int_equal(page_of(d, "Cultural cooperation"), 2);
	g_free(d);
	g_free(b);
	diag_list_free(dl);
}

static void
widow_pulls_a_line_over(void **state)
{
	struct diag_list	*dl = diag_list_new();
	char			*b, *d;
	int			 n;

	(void)state;
	n = para_lines(dl);
	assert_true(n >= 6);
	/* Room for n - 1 lines: the last would be a widow, so two go. */
	b = g_strdup_printf("<spacer height='%.2f'/><p>%s %s</p>",
	    BODY_H - (n - 1) * PITCH - 1, lorem, lorem);
	d = dump(dl, b);
	assert_non_null(d);
	assert_int_equal(lines_on(d, 1, ""), n - 2);
	assert_int_equal(lines_on(d, 2, ""), 2);
	g_free(d);
	g_free(b);
	diag_list_free(dl);
}

static void
heading_kept_with_next(void **state)
{
	struct diag_list	*dl = diag_list_new();
	char			*b, *d;

	(void)state;
	/* The heading (about 50pt with its spaces) fits; it and two lines
	 * of its paragraph do not. */
	b = g_strdup_printf("<spacer height='%.2f'/><section><title>Kept "
	    "heading</title><p>%s</p></section>", BODY_H - 60, lorem);
	d = dump(dl, b);
	assert_non_null(d);
	assert_int_equal(page_of(d, "Kept heading"), 2);
	assert_int_equal(page_of(d, "Cultural cooperation"), 2);
	g_free(d);
	g_free(b);
	diag_list_free(dl);
}

static char *
table(int words, double spacer)
{
	GString	*g = g_string_new(NULL);
	int	 i;

	if (spacer > 0)
		g_string_append_printf(g, "<spacer height='%.2f'/>", spacer);
	g_string_append(g, "<table><caption>Caption</caption><continued>"
	    "Continued</continued><columns><col width='60pt'/>"
	    "<col width='1*'/></columns><head><row><cell>Head A</cell>"
	    "<cell>Head B</cell></row></head><body><row><cell>one</cell>"
	    "<cell>");
	for (i = 1; i <= words; i++)
		g_string_append_printf(g, "w%d ", i);
	g_string_append(g, "</cell></row><row><cell>two</cell><cell>last "
	    "row</cell></row></body></table>");
	return g_string_free(g, FALSE);
}

static void
tall_row_splits_line_by_line(void **state)
{
	struct diag_list	*dl = diag_list_new();
	char			*b = table(3000, 0), *d, **l, **v;
	GString			*words = g_string_new(NULL);
	int			 page = 0, i, n;
	double			 y;

	(void)state;
	d = dump(dl, b);
	assert_non_null(d);
	assert_true(page_of(d, "w3000") >= 3);
	/* Every page repeats the head under the continued label. */
	for (i = 2; i <= page_of(d, "w3000"); i++) {
		assert_int_equal(lines_on(d, i, "Continued"), 1);
		assert_int_equal(lines_on(d, i, "Head A"), 1);
	}
	assert_int_equal(lines_on(d, 1, "Continued"), 0);
	/* Every word once, in order, and no line below the body. */
	v = g_strsplit(d, "\n", -1);
	for (l = v; *l != NULL; l++) {
		if (strncmp(*l, "page ", 5) == 0)
			page = atoi(*l + 5);
		if (strncmp(*l, "  text ", 7) != 0 || strstr(*l, "\"w") == NULL)
			continue;
		y = g_ascii_strtod(strchr(*l + 7, ' ') + 1, NULL);
		assert_true(y <= 841.89 - 72);
		g_string_append(words, strchr(*l, '"') + 1);
		g_string_truncate(words, words->len - 1);
	}
	(void)page;
	g_strfreev(v);
	v = g_strsplit(g_strstrip(words->str), " ", -1);
	for (n = 0; v[n] != NULL; n++) {
		char want[16];

		g_snprintf(want, sizeof(want), "w%d", n + 1);
		assert_string_equal(v[n], want);
	}
	assert_int_equal(n, 3000);
	g_strfreev(v);
	g_string_free(words, TRUE);
	g_free(d);
	g_free(b);
	diag_list_free(dl);
}

static void
head_never_alone_at_foot(void **state)
{
	struct diag_list	*dl = diag_list_new();
	char			*b, *d;

	(void)state;
	/* Room for the caption and head but not a body line: all move. */
	b = table(3000, BODY_H - 50);
	d = dump(dl, b);
	assert_non_null(d);
	assert_int_equal(page_of(d, "Caption"), 2);
	assert_int_equal(page_of(d, "Head A"), 2);
	assert_int_equal(page_of(d, "w1 "), 2);
	g_free(d);
	g_free(b);
	/* A short first row that does not fit moves whole, and takes
	 * the caption and head with it. */
	b = table(30, BODY_H - 60);
	d = dump(dl, b);
	assert_non_null(d);
	assert_int_equal(lines_on(d, 1, ""), 0);
	assert_int_equal(page_of(d, "Head A"), 2);
	assert_int_equal(page_of(d, "w1 "), 2);
	assert_int_equal(page_of(d, "w30"), 2);
	g_free(d);
	g_free(b);
	diag_list_free(dl);
}

static void
unknown_element_rejected(void **state)
{
	struct diag_list	*dl = diag_list_new();
	char			*d, *msg;

	(void)state;
	d = dump(dl, "<p>ok</p>\n<para>no</para>");
	assert_null(d);
	msg = diag_list_text(dl);
	assert_non_null(strstr(msg, "t.xml:2: error: "));
	assert_non_null(strstr(msg, "para"));
	g_free(msg);
	diag_list_free(dl);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(lines_fit_and_keep_every_word),
		cmocka_unit_test(hyphenation_inserts_soft_hyphens),
		cmocka_unit_test(long_word_broken_with_warning),
		cmocka_unit_test(widow_and_orphan_keeps),
		cmocka_unit_test(orphan_moves_to_next_page),
		cmocka_unit_test(widow_pulls_a_line_over),
		cmocka_unit_test(heading_kept_with_next),
		cmocka_unit_test(tall_row_splits_line_by_line),
		cmocka_unit_test(head_never_alone_at_foot),
		cmocka_unit_test(unknown_element_rejected),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
