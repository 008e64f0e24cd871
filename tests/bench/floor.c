/*
 * Benchmark floor: the least any Pango/Cairo renderer of the printable
 * matrix must spend.  It reads the matrix with a streaming reader, lays
 * out every cell's paragraphs and list items with Pango in the fonts,
 * sizes and column widths of geometry.xml (from xsl/matrix.xsl; fonts
 * from fonts/ only) and draws them with Cairo into a PDF, with the same
 * title, caption, header row, rules and running head and foot.  It has
 * no pagination logic beyond starting a new page when a block no longer
 * fits: no splitting of paragraphs between lines, no keeps, no
 * hyphenation, no tagging, no links or outline, no second pass ("Page X"
 * without "of Y").
 *
 *   floor GEOMETRY.xml FONTDIR MATRIX.xml OUT.pdf
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <fontconfig/fontconfig.h>
#include <glib.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#define NCOLS	6

/* A style of geometry.xml: font, line height, colour, alignment. */
struct style {
	PangoFontDescription	*desc;
	double			 size;
	double			 leading;
	double			 letter_spacing;
	double			 padding;
	double			 space_before;
	double			 space_after;
	double			 rule;
	double			 rule_color[3];
	double			 color[3];
	double			 background[3];
	bool			 has_background;
	bool			 caps;
	PangoAlignment		 align;
};

enum style_id { S_TD, S_TD_SMALL, S_TD_NO, S_TD_STRONG, S_TH, S_H1, S_SMALL,
	S_CAPTION, S_CONTINUED, S_TABLE, S_HEADER, S_FOOTER, S__MAX };

static const char *const style_names[S__MAX] = { "td", "td-small",
	"td-no", "td-strong", "th", "h1", "small", "caption", "continued",
	"table", "header", "footer" };

struct geom {
	double		 pw, ph;	/* page size */
	double		 mt, mb, ml, mr;	/* margins */
	double		 list_indent, marker_gap, list_after, spacer;
	double		 header_baseline, header_rule, footer_baseline;
	double		 colx[NCOLS + 1];	/* column edges */
	char		*doc_title, *section_title;
	struct style	 st[S__MAX];
};

/* One laid-out paragraph or list item of a cell. */
struct block {
	PangoLayout	*layout;
	double		 x;		/* left edge, page coordinates */
	double		 h;		/* height, space before included */
	double		 before;	/* space above: the larger of the
					   previous block's after and 0 */
	int		 page;		/* page offset from the row's first page */
	double		 y;
};

struct floor {
	struct geom	 g;
	PangoContext	*ctx;
	cairo_t		*cr;
	cairo_surface_t	*surface;
	PangoLayout	*header[NCOLS];
	PangoLayout	*caption, *continued;
	char		*version;	/* "Matrix version 1.0, 2019-05-07" */
	double		 header_h;
	int		 page;		/* current page number, from 1 */
	double		 y;		/* where the next row starts */
	GPtrArray	*cells[NCOLS];	/* struct block *, for one row */
	double		 after[NCOLS];	/* space after each cell's last block */
};

static double
attr_num(xmlNode *n, const char *name, double def)
{
	xmlChar	*v;
	double	 d = def;

	if (n != NULL && (v = xmlGetProp(n, (const xmlChar *)name)) != NULL) {
		d = g_ascii_strtod((const char *)v, NULL);
		xmlFree(v);
	}
	return d;
}

static bool
attr_is(xmlNode *n, const char *name, const char *value)
{
	xmlChar	*v;
	bool	 is;

	if ((v = xmlGetProp(n, (const xmlChar *)name)) == NULL)
		return false;
	is = strcmp((const char *)v, value) == 0;
	xmlFree(v);
	return is;
}

static bool
color_read(xmlNode *n, const char *name, double rgb[3])
{
	xmlChar		*v;
	unsigned int	 c;
	bool		 ok = false;

	if ((v = xmlGetProp(n, (const xmlChar *)name)) == NULL)
		return false;
	if (v[0] == '#' && sscanf((const char *)v + 1, "%6x", &c) == 1) {
		rgb[0] = ((c >> 16) & 0xff) / 255.0;
		rgb[1] = ((c >> 8) & 0xff) / 255.0;
		rgb[2] = (c & 0xff) / 255.0;
		ok = true;
	}
	xmlFree(v);
	return ok;
}

