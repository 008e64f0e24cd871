/* Layout reading: a layout document checked against layout.rng and read into styles, templates, targets. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <hyphen.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <pango/pangocairo.h>

#include "diag.h"
#include "layout.h"
#include "layout_int.h"
#include "paths.h"
#include "xmlsafe.h"

/*
 * The predefined styles, written as style attributes: each name's parent,
 * then its properties.  xsl/LAYOUT.md lists them; a document's <style>
 * of the same name changes only the properties it sets.
 */
static const char *const builtin[][3] = {
	{ "body", NULL, "font=serif size=10.5 leading=1.4 weight=normal "
	    "italic=false color=#000000 align=justify hyphenate=true "
	    "space-before=0 space-after=6 indent=0 first-indent=0 padding=0 "
	    "rule=0 rule-color=#8A96A3 caps=false letter-spacing=0 "
	    "keep-with-next=false" },
	{ "h1", "body", "font=sans size=17 leading=1.2 weight=bold "
	    "color=#1F3A5F align=left hyphenate=false space-before=20 "
	    "space-after=9 keep-with-next=true" },
	{ "h2", "body", "font=sans size=13.5 leading=1.2 weight=bold "
	    "color=#1F3A5F align=left hyphenate=false space-before=15 "
	    "space-after=6 keep-with-next=true" },
	{ "h3", "body", "font=sans size=11.5 leading=1.25 weight=bold "
	    "align=left hyphenate=false space-before=11 space-after=4 "
	    "keep-with-next=true" },
	{ "caption", "body", "font=sans size=9 leading=1.3 weight=bold "
	    "align=left hyphenate=false space-before=6 space-after=4 "
	    "keep-with-next=true" },
	{ "table", "body", "space-before=6 space-after=10 rule=0.5 "
	    "rule-color=#8A96A3" },
	{ "table-head", "body", "font=sans size=8.5 leading=1.3 "
	    "weight=bold align=left hyphenate=true padding=4 "
	    "background=#DDE4EE space-after=0" },
	{ "cell", "body", "size=9 leading=1.3 align=left padding=4 "
	    "space-after=3" },
	{ "list", "body", "indent=15 space-after=3" },
	{ "toc-title", "h1", "" },
	{ "toc-1", "body", "font=sans size=10.5 weight=bold align=left "
	    "hyphenate=false space-before=7 space-after=2" },
	{ "toc-2", "body", "size=10 align=left hyphenate=false indent=16 "
	    "space-after=1.5" },
	{ "toc-3", "body", "size=9.5 align=left hyphenate=false indent=32 "
	    "space-after=1" },
	{ "header", "body", "font=sans size=8 leading=1.2 color=#555555 "
	    "align=left hyphenate=false space-after=0 rule=0.4" },
	{ "footer", "body", "font=sans size=8 leading=1.2 color=#555555 "
	    "align=left hyphenate=false space-after=0 rule=0" },
	{ "continued", "body", "font=sans size=8.5 italic=true "
	    "color=#555555 align=left hyphenate=false space-after=3" },
	{ "small", "body", "size=8.5 leading=1.35" },
	{ "link", "body", "color=#1A4F9C" },
	{ "figure-caption", "caption", "weight=normal italic=true "
	    "space-before=4 keep-with-next=false" },
};

bool
lt_is(const xmlNode *n, const char *name)
{
	return n != NULL && n->type == XML_ELEMENT_NODE &&
	    strcmp((const char *)n->name, name) == 0;
}

bool
lt_is_block(const xmlNode *n)
{
	static const char *const blocks[] = { "p", "list", "table", "figure",
	    "section", "toc", "spacer", "rule", "page-break" };
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(blocks); i++)
		if (lt_is(n, blocks[i]))
			return true;
	return false;
}

/*
 * True when a cell or an item holds blocks (laid out one by one), false
 * when it holds inline content (one paragraph).
 */
bool
lt_has_blocks(const xmlNode *n)
{
	const xmlNode	*c;

	for (c = n->children; c != NULL; c = c->next)
		if (lt_is_block(c))
			return true;
	return false;
}

long
lt_line(const xmlNode *n)
{
	return n == NULL ? 0 : xmlGetLineNo((xmlNode *)n);
}

