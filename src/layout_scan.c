/* Layout scan: one pass over a layout document, as a tree or streamed, for ids, sections and references. */
#include <string.h>

#include <glib.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <libxml/chvalid.h>
#include <libxml/xmlreader.h>

#include "diag.h"
#include "layout.h"
#include "layout_int.h"
#include "xmlsafe.h"

/*
 * A check that can only be judged once the whole document is read (a
 * reference to a later id, a style defined further down), kept in
 * document order so that the messages come out as a tree walk's would.
 */
enum late_kind {
	LATE_REF,		/* a: element name, b: the id it points to */
	LATE_STYLE,		/* a: a style name */
	LATE_FAIL		/* a: the message */
};

struct late {
	enum late_kind	 kind;
	long		 line;
	char		*a, *b;
};

/* An open element, by depth. */
struct level {
	int		 sections;	/* sections among it and its ancestors */
	bool		 toc;		/* its sections can be TOC entries */
	int		 toc_level;	/* TOC level of its innermost section */
	struct lt_section *section;	/* its innermost section, or NULL */
	const char	*flow;		/* "a cell", "an item" it is in, or NULL */
};

struct scan {
	struct layout_doc	*ld;
	struct diag_list	*early;		/* ids and nesting, in order */
	xmlTextReader		*reader;	/* the stream being read, or NULL */
	bool			 streamed;	/* no tree kept: titles now */
	GHashTable		*ids;		/* id -> node (tree) or NULL */
	GHashTable		*want_title;	/* ids a ref kind="title" names */
	GHashTable		*titles;	/* id -> title (streamed) */
	GArray			*late;		/* struct late */
	GArray			*levels;	/* struct level, by depth */
	int			 nsections;	/* untitled keys: sec:N */
	guint			 seen;		/* sections passed (titles) */
	bool			 titles_only;	/* second pass for titles */
	const xmlNode		*text_parent;	/* cell or item with text */
	int			 text_depth;	/* of that text, 0: none */
	long			 text_line;
};

static void
late_clear(gpointer p)
{
	struct late	*l = p;

	g_free(l->a);
	g_free(l->b);
}

static void
late_add(struct scan *sc, enum late_kind kind, long line, char *a, char *b)
{
	struct late	l = { kind, line, a, b };

	g_array_append_val(sc->late, l);
}

/* In a stream, read the rest of the current element into the tree. */
static void
complete(struct scan *sc)
{
	if (sc->reader != NULL)
		xmlTextReaderExpand(sc->reader);
}

static struct level *
level_at(struct scan *sc, int depth)
{
	if ((guint)depth >= sc->levels->len)
		g_array_set_size(sc->levels, (guint)depth + 1);
	return &g_array_index(sc->levels, struct level, depth);
}

/* The text a ref kind="title" shows for n (see lt_target_title()). */
static char *
title_of(struct scan *sc, const xmlNode *n, int depth)
{
	struct level	*up;
	char		*s;

	complete(sc);
	if ((s = lt_own_title(n)) != NULL)
		return s;
	up = depth > 0 ? level_at(sc, depth - 1) : NULL;
	if (up != NULL && up->section != NULL)
		return g_strdup(up->section->title != NULL ?
		    up->section->title : "");
	s = lt_text_of(n);
	if (g_utf8_strlen(s, -1) > 60)
		*g_utf8_offset_to_pointer(s, 60) = '\0';
	return s;
}

static void
want_title(struct scan *sc, const xmlNode *n, const char *id, int depth)
{
	if (!sc->streamed || id == NULL ||
	    !g_hash_table_contains(sc->want_title, id) ||
	    g_hash_table_contains(sc->titles, id))
		return;
	g_hash_table_insert(sc->titles, g_strdup(id), title_of(sc, n, depth));
}

static void
section_start(struct scan *sc, const xmlNode *n, const char *id,
    struct level *lv, const struct level *up)
{
	struct lt_section	*sec = g_new0(struct lt_section, 1);
	char			*outline = lt_attr(n, "outline");