static xmlNode *
child(xmlNode *n, const char *name)
{
	for (n = n->children; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE &&
		    strcmp((const char *)n->name, name) == 0)
			return n;
	return NULL;
}

static void
style_read(struct style *s, xmlNode *n)
{
	xmlChar	*family;

	family = n != NULL ? xmlGetProp(n, (const xmlChar *)"font") : NULL;
	s->size = attr_num(n, "size", 10);
	s->leading = attr_num(n, "leading", 1.2);
	s->letter_spacing = attr_num(n, "letter-spacing", 0);
	s->padding = attr_num(n, "padding", 0);
	s->space_before = attr_num(n, "space-before", 0);
	s->space_after = attr_num(n, "space-after", 0);
	s->rule = attr_num(n, "rule", 0);
	s->desc = pango_font_description_new();
	pango_font_description_set_family(s->desc,
	    family != NULL ? (const char *)family : "Noto Serif");
	pango_font_description_set_absolute_size(s->desc,
	    s->size * PANGO_SCALE);
	if (n != NULL && attr_is(n, "weight", "bold"))
		pango_font_description_set_weight(s->desc, PANGO_WEIGHT_BOLD);
	if (n != NULL && attr_is(n, "italic", "true"))
		pango_font_description_set_style(s->desc, PANGO_STYLE_ITALIC);
	s->caps = n != NULL && attr_is(n, "caps", "true");
	s->align = n != NULL && attr_is(n, "align", "center") ?
	    PANGO_ALIGN_CENTER : n != NULL && attr_is(n, "align", "right") ?
	    PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
	if (n == NULL || !color_read(n, "color", s->color))
		s->color[0] = s->color[1] = s->color[2] = 0;
	if (n == NULL || !color_read(n, "rule-color", s->rule_color))
		s->rule_color[0] = s->rule_color[1] = s->rule_color[2] = 0;
	s->has_background = n != NULL &&
	    color_read(n, "background", s->background);
	xmlFree(family);
}

static int
geom_read(struct geom *g, const char *path)
{
	xmlDoc	*doc;
	xmlNode	*r, *n;
	xmlChar	*name;
	int	 i = 0, k;

	if ((doc = xmlReadFile(path, NULL, XML_PARSE_NONET)) == NULL)
		return -1;
	r = xmlDocGetRootElement(doc);
	g->pw = attr_num(r, "page-width", 841.89);
	g->ph = attr_num(r, "page-height", 595.28);
	g->mt = attr_num(r, "margin-top", 42.52);
	g->mb = attr_num(r, "margin-bottom", 42.52);
	g->ml = attr_num(r, "margin-left", 42.52);
	g->mr = attr_num(r, "margin-right", 42.52);
	name = xmlGetProp(r, (const xmlChar *)"doc-title");
	g->doc_title = g_strdup(name != NULL ? (const char *)name : "");
	xmlFree(name);
	name = xmlGetProp(r, (const xmlChar *)"section-title");
	g->section_title = g_strdup(name != NULL ? (const char *)name : "");
	xmlFree(name);
	n = child(r, "defaults");
	g->list_indent = attr_num(n, "list-indent", 15);
	g->marker_gap = attr_num(n, "marker-gap", 4);
	g->list_after = attr_num(n, "list-after", 3);
	g->spacer = attr_num(n, "spacer", 4);
	g->header_baseline = attr_num(n, "header-baseline", 16);
	g->header_rule = attr_num(n, "header-rule", 10);
	g->footer_baseline = attr_num(n, "footer-baseline", 24);
	for (k = 0; k < S__MAX; k++) {
		for (n = r->children; n != NULL; n = n->next)
			if (n->type == XML_ELEMENT_NODE &&
			    strcmp((const char *)n->name, "style") == 0 &&
			    attr_is(n, "name", style_names[k]))
				break;
		style_read(&g->st[k], n);
	}
	g->colx[0] = g->ml;
	for (n = r->children; n != NULL && i < NCOLS; n = n->next)
		if (n->type == XML_ELEMENT_NODE &&
		    strcmp((const char *)n->name, "col") == 0) {
			g->colx[i + 1] = g->colx[i] + attr_num(n, "width", 100);
			i++;
		}
	xmlFreeDoc(doc);
	return i == NCOLS ? 0 : -1;
}

