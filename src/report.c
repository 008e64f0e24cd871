/* Reports: the list in xsl/reports.xml, each transformed from source/ and written to out/. */
#include <errno.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

#include "diag.h"
#include "paths.h"
#include "render.h"
#include "report.h"
#include "report_stream.h"
#include "report_jobs.h"
#include "transform.h"
#include "validate.h"
#include "xmlsafe.h"

/* What every report of one run shares. */
struct run {
	struct diag_list	*dl;
	const struct report_opts *o;
	const char		*source_dir;
	const char		*out_dir;
	char			*xsl_dir;
	char			*source_uri;	/* "file:///.../source/" */
	char			*documents;	/* file URIs, space-separated */
	GHashTable		*styles;	/* stylesheet path -> struct transform */
	bool			 found;		/* a report matched --only */
	GPtrArray		*reports;	/* report elements, for run_all() */
};

static char *
attr(xmlNode *n, const char *name)
{
	xmlChar	*v = xmlGetProp(n, (const xmlChar *)name);
	char	*s;

	if (v == NULL)
		return NULL;
	s = g_strdup((char *)v);
	xmlFree(v);
	return s;
}

/* Replace every "{host}" in s with host. */
static char *
expand(const char *s, const char *host)
{
	char	**parts, *r;

	if (host == NULL)
		return g_strdup(s);
	parts = g_strsplit(s, "{host}", -1);
	r = g_strjoinv(host, parts);
	g_strfreev(parts);
	return r;
}