	if (lv->sections > 3)
		diag_error(sc->early, sc->ld->file, lt_line(n),
		    "section nested deeper than 3 levels");
	sec->key = id != NULL ? g_strdup(id) :
	    g_strdup_printf("sec:%d", ++sc->nsections);
	sec->line = lt_line(n);
	sec->node = sc->streamed ? NULL : n;
	lv->toc = up->toc && (outline == NULL || strcmp(outline, "false") != 0);
	sec->level = lv->toc ? up->toc_level + 1 : 0;
	lv->toc_level = sec->level;
	lv->section = sec;
	g_free(outline);
	g_ptr_array_add(sc->ld->sections, sec);
}

/* The first title of the innermost section, when n is it. */
static void
section_title(struct scan *sc, const xmlNode *n, const struct level *up)
{
	struct lt_section	*sec = up->section;

	if (sec == NULL || sec->title != NULL ||
	    !lt_is(n->parent, "section"))
		return;
	complete(sc);
	sec->title = lt_text_of(n);
}

static void
check_style(struct scan *sc, const xmlNode *n, const char *attr)
{
	char	*v = lt_attr(n, attr);

	if (v == NULL)
		return;
	/* A style's parent may be defined further down the document. */
	if (lt_is(n, "style"))
		late_add(sc, LATE_STYLE, lt_line(n), v, NULL);
	else if (lt_style_find(sc->ld, v) == NULL)
		late_add(sc, LATE_FAIL, lt_line(n),
		    g_strdup_printf("unknown style: %s", v), NULL);
	if (!lt_is(n, "style"))
		g_free(v);
}

static void
check_refs(struct scan *sc, const xmlNode *n)
{
	static const char *const link_attrs[] = { "to", "link" };
	char	*v, *kind;
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(link_attrs); i++)
		if ((v = lt_attr(n, link_attrs[i])) != NULL)
			late_add(sc, LATE_REF, lt_line(n),
			    g_strdup((const char *)n->name), v);
	if (lt_is(n, "ref")) {
		kind = lt_attr(n, "kind");
		if (kind == NULL || strcmp(kind, "page") == 0)
			sc->ld->needs_pages = sc->ld->page_refs = true;
		else if (strcmp(kind, "title") == 0 &&
		    (v = lt_attr(n, "to")) != NULL)
			g_hash_table_add(sc->want_title, v);
		g_free(kind);
	}
	if (lt_is(n, "toc") || lt_is(n, "page-count"))
		sc->ld->needs_pages = true;
	check_style(sc, n, lt_is(n, "style") ? "parent" : "style");
	if (lt_is(n, "sequence"))
		for (i = 0; i < 2; i++) {
			v = lt_attr(n, i == 0 ? "template" : "first-template");
			if (v != NULL && !g_hash_table_contains(
			    sc->ld->templates, v))
				late_add(sc, LATE_FAIL, lt_line(n),
				    g_strdup_printf("unknown page template: "
				    "%s", v), NULL);
			g_free(v);
		}
}

static bool
flow_parent(const xmlNode *n)
{
	return n != NULL && (lt_is(n, "cell") || lt_is(n, "item"));
}

/* Text (not white space) directly in a cell or an item, at depth. */
static void
text_seen(struct scan *sc, const xmlNode *t, int depth)
{
	const xmlChar	*c;

	if (sc->titles_only || sc->text_depth != 0 || !flow_parent(t->parent))
		return;
	for (c = t->content; c != NULL && *c != '\0'; c++)
		if (!xmlIsBlank_ch(*c))
			break;
	if (c == NULL || *c == '\0')
		return;
	sc->text_parent = t->parent;
	sc->text_depth = depth;
	/* A text node's own line is where it ends: name its parent's. */
	sc->text_line = lt_line(t->parent);
}