/* Text of inline content (text, i, b) with its style as attributes. */
static void
inline_text(xmlNode *n, GString *s, PangoAttrList *al)
{
	PangoAttribute	*a;
	size_t		 start;
	xmlChar		*c;

	for (; n != NULL; n = n->next) {
		if (n->type == XML_TEXT_NODE) {
			c = xmlNodeGetContent(n);
			g_string_append(s, (const char *)c);
			xmlFree(c);
			continue;
		}
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (strcmp((const char *)n->name, "i") != 0 &&
		    strcmp((const char *)n->name, "b") != 0)
			continue;
		start = s->len;
		inline_text(n->children, s, al);
		a = n->name[0] == 'i' ? pango_attr_style_new(PANGO_STYLE_ITALIC) :
		    pango_attr_weight_new(PANGO_WEIGHT_BOLD);
		a->start_index = start;
		a->end_index = s->len;
		pango_attr_list_insert(al, a);
	}
}

/* A layout of text in style s, width wide; al (may be NULL) is kept. */
static PangoLayout *
layout_new(struct floor *f, const struct style *s, const char *text,
    PangoAttrList *al, double width)
{
	PangoLayout	*l;
	PangoAttrList	*own = NULL;
	char		*up = NULL;

	l = pango_layout_new(f->ctx);
	pango_layout_set_font_description(l, s->desc);
	pango_layout_set_width(l, (int)(width * PANGO_SCALE));
	pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
	pango_layout_set_alignment(l, s->align);
	if (al == NULL)
		al = own = pango_attr_list_new();
	/* Line height as CSS and XSL-FO mean it: leading times size. */
	pango_attr_list_insert_before(al, pango_attr_line_height_new_absolute(
	    (int)(s->size * s->leading * PANGO_SCALE)));
	if (s->letter_spacing > 0)
		pango_attr_list_insert_before(al, pango_attr_letter_spacing_new(
		    (int)(s->letter_spacing * PANGO_SCALE)));
	pango_layout_set_attributes(l, al);
	if (s->caps)
		text = up = g_utf8_strup(text, -1);
	pango_layout_set_text(l, text, -1);
	g_free(up);
	if (own != NULL)
		pango_attr_list_unref(own);
	return l;
}

static double
layout_height(PangoLayout *l)
{
	int	 h;

	pango_layout_get_size(l, NULL, &h);
	return (double)h / PANGO_SCALE;
}

static void
draw_layout(struct floor *f, PangoLayout *l, const struct style *s,
    double x, double y)
{
	cairo_set_source_rgb(f->cr, s->color[0], s->color[1], s->color[2]);
	cairo_move_to(f->cr, x, y);
	pango_cairo_show_layout(f->cr, l);
}

/* Blocks are the larger of the two spaces apart; none above the first. */
static void
add_block(struct floor *f, int col, PangoLayout *l, double indent,
    double after)
{
	struct block	*b = g_new0(struct block, 1);

	b->layout = l;
	b->x = f->g.colx[col] + f->g.st[S_TD].padding + indent;
	b->before = f->cells[col]->len > 0 ? f->after[col] : 0;
	b->h = layout_height(l) + b->before;
	f->after[col] = after;
	g_ptr_array_add(f->cells[col], b);
}

