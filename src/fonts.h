/* Fonts: fontconfig configured from fonts/ only, as Pango's default font map. */
#ifndef FONTS_H
#define FONTS_H

#include <stdbool.h>

struct diag_list;

/*
 * Build an FcConfig from fonts/fonts.conf under the data directory (its
 * own fonts and aliases only, a cache directory below the user's cache or
 * the temporary directory), put it on a new PangoCairo FreeType font map
 * and make that map Pango's default, so every pango_cairo_create_layout()
 * and pango_cairo_font_map_get_default() uses the bundled fonts.  Done
 * once per process; later calls return the first result.  Returns 0, or
 * -1 after recording a system error (missing or unusable fonts).
 */
int		 fonts_init(struct diag_list *dl);

/*
 * The family fontconfig resolves the generic name ("serif", "sans") to
 * with the bundled configuration, e.g. "Noto Serif".  Caller frees with
 * g_free(); NULL before fonts_init() succeeded.
 */
char		*fonts_resolve(const char *family);

#endif