/*
 * The schema lets text stand before the first block of a cell or an
 * item (see flow in layout.rnc); laid out as blocks, it would be lost.
 */
static void
text_before_block(struct scan *sc, const xmlNode *n, int depth)
{
	if (sc->text_depth == 0)
		return;
	if (depth < sc->text_depth) {
		sc->text_depth = 0;	/* that cell or item is over */
		return;
	}
	if (depth != sc->text_depth || n->parent != sc->text_parent ||
	    !lt_is_block(n))
		return;
	diag_error(sc->early, sc->ld->file, sc->text_line, "text before the "
	    "first block of %s: put it in a p", lt_is(n->parent, "cell") ?
	    "a cell" : "an item");
	sc->text_depth = 0;
}

/*
 * A toc or a page-break acts on the page flow: inside a cell or a list
 * item it has no place to act, and would be dropped without a word.
 */
static void
flow_only(struct scan *sc, const xmlNode *n, const struct level *up)
{
	if (up == NULL || up->flow == NULL ||
	    (!lt_is(n, "toc") && !lt_is(n, "page-break")))
		return;
	diag_error(sc->early, sc->ld->file, lt_line(n), "%s inside %s: it "
	    "belongs between the blocks of a sequence or a section",
	    lt_is(n, "toc") ? "a toc" : "a page-break", up->flow);
}

/* Element n at depth (the root is 0), in document order. */
static void
element(struct scan *sc, const xmlNode *n, int depth)
{
	struct level	*lv, *up;
	char		*id;

	text_before_block(sc, n, depth);
	lv = level_at(sc, depth);
	up = depth > 0 ? level_at(sc, depth - 1) : NULL;
	id = lt_attr(n, "id");
	memset(lv, 0, sizeof(*lv));
	if (up == NULL)
		lv->toc = true;
	else {
		lv->sections = up->sections;
		lv->toc = up->toc && lt_is(n, "sequence");
		lv->toc_level = up->toc_level;
		lv->section = up->section;
		lv->flow = lt_is(n, "cell") ? "a cell" : lt_is(n, "item") ?
		    "an item" : up->flow;
	}
	if (id != NULL && !sc->titles_only) {
		if (g_hash_table_contains(sc->ids, id))
			diag_error(sc->early, sc->ld->file, lt_line(n),
			    "duplicate id: %s", id);
		else
			g_hash_table_insert(sc->ids, g_strdup(id),
			    sc->streamed ? NULL : (gpointer)n);
	}
	if (sc->titles_only) {
		/* The sections are known: only their order is followed. */
		if (lt_is(n, "section") && sc->seen < sc->ld->sections->len)
			lv->section = g_ptr_array_index(sc->ld->sections,
			    sc->seen++);
		want_title(sc, n, id, depth);
		goto out;
	}
	flow_only(sc, n, up);
	if (lt_is(n, "section")) {
		lv->sections++;
		section_start(sc, n, id, lv, up);
	} else if (lt_is(n, "title") && up != NULL)
		section_title(sc, n, up);
	want_title(sc, n, id, depth);
	check_refs(sc, n);
out:
	g_free(id);
}

static void
walk(struct scan *sc, const xmlNode *n, int depth)
{
	for (; n != NULL; n = n->next) {
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
			text_seen(sc, n, depth);
		if (n->type != XML_ELEMENT_NODE)
			continue;
		element(sc, n, depth);
		walk(sc, n->children, depth + 1);
	}
}

static struct lt_target *
target_add(struct layout_doc *ld, const char *key)
{
	struct lt_target	*t;

	if ((t = g_hash_table_lookup(ld->targets, key)) == NULL) {
		t = g_new0(struct lt_target, 1);
		g_hash_table_insert(ld->targets, g_strdup(key), t);
	}
	return t;
}

/*
 * After the pass: the late checks in order, and a target for every id a
 * reference names and for every section.  Returns the number of errors.
 */
