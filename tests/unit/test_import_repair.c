/* Unit tests of the import's page-break repairs and of the XML it writes. */
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
#include "paths.h"

#define TOP	"TITLE\n(Last updated on 07.05.2019 by the host - " \
		"Ministry of Culture, Bulgaria)\n" \
		"NO\tTHEMES\tWORKSHOPS\tACTION PLAN\tRECOMMENDATION\tFOLLOW UP\n"
#define M8	"8\t<p>ASEM CMM 8 <i>Road</i> Sofia, Bulgaria, 1-2 March 2018" \
		"</p>\t"
#define M7	"7\t<p>ASEM CMM 7 <i>Economy</i> Gwangju, Korea, 22-24 June " \
		"2016</p>\t"

struct run {
	struct diag_list	*dl;
	struct import_matrix	*m;
	char			*xml;
	char			*diags;
};

static void
import(struct run *r, const char *text)
{
	struct import_table	*t;
	struct import_countries	*c;
	char			*path = paths_data("source/reference/countries.xml");
	size_t			 len;

	memset(r, 0, sizeof(*r));
	r->dl = diag_list_new();
	c = import_countries_load(r->dl, path);
	g_free(path);
	assert_non_null(c);
	t = import_tsv_parse(r->dl, "t.tsv", text, strlen(text));
	assert_non_null(t);
	r->m = import_repair(r->dl, t, c);
	if (r->m != NULL)
		r->xml = import_write_text(r->m, &len);
	r->diags = diag_list_text(r->dl);
	import_table_free(t);
	import_countries_free(c);
}

static void
done(struct run *r)
{
	import_matrix_free(r->m);
	g_free(r->xml);
	g_free(r->diags);
	diag_list_free(r->dl);
}

static void
contains(const char *hay, const char *needle)
{
	if (strstr(hay, needle) == NULL)
		fail_msg("\"%s\" not found in:\n%s", needle, hay);
}

static int
count(const char *hay, const char *needle)
{
	int	 n = 0;

	for (; (hay = strstr(hay, needle)) != NULL; hay++)
		n++;
	return n;
}

static void
continuation_merges_into_meeting_and_column(void **state)
{
	struct run	 r;

	(void)state;
	import(&r, TOP M8 "\t<ul> • a1 • a2\t\t\n"
	    "\t\t\t<ul> • a3\t<p>r1</p>\t\n");
	assert_non_null(r.m);
	assert_int_equal(r.m->meetings->len, 1);
	contains(r.xml, "<meeting id=\"cmm8\" n=\"8\" start=\"2018-03-01\" "
	    "end=\"2018-03-02\" src=\"4 5\">");
	/* The continued list goes on: one ul, items 1-3. */
	contains(r.xml, "<li id=\"cmm8-act-3\" src=\"5\" marker=\"•\">a3</li>");
	assert_int_equal(count(r.xml, "<ul>"), 1);
	contains(r.xml, "<p id=\"cmm8-rec-1\" src=\"5\">r1</p>");
	assert_string_equal(r.diags, "");
	done(&r);
}

static void
cut_sentence_joined(void **state)
{
	struct run	 r;

	(void)state;
	import(&r, TOP M8 "\t\t<ul> • x <ul> □ describe the best\t\n"
	    "\t\t\t\t<p>practices in the field.</p> <ul> □ next\t\n");
	assert_non_null(r.m);
	contains(r.xml, "<li id=\"cmm8-rec-1-1\" src=\"4 5\" marker=\"□\" "
	    "checkbox=\"true\">describe the best practices in the field.</li>");
	contains(r.xml, "<li id=\"cmm8-rec-1-2\" src=\"5\" marker=\"□\" "
	    "checkbox=\"true\">next</li>");
	assert_string_equal(r.diags, "t.tsv:5: note: sentence cut by a page "
	    "break joined to the li from line 4: practices in the field.\n");
	done(&r);
}

static void
capital_start_is_not_joined(void **state)
{
	struct run	 r;

	(void)state;
	import(&r, TOP M8 "\t\t<ul> • x\t\n"
	    "\t\t\t\t<p>New paragraph.</p>\t\n");
	contains(r.xml, "<p id=\"cmm8-rec-2\" src=\"5\">New paragraph.</p>");
	assert_string_equal(r.diags, "");
	done(&r);
}

static void
repeat_across_page_break_kept_once(void **state)
{
	struct run	 r;

	(void)state;
	import(&r, TOP M8 "\t\t<ul> • Make it so. • Other\t\n"
	    "\t\t\t\t<ul> • New • Make  it so.\t\n");
	assert_non_null(r.m);
	contains(r.xml, "<li id=\"cmm8-rec-3\" src=\"5\" marker=\"•\">New</li>");
	assert_null(strstr(r.xml, "cmm8-rec-4"));
	assert_string_equal(r.diags, "t.tsv:5: warning: item repeated from "
	    "line 4 across a page break; kept once: Make it so.\n");
	done(&r);
}

static void
repeat_in_another_column_or_meeting_kept(void **state)
{
	struct run	 r;

	(void)state;
	import(&r, TOP M8 "\t<ul> • Same\t<ul> • Same\t\n"
	    M7 "\t\t<ul> • Same\t\n");
	assert_non_null(r.m);
	contains(r.xml, "cmm8-act-1");
	contains(r.xml, "cmm8-rec-1");
	contains(r.xml, "cmm7-rec-1");
	assert_string_equal(r.diags, "");
	done(&r);
}

static void
number_inferred_and_meetings_sorted(void **state)
{
	struct run	 r;
	const char	*p7, *p8;

	(void)state;
	import(&r, TOP M8 "\t\t\t\n"
	    "\t<p>ASEM – CMM 7 <i>Economy</i> Gwangju, Korea, 22-24 June "
	    "2016</p>\t\t\t\t\n");
	assert_non_null(r.m);
	p7 = strstr(r.xml, "<meeting id=\"cmm7\" n=\"7\" n-inferred=\"true\"");
	p8 = strstr(r.xml, "<meeting id=\"cmm8\"");
	assert_non_null(p7);
	assert_non_null(p8);
	assert_true(p7 < p8);
	contains(r.xml, "<place country=\"KR\">");
	contains(r.xml, "<title>Economy</title>");
	contains(r.xml, "<revision version=\"1\" date=\"2019-05-07\" "
	    "country=\"BG\" src=\"2\">");
	contains(r.xml, "<body>Ministry of Culture</body>");
	assert_string_equal(r.diags, "t.tsv:5: warning: meeting number cell "
	    "is empty; 7 inferred from the heading\n");
	done(&r);
}

static void
duplicate_number_refused(void **state)
{
	struct run	 r;

	(void)state;
	import(&r, TOP M8 "\t\t\t\n" M8 "\t\t\t\n");
	assert_null(r.m);
	assert_string_equal(r.diags, "t.tsv:5: error: meeting 8 appears "
	    "twice (also line 4)\n");
	done(&r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(continuation_merges_into_meeting_and_column),
		cmocka_unit_test(cut_sentence_joined),
		cmocka_unit_test(capital_start_is_not_joined),
		cmocka_unit_test(repeat_across_page_break_kept_once),
		cmocka_unit_test(repeat_in_another_column_or_meeting_kept),
		cmocka_unit_test(number_inferred_and_meetings_sorted),
		cmocka_unit_test(duplicate_number_refused),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
