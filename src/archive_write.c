/* Archive: builds one version into a temporary directory and renames it into place. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <libxml/tree.h>

#include "archive.h"
#include "diag.h"
#include "paths.h"
#include "report.h"
#include "version.h"
#include "xmlsafe.h"

static bool
is_version(const char *s)
{
	bool	 digit = false;

	for (; *s != '\0'; s++) {
		if (g_ascii_isdigit(*s))
			digit = true;
		else if (*s == '.' && digit && s[1] != '\0')
			digit = false;
		else
			return false;
	}
	return digit;
}

static bool
is_date(const char *s)
{
	GDate	*d;
	bool	 ok;
	int	 i;

	for (i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? s[i] != '-' : !g_ascii_isdigit(s[i]))
			return false;
	if (s[10] != '\0')
		return false;
	d = g_date_new();
	g_date_set_parse(d, s);
	ok = g_date_valid(d);
	g_date_free(d);
	return ok;
}

int
archive_revision(struct diag_list *dl, const char *source_dir,
    char **version, char **date)
{
	xmlDoc		*doc;
	xmlNode		*root, *revs = NULL, *r;
	xmlNode		*best = NULL;
	xmlChar		*v, *d, *bd = NULL;
	char		*path;
	int		 rc = -1;

	*version = *date = NULL;
	path = g_build_filename(source_dir, "matrix.xml", NULL);
	if ((doc = xmlsafe_read_file(dl, path)) == NULL) {
		g_free(path);
		return -1;
	}
	root = xmlDocGetRootElement(doc);
	for (r = root != NULL ? root->children : NULL; r != NULL; r = r->next)
		if (r->type == XML_ELEMENT_NODE &&
		    xmlStrEqual(r->name, (const xmlChar *)"revisions"))
			revs = r;
	/* As the reports pick it: the latest date, the last on that date. */
	for (r = revs != NULL ? revs->children : NULL; r != NULL; r = r->next) {
		if (r->type != XML_ELEMENT_NODE ||
		    !xmlStrEqual(r->name, (const xmlChar *)"revision"))
			continue;
		d = xmlGetProp(r, (const xmlChar *)"date");
		if (d != NULL && (bd == NULL || xmlStrcmp(d, bd) >= 0)) {
			xmlFree(bd);
			bd = d;
			best = r;
		} else
			xmlFree(d);
	}
	if (best == NULL) {
		diag_error(dl, path, revs != NULL ? xmlGetLineNo(revs) : 0,
		    "no revision with a date: an archived version needs one");
		goto out;
	}
	v = xmlGetProp(best, (const xmlChar *)"version");
	if (v == NULL || !is_version((const char *)v))
		diag_error(dl, path, xmlGetLineNo(best), "revision version "
		    "is not a dotted number: %s", v != NULL ? (char *)v : "");
	else if (!is_date((const char *)bd))
		diag_error(dl, path, xmlGetLineNo(best), "revision date is "
		    "not YYYY-MM-DD: %s", (char *)bd);
	else {
		*version = g_strdup((const char *)v);
		*date = g_strdup((const char *)bd);
		rc = 0;
	}
	xmlFree(v);
out:
	xmlFree(bd);
	xmlFreeDoc(doc);
	g_free(path);
	return rc;
}

int
archive_build(struct diag_list *dl, const char *source_dir,
    const char *xsl_dir, const char *out_dir)
{
	struct report_opts	 o = { 0 };
	struct diag_list	*bl = diag_list_new();
	const struct diag	*d;
	char			*sde;
	size_t			 i;
	int			 rc;

	sde = g_strdup(g_getenv("SOURCE_DATE_EPOCH"));
	g_unsetenv("SOURCE_DATE_EPOCH");
	/*
	 * A list of its own: an error recorded earlier (verify's check of
	 * MANIFEST) must not stop a stage that asks whether the list has
	 * failed rather than whether it added an error.
	 */
	o.source_dir = source_dir;
	o.out_dir = out_dir;
	o.xsl_dir = xsl_dir;
	rc = report_build(bl, &o);
	if (diag_list_failed(bl))
		rc = -1;
	for (i = 0; (d = diag_list_get(bl, i)) != NULL; i++)
		diag_add(dl, d->level, d->file, d->line, d->column, "%s",
		    d->text);
	diag_list_free(bl);
	if (sde != NULL)
		g_setenv("SOURCE_DATE_EPOCH", sde, TRUE);
	g_free(sde);
	return rc == 0 ? 0 : -1;
}

/* The same version is already archived: a no-op, or a refusal. */
static int
compare_existing(struct diag_list *dl, const char *final,
    const struct archive_manifest *m)
{
	struct archive_manifest	*old;
	GPtrArray		*diffs;
	char			*path;
	size_t			 i;
	int			 rc = 0;

	path = g_build_filename(final, "MANIFEST", NULL);
	old = archive_manifest_read(dl, path);
	g_free(path);
	if (old == NULL) {
		diag_error(dl, final, 0, "version %s is there without a "
		    "readable MANIFEST: refused", m->version);
		return -1;
	}
	diffs = archive_manifest_compare(old, m);
	if (diffs->len == 0)
		diag_note(dl, final, 0, "version %s is already archived with "
		    "the same content; nothing written", m->version);
	else {
		diag_error(dl, final, 0, "version %s is already archived "
		    "with other content: refused (%u file%s differ%s; the "
		    "archive only grows, record a new revision)", m->version,
		    diffs->len, diffs->len == 1 ? "" : "s",
		    diffs->len == 1 ? "s" : "");
		for (i = 0; i < diffs->len; i++) {
			path = g_build_filename(final,
			    (char *)g_ptr_array_index(diffs, i), NULL);
			diag_error(dl, path, 0, "differs from the archived "
			    "version");
			g_free(path);
		}
		rc = -1;
	}
	g_ptr_array_unref(diffs);
	archive_manifest_free(old);
	return rc;
}