static int
finish(struct scan *sc, struct diag_list *dl)
{
	struct lt_target	*t;
	struct lt_section	*sec;
	struct late		*l;
	const xmlNode		*node;
	char			*title;
	guint			 i;
	int			 errors;

	for (i = 0; i < sc->late->len; i++) {
		l = &g_array_index(sc->late, struct late, i);
		if (l->kind == LATE_REF) {
			if (!g_hash_table_lookup_extended(sc->ids, l->b, NULL,
			    (gpointer *)&node))
				diag_error(sc->early, sc->ld->file, l->line,
				    "%s points to no element: %s", l->a,
				    l->b);
			else {
				t = target_add(sc->ld, l->b);
				t->node = node;
				if (t->title == NULL && (title =
				    g_hash_table_lookup(sc->titles, l->b)) !=
				    NULL)
					t->title = g_strdup(title);
			}
		} else if (l->kind == LATE_STYLE) {
			if (lt_style_find(sc->ld, l->a) == NULL)
				diag_error(sc->early, sc->ld->file, l->line,
				    "unknown style: %s", l->a);
		} else
			diag_error(sc->early, sc->ld->file, l->line, "%s",
			    l->a);
	}
	for (i = 0; i < sc->ld->sections->len; i++) {
		sec = g_ptr_array_index(sc->ld->sections, i);
		t = target_add(sc->ld, sec->key);
		t->node = sec->node;
		if (sc->streamed && t->title == NULL)
			t->title = g_strdup(sec->title != NULL ? sec->title :
			    "");
	}
	errors = (int)diag_list_count_at_least(sc->early, DIAG_ERROR);
	for (i = 0; i < diag_list_count(sc->early); i++) {
		const struct diag *d = diag_list_get(sc->early, i);

		diag_add(dl, d->level, d->file, d->line, d->column, "%s",
		    d->text);
	}
	return errors;
}

static void
scan_init(struct scan *sc, struct layout_doc *ld)
{
	memset(sc, 0, sizeof(*sc));
	sc->ld = ld;
	sc->early = diag_list_new();
	sc->ids = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	sc->want_title = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	sc->titles = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    g_free);
	sc->late = g_array_new(FALSE, TRUE, sizeof(struct late));
	g_array_set_clear_func(sc->late, late_clear);
	sc->levels = g_array_new(FALSE, TRUE, sizeof(struct level));
}

static void
scan_clear(struct scan *sc)
{
	diag_list_free(sc->early);
	g_hash_table_destroy(sc->ids);
	g_hash_table_destroy(sc->want_title);
	g_hash_table_destroy(sc->titles);
	g_array_free(sc->late, TRUE);
	g_array_free(sc->levels, TRUE);
}

int
lt_scan_tree(struct diag_list *dl, struct layout_doc *ld)
{
	struct scan	sc;
	int		errors;

	scan_init(&sc, ld);
	walk(&sc, xmlDocGetRootElement(ld->doc), 0);
	errors = finish(&sc, dl);
	scan_clear(&sc);
	return errors > 0 ? -1 : 0;
}

/* Copy the non-sequence child n of the root into the frame document. */
static void
frame_add(struct scan *sc, const xmlNode *n)
{
	xmlNode	*copy;

	complete(sc);
	copy = xmlDocCopyNode((xmlNode *)n, sc->ld->doc, 1);
	if (copy == NULL)
		return;
	xmlAddChild(xmlDocGetRootElement(sc->ld->doc), copy);
	if (lt_is(copy, "page-template"))
		lt_read_template(sc->ld, sc->early, copy);
	else if (lt_is(copy, "meta"))
		lt_read_meta(sc->ld, copy);
}

/*
 * Read the file at path with a validating reader, calling element() on
 * every element.  On the first pass the root and its children other
 * than sequences are copied into ld->doc.  Returns 0, or -1 when the
 * file is not well formed or not valid (messages in dl).
 */
