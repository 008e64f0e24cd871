/* Diagnostics collection: one list per run, the worst level gives the exit status. */
#include <stdarg.h>
#include <string.h>

#include <glib.h>
#include <libxml/xmlerror.h>

#include "diag.h"

struct diag_list {
	GPtrArray	*items;		/* of struct diag * */
};

static void
diag_free(gpointer p)
{
	struct diag	*d = p;

	g_free(d->file);
	g_free(d->text);
	g_free(d);
}

struct diag_list *
diag_list_new(void)
{
	struct diag_list	*dl = g_new0(struct diag_list, 1);

	dl->items = g_ptr_array_new_with_free_func(diag_free);
	return dl;
}

void
diag_list_free(struct diag_list *dl)
{
	if (dl == NULL)
		return;
	g_ptr_array_free(dl->items, TRUE);
	g_free(dl);
}

void
diag_list_truncate(struct diag_list *dl, size_t n)
{
	if (n < dl->items->len)
		g_ptr_array_set_size(dl->items, (guint)n);
}

char *
diag_relpath(const char *path)
{
	char	*cwd;
	size_t	 n;
	char	*rel;

	if (path == NULL)
		return NULL;
	if (strncmp(path, "file://", 7) == 0)
		path += 7;
	if (!g_path_is_absolute(path))
		return g_strdup(path);
	cwd = g_get_current_dir();
	n = strlen(cwd);
	if (strncmp(path, cwd, n) == 0 && path[n] == '/')
		rel = g_strdup(path + n + 1);
	else
		rel = g_strdup(path);
	g_free(cwd);
	return rel;
}

static void
diag_addv(struct diag_list *dl, enum diag_level level, const char *file,
    long line, int column, const char *fmt, va_list ap)
{
	struct diag	*d = g_new0(struct diag, 1);
	size_t		 n;

	d->level = level;
	d->file = diag_relpath(file);
	d->line = line > 0 ? line : 0;
	d->column = column > 0 ? column : 0;
	d->text = g_strdup_vprintf(fmt, ap);
	n = strlen(d->text);
	while (n > 0 && (d->text[n - 1] == '\n' || d->text[n - 1] == ' '))
		d->text[--n] = '\0';
	g_ptr_array_add(dl->items, d);
}

void
diag_add(struct diag_list *dl, enum diag_level level, const char *file,
    long line, int column, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	diag_addv(dl, level, file, line, column, fmt, ap);
	va_end(ap);
}

size_t
diag_list_count(const struct diag_list *dl)
{
	return dl->items->len;
}

const struct diag *
diag_list_get(const struct diag_list *dl, size_t i)
{
	return i < dl->items->len ? g_ptr_array_index(dl->items, i) : NULL;
}

size_t
diag_list_count_at_least(const struct diag_list *dl, enum diag_level level)
{
	size_t	 i, n = 0;

	for (i = 0; i < dl->items->len; i++)
		if (((struct diag *)g_ptr_array_index(dl->items, i))->level
		    >= level)
			n++;
	return n;
}

bool
diag_list_failed(const struct diag_list *dl)
{
	return diag_list_count_at_least(dl, DIAG_ERROR) > 0;
}

static const char *
level_name(enum diag_level level)
{
	switch (level) {
	case DIAG_NOTE:
		return "note";
	case DIAG_WARNING:
		return "warning";
	default:
		return "error";
	}
}

char *
diag_list_format(const struct diag_list *dl, const char *prog)
{
	GString	*s = g_string_new(NULL);
	size_t	 i;

	for (i = 0; i < dl->items->len; i++) {
		const struct diag *d = g_ptr_array_index(dl->items, i);

		if (d->file == NULL)
			g_string_append(s, prog != NULL ? prog : "asemdoc");
		else {
			g_string_append(s, d->file);
			if (d->line > 0)
				g_string_append_printf(s, ":%ld", d->line);
			if (d->line > 0 && d->column > 0)
				g_string_append_printf(s, ":%d", d->column);
		}
		g_string_append_printf(s, ": %s: %s\n", level_name(d->level),
		    d->text);
	}
	return g_string_free(s, FALSE);
}

char *
diag_list_text(const struct diag_list *dl)
{
	return diag_list_format(dl, "asemdoc");
}