/* Inline content from n on as a paragraph of style s in column col. */
static void
add_text(struct floor *f, int col, enum style_id s, xmlNode *inl,
    const char *plain, const char *marker, double indent)
{
	const struct geom	*g = &f->g;
	PangoAttrList		*al = pango_attr_list_new();
	PangoTabArray		*tabs;
	PangoLayout		*l;
	GString			*t = g_string_new(NULL);
	double			 w;

	if (marker != NULL)
		g_string_append_printf(t, "\t%s\t", marker);
	if (plain != NULL)
		g_string_append(t, plain);
	else
		inline_text(inl, t, al);
	w = g->colx[col + 1] - g->colx[col] - 2 * g->st[S_TD].padding - indent;
	/* A marker hangs left of the text, in the list indent. */
	if (marker != NULL) {
		indent -= g->list_indent;
		w += g->list_indent;
	}
	l = layout_new(f, &g->st[s], t->str, al, w);
	if (marker != NULL) {
		/* Marker right-aligned in its column, the text after it. */
		tabs = pango_tab_array_new_with_positions(2, FALSE,
		    PANGO_TAB_RIGHT, (int)((g->list_indent - g->marker_gap) *
		    PANGO_SCALE), PANGO_TAB_LEFT,
		    (int)(g->list_indent * PANGO_SCALE));
		pango_layout_set_tabs(l, tabs);
		pango_tab_array_free(tabs);
		pango_layout_set_indent(l, (int)(-g->list_indent * PANGO_SCALE));
	}
	add_block(f, col, l, indent, g->st[s].space_after);
	pango_attr_list_unref(al);
	g_string_free(t, TRUE);
}

static void add_blocks(struct floor *, int, xmlNode *, double);

static void
add_item(struct floor *f, int col, xmlNode *li, int k, double indent)
{
	xmlChar	*m;
	char	*marker;

	/* As xsl/common.xsl marks items: as written, check box, number. */
	if ((m = xmlGetProp(li, (const xmlChar *)"marker")) != NULL)
		marker = g_strdup((const char *)m);
	else if (attr_is(li, "checkbox", "true"))
		marker = g_strdup("\u2610");
	else if (strcmp((const char *)li->parent->name, "ol") == 0)
		marker = g_strdup_printf("%d.", k);
	else
		marker = g_strdup("\u2022");
	xmlFree(m);
	/* The item's own text, then its nested blocks. */
	add_text(f, col, S_TD, li->children, NULL, marker, indent);
	add_blocks(f, col, li->children, indent);
	g_free(marker);
}

/* Blocks (p, ul, ol) among the siblings from n on. */
static void
add_blocks(struct floor *f, int col, xmlNode *n, double indent)
{
	xmlNode	*li;
	int	 k;

	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (strcmp((const char *)n->name, "p") == 0)
			add_text(f, col, S_TD, n->children, NULL, NULL, indent);
		else if (strcmp((const char *)n->name, "ul") == 0 ||
		    strcmp((const char *)n->name, "ol") == 0) {
			k = 0;
			for (li = n->children; li != NULL; li = li->next)
				if (li->type == XML_ELEMENT_NODE)
					add_item(f, col, li, ++k,
					    indent + f->g.list_indent);
			f->after[col] = MAX(f->after[col],
			    f->g.st[S_TD].space_after + f->g.list_after);
		}
	}
}

static double
body_bottom(const struct floor *f)
{
	return f->g.ph - f->g.mb;
}

