/* Layout blocks: sections, paragraphs, figures, rules and spacers of the flow, each turned into items for a sink. */
#include <string.h>

#include <glib.h>
#include <libxml/tree.h>

#include "diag.h"
#include "layout.h"
#include "layout_int.h"

/* A style's rule under its block: below the last line of the sink. */
static void
rule_under(struct lt_engine *e, struct lt_sink *s, const struct lt_style *st,
    double x, double w)
{
	struct lt_item		*it;
	struct layout_op	*op;

	if (st->rule <= 0 || s->items->len == 0)
		return;
	it = g_ptr_array_index(s->items, s->items->len - 1);
	op = lt_op_add(it->ops, LAYOUT_STROKE);
	op->x = x;
	op->w = w;
	op->y = it->h + 2 + st->rule / 2;
	op->lw = st->rule;
	op->color = st->rule_color;
	it->h += 4 + st->rule;
}

static void
section(struct lt_engine *e, struct lt_sink *s, const xmlNode *sec,
    double x, double w)
{
	const xmlNode		*title = NULL, *c;
	const struct lt_section	*known = lt_section_of(e, sec);
	const char		*key = known != NULL ? known->key : NULL;
	struct layout_op	*op;
	struct lt_para		 p;
	char			*style, *text, tag[4];
	double			 ind;
	int			 level;

	for (c = lt_first(e, sec); c != NULL; c = lt_next(e, c))
		if (lt_is(c, "title")) {
			title = c;
			break;
		}
	e->depth++;
	level = e->depth > 3 ? 3 : e->depth;
	style = lt_attr(title, "style");
	text = lt_text_of(title);
	memset(&p, 0, sizeof(p));
	p.node = title;
	p.style = lt_style_get(e->ld, style != NULL ? style :
	    level == 1 ? "h1" : level == 2 ? "h2" : "h3");
	p.align = p.style->align;
	/* After an error the text is laid out unindented, never drawn. */
	ind = title == NULL || lt_indent_fits(e, title, p.style, w) ?
	    p.style->indent : 0;
	p.x = x + ind;
	p.w = w - ind;
	p.keep_last = 2;
	p.no_orphans = true;
	if (key != NULL)
		lt_pending_dest(e, key);
	if (!e->no_tags) {
		op = lt_op_add(e->pending, LAYOUT_OUTLINE);
		op->name = g_strdup(text);
		op->lw = level;
		op->h = 1;
		/* Bookmarked as it is listed in the TOC: not when it, or
		 * a section it is in, says outline="false" (its bookmark
		 * would hang under the last one shown), nor in an item. */
		if (known != NULL && known->level > 0)
			op->attrs = g_strdup_printf("dest='%s'", key);
	}
	g_snprintf(tag, sizeof(tag), "H%d", level);
	lt_space(e, p.style->space_before);
	lt_pending_tag(e, tag, NULL);
	lt_paragraph(e, s, &p);
	lt_tag_end(e, s, tag);
	rule_under(e, s, p.style, p.x, p.w);
	lt_space(e, p.style->space_after);
	lt_blocks(e, s, title != NULL ? lt_next(e, title) : lt_first(e, sec),
	    x, w);
	e->depth--;
	g_free(style);
	g_free(text);
}

static void
paragraph(struct lt_engine *e, struct lt_sink *s, const xmlNode *n,
    double x, double w)
{
	struct lt_para	 p;
	char		*style = lt_attr(n, "style"), *align, *id;
	double		 ind;

	memset(&p, 0, sizeof(p));
	p.node = n;
	p.style = lt_style_get(e->ld, style != NULL ? style : "body");
	p.align = p.style->align;
	if ((align = lt_attr(n, "align")) != NULL) {
		p.align = strcmp(align, "right") == 0 ? LT_RIGHT :
		    strcmp(align, "center") == 0 ? LT_CENTER :
		    strcmp(align, "justify") == 0 ? LT_JUSTIFY : LT_LEFT;
		g_free(align);
	}
	/* After an error the text is laid out unindented, never drawn. */
	ind = lt_indent_fits(e, n, p.style, w) ? p.style->indent : 0;
	p.x = x + ind;
	p.w = w - ind;
	p.keep_last = p.style->keep_with_next ? 2 : 0;
	p.no_orphans = true;
	if ((id = lt_attr(n, "id")) != NULL)
		lt_pending_dest(e, id);
	g_free(id);
	lt_space(e, p.style->space_before);
	lt_pending_tag(e, "P", NULL);
	lt_paragraph(e, s, &p);
	lt_tag_end(e, s, "P");
	rule_under(e, s, p.style, p.x, p.w);
	lt_space(e, p.style->space_after);
	g_free(style);
}

