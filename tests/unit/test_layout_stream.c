/* Unit tests of the streamed layout: a file laid out as it is read gives the PDF of its whole tree. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "diag.h"
#include "fonts.h"
#include "render.h"
#include "xmlsafe.h"

/*
 * Title references in both directions (to a section, to a captioned
 * table, to a paragraph that takes its section's title), a TOC, a head
 * row and a body cell with block content, a section in a cell, a chart,
 * and more rows than a page holds.
 */
static const char *mixed =
    "<?xml version='1.0' encoding='UTF-8'?>\n"
    "<document lang='en'>\n"
    "<meta><title>Stream</title><date>2018-03-01</date></meta>\n"
    "<style name='tight' parent='cell' size='8'/>\n"
    "<page-template name='m' size='A4' margin-top='72' margin-bottom='72'"
    " margin-left='72' margin-right='72'>\n"
    "<footer><right>Page <page-number/> of <page-count/></right></footer>\n"
    "</page-template>\n"
    "<sequence template='m'>\n"
    "<toc depth='2'><title>Contents</title></toc>\n"
    "<p id='lone'>Lone words at the top of the flow, in no section.</p>\n"
    "<section id='first'><title>First part</title>\n"
    "<p id='para'>A paragraph with an id and no title of its own.</p>\n"
    "<p>Ahead: <ref to='later' kind='title'/>, page <ref to='later'/>;"
    " the table <ref to='tab' kind='title'/>.</p>\n"
    "</section>\n"
    "<section id='later'><title>Second part</title>\n"
    "<p>Back: <ref to='first' kind='title'/> and"
    " <ref to='para' kind='title'/> on page <ref to='para'/>;"
    " <ref to='lone' kind='title'/>.</p>\n"
    "<table id='tab'><caption>Rows of the stream</caption>\n"
    "<columns><col width='1*'/><col width='2*'/></columns>\n"
    "<head><row><cell><p>Number</p><p>(head)</p></cell>"
    "<cell>Text</cell></row></head>\n"
    "<body>\n"
    "@ROWS@"
    "</body></table>\n"
    "<figure height='120pt'><caption>A chart</caption>"
    "<alt>Two bars</alt><bar-chart><bar label='Asia' value='3'/>"
    "<bar label='Europe' value='5'/></bar-chart></figure>\n"
    "</section>\n"
    "</sequence>\n"
    "</document>\n";

static char *
mixed_doc(void)
{
	GString	*rows = g_string_new(NULL);
	char	**parts, *s;
	int	 i;

	for (i = 1; i <= 60; i++)
		g_string_append_printf(rows, "<row id='r%d'><cell style='tight'>"
		    "%d</cell><cell><p>Row %d of the body, long enough to wrap "
		    "over more than one line of its column in the PDF.</p>"
		    "%s</cell></row>\n", i, i, i, i == 7 ? "<section>"
		    "<title>In a cell</title><p>Nested.</p></section>" : "");
	parts = g_strsplit(mixed, "@ROWS@", 2);
	s = g_strconcat(parts[0], rows->str, parts[1], NULL);
	g_strfreev(parts);
	g_string_free(rows, TRUE);
	return s;
}

/* Render the file at path both ways and compare the PDFs byte for byte. */
static void
same_both_ways(const char *path)
{
	struct diag_list	*dl = diag_list_new();
	char			*dir, *a, *b, *pa, *pb;
	xmlDoc			*doc;
	gsize			 la, lb;

	dir = g_dir_make_tmp("stream.XXXXXX", NULL);
	assert_non_null(dir);
	a = g_build_filename(dir, "tree.pdf", NULL);
	b = g_build_filename(dir, "stream.pdf", NULL);
	assert_int_equal(fonts_init(dl), 0);
	doc = xmlsafe_read_file(dl, path);
	assert_non_null(doc);
	assert_int_equal(render_document(dl, doc, a), 0);
	xmlFreeDoc(doc);
	assert_int_equal(render_file(dl, path, b), 0);
	assert_int_equal(diag_list_count_at_least(dl, DIAG_ERROR), 0);
	assert_true(g_file_get_contents(a, &pa, &la, NULL));
	assert_true(g_file_get_contents(b, &pb, &lb, NULL));
	assert_true(la > 1000);
	assert_int_equal(la, lb);
	assert_memory_equal(pa, pb, la);
	g_free(pa);
	g_free(pb);
	g_unlink(a);
	g_unlink(b);
	g_rmdir(dir);
	g_free(a);
	g_free(b);
	g_free(dir);
	diag_list_free(dl);
}

