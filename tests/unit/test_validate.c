/* Unit tests of validation: schema messages, ids, references, codes, dates, themes. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <libxml/tree.h>

#include "diag.h"
#include "model.h"
#include "paths.h"
#include "validate.h"
#include "xmlsafe.h"

static char	*tmpdir;

static int
setup(void **state)
{
	(void)state;
	tmpdir = g_dir_make_tmp("asemdoc-validate-XXXXXX", NULL);
	return tmpdir == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	GDir		*d;
	const char	*name;
	char		*p;

	(void)state;
	if ((d = g_dir_open(tmpdir, 0, NULL)) != NULL) {
		while ((name = g_dir_read_name(d)) != NULL) {
			p = g_build_filename(tmpdir, name, NULL);
			g_remove(p);
			g_free(p);
		}
		g_dir_close(d);
	}
	g_rmdir(tmpdir);
	g_free(tmpdir);
	return 0;
}

static char *
write_file(const char *name, const char *text)
{
	char	*path = g_build_filename(tmpdir, name, NULL);

	assert_true(g_file_set_contents(path, text, -1, NULL));
	return path;
}

/* The messages of validating the one file text against source/. */
static char *
check_one(const char *name, const char *text, int want_rc)
{
	struct diag_list	*dl = diag_list_new();
	char			*path = write_file(name, text);
	char			*source = paths_data("source");
	char			*files[1] = { path };
	char			*out, *rel, **parts;

	assert_int_equal(validate_files(dl, source, files, 1), want_rc);
	out = diag_list_text(dl);
	/* Messages name the file as given: make them independent of tmpdir. */
	parts = g_strsplit(out, path, -1);
	rel = g_strjoinv(name, parts);
	g_strfreev(parts);
	g_free(out);
	g_free(source);
	g_free(path);
	diag_list_free(dl);
	return rel;
}

static void
committed_sources_are_valid(void **state)
{
	struct diag_list	*dl = diag_list_new();
	char			*source = paths_data("source");
	char			*text;

	(void)state;
	assert_int_equal(validate_sources(dl, source), 0);
	text = diag_list_text(dl);
	assert_string_equal(text, "");
	g_free(text);
	g_free(source);
	diag_list_free(dl);
}

#define PARTNERS_HEAD \
	"<partners as-of=\"2010\">\n" \
	"<source ref=\"halong-p8\">x</source>\n"

static void
unknown_code_gives_one_message(void **state)
{
	char	*out;

	(void)state;
	out = check_one("p.xml", PARTNERS_HEAD
	    "<partner id=\"partner-xx\" type=\"state\" country=\"XX\" "
	    "region=\"asia\" ref=\"halong-p8\"><name>X</name></partner>\n"
	    "<partner id=\"partner-vn\" type=\"state\" country=\"VN\" "
	    "region=\"europe\" ref=\"halong-p8\"><name>Vietnam</name>"
	    "</partner>\n"
	    "<partner id=\"partner-pt\" type=\"state\" country=\"PT\" "
	    "region=\"europe\" ref=\"halong-p8\">\n<name>Poland</name>"
	    "</partner>\n"
	    "</partners>\n", -1);
	/* libxml2's "failed to validate content" on line 3 is left out. */
	assert_string_equal(out,
	    "p.xml:3: error: unknown country code 'XX'\n"
	    "p.xml:4: error: region 'europe' disagrees with country VN's "
	    "region 'asia'\n"
	    "p.xml:6: error: 'Poland' is neither the name nor an alias of "
	    "country PT in the countries file\n");
	g_free(out);
}

static void
references_must_resolve(void **state)
{
	char	*out;

	(void)state;
	out = check_one("p.xml", PARTNERS_HEAD
	    "<partner id=\"partner-ec2\" type=\"institution\" "
	    "region=\"europe\" ref=\"no-such-paragraph\"><name>E</name></partner>\n"
	    "</partners>\n", -1);
	assert_string_equal(out, "p.xml:3: error: ref 'no-such-paragraph' "
	    "names no id in the sources\n");
	g_free(out);
}

#define DISC(v1, v2) \
	"<discrepancies>\n<discrepancy id=\"d1\" kind=\"date\" " \
	"meeting=\"cmm4\">\n<subject>s</subject>\n" \
	"<value " v1 "><text>a</text><source ref=\"cmm4\"/></value>\n" \
	"<value " v2 "><text>b</text><source ref=\"halong-p4\"/></value>\n" \
	"</discrepancy>\n</discrepancies>\n"