/* Start a page: the running head and foot, nothing in the body yet. */
static void
page_start(struct floor *f)
{
	const struct geom	*g = &f->g;
	const struct style	*h = &g->st[S_HEADER], *s = &g->st[S_FOOTER];
	PangoLayout		*l;
	char			*num;
	double			 w = g->pw - g->ml - g->mr, y;

	f->y = g->mt;
	l = layout_new(f, h, g->doc_title, NULL, w);
	draw_layout(f, l, h, g->ml, g->mt - g->header_baseline -
	    pango_layout_get_baseline(l) / (double)PANGO_SCALE);
	g_object_unref(l);
	cairo_set_source_rgb(f->cr, h->rule_color[0], h->rule_color[1],
	    h->rule_color[2]);
	cairo_set_line_width(f->cr, h->rule);
	cairo_move_to(f->cr, g->ml, g->mt - g->header_rule);
	cairo_line_to(f->cr, g->pw - g->mr, g->mt - g->header_rule);
	cairo_stroke(f->cr);
	l = layout_new(f, s, f->version, NULL, w);
	y = g->ph - g->mb + g->footer_baseline -
	    pango_layout_get_baseline(l) / (double)PANGO_SCALE;
	draw_layout(f, l, s, g->ml, y);
	g_object_unref(l);
	l = layout_new(f, s, g->section_title, NULL, w);
	pango_layout_set_alignment(l, PANGO_ALIGN_CENTER);
	draw_layout(f, l, s, g->ml, y);
	g_object_unref(l);
	num = g_strdup_printf("Page %d", f->page);
	l = layout_new(f, s, num, NULL, w);
	pango_layout_set_alignment(l, PANGO_ALIGN_RIGHT);
	draw_layout(f, l, s, g->ml, y);
	g_object_unref(l);
	g_free(num);
}

/* Set the table's rule width and colour for the strokes that follow. */
static void
rule_set(struct floor *f, double scale)
{
	const struct style	*t = &f->g.st[S_TABLE];

	cairo_set_source_rgb(f->cr, t->rule_color[0], t->rule_color[1],
	    t->rule_color[2]);
	cairo_set_line_width(f->cr, t->rule * scale);
}

/* The caption (or "continued" label) and the header row at f->y. */
static void
header_draw(struct floor *f, PangoLayout *caption, enum style_id cs)
{
	const struct geom	*g = &f->g;
	const struct style	*th = &g->st[S_TH];
	int			 i;

	draw_layout(f, caption, &g->st[cs], g->ml, f->y);
	f->y += layout_height(caption) + g->st[cs].space_after;
	cairo_set_source_rgb(f->cr, th->background[0], th->background[1],
	    th->background[2]);
	cairo_rectangle(f->cr, g->colx[0], f->y, g->colx[NCOLS] - g->colx[0],
	    f->header_h);
	cairo_fill(f->cr);
	for (i = 0; i < NCOLS; i++)
		draw_layout(f, f->header[i], th, g->colx[i] + th->padding,
		    f->y + th->padding);
	rule_set(f, 1);
	for (i = 0; i < NCOLS; i++)
		cairo_rectangle(f->cr, g->colx[i], f->y,
		    g->colx[i + 1] - g->colx[i], f->header_h);
	cairo_stroke(f->cr);
	/* The head's double-weight rule. */
	rule_set(f, 2);
	cairo_move_to(f->cr, g->colx[0], f->y + f->header_h);
	cairo_line_to(f->cr, g->colx[NCOLS], f->y + f->header_h);
	cairo_stroke(f->cr);
	f->y += f->header_h;
}

static void
page_next(struct floor *f)
{
	cairo_show_page(f->cr);
	f->page++;
	page_start(f);
	header_draw(f, f->continued, S_CONTINUED);
}

/*
 * Draw the row held in f->cells: each column's blocks go down the page,
 * and a block that does not fit starts the next page of that column.
 */
