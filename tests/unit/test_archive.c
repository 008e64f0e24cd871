/* Unit tests of the archive: manifest scan, text form, parse, compare; revision; tree copy. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "archive.h"
#include "diag.h"

static char *
tmpdir(void)
{
	char	*d = g_dir_make_tmp("test-archive-XXXXXX", NULL);

	assert_non_null(d);
	return d;
}

static void
put(const char *dir, const char *rel, const char *text)
{
	char	*path = g_build_filename(dir, rel, NULL);
	char	*parent = g_path_get_dirname(path);

	assert_int_equal(g_mkdir_with_parents(parent, 0777), 0);
	assert_true(g_file_set_contents(path, text, -1, NULL));
	g_free(parent);
	g_free(path);
}

/* SHA-256 of "abc" (FIPS 180-2 example) and of the empty file. */
#define SHA_ABC "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
#define SHA_EMPTY "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

static void
scan_format_parse(void **state)
{
	struct diag_list	*dl = diag_list_new();
	struct archive_manifest	*m, *p;
	char			*dir = tmpdir(), *text, *again;

	(void)state;
	put(dir, "reports/matrix.pdf", "abc");
	put(dir, "source/matrix.xml", "");
	put(dir, "MANIFEST", "left out: the manifest does not list itself");
	put(dir, "a file with spaces", "abc");
	m = archive_manifest_scan(dl, dir, "2", "2020-02-01", "asemdoc 0.1.0");
	assert_non_null(m);
	text = archive_manifest_format(m);
	assert_string_equal(text,
	    "asemdoc archive manifest 1\n"
	    "version: 2\n"
	    "date: 2020-02-01\n"
	    "program: asemdoc 0.1.0\n"
	    "files: 3\n"
	    SHA_ABC " 3 a file with spaces\n"
	    SHA_ABC " 3 reports/matrix.pdf\n"
	    SHA_EMPTY " 0 source/matrix.xml\n");
	p = archive_manifest_parse(dl, "MANIFEST", text);
	assert_non_null(p);
	assert_string_equal(p->version, "2");
	assert_string_equal(p->date, "2020-02-01");
	assert_string_equal(p->program, "asemdoc 0.1.0");
	again = archive_manifest_format(p);
	assert_string_equal(again, text);
	assert_int_equal(diag_list_count(dl), 0);
	g_free(again);
	g_free(text);
	archive_manifest_free(p);
	archive_manifest_free(m);
	archive_tree_remove(dir);
	assert_false(g_file_test(dir, G_FILE_TEST_EXISTS));
	g_free(dir);
	diag_list_free(dl);
}

static void
parse_refuses_damage(void **state)
{
	static const char *const cases[][2] = {
		{ "not a manifest\n",
		  "M:1: error: not an archive manifest\n" },
		{ "asemdoc archive manifest 1\nversion: 1\ndate: d\n",
		  "M:4: error: expected \"program\"\n" },
		{ "asemdoc archive manifest 1\nversion: 1",
		  "M:1: error: not an archive manifest\n" },
		{ "asemdoc archive manifest 1\nversion: 1\ndate: d\n"
		  "program: p\n",
		  "M:5: error: expected \"files\"\n" },
		{ "asemdoc archive manifest 1\nversion: 1\ndate: d\n"
		  "program: p\nfiles: 1\nXYZ 3 a\n",
		  "M:6: error: expected \"SHA256 SIZE PATH\"\n" },
		{ "asemdoc archive manifest 1\nversion: 1\ndate: d\n"
		  "program: p\nfiles: 2\n" SHA_ABC " 3 a\n",
		  "M:5: error: lists 1 files, not 2\n" },
		{ "asemdoc archive manifest 1\nversion: 1\ndate: d\n"
		  "program: p\nfiles: 1\n" SHA_ABC " 3x a\n",
		  "M:6: error: expected \"SHA256 SIZE PATH\"\n" },
	};
	struct diag_list	*dl;
	char			*msgs;
	size_t			 i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(cases); i++) {
		dl = diag_list_new();
		assert_null(archive_manifest_parse(dl, "M", cases[i][0]));
		msgs = diag_list_text(dl);
		assert_string_equal(msgs, cases[i][1]);
		g_free(msgs);
		diag_list_free(dl);
	}
}

/* What archive names when it refuses, and verify when files changed. */
static void
compare_names_each_file(void **state)
{
	struct diag_list	*dl = diag_list_new();
	struct archive_manifest	*a, *b;
	GPtrArray		*d;
	char			*dir = tmpdir(), *old;

	(void)state;
	put(dir, "reports/matrix.pdf", "abc");
	put(dir, "reports/old.pdf", "x");
	put(dir, "source/matrix.xml", "<matrix/>");
	a = archive_manifest_scan(dl, dir, "1", "2019-05-07", "asemdoc 0.1.0");
	put(dir, "reports/matrix.pdf", "abd");
	put(dir, "reports/new.pdf", "y");
	old = g_build_filename(dir, "reports", "old.pdf", NULL);
	assert_int_equal(g_unlink(old), 0);
	g_free(old);
	b = archive_manifest_scan(dl, dir, "1", "2019-05-07", "asemdoc 9");
	assert_non_null(a);
	assert_non_null(b);
	d = archive_manifest_compare(a, b);
	assert_int_equal(d->len, 3);
	assert_string_equal(g_ptr_array_index(d, 0), "reports/matrix.pdf");
	assert_string_equal(g_ptr_array_index(d, 1), "reports/new.pdf (new)");
	assert_string_equal(g_ptr_array_index(d, 2),
	    "reports/old.pdf (only in the archive)");
	g_ptr_array_unref(d);
	/* The same files: nothing differs, whatever the program version. */
	d = archive_manifest_compare(b, b);
	assert_int_equal(d->len, 0);
	g_ptr_array_unref(d);
	archive_manifest_free(a);
	archive_manifest_free(b);
	archive_tree_remove(dir);
	g_free(dir);
	diag_list_free(dl);
}

