/* Archive: the MANIFEST of a version, files with size and SHA-256, read, written, compared. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "archive.h"
#include "diag.h"

#define MAGIC	"asemdoc archive manifest 1"

static void
entry_free(gpointer p)
{
	struct archive_entry	*e = p;

	g_free(e->path);
	g_free(e->sha256);
	g_free(e);
}

static struct archive_manifest *
manifest_new(const char *version, const char *date, const char *program)
{
	struct archive_manifest	*m = g_new0(struct archive_manifest, 1);

	m->version = g_strdup(version);
	m->date = g_strdup(date);
	m->program = g_strdup(program);
	m->entries = g_ptr_array_new_with_free_func(entry_free);
	return m;
}

void
archive_manifest_free(struct archive_manifest *m)
{
	if (m == NULL)
		return;
	g_free(m->version);
	g_free(m->date);
	g_free(m->program);
	g_ptr_array_unref(m->entries);
	g_free(m);
}

char *
archive_manifest_sha256(struct diag_list *dl, const char *path,
    guint64 *size)
{
	GChecksum	*ck;
	FILE		*f;
	guchar		 buf[65536];
	size_t		 n;
	char		*hex = NULL;

	*size = 0;
	if ((f = g_fopen(path, "rb")) == NULL) {
		diag_add(dl, DIAG_SYSTEM, path, 0, 0, "cannot read: %s",
		    g_strerror(errno));
		return NULL;
	}
	ck = g_checksum_new(G_CHECKSUM_SHA256);
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0) {
		g_checksum_update(ck, buf, n);
		*size += n;
	}
	if (ferror(f))
		diag_add(dl, DIAG_SYSTEM, path, 0, 0, "cannot read: %s",
		    g_strerror(errno));
	else
		hex = g_strdup(g_checksum_get_string(ck));
	fclose(f);
	g_checksum_free(ck);
	return hex;
}

static int
path_cmp(gconstpointer a, gconstpointer b)
{
	const struct archive_entry *x = *(struct archive_entry *const *)a;
	const struct archive_entry *y = *(struct archive_entry *const *)b;

	return strcmp(x->path, y->path);
}

/* Add the files below top/rel to m; false after an error. */
static bool
scan(struct diag_list *dl, struct archive_manifest *m, const char *top,
    const char *rel)
{
	GDir			*d;
	GError			*err = NULL;
	const char		*name;
	char			*dir, *path, *sub;
	struct archive_entry	*e;
	bool			 ok = true;

	dir = rel != NULL ? g_build_filename(top, rel, NULL) : g_strdup(top);
	if ((d = g_dir_open(dir, 0, &err)) == NULL) {
		diag_add(dl, DIAG_SYSTEM, dir, 0, 0, "%s", err->message);
		g_error_free(err);
		g_free(dir);
		return false;
	}
	while ((name = g_dir_read_name(d)) != NULL) {
		path = g_build_filename(dir, name, NULL);
		sub = rel != NULL ? g_strconcat(rel, "/", name, NULL) :
		    g_strdup(name);
		if (rel == NULL && strcmp(name, "MANIFEST") == 0)
			;
		else if (strchr(name, '\n') != NULL) {
			diag_error(dl, dir, 0, "a file name holds a newline");
			ok = false;
		} else if (g_file_test(path, G_FILE_TEST_IS_SYMLINK)) {
			diag_error(dl, path, 0, "symbolic links are not "
			    "archived");
			ok = false;
		} else if (g_file_test(path, G_FILE_TEST_IS_DIR))
			ok = scan(dl, m, top, sub) && ok;
		else if (g_file_test(path, G_FILE_TEST_IS_REGULAR)) {
			e = g_new0(struct archive_entry, 1);
			e->path = sub;
			sub = NULL;
			e->sha256 = archive_manifest_sha256(dl, path, &e->size);
			g_ptr_array_add(m->entries, e);
			ok = e->sha256 != NULL && ok;
		} else {
			diag_error(dl, path, 0, "not a regular file");
			ok = false;
		}
		g_free(sub);
		g_free(path);
	}
	g_dir_close(d);
	g_free(dir);
	return ok;
}

struct archive_manifest *
archive_manifest_scan(struct diag_list *dl, const char *dir,
    const char *version, const char *date, const char *program)
{
	struct archive_manifest	*m = manifest_new(version, date, program);

	if (!scan(dl, m, dir, NULL)) {
		archive_manifest_free(m);
		return NULL;
	}
	g_ptr_array_sort(m->entries, path_cmp);
	return m;
}

char *
archive_manifest_format(const struct archive_manifest *m)
{
	GString			*s = g_string_new(MAGIC "\n");
	const struct archive_entry *e;
	size_t			 i;

	g_string_append_printf(s, "version: %s\ndate: %s\nprogram: %s\n"
	    "files: %u\n", m->version, m->date, m->program, m->entries->len);
	for (i = 0; i < m->entries->len; i++) {
		e = g_ptr_array_index(m->entries, i);
		g_string_append_printf(s, "%s %" G_GUINT64_FORMAT " %s\n",
		    e->sha256, e->size, e->path);
	}
	return g_string_free(s, FALSE);
}

