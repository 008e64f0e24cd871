/* Unit tests of the import's cell reader: markers, numbering, nesting, inline markup. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include <glib.h>
#include <libxml/tree.h>

#include "diag.h"
#include "import.h"

/*
 * The cell's pieces placed into a column, serialised: the structure a
 * reader of the XML sees.
 */
static char *
column(const char *html)
{
	xmlDoc		*doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNode		*col = xmlNewDocNode(doc, NULL, BAD_CAST "c", NULL);
	GArray		*open = g_array_new(FALSE, FALSE, sizeof(void *) * 2);
	GPtrArray	*pieces;
	xmlBuffer	*b = xmlBufferCreate();
	struct diag_list *dl = diag_list_new();
	char		*r;
	guint		 i;

	xmlDocSetRootElement(doc, col);
	doc->encoding = xmlStrdup(BAD_CAST "UTF-8");
	pieces = import_cell_parse(dl, "t.tsv", doc, 7, html);
	assert_int_equal(diag_list_count(dl), 0);
	for (i = 0; i < pieces->len; i++)
		import_repair_place(col, open, pieces->pdata[i]);
	g_ptr_array_unref(pieces);
	xmlNodeDump(b, doc, col, 0, 0);
	r = g_strdup((const char *)xmlBufferContent(b));
	xmlBufferFree(b);
	g_array_free(open, TRUE);
	xmlFreeDoc(doc);
	diag_list_free(dl);
	return r;
}

#define check(html, want) do {			\
	char *got_ = column(html);		\
	assert_string_equal(got_, want);	\
	g_free(got_);				\
} while (0)

static void
bullets_and_nesting_follow_markers(void **state)
{
	(void)state;
	/* A new kind of marker nests; a known one returns to its list. */
	check("<ul> • A • B <ul> - x - y • C",
	    "<c><ul><li marker=\"•\">A</li><li marker=\"•\">B<ul>"
	    "<li marker=\"-\">x</li><li marker=\"-\">y</li></ul></li>"
	    "<li marker=\"•\">C</li></ul></c>");
	/* Bullets need no space around them ("2018• Contribute"). */
	check("<ul>• one• two",
	    "<c><ul><li marker=\"•\">one</li><li marker=\"•\">two</li>"
	    "</ul></c>");
}

static void
dash_is_a_marker_only_at_a_block_start(void **state)
{
	(void)state;
	check("<ul> • Contact - modelled on X - to link",
	    "<c><ul><li marker=\"•\">Contact - modelled on X - to link</li>"
	    "</ul></c>");
	check("<p>Asia-Europe - a dash</p>",
	    "<c><p>Asia-Europe - a dash</p></c>");
}

static void
check_boxes(void **state)
{
	(void)state;
	check("<ul> • Event <input type=\"checkbox\"/> one □ two ☐ three",
	    "<c><ul><li marker=\"•\">Event<ul><li checkbox=\"true\">one</li>"
	    "<li marker=\"□\" checkbox=\"true\">two</li>"
	    "<li marker=\"☐\" checkbox=\"true\">three</li></ul></li></ul></c>");
	/* <li> without closing tags, the marker inside the text. */
	check("<ul> <li data-bbox=\"1 2\">□ a <li data-bbox=\"3 4\">• b",
	    "<c><ul><li marker=\"□\" checkbox=\"true\">a<ul>"
	    "<li marker=\"•\">b</li></ul></li></ul></c>");
}

static void
numbered_items_continue_their_numbering(void **state)
{
	(void)state;
	check("<p>1) One 2) Two (ASEF, 2015) 4) not next</p>",
	    "<c><ol><li marker=\"1)\">One</li>"
	    "<li marker=\"2)\">Two (ASEF, 2015) 4) not next</li></ol></c>");
	check("<p>4. Four</p> <p>5. Five</p>",
	    "<c><ol><li marker=\"4.\">Four</li><li marker=\"5.\">Five</li>"
	    "</ol></c>");
	check("<p>In 2018. Not a list.</p>",
	    "<c><p>In 2018. Not a list.</p></c>");
}

static void
inline_markup_and_paragraphs(void **state)
{
	(void)state;
	check("<p>a  <i>b\n c</i> d</p> <p><b>e</b></p>",
	    "<c><p>a <i>b c</i> d</p><p><b>e</b></p></c>");
	/* A marker inside italics splits the item; italics go on. */
	check("<ul>• <i>x • y</i> z",
	    "<c><ul><li marker=\"•\"><i>x</i></li>"
	    "<li marker=\"•\"><i>y</i> z</li></ul></c>");
	/* A paragraph after a list closes it. */
	check("<ul> • a <p>b</p>",
	    "<c><ul><li marker=\"•\">a</li></ul><p>b</p></c>");
}

