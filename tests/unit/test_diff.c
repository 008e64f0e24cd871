/* Unit tests of the changes stage: word LCS, matching by id, text report. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include <glib.h>

#include "diag.h"
#include "diff.h"
#include "xmlsafe.h"

static char *
words(const char *a, const char *b)
{
	GPtrArray	*runs = diff_words(a, b);
	char		*s = diff_words_format(runs);

	g_ptr_array_unref(runs);
	return s;
}

static void
words_cases(void **state)
{
	static const char *const cases[][3] = {
		{ "a b c", "a b c", "a b c" },
		{ "a  b\n c", "a b c", "a b c" },
		{ "a b c", "a x b c", "a {+x+} b c" },
		{ "a b c", "a c", "a [-b-] c" },
		{ "the cat sat", "the dog sat", "the [-cat-] {+dog+} sat" },
		{ "", "new words", "{+new words+}" },
		{ "old words", "", "[-old words-]" },
		{ "", "", "" },
		/* Deletions come before insertions in one changed stretch. */
		{ "x a b y", "x c d y", "x [-a b-] {+c d+} y" },
		{ "a b c d e", "a c b d e", "a [-b-] c {+b+} d e" },
		{ "Support to international networks",
		  "Support to regional and international networks",
		  "Support to {+regional and+} international networks" },
	};
	size_t	 i;
	char	*got;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(cases); i++) {
		got = words(cases[i][0], cases[i][1]);
		assert_string_equal(got, cases[i][2]);
		g_free(got);
	}
}

/* A long changed middle falls back to delete-all, insert-all, quickly. */
static void
words_huge(void **state)
{
	GString		*a = g_string_new("same "), *b = g_string_new("same ");
	GPtrArray	*runs;
	const struct diff_run *r;
	size_t		 i;

	(void)state;
	for (i = 0; i < 5000; i++) {
		g_string_append_printf(a, "a%zu ", i);
		g_string_append_printf(b, "b%zu ", i);
	}
	g_string_append(a, "end");
	g_string_append(b, "end");
	runs = diff_words(a->str, b->str);
	assert_int_equal(runs->len, 4);
	r = g_ptr_array_index(runs, 1);
	assert_int_equal(r->op, DIFF_DEL);
	assert_true(g_str_has_prefix(r->text, "a0 a1 "));
	r = g_ptr_array_index(runs, 2);
	assert_int_equal(r->op, DIFF_INS);
	g_ptr_array_unref(runs);
	g_string_free(a, TRUE);
	g_string_free(b, TRUE);
}

#define HEAD "<matrix><title>t</title><columns><column key=\"no\">NO" \
	"</column></columns><revisions><revision version=\"%s\" " \
	"date=\"2019-05-07\"><body>b</body><summary>s</summary></revision>" \
	"</revisions>\n"
#define MEETING(n, rec) "<meeting id=\"cmm" #n "\" n=\"" #n "\" " \
	"start=\"2003-12-03\" end=\"2003-12-04\" src=\"1\"><heading>H" #n \
	"</heading><title>T</title><place country=\"CN\"><city>C</city>" \
	"<country>China</country></place><dates>d</dates><themes/>" \
	"<workshops/><action-plan/><recommendations>" rec \
	"</recommendations><follow-up/></meeting>\n"

static xmlDoc *
doc(struct diag_list *dl, const char *name, const char *version,
    const char *body)
{
	char	*s = g_strdup_printf(HEAD "%s</matrix>\n", version, body);
	xmlDoc	*d = xmlsafe_read_memory(dl, name, s, strlen(s));

	g_free(s);
	assert_non_null(d);
	return d;
}