static int
by_name(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *
documents_sorted(const char *source_dir)
{
	GDir		*d;
	GPtrArray	*names;
	const char	*name;
	char		*dir, *s;
	guint		 i;

	dir = g_build_filename(source_dir, "documents", NULL);
	names = g_ptr_array_new_with_free_func(g_free);
	if ((d = g_dir_open(dir, 0, NULL)) != NULL) {
		while ((name = g_dir_read_name(d)) != NULL)
			if (g_str_has_suffix(name, ".xml") && name[0] != '.')
				g_ptr_array_add(names, g_strdup(name));
		g_dir_close(d);
	}
	g_ptr_array_sort(names, by_name);
	for (i = 0; i < names->len; i++) {
		char	*f = g_build_filename(dir, names->pdata[i], NULL);
		char	*abs = g_canonicalize_filename(f, NULL);

		g_free(names->pdata[i]);
		names->pdata[i] = g_filename_to_uri(abs, NULL, NULL);
		g_free(abs);
		g_free(f);
	}
	g_ptr_array_add(names, NULL);
	s = g_strjoinv(" ", (char **)names->pdata);
	g_ptr_array_free(names, TRUE);
	g_free(dir);
	return s;
}

static struct transform *
style_for(struct run *r, const char *file)
{
	struct transform	*t;
	const char		*dirs[] = { r->source_dir, NULL };
	char			*path;

	path = g_build_filename(r->xsl_dir, file, NULL);
	if ((t = g_hash_table_lookup(r->styles, path)) != NULL) {
		g_free(path);
		return t;
	}
	if ((t = transform_load(r->dl, path, dirs)) == NULL) {
		g_free(path);
		return NULL;
	}
	g_hash_table_insert(r->styles, path, t);
	return t;
}

/*
 * render_document() judges its success by every error in the list it is
 * given, so an earlier report's error would stop this one: it gets a
 * list of its own, copied into dl afterwards.
 */
static int
render(struct diag_list *dl, xmlDoc *layout, const char *out)
{
	struct diag_list	*own = diag_list_new();
	const struct diag	*d;
	size_t			 i;
	int			 rc;

	rc = render_document(own, layout, out) == 0 ? 0 : -1;
	for (i = 0; i < diag_list_count(own); i++) {
		d = diag_list_get(own, i);
		diag_add(dl, d->level, d->file, d->line, d->column, "%s",
		    d->text);
	}
	diag_list_free(own);
	return rc;
}

static int
make_dir(struct run *r, const char *dir)
{
	if (g_mkdir_with_parents(dir, 0777) != 0) {
		diag_add(r->dl, DIAG_SYSTEM, dir, 0, 0,
		    "cannot create directory: %s", g_strerror(errno));
		return -1;
	}
	return 0;
}

/*
 * The source matrix as a tree, read again by each report that transforms
 * it and freed once transformed: held across reports it would be alive
 * while the pages are laid out, and reading the real matrix takes about
 * a millisecond.  Caller frees with xmlFreeDoc(); NULL after recording
 * an error.
 */
static xmlDoc *
matrix_doc(struct run *r)
{
	char	*path;
	xmlDoc	*doc;

	path = g_build_filename(r->source_dir, "matrix.xml", NULL);
	doc = xmlsafe_read_file(r->dl, path);
	g_free(path);
	return doc;
}

/*
 * The report's result, written to path: streamed part by part from the
 * source matrix when the report names its parts (stream), else
 * transformed from the matrix's tree.  The directory of path is made
 * once there is something to write.
 */
static int
write_result(struct run *r, struct transform *t, const char *stream,
    const char *const *params, const char *path)
{
	xmlDoc	*src, *res;
	char	*matrix, *dir;
	int	 rc = -1;

	if (stream != NULL) {
		matrix = g_build_filename(r->source_dir, "matrix.xml", NULL);
		rc = report_stream_write(r->dl, t, matrix, stream, params,
		    path);
		g_free(matrix);
		return rc;
	}
	if ((src = matrix_doc(r)) == NULL)
		return -1;
	res = transform_apply(r->dl, t, src, params);
	xmlFreeDoc(src);
	if (res == NULL)
		return -1;
	dir = g_path_get_dirname(path);
	if (make_dir(r, dir) == 0)
		rc = transform_save(r->dl, t, res, path);
	g_free(dir);
	xmlFreeDoc(res);
	return rc;
}

/*
 * Render one report: name, stylesheet, format, output path, where to
 * keep the layout (or NULL), host or NULL, the parts to stream (or NULL).
 */
static int
render_one(struct run *r, const char *name, const char *xsl,
    const char *format, const char *out, const char *layout_out,
    const char *host, const char *stream)
{
	struct transform	*t;
	xmlDoc			*res, *src;
	const char		*params[11];
	size_t			 n = 0;
	int			 rc = -1;
	char			*dir;

	if ((t = style_for(r, xsl)) == NULL)
		return -1;
	params[n++] = "source-dir";
	params[n++] = r->source_uri;
	params[n++] = "documents";
	params[n++] = r->documents;
	params[n++] = "report";
	params[n++] = name;
	if (host != NULL) {
		params[n++] = "host";
		params[n++] = host;
	}
	params[n] = NULL;
	if (strcmp(format, "pdf") != 0)
		return write_result(r, t, stream, params, out);
	if (layout_out == NULL) {
		if ((src = matrix_doc(r)) == NULL)
			return -1;
		res = transform_apply(r->dl, t, src, params);
		xmlFreeDoc(src);
		if (res == NULL)
			return -1;
		dir = g_path_get_dirname(out);
		if (make_dir(r, dir) == 0)
			rc = render(r->dl, res, out);
		g_free(dir);
		xmlFreeDoc(res);
		return rc;
	}
	/*
	 * The layout is kept on disk and rendered from there, so the
	 * renderer's messages name that file and its lines, and no tree of
	 * the result is alive while the pages are laid out.
	 */
	if (write_result(r, t, stream, params, layout_out) != 0)
		return -1;
	dir = g_path_get_dirname(out);
	if (make_dir(r, dir) == 0)
		rc = render_file(r->dl, layout_out, out);
	g_free(dir);
	return rc;
}

/*
 * One run of a report: NAME, or NAME-HOST for a per-host report, written
 * where reports.xml says below the output directory (or, for brief, to
 * the file asked for), its layout kept in OUT/layout/.
 */
static int
instance(struct run *r, const char *name, const char *xsl,
    const char *format, const char *output, const char *host,
    const char *stream)
{
	char	*low, *fn, *on, *outp, *ln, *lay;
	int	 rc;

	low = host != NULL ? g_ascii_strdown(host, -1) : NULL;
	fn = host != NULL ? g_strdup_printf("%s-%s", name, low) :
	    g_strdup(name);
	on = expand(output, low);
	if (r->o->host != NULL && r->o->out_file != NULL)
		outp = g_strdup(r->o->out_file);
	else
		outp = g_build_filename(r->out_dir, on, NULL);
	if (r->o->host != NULL)
		lay = g_strdup(r->o->layout_file);
	else {
		ln = g_strconcat(fn, ".xml", NULL);
		lay = g_build_filename(r->out_dir, "layout", ln, NULL);
		g_free(ln);
	}
	rc = render_one(r, fn, xsl, format, outp, lay, host, stream);
	g_free(lay);
	g_free(outp);
	g_free(on);
	g_free(fn);
	g_free(low);
	return rc;
}

/* True when --only asks for the report name (or runs every report). */
static bool
wanted(const struct run *r, const char *name)
{
	return r->o->only == NULL || strcmp(r->o->only, name) == 0;
}

/* Run the report described by element n (once per <for>). */
static int
run_report(struct run *r, xmlNode *n)
{
	char	*name, *xsl, *format, *output, *host, *fn, *stream;
	xmlNode	*f;
	int	 rc = 0, nfor = 0;

	name = attr(n, "name");
	xsl = attr(n, "stylesheet");
	format = attr(n, "format");
	output = attr(n, "output");
	stream = attr(n, "stream");
	if (name == NULL || xsl == NULL || output == NULL) {
		diag_error(r->dl, (const char *)n->doc->URL, xmlGetLineNo(n),
		    "report needs name, stylesheet and output");
		rc = -1;
		goto out;
	}
	if (format == NULL)
		format = g_strdup("pdf");
	if (r->o->host != NULL) {
		if (strcmp(name, "briefing") == 0) {
			r->found = true;
			rc = instance(r, name, xsl, format, output,
			    r->o->host, stream);
		}
		goto out;
	}
	for (f = n->children; f != NULL; f = f->next) {
		if (f->type != XML_ELEMENT_NODE ||
		    !xmlStrEqual(f->name, (const xmlChar *)"for"))
			continue;
		nfor++;
		if ((host = attr(f, "host")) == NULL) {
			diag_error(r->dl, (const char *)n->doc->URL,
			    xmlGetLineNo(f), "for needs a host");
			rc = -1;
			continue;
		}
		fn = g_strdup_printf("%s-%s", name, host);
		if (wanted(r, name) || (r->o->only != NULL &&
		    g_ascii_strcasecmp(r->o->only, fn) == 0)) {
			r->found = true;
			if (instance(r, name, xsl, format, output, host,
			    stream) != 0)
				rc = -1;
		}
		g_free(fn);
		g_free(host);
	}
	if (nfor == 0 && wanted(r, name)) {
		r->found = true;
		rc = instance(r, name, xsl, format, output, NULL, stream);
	}
out:
	g_free(name);
	g_free(xsl);
	g_free(format);
	g_free(output);
	g_free(stream);
	return rc;
}

static void
free_style(gpointer p)
{
	transform_free(p);
}

/* The job for the i-th report element: bit 0 failed, bit 1 found. */
static int
report_job(struct diag_list *dl, size_t i, void *arg)
{
	struct run	*r = arg;
	int		 rc;

	r->dl = dl;
	rc = run_report(r, r->reports->pdata[i]) != 0 ? 1 : 0;
	return rc | (r->found ? 2 : 0);
}

/*
 * Run every report element of root, the independent ones at once in
 * workers (see report_jobs_run()), the costliest first.  --only and
 * brief pick one report: it runs here.
 */
static int
run_all(struct run *r, xmlNode *root)
{
	GPtrArray	*names = g_ptr_array_new_with_free_func(g_free);
	GArray		*cost = g_array_new(FALSE, FALSE, sizeof(double));
	xmlNode		*n;
	int		*res, max, rc = 0;
	guint		 i;

	r->reports = g_ptr_array_new();
	for (n = root->children; n != NULL; n = n->next) {
		char	*name;
		double	 c;

		if (n->type != XML_ELEMENT_NODE ||
		    !xmlStrEqual(n->name, (const xmlChar *)"report"))
			continue;
		if ((name = attr(n, "name")) == NULL)
			name = g_strdup("(unnamed)");
		c = report_jobs_cost(r->out_dir, name);
		g_ptr_array_add(r->reports, n);
		g_ptr_array_add(names, name);
		g_array_append_val(cost, c);
	}
	max = r->o->jobs > 0 ? r->o->jobs : report_jobs_default();
	if (r->o->only != NULL || r->o->host != NULL)
		max = 1;
	res = g_new0(int, r->reports->len + 1);
	if (report_jobs_run(r->dl, r->reports->len,
	    (const char *const *)names->pdata, (double *)cost->data, max,
	    report_job, r, res) != 0)
		rc = -1;
	for (i = 0; i < r->reports->len; i++) {
		if (res[i] < 0 || (res[i] & 1))
			rc = -1;
		/* A worker that died had its report; its error says so. */
		if (res[i] < 0 || (res[i] & 2))
			r->found = true;
	}
	g_free(res);
	g_array_free(cost, TRUE);
	g_ptr_array_free(names, TRUE);
	g_ptr_array_free(r->reports, TRUE);
	r->reports = NULL;
	return rc;
}

int
report_build(struct diag_list *dl, const struct report_opts *o)
{
	struct run	 r;
	xmlDoc		*list = NULL;
	char		*path = NULL, *abs = NULL;
	int		 rc = -1;

	memset(&r, 0, sizeof(r));
	r.dl = dl;
	r.o = o;
	r.source_dir = o->source_dir != NULL ? o->source_dir : "source";
	r.out_dir = o->out_dir != NULL ? o->out_dir : "out";
	r.xsl_dir = o->xsl_dir != NULL ? g_strdup(o->xsl_dir) :
	    paths_data("xsl");
	r.styles = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    free_style);
	if (!g_file_test(r.source_dir, G_FILE_TEST_IS_DIR)) {
		diag_error(dl, r.source_dir, 0, "no such source directory");
		goto out;
	}
	if (validate_sources(dl, r.source_dir) != 0) {
		diag_error(dl, r.source_dir, 0,
		    "invalid source: no report written");
		goto out;
	}
	path = g_build_filename(r.xsl_dir, "reports.xml", NULL);
	if ((list = xmlsafe_read_file(dl, path)) == NULL)
		goto out;
	abs = g_canonicalize_filename(r.source_dir, NULL);
	r.source_uri = g_filename_to_uri(abs, NULL, NULL);
	if (r.source_uri == NULL) {
		diag_error(dl, r.source_dir, 0, "cannot name the source "
		    "directory as a URI");
		goto out;
	}
	if (!g_str_has_suffix(r.source_uri, "/")) {
		char	*s = g_strconcat(r.source_uri, "/", NULL);

		g_free(r.source_uri);
		r.source_uri = s;
	}
	r.documents = documents_sorted(r.source_dir);
	rc = run_all(&r, xmlDocGetRootElement(list));
	if (!r.found) {
		diag_add(dl, DIAG_USAGE, NULL, 0, 0, "no report named %s "
		    "in xsl/reports.xml", o->host != NULL ? "briefing" :
		    o->only);
		rc = -1;
	}
out:
	g_hash_table_destroy(r.styles);
	xmlFreeDoc(list);
	g_free(r.documents);
	g_free(r.source_uri);
	g_free(r.xsl_dir);
	g_free(path);
	g_free(abs);
	return rc;
}

