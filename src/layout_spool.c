/* Layout spool: finished pages kept as shaped glyph runs in a temporary file until the page count is known. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <cairo.h>
#include <glib.h>
#include <libxml/tree.h>
#include <pango/pangocairo.h>

#include "diag.h"
#include "layout.h"
#include "layout_int.h"

/*
 * The spool: when the page count is shown but no page is referred to
 * from the text, pages are laid out once and written to a temporary
 * file as shaped glyph runs; once the count is known they are read back
 * one at a time, their running heads and TOC numbers added, and drawn.
 * Memory stays that of one page; a second layout pass is saved.
 */
static void
put(struct lt_engine *e, const void *p, size_t n)
{
	if (fwrite(p, 1, n, e->spool) != n && e->failed == 0) {
		diag_add(e->dl, DIAG_SYSTEM, NULL, 0, 0, "cannot write a "
		    "temporary file: %s", g_strerror(errno));
		e->failed = 1;
	}
}

static void
put_str(struct lt_engine *e, const char *s, gssize n)
{
	gint32	 len = s == NULL ? -1 : (gint32)(n < 0 ? strlen(s) :
		    (size_t)n);

	put(e, &len, sizeof(len));
	if (len > 0)
		put(e, s, (size_t)len);
}

static bool
get(struct lt_engine *e, void *p, size_t n)
{
	if (fread(p, 1, n, e->spool) == n)
		return true;
	if (e->failed == 0)
		diag_add(e->dl, DIAG_SYSTEM, NULL, 0, 0, "cannot read a "
		    "temporary file back");
	e->failed = 1;
	memset(p, 0, n);
	return false;
}

static char *
get_str(struct lt_engine *e)
{
	gint32	 len;
	char	*s;

	if (!get(e, &len, sizeof(len)) || len < 0)
		return NULL;
	s = g_malloc((gsize)len + 1);
	get(e, s, (size_t)len);
	s[len] = '\0';
	return s;
}

static gint32
font_index(struct lt_engine *e, PangoFont *f)
{
	guint	 i;

	for (i = 0; i < e->fonts->len; i++)
		if (g_ptr_array_index(e->fonts, i) == f)
			return (gint32)i;
	g_ptr_array_add(e->fonts, g_object_ref(f));
	return (gint32)e->fonts->len - 1;
}

static void
put_op(struct lt_engine *e, const struct layout_op *op)
{
	guintptr	 node = (guintptr)op->node;
	gint32		 kind = op->kind;

	put(e, &kind, sizeof(kind));
	put(e, &op->x, sizeof(double) * 5);
	put(e, &op->color, sizeof(op->color));
	put_str(e, op->name, -1);
	put_str(e, op->attrs, -1);
	put(e, &node, sizeof(node));
}

/*
 * Glyphs copied field by field: Pango leaves the unused bits of each
 * glyph's attr word unset, and valgrind (make check-valgrind) failed on
 * writing them to the spool.
 */
static void
put_glyphs(struct lt_engine *e, const PangoGlyphInfo *in, gint32 ng)
{
	PangoGlyphInfo	*out = g_new0(PangoGlyphInfo, ng > 0 ? ng : 1);
	gint32		 i;

	for (i = 0; i < ng; i++) {
		out[i].glyph = in[i].glyph;
		out[i].geometry = in[i].geometry;
		out[i].attr.is_cluster_start = in[i].attr.is_cluster_start;
#if PANGO_VERSION_CHECK(1, 50, 0)
		out[i].attr.is_color = in[i].attr.is_color;
#endif
	}
	put(e, out, sizeof(PangoGlyphInfo) * (size_t)ng);
	g_free(out);
}

guint32
layout_run_color(const PangoItem *item)
{
	const GSList	*a;
	guint32		 color = 0;

	for (a = item->analysis.extra_attrs; a != NULL; a = a->next) {
		const PangoAttribute *at = a->data;

		if (at->klass->type == PANGO_ATTR_FOREGROUND) {
			PangoColor c = ((const PangoAttrColor *)at)->color;

			color = (guint32)(c.red >> 8) << 16 |
			    (guint32)(c.green >> 8) << 8 |
			    (guint32)(c.blue >> 8);
		}
	}
	return color;
}

void
layout_run_origin(const PangoGlyphItem *run, double x, double y, int *x_off,
    double *run_x, double *run_y)
{
	int	 start = 0, end = 0, rise = 0;

#if PANGO_VERSION_CHECK(1, 50, 0)
	start = run->start_x_offset;
	end = run->end_x_offset;
	rise = run->y_offset;
#endif
	*x_off += start;
	*run_x = x + (double)*x_off / PANGO_SCALE;
	*run_y = y - (double)rise / PANGO_SCALE;
	*x_off += pango_glyph_string_get_width(run->glyphs) + end;
}

