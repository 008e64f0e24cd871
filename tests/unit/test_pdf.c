/* Unit tests of the PDF writer: atomic output, metadata, drawing a page. */
#define _GNU_SOURCE	/* memmem() */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "diag.h"
#include "layout.h"
#include "pdf.h"

static struct layout_page *
page_new(void)
{
	struct layout_page	*p = g_new0(struct layout_page, 1);
	struct layout_op	 op;

	p->number = 1;
	p->label = "1";
	p->width = 200;
	p->height = 100;
	p->ops = g_array_new(FALSE, TRUE, sizeof(struct layout_op));
	memset(&op, 0, sizeof(op));
	op.kind = LAYOUT_FILL;
	op.x = 10;
	op.y = 10;
	op.w = 50;
	op.h = 20;
	op.color = 0x336699;
	g_array_append_val(p->ops, op);
	return p;
}

static char *
tmpdir(void)
{
	char	*d = g_build_filename(g_get_tmp_dir(), "asemdoc-pdf-XXXXXX",
		    NULL);

	assert_non_null(g_mkdtemp(d));
	return d;
}

static void
commit_writes_pdf_and_abort_keeps_old(void **state)
{
	struct diag_list	*dl = diag_list_new();
	struct layout_page	*p = page_new();
	struct pdf_meta		 meta;
	struct pdf_doc		*pdf;
	char			*dir = tmpdir(), *path, *buf;
	gsize			 len;
	GDir			*gd;

	(void)state;
	path = g_build_filename(dir, "out.pdf", NULL);
	memset(&meta, 0, sizeof(meta));
	meta.title = "T";
	meta.date = "2018-06-20T00:00:00Z";
	assert_true(g_file_set_contents(path, "earlier", -1, NULL));

	pdf = pdf_doc_open(dl, path, &meta);
	assert_non_null(pdf);
	assert_int_equal(pdf_doc_page(pdf, p), 0);
	assert_int_not_equal(pdf_doc_close(pdf, false), 0);
	assert_true(g_file_get_contents(path, &buf, &len, NULL));
	assert_string_equal(buf, "earlier");
	g_free(buf);

	pdf = pdf_doc_open(dl, path, &meta);
	assert_int_equal(pdf_doc_page(pdf, p), 0);
	assert_int_equal(pdf_doc_close(pdf, true), 0);
	assert_true(g_file_get_contents(path, &buf, &len, NULL));
	assert_memory_equal(buf, "%PDF-", 5);
	assert_non_null(memmem(buf, len, "/CreationDate (20180620000000Z)",
	    31));
	g_free(buf);
	assert_int_equal(diag_list_count(dl), 0);

	/* Nothing but out.pdf is left in the directory. */
	gd = g_dir_open(dir, 0, NULL);
	assert_string_equal(g_dir_read_name(gd), "out.pdf");
	assert_null(g_dir_read_name(gd));
	g_dir_close(gd);
	g_unlink(path);
	g_rmdir(dir);
	g_array_free(p->ops, TRUE);
	g_free(p);
	g_free(path);
	g_free(dir);
	diag_list_free(dl);
}

static void
missing_directory_is_system_error(void **state)
{
	struct diag_list	*dl = diag_list_new();
	struct pdf_meta		 meta;

	(void)state;
	memset(&meta, 0, sizeof(meta));
	assert_null(pdf_doc_open(dl, "/nonexistent-dir/x/out.pdf", &meta));
	assert_int_equal(diag_list_status(dl), 3);
	diag_list_free(dl);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(commit_writes_pdf_and_abort_keeps_old),
		cmocka_unit_test(missing_directory_is_system_error),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