static int
read_pass(struct scan *sc, struct diag_list *dl, const char *path,
    xmlRelaxNG *schema)
{
	const xmlNode	*n;
	size_t		 before = diag_list_count_at_least(dl, DIAG_ERROR);
	int		 rc, depth, type;

	sc->reader = xmlReaderForFile(path, NULL, XMLSAFE_OPTIONS);
	if (sc->reader == NULL) {
		diag_add(dl, DIAG_SYSTEM, path, 0, 0, "cannot read the file");
		return -1;
	}
	xmlTextReaderSetStructuredErrorHandler(sc->reader, diag_xml, dl);
	if (schema != NULL && xmlTextReaderRelaxNGSetSchema(sc->reader,
	    schema) != 0) {
		diag_add(dl, DIAG_SYSTEM, path, 0, 0, "cannot validate");
		goto fail;
	}
	while ((rc = xmlTextReaderRead(sc->reader)) == 1) {
		/* The first error settles it: the caller reports it. */
		if (diag_list_count_at_least(dl, DIAG_ERROR) > before)
			break;
		type = xmlTextReaderNodeType(sc->reader);
		if (type == XML_READER_TYPE_DOCUMENT_TYPE) {
			diag_error(dl, path, xmlTextReaderGetParserLineNumber(
			    sc->reader), "document type declarations are not "
			    "allowed (no DTD, entity or external subset is "
			    "read)");
			goto fail;
		}
		if (type == XML_READER_TYPE_TEXT ||
		    type == XML_READER_TYPE_CDATA)
			text_seen(sc, xmlTextReaderCurrentNode(sc->reader),
			    xmlTextReaderDepth(sc->reader));
		if (type != XML_READER_TYPE_ELEMENT)
			continue;
		n = xmlTextReaderCurrentNode(sc->reader);
		depth = xmlTextReaderDepth(sc->reader);
		if (!sc->titles_only && depth == 0) {
			xmlDocSetRootElement(sc->ld->doc,
			    xmlDocCopyNode((xmlNode *)n, sc->ld->doc, 2));
		} else if (!sc->titles_only && depth == 1 &&
		    !lt_is(n, "sequence"))
			frame_add(sc, n);
		element(sc, n, depth);
	}
	if (rc != 0 || diag_list_count_at_least(dl, DIAG_ERROR) > before ||
	    (schema != NULL && xmlTextReaderIsValid(sc->reader) != 1)) {
		if (diag_list_count_at_least(dl, DIAG_ERROR) == before)
			diag_error(dl, path, 0, rc < 0 ? "cannot parse XML" :
			    "not a valid layout document");
		goto fail;
	}
	xmlFreeTextReader(sc->reader);
	sc->reader = NULL;
	return 0;
fail:
	xmlFreeTextReader(sc->reader);
	sc->reader = NULL;
	return -1;
}

int
lt_scan_file(struct diag_list *dl, struct layout_doc *ld, const char *path,
    xmlRelaxNG *schema)
{
	struct scan	 sc;
	struct late	*l;
	guint		 i;
	bool		 missing = false;
	int		 rc = -1;

	scan_init(&sc, ld);
	sc.streamed = true;
	if (read_pass(&sc, dl, path, schema) != 0)
		goto out;
	/* Titles of ids named by a ref kind="title" further down. */
	for (i = 0; i < sc.late->len && !missing; i++) {
		l = &g_array_index(sc.late, struct late, i);
		missing = l->kind == LATE_REF &&
		    g_hash_table_contains(sc.want_title, l->b) &&
		    !g_hash_table_contains(sc.titles, l->b);
	}
	if (missing) {
		sc.titles_only = true;
		if (read_pass(&sc, dl, path, NULL) != 0)
			goto out;
	}
	rc = finish(&sc, dl) > 0 ? -1 : 0;
out:
	scan_clear(&sc);
	return rc;
}
