/* Archive: the index of every archived version, as HTML and PDF via xsl/archive-index.xsl. */
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <libxml/tree.h>

#include "archive.h"
#include "diag.h"
#include "paths.h"
#include "transform.h"
#include "render.h"

/* Dotted version numbers in numeric order ("1.10" after "1.9"). */
static int
version_cmp(const char *a, const char *b)
{
	char	*ea, *eb;
	guint64	 x, y;

	for (;;) {
		x = g_ascii_strtoull(a, &ea, 10);
		y = g_ascii_strtoull(b, &eb, 10);
		if (x != y)
			return x < y ? -1 : 1;
		if (*ea != '.' || *eb != '.')
			return (*ea == '.') - (*eb == '.');
		a = ea + 1;
		b = eb + 1;
	}
}

/* Newest first. */
static int
manifest_cmp(gconstpointer a, gconstpointer b)
{
	const struct archive_manifest *x = *(struct archive_manifest *const *)a;
	const struct archive_manifest *y = *(struct archive_manifest *const *)b;

	return version_cmp(y->version, x->version);
}

static void
set(xmlNode *n, const char *name, const char *value)
{
	xmlNewProp(n, (const xmlChar *)name, (const xmlChar *)value);
}

static xmlDoc *
index_doc(GPtrArray *versions)
{
	xmlDoc		*doc = xmlNewDoc((const xmlChar *)"1.0");
	xmlNode		*root, *v, *f;
	const struct archive_manifest *m;
	const struct archive_entry *e;
	guint64		 bytes;
	char		*s;
	size_t		 i, j;

	root = xmlNewDocNode(doc, NULL, (const xmlChar *)"archive", NULL);
	xmlDocSetRootElement(doc, root);
	for (i = 0; i < versions->len; i++) {
		m = g_ptr_array_index(versions, i);
		v = xmlNewChild(root, NULL, (const xmlChar *)"version", NULL);
		set(v, "name", m->version);
		set(v, "date", m->date);
		set(v, "program", m->program);
		bytes = 0;
		for (j = 0; j < m->entries->len; j++) {
			e = g_ptr_array_index(m->entries, j);
			bytes += e->size;
			/* Reports only; the layout documents are kept too. */
			if (!g_str_has_prefix(e->path, "reports/") ||
			    g_str_has_prefix(e->path, "reports/layout/"))
				continue;
			f = xmlNewChild(v, NULL, (const xmlChar *)"report",
			    NULL);
			set(f, "path", e->path);
			set(f, "sha256", e->sha256);
			s = g_strdup_printf("%" G_GUINT64_FORMAT, e->size);
			set(f, "size", s);
			g_free(s);
		}
		s = g_strdup_printf("%u", m->entries->len);
		set(v, "files", s);
		g_free(s);
		s = g_strdup_printf("%" G_GUINT64_FORMAT, bytes);
		set(v, "bytes", s);
		g_free(s);
	}
	return doc;
}

/* The MANIFEST of every version directory in dir. */
static GPtrArray *
read_versions(struct diag_list *dl, const char *dir)
{
	GPtrArray		*versions;
	GDir			*d;
	GError			*err = NULL;
	const char		*name;
	char			*path;
	struct archive_manifest	*m;

	versions = g_ptr_array_new_with_free_func(
	    (GDestroyNotify)archive_manifest_free);
	if ((d = g_dir_open(dir, 0, &err)) == NULL) {
		diag_add(dl, DIAG_SYSTEM, dir, 0, 0, "%s", err->message);
		g_error_free(err);
		return versions;
	}
	while ((name = g_dir_read_name(d)) != NULL) {
		if (*name == '.')
			continue;
		path = g_build_filename(dir, name, "MANIFEST", NULL);
		if (g_file_test(path, G_FILE_TEST_IS_REGULAR) &&
		    (m = archive_manifest_read(dl, path)) != NULL) {
			if (strcmp(m->version, name) != 0)
				diag_warning(dl, path, 2, "version %s in "
				    "directory %s", m->version, name);
			g_ptr_array_add(versions, m);
		}
		g_free(path);
	}
	g_dir_close(d);
	g_ptr_array_sort(versions, manifest_cmp);
	return versions;
}

/*
 * The stylesheet's output method is HTML, so libxslt returns even the
 * layout document as an HTML document: give the renderer an XML one.
 */
static xmlDoc *
as_xml(xmlDoc *res)
{
	xmlDoc	*doc;

	if (res == NULL || res->type == XML_DOCUMENT_NODE)
		return res;
	doc = xmlNewDoc((const xmlChar *)"1.0");
	xmlDocSetRootElement(doc,
	    xmlDocCopyNode(xmlDocGetRootElement(res), doc, 1));
	xmlFreeDoc(res);
	return doc;
}

int
archive_index(struct diag_list *dl, const char *dir)
{
	static const char *const html_params[] = { "format", "html", NULL };
	static const char *const pdf_params[] = { "format", "layout", NULL };
	GPtrArray		*versions;
	struct transform	*t = NULL;
	xmlDoc			*doc, *html = NULL, *layout = NULL;
	char			*xsl, *out;
	int			 rc = -1;

	versions = read_versions(dl, dir);
	doc = index_doc(versions);
	xsl = paths_data("xsl/archive-index.xsl");
	if ((t = transform_load(dl, xsl, NULL)) == NULL)
		goto out;
	out = g_build_filename(dir, "index.html", NULL);
	if ((html = transform_apply(dl, t, doc, html_params)) != NULL)
		rc = transform_save(dl, t, html, out);
	g_free(out);
	if (rc != 0)
		goto out;
	rc = -1;
	out = g_build_filename(dir, "index.pdf", NULL);
	if ((layout = as_xml(transform_apply(dl, t, doc, pdf_params))) !=
	    NULL) {
		rc = render_document(dl, layout, out) == 0 ? 0 : -1;
	}
	g_free(out);
out:
	xmlFreeDoc(layout);
	xmlFreeDoc(html);
	xmlFreeDoc(doc);
	transform_free(t);
	g_free(xsl);
	g_ptr_array_unref(versions);
	return rc;
}