char *
lt_attr(const xmlNode *n, const char *name)
{
	xmlChar	*v;
	char	*s;

	if (n == NULL || n->type != XML_ELEMENT_NODE)
		return NULL;
	if ((v = xmlGetProp((xmlNode *)n, (const xmlChar *)name)) == NULL)
		return NULL;
	s = g_strdup((const char *)v);
	xmlFree(v);
	return s;
}

char *
lt_text_of(const xmlNode *n)
{
	xmlChar	*v;
	char	*s, **words;

	if (n == NULL)
		return g_strdup("");
	v = xmlNodeGetContent((xmlNode *)n);
	/* Collapse white space as the paragraphs do. */
	words = g_strsplit_set(v != NULL ? (const char *)v : "", " \t\r\n",
	    -1);
	xmlFree(v);
	{
		GString	*g = g_string_new(NULL);
		char	**w;

		for (w = words; *w != NULL; w++) {
			if (**w == '\0')
				continue;
			if (g->len > 0)
				g_string_append_c(g, ' ');
			g_string_append(g, *w);
		}
		s = g_string_free(g, FALSE);
	}
	g_strfreev(words);
	return s;
}

double
lt_length(const char *s)
{
	char	*end;
	double	 v;

	if (s == NULL)
		return 0;
	v = g_ascii_strtod(s, &end);
	if (strcmp(end, "mm") == 0)
		v *= 72.0 / 25.4;
	else if (strcmp(end, "cm") == 0)
		v *= 72.0 / 2.54;
	else if (strcmp(end, "in") == 0)
		v *= 72.0;
	return v;
}

guint32
lt_color(const char *s)
{
	if (s == NULL || *s != '#')
		return 0;
	return (guint32)strtoul(s + 1, NULL, 16);
}

static bool
truth(const char *v)
{
	return strcmp(v, "true") == 0;
}

/* Set one property; false when the name is no style property. */
static bool
style_set(struct lt_style *st, const char *k, const char *v)
{
	if (strcmp(k, "font") == 0)
		st->sans = strcmp(v, "sans") == 0;
	else if (strcmp(k, "size") == 0)
		st->size = lt_length(v);
	else if (strcmp(k, "leading") == 0)
		st->leading = g_ascii_strtod(v, NULL);
	else if (strcmp(k, "weight") == 0)
		st->bold = strcmp(v, "bold") == 0;
	else if (strcmp(k, "italic") == 0)
		st->italic = truth(v);
	else if (strcmp(k, "color") == 0)
		st->color = lt_color(v);
	else if (strcmp(k, "background") == 0) {
		st->has_background = true;
		st->background = lt_color(v);
	} else if (strcmp(k, "align") == 0)
		st->align = strcmp(v, "right") == 0 ? LT_RIGHT :
		    strcmp(v, "center") == 0 ? LT_CENTER :
		    strcmp(v, "justify") == 0 ? LT_JUSTIFY : LT_LEFT;
	else if (strcmp(k, "hyphenate") == 0)
		st->hyphenate = truth(v);
	else if (strcmp(k, "space-before") == 0)
		st->space_before = lt_length(v);
	else if (strcmp(k, "space-after") == 0)
		st->space_after = lt_length(v);
	else if (strcmp(k, "indent") == 0)
		st->indent = lt_length(v);
	else if (strcmp(k, "first-indent") == 0)
		st->first_indent = lt_length(v);
	else if (strcmp(k, "padding") == 0)
		st->padding = lt_length(v);
	else if (strcmp(k, "rule") == 0)
		st->rule = lt_length(v);
	else if (strcmp(k, "rule-color") == 0)
		st->rule_color = lt_color(v);
	else if (strcmp(k, "caps") == 0)
		st->caps = truth(v);
	else if (strcmp(k, "letter-spacing") == 0)
		st->letter_spacing = lt_length(v);
	else if (strcmp(k, "keep-with-next") == 0)
		st->keep_with_next = truth(v);
	else
		return false;
	return true;
}

static void
style_free(gpointer p)
{
	struct lt_style	*st = p;

	if (st == NULL)
		return;
	g_free(st->name);
	if (st->font != NULL)
		pango_font_description_free(st->font);
	g_free(st);
}

