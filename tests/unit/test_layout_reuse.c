/* Unit tests of first-pass layout reuse: unchanged paragraphs are taken, changed ones laid out again. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <glib.h>
#include <pango/pangocairo.h>

#include "layout_int.h"

static struct lt_style	 style_a, style_b;
static PangoContext	*pc;

static PangoLayout *
layout(const char *text)
{
	PangoLayout	*lay = pango_layout_new(pc);

	pango_layout_set_text(lay, text, -1);
	return lay;
}

static void
keep(struct lt_reuse *r, PangoLayout *lay, const struct lt_style *st,
    int width)
{
	PangoAttrList	*attrs = pango_attr_list_new();

	lt_reuse_keep(r, pango_layout_get_text(lay), attrs, st, width, 0,
	    LT_LEFT, lay);
	pango_attr_list_unref(attrs);
}

static PangoLayout *
take(struct lt_reuse *r, const char *text, const struct lt_style *st,
    int width, PangoAttrList *attrs)
{
	PangoAttrList	*own = attrs != NULL ? pango_attr_list_ref(attrs) :
			    pango_attr_list_new();
	PangoLayout	*lay;

	lay = lt_reuse_take(r, text, own, st, width, 0, LT_LEFT);
	pango_attr_list_unref(own);
	return lay;
}

static void
test_order_and_changes(void **state)
{
	struct lt_reuse	*r = lt_reuse_new();
	PangoLayout	*l[4], *got;
	int		 i;

	(void)state;
	l[0] = layout("First paragraph.");
	l[1] = layout("See page 00.");
	l[2] = layout("Third paragraph.");
	l[3] = layout("Fourth paragraph.");
	for (i = 0; i < 4; i++)
		keep(r, l[i], i == 3 ? &style_b : &style_a, 1000);
	/* Unchanged: the very object of the first pass. */
	got = take(r, "First paragraph.", &style_a, 1000, NULL);
	assert_ptr_equal(got, l[0]);
	g_object_unref(got);
	/* Its reference got its number: laid out again. */
	assert_null(take(r, "See page 12.", &style_a, 1000, NULL));
	/* The order goes on after it. */
	got = take(r, "Third paragraph.", &style_a, 1000, NULL);
	assert_ptr_equal(got, l[2]);
	g_object_unref(got);
	/* Same text in another style or width: not taken, nor passed. */
	assert_null(take(r, "Fourth paragraph.", &style_a, 1000, NULL));
	assert_null(take(r, "Fourth paragraph.", &style_b, 900, NULL));
	got = take(r, "Fourth paragraph.", &style_b, 1000, NULL);
	assert_ptr_equal(got, l[3]);
	g_object_unref(got);
	/* Nothing is taken twice. */
	assert_null(take(r, "First paragraph.", &style_a, 1000, NULL));
	lt_reuse_free(r);
	for (i = 0; i < 4; i++)
		g_object_unref(l[i]);
}

/* Other attributes (a link, emphasis) make another paragraph. */
static void
test_attributes_count(void **state)
{
	struct lt_reuse	*r = lt_reuse_new();
	PangoLayout	*a = layout("Alpha.");
	PangoAttrList	*bold = pango_attr_list_new();

	(void)state;
	keep(r, a, &style_a, 500);
	pango_attr_list_insert(bold, pango_attr_weight_new(PANGO_WEIGHT_BOLD));
	assert_null(take(r, "Alpha.", &style_a, 500, bold));
	pango_attr_list_unref(bold);
	lt_reuse_free(r);
	g_object_unref(a);
}

/* A paragraph the final pass does not lay out is skipped over. */
static void
test_skips_a_missing_one(void **state)
{
	struct lt_reuse	*r = lt_reuse_new();
	PangoLayout	*a = layout("Alpha."), *b = layout("Beta."), *got;

	(void)state;
	keep(r, a, &style_a, 500);
	keep(r, b, &style_b, 500);
	got = take(r, "Beta.", &style_b, 500, NULL);
	assert_ptr_equal(got, b);
	g_object_unref(got);
	lt_reuse_free(r);
	g_object_unref(a);
	g_object_unref(b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_order_and_changes),
		cmocka_unit_test(test_attributes_count),
		cmocka_unit_test(test_skips_a_missing_one),
	};
	int	rc;

	pc = pango_font_map_create_context(pango_cairo_font_map_get_default());
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	g_object_unref(pc);
	return rc;
}