static void
test_fixtures(void **state)
{
	(void)state;
	same_both_ways("tests/layout/features.xml");
	same_both_ways("tests/layout/small.xml");
	same_both_ways("tests/layout/table40.xml");
}

static void
test_mixed(void **state)
{
	char	*dir = g_dir_make_tmp("stream.XXXXXX", NULL);
	char	*path = g_build_filename(dir, "mixed.xml", NULL);
	char	*doc = mixed_doc();

	(void)state;
	assert_true(g_file_set_contents(path, doc, -1, NULL));
	same_both_ways(path);
	g_unlink(path);
	g_rmdir(dir);
	g_free(doc);
	g_free(path);
	g_free(dir);
}

/* The messages for a bad file are those of its tree, in the same order. */
static void
same_messages(const char *name, const char *text)
{
	struct diag_list	*ta = diag_list_new(), *tb = diag_list_new();
	char			*dir = g_dir_make_tmp("stream.XXXXXX", NULL);
	char			*path = g_build_filename(dir, name, NULL);
	char			*pdf = g_build_filename(dir, "out.pdf", NULL);
	char			*ma, *mb;
	xmlDoc			*doc;

	assert_true(g_file_set_contents(path, text, -1, NULL));
	assert_int_equal(fonts_init(ta), 0);
	if ((doc = xmlsafe_read_file(ta, path)) != NULL) {
		assert_int_not_equal(render_document(ta, doc, pdf), 0);
		xmlFreeDoc(doc);
	}
	assert_int_not_equal(render_file(tb, path, pdf), 0);
	ma = diag_list_text(ta);
	mb = diag_list_text(tb);
	assert_true(strlen(ma) > 0);
	assert_string_equal(ma, mb);
	assert_false(g_file_test(pdf, G_FILE_TEST_EXISTS));
	g_free(ma);
	g_free(mb);
	g_unlink(path);
	g_rmdir(dir);
	g_free(path);
	g_free(pdf);
	g_free(dir);
	diag_list_free(ta);
	diag_list_free(tb);
}

static void
test_bad_files(void **state)
{
	char	*doc = mixed_doc(), *bad;

	(void)state;
	/* A duplicate id and a reference to nothing, both far down. */
	bad = g_strdup(doc);
	memcpy(strstr(bad, "id='r40'"), "id='r39'", 8);
	memcpy(strstr(bad, "to='para'/>"), "to='pxra'/>", 11);
	same_messages("refs.xml", bad);
	g_free(bad);
	/* Not valid: an unknown element in the last row. */
	bad = g_strdup(doc);
	memcpy(strstr(bad, "<p>Row 60"), "<q>Row 60", 9);
	same_messages("invalid.xml", bad);
	g_free(bad);
	/* Not well formed halfway. */
	bad = g_strndup(doc, strstr(doc, "<row id='r30'") - doc);
	same_messages("cut.xml", bad);
	g_free(bad);
	/* A document type declaration is refused before it is read. */
	bad = g_strconcat("<?xml version='1.0'?>\n<!DOCTYPE document [\n"
	    "<!ENTITY e SYSTEM 'file:///etc/passwd'>]>\n",
	    strstr(doc, "<document"), NULL);
	same_messages("doctype.xml", bad);
	g_free(bad);
	g_free(doc);
}

/* An unknown style is reported once, at its line. */
static void
test_unknown_style(void **state)
{
	char	*doc = mixed_doc(), *bad;
	char	*at;

	(void)state;
	bad = g_strdup(doc);
	at = strstr(bad, "style='tight'>50<");
	assert_non_null(at);
	memcpy(at, "style='tigxt'", 13);
	same_messages("style.xml", bad);
	g_free(bad);
	g_free(doc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fixtures),
		cmocka_unit_test(test_mixed),
		cmocka_unit_test(test_bad_files),
		cmocka_unit_test(test_unknown_style),
	};

	xmlsafe_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
