/* Unit tests of the import's first step: lines to rows, dropped and refused rows. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include <glib.h>

#include "diag.h"
#include "import.h"

#define TITLE	"TITLE\n(Last updated on 07.05.2019 by X - Y, Bulgaria)\n"
#define HEAD	"NO\tTHEMES\tWORKSHOPS\tACTION PLAN\tRECOMMENDATION\tFOLLOW UP\n"

static struct import_table *
parse(struct diag_list *dl, const char *s)
{
	return import_tsv_parse(dl, "t.tsv", s, strlen(s));
}

static void
repeated_header_dropped(void **state)
{
	struct diag_list	*dl = diag_list_new();
	struct import_table	*t;
	char			*text;

	(void)state;
	t = parse(dl, TITLE HEAD "8\tx\t\t\t\t\n"
	    "NO.\tTHEMES\tTOPIC'S WORKSHOP\tACTION PLAN\tRECOMMENDATIONS\t"
	    "FOLLOW-UP\n"
	    "--\t--\t--\t--\t--\t--\n\n\t\t\t\ty\t\n");
	assert_non_null(t);
	assert_int_equal(import_table_rows(t), 2);
	assert_int_equal(t->title->len, 2);
	assert_int_equal(t->header->line, 3);
	assert_string_equal(t->header->cells[2], "WORKSHOPS");
	assert_int_equal(((struct import_row *)t->rows->pdata[1])->line, 8);
	text = diag_list_text(dl);
	assert_string_equal(text,
	    "t.tsv:5: note: column headers repeated at a page break; "
	    "row dropped\n"
	    "t.tsv:6: note: separator row dropped\n");
	g_free(text);
	assert_int_equal(diag_list_status(dl), 0);
	import_table_free(t);
	diag_list_free(dl);
}

static void
column_count_errors(void **state)
{
	struct diag_list	*dl = diag_list_new();
	char			*text;

	(void)state;
	assert_null(parse(dl, TITLE HEAD "8\tx\t\t\t\n"
	    "7\tx\t\t\t\t\t\tz\n"
	    "stray line\n"
	    "6\tx\t\t\t\t\n"));
	text = diag_list_text(dl);
	assert_string_equal(text,
	    "t.tsv:4: error: row has 5 cells, expected 6\n"
	    "t.tsv:5: error: row has 8 cells, expected 6\n"
	    "t.tsv:6: error: row has 1 cell, expected 6\n");
	g_free(text);
	assert_int_equal(diag_list_status(dl), 1);
	diag_list_free(dl);
}

static void
crlf_and_bom_read_as_lf(void **state)
{
	struct diag_list	*dl = diag_list_new();
	struct import_table	*t;
	struct import_row	*r;

	(void)state;
	t = parse(dl, "\xef\xbb\xbfTITLE\r\n(Last updated)\r\n"
	    "NO\tTHEMES\tWORKSHOPS\tACTION PLAN\tRECOMMENDATION\tFOLLOW UP\r\n"
	    "8\tx\t\t\t\tlast\r\n");
	assert_non_null(t);
	r = t->rows->pdata[0];
	assert_string_equal(r->cells[5], "last");
	assert_string_equal(((struct import_line *)t->title->pdata[0])->text,
	    "TITLE");
	import_table_free(t);
	diag_list_free(dl);
}

static void
refused_files(void **state)
{
	static const struct {
		const char	*in;
		size_t		 len;
		const char	*err;
	} cases[] = {
		{ "", 0, "t.tsv:1: error: file is empty\n" },
		{ "\xef\xbb\xbf", 3, "t.tsv:1: error: file is empty\n" },
		{ "ab\ncd\0ef\n", 9,
		  "t.tsv:2:3: error: NUL byte: binary file, not text\n" },
		{ "ab\nc\xe9t\n", 7,
		  "t.tsv:2:2: error: invalid UTF-8 byte 0xe9\n" },
		{ "ab\nc\xe2\x80", 6, "t.tsv:2:2: error: file is truncated "
		  "inside a UTF-8 sequence\n" },
		{ TITLE HEAD "8\tx\ty", sizeof(TITLE HEAD) + 4,
		  "t.tsv:4: error: file is truncated: last row has 3 of 6 "
		  "cells and no line end\n" },
		{ TITLE "\n", sizeof(TITLE), "t.tsv:3: error: no column headers "
		  "(NO, THEMES, ...) found\n" },
		{ TITLE HEAD "--\t--\t--\t--\t--\t--\n", sizeof(TITLE HEAD) + 17,
		  "t.tsv:4: note: separator row dropped\n"
		  "t.tsv:4: error: no meeting rows found\n" },
	};
	struct diag_list	*dl;
	char			*text;
	size_t			 i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(cases); i++) {
		dl = diag_list_new();
		assert_null(import_tsv_parse(dl, "t.tsv", cases[i].in,
		    cases[i].len));
		text = diag_list_text(dl);
		assert_string_equal(text, cases[i].err);
		g_free(text);
		diag_list_free(dl);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(repeated_header_dropped),
		cmocka_unit_test(column_count_errors),
		cmocka_unit_test(crlf_and_bom_read_as_lf),
		cmocka_unit_test(refused_files),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