/* The text report for two bodies; NULL when diff_match() refused. */
static char *
report(struct diag_list *dl, const char *old_body, const char *new_body,
    size_t *count)
{
	xmlDoc		*a = doc(dl, "old.xml", "1", old_body);
	xmlDoc		*b = doc(dl, "new.xml", "2", new_body);
	struct diff	*d = diff_match(dl, a, "old.xml", b, "new.xml");
	char		*text = NULL;

	xmlFreeDoc(a);
	xmlFreeDoc(b);
	if (d != NULL) {
		text = diff_out_text(d);
		*count = diff_count(d);
	}
	diff_free(d);
	return text;
}

#define R3 "<ul><li id=\"cmm1-rec-1\" src=\"1\">one</li>" \
	"<li id=\"cmm1-rec-2\" src=\"1\">two</li>" \
	"<li id=\"cmm1-rec-3\" src=\"1\">three</li></ul>"

static void
identical_is_empty(void **state)
{
	struct diag_list	*dl = diag_list_new();
	size_t			 n = 99;
	char			*t;

	(void)state;
	t = report(dl, MEETING(1, R3), MEETING(1, R3), &n);
	assert_non_null(t);
	assert_int_equal(n, 0);
	assert_string_equal(t, "");
	assert_int_equal(diag_list_count(dl), 0);
	g_free(t);
	diag_list_free(dl);
}

/* Only the added meeting and the edited item, nothing for their items. */
static void
added_meeting_and_edit(void **state)
{
	struct diag_list	*dl = diag_list_new();
	size_t			 n = 0;
	char			*t;

	(void)state;
	t = report(dl, MEETING(1, R3),
	    MEETING(1, "<ul><li id=\"cmm1-rec-1\" src=\"1\">one</li>"
	    "<li id=\"cmm1-rec-2\" src=\"1\">two and a half</li>"
	    "<li id=\"cmm1-rec-3\" src=\"1\">three</li></ul>")
	    MEETING(9, "<p id=\"cmm9-rec-1\" src=\"2\">new</p>"), &n);
	assert_non_null(t);
	assert_int_equal(n, 2);
	assert_string_equal(t,
	    "--- old.xml (version 1, 2019-05-07)\n"
	    "+++ new.xml (version 2, 2019-05-07)\n"
	    "edited item cmm1-rec-2 (meeting 1, recommendations): "
	    "two {+and a half+}\n"
	    "added meeting cmm9 (meeting 9, 1 item): H9\n"
	    "2 changes: 1 meeting added, 1 item edited\n");
	g_free(t);
	diag_list_free(dl);
}

/*
 * Moving one item to the front reports that item only, not the two it
 * jumped over; white space and re-indentation are no change.
 */
static void
reorder_reports_one_move(void **state)
{
	struct diag_list	*dl = diag_list_new();
	size_t			 n = 0;
	char			*t;

	(void)state;
	t = report(dl, MEETING(1, R3),
	    MEETING(1, "<ul><li id=\"cmm1-rec-3\" src=\"1\">three</li>\n  "
	    "<li id=\"cmm1-rec-1\" src=\"1\"> one </li>"
	    "<li id=\"cmm1-rec-2\" src=\"1\">two</li></ul>"), &n);
	assert_non_null(t);
	assert_int_equal(n, 1);
	assert_non_null(strstr(t, "moved item cmm1-rec-3: meeting 1, "
	    "recommendations, #3 -> meeting 1, recommendations, #1\n"));
	g_free(t);
	diag_list_free(dl);
}

static void
removed_meeting_and_item(void **state)
{
	struct diag_list	*dl = diag_list_new();
	size_t			 n = 0;
	char			*t;

	(void)state;
	t = report(dl, MEETING(1, R3) MEETING(2, ""),
	    MEETING(1, "<ul><li id=\"cmm1-rec-1\" src=\"1\">one</li>"
	    "<li id=\"cmm1-rec-3\" src=\"1\">three</li></ul>"), &n);
	assert_non_null(t);
	assert_int_equal(n, 2);
	assert_non_null(strstr(t, "removed item cmm1-rec-2 (meeting 1, "
	    "recommendations): two\n"));
	assert_non_null(strstr(t, "removed meeting cmm2 (meeting 2, 0 "
	    "items): H2\n"));
	g_free(t);
	diag_list_free(dl);
}

