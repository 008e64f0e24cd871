/* Layout text: inline content -> Pango paragraphs, cut into line items (hyphenation, overflow, missing glyphs). */
#include <string.h>

#include <glib.h>
#include <libxml/tree.h>
#include <pango/pangocairo.h>

#include "diag.h"
#include "layout.h"
#include "layout_int.h"

double
lt_least_text_w(double w)
{
	return w / 2 < LT_MIN_TEXT_W ? w / 2 : LT_MIN_TEXT_W;
}

struct span {
	guint	 start, end;
	char	*attrs;		/* link: dest='..' or uri='..'; anchor: id */
	bool	 uri;
};

struct inl {
	struct lt_engine	*e;
	GString			*text;
	PangoAttrList		*attrs;
	GArray			*links;		/* struct span */
	GArray			*anchors;	/* struct span, start only */
	bool			 hyph;
	int			 nobr;
	int			 uri;
};

static void walk(struct inl *, const xmlNode *);

char *
lt_quote(const char *s)
{
	GString	*g = g_string_new(NULL);

	for (; *s != '\0'; s++) {
		if (*s == '\'' || *s == '\\')
			g_string_append_c(g, '\\');
		g_string_append_c(g, *s);
	}
	return g_string_free(g, FALSE);
}

static bool
ends_blank(const GString *t)
{
	return t->len == 0 || t->str[t->len - 1] == ' ' ||
	    t->str[t->len - 1] == '\n';
}

/* Append text with white space collapsed, as HTML does. */
static void
add_text(struct inl *b, const char *s)
{
	GString		*g = g_string_new(NULL);
	char		*h;
	bool		 blank = ends_blank(b->text);

	for (; *s != '\0'; s++) {
		if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
			if (!blank) {
				if (b->nobr > 0)
					g_string_append(g, "\xc2\xa0");
				else
					g_string_append_c(g, ' ');
			}
			blank = true;
			continue;
		}
		g_string_append_c(g, *s);
		blank = false;
	}
	if (b->hyph && b->uri == 0 && b->nobr == 0) {
		h = lt_hyphenate(b->e->ld, g->str, g->len);
		g_string_append(b->text, h);
		g_free(h);
	} else
		g_string_append_len(b->text, g->str, g->len);
	g_string_free(g, TRUE);
}

static void
attr(struct inl *b, PangoAttribute *a, guint start)
{
	a->start_index = start;
	a->end_index = (guint)b->text->len;
	pango_attr_list_insert(b->attrs, a);
}

static void
color_attr(struct inl *b, guint32 c, guint start)
{
	attr(b, pango_attr_foreground_new((guint16)(((c >> 16) & 0xff) * 257),
	    (guint16)(((c >> 8) & 0xff) * 257), (guint16)((c & 0xff) * 257)),
	    start);
}

static void
ref_text(struct inl *b, const xmlNode *n)
{
	char			*to, *kind;
	struct lt_target	*t;

	to = lt_attr(n, "to");
	kind = lt_attr(n, "kind");
	t = to != NULL ? g_hash_table_lookup(b->e->ld->targets, to) : NULL;
	if (kind != NULL && strcmp(kind, "title") == 0)
		add_text(b, t != NULL ? lt_target_title(t) : "?");
	else if (t != NULL && t->label != NULL)
		g_string_append(b->text, t->label);
	else
		/* First pass: a stand-in of typical width. */
		g_string_append(b->text, "00");
	g_free(to);
	g_free(kind);
}