static void
row_draw(struct floor *f)
{
	const struct geom	*g = &f->g;
	const struct style	*td = &g->st[S_TD];
	struct block		*b;
	double			 y, top, cont_top, end_y = 0;
	double			 bottom = body_bottom(f);
	int			 pages = 0, p, i;
	guint			 j;

	/* Where the body starts on a later page, below the header. */
	cont_top = g->mt + layout_height(f->continued) +
	    g->st[S_CONTINUED].space_after + f->header_h;
	for (i = 0; i < NCOLS; i++) {
		p = 0;
		y = f->y + td->padding;
		for (j = 0; j < f->cells[i]->len; j++) {
			b = f->cells[i]->pdata[j];
			b->page = p;
			b->y = y + b->before;
			/* The space above is dropped at a page top. */
			if (y + b->h > bottom - td->padding &&
			    y > (p == 0 ? f->y : cont_top) + td->padding) {
				b->page = ++p;
				b->y = y = cont_top + td->padding;
				y -= b->before;
			}
			y += b->h;
		}
		if (p > pages || (p == pages && y > end_y)) {
			pages = p;
			end_y = y;
		}
	}
	end_y += td->padding;
	for (p = 0; p <= pages; p++) {
		top = p == 0 ? f->y : cont_top;
		y = p == pages ? end_y : bottom;
		for (i = 0; i < NCOLS; i++) {
			for (j = 0; j < f->cells[i]->len; j++) {
				b = f->cells[i]->pdata[j];
				if (b->page == p)
					draw_layout(f, b->layout, i == 0 ?
					    &g->st[S_TD_NO] : td, b->x, b->y);
			}
			cairo_rectangle(f->cr, g->colx[i], top,
			    g->colx[i + 1] - g->colx[i], y - top);
		}
		rule_set(f, 1);
		cairo_stroke(f->cr);
		if (p < pages)
			page_next(f);
	}
	f->y = end_y;
	for (i = 0; i < NCOLS; i++) {
		for (j = 0; j < f->cells[i]->len; j++) {
			b = f->cells[i]->pdata[j];
			g_object_unref(b->layout);
			g_free(b);
		}
		g_ptr_array_set_size(f->cells[i], 0);
	}
}

static void
meeting(struct floor *f, xmlNode *m)
{
	static const char	*cols[] = { "workshops", "action-plan",
				    "recommendations", "follow-up" };
	const struct geom	*g = &f->g;
	xmlNode			*n, *place;
	xmlChar			*num, *city = NULL, *country = NULL;
	xmlChar			*dates = NULL;
	char			*where;
	int			 i;

	num = xmlGetProp(m, (const xmlChar *)"n");
	add_text(f, 0, S_TD_NO, NULL, num != NULL ? (const char *)num : "",
	    NULL, 0);
	xmlFree(num);
	if ((n = child(m, "title")) != NULL)
		add_text(f, 1, S_TD_STRONG, n->children, NULL, NULL, 0);
	if ((place = child(m, "place")) != NULL) {
		if ((n = child(place, "city")) != NULL)
			city = xmlNodeGetContent(n);
		if ((n = child(place, "country")) != NULL)
			country = xmlNodeGetContent(n);
	}
	if ((n = child(m, "dates")) != NULL)
		dates = xmlNodeGetContent(n);
	where = g_strdup_printf("%s, %s\n%s", city != NULL ?
	    (const char *)city : "", country != NULL ? (const char *)country :
	    "", dates != NULL ? (const char *)dates : "");
	add_text(f, 1, S_TD_SMALL, NULL, where, NULL, 0);
	g_free(where);
	xmlFree(city);
	xmlFree(country);
	xmlFree(dates);
	if ((n = child(m, "themes")) != NULL)
		add_blocks(f, 1, n->children, 0);
	for (i = 0; i < 4; i++) {
		if ((n = child(m, cols[i])) != NULL)
			add_blocks(f, i + 2, n->children, 0);
		if (f->cells[i + 2]->len == 0)
			add_text(f, i + 2, S_TD_SMALL, NULL, "\u2013", NULL, 0);
	}
	/* A row that starts too low to hold a line begins on a new page. */
	if (f->y + 2 * g->st[S_TD].padding + g->st[S_TD].size *
	    g->st[S_TD].leading > body_bottom(f))
		page_next(f);
	row_draw(f);
}

/*
 * The first page's top: section title with its rule, revision notes,
 * then the table's caption and header row.
 */