static void
broken_html_best_effort(void **state)
{
	(void)state;
	check("<p>a <i>b</p></ul></div> c <ol <li>• d",
	    "<c><p>a <i>b</i></p><p>c</p><ul><li marker=\"•\">d</li></ul>"
	    "</c>");
	/* Unknown elements give their text, in the item they are in. */
	check("<ul> • a <foo>b</foo> <span>c</span> • d",
	    "<c><ul><li marker=\"•\">a b c</li><li marker=\"•\">d</li>"
	    "</ul></c>");
	check("", "<c/>");
	check("1 < 2 & 3", "<c><p>1 &lt; 2 &amp; 3</p></c>");
	/* Control characters (form feed, vertical tab, NEL) part words. */
	check("<p>one\x0ctwo\x0bthree\xc2\x85" "four\x1b" "five</p>",
	    "<c><p>one two three four five</p></c>");
}

static void
too_deep_is_an_error(void **state)
{
	xmlDoc			*doc = xmlNewDoc(BAD_CAST "1.0");
	struct diag_list	*dl = diag_list_new();
	GString			*s = g_string_new(NULL);
	GPtrArray		*pieces;
	char			*text;
	int			 i;

	(void)state;
	for (i = 0; i < 300; i++)
		g_string_append(s, "<i>");
	g_string_append(s, "deep");
	pieces = import_cell_parse(dl, "t.tsv", doc, 7, s->str);
	text = diag_list_text(dl);
	assert_string_equal(text, "t.tsv:7: error: cell cannot be read as "
	    "HTML: Excessive depth in document: 256 use XML_PARSE_HUGE "
	    "option\n");
	g_free(text);
	g_ptr_array_unref(pieces);
	g_string_free(s, TRUE);
	diag_list_free(dl);
	xmlFreeDoc(doc);
}

/* The number of errors import_cell_parse() gives for html. */
static size_t
errors_for(const char *html)
{
	xmlDoc			*doc = xmlNewDoc(BAD_CAST "1.0");
	struct diag_list	*dl = diag_list_new();
	GPtrArray		*pieces;
	size_t			 n;

	pieces = import_cell_parse(dl, "t.tsv", doc, 7, html);
	n = diag_list_count_at_least(dl, DIAG_ERROR);
	g_ptr_array_unref(pieces);
	diag_list_free(dl);
	xmlFreeDoc(doc);
	return n;
}

static void
lost_text_is_an_error(void **state)
{
	(void)state;
	/* Markup that hides no text: words split by inline tags, entities,
	 * markers moved out of the text, a comment, a script, a <br>. */
	assert_int_equal(errors_for("<p>cul<i>ture</i> caf&eacute; "
	    "&#8220;x&#x201d; 1) One 2) Two</p>"), 0);
	assert_int_equal(errors_for("a<!-- note -->b<br>c<script>var "
	    "x;</script> d <style>p{}</style>"), 0);
	assert_int_equal(errors_for("1 < 2 & 3 &bogus; <ol <li>• d"), 0);
	/* The HTML parser drops the rest of the cell without a word. */
	assert_int_equal(errors_for("<p>kept <span class=\"x lost words."
	    "</p>"), 1);
	assert_int_equal(errors_for("<p>kept <!-- never closed. Lost.</p>"),
	    1);
}

static void
heading_title_and_tail(void **state)
{
	char	*h, *t, *tail;

	(void)state;
	import_cell_heading("<p>ASEM – CMM 4 <i>“Heritage and the "
	    "Present”</i></p> <p>Poznan, Polandia, 8 – 11 September 2010</p>",
	    &h, &t, &tail);
	assert_string_equal(h, "ASEM – CMM 4 “Heritage and the Present” "
	    "Poznan, Polandia, 8 – 11 September 2010");
	assert_string_equal(t, "Heritage and the Present");
	assert_string_equal(tail, "Poznan, Polandia, 8 – 11 September 2010");
	g_free(h);
	g_free(t);
	g_free(tail);
	import_cell_heading("ASEM – CMM5 <i>“Managing”</i> Yogyakarta, "
	    "Indonesia, 17-19 September 2012", &h, &t, &tail);
	assert_string_equal(t, "Managing");
	assert_string_equal(tail, "Yogyakarta, Indonesia, 17-19 September 2012");
	g_free(h);
	g_free(t);
	g_free(tail);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(bullets_and_nesting_follow_markers),
		cmocka_unit_test(dash_is_a_marker_only_at_a_block_start),
		cmocka_unit_test(check_boxes),
		cmocka_unit_test(numbered_items_continue_their_numbering),
		cmocka_unit_test(inline_markup_and_paragraphs),
		cmocka_unit_test(broken_html_best_effort),
		cmocka_unit_test(too_deep_is_an_error),
		cmocka_unit_test(lost_text_is_an_error),
		cmocka_unit_test(heading_title_and_tail),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