static void
element(struct inl *b, const xmlNode *n)
{
	guint			 start = (guint)b->text->len;
	struct span		 sp;
	const struct lt_style	*st;
	char			*v, *q;

	if (lt_is(n, "em")) {
		walk(b, n);
		attr(b, pango_attr_style_new(PANGO_STYLE_ITALIC), start);
	} else if (lt_is(n, "strong")) {
		walk(b, n);
		attr(b, pango_attr_weight_new(PANGO_WEIGHT_BOLD), start);
	} else if (lt_is(n, "nobr")) {
		b->nobr++;
		walk(b, n);
		b->nobr--;
	} else if (lt_is(n, "link")) {
		memset(&sp, 0, sizeof(sp));
		if ((v = lt_attr(n, "href")) != NULL) {
			/* PDF URIs are ASCII: escape the rest as UTF-8. */
			q = g_uri_escape_string(v,
			    G_URI_RESERVED_CHARS_GENERIC_DELIMITERS
			    G_URI_RESERVED_CHARS_SUBCOMPONENT_DELIMITERS "%",
			    FALSE);
			g_free(v);
			v = q;
			q = lt_quote(v);
			sp.attrs = g_strdup_printf("uri='%s'", q);
			sp.uri = true;
			g_free(q);
			b->uri++;
		} else {
			v = lt_attr(n, "to");
			q = lt_quote(v != NULL ? v : "");
			sp.attrs = g_strdup_printf("dest='%s'", q);
			g_free(q);
		}
		g_free(v);
		walk(b, n);
		if (sp.uri)
			b->uri--;
		sp.start = start;
		sp.end = (guint)b->text->len;
		color_attr(b, lt_style_get(b->e->ld, "link")->color, start);
		g_array_append_val(b->links, sp);
	} else if (lt_is(n, "ref")) {
		ref_text(b, n);
	} else if (lt_is(n, "span")) {
		v = lt_attr(n, "style");
		walk(b, n);
		if (v != NULL) {
			st = lt_style_get(b->e->ld, v);
			attr(b, pango_attr_font_desc_new(st->font), start);
			color_attr(b, st->color, start);
		}
		g_free(v);
		if ((v = lt_attr(n, "color")) != NULL)
			color_attr(b, lt_color(v), start);
		g_free(v);
	} else if (lt_is(n, "br")) {
		while (b->text->len > 0 &&
		    b->text->str[b->text->len - 1] == ' ')
			g_string_truncate(b->text, b->text->len - 1);
		/* A paragraph break for Pango: the line before it is not
		 * justified, as U+2028 would have it be. */
		g_string_append_c(b->text, '\n');
	} else if (lt_is(n, "anchor")) {
		memset(&sp, 0, sizeof(sp));
		sp.start = start;
		sp.attrs = lt_attr(n, "id");
		g_array_append_val(b->anchors, sp);
	}
}

static void
walk(struct inl *b, const xmlNode *n)
{
	const xmlNode	*c;

	for (c = n->children; c != NULL; c = c->next) {
		if (c->type == XML_TEXT_NODE)
			add_text(b, (const char *)c->content);
		else if (c->type == XML_ELEMENT_NODE)
			element(b, c);
	}
}

static void
spans_free(GArray *a)
{
	guint	 i;

	for (i = 0; i < a->len; i++)
		g_free(g_array_index(a, struct span, i).attrs);
	g_array_free(a, TRUE);
}

