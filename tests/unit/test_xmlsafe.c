/* Unit tests of safe XML reading: no DTD, no entities, bounded depth. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include <glib.h>

#include "diag.h"
#include "xmlsafe.h"

static xmlDoc *
read_str(struct diag_list *dl, const char *s)
{
	return xmlsafe_read_memory(dl, "t.xml", s, strlen(s));
}

static void
plain_document_reads(void **state)
{
	struct diag_list	*dl = diag_list_new();
	xmlDoc			*doc;

	(void)state;
	doc = read_str(dl, "<a>\n<b x='1'>t</b>\n</a>\n");
	assert_non_null(doc);
	assert_int_equal(xmlGetLineNo(xmlDocGetRootElement(doc)->children
	    ->next), 2);
	assert_int_equal(diag_list_count(dl), 0);
	xmlFreeDoc(doc);
	diag_list_free(dl);
}

static void
external_entity_refused(void **state)
{
	struct diag_list	*dl = diag_list_new();
	char			*text;
	xmlDoc			*doc;

	(void)state;
	doc = read_str(dl, "<?xml version='1.0'?>\n"
	    "<!DOCTYPE a [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>\n"
	    "<a>&x;</a>\n");
	assert_null(doc);
	text = diag_list_text(dl);
	assert_non_null(strstr(text, "t.xml:2: error: document type "
	    "declarations are not allowed"));
	g_free(text);
	diag_list_free(dl);
}

static void
billion_laughs_refused_quickly(void **state)
{
	struct diag_list	*dl = diag_list_new();
	GString			*s = g_string_new("<!DOCTYPE l [\n"
				    "<!ENTITY l0 'ha'>\n");
	int			 i;
	gint64			 t0 = g_get_monotonic_time();

	(void)state;
	for (i = 1; i < 30; i++)
		g_string_append_printf(s, "<!ENTITY l%d '&l%d;&l%d;&l%d;'>\n",
		    i, i - 1, i - 1, i - 1);
	g_string_append(s, "]>\n<l>&l29;</l>\n");
	assert_null(read_str(dl, s->str));
	assert_true(diag_list_failed(dl));
	assert_true(g_get_monotonic_time() - t0 < 5 * G_USEC_PER_SEC);
	g_string_free(s, TRUE);
	diag_list_free(dl);
}

static void
deep_nesting_refused(void **state)
{
	struct diag_list	*dl = diag_list_new();
	GString			*s = g_string_new(NULL);
	int			 i;

	(void)state;
	for (i = 0; i < 100000; i++)
		g_string_append(s, "<a>");
	assert_null(read_str(dl, s->str));
	assert_true(diag_list_failed(dl));
	g_string_free(s, TRUE);
	diag_list_free(dl);
}

static void
xinclude_not_processed(void **state)
{
	struct diag_list	*dl = diag_list_new();
	xmlDoc			*doc;
	xmlNode			*root;

	(void)state;
	doc = read_str(dl, "<a xmlns:xi='http://www.w3.org/2001/XInclude'>"
	    "<xi:include href='/etc/passwd' parse='text'/></a>");
	assert_non_null(doc);
	root = xmlDocGetRootElement(doc);
	/* The include element stays an element; nothing is read. */
	assert_string_equal((const char *)root->children->name, "include");
	xmlFreeDoc(doc);
	diag_list_free(dl);
}

static void
malformed_names_line(void **state)
{
	struct diag_list	*dl = diag_list_new();
	char			*text;

	(void)state;
	assert_null(read_str(dl, "<a>\n<b>\n</a>\n"));
	text = diag_list_text(dl);
	assert_non_null(strstr(text, "t.xml:3:"));
	g_free(text);
	diag_list_free(dl);
}

static void
missing_file_named(void **state)
{
	struct diag_list	*dl = diag_list_new();
	char			*text;

	(void)state;
	assert_null(xmlsafe_read_file(dl, "no/such/file.xml"));
	text = diag_list_text(dl);
	assert_string_equal(text, "no/such/file.xml: error: no such file\n");
	g_free(text);
	diag_list_free(dl);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(plain_document_reads),
		cmocka_unit_test(external_entity_refused),
		cmocka_unit_test(billion_laughs_refused_quickly),
		cmocka_unit_test(deep_nesting_refused),
		cmocka_unit_test(xinclude_not_processed),
		cmocka_unit_test(malformed_names_line),
		cmocka_unit_test(missing_file_named),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
