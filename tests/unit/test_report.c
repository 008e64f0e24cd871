/* Unit tests of the report list: resolving a briefing host through countries.xml. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "diag.h"
#include "report.h"

static const char countries[] =
    "<countries>\n"
    "  <country code=\"PL\" region=\"europe\"><name>Poland</name>"
    "<alias>Polandia</alias></country>\n"
    "  <country code=\"VN\" region=\"asia\"><name>Viet Nam</name>"
    "<alias>Vietnam</alias></country>\n"
    "</countries>\n";

static int
setup(void **state)
{
	char	*dir = g_dir_make_tmp("test_report.XXXXXX", NULL);
	char	*ref = g_build_filename(dir, "reference", NULL);
	char	*f = g_build_filename(ref, "countries.xml", NULL);

	g_mkdir(ref, 0700);
	assert_true(g_file_set_contents(f, countries, -1, NULL));
	g_free(f);
	g_free(ref);
	*state = dir;
	return 0;
}

static int
teardown(void **state)
{
	char	*dir = *state;
	char	*ref = g_build_filename(dir, "reference", NULL);
	char	*f = g_build_filename(ref, "countries.xml", NULL);

	g_remove(f);
	g_remove(ref);
	g_remove(dir);
	g_free(f);
	g_free(ref);
	g_free(dir);
	return 0;
}

static void
resolve(const char *dir, const char *host, const char *want)
{
	struct diag_list	*dl = diag_list_new();
	char			*code = report_resolve_host(dl, dir, host);

	assert_non_null(code);
	assert_string_equal(code, want);
	assert_int_equal(diag_list_count(dl), 0);
	g_free(code);
	diag_list_free(dl);
}

static void
codes_names_aliases_regions(void **state)
{
	resolve(*state, "VN", "VN");
	resolve(*state, "vn", "VN");
	resolve(*state, "Viet Nam", "VN");
	resolve(*state, "VIETNAM", "VN");
	resolve(*state, "polandia", "PL");
	resolve(*state, "Asia", "asia");
	resolve(*state, "europe", "europe");
}

static void
unknown_host_lists_codes(void **state)
{
	struct diag_list	*dl = diag_list_new();
	char			*text;

	assert_null(report_resolve_host(dl, *state, "Atlantis"));
	assert_int_equal(diag_list_status(dl), 2);
	text = diag_list_text(dl);
	assert_string_equal(text, "asemdoc: error: unknown host: Atlantis "
	    "(known: asia europe PL VN)\n");
	g_free(text);
	diag_list_free(dl);
}

static void
missing_countries_file(void **state)
{
	struct diag_list	*dl = diag_list_new();

	(void)state;
	assert_null(report_resolve_host(dl, "/nonexistent", "VN"));
	assert_true(diag_list_failed(dl));
	diag_list_free(dl);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(codes_names_aliases_regions,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(unknown_host_lists_codes,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(missing_countries_file,
		    setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