static int
builtin_index(const char *name)
{
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(builtin); i++)
		if (strcmp(builtin[i][0], name) == 0)
			return (int)i;
	return -1;
}

static const xmlNode *
user_style(struct layout_doc *ld, const char *name)
{
	const xmlNode	*root = xmlDocGetRootElement(ld->doc), *n;
	char		*v;
	bool		 same;

	for (n = root->children; n != NULL; n = n->next) {
		if (!lt_is(n, "style"))
			continue;
		v = lt_attr(n, "name");
		same = v != NULL && strcmp(v, name) == 0;
		g_free(v);
		if (same)
			return n;
	}
	return NULL;
}

static const struct lt_style *resolve(struct layout_doc *, const char *,
    int);

static void
style_copy(struct lt_style *dst, const struct lt_style *src)
{
	*dst = *src;
	dst->name = NULL;
	dst->font = NULL;
}

static const struct lt_style *
resolve(struct layout_doc *ld, const char *name, int depth)
{
	struct lt_style		*st;
	const struct lt_style	*base = NULL;
	const xmlNode		*u;
	const xmlAttr		*a;
	char			*parent = NULL, **kv, **p, *v;
	int			 b;

	if ((st = g_hash_table_lookup(ld->styles, name)) != NULL)
		return st;
	if (depth > 20)
		return NULL;
	u = user_style(ld, name);
	b = builtin_index(name);
	if (u == NULL && b < 0)
		return NULL;
	st = g_new0(struct lt_style, 1);
	if (u != NULL)
		parent = lt_attr(u, "parent");
	if (parent != NULL)
		base = resolve(ld, parent, depth + 1);
	else if (b >= 0 && builtin[b][1] != NULL)
		base = resolve(ld, builtin[b][1], depth + 1);
	else if (b < 0)
		base = resolve(ld, "body", depth + 1);
	g_free(parent);
	if (base != NULL)
		style_copy(st, base);
	if (b >= 0 && (parent == NULL || u == NULL)) {
		kv = g_strsplit(builtin[b][2], " ", -1);
		for (p = kv; *p != NULL; p++) {
			if ((v = strchr(*p, '=')) == NULL)
				continue;
			*v++ = '\0';
			style_set(st, *p, v);
		}
		g_strfreev(kv);
	}
	for (a = u != NULL ? u->properties : NULL; a != NULL; a = a->next) {
		if (strcmp((const char *)a->name, "name") == 0 ||
		    strcmp((const char *)a->name, "parent") == 0)
			continue;
		v = lt_attr(u, (const char *)a->name);
		style_set(st, (const char *)a->name, v);
		g_free(v);
	}
	if (st->size <= 0)
		st->size = 10;
	if (st->leading < 0.8)
		st->leading = 0.8;
	st->name = g_strdup(name);
	st->font = pango_font_description_new();
	pango_font_description_set_family(st->font,
	    st->sans ? "Noto Sans" : "Noto Serif");
	pango_font_description_set_weight(st->font,
	    st->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
	pango_font_description_set_style(st->font,
	    st->italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
	pango_font_description_set_absolute_size(st->font,
	    st->size * PANGO_SCALE);
	g_hash_table_insert(ld->styles, st->name, st);
	return st;
}

const struct lt_style *
lt_style_find(struct layout_doc *ld, const char *name)
{
	return resolve(ld, name, 0);
}

const struct lt_style *
lt_style_get(struct layout_doc *ld, const char *name)
{
	const struct lt_style	*st;

	if (name != NULL && (st = resolve(ld, name, 0)) != NULL)
		return st;
	return resolve(ld, "body", 0);
}

static void
template_free(gpointer p)
{
	struct lt_template	*t = p;

	if (t == NULL)
		return;
	g_free(t->name);
	g_free(t);
}

static void
target_free(gpointer p)
{
	struct lt_target	*t = p;

	if (t == NULL)
		return;
	g_free(t->label);
	g_free(t->title);
	g_free(t);
}

/*
 * The smallest body a template may leave, in either direction: 72pt is
 * the narrowest text column nested lists keep, and in height it holds a
 * heading with the two lines it is kept with (59pt in the predefined
 * styles) and a figure's 40pt allowance.  A smaller body, or none, puts
 * text outside the page or a page per line.
 */
#define BODY_MIN	72.0

static void
check_body(struct layout_doc *ld, struct diag_list *dl,
    const struct lt_template *t)
{
	double	 w = t->width - t->left - t->right;
	double	 h = t->height - t->top - t->bottom;

	if (w < BODY_MIN)
		diag_error(dl, ld->file, lt_line(t->node), "page template %s: "
		    "the margins leave a body %.1fpt wide, at least %.0fpt is "
		    "needed: reduce margin-left or margin-right", t->name, w,
		    BODY_MIN);
	if (h < BODY_MIN)
		diag_error(dl, ld->file, lt_line(t->node), "page template %s: "
		    "the margins leave a body %.1fpt high, at least %.0fpt is "
		    "needed: reduce margin-top or margin-bottom", t->name, h,
		    BODY_MIN);
}

/* A header or footer must fit between the page edge and the body. */
static void
check_head(struct layout_doc *ld, struct diag_list *dl,
    const struct lt_template *t, bool footer)
{
	double		 margin = footer ? t->bottom : t->top;
	double		 room = lt_head_room(ld, footer);
	const char	*attr = footer ? "margin-bottom" : "margin-top";

	if (margin >= room)
		return;
	diag_error(dl, ld->file, lt_line(t->node), "page template %s: the %s "
	    "needs %.1fpt between the page edge and the body, %s leaves "
	    "%.1fpt: make %s at least %.1fpt", t->name,
	    footer ? "footer" : "header", ceil(room * 10) / 10, attr, margin,
	    attr, ceil(room * 10) / 10);
}

void
lt_read_template(struct layout_doc *ld, struct diag_list *dl, const xmlNode *n)
{
	struct lt_template	*t = g_new0(struct lt_template, 1);
	const xmlNode		*c;
	char			*v, *o;
	double			 sw;

	t->name = lt_attr(n, "name");
	t->node = n;
	v = lt_attr(n, "size");
	if (v != NULL && strcmp(v, "A3") == 0) {
		t->width = 841.89;
		t->height = 1190.55;
	} else if (v != NULL && strcmp(v, "Letter") == 0) {
		t->width = 612;
		t->height = 792;
	} else {
		t->width = 595.28;
		t->height = 841.89;
	}
	g_free(v);
	o = lt_attr(n, "orientation");
	if (o != NULL && strcmp(o, "landscape") == 0) {
		sw = t->width;
		t->width = t->height;
		t->height = sw;
	}
	g_free(o);
#define MARGIN(field, attr, def) do {					\
		v = lt_attr(n, attr);					\
		t->field = v != NULL ? lt_length(v) : (def);		\
		g_free(v);						\
	} while (0)
	MARGIN(top, "margin-top", 72);
	MARGIN(bottom, "margin-bottom", 72);
	MARGIN(left, "margin-left", 64);
	MARGIN(right, "margin-right", 64);
#undef MARGIN
	for (c = n->children; c != NULL; c = c->next) {
		if (lt_is(c, "header"))
			t->header = c;
		else if (lt_is(c, "footer"))
			t->footer = c;
	}
	check_body(ld, dl, t);
	if (t->header != NULL)
		check_head(ld, dl, t, false);
	if (t->footer != NULL)
		check_head(ld, dl, t, true);
	if (g_hash_table_contains(ld->templates, t->name))
		diag_error(dl, ld->file, lt_line(n),
		    "page template defined twice: %s", t->name);
	g_hash_table_replace(ld->templates, t->name, t);
}

static char *title_of(const xmlNode *);

const char *
lt_target_title(struct lt_target *t)
{
	/* Worked out when a ref asks: most ids are never a title. */
	if (t->title == NULL)
		t->title = t->node != NULL ? title_of(t->node) : g_strdup("?");
	return t->title;
}

/* The text a ref kind="title" shows for the element n. */
char *
lt_own_title(const xmlNode *n)
{
	const xmlNode	*c;

	for (c = n->children; c != NULL; c = c->next)
		if (lt_is(c, "title") || lt_is(c, "caption"))
			return lt_text_of(c);
	if (lt_is(n, "figure"))
		for (c = n->children; c != NULL; c = c->next)
			if (lt_is(c, "alt"))
				return lt_text_of(c);
	return NULL;
}

static char *
title_of(const xmlNode *n)
{
	const xmlNode	*up;
	char		*s;

	if ((s = lt_own_title(n)) != NULL)
		return s;
	/* The title of the section it is in; else its own first words. */
	for (up = n->parent; up != NULL && up->type == XML_ELEMENT_NODE;
	    up = up->parent)
		if (lt_is(up, "section"))
			return (s = lt_own_title(up)) != NULL ? s : g_strdup("");
	s = lt_text_of(n);
	if (g_utf8_strlen(s, -1) > 60) {
		*g_utf8_offset_to_pointer(s, 60) = '\0';
	}
	return s;
}

/*
 * layout.rng, compiled once for the process: every document of a build
 * is checked against the same schema.  NULL after recording why.
 */
static xmlRelaxNG *
layout_schema(struct diag_list *dl)
{
	static xmlRelaxNG	*schema;
	xmlRelaxNGParserCtxt	*pctx;
	char			*rng;

	if (schema != NULL)
		return schema;
	rng = paths_data("source/schema/layout.rng");
	if ((pctx = xmlRelaxNGNewParserCtxt(rng)) == NULL) {
		diag_add(dl, DIAG_SYSTEM, rng, 0, 0, "cannot read the schema");
		g_free(rng);
		return NULL;
	}
	xmlRelaxNGSetParserStructuredErrors(pctx, diag_xml, dl);
	if ((schema = xmlRelaxNGParse(pctx)) == NULL)
		diag_add(dl, DIAG_SYSTEM, rng, 0, 0, "cannot read the schema");
	xmlRelaxNGFreeParserCtxt(pctx);
	g_free(rng);
	return schema;
}

static int
validate(struct diag_list *dl, xmlDoc *doc)
{
	xmlRelaxNG		*schema;
	xmlRelaxNGValidCtxt	*vctx;
	int			 rc = -1;

	if ((schema = layout_schema(dl)) == NULL)
		return -1;
	if ((vctx = xmlRelaxNGNewValidCtxt(schema)) == NULL)
		return -1;
	xmlRelaxNGSetValidStructuredErrors(vctx, diag_xml, dl);
	if (xmlRelaxNGValidateDoc(vctx, doc) == 0)
		rc = 0;
	xmlRelaxNGFreeValidCtxt(vctx);
	return rc;
}

static void
section_free(gpointer p)
{
	struct lt_section	*s = p;

	g_free(s->key);
	g_free(s->title);
	g_free(s);
}

static struct layout_doc *
doc_new(xmlDoc *doc, const char *file)
{
	struct layout_doc	*ld = g_new0(struct layout_doc, 1);

	ld->doc = doc;
	ld->file = diag_relpath(file != NULL ? file : "layout.xml");
	ld->meta = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    g_free);
	ld->styles = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
	    style_free);
	ld->templates = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
	    template_free);
	ld->targets = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    target_free);
	ld->sections = g_ptr_array_new_with_free_func(section_free);
	return ld;
}

