/* Import stage: a cell's HTML fragment -> flat paragraphs and list items with inline XML. */
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "diag.h"
#include "import.h"

#define HTML_OPTIONS	(HTML_PARSE_NONET | HTML_PARSE_NOERROR | \
			 HTML_PARSE_NOWARNING)

/* The walk over one cell's HTML tree. */
struct tok {
	xmlDoc		*doc;
	long		 line;
	GPtrArray	*pieces;
	struct import_piece *cur;	/* piece receiving text, or NULL */
	xmlNode		*target;	/* cur->node or an inline inside it */
	GPtrArray	*inl;		/* open inline names: "i", "b" */
	size_t		 depth;		/* inline elements made in cur */
	GString		*buf;		/* text not yet added to target */
	bool		 li_pending;	/* an <li> began: content is an item */
	bool		 block_start;	/* nothing but space since a boundary */
	bool		 prev_space;
	bool		 dash_mode;	/* inside a list of "-" items */
	int		 last_num;
	char		 last_punct;
};

void
import_piece_free(struct import_piece *p)
{
	if (p == NULL)
		return;
	g_free(p->marker);
	if (p->node != NULL)
		xmlFreeNode(p->node);
	g_free(p);
}

static struct import_piece *
piece_new(struct tok *t, bool item)
{
	struct import_piece	*p = g_new0(struct import_piece, 1);

	p->item = item;
	p->line = t->line;
	p->node = xmlNewDocNode(t->doc, NULL, BAD_CAST (item ? "li" : "p"),
	    NULL);
	g_ptr_array_add(t->pieces, p);
	t->cur = p;
	t->target = p->node;
	t->depth = 0;
	return p;
}

/* Open in the current piece the inline elements still open in the source. */
static void
sync_inline(struct tok *t)
{
	xmlNode	*n;

	while (t->depth < t->inl->len) {
		n = xmlNewDocNode(t->doc, NULL,
		    BAD_CAST g_ptr_array_index(t->inl, t->depth), NULL);
		xmlAddChild(t->target, n);
		t->target = n;
		t->depth++;
	}
}

static void
flush(struct tok *t)
{
	if (t->buf->len == 0)
		return;
	if (t->cur == NULL) {
		piece_new(t, t->li_pending);
		t->li_pending = false;
	}
	sync_inline(t);
	xmlAddChild(t->target, xmlNewDocTextLen(t->doc,
	    BAD_CAST t->buf->str, (int)t->buf->len));
	g_string_truncate(t->buf, 0);
}

static void
boundary(struct tok *t)
{
	flush(t);
	t->cur = NULL;
	t->target = NULL;
	t->depth = 0;
	t->li_pending = false;
	t->block_start = true;
	t->prev_space = true;
}

static void
item(struct tok *t, enum import_mark mark, const char *marker, size_t len,
    bool checkbox)
{
	struct import_piece	*p;

	flush(t);
	if (t->li_pending && t->cur == NULL)
		t->li_pending = false;
	p = piece_new(t, true);
	p->mark = mark;
	p->marker = marker == NULL ? NULL : g_strndup(marker, len);
	p->checkbox = checkbox;
	t->dash_mode = mark == IMPORT_MARK_DASH;
	t->block_start = false;
	t->prev_space = true;
}

/*
 * Length of a numbered marker "12)" or "4." at s followed by a space or
 * the end of the text, else 0.  Sets *num and *punct.
 */
static size_t
number_at(const char *s, int *num, char *punct)
{
	size_t	 i = 0;

	while (i < 3 && g_ascii_isdigit(s[i]))
		i++;
	if (i == 0 || i > 2 || (s[i] != ')' && s[i] != '.'))
		return 0;
	if (s[i + 1] != '\0' && !g_ascii_isspace(s[i + 1]))
		return 0;
	*num = atoi(s);
	*punct = s[i];
	return i + 1;
}

/*
 * The marker at s, if any: bullets and boxes anywhere; "-" at the start
 * of a block or among "-" items; "N)" / "N." at the start of a block or
 * when it continues the numbering ("2)" after "1)"), so "(ASEF, 2015)"
 * and "Contact - modelled" stay text.
 */
