/* Import stage, first step: the raw text's lines -> rows of cells with line numbers. */
#include <string.h>

#include <glib.h>

#include "diag.h"
#include "import.h"

static void
row_free(struct import_row *r)
{
	size_t	 i;

	if (r == NULL)
		return;
	for (i = 0; i < IMPORT_NCOLS; i++)
		g_free(r->cells[i]);
	g_free(r);
}

static void
line_free(struct import_line *l)
{
	if (l == NULL)
		return;
	g_free(l->text);
	g_free(l);
}

void
import_table_free(struct import_table *t)
{
	if (t == NULL)
		return;
	g_free(t->file);
	g_ptr_array_unref(t->title);
	row_free(t->header);
	g_ptr_array_unref(t->rows);
	g_free(t);
}

size_t
import_table_rows(const struct import_table *t)
{
	return t->rows->len;
}

/*
 * Refuse what is not text: NUL bytes and invalid UTF-8, named by line
 * and byte column.  A file cut inside a UTF-8 sequence is truncated.
 */
static int
check_bytes(struct diag_list *dl, const char *file, const char *buf,
    size_t len)
{
	const char	*p = buf, *end = buf + len, *bad, *bol = buf;
	long		 line = 1;

	/* A UTF-16 byte order mark: saved in the wrong encoding. */
	if (len >= 2 && (memcmp(buf, "\xff\xfe", 2) == 0 ||
	    memcmp(buf, "\xfe\xff", 2) == 0)) {
		diag_add(dl, DIAG_ERROR, file, 1, 1, "UTF-16 text, not "
		    "UTF-8: save the file as UTF-8");
		return -1;
	}
	while (p < end) {
		if (g_utf8_validate(p, end - p, &bad))
			return 0;
		for (; p < bad; p++)
			if (*p == '\n') {
				line++;
				bol = p + 1;
			}
		if (*bad == '\0') {
			diag_add(dl, DIAG_ERROR, file, line,
			    (int)(bad - bol) + 1,
			    "NUL byte: binary file, not text");
			return -1;
		}
		if (g_utf8_get_char_validated(bad, end - bad) ==
		    (gunichar)-2) {
			diag_add(dl, DIAG_ERROR, file, line,
			    (int)(bad - bol) + 1,
			    "file is truncated inside a UTF-8 sequence");
			return -1;
		}
		diag_add(dl, DIAG_ERROR, file, line, (int)(bad - bol) + 1,
		    "invalid UTF-8 byte 0x%02x", (unsigned char)*bad);
		return -1;
	}
	return 0;
}

/* A row of column headings: "NO" or "NO." then "THEMES". */
static bool
is_header(char **cells, size_t n)
{
	return n >= 2 && (g_ascii_strcasecmp(cells[0], "NO") == 0 ||
	    g_ascii_strcasecmp(cells[0], "NO.") == 0) &&
	    g_ascii_strcasecmp(cells[1], "THEMES") == 0;
}

/*
 * The columns are read by position: a heading row whose third to sixth
 * headings are not the workshops, action plan, recommendations and
 * follow-up, in that order, would file every item under the wrong
 * column.  Case, hyphens and spacing aside ("FOLLOW-UP", "TOPIC'S
 * WORKSHOP").  0, or -1 after an error naming the first heading out of
 * place.
 */
static int
check_headings(struct diag_list *dl, const char *file, long line,
    char **cells)
{
	static const char *const want[] = { "WORKSHOP", "ACTION PLAN",
	    "RECOMMENDATION", "FOLLOW UP" };
	GString	*g;
	size_t	 i;
	char	*c;
	bool	 ok;

	for (i = 0; i < G_N_ELEMENTS(want); i++) {
		g = g_string_new(NULL);
		for (c = cells[i + 2]; *c != '\0'; c++)
			if (*c == '-' || g_ascii_isspace(*c)) {
				if (g->len > 0 && g->str[g->len - 1] != ' ')
					g_string_append_c(g, ' ');
			} else
				g_string_append_c(g, g_ascii_toupper(*c));
		ok = i == 0 ? strstr(g->str, want[i]) != NULL :
		    g_str_has_prefix(g->str, want[i]);
		g_string_free(g, TRUE);
		if (!ok) {
			diag_error(dl, file, line, "column %zu is headed "
			    "\"%s\", not %s: the columns are read in the "
			    "order NO, THEMES, WORKSHOPS, ACTION PLAN, "
			    "RECOMMENDATION, FOLLOW UP", i + 3, cells[i + 2],
			    want[i]);
			return -1;
		}
	}
	return 0;
}