PangoLayout *
lt_simple_layout(struct lt_engine *e, const struct lt_style *st,
    const char *text, double w, enum lt_align align)
{
	PangoLayout	*lay = pango_layout_new(e->ld->pc);

	pango_layout_set_font_description(lay, st->font);
	pango_layout_set_width(lay, w < 0 ? -1 : (int)(w * PANGO_SCALE));
	pango_layout_set_wrap(lay, PANGO_WRAP_WORD_CHAR);
	pango_layout_set_alignment(lay, align == LT_RIGHT ? PANGO_ALIGN_RIGHT :
	    align == LT_CENTER ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
	pango_layout_set_text(lay, text, -1);
	return lay;
}

double
lt_line_left(PangoLayout *lay)
{
	PangoLayoutIter	*iter = pango_layout_get_iter(lay);
	PangoRectangle	 log;

	pango_layout_iter_get_line_extents(iter, NULL, &log);
	pango_layout_iter_free(iter);
	return (double)log.x / PANGO_SCALE;
}

void
lt_text_op(GArray *ops, PangoLayoutLine *line, double x, double baseline)
{
	struct layout_op	*op = lt_op_add(ops, LAYOUT_TEXT);

	op->x = x;
	op->y = baseline;
	op->line = pango_layout_line_ref(line);
	op->layout = g_object_ref(line->layout);
}

/* Name the first character no bundled font covers. */
void
lt_unknown_glyphs(struct lt_engine *e, PangoLayout *lay, long line_no)
{
	const char	*text = pango_layout_get_text(lay);
	GSList		*l;
	PangoLayoutLine	*line;
	int		 i;

	for (i = 0; i < pango_layout_get_line_count(lay); i++) {
		line = pango_layout_get_line_readonly(lay, i);
		for (l = line->runs; l != NULL; l = l->next) {
			PangoGlyphItem	*run = l->data;
			int		 g;

			for (g = 0; g < run->glyphs->num_glyphs; g++) {
				gunichar c;

				if (!(run->glyphs->glyphs[g].glyph &
				    PANGO_GLYPH_UNKNOWN_FLAG))
					continue;
				c = g_utf8_get_char(text + run->item->offset +
				    run->glyphs->log_clusters[g]);
				diag_error(e->dl, e->ld->file, line_no,
				    "no bundled font has the character "
				    "U+%04X", (unsigned)c);
				return;
			}
		}
	}
}

/* True when a line of text has a space other than at its end. */
static bool
has_inner_space(const char *text, const PangoLayoutLine *line)
{
	int	 end = line->start_index + line->length;

	while (end > line->start_index && text[end - 1] == ' ')
		end--;
	return memchr(text + line->start_index, ' ',
	    (size_t)(end - line->start_index)) != NULL;
}

/*
 * The first line wider than w that is one unbreakable token, or NULL.
 * (A justified line ending in a drawn hyphen may pass w by a hair.)
 */
static PangoLayoutLine *
overflow(PangoLayout *lay, double w)
{
	const char	*text = pango_layout_get_text(lay);
	GSList		*l;
	PangoLayoutLine	*line;
	PangoRectangle	 log;

	for (l = pango_layout_get_lines_readonly(lay); l != NULL; l = l->next) {
		line = l->data;
		pango_layout_line_get_extents(line, NULL, &log);
		if ((double)log.width / PANGO_SCALE <= w + 1)
			continue;
		if (!has_inner_space(text, line))
			return line;
	}
	return NULL;
}

static char *
excerpt(const char *text, const PangoLayoutLine *line)
{
	const char	*s = text + line->start_index;
	GString		*g = g_string_new(NULL);
	gunichar	 c;
	int		 n = 0;

	while (*s != '\0' && *s != ' ' && n < 40) {
		c = g_utf8_get_char(s);
		if (c != 0xad) {
			g_string_append_unichar(g, c);
			n++;
		}
		s = g_utf8_next_char(s);
	}
	if (*s != '\0' && *s != ' ')
		g_string_append(g, "...");
	return g_string_free(g, FALSE);
}

/*
 * The longest paragraph laid out, in bytes.  Beyond some hundreds of
 * thousands of characters Pango 1.50 and HarfBuzz stop measuring (a
 * 750,000-byte paragraph came back as one line of width 0, a 1.6 MB one
 * broke for 300,000 bytes and put the rest on one line): a clear error
 * is better than text running off the page.
 */
#define MAX_PARAGRAPH	200000

/*
 * For a justified paragraph, the same paragraph unjustified when one of
 * its wrapped lines is a single word, else NULL.  Pango 1.50 justifies
 * such a line by spacing its letters ("h e r i t a g e"), which reads
 * badly and makes the copied text "h e r i t a g e" too; set flush left
 * instead, as a typesetter does.  Justifying moves no line break, so
 * line i of the copy is line i of lay.
 */
static PangoLayout *
unjustified(PangoLayout *lay)
{
	const char	*text = pango_layout_get_text(lay);
	PangoLayout	*plain;
	GSList		*l;

	if (!pango_layout_get_justify(lay))
		return NULL;
	for (l = pango_layout_get_lines_readonly(lay); l != NULL &&
	    l->next != NULL; l = l->next)
		if (!has_inner_space(text, l->data))
			break;
	if (l == NULL || l->next == NULL)
		return NULL;
	plain = pango_layout_copy(lay);
	pango_layout_set_justify(plain, FALSE);
	if (pango_layout_get_line_count(plain) !=
	    pango_layout_get_line_count(lay)) {
		g_object_unref(plain);
		return NULL;
	}
	return plain;
}

/* The length of t as written: without the soft hyphens added. */
static size_t
own_length(const GString *t)
{
	size_t	 i, n = t->len;

	for (i = 0; i + 1 < t->len; i++)
		if ((guchar)t->str[i] == 0xc2 && (guchar)t->str[i + 1] == 0xad)
			n -= 2;
	return n;
}

/*
 * The longest run of characters without a break opportunity laid out.
 * Pango 1.50 breaks such a run between characters in time quadratic in
 * its length.  In a 20pt table column a word of 2,000 characters took
 * 0.45 s, 5,000 2.1 s, 10,000 7.4 s, 20,000 30 s; in a paragraph
 * 20,000 took 1.0 s and 80,000 4.6 s.
 */
#define MAX_RUN	5000

/*
 * The longest run of t in characters, between spaces, newlines and
 * zero-width spaces (U+200B).  A no-break space (U+00A0, as nobr writes
 * spaces) is part of the run; soft hyphens (U+00AD, from hyphenation)
 * neither count nor end it.
 */
static size_t
longest_run(const GString *t)
{
	const guchar	*c = (const guchar *)t->str;
	size_t		 i, run = 0, longest = 0;

	for (i = 0; i < t->len; i++) {
		if (c[i] == ' ' || c[i] == '\n' || (i + 2 < t->len &&
		    c[i] == 0xe2 && c[i + 1] == 0x80 && c[i + 2] == 0x8b)) {
			run = 0;
			continue;
		}
		if (i + 1 < t->len && c[i] == 0xc2 && c[i + 1] == 0xad) {
			i++;
			continue;
		}
		if ((c[i] & 0xc0) != 0x80 && ++run > longest)
			longest = run;
	}
	return longest;
}

void
lt_paragraph(struct lt_engine *e, struct lt_sink *s, const struct lt_para *p)
{
	const struct lt_style	*st = p->style;
	struct inl		 b;
	PangoLayout		*lay, *plain;
	PangoLayoutIter		*iter;
	PangoLayoutLine		*line, *wide;
	PangoFontMetrics	*fm;
	PangoRectangle		 log;
	struct lt_item		*it;
	struct layout_op	*op;
	GPtrArray		*lines;
	double			 pitch, base_h, lh, asc, top, h;
	int			*ranges, nr, k, n, i, width, indent;
	guint			 j;
	size_t			 written, run;
	char			*ex;
	bool			 fresh;

	memset(&b, 0, sizeof(b));
	b.e = e;
	b.text = g_string_new(NULL);
	b.attrs = pango_attr_list_new();
	b.links = g_array_new(FALSE, TRUE, sizeof(struct span));
	b.anchors = g_array_new(FALSE, TRUE, sizeof(struct span));
	b.hyph = st->hyphenate;
	if (p->text != NULL)
		add_text(&b, p->text);
	else
		walk(&b, p->node);
	while (b.text->len > 0 && b.text->str[b.text->len - 1] == ' ')
		g_string_truncate(b.text, b.text->len - 1);
	if (b.text->len > MAX_PARAGRAPH &&
	    (written = own_length(b.text)) > MAX_PARAGRAPH) {
		diag_error(e->dl, e->ld->file, p->node != NULL ?
		    lt_line(p->node) : p->line, "a paragraph of %zu bytes, "
		    "longer than the %d Pango lays out reliably: split it",
		    written, MAX_PARAGRAPH);
		g_string_truncate(b.text, 0);
	}
	if (b.text->len > MAX_RUN && (run = longest_run(b.text)) > MAX_RUN) {
		diag_error(e->dl, e->ld->file, p->node != NULL ?
		    lt_line(p->node) : p->line, "a run of %zu characters "
		    "with no space to break at, longer than the %d Pango "
		    "breaks in good time: add spaces or U+200B", run, MAX_RUN);
		g_string_truncate(b.text, 0);
	}
	if (st->caps)
		pango_attr_list_insert_before(b.attrs,
		    pango_attr_text_transform_new(
		    PANGO_TEXT_TRANSFORM_UPPERCASE));
	if (st->letter_spacing != 0)
		pango_attr_list_insert_before(b.attrs,
		    pango_attr_letter_spacing_new(
		    (int)(st->letter_spacing * PANGO_SCALE)));
	for (j = 0; j < b.links->len; j++) {
		struct span *sp = &g_array_index(b.links, struct span, j);
		PangoAttribute *a;

		if (!sp->uri)
			continue;
		/* A URL broken across lines gets no invented hyphen. */
		a = pango_attr_insert_hyphens_new(FALSE);
		a->start_index = sp->start;
		a->end_index = sp->end;
		pango_attr_list_insert(b.attrs, a);
	}
	{
		PangoAttribute *a = pango_attr_foreground_new(
		    (guint16)(((st->color >> 16) & 0xff) * 257),
		    (guint16)(((st->color >> 8) & 0xff) * 257),
		    (guint16)((st->color & 0xff) * 257));
		pango_attr_list_insert_before(b.attrs, a);
	}
	width = (int)(p->w * PANGO_SCALE);
	indent = (int)((st->first_indent + p->indent) * PANGO_SCALE);
	lay = e->final && e->ld->reuse != NULL ? lt_reuse_take(e->ld->reuse,
	    b.text->str, b.attrs, st, width, indent, p->align) : NULL;
	fresh = lay == NULL;
	if (fresh) {
		lay = pango_layout_new(e->ld->pc);
		pango_layout_set_font_description(lay, st->font);
		pango_layout_set_width(lay, width);
		pango_layout_set_wrap(lay, PANGO_WRAP_WORD);
		pango_layout_set_alignment(lay, p->align == LT_RIGHT ?
		    PANGO_ALIGN_RIGHT : p->align == LT_CENTER ?
		    PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
		pango_layout_set_justify(lay, p->align == LT_JUSTIFY);
		pango_layout_set_indent(lay, indent);
		pango_layout_set_text(lay, b.text->str, (int)b.text->len);
		pango_layout_set_attributes(lay, b.attrs);
	}
	if (pango_layout_get_unknown_glyphs_count(lay) > 0)
		lt_unknown_glyphs(e, lay, p->node != NULL ? lt_line(p->node) :
		    p->line);
	/* A kept layout never overflowed (see below). */
	if (fresh && (wide = overflow(lay, p->w)) != NULL) {
		ex = excerpt(b.text->str, wide);
		diag_warning(e->dl, e->ld->file, p->node != NULL ?
		    lt_line(p->node) : p->line,
		    "word wider than its column (%.0fpt), broken: %s",
		    p->w, ex);
		g_free(ex);
		pango_layout_set_wrap(lay, PANGO_WRAP_WORD_CHAR);
	} else if (fresh && !e->final && e->ld->reuse != NULL)
		lt_reuse_keep(e->ld->reuse, b.text->str, b.attrs, st, width,
		    indent, p->align, lay);

	/* Metrics cost a sample layout each time: measured once a style. */
	if (st->font_h == 0) {
		fm = pango_context_get_metrics(e->ld->pc, st->font, NULL);
		((struct lt_style *)st)->font_h = (double)(
		    pango_font_metrics_get_ascent(fm) +
		    pango_font_metrics_get_descent(fm)) / PANGO_SCALE;
		pango_font_metrics_unref(fm);
	}
	base_h = st->font_h;
	pitch = st->size * st->leading;

	lines = g_ptr_array_new();
	plain = unjustified(lay);
	iter = pango_layout_get_iter(lay);
	do {
		line = pango_layout_iter_get_line_readonly(iter);
		if (plain != NULL && !pango_layout_iter_at_last_line(iter) &&
		    !has_inner_space(b.text->str, line))
			line = pango_layout_get_line_readonly(plain,
			    (int)lines->len);
		pango_layout_iter_get_line_extents(iter, NULL, &log);
		lh = (double)log.height / PANGO_SCALE;
		asc = (double)(pango_layout_iter_get_baseline(iter) - log.y) /
		    PANGO_SCALE;
		h = pitch * (lh > base_h * 1.05 ? lh / base_h : 1);
		it = lt_item_new();
		it->h = h;
		top = 0;
		it->baseline = top + (h - lh) / 2 + asc;
		lt_text_op(it->ops, line, p->x + (double)log.x / PANGO_SCALE,
		    it->baseline);
		for (j = 0; j < b.links->len; j++) {
			struct span *sp = &g_array_index(b.links,
			    struct span, j);

			if ((int)sp->end <= line->start_index ||
			    (int)sp->start >= line->start_index + line->length)
				continue;
			pango_layout_line_get_x_ranges(line, (int)sp->start,
			    (int)sp->end, &ranges, &nr);
			for (k = 0; k < nr; k++) {
				op = lt_op_add(it->ops, LAYOUT_LINK);
				op->x = p->x + (double)ranges[2 * k] /
				    PANGO_SCALE;
				op->w = (double)(ranges[2 * k + 1] -
				    ranges[2 * k]) / PANGO_SCALE;
				op->y = 0;
				op->h = h;
				op->attrs = g_strdup(sp->attrs);
			}
			g_free(ranges);
		}
		for (j = 0; j < b.anchors->len; j++) {
			struct span *sp = &g_array_index(b.anchors,
			    struct span, j);

			if ((int)sp->start < line->start_index ||
			    ((int)sp->start >= line->start_index +
			    line->length && !pango_layout_iter_at_last_line(
			    iter)))
				continue;
			if (sp->attrs == NULL)
				continue;
			op = lt_op_add(it->ops, LAYOUT_DEST);
			op->x = p->x;
			op->name = sp->attrs;
			sp->attrs = NULL;
		}
		g_ptr_array_add(lines, it);
	} while (pango_layout_iter_next_line(iter));
	pango_layout_iter_free(iter);
	if (plain != NULL)
		g_object_unref(plain);

	n = (int)lines->len;
	for (i = 0; i < n; i++) {
		it = g_ptr_array_index(lines, i);
		if (i == n - 1)
			it->keep = p->keep_last;
		else if (p->keep_last == 2 && st->keep_with_next)
			it->keep = 2;	/* a heading stays whole */
		else if (p->no_orphans && (n <= 3 || i == 0 || i == n - 2))
			it->keep = 2;	/* two lines at least each side */
		lt_sink_push(e, s, it);
	}
	g_ptr_array_free(lines, TRUE);
	g_object_unref(lay);
	pango_attr_list_unref(b.attrs);
	spans_free(b.links);
	spans_free(b.anchors);
	g_string_free(b.text, TRUE);
}

bool
lt_indent_fits(struct lt_engine *e, const xmlNode *n,
    const struct lt_style *st, double w)
{
	double	 ind = st->indent + st->first_indent;
	double	 least = lt_least_text_w(w);

	if (ind == 0 || w - ind >= least)
		return true;
	diag_error(e->dl, e->ld->file, lt_line(n), "style %s indents this "
	    "%s by %.0fpt in a column of %.0fpt, leaving its text less than "
	    "%.0fpt: reduce indent or first-indent", st->name,
	    lt_is(n, "title") ? "heading" : "paragraph", ind, w, least);
	return false;
}
