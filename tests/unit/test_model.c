/* Unit tests of the source model: which files load, look-ups by id and code, superseding. */
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
#include "model.h"

static char *
write_file(const char *dir, const char *rel, const char *text)
{
	char	*path = g_build_filename(dir, rel, NULL);
	char	*parent = g_path_get_dirname(path);

	g_mkdir_with_parents(parent, 0755);
	g_free(parent);
	assert_true(g_file_set_contents(path, text, -1, NULL));
	return path;
}

static void
remove_tree(const char *path)
{
	GDir		*d;
	const char	*name;
	char		*p;

	if (g_file_test(path, G_FILE_TEST_IS_DIR) &&
	    !g_file_test(path, G_FILE_TEST_IS_SYMLINK) &&
	    (d = g_dir_open(path, 0, NULL)) != NULL) {
		while ((name = g_dir_read_name(d)) != NULL) {
			p = g_build_filename(path, name, NULL);
			remove_tree(p);
			g_free(p);
		}
		g_dir_close(d);
	}
	g_remove(path);
}

/* A source tree: two XML files, one in a subdirectory, and what is skipped. */
static char *
make_tree(void)
{
	char	*dir = g_dir_make_tmp("asemdoc-model-XXXXXX", NULL);
	char	*loop;

	assert_non_null(dir);
	g_free(write_file(dir, "b.xml", "<x id=\"b-root\">\n<y id=\"b1\"/>\n"
	    "<y id=\"shared\"/>\n</x>\n"));
	g_free(write_file(dir, "a/countries.xml", "<countries>\n"
	    "<country code=\"PL\" region=\"europe\"/>\n"
	    "<country code=\"VN\" region=\"asia\"/>\n</countries>\n"));
	g_free(write_file(dir, "raw/skipped.xml", "<x id=\"raw\"/>\n"));
	g_free(write_file(dir, "notes.txt", "<x id=\"txt\"/>\n"));
	g_free(write_file(dir, "c.xml", "<z id=\"shared\"/>\n"));
	/* A directory link back to the top is not followed (no loop). */
	loop = g_build_filename(dir, "a", "loop", NULL);
	assert_int_equal(symlink(dir, loop), 0);
	g_free(loop);
	return dir;
}

static void
loads_xml_files_in_name_order_but_not_raw(void **state)
{
	struct diag_list	*dl = diag_list_new();
	char			*dir = make_tree();
	struct model		*m;
	xmlNode			*n;

	(void)state;
	m = model_load(dl, dir);
	assert_non_null(m);
	assert_int_equal(diag_list_count(dl), 0);
	assert_int_equal(model_file_count(m), 3);
	assert_true(g_str_has_suffix(model_file_get(m, 0)->path,
	    "/a/countries.xml"));
	assert_true(g_str_has_suffix(model_file_get(m, 1)->path, "/b.xml"));
	assert_true(g_str_has_suffix(model_file_get(m, 2)->path, "/c.xml"));
	assert_null(model_file_get(m, 3));
	assert_true(model_file_get(m, 1)->checked);
	assert_string_equal(model_file_by_root(m, "x")->root, "x");
	assert_null(model_file_by_root(m, "nothing"));
	assert_null(model_find_id(m, "raw"));
	assert_null(model_find_id(m, "txt"));

	n = model_find_id(m, "b1");
	assert_non_null(n);
	assert_string_equal((const char *)n->name, "y");
	assert_int_equal(xmlGetLineNo(n), 2);
	assert_ptr_equal(model_node_file(m, n), model_file_get(m, 1));
	/* The first file to define an id keeps it. */
	assert_ptr_equal(model_node_file(m, model_find_id(m, "shared")),
	    model_file_get(m, 1));

	assert_non_null(model_country(m, "PL"));
	assert_string_equal(model_attr(model_country(m, "VN"), "region"),
	    "asia");
	assert_null(model_country(m, "XX"));
	assert_null(model_attr(n, "nothing"));
	model_free(m);
	model_free(NULL);
	remove_tree(dir);
	g_free(dir);
	diag_list_free(dl);
}