static void
dates_must_be_real_and_in_order(void **state)
{
	char	*out;

	(void)state;
	out = check_one("d.xml", DISC("start=\"2010-09-08\" end=\"2010-09-11\"",
	    "start=\"2010-09-07\" end=\"2010-09-09\""), 0);
	assert_string_equal(out, "");
	g_free(out);
	out = check_one("d.xml", DISC("start=\"2010-09-12\" end=\"2010-09-11\"",
	    "start=\"2011-02-29\" end=\"2011-03-01\""), -1);
	assert_string_equal(out,
	    "d.xml:4: error: start date 2010-09-12 is after end date "
	    "2010-09-11\n"
	    "d.xml:5: error: start date 2011-02-29 names no day of the "
	    "calendar\n");
	g_free(out);
	/* 2012 was a leap year. */
	out = check_one("d.xml", DISC("start=\"2012-02-29\" end=\"2012-03-01\"",
	    "start=\"2010-09-07\" end=\"2010-09-09\""), 0);
	assert_string_equal(out, "");
	g_free(out);
}

static void
ids_are_unique_across_files(void **state)
{
	char	*out, *hist, *want;
	long	 line;
	xmlNode	*n;
	struct model *m;
	struct diag_list *dl = diag_list_new();
	char	*source = paths_data("source");

	(void)state;
	/* Where source/ defines hist-p2, to name it in the message. */
	m = model_load(dl, source);
	n = model_find_id(m, "hist-p2");
	assert_non_null(n);
	line = xmlGetLineNo(n);
	hist = g_strdup(model_node_file(m, n)->path);
	model_free(m);
	out = check_one("d.xml", "<discrepancies>\n"
	    "<discrepancy id=\"d1\" kind=\"name\">\n<subject>s</subject>\n"
	    "<value><text>a</text><source ref=\"cmm1\"/></value>\n"
	    "<value><text>b</text><source ref=\"hist-p2\"/></value>\n"
	    "</discrepancy>\n"
	    "<discrepancy id=\"d1\" kind=\"name\">\n<subject>s</subject>\n"
	    "<value><text>a</text><source ref=\"cmm1\"/></value>\n"
	    "<value><text>b</text><source ref=\"hist-p2\"/></value>\n"
	    "</discrepancy>\n"
	    "<discrepancy id=\"hist-p2\" kind=\"name\">\n<subject>s</subject>\n"
	    "<value><text>a</text><source ref=\"cmm1\"/></value>\n"
	    "<value><text>b</text><source ref=\"cmm2\"/></value>\n"
	    "</discrepancy>\n</discrepancies>\n", -1);
	want = g_strdup_printf(
	    "d.xml:7: error: duplicate id 'd1' (first defined at d.xml:2)\n"
	    "d.xml:12: error: duplicate id 'hist-p2' (also defined at "
	    "%s:%ld)\n", hist, line);
	/* The schema's own "ID d1 redefined" is not repeated. */
	assert_string_equal(out, want);
	g_free(want);
	g_free(out);
	g_free(hist);
	g_free(source);
	diag_list_free(dl);
}

static void
unknown_root_and_schema_errors(void **state)
{
	char	*out;

	(void)state;
	out = check_one("u.xml", "<unheard-of/>\n", -1);
	assert_string_equal(out, "u.xml:1: error: unknown root element "
	    "<unheard-of>: no schema source/schema/unheard-of.rng\n");
	g_free(out);
	out = check_one("p.xml", PARTNERS_HEAD
	    "<member/>\n</partners>\n", -1);
	assert_string_equal(out, "p.xml:3: error: Did not expect element "
	    "member there\n");
	g_free(out);
}

static void
validate_doc_alone(void **state)
{
	struct diag_list	*dl = diag_list_new();
	char			*path = write_file("v.xml",
				    "<partners as-of=\"x\">\n"
				    "<source ref=\"r\">x</source>\n"
				    "</partners>\n");
	char			*rng = paths_data(
				    "source/schema/partners.rng");
	xmlDoc			*doc = xmlsafe_read_file(dl, path);

	(void)state;
	assert_non_null(doc);
	assert_int_equal(validate_doc(dl, doc, rng), -1);
	assert_true(diag_list_count(dl) >= 1);
	assert_int_equal(diag_list_get(dl, 0)->line, 1);
	xmlFreeDoc(doc);
	g_free(rng);
	g_free(path);
	diag_list_free(dl);
}

