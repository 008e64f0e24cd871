/* Transformation stage: loads the stylesheets safely, passes parameters, applies them. */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/uri.h>
#include <libxml/xmlerror.h>
#include <libxslt/documents.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/variables.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>
#include <libexslt/exslt.h>

#include "diag.h"
#include "transform.h"
#include "xmlsafe.h"

struct transform {
	char			*path;
	xsltStylesheet		*style;
	GPtrArray		*dirs;	/* canonical directories files may come from */
};

/*
 * What the library callbacks need while a stylesheet loads or runs.
 * libxslt's loader and generic error hooks are process-wide and take no
 * user data for stylesheet loading, so the one running job is kept here;
 * the program runs one transform at a time.
 */
struct job {
	struct diag_list	*dl;
	struct transform	*t;
	GString			*errors;	/* libxslt's printf-style messages */
};
static struct job	*current;
static xsltDocLoaderFunc library_loader;

static void
silent(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

static void
collect(void *ctx, const char *msg, ...)
{
	struct job	*j = ctx;
	va_list		 ap;

	if (j == NULL || j->errors == NULL)
		return;
	va_start(ap, msg);
	g_string_append_vprintf(j->errors, msg, ap);
	va_end(ap);
}

/* A file path for a URI or path as libxslt hands it over, or NULL. */
static char *
uri_path(const char *uri)
{
	char	*path;

	if (g_str_has_prefix(uri, "file:"))
		return g_filename_from_uri(uri, NULL, NULL);
	if (strstr(uri, "://") != NULL)
		return NULL;
	if ((path = g_uri_unescape_string(uri, NULL)) == NULL)
		return NULL;
	return path;
}

/* The canonical form of path: symbolic links and ".." resolved when it exists. */
static char *
canonical(const char *path)
{
	char	 buf[PATH_MAX];

	if (realpath(path, buf) != NULL)
		return g_strdup(buf);
	return g_canonicalize_filename(path, NULL);
}

/* True when uri names a local file below one of t's directories. */
static bool
allowed(const struct transform *t, const char *uri)
{
	char	*path, *canon;
	size_t	 i, n;
	bool	 ok = false;

	if (t == NULL || (path = uri_path(uri)) == NULL)
		return false;
	canon = canonical(path);
	for (i = 0; i < t->dirs->len && !ok; i++) {
		const char	*dir = g_ptr_array_index(t->dirs, i);

		n = strlen(dir);
		ok = strncmp(canon, dir, n) == 0 && canon[n] == '/';
	}
	g_free(canon);
	g_free(path);
	return ok;
}

static int
check_read(xsltSecurityPrefs *sec, xsltTransformContext *ctxt,
    const char *value)
{
	(void)sec;
	if (current != NULL && allowed(current->t, value))
		return 1;
	if (ctxt != NULL)
		xsltTransformError(ctxt, NULL, NULL,
		    "reading %s is not allowed (only the source and "
		    "stylesheet directories)\n", value);
	return 0;
}

/*
 * xsl:import, xsl:include and document() come here: the library's own
 * options substitute entities and load DTDs, ours do neither, and only
 * files below the allowed directories are read.
 */
static xmlDoc *
loader(const xmlChar *uri, xmlDict *dict, int options, void *ctxt,
    xsltLoadType type)
{
	(void)options;
	if (current == NULL || !allowed(current->t, (const char *)uri)) {
		if (current != NULL)
			g_string_append_printf(current->errors,
			    "error: reading %s is not allowed (only the "
			    "source and stylesheet directories)\n", uri);
		return NULL;
	}
	return library_loader(uri, dict, XMLSAFE_OPTIONS, ctxt, type);
}

static void
transform_init(void)
{
	static gsize	 done;

	if (g_once_init_enter(&done)) {
		xmlsafe_init();
		exsltRegisterAll();
		library_loader = xsltDocDefaultLoader;
		xsltSetLoaderFunc(loader);
		xsltSetGenericErrorFunc(NULL, silent);
		g_once_init_leave(&done, 1);
	}
}

/*
 * Turn libxslt's messages into diagnostics.  The library writes a context
 * line ("runtime error: file F line N element E") and then the message;
 * xsl:message text comes alone, and a stylesheet starts it with "error: "
 * or "warning: " to say how grave it is.
 */
static void
report(struct diag_list *dl, const char *fallback, const char *text)
{
	GRegex		*re;
	GMatchInfo	*mi;
	char		**lines, *file = NULL, *kind = NULL;
	long		 line = 0;
	bool		 pending = false;
	size_t		 i;

	re = g_regex_new("^(?:\\w+ )?(error|warning)s?: "
	    "(?:file (.*) line ([0-9]+) element \\S+|element \\S+)?$",
	    0, 0, NULL);
	lines = g_strsplit(text, "\n", -1);
	for (i = 0; lines[i] != NULL; i++) {
		const char	*s = lines[i];
		enum diag_level	 level = DIAG_NOTE;

		if (*s == '\0')
			continue;
		if (g_regex_match(re, s, 0, &mi)) {
			g_free(file);
			g_free(kind);
			kind = g_match_info_fetch(mi, 1);
			file = g_match_info_fetch(mi, 2);
			if (file != NULL && *file == '\0') {
				g_free(file);
				file = NULL;
			}
			line = file != NULL ?
			    strtol(lines[i] + (strstr(s, " line ") - s) + 6,
			    NULL, 10) : 0;
			pending = true;
			g_match_info_free(mi);
			continue;
		}
		g_match_info_free(mi);
		if (pending) {
			level = strcmp(kind, "warning") == 0 ?
			    DIAG_WARNING : DIAG_ERROR;
			diag_add(dl, level, file != NULL ? file : fallback,
			    line, 0, "%s", s);
			pending = false;
			continue;
		}
		if (g_str_has_prefix(s, "error: ")) {
			level = DIAG_ERROR;
			s += 7;
		} else if (g_str_has_prefix(s, "warning: ")) {
			level = DIAG_WARNING;
			s += 9;
		}
		diag_add(dl, level, fallback, 0, 0, "%s", s);
	}
	if (pending)
		diag_add(dl, strcmp(kind, "warning") == 0 ? DIAG_WARNING :
		    DIAG_ERROR, file != NULL ? file : fallback, line, 0,
		    "%s failed", kind);
	g_free(file);
	g_free(kind);
	g_strfreev(lines);
	g_regex_unref(re);
}

/*
 * libxml2's XPath messages carry no file or line; libxslt follows each
 * failed expression with its own message that names both, so only the
 * other libxml2 messages (parsing, I/O) are recorded.
 */
static void
xml_error(void *ctx, xmlError *e)
{
	if (e != NULL && e->domain == XML_FROM_XPATH)
		return;
	diag_xml(ctx, e);
}

/* Parse the stylesheet document and hand it to libxslt, which keeps it. */
static xsltStylesheet *
parse_style(struct diag_list *dl, const char *path)
{
	xmlDoc		*doc;
	xsltStylesheet	*style;

	/* Stylesheets come with the program: one missing is not bad input. */
	if (!g_file_test(path, G_FILE_TEST_IS_REGULAR)) {
		diag_add(dl, DIAG_SYSTEM, path, 0, 0, "stylesheet missing; "
		    "the installation is incomplete");
		return NULL;
	}
	if ((doc = xmlsafe_read_file(dl, path)) == NULL)
		return NULL;
	style = xsltParseStylesheetDoc(doc);
	/* On failure the document is still ours; on success it is the stylesheet's. */
	if (style == NULL)
		xmlFreeDoc(doc);
	return style;
}

struct transform *
transform_load(struct diag_list *dl, const char *path,
    const char *const *read_dirs)
{
	struct transform	*t;
	struct job		 j;
	char			*dir;
	/* Only this stylesheet's errors count: an earlier report's error
	 * must not change what this one says (nor may the order in which
	 * report workers run). */
	size_t			 i, nerr = diag_list_count_at_least(dl,
				    DIAG_ERROR);

	transform_init();
	t = g_new0(struct transform, 1);
	t->path = g_strdup(path);
	t->dirs = g_ptr_array_new_with_free_func(g_free);
	dir = g_path_get_dirname(path);
	g_ptr_array_add(t->dirs, canonical(dir));
	g_free(dir);
	for (i = 0; read_dirs != NULL && read_dirs[i] != NULL; i++)
		g_ptr_array_add(t->dirs, canonical(read_dirs[i]));

	j.dl = dl;
	j.t = t;
	j.errors = g_string_new(NULL);
	current = &j;
	xsltSetGenericErrorFunc(&j, collect);
	xmlSetStructuredErrorFunc(dl, xml_error);
	t->style = parse_style(dl, path);
	xmlSetStructuredErrorFunc(NULL, NULL);
	xsltSetGenericErrorFunc(NULL, silent);
	current = NULL;
	report(dl, path, j.errors->str);
	if (t->style != NULL && t->style->errors > 0) {
		if (diag_list_count_at_least(dl, DIAG_ERROR) == nerr)
			diag_error(dl, path, 0, "stylesheet has %d error(s)",
			    t->style->errors);
		transform_free(t);
		t = NULL;
	} else if (t->style == NULL) {
		if (diag_list_count_at_least(dl, DIAG_ERROR) == nerr)
			diag_error(dl, path, 0, "not a usable stylesheet");
		transform_free(t);
		t = NULL;
	}
	g_string_free(j.errors, TRUE);
	return t;
}

void
transform_free(struct transform *t)
{
	if (t == NULL)
		return;
	xsltFreeStylesheet(t->style);
	g_ptr_array_free(t->dirs, TRUE);
	g_free(t->path);
	g_free(t);
}

const char *
transform_path(const struct transform *t)
{
	return t->path;
}

xmlDoc *
transform_apply(struct diag_list *dl, struct transform *t, xmlDoc *doc,
    const char *const *params)
{
	xsltTransformContext	*ctxt = NULL;
	xsltSecurityPrefs	*sec = NULL;
	xmlDoc			*res = NULL;
	struct job		 j;
	size_t			 i, nerr;

	j.dl = dl;
	j.t = t;
	j.errors = g_string_new(NULL);
	nerr = diag_list_count_at_least(dl, DIAG_ERROR);
	if ((ctxt = xsltNewTransformContext(t->style, doc)) == NULL) {
		diag_add(dl, DIAG_SYSTEM, t->path, 0, 0, "out of memory");
		goto out;
	}
	sec = xsltNewSecurityPrefs();
	xsltSetSecurityPrefs(sec, XSLT_SECPREF_WRITE_FILE,
	    xsltSecurityForbid);
	xsltSetSecurityPrefs(sec, XSLT_SECPREF_CREATE_DIRECTORY,
	    xsltSecurityForbid);
	xsltSetSecurityPrefs(sec, XSLT_SECPREF_READ_NETWORK,
	    xsltSecurityForbid);
	xsltSetSecurityPrefs(sec, XSLT_SECPREF_WRITE_NETWORK,
	    xsltSecurityForbid);
	xsltSetSecurityPrefs(sec, XSLT_SECPREF_READ_FILE, check_read);
	xsltSetCtxtSecurityPrefs(sec, ctxt);
	xsltSetCtxtParseOptions(ctxt, XMLSAFE_OPTIONS);
	xsltSetTransformErrorFunc(ctxt, &j, collect);
	for (i = 0; params != NULL && params[i] != NULL &&
	    params[i + 1] != NULL; i += 2)
		xsltQuoteOneUserParam(ctxt, (const xmlChar *)params[i],
		    (const xmlChar *)params[i + 1]);

	current = &j;
	xsltSetGenericErrorFunc(&j, collect);
	xmlSetStructuredErrorFunc(dl, xml_error);
	res = xsltApplyStylesheetUser(t->style, doc, NULL, NULL, NULL, ctxt);
	xmlSetStructuredErrorFunc(NULL, NULL);
	xsltSetGenericErrorFunc(NULL, silent);
	current = NULL;

	report(dl, t->path, j.errors->str);
	if (ctxt->state == XSLT_STATE_ERROR ||
	    ctxt->state == XSLT_STATE_STOPPED || res == NULL ||
	    diag_list_count_at_least(dl, DIAG_ERROR) > nerr) {
		if (diag_list_count_at_least(dl, DIAG_ERROR) == nerr)
			diag_error(dl, t->path, 0, "transformation failed");
		xmlFreeDoc(res);
		res = NULL;
	}
out:
	xsltFreeTransformContext(ctxt);
	xsltFreeSecurityPrefs(sec);
	g_string_free(j.errors, TRUE);
	return res;
}

/*
 * Write len bytes of buf to path through a temporary file in the same
 * directory, renamed on success.  The temporary name starts with a dot
 * (".NAME.XXXXXX", as the PDF writer's): a build killed halfway leaves
 * no file that passes for a report.  0, or -1 after recording why.
 */
static int
write_file(struct diag_list *dl, const char *path, const char *buf,
    size_t len)
{
	char	*dir, *base, *tmp;
	size_t	 off = 0;
	ssize_t	 w;
	int	 fd, rc = -1;

	dir = g_path_get_dirname(path);
	base = g_path_get_basename(path);
	tmp = g_strdup_printf("%s/.%s.XXXXXX", dir, base);
	if ((fd = g_mkstemp_full(tmp, O_RDWR, 0666)) < 0) {
		diag_add(dl, DIAG_SYSTEM, path, 0, 0, "cannot write: %s",
		    g_strerror(errno));
		goto out;
	}
	while (off < len) {
		if ((w = write(fd, buf + off, len - off)) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		off += (size_t)w;
	}
	if (off < len || close(fd) != 0) {
		diag_add(dl, DIAG_SYSTEM, path, 0, 0, "cannot write: %s",
		    g_strerror(errno));
		if (off < len)
			close(fd);
	} else if (g_rename(tmp, path) != 0)
		diag_add(dl, DIAG_SYSTEM, path, 0, 0, "cannot write: %s",
		    g_strerror(errno));
	else
		rc = 0;
	if (rc != 0)
		g_unlink(tmp);
out:
	g_free(tmp);
	g_free(base);
	g_free(dir);
	return rc;
}

int
transform_save(struct diag_list *dl, struct transform *t, xmlDoc *result,
    const char *out_path)
{
	xmlChar		*buf = NULL;
	int		 len = 0, rc;

	if (xsltSaveResultToString(&buf, &len, result, t->style) != 0) {
		diag_add(dl, DIAG_SYSTEM, out_path, 0, 0,
		    "cannot serialise the result of %s", t->path);
		return -1;
	}
	rc = write_file(dl, out_path, buf != NULL ? (char *)buf : "",
	    len > 0 ? (size_t)len : 0);
	xmlFree(buf);
	return rc;
}