static size_t
marker_at(struct tok *t, const char *s, enum import_mark *mark, bool *box)
{
	int	 num;
	char	 punct;
	size_t	 n;

	*box = false;
	if (strncmp(s, "•", strlen("•")) == 0) {
		*mark = IMPORT_MARK_BULLET;
		return strlen("•");
	}
	if (strncmp(s, "▪", strlen("▪")) == 0) {
		*mark = IMPORT_MARK_SQUARE;
		return strlen("▪");
	}
	if (strncmp(s, "□", strlen("□")) == 0 ||
	    strncmp(s, "☐", strlen("☐")) == 0) {
		*mark = IMPORT_MARK_BOX;
		*box = true;
		return strlen("□");
	}
	if (!t->prev_space)
		return 0;
	if (*s == '-' && (s[1] == ' ' || s[1] == '\0') &&
	    (t->block_start || t->dash_mode)) {
		*mark = IMPORT_MARK_DASH;
		return 1;
	}
	if ((n = number_at(s, &num, &punct)) > 0 && (t->block_start ||
	    (num == t->last_num + 1 && punct == t->last_punct))) {
		t->last_num = num;
		t->last_punct = punct;
		*mark = punct == ')' ? IMPORT_MARK_PAREN : IMPORT_MARK_DOT;
		return n;
	}
	return 0;
}

static void
text(struct tok *t, const char *s)
{
	enum import_mark	 mark;
	size_t			 n;
	bool			 box;

	while (*s != '\0') {
		if (g_ascii_isspace(*s) || strncmp(s, "\xc2\xa0", 2) == 0) {
			if (t->cur != NULL || t->buf->len > 0)
				g_string_append_c(t->buf, ' ');
			s += g_ascii_isspace(*s) ? 1 : 2;
			t->prev_space = true;
			continue;
		}
		if ((n = marker_at(t, s, &mark, &box)) > 0) {
			item(t, mark, s, n, box);
			s += n;
			continue;
		}
		n = g_utf8_next_char(s) - s;
		g_string_append_len(t->buf, s, n);
		s += n;
		t->block_start = false;
		t->prev_space = false;
	}
}

static void walk(struct tok *, xmlNode *);

static void
inline_elem(struct tok *t, const char *name, xmlNode *n)
{
	flush(t);
	g_ptr_array_add(t->inl, (char *)name);
	walk(t, n->children);
	flush(t);
	if (t->cur != NULL && t->depth == t->inl->len) {
		t->target = t->target->parent;
		t->depth--;
	}
	g_ptr_array_remove_index(t->inl, t->inl->len - 1);
}

static bool
name_in(const xmlChar *name, const char *const *list)
{
	for (; *list != NULL; list++)
		if (xmlStrcasecmp(name, BAD_CAST *list) == 0)
			return true;
	return false;
}

static void
walk(struct tok *t, xmlNode *n)
{
	static const char *const italic[] = { "i", "em", "cite", NULL };
	static const char *const bold[] = { "b", "strong", NULL };
	static const char *const block[] = { "p", "div", "ul", "ol", "li",
	    "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
	    "blockquote", "dl", "dt", "dd", "pre", "hr", "section", NULL };
	static const char *const skip[] = { "script", "style", "head", NULL };
	xmlChar	*type;

	for (; n != NULL; n = n->next) {
		if (n->type == XML_TEXT_NODE ||
		    n->type == XML_CDATA_SECTION_NODE) {
			text(t, (const char *)n->content);
			continue;
		}
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (name_in(n->name, italic))
			inline_elem(t, "i", n);
		else if (name_in(n->name, bold))
			inline_elem(t, "b", n);
		else if (name_in(n->name, skip))
			continue;
		else if (xmlStrcasecmp(n->name, BAD_CAST "br") == 0)
			text(t, " ");
		else if (xmlStrcasecmp(n->name, BAD_CAST "input") == 0) {
			type = xmlGetProp(n, BAD_CAST "type");
			if (type != NULL &&
			    xmlStrcasecmp(type, BAD_CAST "checkbox") == 0)
				item(t, IMPORT_MARK_BOX, NULL, 0, true);
			xmlFree(type);
		} else if (name_in(n->name, block)) {
			boundary(t);
			if (xmlStrcasecmp(n->name, BAD_CAST "li") == 0)
				t->li_pending = true;
			walk(t, n->children);
			boundary(t);
		} else
			/* span, a, font and unknown elements: their text. */
			walk(t, n->children);
	}
}

/*
 * Collapse white space runs across the text nodes below n and trim the
 * ends; drop text nodes left empty.
 */
