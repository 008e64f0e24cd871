/* Unit tests of the diagnostics list: format, levels, exit status. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <glib.h>

#include "diag.h"

static void
format_with_and_without_file(void **state)
{
	struct diag_list	*dl = diag_list_new();
	char			*text;

	(void)state;
	diag_error(dl, "source/matrix.xml", 42, "meeting has no number");
	diag_add(dl, DIAG_WARNING, "source/raw/matrix.txt", 131, 1,
	    "row has no meeting number\n");
	diag_note(dl, NULL, 0, "nothing to do");
	text = diag_list_text(dl);
	assert_string_equal(text,
	    "source/matrix.xml:42: error: meeting has no number\n"
	    "source/raw/matrix.txt:131:1: warning: row has no meeting number\n"
	    "asemdoc: note: nothing to do\n");
	g_free(text);
	assert_int_equal(diag_list_count(dl), 3);
	assert_int_equal(diag_list_status(dl), 1);
	assert_true(diag_list_failed(dl));
	diag_list_free(dl);
}

static void
status_follows_worst_level(void **state)
{
	struct diag_list	*dl = diag_list_new();

	(void)state;
	assert_int_equal(diag_list_status(dl), 0);
	diag_warning(dl, "a", 1, "w");
	assert_int_equal(diag_list_status(dl), 0);
	assert_false(diag_list_failed(dl));
	diag_add(dl, DIAG_SYSTEM, "out/x.pdf", 0, 0, "cannot write");
	assert_int_equal(diag_list_status(dl), 3);
	diag_add(dl, DIAG_USAGE, NULL, 0, 0, "bad option");
	assert_int_equal(diag_list_status(dl), 3);
	diag_list_free(dl);
	diag_list_free(NULL);
}

static void
absolute_paths_below_cwd_become_relative(void **state)
{
	char	*cwd = g_get_current_dir();
	char	*abs = g_build_filename(cwd, "source", "matrix.xml", NULL);
	char	*rel = diag_relpath(abs);

	(void)state;
	assert_string_equal(rel, "source/matrix.xml");
	g_free(rel);
	rel = diag_relpath("/elsewhere/x.xml");
	assert_string_equal(rel, "/elsewhere/x.xml");
	g_free(rel);
	g_free(abs);
	g_free(cwd);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(format_with_and_without_file),
		cmocka_unit_test(status_follows_worst_level),
		cmocka_unit_test(absolute_paths_below_cwd_become_relative),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
