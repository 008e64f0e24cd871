/*
 * Benchmark floor: the least any Pango/Cairo renderer of the printable
 * matrix must spend.  It reads the matrix with a streaming reader, lays
 * out every cell's paragraphs and list items with Pango in the fonts,
 * sizes and column widths of geometry.xml (fonts from fonts/ only), and
 * draws them with Cairo into a PDF, with the header row and a page number
 * on each page.  It has no pagination logic beyond starting a new page
 * when a block no longer fits: no splitting of paragraphs between lines,
 * no keeps, no hyphenation, no tagging, no second pass ("page X" only).
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

struct font {
	PangoFontDescription	*desc;
	double			 size;
	double			 leading;
};

struct geom {
	double		 pw, ph;	/* page size */
	double		 mt, mb, ml, mr;	/* margins */
	double		 footer_h;
	double		 pad, rule, item_space, list_indent;
	double		 title_space;
	double		 colx[NCOLS + 1];	/* column edges */
	struct font	 text, head, title, footer;
};

/* One laid-out paragraph or list item of a cell. */
struct block {
	PangoLayout	*layout;
	double		 x;		/* left edge, page coordinates */
	double		 h;		/* height, space after included */
	int		 page;		/* page offset from the row's first page */
	double		 y;
};

struct floor {
	struct geom	 g;
	PangoContext	*ctx;
	cairo_t		*cr;
	cairo_surface_t	*surface;
	PangoLayout	*header[NCOLS];
	double		 header_h;
	int		 page;		/* current page number, from 1 */
	double		 y;		/* where the next row starts */
	GPtrArray	*cells[NCOLS];	/* struct block *, for one row */
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
font_read(struct font *f, xmlNode *n, const char *family_attr)
{
	xmlChar	*family, *bold;

	family = xmlGetProp(n, (const xmlChar *)family_attr);
	bold = xmlGetProp(n, (const xmlChar *)"bold");
	f->size = attr_num(n, "size", 8);
	f->leading = attr_num(n, "leading", 1.2);
	f->desc = pango_font_description_new();
	pango_font_description_set_family(f->desc,
	    family != NULL ? (const char *)family : "Noto Serif");
	pango_font_description_set_absolute_size(f->desc,
	    f->size * PANGO_SCALE);
	if (bold != NULL && strcmp((const char *)bold, "true") == 0)
		pango_font_description_set_weight(f->desc, PANGO_WEIGHT_BOLD);
	xmlFree(family);
	xmlFree(bold);
}

static int
geom_read(struct geom *g, const char *path)
{
	xmlDoc	*doc;
	xmlNode	*r, *n;
	double	 share[NCOLS], sum = 0, w;
	int	 i = 0;

	if ((doc = xmlReadFile(path, NULL, XML_PARSE_NONET)) == NULL)
		return -1;
	r = xmlDocGetRootElement(doc);
	g->pw = attr_num(r, "page-width", 841.89);
	g->ph = attr_num(r, "page-height", 595.28);
	g->mt = attr_num(r, "margin-top", 42.52);
	g->mb = attr_num(r, "margin-bottom", 42.52);
	g->ml = attr_num(r, "margin-left", 42.52);
	g->mr = attr_num(r, "margin-right", 42.52);
	g->footer_h = attr_num(r, "footer-height", 14);
	font_read(&g->text, child(r, "text"), "font");
	font_read(&g->head, child(r, "head"), "font");
	font_read(&g->title, child(r, "title"), "font");
	font_read(&g->footer, r, "footer-font");
	g->footer.size = attr_num(r, "footer-size", 7.5);
	pango_font_description_set_absolute_size(g->footer.desc,
	    g->footer.size * PANGO_SCALE);
	g->title_space = attr_num(child(r, "title"), "space-after", 8);
	n = child(r, "cell");
	g->pad = attr_num(n, "padding", 3);
	g->rule = attr_num(n, "rule", 0.5);
	g->item_space = attr_num(n, "item-space", 2);
	g->list_indent = attr_num(n, "list-indent", 9);
	for (n = r->children; n != NULL && i < NCOLS; n = n->next)
		if (n->type == XML_ELEMENT_NODE &&
		    strcmp((const char *)n->name, "col") == 0)
			sum += share[i++] = attr_num(n, "share", 1);
	xmlFreeDoc(doc);
	if (i != NCOLS)
		return -1;
	w = g->pw - g->ml - g->mr;
	g->colx[0] = g->ml;
	for (i = 0; i < NCOLS; i++)
		g->colx[i + 1] = g->colx[i] + w * share[i] / sum;
	return 0;
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

static PangoLayout *
layout_new(struct floor *f, const struct font *ft, const char *text,
    PangoAttrList *al, double width)
{
	PangoLayout	*l;
	PangoAttrList	*own = NULL;

	l = pango_layout_new(f->ctx);
	pango_layout_set_font_description(l, ft->desc);
	pango_layout_set_width(l, (int)(width * PANGO_SCALE));
	pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
	if (al == NULL)
		al = own = pango_attr_list_new();
	/* Line height as CSS and XSL-FO mean it: leading times size. */
	pango_attr_list_insert_before(al, pango_attr_line_height_new_absolute(
	    (int)(ft->size * ft->leading * PANGO_SCALE)));
	pango_layout_set_attributes(l, al);
	pango_layout_set_text(l, text, -1);
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
add_block(struct floor *f, int col, PangoLayout *l, double indent)
{
	struct block	*b = g_new0(struct block, 1);

	b->layout = l;
	b->x = f->g.colx[col] + f->g.pad + indent;
	b->h = layout_height(l) + f->g.item_space;
	g_ptr_array_add(f->cells[col], b);
}

static void
add_text(struct floor *f, int col, xmlNode *inl, const char *marker,
    double indent)
{
	const struct geom	*g = &f->g;
	PangoAttrList		*al = pango_attr_list_new();
	PangoTabArray		*tabs;
	PangoLayout		*l;
	GString			*s = g_string_new(marker);
	double			 w;

	if (marker != NULL)
		g_string_append_c(s, '\t');
	inline_text(inl, s, al);
	w = g->colx[col + 1] - g->colx[col] - 2 * g->pad - indent;
	/* A marker hangs left of the text, in the list indent. */
	if (marker != NULL) {
		indent -= g->list_indent;
		w += g->list_indent;
	}
	l = layout_new(f, &g->text, s->str, al, w);
	if (marker != NULL) {
		tabs = pango_tab_array_new_with_positions(1, FALSE,
		    PANGO_TAB_LEFT, (int)(g->list_indent * PANGO_SCALE));
		pango_layout_set_tabs(l, tabs);
		pango_tab_array_free(tabs);
		pango_layout_set_indent(l, (int)(-g->list_indent * PANGO_SCALE));
	}
	add_block(f, col, l, indent);
	pango_attr_list_unref(al);
	g_string_free(s, TRUE);
}

static void add_blocks(struct floor *, int, xmlNode *, double);

static void
add_item(struct floor *f, int col, xmlNode *li, int k, double indent)
{
	xmlChar	*m;
	char	*marker;

	if ((m = xmlGetProp(li, (const xmlChar *)"marker")) != NULL)
		marker = g_strdup((const char *)m);
	else if (strcmp((const char *)li->parent->name, "ol") == 0)
		marker = g_strdup_printf("%d.", k);
	else
		marker = g_strdup("\u2022");
	xmlFree(m);
	/* The item's own text stops at its first nested block. */
	add_text(f, col, li->children, marker, indent);
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
			add_text(f, col, n->children, NULL, indent);
		else if (strcmp((const char *)n->name, "ul") == 0 ||
		    strcmp((const char *)n->name, "ol") == 0) {
			k = 0;
			for (li = n->children; li != NULL; li = li->next)
				if (li->type == XML_ELEMENT_NODE)
					add_item(f, col, li, ++k,
					    indent + f->g.list_indent);
		}
	}
}

static void
draw_layout(struct floor *f, PangoLayout *l, double x, double y)
{
	cairo_move_to(f->cr, x, y);
	pango_cairo_show_layout(f->cr, l);
}

static double
body_bottom(const struct floor *f)
{
	return f->g.ph - f->g.mb - f->g.footer_h;
}

/* Start a page: the page number in the footer, nothing drawn above. */
static void
page_start(struct floor *f)
{
	const struct geom	*g = &f->g;
	PangoLayout		*l;
	char			 num[32];

	f->y = g->mt;
	snprintf(num, sizeof(num), "page %d", f->page);
	l = layout_new(f, &g->footer, num, NULL, g->pw - g->ml - g->mr);
	pango_layout_set_alignment(l, PANGO_ALIGN_RIGHT);
	draw_layout(f, l, g->ml, g->ph - g->mb - layout_height(l));
	g_object_unref(l);
}

/* The header row at f->y, on a grey ground, with its rules. */
static void
header_draw(struct floor *f)
{
	const struct geom	*g = &f->g;
	int			 i;

	cairo_set_source_rgb(f->cr, 0.91, 0.91, 0.91);
	cairo_rectangle(f->cr, g->colx[0], f->y, g->colx[NCOLS] - g->colx[0],
	    f->header_h);
	cairo_fill(f->cr);
	cairo_set_source_rgb(f->cr, 0, 0, 0);
	for (i = 0; i < NCOLS; i++) {
		draw_layout(f, f->header[i], g->colx[i] + g->pad, f->y + g->pad);
		cairo_rectangle(f->cr, g->colx[i], f->y,
		    g->colx[i + 1] - g->colx[i], f->header_h);
	}
	cairo_stroke(f->cr);
	f->y += f->header_h;
}

static void
page_next(struct floor *f)
{
	cairo_show_page(f->cr);
	f->page++;
	page_start(f);
	header_draw(f);
}

/*
 * Draw the row held in f->cells: each column's blocks go down the page,
 * and a block that does not fit starts the next page of that column.
 */
static void
row_draw(struct floor *f)
{
	const struct geom	*g = &f->g;
	struct block		*b;
	double			 y, top, end_y = 0, bottom = body_bottom(f);
	int			 pages = 0, p, i;
	guint			 j;

	for (i = 0; i < NCOLS; i++) {
		p = 0;
		y = f->y + g->pad;
		for (j = 0; j < f->cells[i]->len; j++) {
			b = f->cells[i]->pdata[j];
			if (y + b->h > bottom && y > (p == 0 ? f->y :
			    g->mt + f->header_h) + g->pad) {
				p++;
				y = g->mt + f->header_h + g->pad;
			}
			b->page = p;
			b->y = y;
			y += b->h;
		}
		if (p > pages || (p == pages && y > end_y)) {
			pages = p;
			end_y = y;
		}
	}
	end_y += g->pad;
	for (p = 0; p <= pages; p++) {
		top = p == 0 ? f->y : g->mt + f->header_h;
		y = p == pages ? end_y : bottom;
		for (i = 0; i < NCOLS; i++) {
			for (j = 0; j < f->cells[i]->len; j++) {
				b = f->cells[i]->pdata[j];
				if (b->page == p)
					draw_layout(f, b->layout, b->x, b->y);
			}
			cairo_rectangle(f->cr, g->colx[i], top,
			    g->colx[i + 1] - g->colx[i], y - top);
		}
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
	xmlNode			*n;
	xmlChar			*num;
	int			 i;

	num = xmlGetProp(m, (const xmlChar *)"n");
	add_block(f, 0, layout_new(f, &f->g.text, num != NULL ?
	    (const char *)num : "", NULL, f->g.colx[1] - f->g.colx[0] -
	    2 * f->g.pad), 0);
	xmlFree(num);
	if ((n = child(m, "heading")) != NULL)
		add_text(f, 1, n->children, NULL, 0);
	if ((n = child(m, "themes")) != NULL)
		add_blocks(f, 1, n->children, 0);
	for (i = 0; i < 4; i++)
		if ((n = child(m, cols[i])) != NULL)
			add_blocks(f, i + 2, n->children, 0);
	/* A row that starts too low to hold a line begins on a new page. */
	if (f->y + 2 * f->g.pad + f->g.text.size * f->g.text.leading >
	    body_bottom(f))
		page_next(f);
	row_draw(f);
}

/* The title, then the header row: the first page's top. */
static void
table_begin(struct floor *f, xmlNode *title, xmlNode *columns)
{
	const struct geom	*g = &f->g;
	PangoLayout		*l;
	xmlNode			*c;
	xmlChar			*s;
	double			 h = 0;
	int			 i = 0;

	for (c = columns->children; c != NULL && i < NCOLS; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		s = xmlNodeGetContent(c);
		f->header[i] = layout_new(f, &g->head, (const char *)s, NULL,
		    g->colx[i + 1] - g->colx[i] - 2 * g->pad);
		if (layout_height(f->header[i]) > h)
			h = layout_height(f->header[i]);
		xmlFree(s);
		i++;
	}
	for (; i < NCOLS; i++)
		f->header[i] = layout_new(f, &g->head, "", NULL, 10);
	f->header_h = h + 2 * g->pad;
	page_start(f);
	s = xmlNodeGetContent(title);
	l = layout_new(f, &g->title, (const char *)s, NULL,
	    g->pw - g->ml - g->mr);
	draw_layout(f, l, g->ml, f->y);
	f->y += layout_height(l) + g->title_space;
	g_object_unref(l);
	xmlFree(s);
	header_draw(f);
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
	cairo_set_line_width(f.cr, f.g.rule);
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
		if (strcmp(name, "title") == 0 || strcmp(name, "columns") == 0) {
			n = xmlTextReaderExpand(r);
			n = n != NULL ? xmlCopyNode(n, 1) : NULL;
			if (name[0] == 't')
				title = n;
			else
				columns = n;
		} else if (strcmp(name, "meeting") == 0) {
			if (!begun && title != NULL && columns != NULL) {
				table_begin(&f, title, columns);
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
	pango_font_description_free(f.g.text.desc);
	pango_font_description_free(f.g.head.desc);
	pango_font_description_free(f.g.title.desc);
	pango_font_description_free(f.g.footer.desc);
	return rc;
}