int
diag_list_status(const struct diag_list *dl)
{
	enum diag_level	 worst = DIAG_NOTE;
	size_t		 i;

	for (i = 0; i < dl->items->len; i++) {
		const struct diag *d = g_ptr_array_index(dl->items, i);

		if (d->level > worst)
			worst = d->level;
	}
	switch (worst) {
	case DIAG_ERROR:
		return 1;
	case DIAG_USAGE:
		return 2;
	case DIAG_SYSTEM:
		return 3;
	default:
		return 0;
	}
}

/*
 * Words a person can act on for the parser's limits and encoding errors,
 * whose libxml2 text names parser options or spans two lines; "" drops
 * the bogus "Memory allocation failed" that follows an over-long
 * attribute; NULL keeps libxml2's text.  Caller frees with g_free().
 */
static char *
parser_text(struct diag_list *dl, const xmlError *e)
{
	const struct diag	*last;
	const char		*m = e->message != NULL ? e->message : "";
	const char		*b;
	size_t			 n = diag_list_count(dl);

	switch (e->code) {
	case XML_ERR_INVALID_CHAR:
		if (strstr(m, "not proper UTF-8") == NULL)
			return NULL;
		if ((b = strstr(m, "Bytes: ")) != NULL && strlen(b) >= 11)
			return g_strdup_printf("not UTF-8 (byte %.4s): "
			    "save the file as UTF-8", b + 7);
		return g_strdup("not UTF-8: save the file as UTF-8");
	case XML_ERR_INTERNAL_ERROR:
		/* libxml2 2.9 says only this for a file cut in a character. */
		if (strstr(m, "error in element content") != NULL)
			return g_strdup("element content cannot be read: the "
			    "file is cut short or not UTF-8");
		if (strstr(m, "Excessive depth") == NULL)
			return NULL;
		return g_strdup_printf("elements nested deeper than %d "
		    "levels", (int)g_ascii_strtoll(m + strcspn(m, "0123456789"),
		    NULL, 10));
	case XML_ERR_ATTRIBUTE_NOT_FINISHED:
		if (strstr(m, "length too long") == NULL)
			return NULL;
		return g_strdup("attribute value longer than 10,000,000 "
		    "bytes");
	case XML_ERR_NO_MEMORY:
		last = n > 0 ? diag_list_get(dl, n - 1) : NULL;
		if (last != NULL && last->line == e->line &&
		    strncmp(last->text, "attribute value longer", 22) == 0)
			return g_strdup("");
		return NULL;
	default:
		return NULL;
	}
}

void
diag_xml(void *ctx, struct _xmlError *xml_error)
{
	struct diag_list	*dl = ctx;
	const xmlError		*e = xml_error;
	enum diag_level		 level;
	char			*text;
	const char		*file;
	const xmlNode		*node;
	long			 line;

	if (dl == NULL || e == NULL)
		return;
	switch (e->level) {
	case XML_ERR_NONE:
		return;
	case XML_ERR_WARNING:
		level = DIAG_WARNING;
		break;
	default:
		level = DIAG_ERROR;
		break;
	}
	/* An I/O failure on a file we were asked to read is a system error. */
	if (e->domain == XML_FROM_IO && e->file == NULL)
		level = DIAG_SYSTEM;
	if (e->domain == XML_FROM_PARSER && (text = parser_text(dl, e)) != NULL) {
		if (*text != '\0')
			diag_add(dl, level, e->file, e->line, e->int2, "%s",
			    text);
		g_free(text);
		return;
	}
	/* libxml2 puts details on a second line; keep one line a message. */
	text = g_strdup(e->message != NULL ? e->message : "unknown XML error");
	g_strchomp(text);
	g_strdelimit(text, "\n", ' ');
	file = e->file;
	line = e->line;
	/*
	 * RELAX NG's closing summary ("Element x failed to validate ...")
	 * names no file, only the node: take the file and line from it.
	 */
	if (file == NULL && e->domain == XML_FROM_RELAXNGV &&
	    (node = e->node) != NULL && node->doc != NULL) {
		file = (const char *)node->doc->URL;
		if (line <= 0)
			line = xmlGetLineNo(node);
	}
	diag_add(dl, level, file, line, e->int2, "%s", text);
	g_free(text);
}