static void
missing_directory_and_bad_file_are_reported(void **state)
{
	struct diag_list	*dl = diag_list_new();
	char			*dir = make_tree(), *text;
	struct model		*m;

	(void)state;
	assert_null(model_load(dl, "/nonexistent/asemdoc-source"));
	text = diag_list_text(dl);
	assert_string_equal(text, "/nonexistent/asemdoc-source: error: "
	    "no such source directory\n");
	g_free(text);
	g_free(write_file(dir, "d.xml", "<x>\n<unclosed>\n</x>\n"));
	m = model_load(dl, dir);
	assert_non_null(m);
	assert_int_equal(model_file_count(m), 3);
	assert_true(diag_list_count(dl) >= 2);
	assert_int_equal(diag_list_get(dl, 1)->line, 3);
	model_free(m);
	remove_tree(dir);
	g_free(dir);
	diag_list_free(dl);
}

static void
given_file_supersedes_its_counterpart(void **state)
{
	struct diag_list	*dl = diag_list_new();
	char			*dir = make_tree();
	char			*other = g_dir_make_tmp("asemdoc-given-XXXXXX",
				    NULL);
	char			*files[2];
	struct model		*m;

	(void)state;
	/* Same root and id as b.xml: replaces it. */
	files[0] = write_file(other, "b-edition.xml",
	    "<x id=\"b-root\">\n<y id=\"b2\"/>\n</x>\n");
	/* The same file as c.xml: not loaded twice. */
	files[1] = g_build_filename(dir, "c.xml", NULL);
	m = model_load_files(dl, dir, files, 2);
	assert_int_equal(diag_list_count(dl), 0);
	assert_int_equal(model_file_count(m), 3);
	assert_true(model_file_get(m, 0)->checked);
	assert_true(model_file_get(m, 1)->checked);
	assert_false(model_file_get(m, 2)->checked);
	assert_string_equal(model_file_get(m, 2)->root, "countries");
	assert_non_null(model_find_id(m, "b2"));
	assert_null(model_find_id(m, "b1"));
	assert_non_null(model_country(m, "PL"));
	model_free(m);

	/* No source directory: only the given files. */
	m = model_load_files(dl, NULL, files, 1);
	assert_int_equal(model_file_count(m), 1);
	model_free(m);
	g_free(files[0]);
	g_free(files[1]);
	remove_tree(other);
	remove_tree(dir);
	g_free(other);
	g_free(dir);
	diag_list_free(dl);
}

static void
walk_is_document_order_and_survives_deep_nesting(void **state)
{
	xmlDoc		*doc = xmlNewDoc((const xmlChar *)"1.0");
	xmlNode		*root = xmlNewNode(NULL, (const xmlChar *)"r");
	xmlNode		*n, *p;
	GString		*order = g_string_new(NULL);
	size_t		 count = 0, i;

	(void)state;
	xmlDocSetRootElement(doc, root);
	p = xmlNewChild(root, NULL, (const xmlChar *)"a", NULL);
	xmlNewChild(p, NULL, (const xmlChar *)"b", NULL);
	xmlNewChild(root, NULL, (const xmlChar *)"c", NULL);
	for (n = root; n != NULL; n = model_walk(root, n))
		g_string_append(order, (const char *)n->name);
	assert_string_equal(order->str, "rabc");
	/* Walking a subtree stays inside it. */
	g_string_truncate(order, 0);
	for (n = p; n != NULL; n = model_walk(p, n))
		g_string_append(order, (const char *)n->name);
	assert_string_equal(order->str, "ab");

	p = xmlNewChild(root, NULL, (const xmlChar *)"deep", NULL);
	for (i = 0; i < 100000; i++)
		p = xmlNewChild(p, NULL, (const xmlChar *)"d", NULL);
	for (n = root; n != NULL; n = model_walk(root, n))
		count++;
	assert_int_equal(count, 4 + 1 + 100000);
	g_string_free(order, TRUE);
	xmlFreeDoc(doc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(loads_xml_files_in_name_order_but_not_raw),
		cmocka_unit_test(missing_directory_and_bad_file_are_reported),
		cmocka_unit_test(given_file_supersedes_its_counterpart),
		cmocka_unit_test(
		    walk_is_document_order_and_survives_deep_nesting),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
