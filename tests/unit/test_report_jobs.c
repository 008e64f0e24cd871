/* Unit tests of report jobs: workers' messages come back in report order, dead workers are named. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "diag.h"
#include "report_jobs.h"

static const char *const names[] = { "first", "second", "third", "fourth" };

/* Calls made in this process (a worker's calls do not reach it). */
static int	calls_here;

/*
 * Job i sleeps less the later it comes, so that workers finish in the
 * reverse order; it records a note, a warning with a file, line and
 * column, and for i == 2 an error.
 */
static int
job(struct diag_list *dl, size_t i, void *arg)
{
	const int	*sleep_ms = arg;

	calls_here++;
	if (sleep_ms != NULL)
		g_usleep((gulong)sleep_ms[i] * 1000);
	diag_note(dl, NULL, 0, "job %zu starts", i);
	diag_add(dl, DIAG_WARNING, "in/x.xml", (long)i + 10, (int)i + 1,
	    "job %zu: text with\ttab and \"quotes\"", i);
	if (i == 2)
		diag_error(dl, "in/y.xml", 7, "job 2 fails");
	return (int)i * 10 + 1;
}

static const char expected[] =
    "asemdoc: error: before\n"
    "asemdoc: note: job 0 starts\n"
    "in/x.xml:10:1: warning: job 0: text with\ttab and \"quotes\"\n"
    "asemdoc: note: job 1 starts\n"
    "in/x.xml:11:2: warning: job 1: text with\ttab and \"quotes\"\n"
    "asemdoc: note: job 2 starts\n"
    "in/x.xml:12:3: warning: job 2: text with\ttab and \"quotes\"\n"
    "in/y.xml:7: error: job 2 fails\n"
    "asemdoc: note: job 3 starts\n"
    "in/x.xml:13:4: warning: job 3: text with\ttab and \"quotes\"\n";

static void
run(int max, const double *cost, int want_calls_here)
{
	struct diag_list	*dl = diag_list_new();
	int			 sleep_ms[] = { 120, 80, 40, 0 };
	int			 res[4], i;
	char			*text;

	calls_here = 0;
	/* An earlier message stays first and is not sent back twice. */
	diag_error(dl, NULL, 0, "before");
	assert_int_equal(report_jobs_run(dl, 4, names, cost, max, job,
	    sleep_ms, res), 0);
	for (i = 0; i < 4; i++)
		assert_int_equal(res[i], i * 10 + 1);
	text = diag_list_text(dl);
	assert_string_equal(text, expected);
	assert_int_equal(calls_here, want_calls_here);
	g_free(text);
	diag_list_free(dl);
}

static void
serial_in_this_process(void **state)
{
	(void)state;
	run(1, NULL, 4);
}

static void
workers_report_in_order(void **state)
{
	(void)state;
	run(2, NULL, 0);
	run(4, NULL, 0);
}

static void
costliest_first_same_messages(void **state)
{
	const double	cost[] = { 1, 50, 5, 100 };

	(void)state;
	run(2, cost, 0);
}

/* What a failed leak check does at exit. */
static void
fail_at_exit(void)
{
	_exit(7);
}

/* Job 1 is killed, job 2 leaves at once, job 3 fails at exit. */
static int
dying_job(struct diag_list *dl, size_t i, void *arg)
{
	diag_note(dl, NULL, 0, "job %zu ran", i);
	if (i == 1)
		kill(getpid(), SIGKILL);
	if (i == 2)
		_exit(5);
	if (i == 3)
		atexit(fail_at_exit);
	return 0;
}

static void
dead_workers_named(void **state)
{
	struct diag_list	*dl = diag_list_new();
	int			 res[4];
	char			*text;

	(void)state;
	assert_int_equal(report_jobs_run(dl, 4, names, NULL, 2, dying_job,
	    NULL, res), -1);
	assert_int_equal(res[0], 0);
	assert_int_equal(res[1], -1);
	assert_int_equal(res[2], -1);
	assert_int_equal(res[3], -1);
	text = diag_list_text(dl);
	assert_string_equal(text,
	    "asemdoc: note: job 0 ran\n"
	    "asemdoc: error: report second: worker killed by signal 9 "
	    "(Killed)\n"
	    "asemdoc: error: report third: worker ended without reporting "
	    "(exit status 5)\n"
	    "asemdoc: note: job 3 ran\n"
	    "asemdoc: error: report fourth: worker exited with status 7\n");
	assert_int_equal(diag_list_status(dl), 1);
	g_free(text);
	diag_list_free(dl);
}

static void
cost_from_earlier_layouts(void **state)
{
	char	*dir = g_dir_make_tmp("test_report_jobs.XXXXXX", NULL);
	char	*lay = g_build_filename(dir, "layout", NULL);
	char	*f;

	(void)state;
	assert_true(report_jobs_cost(dir, "briefing") == 0);
	g_mkdir(lay, 0700);
	f = g_build_filename(lay, "briefing-asia.xml", NULL);
	assert_true(g_file_set_contents(f, "12345", 5, NULL));
	g_free(f);
	f = g_build_filename(lay, "briefing-vn.xml", NULL);
	assert_true(g_file_set_contents(f, "123", 3, NULL));
	g_free(f);
	f = g_build_filename(lay, "briefingx.xml", NULL);
	assert_true(g_file_set_contents(f, "1234567", 7, NULL));
	g_free(f);
	assert_true(report_jobs_cost(dir, "briefing") == 8);
	assert_true(report_jobs_cost(dir, "briefingx") == 7);
	assert_true(report_jobs_cost(dir, "matrix") == 0);
	f = g_build_filename(lay, "briefing-asia.xml", NULL);
	g_unlink(f);
	g_free(f);
	f = g_build_filename(lay, "briefing-vn.xml", NULL);
	g_unlink(f);
	g_free(f);
	f = g_build_filename(lay, "briefingx.xml", NULL);
	g_unlink(f);
	g_free(f);
	g_rmdir(lay);
	g_rmdir(dir);
	g_free(lay);
	g_free(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(serial_in_this_process),
		cmocka_unit_test(workers_report_in_order),
		cmocka_unit_test(costliest_first_same_messages),
		cmocka_unit_test(dead_workers_named),
		cmocka_unit_test(cost_from_earlier_layouts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
