/* Archive: verifies a version against its MANIFEST and by rebuilding its reports from its sources. */
#include <errno.h>
#include <string.h>

#include <glib.h>

#include "archive.h"
#include "diag.h"
#include "paths.h"

enum { CHANGED, ONLY_OLD, ONLY_NEW };

/* Split a line of archive_manifest_compare() into its path and kind. */
static int
diff_kind(const char *line, char **path)
{
	static const char *const suffixes[] = { "", " (only in the archive)",
	    " (new)" };
	int	 k;

	for (k = ONLY_NEW; k > CHANGED; k--)
		if (g_str_has_suffix(line, suffixes[k])) {
			*path = g_strndup(line,
			    strlen(line) - strlen(suffixes[k]));
			return k;
		}
	*path = g_strdup(line);
	return CHANGED;
}

/* Every file of the version as its MANIFEST lists it, and no other. */
static int
check_manifest(struct diag_list *dl, const char *vdir,
    const struct archive_manifest *m)
{
	struct archive_manifest	*cur;
	GPtrArray		*diffs;
	char			*path, *name;
	size_t			 i;
	int			 kind, rc = 0;

	cur = archive_manifest_scan(dl, vdir, m->version, m->date, m->program);
	if (cur == NULL)
		return -1;
	diffs = archive_manifest_compare(m, cur);
	for (i = 0; i < diffs->len; i++) {
		kind = diff_kind(g_ptr_array_index(diffs, i), &name);
		path = g_build_filename(vdir, name, NULL);
		if (kind == CHANGED)
			diag_error(dl, path, 0, "size or SHA-256 differs from "
			    "MANIFEST");
		else if (kind == ONLY_OLD)
			diag_error(dl, path, 0, "listed in MANIFEST but "
			    "missing");
		else
			diag_error(dl, path, 0, "not listed in MANIFEST");
		g_free(path);
		g_free(name);
		rc = -1;
	}
	g_ptr_array_unref(diffs);
	archive_manifest_free(cur);
	return rc;
}

/* Compare two files byte for byte; an error names the archived one. */
static int
compare_file(struct diag_list *dl, const char *archived, const char *rebuilt)
{
	char	*a = NULL, *b = NULL;
	gsize	 na, nb, i;
	GError	*err = NULL;
	int	 rc = -1;

	if (!g_file_get_contents(archived, &a, &na, &err) ||
	    !g_file_get_contents(rebuilt, &b, &nb, &err)) {
		diag_add(dl, DIAG_SYSTEM, archived, 0, 0, "%s", err->message);
		g_error_free(err);
		goto out;
	}
	for (i = 0; i < na && i < nb && a[i] == b[i]; i++)
		;
	if (i == na && i == nb)
		rc = 0;
	else
		diag_error(dl, archived, 0, "rebuilt report differs from the "
		    "archived file (%" G_GSIZE_FORMAT " bytes archived, %"
		    G_GSIZE_FORMAT " rebuilt, first difference at byte %"
		    G_GSIZE_FORMAT ")", na, nb, i);
out:
	g_free(a);
	g_free(b);
	return rc;
}

/* The rebuilt reports (paths "reports/...") against the archived ones. */
static int
compare_reports(struct diag_list *dl, const char *vdir,
    const struct archive_manifest *m, const char *tmp, size_t *same)
{
	struct archive_manifest	*rebuilt;
	const struct archive_entry *e;
	GHashTable		*archived;
	char			*a, *b;
	size_t			 i;
	int			 rc = 0;

	*same = 0;
	if ((rebuilt = archive_manifest_scan(dl, tmp, m->version, m->date,
	    m->program)) == NULL)
		return -1;
	archived = g_hash_table_new(g_str_hash, g_str_equal);
	for (i = 0; i < m->entries->len; i++) {
		e = g_ptr_array_index(m->entries, i);
		if (g_str_has_prefix(e->path, "reports/"))
			g_hash_table_add(archived, e->path);
	}
	for (i = 0; i < rebuilt->entries->len; i++) {
		e = g_ptr_array_index(rebuilt->entries, i);
		a = g_build_filename(vdir, e->path, NULL);
		b = g_build_filename(tmp, e->path, NULL);
		if (!g_hash_table_remove(archived, e->path)) {
			diag_error(dl, a, 0, "rebuilt, but not in the "
			    "archive");
			rc = -1;
		} else if (compare_file(dl, a, b) != 0)
			rc = -1;
		else
			(*same)++;
		g_free(a);
		g_free(b);
	}
	for (i = 0; i < m->entries->len; i++) {
		e = g_ptr_array_index(m->entries, i);
		if (!g_hash_table_contains(archived, e->path))
			continue;
		a = g_build_filename(vdir, e->path, NULL);
		diag_error(dl, a, 0, "archived, but not rebuilt");
		g_free(a);
		rc = -1;
	}
	g_hash_table_unref(archived);
	archive_manifest_free(rebuilt);
	return rc;
}