static void
tree_copy_is_identical(void **state)
{
	struct diag_list	*dl = diag_list_new();
	struct archive_manifest	*a, *b;
	GPtrArray		*d;
	char			*src = tmpdir(), *dst = tmpdir(), *to;

	(void)state;
	put(src, "matrix.xml", "<matrix/>");
	put(src, "documents/history.xml", "<document/>");
	put(src, "raw/matrix.txt", "NO\tTHEMES\n");
	to = g_build_filename(dst, "source", NULL);
	assert_int_equal(archive_tree_copy(dl, src, to), 0);
	a = archive_manifest_scan(dl, src, "1", "d", "p");
	b = archive_manifest_scan(dl, to, "1", "d", "p");
	d = archive_manifest_compare(a, b);
	assert_int_equal(d->len, 0);
	assert_int_equal(a->entries->len, 3);
	g_ptr_array_unref(d);
	archive_manifest_free(a);
	archive_manifest_free(b);
	archive_tree_remove(src);
	archive_tree_remove(dst);
	g_free(src);
	g_free(dst);
	g_free(to);
	diag_list_free(dl);
}

static void
symlink_refused(void **state)
{
	struct diag_list	*dl = diag_list_new();
	char			*dir = tmpdir(), *link, *msgs, *want;

	(void)state;
	put(dir, "a.txt", "a");
	link = g_build_filename(dir, "b.txt", NULL);
	assert_int_equal(symlink("/etc/passwd", link), 0);
	assert_null(archive_manifest_scan(dl, dir, "1", "d", "p"));
	msgs = diag_list_text(dl);
	want = g_strdup_printf("%s: error: symbolic links are not "
	    "archived\n", link);
	assert_string_equal(msgs, want);
	g_free(want);
	g_free(msgs);
	g_free(link);
	archive_tree_remove(dir);
	g_free(dir);
	diag_list_free(dl);
}

#define MATRIX(revs) "<matrix><title>t</title><columns/><revisions>" revs \
	"</revisions></matrix>\n"
#define REV(v, d) "<revision version=\"" v "\" date=\"" d "\"><body>b" \
	"</body><summary>s</summary></revision>"

/* The latest date wins, the last of several on one date; as the reports. */
static void
revision_latest(void **state)
{
	static const char *const cases[][3] = {
		{ MATRIX(REV("1", "2019-05-07")), "1", "2019-05-07" },
		{ MATRIX(REV("2", "2020-01-01") REV("1", "2019-05-07")),
		  "2", "2020-01-01" },
		{ MATRIX(REV("1", "2019-05-07") REV("1.1", "2019-05-07")),
		  "1.1", "2019-05-07" },
	};
	struct diag_list	*dl = diag_list_new();
	char			*dir = tmpdir(), *v, *d;
	size_t			 i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(cases); i++) {
		put(dir, "matrix.xml", cases[i][0]);
		assert_int_equal(archive_revision(dl, dir, &v, &d), 0);
		assert_string_equal(v, cases[i][1]);
		assert_string_equal(d, cases[i][2]);
		g_free(v);
		g_free(d);
	}
	assert_int_equal(diag_list_count(dl), 0);
	archive_tree_remove(dir);
	g_free(dir);
	diag_list_free(dl);
}

/* A version names a directory: "../x" or "1/2" must never pass. */
static void
revision_refuses_bad_version(void **state)
{
	static const char *const bad[] = { "../x", "1/2", "", "1.", ".1",
	    "1..2", "v1" };
	struct diag_list	*dl;
	char			*dir = tmpdir(), *v, *d, *text, *msgs;
	size_t			 i;

	(void)state;
	for (i = 0; i < G_N_ELEMENTS(bad); i++) {
		dl = diag_list_new();
		text = g_strdup_printf("<matrix><revisions>\n<revision "
		    "version=\"%s\" date=\"2019-05-07\"/></revisions>"
		    "</matrix>\n", bad[i]);
		put(dir, "matrix.xml", text);
		assert_int_equal(archive_revision(dl, dir, &v, &d), -1);
		assert_null(v);
		msgs = diag_list_text(dl);
		assert_non_null(strstr(msgs, "matrix.xml:2: error: revision "
		    "version is not a dotted number"));
		g_free(msgs);
		g_free(text);
		diag_list_free(dl);
	}
	dl = diag_list_new();
	put(dir, "matrix.xml", "<matrix><revisions><revision version=\"1\" "
	    "date=\"2019-02-30\"/></revisions></matrix>\n");
	assert_int_equal(archive_revision(dl, dir, &v, &d), -1);
	assert_int_equal(diag_list_status(dl), 1);
	diag_list_free(dl);
	archive_tree_remove(dir);
	g_free(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(scan_format_parse),
		cmocka_unit_test(parse_refuses_damage),
		cmocka_unit_test(compare_names_each_file),
		cmocka_unit_test(tree_copy_is_identical),
		cmocka_unit_test(symlink_refused),
		cmocka_unit_test(revision_latest),
		cmocka_unit_test(revision_refuses_bad_version),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