/*
 * Theme coverage on a small matrix given as context: an item counts as
 * assigned through an item inside it or around it.
 */
static void
every_matrix_item_needs_a_theme(void **state)
{
	struct diag_list	*dl = diag_list_new();
	struct model		*m = model_new();
	char			*matrix, *themes, *out;

	(void)state;
	matrix = write_file("matrix.xml", "<matrix>\n<meeting id=\"cmm1\">\n"
	    "<themes><p id=\"cmm1-thm-1\"/></themes>\n"
	    "<recommendations><ul>\n"
	    "<li id=\"cmm1-rec-1\"/>\n"
	    "<li id=\"cmm1-rec-2\"><ul><li id=\"cmm1-rec-2-1\"/></ul></li>\n"
	    "<li id=\"cmm1-rec-3\"><ul><li id=\"cmm1-rec-3-1\"/></ul></li>\n"
	    "</ul></recommendations>\n"
	    "<follow-up><p id=\"cmm1-fup-1\"/></follow-up>\n"
	    "</meeting>\n</matrix>\n");
	themes = write_file("themes.xml", "<themes>\n<theme id=\"t1\">\n"
	    "<name>T</name><description>D</description>\n"
	    "<item ref=\"cmm1-rec-2-1\"/>\n<item ref=\"cmm1-rec-3\"/>\n"
	    "</theme>\n</themes>\n");
	assert_true(model_add(m, dl, themes, true));
	assert_true(model_add(m, dl, matrix, false));
	assert_int_equal(validate_model(dl, m), -1);
	out = diag_list_text(dl);
	assert_non_null(strstr(out, ":5: error: item 'cmm1-rec-1' is "
	    "assigned to no theme in "));
	assert_non_null(strstr(out, ":9: error: item 'cmm1-fup-1' is "
	    "assigned to no theme in "));
	/* Themes (column) items, nested and enclosing items are fine. */
	assert_null(strstr(out, "cmm1-thm-1"));
	assert_null(strstr(out, "cmm1-rec-2"));
	assert_null(strstr(out, "cmm1-rec-3"));
	assert_int_equal(diag_list_count(dl), 2);
	g_free(out);
	model_free(m);
	g_free(matrix);
	g_free(themes);
	diag_list_free(dl);
}

/* Meetings numbered out of the order of their dates are refused. */
static void
meetings_follow_their_numbers(void **state)
{
	struct diag_list	*dl = diag_list_new();
	struct model		*m = model_new();
	char			*path, *out;

	(void)state;
	path = write_file("events.xml", "<events>\n"
	    "<meeting n=\"2\" start=\"2005-06-07\" end=\"2005-06-08\"/>\n"
	    "<meeting n=\"1\" start=\"2003-12-02\" end=\"2003-12-04\"/>\n"
	    "<meeting n=\"10\" start=\"2005-06-08\" end=\"2005-06-09\"/>\n"
	    "<meeting n=\"3\" start=\"2008-04-21\" end=\"2008-04-24\"/>\n"
	    "</events>\n");
	assert_true(model_add(m, dl, path, true));
	assert_int_equal(validate_model(dl, m), -1);
	out = diag_list_text(dl);
	/* 10 sorts after 3 as a number: 10 starts before 3 ends. */
	assert_non_null(strstr(out, ":4: error: meeting 10 starts on "
	    "2005-06-08, before meeting 3 ends on 2008-04-24\n"));
	assert_null(strstr(out, "meeting 2 "));
	assert_null(strstr(out, "meeting 3 starts"));
	g_free(out);
	model_free(m);
	g_free(path);
	diag_list_free(dl);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(committed_sources_are_valid),
		cmocka_unit_test(unknown_code_gives_one_message),
		cmocka_unit_test(references_must_resolve),
		cmocka_unit_test(dates_must_be_real_and_in_order),
		cmocka_unit_test(ids_are_unique_across_files),
		cmocka_unit_test(unknown_root_and_schema_errors),
		cmocka_unit_test(validate_doc_alone),
		cmocka_unit_test(every_matrix_item_needs_a_theme),
		cmocka_unit_test(meetings_follow_their_numbers),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