static bool
same_text(const char *a, const char *b)
{
	char	*fa = g_utf8_casefold(a, -1), *fb = g_utf8_casefold(b, -1);
	char	*na = g_utf8_normalize(fa, -1, G_NORMALIZE_ALL);
	char	*nb = g_utf8_normalize(fb, -1, G_NORMALIZE_ALL);
	bool	 eq = na != NULL && nb != NULL && strcmp(na, nb) == 0;

	g_free(fa);
	g_free(fb);
	g_free(na);
	g_free(nb);
	return eq;
}

/* True when one of country element c's codes, names or aliases is host. */
static bool
country_matches(xmlNode *c, const char *host)
{
	xmlNode	*k;
	xmlAttr	*a;
	bool	 m = false;

	for (a = c->properties; a != NULL && !m; a = a->next) {
		xmlChar	*v = xmlNodeGetContent((xmlNode *)a);

		if (v != NULL && (xmlStrEqual(a->name, (const xmlChar *)"code")
		    || xmlStrEqual(a->name, (const xmlChar *)"alpha3")
		    || xmlStrEqual(a->name, (const xmlChar *)"name")))
			m = same_text((char *)v, host);
		xmlFree(v);
	}
	for (k = c->children; k != NULL && !m; k = k->next) {
		xmlChar	*v;

		if (k->type != XML_ELEMENT_NODE)
			continue;
		v = xmlNodeGetContent(k);
		if (v != NULL) {
			char	*s = g_strstrip(g_strdup((char *)v));

			m = same_text(s, host);
			g_free(s);
		}
		xmlFree(v);
	}
	return m;
}