static bool
is_hex64(const char *s)
{
	size_t	 i;

	for (i = 0; i < 64; i++)
		if (!g_ascii_isxdigit(s[i]) || g_ascii_isupper(s[i]))
			return false;
	return s[64] == ' ';
}

struct archive_manifest *
archive_manifest_parse(struct diag_list *dl, const char *path,
    const char *text)
{
	static const char *const keys[] = { "version: ", "date: ",
	    "program: ", "files: " };
	struct archive_manifest	*m = manifest_new(NULL, NULL, NULL);
	struct archive_entry	*e;
	char			**lines, *end, *head[4];
	const char		*l;
	size_t			 i, n;
	guint64			 files = 0;
	bool			 ok = true;

	lines = g_strsplit(text, "\n", -1);
	n = g_strv_length(lines);
	/* The text ends with a newline, so the last piece is empty. */
	if (n == 0 || *lines[n - 1] != '\0' || strcmp(lines[0], MAGIC) != 0) {
		diag_error(dl, path, 1, "not an archive manifest");
		ok = false;
		goto out;
	}
	for (i = 0; i < 4; i++) {
		l = i + 1 < n ? lines[i + 1] : "";
		if (!g_str_has_prefix(l, keys[i])) {
			diag_error(dl, path, (long)i + 2, "expected \"%.*s\"",
			    (int)strlen(keys[i]) - 2, keys[i]);
			ok = false;
			goto out;
		}
		head[i] = (char *)l + strlen(keys[i]);
	}
	m->version = g_strdup(head[0]);
	m->date = g_strdup(head[1]);
	m->program = g_strdup(head[2]);
	files = g_ascii_strtoull(head[3], &end, 10);
	for (i = 5; i + 1 < n; i++) {
		l = lines[i];
		e = g_new0(struct archive_entry, 1);
		if (strlen(l) < 68 || !is_hex64(l) ||
		    !g_ascii_isdigit(l[65])) {
			diag_error(dl, path, (long)i + 1,
			    "expected \"SHA256 SIZE PATH\"");
			entry_free(e);
			ok = false;
			continue;
		}
		e->sha256 = g_strndup(l, 64);
		e->size = g_ascii_strtoull(l + 65, &end, 10);
		if (*end != ' ' || end[1] == '\0') {
			diag_error(dl, path, (long)i + 1,
			    "expected \"SHA256 SIZE PATH\"");
			entry_free(e);
			ok = false;
			continue;
		}
		e->path = g_strdup(end + 1);
		g_ptr_array_add(m->entries, e);
	}
	if (ok && files != m->entries->len) {
		diag_error(dl, path, 5, "lists %u files, not %" G_GUINT64_FORMAT,
		    m->entries->len, files);
		ok = false;
	}
	g_ptr_array_sort(m->entries, path_cmp);
out:
	g_strfreev(lines);
	if (!ok) {
		archive_manifest_free(m);
		return NULL;
	}
	return m;
}

struct archive_manifest *
archive_manifest_read(struct diag_list *dl, const char *path)
{
	struct archive_manifest	*m;
	GError			*err = NULL;
	char			*text;

	if (!g_file_test(path, G_FILE_TEST_EXISTS)) {
		diag_error(dl, path, 0, "no such file: not an archived "
		    "version");
		return NULL;
	}
	if (!g_file_get_contents(path, &text, NULL, &err)) {
		diag_add(dl, DIAG_SYSTEM, path, 0, 0, "%s", err->message);
		g_error_free(err);
		return NULL;
	}
	m = archive_manifest_parse(dl, path, text);
	g_free(text);
	return m;
}

GPtrArray *
archive_manifest_compare(const struct archive_manifest *old_m,
    const struct archive_manifest *new_m)
{
	GPtrArray		*out = g_ptr_array_new_with_free_func(g_free);
	const struct archive_entry *a, *b;
	size_t			 i = 0, j = 0;
	int			 c;

	/* Both lists are sorted by path: walk them side by side. */
	while (i < old_m->entries->len || j < new_m->entries->len) {
		a = i < old_m->entries->len ?
		    g_ptr_array_index(old_m->entries, i) : NULL;
		b = j < new_m->entries->len ?
		    g_ptr_array_index(new_m->entries, j) : NULL;
		c = a == NULL ? 1 : b == NULL ? -1 : strcmp(a->path, b->path);
		if (c < 0) {
			g_ptr_array_add(out, g_strconcat(a->path,
			    " (only in the archive)", NULL));
			i++;
		} else if (c > 0) {
			g_ptr_array_add(out, g_strconcat(b->path, " (new)",
			    NULL));
			j++;
		} else {
			if (a->size != b->size ||
			    strcmp(a->sha256, b->sha256) != 0)
				g_ptr_array_add(out, g_strdup(a->path));
			i++;
			j++;
		}
	}
	return out;
}