static void
table_begin(struct floor *f, xmlNode *title, xmlNode *columns,
    xmlNode *revisions)
{
	const struct geom	*g = &f->g;
	const struct style	*h1 = &g->st[S_H1], *sm = &g->st[S_SMALL];
	PangoLayout		*l;
	xmlNode			*c, *latest = NULL;
	xmlChar			*s, *v, *d, *sum;
	char			*t;
	double			 h = 0, w = g->pw - g->ml - g->mr;
	int			 i = 0;

	for (c = columns->children; c != NULL && i < NCOLS; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		s = xmlNodeGetContent(c);
		f->header[i] = layout_new(f, &g->st[S_TH], (const char *)s,
		    NULL, g->colx[i + 1] - g->colx[i] - 2 * g->st[S_TH].padding);
		if (layout_height(f->header[i]) > h)
			h = layout_height(f->header[i]);
		xmlFree(s);
		i++;
	}
	for (; i < NCOLS; i++)
		f->header[i] = layout_new(f, &g->st[S_TH], "", NULL, 10);
	f->header_h = h + 2 * g->st[S_TH].padding;
	s = xmlNodeGetContent(title);
	f->caption = layout_new(f, &g->st[S_CAPTION], (const char *)s, NULL, w);
	t = g_strdup_printf("%s (continued)", (const char *)s);
	f->continued = layout_new(f, &g->st[S_CONTINUED], t, NULL, w);
	g_free(t);
	xmlFree(s);
	/* The revisions in document order; the source lists them by date. */
	for (c = revisions != NULL ? revisions->children : NULL; c != NULL;
	    c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			latest = c;
	v = latest != NULL ? xmlGetProp(latest, (const xmlChar *)"version") :
	    NULL;
	d = latest != NULL ? xmlGetProp(latest, (const xmlChar *)"date") : NULL;
	f->version = g_strdup_printf("Matrix version %s, %s",
	    v != NULL ? (const char *)v : "", d != NULL ? (const char *)d : "");
	xmlFree(v);
	xmlFree(d);

	page_start(f);
	l = layout_new(f, h1, g->section_title, NULL, w);
	draw_layout(f, l, h1, g->ml, f->y);
	f->y += layout_height(l);
	g_object_unref(l);
	cairo_set_source_rgb(f->cr, h1->rule_color[0], h1->rule_color[1],
	    h1->rule_color[2]);
	cairo_set_line_width(f->cr, h1->rule);
	cairo_move_to(f->cr, g->ml, f->y + h1->rule / 2);
	cairo_line_to(f->cr, g->pw - g->mr, f->y + h1->rule / 2);
	cairo_stroke(f->cr);
	f->y += h1->rule + h1->space_after;
	for (c = revisions != NULL ? revisions->children : NULL; c != NULL;
	    c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		v = xmlGetProp(c, (const xmlChar *)"version");
		d = xmlGetProp(c, (const xmlChar *)"date");
		sum = child(c, "summary") != NULL ?
		    xmlNodeGetContent(child(c, "summary")) : NULL;
		t = g_strdup_printf("Version %s, %s: %s", (const char *)v,
		    (const char *)d, sum != NULL ? (const char *)sum : "");
		l = layout_new(f, sm, t, NULL, w);
		draw_layout(f, l, sm, g->ml, f->y);
		f->y += layout_height(l) + sm->space_after;
		g_object_unref(l);
		g_free(t);
		xmlFree(v);
		xmlFree(d);
		xmlFree(sum);
	}
	f->y += g->spacer + g->st[S_TABLE].space_before;
	header_draw(f, f->caption, S_CAPTION);
}

static PangoContext *
context_new(const char *fontdir)
{
	PangoFontMap		*fm;
	PangoContext		*ctx;
	FcConfig		*fc;
	cairo_font_options_t	*fo;

	/* Only the fonts in fontdir, none of the machine's; a cache. */
	fc = FcConfigCreate();
	if (!FcConfigParseAndLoadFromMemory(fc, (const FcChar8 *)
	    "<fontconfig><cachedir prefix=\"xdg\">fontconfig</cachedir>"
	    "</fontconfig>", FcTrue) ||
	    !FcConfigAppFontAddDir(fc, (const FcChar8 *)fontdir)) {
		FcConfigDestroy(fc);
		return NULL;
	}
	fm = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
	pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(fm), fc);
	FcConfigDestroy(fc);
	ctx = pango_font_map_create_context(fm);
	g_object_unref(fm);
	fo = cairo_font_options_create();
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	pango_cairo_context_set_font_options(ctx, fo);
	cairo_font_options_destroy(fo);
	pango_context_set_round_glyph_positions(ctx, FALSE);
	return ctx;
}

