/* Locating the program's own data files (fonts, stylesheets, schemas). */
#include <glib.h>

#include "paths.h"

#ifndef DATADIR
#define DATADIR "/usr/local/share/asemdoc"
#endif

static char *
find_data_dir(void)
{
	const char	*env;
	char		*exe, *dir, *probe;

	if ((env = g_getenv("ASEMDOC_DATADIR")) != NULL && *env != '\0')
		return g_strdup(env);
	if ((exe = g_file_read_link("/proc/self/exe", NULL)) != NULL) {
		dir = g_path_get_dirname(exe);
		g_free(exe);
		probe = g_build_filename(dir, "fonts", "fonts.conf", NULL);
		if (g_file_test(probe, G_FILE_TEST_EXISTS)) {
			g_free(probe);
			return dir;
		}
		g_free(probe);
		g_free(dir);
	}
	return g_strdup(DATADIR);
}

const char *
paths_data_dir(void)
{
	static char	*dir;

	if (g_once_init_enter(&dir))
		g_once_init_leave(&dir, find_data_dir());
	return dir;
}

char *
paths_data(const char *rel)
{
	return g_build_filename(paths_data_dir(), rel, NULL);
}