/* The fonts the PDFs were made with against the fonts at hand. */
static void
check_fonts(struct diag_list *dl, const char *vdir)
{
	char	*a = g_build_filename(vdir, "fonts", "MANIFEST", NULL);
	char	*b = paths_data("fonts/MANIFEST");
	char	*ta = NULL, *tb = NULL;
	gsize	 na, nb;

	if (g_file_get_contents(a, &ta, &na, NULL) &&
	    g_file_get_contents(b, &tb, &nb, NULL) &&
	    (na != nb || memcmp(ta, tb, na) != 0))
		diag_warning(dl, a, 0, "the fonts differ from %s: a report "
		    "that differs may owe it to them", b);
	g_free(ta);
	g_free(tb);
	g_free(a);
	g_free(b);
}

/*
 * The stylesheets the version was built with (its xsl/) against those
 * in use: a note for each one that changed since.  The rebuild uses the
 * archived copies, so such a change alone makes no report differ.
 */
static void
check_stylesheets(struct diag_list *dl, const char *vdir)
{
	struct archive_manifest	*a, *b;
	GPtrArray		*diffs;
	char			*old_dir, *cur_dir, *name, *path;
	size_t			 i;
	int			 kind;

	old_dir = g_build_filename(vdir, "xsl", NULL);
	cur_dir = paths_data("xsl");
	if (!g_file_test(old_dir, G_FILE_TEST_IS_DIR)) {
		g_free(old_dir);
		g_free(cur_dir);
		return;
	}
	a = archive_manifest_scan(dl, old_dir, "", "", "");
	b = archive_manifest_scan(dl, cur_dir, "", "", "");
	if (a != NULL && b != NULL) {
		diffs = archive_manifest_compare(a, b);
		for (i = 0; i < diffs->len; i++) {
			kind = diff_kind(g_ptr_array_index(diffs, i), &name);
			if (kind == CHANGED) {
				path = g_build_filename(old_dir, name, NULL);
				diag_note(dl, path, 0, "changed since this "
				    "version was built; rebuilt with the "
				    "archived copy");
			} else if (kind == ONLY_OLD) {
				path = g_build_filename(old_dir, name, NULL);
				diag_note(dl, path, 0, "no longer among "
				    "the stylesheets in %s", cur_dir);
			} else {
				path = g_build_filename(cur_dir, name, NULL);
				diag_note(dl, path, 0, "added since this "
				    "version was built");
			}
			g_free(path);
			g_free(name);
		}
		g_ptr_array_unref(diffs);
	}
	archive_manifest_free(a);
	archive_manifest_free(b);
	g_free(old_dir);
	g_free(cur_dir);
}

int
archive_verify(struct diag_list *dl, const char *vdir)
{
	struct archive_manifest	*m;
	char			*path, *tmp = NULL, *src, *ver = NULL;
	char			*date = NULL, *base, *xsl = NULL;
	GError			*err = NULL;
	size_t			 same = 0;
	int			 rc = -1;

	path = g_build_filename(vdir, "MANIFEST", NULL);
	if (!g_file_test(vdir, G_FILE_TEST_IS_DIR)) {
		diag_add(dl, DIAG_USAGE, vdir, 0, 0, "not an archived "
		    "version: no such directory");
		g_free(path);
		return -1;
	}
	m = archive_manifest_read(dl, path);
	g_free(path);
	if (m == NULL)
		return -1;
	base = g_path_get_basename(vdir);
	if (strcmp(base, m->version) != 0)
		diag_warning(dl, vdir, 0, "directory of version %s",
		    m->version);
	g_free(base);
	rc = check_manifest(dl, vdir, m);
	src = g_build_filename(vdir, "source", NULL);
	if (archive_revision(dl, src, &ver, &date) == 0 &&
	    (strcmp(ver, m->version) != 0 || strcmp(date, m->date) != 0)) {
		diag_error(dl, vdir, 0, "the sources are version %s of %s, "
		    "MANIFEST says %s of %s", ver, date, m->version, m->date);
		rc = -1;
	}
	check_fonts(dl, vdir);
	check_stylesheets(dl, vdir);
	if ((tmp = g_dir_make_tmp("asemdoc-verify-XXXXXX", &err)) == NULL) {
		diag_add(dl, DIAG_SYSTEM, NULL, 0, 0, "%s", err->message);
		g_error_free(err);
		rc = -1;
		goto out;
	}
	path = g_build_filename(tmp, "reports", NULL);
	xsl = g_build_filename(vdir, "xsl", NULL);
	if (!g_file_test(xsl, G_FILE_TEST_IS_DIR)) {
		g_free(xsl);
		xsl = NULL;	/* archived before stylesheets were kept */
	}
	if (archive_build(dl, src, xsl, path) != 0)
		rc = -1;
	else if (compare_reports(dl, vdir, m, tmp, &same) != 0)
		rc = -1;
	g_free(path);
	g_free(xsl);
	if (rc == 0)
		diag_note(dl, vdir, 0, "version %s verified: %zu rebuilt "
		    "files identical, every file as MANIFEST lists it",
		    m->version, same);
out:
	if (tmp != NULL)
		archive_tree_remove(tmp);
	g_free(tmp);
	g_free(src);
	g_free(ver);
	g_free(date);
	archive_manifest_free(m);
	return rc;
}