static void
duplicate_and_missing_ids_refused(void **state)
{
	struct diag_list	*dl = diag_list_new();
	size_t			 n = 0;
	char			*t, *msgs;

	(void)state;
	t = report(dl, MEETING(1, "<p id=\"x\" src=\"1\">a</p>\n"
	    "<p id=\"x\" src=\"1\">b</p>"),
	    MEETING(1, "<p src=\"1\">a</p>"), &n);
	assert_null(t);
	msgs = diag_list_text(dl);
	assert_string_equal(msgs,
	    "old.xml:3: error: id x used twice (first on line 2)\n"
	    "new.xml:2: error: <p> has no id: items are matched by id\n");
	assert_int_equal(diag_list_status(dl), 2);
	g_free(msgs);
	diag_list_free(dl);
}

static void
wrong_root_refused(void **state)
{
	struct diag_list	*dl = diag_list_new();
	xmlDoc			*a, *b;
	struct diff		*d;
	char			*msgs;

	(void)state;
	a = xmlsafe_read_memory(dl, "a.xml", "<document/>", 11);
	b = doc(dl, "b.xml", "1", "");
	d = diff_match(dl, a, "a.xml", b, "b.xml");
	assert_null(d);
	msgs = diag_list_text(dl);
	assert_string_equal(msgs,
	    "a.xml:1: error: root element is <document>, not <matrix>\n");
	g_free(msgs);
	xmlFreeDoc(a);
	xmlFreeDoc(b);
	diag_list_free(dl);
}

/* The changes XML carries kinds, places and marked words. */
static void
changes_xml(void **state)
{
	struct diag_list	*dl = diag_list_new();
	xmlDoc			*a, *b, *x;
	struct diff		*d;
	xmlChar			*buf;
	int			 len;

	(void)state;
	a = doc(dl, "old.xml", "1", MEETING(1, R3));
	b = doc(dl, "new.xml", "2", MEETING(1, "<ul>"
	    "<li id=\"cmm1-rec-1\" src=\"1\">one</li>"
	    "<li id=\"cmm1-rec-2\" src=\"1\">too</li>"
	    "<li id=\"cmm1-rec-3\" src=\"1\">three</li></ul>"));
	d = diff_match(dl, a, "old.xml", b, "new.xml");
	assert_non_null(d);
	x = diff_out_xml(d);
	xmlDocDumpMemory(x, &buf, &len);
	assert_non_null(strstr((char *)buf, "<change kind=\"item-edited\" "
	    "id=\"cmm1-rec-2\" field=\"text\"><from meeting=\"cmm1\" n=\"1\" "
	    "column=\"recommendations\" position=\"2\" line=\"2\"/>"));
	assert_non_null(strstr((char *)buf,
	    "<words><del>two</del><ins>too</ins></words>"));
	assert_non_null(strstr((char *)buf,
	    "<summary>1 change: 1 item edited</summary>"));
	assert_non_null(strstr((char *)buf, "<new path=\"new.xml\" "
	    "version=\"2\" date=\"2019-05-07\"/>"));
	xmlFree(buf);
	xmlFreeDoc(x);
	diff_free(d);
	xmlFreeDoc(a);
	xmlFreeDoc(b);
	diag_list_free(dl);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(words_cases),
		cmocka_unit_test(words_huge),
		cmocka_unit_test(identical_is_empty),
		cmocka_unit_test(added_meeting_and_edit),
		cmocka_unit_test(reorder_reports_one_move),
		cmocka_unit_test(removed_meeting_and_item),
		cmocka_unit_test(duplicate_and_missing_ids_refused),
		cmocka_unit_test(wrong_root_refused),
		cmocka_unit_test(changes_xml),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