/* A text line as one LAYOUT_GLYPHS op per run. */
static gint32
put_line(struct lt_engine *e, const struct layout_op *op, bool count)
{
	const char		*text;
	struct layout_op	 g;
	GSList			*l;
	gint32			 n = 0, fi, ng;
	int			 x_off = 0;

	text = pango_layout_get_text(op->line->layout);
	for (l = op->line->runs; l != NULL; l = l->next, n++) {
		PangoGlyphItem *run = l->data;

		if (count)
			continue;
		memset(&g, 0, sizeof(g));
		g.kind = LAYOUT_GLYPHS;
		layout_run_origin(run, op->x, op->y, &x_off, &g.x, &g.y);
		g.color = layout_run_color(run->item);
		put_op(e, &g);
		put_str(e, text + run->item->offset, run->item->length);
		fi = font_index(e, run->item->analysis.font);
		ng = run->glyphs->num_glyphs;
		put(e, &fi, sizeof(fi));
		put(e, &ng, sizeof(ng));
		put_glyphs(e, run->glyphs->glyphs, ng);
		put(e, run->glyphs->log_clusters, sizeof(int) * (size_t)ng);
	}
	return n;
}

void
lt_spool_page(struct lt_engine *e)
{
	const struct layout_page	*p = e->page;
	guintptr			 tpl = (guintptr)e->tpl;
	gint32				 n = 0;
	guint				 i;

	for (i = 0; i < p->ops->len; i++) {
		const struct layout_op *op = &g_array_index(p->ops,
		    struct layout_op, i);

		n += op->kind == LAYOUT_TEXT ? put_line(e, op, true) : 1;
	}
	put(e, &p->number, sizeof(p->number));
	put_str(e, p->label, -1);
	put(e, &tpl, sizeof(tpl));
	put_str(e, e->section_first, -1);
	put_str(e, e->section_last, -1);
	put(e, &n, sizeof(n));
	for (i = 0; i < p->ops->len; i++) {
		const struct layout_op *op = &g_array_index(p->ops,
		    struct layout_op, i);

		if (op->kind == LAYOUT_TEXT)
			put_line(e, op, false);
		else
			put_op(e, op);
	}
}

static bool
get_op(struct lt_engine *e, struct layout_op *op)
{
	guintptr	 node;
	gint32		 kind, fi, ng;
	char		*text;

	memset(op, 0, sizeof(*op));
	if (!get(e, &kind, sizeof(kind)))
		return false;
	op->kind = kind;
	get(e, &op->x, sizeof(double) * 5);
	get(e, &op->color, sizeof(op->color));
	op->name = get_str(e);
	op->attrs = get_str(e);
	get(e, &node, sizeof(node));
	op->node = (const xmlNode *)node;
	if (op->kind != LAYOUT_GLYPHS)
		return e->failed == 0;
	text = get_str(e);
	get(e, &fi, sizeof(fi));
	get(e, &ng, sizeof(ng));
	if (e->failed || text == NULL || fi < 0 || (guint)fi >= e->fonts->len ||
	    ng < 0) {
		g_free(text);
		e->failed = 1;
		return false;
	}
	op->name = text;
	op->glyphs = g_slice_new0(PangoGlyphItem);
	op->glyphs->item = pango_item_new();
	op->glyphs->item->length = (int)strlen(text);
	op->glyphs->item->num_chars = (int)g_utf8_strlen(text, -1);
	op->glyphs->item->analysis.font = g_object_ref(
	    g_ptr_array_index(e->fonts, fi));
	op->glyphs->glyphs = pango_glyph_string_new();
	pango_glyph_string_set_size(op->glyphs->glyphs, ng);
	get(e, op->glyphs->glyphs->glyphs, sizeof(PangoGlyphInfo) * (size_t)ng);
	get(e, op->glyphs->glyphs->log_clusters, sizeof(int) * (size_t)ng);
	return e->failed == 0;
}

/* Read the spooled pages back and hand each on. */
void
lt_spool_replay(struct lt_engine *e)
{
	struct layout_op	 op;
	guintptr		 tpl;
	gint32			 n, i;
	int			 number;

	rewind(e->spool);
	while (e->failed == 0 && fread(&number, sizeof(number), 1,
	    e->spool) == 1) {
		e->page = g_new0(struct layout_page, 1);
		e->page->number = number;
		e->page->label = get_str(e);
		get(e, &tpl, sizeof(tpl));
		e->tpl = (const struct lt_template *)tpl;
		g_free(e->section_first);
		g_free(e->section_last);
		e->section_first = get_str(e);
		e->section_last = get_str(e);
		get(e, &n, sizeof(n));
		e->page->width = e->tpl->width;
		e->page->height = e->tpl->height;
		e->page->ops = g_array_sized_new(FALSE, TRUE,
		    sizeof(struct layout_op), (guint)n);
		for (i = 0; i < n && e->failed == 0; i++)
			if (get_op(e, &op))
				g_array_append_val(e->page->ops, op);
		if (e->failed == 0)
			lt_hand_on(e);
		lt_page_free(e->page);
		e->page = NULL;
	}
}