static void
normalise(xmlNode *n)
{
	xmlNode		*c, *next, *last = NULL;
	GPtrArray	*texts = g_ptr_array_new();
	GString		*s;
	const char	*p;
	bool		 space = true;
	size_t		 i;

	/* Depth-first, document order. */
	for (c = n->children; c != NULL; ) {
		if (c->type == XML_TEXT_NODE)
			g_ptr_array_add(texts, c);
		if (c->type == XML_ELEMENT_NODE && c->children != NULL &&
		    xmlStrcmp(c->name, BAD_CAST "ul") != 0 &&
		    xmlStrcmp(c->name, BAD_CAST "ol") != 0) {
			c = c->children;
			continue;
		}
		while (c != n && c->next == NULL)
			c = c->parent;
		if (c == n)
			break;
		c = c->next;
	}
	for (i = 0; i < texts->len; i++) {
		c = g_ptr_array_index(texts, i);
		s = g_string_new(NULL);
		for (p = (const char *)c->content; *p != '\0'; p++) {
			if (g_ascii_isspace(*p)) {
				if (!space)
					g_string_append_c(s, ' ');
				space = true;
			} else {
				g_string_append_c(s, *p);
				space = false;
			}
		}
		xmlNodeSetContent(c, BAD_CAST s->str);
		g_string_free(s, TRUE);
		if (c->content != NULL && c->content[0] != '\0')
			last = c;
	}
	/* Trailing space of the last non-empty text. */
	if (last != NULL) {
		size_t	 l = xmlStrlen(last->content);

		if (l > 0 && last->content[l - 1] == ' ') {
			char	*cut = g_strndup((char *)last->content, l - 1);

			xmlNodeSetContent(last, BAD_CAST cut);
			g_free(cut);
		}
	}
	for (i = 0; i < texts->len; i++) {
		c = g_ptr_array_index(texts, i);
		if (c->content == NULL || c->content[0] == '\0') {
			xmlUnlinkNode(c);
			xmlFreeNode(c);
		}
	}
	g_ptr_array_free(texts, TRUE);
	/* Inline elements left empty. */
	for (c = n->children; c != NULL; c = next) {
		next = c->next;
		if (c->type == XML_ELEMENT_NODE && c->children == NULL &&
		    (xmlStrcmp(c->name, BAD_CAST "i") == 0 ||
		    xmlStrcmp(c->name, BAD_CAST "b") == 0)) {
			xmlUnlinkNode(c);
			xmlFreeNode(c);
		}
	}
}

/*
 * Parse a cell with libxml2's HTML parser.  Broken markup is repaired
 * by the parser; when it gives up (nesting too deep), *error is set to
 * its message (caller frees with g_free()) and text may be missing.
 */
static htmlDocPtr
read_html(const char *html, char **error)
{
	htmlParserCtxtPtr	 ctxt;
	htmlDocPtr		 h;
	const xmlError		*e;
	size_t			 len = strlen(html);

	*error = NULL;
	if (len == 0)
		return NULL;
	if (len > G_MAXINT) {
		*error = g_strdup("cell too large");
		return NULL;
	}
	if ((ctxt = htmlNewParserCtxt()) == NULL) {
		*error = g_strdup("out of memory");
		return NULL;
	}
	h = htmlCtxtReadMemory(ctxt, html, (int)len, NULL, "UTF-8",
	    HTML_OPTIONS);
	e = xmlCtxtGetLastError(ctxt);
	if (e != NULL && e->level == XML_ERR_FATAL)
		*error = g_strchomp(g_strdup(e->message != NULL ?
		    e->message : "HTML parser failed"));
	htmlFreeParserCtxt(ctxt);
	return h;
}

/*
 * html with its control characters (C0 but tab and line ends, DEL, C1)
 * made spaces: the HTML parser drops them, and a form feed or a vertical
 * tab from the PDF's extraction stands between two words.  Caller frees
 * with g_free().
 */
static char *
controls_as_spaces(const char *html)
{
	char	*s = g_strdup(html), *p;

	for (p = s; *p != '\0'; p++) {
		if (((guchar)*p < 0x20 && *p != '\t' && *p != '\n' &&
		    *p != '\r') || (guchar)*p == 0x7f)
			*p = ' ';
		else if ((guchar)*p == 0xc2 && (guchar)p[1] >= 0x80 &&
		    (guchar)p[1] <= 0x9f) {
			p[0] = ' ';
			p[1] = ' ';
			p++;
		}
	}
	return s;
}

GPtrArray *
import_cell_parse(struct diag_list *dl, const char *file, xmlDoc *doc,
    long line, const char *html)
{
	struct tok		 t;
	htmlDocPtr		 h;
	struct import_piece	*p;
	size_t			 i;
	char			*error, *clean;

	memset(&t, 0, sizeof(t));
	t.doc = doc;
	t.line = line;
	t.pieces = g_ptr_array_new_with_free_func(
	    (GDestroyNotify)import_piece_free);
	t.inl = g_ptr_array_new();
	t.buf = g_string_new(NULL);
	t.block_start = t.prev_space = true;
	clean = controls_as_spaces(html);
	if ((h = read_html(clean, &error)) != NULL) {
		walk(&t, h->children);
		boundary(&t);
		xmlFreeDoc(h);
	}
	g_string_free(t.buf, TRUE);
	g_ptr_array_free(t.inl, TRUE);
	for (i = 0; i < t.pieces->len; i++) {
		p = g_ptr_array_index(t.pieces, i);
		normalise(p->node);
	}
	if (error != NULL) {
		diag_error(dl, file, line, "cell cannot be read as HTML: %s",
		    error);
		g_free(error);
	} else
		import_cell_check(dl, file, line, clean, t.pieces);
	g_free(clean);
	return t.pieces;
}

