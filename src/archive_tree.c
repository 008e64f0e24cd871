/* Archive: copying the source tree into a version, removing our temporary trees. */
#include <errno.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "archive.h"
#include "diag.h"

int
archive_tree_copy(struct diag_list *dl, const char *src, const char *dst)
{
	GDir		*d;
	GError		*err = NULL;
	const char	*name;
	char		*from, *to, *buf;
	gsize		 len;
	int		 rc = 0;

	if ((d = g_dir_open(src, 0, &err)) == NULL) {
		diag_add(dl, DIAG_SYSTEM, src, 0, 0, "%s", err->message);
		g_error_free(err);
		return -1;
	}
	if (g_mkdir_with_parents(dst, 0777) != 0) {
		diag_add(dl, DIAG_SYSTEM, dst, 0, 0, "cannot create: %s",
		    g_strerror(errno));
		g_dir_close(d);
		return -1;
	}
	while ((name = g_dir_read_name(d)) != NULL) {
		from = g_build_filename(src, name, NULL);
		to = g_build_filename(dst, name, NULL);
		if (g_file_test(from, G_FILE_TEST_IS_SYMLINK)) {
			diag_error(dl, from, 0, "symbolic links are not "
			    "archived");
			rc = -1;
		} else if (g_file_test(from, G_FILE_TEST_IS_DIR)) {
			if (archive_tree_copy(dl, from, to) != 0)
				rc = -1;
		} else if (!g_file_test(from, G_FILE_TEST_IS_REGULAR)) {
			diag_error(dl, from, 0, "not a regular file");
			rc = -1;
		} else {
			buf = NULL;
			if (!g_file_get_contents(from, &buf, &len, &err) ||
			    !g_file_set_contents(to, buf, len, &err)) {
				diag_add(dl, DIAG_SYSTEM, from, 0, 0, "%s",
				    err->message);
				g_clear_error(&err);
				rc = -1;
			}
			g_free(buf);
		}
		g_free(from);
		g_free(to);
	}
	g_dir_close(d);
	return rc;
}

void
archive_tree_remove(const char *dir)
{
	GDir		*d;
	const char	*name;
	char		*path;

	if ((d = g_dir_open(dir, 0, NULL)) != NULL) {
		while ((name = g_dir_read_name(d)) != NULL) {
			path = g_build_filename(dir, name, NULL);
			if (g_file_test(path, G_FILE_TEST_IS_DIR) &&
			    !g_file_test(path, G_FILE_TEST_IS_SYMLINK))
				archive_tree_remove(path);
			else
				g_unlink(path);
			g_free(path);
		}
		g_dir_close(d);
	}
	g_rmdir(dir);
}