int
main(int argc, char *argv[])
{
	struct floor		 f;
	xmlTextReader		*r;
	xmlNode			*n, *title = NULL, *columns = NULL;
	xmlNode			*revisions = NULL;
	const char		*name;
	int			 i, rc = 1, ret;
	bool			 begun = false;

	if (argc != 5) {
		fprintf(stderr, "usage: floor GEOMETRY.xml FONTDIR MATRIX.xml "
		    "OUT.pdf\n");
		return 2;
	}
	memset(&f, 0, sizeof(f));
	if (geom_read(&f.g, argv[1]) == -1) {
		fprintf(stderr, "%s: cannot read the geometry\n", argv[1]);
		return 1;
	}
	if ((f.ctx = context_new(argv[2])) == NULL) {
		fprintf(stderr, "%s: cannot load fonts\n", argv[2]);
		return 3;
	}
	if ((r = xmlReaderForFile(argv[3], NULL, XML_PARSE_NONET |
	    XML_PARSE_BIG_LINES)) == NULL) {
		fprintf(stderr, "%s: cannot open\n", argv[3]);
		return 1;
	}
	f.surface = cairo_pdf_surface_create(argv[4], f.g.pw, f.g.ph);
	f.cr = cairo_create(f.surface);
	pango_cairo_update_context(f.cr, f.ctx);
	f.page = 1;
	for (i = 0; i < NCOLS; i++)
		f.cells[i] = g_ptr_array_new();
	/* The matrix's children one at a time: memory holds one meeting. */
	ret = xmlTextReaderRead(r);
	while (ret == 1) {
		if (xmlTextReaderNodeType(r) != XML_READER_TYPE_ELEMENT ||
		    xmlTextReaderDepth(r) != 1) {
			ret = xmlTextReaderRead(r);
			continue;
		}
		name = (const char *)xmlTextReaderConstLocalName(r);
		if (strcmp(name, "title") == 0 || strcmp(name, "columns") == 0 ||
		    strcmp(name, "revisions") == 0) {
			n = xmlTextReaderExpand(r);
			n = n != NULL ? xmlCopyNode(n, 1) : NULL;
			if (name[0] == 't')
				title = n;
			else if (name[0] == 'c')
				columns = n;
			else
				revisions = n;
		} else if (strcmp(name, "meeting") == 0) {
			/* Meetings in file order: latest first, as listed. */
			if (!begun && title != NULL && columns != NULL) {
				table_begin(&f, title, columns, revisions);
				begun = true;
			}
			if (!begun || (n = xmlTextReaderExpand(r)) == NULL)
				break;
			meeting(&f, n);
		}
		ret = xmlTextReaderNext(r);
	}
	if (ret == 0 && begun)
		rc = 0;
	else
		fprintf(stderr, "%s: cannot read the matrix\n", argv[3]);
	xmlFreeTextReader(r);
	xmlFreeNode(title);
	xmlFreeNode(columns);
	xmlFreeNode(revisions);
	for (i = 0; i < NCOLS; i++) {
		if (f.header[i] != NULL)
			g_object_unref(f.header[i]);
		g_ptr_array_free(f.cells[i], TRUE);
	}
	cairo_destroy(f.cr);
	cairo_surface_finish(f.surface);
	if (cairo_surface_status(f.surface) != CAIRO_STATUS_SUCCESS) {
		fprintf(stderr, "%s: %s\n", argv[4], cairo_status_to_string(
		    cairo_surface_status(f.surface)));
		rc = 3;
	}
	cairo_surface_destroy(f.surface);
	g_object_unref(f.ctx);
	if (f.caption != NULL)
		g_object_unref(f.caption);
	if (f.continued != NULL)
		g_object_unref(f.continued);
	g_free(f.version);
	g_free(f.g.doc_title);
	g_free(f.g.section_title);
	for (i = 0; i < S__MAX; i++)
		pango_font_description_free(f.g.st[i].desc);
	return rc;
}
