/* Unit tests of the transformation stage: parameters, messages, what a stylesheet may read and write. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <libxml/tree.h>

#include "diag.h"
#include "transform.h"
#include "xmlsafe.h"

/* A scratch directory with xsl/ and source/ below it. */
struct fx {
	char	*dir;
	char	*xsl;
	char	*src;
};

static int
setup(void **state)
{
	struct fx	*f = g_new0(struct fx, 1);

	f->dir = g_dir_make_tmp("test_transform.XXXXXX", NULL);
	assert_non_null(f->dir);
	f->xsl = g_build_filename(f->dir, "xsl", NULL);
	f->src = g_build_filename(f->dir, "source", NULL);
	g_mkdir(f->xsl, 0700);
	g_mkdir(f->src, 0700);
	*state = f;
	return 0;
}

static void
rm_tree(const char *path)
{
	GDir		*d;
	const char	*n;

	if ((d = g_dir_open(path, 0, NULL)) != NULL) {
		while ((n = g_dir_read_name(d)) != NULL) {
			char	*p = g_build_filename(path, n, NULL);

			rm_tree(p);
			g_free(p);
		}
		g_dir_close(d);
	}
	g_remove(path);
}

static int
teardown(void **state)
{
	struct fx	*f = *state;

	rm_tree(f->dir);
	g_free(f->dir);
	g_free(f->xsl);
	g_free(f->src);
	g_free(f);
	return 0;
}

static char *
put(const char *dir, const char *name, const char *text)
{
	char	*p = g_build_filename(dir, name, NULL);

	assert_true(g_file_set_contents(p, text, -1, NULL));
	return p;
}

#define XSL_HEAD "<?xml version=\"1.0\"?>\n<xsl:stylesheet version=\"1.0\" " \
	"xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">\n"

/* Load xsl text as f->xsl/name and apply it to <a/>; returns the result. */
static xmlDoc *
run(struct fx *f, struct diag_list *dl, const char *text,
    const char *const *params, char **out_text)
{
	const char		*dirs[] = { f->src, NULL };
	struct transform	*t;
	xmlDoc			*in, *res = NULL;
	char			*path = put(f->xsl, "t.xsl", text);
	char			*out;

	in = xmlsafe_read_memory(dl, "in.xml", "<a>x</a>", 8);
	assert_non_null(in);
	if ((t = transform_load(dl, path, dirs)) != NULL) {
		res = transform_apply(dl, t, in, params);
		if (res != NULL && out_text != NULL) {
			out = g_build_filename(f->dir, "out.txt", NULL);
			assert_int_equal(transform_save(dl, t, res, out), 0);
			assert_true(g_file_get_contents(out, out_text, NULL,
			    NULL));
			g_free(out);
		}
		transform_free(t);
	}
	xmlFreeDoc(in);
	g_free(path);
	return res;
}

static void
param_with_both_quotes(void **state)
{
	struct diag_list	*dl = diag_list_new();
	const char		*params[] = { "p", "it's \"quoted\"", NULL };
	xmlDoc			*res;
	char			*text = NULL;

	res = run(*state, dl, XSL_HEAD
	    "<xsl:output method=\"text\"/><xsl:param name=\"p\"/>\n"
	    "<xsl:template match=\"/\">[<xsl:value-of select=\"$p\"/>]"
	    "</xsl:template></xsl:stylesheet>\n", params, &text);
	assert_non_null(res);
	assert_string_equal(text, "[it's \"quoted\"]");
	assert_int_equal(diag_list_count(dl), 0);
	g_free(text);
	xmlFreeDoc(res);
	diag_list_free(dl);
}

static void
compile_error_names_file_and_line(void **state)
{
	struct fx		*f = *state;
	struct diag_list	*dl = diag_list_new();
	const struct diag	*d;

	assert_null(run(f, dl, XSL_HEAD
	    "<xsl:template match=\"/\">\n"
	    "<xsl:value-of select=\"$undefined\"/>\n"
	    "</xsl:template></xsl:stylesheet>\n", NULL, NULL));
	assert_true(diag_list_failed(dl));
	d = diag_list_get(dl, 0);
	assert_non_null(d->file);
	assert_true(g_str_has_suffix(d->file, "xsl/t.xsl"));
	assert_int_equal(d->line, 4);
	assert_non_null(strstr(d->text, "undefined"));
	diag_list_free(dl);
}

static void
message_levels(void **state)
{
	struct diag_list	*dl = diag_list_new();
	xmlDoc			*res;

	res = run(*state, dl, XSL_HEAD
	    "<xsl:template match=\"/\"><r/>"
	    "<xsl:message>just so</xsl:message>"
	    "<xsl:message>warning: odd data</xsl:message>"
	    "</xsl:template></xsl:stylesheet>\n", NULL, NULL);
	assert_non_null(res);
	assert_int_equal(diag_list_count(dl), 2);
	assert_int_equal(diag_list_get(dl, 0)->level, DIAG_NOTE);
	assert_string_equal(diag_list_get(dl, 0)->text, "just so");
	assert_int_equal(diag_list_get(dl, 1)->level, DIAG_WARNING);
	assert_string_equal(diag_list_get(dl, 1)->text, "odd data");
	xmlFreeDoc(res);
	diag_list_free(dl);
}