/* Copy fonts/MANIFEST from the data directory, which the PDFs depend on. */
static int
copy_fonts_manifest(struct diag_list *dl, const char *tmp)
{
	char	*from = paths_data("fonts/MANIFEST"), *to, *dir, *buf;
	GError	*err = NULL;
	gsize	 len;
	int	 rc = 0;

	dir = g_build_filename(tmp, "fonts", NULL);
	to = g_build_filename(dir, "MANIFEST", NULL);
	if (g_mkdir_with_parents(dir, 0777) != 0) {
		diag_add(dl, DIAG_SYSTEM, dir, 0, 0, "cannot create: %s",
		    g_strerror(errno));
		rc = -1;
	} else if (!g_file_get_contents(from, &buf, &len, &err)) {
		diag_error(dl, from, 0, "%s: the fonts manifest is part of "
		    "an archived version", err->message);
		g_error_free(err);
		rc = -1;
	} else {
		if (!g_file_set_contents(to, buf, len, &err)) {
			diag_add(dl, DIAG_SYSTEM, to, 0, 0, "%s",
			    err->message);
			g_error_free(err);
			rc = -1;
		}
		g_free(buf);
	}
	g_free(from);
	g_free(to);
	g_free(dir);
	return rc;
}

int
archive_write(struct diag_list *dl, const char *source_dir, const char *dir)
{
	struct archive_manifest	*m = NULL;
	char			*version = NULL, *date = NULL, *tmp = NULL;
	char			*final = NULL, *sub, *text = NULL, *mpath;
	char			*xsl = NULL;
	GError			*err = NULL;
	int			 rc = -1;

	if (archive_revision(dl, source_dir, &version, &date) != 0)
		return -1;
	if (g_mkdir_with_parents(dir, 0777) != 0) {
		diag_add(dl, DIAG_SYSTEM, dir, 0, 0, "cannot create: %s",
		    g_strerror(errno));
		goto out;
	}
	/* In dir itself, so the final rename stays on one file system. */
	sub = g_strdup_printf(".tmp-%s-XXXXXX", version);
	tmp = g_build_filename(dir, sub, NULL);
	g_free(sub);
	if (g_mkdtemp(tmp) == NULL) {
		diag_add(dl, DIAG_SYSTEM, dir, 0, 0, "cannot create a "
		    "temporary directory: %s", g_strerror(errno));
		g_free(tmp);
		tmp = NULL;
		goto out;
	}
	sub = g_build_filename(tmp, "reports", NULL);
	rc = archive_build(dl, source_dir, NULL, sub);
	g_free(sub);
	if (rc != 0)
		goto out;
	rc = -1;
	sub = g_build_filename(tmp, "source", NULL);
	if (archive_tree_copy(dl, source_dir, sub) != 0) {
		g_free(sub);
		goto out;
	}
	g_free(sub);
	/*
	 * The stylesheets too: verify rebuilds with those in use and names
	 * each one that changed since, to explain a report that differs.
	 */
	sub = g_build_filename(tmp, "xsl", NULL);
	xsl = paths_data("xsl");
	if (archive_tree_copy(dl, xsl, sub) != 0) {
		g_free(sub);
		goto out;
	}
	g_free(sub);
	if (copy_fonts_manifest(dl, tmp) != 0)
		goto out;
	m = archive_manifest_scan(dl, tmp, version, date,
	    "asemdoc " ASEMDOC_VERSION);
	if (m == NULL)
		goto out;
	text = archive_manifest_format(m);
	mpath = g_build_filename(tmp, "MANIFEST", NULL);
	if (!g_file_set_contents(mpath, text, -1, &err)) {
		diag_add(dl, DIAG_SYSTEM, mpath, 0, 0, "%s", err->message);
		g_error_free(err);
		g_free(mpath);
		goto out;
	}
	g_free(mpath);
	final = g_build_filename(dir, version, NULL);
	if (g_file_test(final, G_FILE_TEST_EXISTS)) {
		if (compare_existing(dl, final, m) != 0)
			goto out;
	} else {
		g_chmod(tmp, 0755);
		if (g_rename(tmp, final) == 0) {
			g_free(tmp);
			tmp = NULL;
		} else if (errno == EEXIST || errno == ENOTEMPTY) {
			/* Another run archived the version meanwhile. */
			if (compare_existing(dl, final, m) != 0)
				goto out;
		} else {
			diag_add(dl, DIAG_SYSTEM, final, 0, 0, "cannot rename "
			    "the finished version into place: %s",
			    g_strerror(errno));
			goto out;
		}
	}
	rc = archive_index(dl, dir);
out:
	if (tmp != NULL)
		archive_tree_remove(tmp);
	archive_manifest_free(m);
	g_free(text);
	g_free(final);
	g_free(xsl);
	g_free(tmp);
	g_free(version);
	g_free(date);
	return rc;
}