void
lt_read_meta(struct layout_doc *ld, const xmlNode *n)
{
	const xmlNode	*c;

	for (c = n->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			g_hash_table_replace(ld->meta,
			    g_strdup((const char *)c->name), lt_text_of(c));
}

static void
read_lang(struct layout_doc *ld)
{
	char	*lang = lt_attr(xmlDocGetRootElement(ld->doc), "lang");

	if (lang != NULL)
		g_hash_table_insert(ld->meta, g_strdup("lang"), lang);
}

/*
 * The streamed reading of layout_open(); NULL when the file is not a
 * valid layout document, with scratch holding the stream's view of why.
 */
static struct layout_doc *
open_streamed(struct diag_list *scratch, const char *path)
{
	struct layout_doc	*ld;
	struct lt_stream	*s;
	xmlRelaxNG		*schema;

	/* Up to the root element: refuses a DOCTYPE before it is read. */
	if ((s = lt_stream_open(scratch, path)) == NULL)
		return NULL;
	lt_stream_close(s);
	if ((schema = layout_schema(scratch)) == NULL)
		return NULL;
	ld = doc_new(xmlNewDoc((const xmlChar *)"1.0"), path);
	ld->owns_doc = true;
	ld->doc->URL = xmlStrdup((const xmlChar *)path);
	ld->path = g_strdup(path);
	ld->kept = g_ptr_array_new_with_free_func((GDestroyNotify)xmlFreeNode);
	if (lt_scan_file(scratch, ld, path, schema) != 0 ||
	    xmlDocGetRootElement(ld->doc) == NULL) {
		layout_doc_free(ld);
		return NULL;
	}
	read_lang(ld);
	return ld;
}

struct layout_doc *
layout_open(struct diag_list *dl, const char *path)
{
	struct layout_doc	*ld;
	struct diag_list	*scratch;
	const struct diag	*d;
	xmlDoc			*doc;
	size_t			 i;

	if (!g_file_test(path, G_FILE_TEST_IS_REGULAR)) {
		diag_error(dl, path, 0, "no such file");
		return NULL;
	}
	scratch = diag_list_new();
	ld = open_streamed(scratch, path);
	if (ld != NULL)
		for (i = 0; i < diag_list_count(scratch); i++) {
			d = diag_list_get(scratch, i);
			diag_add(dl, d->level, d->file, d->line, d->column,
			    "%s", d->text);
		}
	diag_list_free(scratch);
	if (ld != NULL)
		return ld;
	/*
	 * A document the stream refuses is read whole, for the messages a
	 * tree gives (the streaming validator words some of them poorly);
	 * should the tree pass, it is laid out from the tree.
	 */
	if ((doc = xmlsafe_read_file(dl, path)) == NULL)
		return NULL;
	if ((ld = layout_read(dl, doc)) == NULL) {
		xmlFreeDoc(doc);
		return NULL;
	}
	ld->owns_doc = true;
	return ld;
}

struct layout_doc *
layout_read(struct diag_list *dl, xmlDoc *doc)
{
	struct layout_doc	*ld;
	const xmlNode		*n;
	size_t			 before = diag_list_count_at_least(dl,
				    DIAG_ERROR);

	if (validate(dl, doc) != 0) {
		if (diag_list_count_at_least(dl, DIAG_ERROR) == before)
			diag_error(dl, doc->URL != NULL ?
			    (const char *)doc->URL : NULL, 0,
			    "not a valid layout document");
		return NULL;
	}
	ld = doc_new(doc, doc->URL != NULL ? (const char *)doc->URL : NULL);
	read_lang(ld);
	for (n = xmlDocGetRootElement(doc)->children; n != NULL; n = n->next) {
		if (lt_is(n, "meta"))
			lt_read_meta(ld, n);
		else if (lt_is(n, "page-template"))
			lt_read_template(ld, dl, n);
	}
	/* A template without room for its body or heads is no use either. */
	if (lt_scan_tree(dl, ld) != 0 ||
	    diag_list_count_at_least(dl, DIAG_ERROR) > before) {
		layout_doc_free(ld);
		return NULL;
	}
	return ld;
}

void
layout_doc_free(struct layout_doc *ld)
{
	if (ld == NULL)
		return;
	g_hash_table_destroy(ld->meta);
	g_hash_table_destroy(ld->styles);
	g_hash_table_destroy(ld->templates);
	g_hash_table_destroy(ld->targets);
	g_ptr_array_free(ld->sections, TRUE);
	if (ld->kept != NULL)
		g_ptr_array_free(ld->kept, TRUE);
	lt_stream_close(ld->stream);
	if (ld->owns_doc)
		xmlFreeDoc(ld->doc);
	g_free(ld->path);
	if (ld->pc != NULL)
		g_object_unref(ld->pc);
	if (ld->hyph != NULL)
		hnj_hyphen_free(ld->hyph);
	if (ld->hyph_words != NULL)
		g_hash_table_destroy(ld->hyph_words);
	if (ld->markers != NULL)
		g_hash_table_destroy(ld->markers);
	g_free(ld->file);
	g_free(ld);
}

void
layout_doc_no_spool(struct layout_doc *ld)
{
	ld->no_spool = true;
}

const char *
layout_doc_meta(const struct layout_doc *ld, const char *key)
{
	return g_hash_table_lookup(ld->meta, key);
}

const char *
layout_doc_file(const struct layout_doc *ld)
{
	return ld->file;
}
