/* Unit tests of the import's dates, places, meeting numbers and country look-up. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include <glib.h>

#include "diag.h"
#include "import.h"
#include "paths.h"

static void
dates_as_written(void **state)
{
	static const char *const cases[][3] = {
		{ "1-2 March 2018", "2018-03-01", "2018-03-02" },
		{ "8 – 11 September 2010", "2010-09-08", "2010-09-11" },
		{ "19–21 October 2014", "2014-10-19", "2014-10-21" },
		{ "2 – 4 December 2003", "2003-12-02", "2003-12-04" },
		{ "7 June 2005", "2005-06-07", "2005-06-07" },
		{ "29 June – 1 July 2006", "2006-06-29", "2006-07-01" },
		{ "30 December 2009 - 2 January 2010", "2009-12-30",
		  "2010-01-02" },
	};
	char	*s, *e;
	size_t	 i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(cases); i++) {
		assert_int_equal(import_place_dates(cases[i][0], &s, &e), 0);
		assert_string_equal(s, cases[i][1]);
		assert_string_equal(e, cases[i][2]);
		g_free(s);
		g_free(e);
	}
}

static void
dates_refused(void **state)
{
	static const char *const bad[] = { "", "March 2018", "31 – 32 May 2010",
	    "11 – 8 September 2010", "30 February 2011", "5 – 8 Maret 2011",
	    "1-2 March", "x-2 March 2018" };
	char	*s, *e;
	size_t	 i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(bad); i++) {
		assert_int_equal(import_place_dates(bad[i], &s, &e), -1);
		assert_null(s);
		assert_null(e);
	}
}

static void
place_split(void **state)
{
	char	*city, *country, *dates;

	(void)state;
	assert_int_equal(import_place_split("Rotterdam, the Netherlands, "
	    "19–21 October 2014", &city, &country, &dates), 0);
	assert_string_equal(city, "Rotterdam");
	assert_string_equal(country, "the Netherlands");
	assert_string_equal(dates, "19–21 October 2014");
	g_free(city);
	g_free(country);
	g_free(dates);
	assert_int_equal(import_place_split("Sofia 1-2 March 2018", &city,
	    &country, &dates), -1);
	assert_null(city);
	assert_int_equal(import_place_split(", , ", &city, &country, &dates),
	    -1);
}

static void
cmm_number(void **state)
{
	(void)state;
	assert_int_equal(import_place_cmm_number("ASEM – CMM 3 “x”"), 3);
	assert_int_equal(import_place_cmm_number("ASEM – CMM5 “x”"), 5);
	assert_int_equal(import_place_cmm_number("ASEM CMM “x” 8"), 0);
	assert_int_equal(import_place_cmm_number(""), 0);
}

static void
countries_and_aliases(void **state)
{
	struct diag_list	*dl = diag_list_new();
	struct import_countries	*c;
	char			*path;

	(void)state;
	path = paths_data("source/reference/countries.xml");
	c = import_countries_load(dl, path);
	g_free(path);
	assert_non_null(c);
	assert_string_equal(import_countries_code(c, "Polandia"), "PL");
	assert_string_equal(import_countries_code(c, "Poland"), "PL");
	assert_string_equal(import_countries_code(c, "Vietnam"), "VN");
	assert_string_equal(import_countries_code(c, "Viet Nam"), "VN");
	assert_string_equal(import_countries_code(c, "Korea"), "KR");
	assert_string_equal(import_countries_code(c, "Republic of Korea"),
	    "KR");
	assert_string_equal(import_countries_code(c, "the Netherlands"), "NL");
	assert_string_equal(import_countries_code(c, "BULGARIA"), "BG");
	assert_null(import_countries_code(c, "Atlantis"));
	assert_int_equal(diag_list_count(dl), 0);
	import_countries_free(c);
	import_countries_free(NULL);
	assert_null(import_countries_load(dl, "no/such/countries.xml"));
	assert_true(diag_list_failed(dl));
	diag_list_free(dl);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(dates_as_written),
		cmocka_unit_test(dates_refused),
		cmocka_unit_test(place_split),
		cmocka_unit_test(cmm_number),
		cmocka_unit_test(countries_and_aliases),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
