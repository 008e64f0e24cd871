/* Unit tests of the font set-up: only the bundled Noto fonts answer. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include <glib.h>
#include <pango/pangocairo.h>

#include "diag.h"
#include "fonts.h"

static void
generic_families_resolve_to_noto(void **state)
{
	struct diag_list	*dl = diag_list_new();
	char			*f;

	(void)state;
	assert_int_equal(fonts_init(dl), 0);
	assert_int_equal(diag_list_count(dl), 0);
	f = fonts_resolve("serif");
	assert_string_equal(f, "Noto Serif");
	g_free(f);
	f = fonts_resolve("sans");
	assert_string_equal(f, "Noto Sans");
	g_free(f);
	f = fonts_resolve("sans-serif:bold:italic");
	assert_string_equal(f, "Noto Sans");
	g_free(f);
	/* A family we do not ship still gets one of ours, not DejaVu. */
	f = fonts_resolve("DejaVu Sans Mono");
	assert_non_null(f);
	assert_true(strncmp(f, "Noto ", 5) == 0);
	g_free(f);
	diag_list_free(dl);
}

static void
pango_default_map_uses_bundled_fonts(void **state)
{
	struct diag_list	*dl = diag_list_new();
	PangoFontMap		*map;
	PangoContext		*pc;
	PangoLayout		*lay;
	PangoFontDescription	*fd;

	(void)state;
	assert_int_equal(fonts_init(dl), 0);
	map = pango_cairo_font_map_get_default();
	pc = pango_font_map_create_context(map);
	lay = pango_layout_new(pc);
	fd = pango_font_description_from_string("serif 10");
	pango_layout_set_font_description(lay, fd);
	/* Latin, the bullet and the check boxes of the sources: covered. */
	pango_layout_set_text(lay, "Cultural \xe2\x80\xa2 \xe2\x98\x90 "
	    "\xe2\x96\xa1 \xe2\x96\xaa \xe2\x9c\x93", -1);
	assert_int_equal(pango_layout_get_unknown_glyphs_count(lay), 0);
	/* Thai and CJK are not: the layout reports holes, never boxes. */
	pango_layout_set_text(lay, "\xe0\xb8\xaa\xe0\xb8\xa7 \xe4\xb8\xad", -1);
	assert_true(pango_layout_get_unknown_glyphs_count(lay) > 0);
	pango_font_description_free(fd);
	g_object_unref(lay);
	g_object_unref(pc);
	diag_list_free(dl);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(generic_families_resolve_to_noto),
		cmocka_unit_test(pango_default_map_uses_bundled_fonts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
