/* Fonts: fontconfig configured from fonts/ only, installed as Pango's default font map. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <fontconfig/fontconfig.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include "diag.h"
#include "fonts.h"
#include "paths.h"

static FcConfig	*config;
static int	 init_rc = 1;	/* 1 not tried, 0 done, -1 failed */

/*
 * A writable cache directory: the user's cache when it can be made,
 * else the temporary directory.  Without one fontconfig prints "No
 * writable cache directories" on every run.
 */
static char *
cache_dir(void)
{
	char	*dir;

	dir = g_build_filename(g_get_user_cache_dir(), "asemdoc-fontconfig",
	    NULL);
	if (g_mkdir_with_parents(dir, 0700) == 0 &&
	    g_access(dir, W_OK) == 0)
		return dir;
	g_free(dir);
	dir = g_strdup_printf("%s/asemdoc-fontconfig-%lu", g_get_tmp_dir(),
	    (unsigned long)getuid());
	if (g_mkdir_with_parents(dir, 0700) == 0 &&
	    g_access(dir, W_OK) == 0)
		return dir;
	g_free(dir);
	return NULL;
}

/*
 * At exit, drop the default font map and the configuration: Pango keeps
 * fontconfig patterns where leak checkers cannot see them, so every run
 * under AddressSanitizer reported about 28 kB "leaked".
 */
static void
release(void)
{
	pango_fc_font_map_shutdown(
	    PANGO_FC_FONT_MAP(pango_cairo_font_map_get_default()));
	pango_cairo_font_map_set_default(NULL);
	FcConfigSetCurrent(NULL);
	FcConfigDestroy(config);
	config = NULL;
}

/*
 * Every font fonts/MANIFEST lists must have loaded: fontconfig skips a
 * missing or truncated file without a word, and Pango would then set
 * the text in another family.  0, or -1 after naming each missing file.
 */
static int
check_manifest(struct diag_list *dl, const char *dir, const FcFontSet *set)
{
	GHashTable	*have;
	FcChar8		*file;
	char		*path, *text, **lines, *name;
	int		 i, rc = 0;

	path = g_build_filename(dir, "MANIFEST", NULL);
	if (!g_file_get_contents(path, &text, NULL, NULL)) {
		g_free(path);
		return 0;
	}
	have = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (i = 0; i < set->nfont; i++)
		if (FcPatternGetString(set->fonts[i], FC_FILE, 0, &file) ==
		    FcResultMatch)
			g_hash_table_add(have,
			    g_path_get_basename((const char *)file));
	lines = g_strsplit(text, "\n", -1);
	for (i = 0; lines[i] != NULL; i++) {
		if (lines[i][0] == '#' || lines[i][0] == '\0')
			continue;
		name = g_strndup(lines[i], strcspn(lines[i], "|"));
		if (!g_hash_table_contains(have, name)) {
			g_free(path);
			path = g_build_filename(dir, name, NULL);
			diag_add(dl, DIAG_SYSTEM, path, 0, 0, "font missing or "
			    "unreadable (listed in fonts/MANIFEST)");
			rc = -1;
		}
		g_free(name);
	}
	g_strfreev(lines);
	g_hash_table_destroy(have);
	g_free(text);
	g_free(path);
	return rc;
}

static int
load(struct diag_list *dl)
{
	PangoFontMap	*map;
	FcFontSet	*set;
	char		*conf, *dir, *cache, *xml;
	int		 rc = -1;

	conf = paths_data("fonts/fonts.conf");
	dir = paths_data("fonts");
	cache = cache_dir();
	if (!g_file_test(conf, G_FILE_TEST_IS_REGULAR)) {
		diag_add(dl, DIAG_SYSTEM, conf, 0, 0, "no font configuration "
		    "(set ASEMDOC_DATADIR to the directory holding fonts/)");
		goto out;
	}
	if ((config = FcConfigCreate()) == NULL) {
		diag_add(dl, DIAG_SYSTEM, NULL, 0, 0,
		    "fontconfig: cannot create a configuration");
		goto out;
	}
	if (cache != NULL) {
		xml = g_markup_printf_escaped("<?xml version=\"1.0\"?>"
		    "<fontconfig><cachedir>%s</cachedir></fontconfig>",
		    cache);
		FcConfigParseAndLoadFromMemory(config, (const FcChar8 *)xml,
		    FcFalse);
		g_free(xml);
	}
	if (!FcConfigParseAndLoad(config, (const FcChar8 *)conf, FcTrue) ||
	    !FcConfigBuildFonts(config) ||
	    !FcConfigAppFontAddDir(config, (const FcChar8 *)dir)) {
		diag_add(dl, DIAG_SYSTEM, conf, 0, 0,
		    "cannot load the font configuration");
		goto out;
	}
	set = FcConfigGetFonts(config, FcSetApplication);
	if (set == NULL || set->nfont == 0) {
		diag_add(dl, DIAG_SYSTEM, conf, 0, 0,
		    "no font found beside the font configuration");
		goto out;
	}
	if (check_manifest(dl, dir, set) != 0)
		goto out;
	/* Pango initialises fontconfig's default configuration in a thread
	 * of its own: make ours the current one, so that FcInit() there has
	 * nothing to do (it read fonts.conf and the cache a second time, 2.5 %
	 * of a matrix build), and should it read a file, let it be ours,
	 * not the system's (which scans every installed font, and leaks in
	 * fontconfig 2.14). */
	g_setenv("FONTCONFIG_FILE", conf, TRUE);
	FcConfigSetCurrent(config);
	map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
	if (map == NULL) {
		diag_add(dl, DIAG_SYSTEM, NULL, 0, 0,
		    "pango: no FreeType font map");
		goto out;
	}
	pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(map), config);
	pango_cairo_font_map_set_default(PANGO_CAIRO_FONT_MAP(map));
	g_object_unref(map);
	atexit(release);
	rc = 0;
out:
	if (rc != 0 && config != NULL) {
		FcConfigDestroy(config);
		config = NULL;
	}
	g_free(conf);
	g_free(dir);
	g_free(cache);
	return rc;
}

int
fonts_init(struct diag_list *dl)
{
	if (init_rc == 1)
		init_rc = load(dl);
	else if (init_rc == -1)
		diag_add(dl, DIAG_SYSTEM, NULL, 0, 0,
		    "the bundled fonts could not be loaded");
	return init_rc;
}

char *
fonts_resolve(const char *family)
{
	FcPattern	*pat, *match;
	FcResult	 res;
	FcChar8		*name;
	char		*s = NULL;

	if (config == NULL)
		return NULL;
	pat = FcNameParse((const FcChar8 *)family);
	FcConfigSubstitute(config, pat, FcMatchPattern);
	FcDefaultSubstitute(pat);
	match = FcFontMatch(config, pat, &res);
	if (match != NULL &&
	    FcPatternGetString(match, FC_FAMILY, 0, &name) == FcResultMatch)
		s = g_strdup((const char *)name);
	if (match != NULL)
		FcPatternDestroy(match);
	FcPatternDestroy(pat);
	return s;
}
