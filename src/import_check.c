/* Import check: every letter and digit of a cell's source text reaches its parsed pieces. */
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "diag.h"
#include "import.h"

/* Letters shown of the text around a loss. */
#define CONTEXT	40

/* Append the character an entity at s stands for; return its length. */
static size_t
entity(GString *out, const char *s)
{
	const htmlEntityDesc	*d;
	const char		*end;
	char			*name, *rest;
	gunichar		 c = 0;

	if ((end = strchr(s, ';')) == NULL || end - s > 32) {
		g_string_append_c(out, '&');
		return 1;
	}
	name = g_strndup(s + 1, (gsize)(end - s - 1));
	if (name[0] == '#') {
		c = (gunichar)(name[1] == 'x' || name[1] == 'X' ?
		    strtoul(name + 2, &rest, 16) : strtoul(name + 1, &rest, 10));
		if (*rest != '\0' || rest == name + 1)
			c = 0;
	} else if ((d = htmlEntityLookup((const xmlChar *)name)) != NULL)
		c = d->value;
	if (name[0] == '#' && c == 0 && *rest == '\0' && rest != name + 1) {
		/* "&#0;": a number, but no character; no text either. */
		g_free(name);
		return (size_t)(end - s + 1);
	}
	g_free(name);
	if (c == 0 || !g_unichar_validate(c)) {
		g_string_append_c(out, '&');
		return 1;
	}
	g_string_append_unichar(out, c);
	return (size_t)(end - s + 1);
}

/* Past the element whose start tag ends before s, if s opens script or style. */
static const char *
past_hidden(const char *tag, const char *s)
{
	static const char *const hidden[] = { "script", "style" };
	char	 close[16];
	size_t	 i, n;
	char	*at, *low;

	for (i = 0; i < G_N_ELEMENTS(hidden); i++) {
		n = strlen(hidden[i]);
		if (g_ascii_strncasecmp(tag + 1, hidden[i], n) != 0 ||
		    g_ascii_isalnum(tag[1 + n]))
			continue;
		g_snprintf(close, sizeof(close), "</%s", hidden[i]);
		low = g_ascii_strdown(s, -1);
		at = strstr(low, close);
		s = at != NULL ? s + (at - low) : s + strlen(s);
		g_free(low);
		return s;
	}
	return s;
}

/*
 * The text a reader sees in html, told apart from markup without a
 * parser: a tag is "<" and a letter, "/", "!" or "?" up to the next ">"
 * with no "<" before it (of a tag left open, only "<" and its name);
 * a comment is skipped only when it is closed; script and style hold no
 * text.  What is not markup by these rules is text, so the text after
 * markup the parser gave up on counts here.
 */
static char *
visible_text(const char *html)
{
	GString		*out = g_string_new(NULL);
	const char	*s = html, *q;

	while (*s != '\0') {
		if (strncmp(s, "<!--", 4) == 0 &&
		    (q = strstr(s + 4, "-->")) != NULL) {
			s = q + 3;
			continue;
		}
		if (*s == '<' && (g_ascii_isalpha(s[1]) || s[1] == '/' ||
		    s[1] == '!' || s[1] == '?')) {
			for (q = s + 1; *q != '\0' && *q != '>' && *q != '<';
			    q++)
				;
			if (*q == '>') {
				s = past_hidden(s, q + 1);
				continue;
			}
			/* Unclosed: its name is markup, the rest text. */
			for (s++; g_ascii_isalnum(*s) || *s == '/' ||
			    *s == '!' || *s == '?'; s++)
				;
			continue;
		}
		if (*s == '&') {
			s += entity(out, s);
			continue;
		}
		g_string_append_c(out, *s++);
	}
	return g_string_free(out, FALSE);
}

/* The letters and digits of s, one after another. */
static GArray *
alnums(const char *s)
{
	GArray		*a = g_array_new(FALSE, FALSE, sizeof(gunichar));
	gunichar	 c;

	if (!g_utf8_validate(s, -1, NULL))
		return a;
	for (; *s != '\0'; s = g_utf8_next_char(s)) {
		c = g_utf8_get_char(s);
		if (g_unichar_isalnum(c))
			g_array_append_val(a, c);
	}
	return a;
}

/* The parsed text: each piece's marker, then its text. */
static char *
pieces_text(const GPtrArray *pieces)
{
	GString			*g = g_string_new(NULL);
	struct import_piece	*p;
	xmlChar			*c;
	guint			 i;

	for (i = 0; i < pieces->len; i++) {
		p = g_ptr_array_index(pieces, i);
		if (p->marker != NULL)
			g_string_append_printf(g, "%s ", p->marker);
		if (p->node != NULL && (c = xmlNodeGetContent(p->node)) != NULL) {
			g_string_append_printf(g, "%s ", (const char *)c);
			xmlFree(c);
		}
	}
	return g_string_free(g, FALSE);
}

/* The source text from its k-th letter or digit on, for a message. */
static char *
excerpt_from(const char *text, guint k)
{
	const char	*s = text;
	GString		*g = g_string_new(NULL);
	guint		 n = 0, shown = 0;

	for (; *s != '\0' && n < k; s = g_utf8_next_char(s))
		if (g_unichar_isalnum(g_utf8_get_char(s)))
			n++;
	for (; *s != '\0' && shown < CONTEXT; s = g_utf8_next_char(s)) {
		g_string_append_unichar(g, g_utf8_get_char(s));
		shown++;
	}
	return g_strstrip(g_string_free(g, FALSE));
}

int
import_cell_check(struct diag_list *dl, const char *file, long line,
    const char *html, const GPtrArray *pieces)
{
	char	*shown = visible_text(html), *parsed = pieces_text(pieces);
	char	*ex;
	GArray	*want = alnums(shown), *have = alnums(parsed);
	guint	 i, j = 0;
	int	 rc = 0;

	/* In order, every letter of the source among the parsed ones. */
	for (i = 0; i < want->len; i++) {
		while (j < have->len && g_array_index(have, gunichar, j) !=
		    g_array_index(want, gunichar, i))
			j++;
		if (j == have->len)
			break;
		j++;
	}
	if (i < want->len) {
		ex = excerpt_from(shown, i);
		diag_error(dl, file, line, "text of a cell lost in reading its "
		    "HTML, from \"%s\": an unclosed tag or comment? mend the "
		    "markup", ex);
		g_free(ex);
		rc = -1;
	}
	g_array_free(want, TRUE);
	g_array_free(have, TRUE);
	g_free(shown);
	g_free(parsed);
	return rc;
}