static void
terminating_message_fails(void **state)
{
	struct diag_list	*dl = diag_list_new();

	assert_null(run(*state, dl, XSL_HEAD
	    "<xsl:template match=\"/\"><r/>"
	    "<xsl:message terminate=\"yes\">error: no themes</xsl:message>"
	    "</xsl:template></xsl:stylesheet>\n", NULL, NULL));
	assert_true(diag_list_failed(dl));
	assert_string_equal(diag_list_get(dl, 0)->text, "no themes");
	diag_list_free(dl);
}

static void
reads_source_not_elsewhere(void **state)
{
	struct fx		*f = *state;
	struct diag_list	*dl = diag_list_new();
	char			*in_src, *outside, *xsl, *text = NULL;
	xmlDoc			*res;

	in_src = put(f->src, "ok.xml", "<v>inside</v>");
	outside = put(f->dir, "secret.xml", "<v>secret</v>");
	xsl = g_strdup_printf(XSL_HEAD "<xsl:output method=\"text\"/>"
	    "<xsl:template match=\"/\">"
	    "<xsl:value-of select=\"document('%s')/v\"/>"
	    "</xsl:template></xsl:stylesheet>\n", in_src);
	res = run(f, dl, xsl, NULL, &text);
	assert_non_null(res);
	assert_string_equal(text, "inside");
	xmlFreeDoc(res);
	g_free(xsl);
	g_free(text);
	text = NULL;

	/* The same through "..": outside the allowed directories. */
	xsl = g_strdup_printf(XSL_HEAD "<xsl:output method=\"text\"/>"
	    "<xsl:template match=\"/\">"
	    "<xsl:value-of select=\"document('%s/../secret.xml')/v\"/>"
	    "</xsl:template></xsl:stylesheet>\n", f->src);
	res = run(f, dl, xsl, NULL, &text);
	assert_null(res);
	assert_null(text);
	assert_true(diag_list_failed(dl));
	assert_non_null(strstr(diag_list_get(dl, 0)->text, "not allowed"));
	g_free(xsl);
	g_free(in_src);
	g_free(outside);
	diag_list_free(dl);
}

static void
import_outside_refused(void **state)
{
	struct fx		*f = *state;
	struct diag_list	*dl = diag_list_new();
	char			*outside, *xsl;

	outside = put(f->dir, "evil.xsl", XSL_HEAD "</xsl:stylesheet>\n");
	xsl = g_strdup_printf(XSL_HEAD "<xsl:import href=\"%s\"/>"
	    "</xsl:stylesheet>\n", outside);
	assert_null(run(f, dl, xsl, NULL, NULL));
	assert_true(diag_list_failed(dl));
	g_free(xsl);
	g_free(outside);
	diag_list_free(dl);
}

static void
no_writing_no_network(void **state)
{
	struct fx		*f = *state;
	struct diag_list	*dl = diag_list_new();
	char			*xsl, *target;

	target = g_build_filename(f->dir, "written.txt", NULL);
	xsl = g_strdup_printf("<?xml version=\"1.0\"?>\n<xsl:stylesheet "
	    "version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/"
	    "Transform\" xmlns:exsl=\"http://exslt.org/common\" "
	    "extension-element-prefixes=\"exsl\">"
	    "<xsl:template match=\"/\"><r/><exsl:document href=\"%s\" "
	    "method=\"text\">x</exsl:document></xsl:template>"
	    "</xsl:stylesheet>\n", target);
	assert_null(run(f, dl, xsl, NULL, NULL));
	assert_true(diag_list_failed(dl));
	assert_false(g_file_test(target, G_FILE_TEST_EXISTS));
	g_free(xsl);
	diag_list_free(dl);

	dl = diag_list_new();
	assert_null(run(f, dl, XSL_HEAD "<xsl:template match=\"/\"><r>"
	    "<xsl:value-of select=\"document('http://127.0.0.1:9/x.xml')\"/>"
	    "</r></xsl:template></xsl:stylesheet>\n", NULL, NULL));
	assert_true(diag_list_failed(dl));
	g_free(target);
	diag_list_free(dl);
}

static void
doctype_in_stylesheet_refused(void **state)
{
	struct diag_list	*dl = diag_list_new();

	assert_null(run(*state, dl, "<?xml version=\"1.0\"?>\n"
	    "<!DOCTYPE x [<!ENTITY e SYSTEM \"/etc/passwd\">]>\n"
	    "<xsl:stylesheet version=\"1.0\" "
	    "xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">"
	    "<xsl:template match=\"/\"><r>&e;</r></xsl:template>"
	    "</xsl:stylesheet>\n", NULL, NULL));
	assert_true(diag_list_failed(dl));
	diag_list_free(dl);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(param_with_both_quotes,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(
		    compile_error_names_file_and_line, setup, teardown),
		cmocka_unit_test_setup_teardown(message_levels, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(terminating_message_fails,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(reads_source_not_elsewhere,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(import_outside_refused,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(no_writing_no_network,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(doctype_in_stylesheet_refused,
		    setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