static void
figure(struct lt_engine *e, struct lt_sink *s, const xmlNode *n, double x,
    double w)
{
	const xmlNode		*c, *chart = NULL, *caption = NULL;
	struct lt_item		*it;
	struct layout_op	*op;
	struct lt_para		 p;
	char			*v, *alt = NULL, *q, *attrs;
	double			 h;

	for (c = n->children; c != NULL; c = c->next) {
		if (lt_is(c, "caption"))
			caption = c;
		else if (lt_is(c, "alt"))
			alt = lt_text_of(c);
		else if (c->type == XML_ELEMENT_NODE)
			chart = c;
	}
	v = lt_attr(n, "height");
	h = lt_length(v);
	g_free(v);
	if (h > lt_body_height(e) - 40) {
		diag_warning(e->dl, e->ld->file, lt_line(n), "figure taller "
		    "than a page; height reduced to %.0fpt",
		    lt_body_height(e) - 40);
		h = lt_body_height(e) - 40;
	}
	if ((v = lt_attr(n, "id")) != NULL)
		lt_pending_dest(e, v);
	g_free(v);
	lt_space(e, 8);
	q = lt_quote(alt != NULL ? alt : "");
	attrs = g_strdup_printf("alt='%s'", q);
	lt_pending_tag(e, "Figure", attrs);
	g_free(q);
	g_free(attrs);
	it = lt_item_new();
	it->h = h;
	it->keep = caption != NULL ? 2 : 0;
	op = lt_op_add(it->ops, LAYOUT_FIGURE);
	op->x = x;
	op->w = w;
	op->h = h;
	if (chart != NULL && e->ld->kept != NULL) {
		/* Drawn with its page, after the stream has moved on. */
		chart = xmlDocCopyNode((xmlNode *)chart, e->ld->doc, 1);
		g_ptr_array_add(e->ld->kept, (gpointer)chart);
	}
	op->node = chart;
	op->attrs = g_strdup(alt);
	lt_sink_push(e, s, it);
	lt_tag_end(e, s, "Figure");
	if (caption != NULL) {
		memset(&p, 0, sizeof(p));
		p.node = caption;
		p.style = lt_style_get(e->ld, "figure-caption");
		p.align = LT_CENTER;
		p.x = x;
		p.w = w;
		p.no_orphans = true;
		lt_space(e, p.style->space_before);
		lt_pending_tag(e, "Caption", NULL);
		lt_paragraph(e, s, &p);
		lt_tag_end(e, s, "Caption");
	}
	lt_space(e, 10);
	g_free(alt);
}

void
lt_blocks(struct lt_engine *e, struct lt_sink *s, const xmlNode *n,
    double x, double w)
{
	struct lt_item		*it;
	struct layout_op	*op;
	const xmlNode		*next;
	char			*v;

	for (; n != NULL; n = next) {
		next = NULL;
		if (n->type != XML_ELEMENT_NODE)
			goto next;
		/* Sections and tables are read as they are laid out. */
		if (!lt_is(n, "section") && !lt_is(n, "table"))
			lt_complete(e, n);
		if (lt_is(n, "section"))
			section(e, s, n, x, w);
		else if (lt_is(n, "p"))
			paragraph(e, s, n, x, w);
		else if (lt_is(n, "list"))
			lt_list(e, s, n, x, w);
		else if (lt_is(n, "table"))
			lt_table(e, s, n, x, w);
		else if (lt_is(n, "figure"))
			figure(e, s, n, x, w);
		else if (lt_is(n, "toc"))
			lt_toc(e, s, n, x, w);
		else if (lt_is(n, "anchor")) {
			v = lt_attr(n, "id");
			lt_pending_dest(e, v);
			g_free(v);
		} else if (lt_is(n, "page-break")) {
			if (s != &e->main)
				goto next;
			e->breaks++;
			e->pending_space = 0;
		} else if (lt_is(n, "spacer")) {
			it = lt_item_new();
			v = lt_attr(n, "height");
			it->h = lt_length(v);
			g_free(v);
			lt_sink_push(e, s, it);
		} else if (lt_is(n, "rule")) {
			it = lt_item_new();
			op = lt_op_add(it->ops, LAYOUT_STROKE);
			v = lt_attr(n, "width");
			op->lw = v != NULL ? lt_length(v) : 0.5;
			g_free(v);
			v = lt_attr(n, "color");
			op->color = v != NULL ? lt_color(v) : 0x8A96A3;
			g_free(v);
			op->x = x;
			op->w = w;
			op->y = 6 + op->lw / 2;
			it->h = 12 + op->lw;
			lt_sink_push(e, s, it);
		}
next:
		next = lt_next(e, n);
		/* Cell and list content may be laid out more than once. */
		if (s == &e->main)
			lt_release_before(e, next);
	}
}