static bool
is_separator(char **cells, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (strcmp(cells[i], "--") != 0)
			return false;
	return true;
}

static struct import_row *
row_new(long line, char **cells)
{
	struct import_row	*r = g_new0(struct import_row, 1);
	size_t			 i;

	r->line = line;
	for (i = 0; i < IMPORT_NCOLS; i++)
		r->cells[i] = g_strdup(cells[i]);
	return r;
}

struct import_table *
import_tsv_parse(struct diag_list *dl, const char *file, const char *buf,
    size_t len)
{
	struct import_table	*t;
	struct import_line	*tl;
	char			*text, **lines, **cells;
	size_t			 i, j, n, nlines;
	bool			 failed = false, last_nl;

	if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0) {
		buf += 3;
		len -= 3;
	}
	if (len == 0) {
		diag_error(dl, file, 1, "file is empty");
		return NULL;
	}
	if (check_bytes(dl, file, buf, len) == -1)
		return NULL;
	/* Every line would be one row of hundreds of cells. */
	if (memchr(buf, '\n', len) == NULL && memchr(buf, '\r', len) != NULL) {
		diag_error(dl, file, 1, "lines end in a carriage return alone "
		    "(old Mac line ends): convert them to line feeds");
		return NULL;
	}

	t = g_new0(struct import_table, 1);
	t->file = g_strdup(file);
	t->title = g_ptr_array_new_with_free_func((GDestroyNotify)line_free);
	t->rows = g_ptr_array_new_with_free_func((GDestroyNotify)row_free);

	text = g_strndup(buf, len);
	last_nl = text[len - 1] == '\n';
	lines = g_strsplit(text, "\n", -1);
	g_free(text);
	nlines = g_strv_length(lines);
	if (last_nl)
		nlines--;	/* the empty string after the final newline */
	for (i = 0; i < nlines; i++) {
		long	 line = (long)i + 1;
		size_t	 l = strlen(lines[i]);

		/* CRLF line ends read as LF. */
		if (l > 0 && lines[i][l - 1] == '\r')
			lines[i][--l] = '\0';
		if (lines[i][strspn(lines[i], " \t\r")] == '\0')
			continue;
		cells = g_strsplit(lines[i], "\t", -1);
		n = g_strv_length(cells);
		for (j = 0; j < n; j++)
			g_strstrip(cells[j]);
		if (t->header == NULL && n == 1) {
			/* The title block above the first headings. */
			tl = g_new0(struct import_line, 1);
			tl->line = line;
			tl->text = g_strdup(cells[0]);
			g_ptr_array_add(t->title, tl);
		} else if (n != IMPORT_NCOLS) {
			if (i + 1 == nlines && !last_nl && n < IMPORT_NCOLS)
				diag_error(dl, file, line, "file is truncated: "
				    "last row has %zu of %d cells and no "
				    "line end", n, IMPORT_NCOLS);
			else
				diag_error(dl, file, line, "row has %zu "
				    "cell%s, expected %d", n,
				    n == 1 ? "" : "s", IMPORT_NCOLS);
			failed = true;
		} else if (is_header(cells, n)) {
			/* Taken even when out of order: the rows below are
			 * not "before the column headers". */
			if (check_headings(dl, file, line, cells) != 0)
				failed = true;
			if (t->header == NULL)
				t->header = row_new(line, cells);
			else
				diag_note(dl, file, line, "column headers "
				    "repeated at a page break; row dropped");
		} else if (is_separator(cells, n))
			diag_note(dl, file, line, "separator row dropped");
		else if (t->header == NULL) {
			diag_error(dl, file, line,
			    "row before the column headers");
			failed = true;
		} else
			g_ptr_array_add(t->rows, row_new(line, cells));
		g_strfreev(cells);
	}
	g_strfreev(lines);
	if (!failed && t->header == NULL) {
		diag_error(dl, file, (long)nlines,
		    "no column headers (NO, THEMES, ...) found");
		failed = true;
	} else if (!failed && t->rows->len == 0) {
		diag_error(dl, file, (long)nlines, "no meeting rows found");
		failed = true;
	}
	if (failed) {
		import_table_free(t);
		return NULL;
	}
	return t;
}