static bool
is_inline(const xmlChar *name)
{
	static const char *const names[] = { "i", "em", "cite", "b",
	    "strong", "span", "a", "u", "font", "sup", "sub", "small", "big",
	    "tt", NULL };

	return name_in(name, names);
}

/* Text below n; with lists, nested lists too and blocks apart by spaces. */
static void
collect(GString *s, xmlNode *n, bool lists)
{
	bool	 block;

	for (; n != NULL; n = n->next) {
		if (n->type == XML_TEXT_NODE)
			g_string_append(s, (const char *)n->content);
		else if (n->type == XML_ELEMENT_NODE) {
			if (!lists && (xmlStrcmp(n->name, BAD_CAST "ul") == 0 ||
			    xmlStrcmp(n->name, BAD_CAST "ol") == 0))
				continue;
			block = lists && !is_inline(n->name);
			if (block)
				g_string_append_c(s, ' ');
			collect(s, n->children, lists);
			if (block)
				g_string_append_c(s, ' ');
		}
	}
}

/* Whitespace runs to one space, ends trimmed; takes s. */
static char *
squeeze(GString *s)
{
	char	**words = g_strsplit_set(s->str, " \t\r\n", -1);
	GString	 *o = g_string_new(NULL);
	size_t	  i;

	for (i = 0; words[i] != NULL; i++) {
		if (words[i][0] == '\0')
			continue;
		if (o->len > 0)
			g_string_append_c(o, ' ');
		g_string_append(o, words[i]);
	}
	g_strfreev(words);
	g_string_free(s, TRUE);
	return g_string_free(o, FALSE);
}

char *
import_cell_text(xmlNode *n)
{
	GString	*s = g_string_new(NULL);

	collect(s, n->children, false);
	return squeeze(s);
}

static xmlNode *
find_i(xmlNode *n, bool last)
{
	xmlNode	*c, *r, *found = NULL;

	for (c = n; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (xmlStrcasecmp(c->name, BAD_CAST "i") == 0 ||
		    xmlStrcasecmp(c->name, BAD_CAST "em") == 0)
			r = c;
		else
			r = find_i(c->children, last);
		if (r != NULL) {
			if (!last)
				return r;
			found = r;
		}
	}
	return found;
}

/* Text of the nodes that follow n in document order. */
static void
collect_after(GString *s, xmlNode *n)
{
	for (; n != NULL; n = n->parent) {
		if (n->next != NULL)
			collect(s, n->next, true);
	}
}

static char *
strip_quotes(char *s)
{
	static const char *const q[] = { "“", "”", "\"", "„", "«", "»",
	    "‘", "’", NULL };
	size_t	 i, l;
	bool	 again = true;
	char	*r;

	while (again) {
		again = false;
		for (i = 0; q[i] != NULL; i++) {
			l = strlen(q[i]);
			if (strncmp(s, q[i], l) == 0) {
				memmove(s, s + l, strlen(s + l) + 1);
				again = true;
			}
			if (strlen(s) >= l &&
			    strcmp(s + strlen(s) - l, q[i]) == 0) {
				s[strlen(s) - l] = '\0';
				again = true;
			}
		}
	}
	r = g_strdup(g_strstrip(s));
	g_free(s);
	return r;
}

void
import_cell_heading(const char *html, char **heading, char **title,
    char **tail)
{
	htmlDocPtr	 h;
	xmlNode		*i;
	GString		*s;
	char		*error;

	h = read_html(html, &error);
	g_free(error);		/* import_cell_parse() reports it */
	if (h == NULL) {
		*heading = g_strdup("");
		*title = g_strdup("");
		*tail = g_strdup("");
		return;
	}
	s = g_string_new(NULL);
	collect(s, h->children, true);
	*heading = squeeze(s);
	if ((i = find_i(h->children, false)) != NULL) {
		s = g_string_new(NULL);
		collect(s, i->children, true);
		*title = strip_quotes(squeeze(s));
	} else
		*title = g_strdup("");
	s = g_string_new(NULL);
	if ((i = find_i(h->children, true)) != NULL)
		collect_after(s, i);
	else
		collect(s, h->children, true);
	*tail = squeeze(s);
	xmlFreeDoc(h);
}