char *
report_resolve_host(struct diag_list *dl, const char *source_dir,
    const char *host)
{
	xmlDoc		*doc;
	xmlXPathContext	*xp = NULL;
	xmlXPathObject	*res = NULL;
	GString		*known;
	char		*path, *code = NULL;
	int		 i;

	if (same_text(host, "asia") || same_text(host, "europe"))
		return g_ascii_strdown(host, -1);
	path = g_build_filename(source_dir != NULL ? source_dir : "source",
	    "reference", "countries.xml", NULL);
	if ((doc = xmlsafe_read_file(dl, path)) == NULL) {
		g_free(path);
		return NULL;
	}
	known = g_string_new(NULL);
	xp = xmlXPathNewContext(doc);
	res = xmlXPathEvalExpression((const xmlChar *)
	    "//*[@code and string-length(@code) = 2]", xp);
	for (i = 0; res != NULL && res->nodesetval != NULL &&
	    i < res->nodesetval->nodeNr; i++) {
		xmlNode	*c = res->nodesetval->nodeTab[i];
		char	*cc = attr(c, "code");

		g_string_append_printf(known, "%s%s", known->len ? " " : "",
		    cc);
		if (code == NULL && country_matches(c, host))
			code = g_ascii_strup(cc, -1);
		g_free(cc);
	}
	if (code == NULL)
		diag_add(dl, DIAG_USAGE, NULL, 0, 0, "unknown host: %s "
		    "(known: asia europe %s)", host, known->str);
	g_string_free(known, TRUE);
	xmlXPathFreeObject(res);
	xmlXPathFreeContext(xp);
	xmlFreeDoc(doc);
	g_free(path);
	return code;
}
