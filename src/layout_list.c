/* Layout lists: markers (bullets, numbers, check boxes, as written), their widths and the items' text beside them. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <libxml/tree.h>
#include <pango/pangocairo.h>

#include "diag.h"
#include "layout.h"
#include "layout_int.h"

/* The space between a list marker and its item's text. */
#define MARKER_GAP	4.0

static char *
marker(const xmlNode *list, const xmlNode *item, const char *kind, long n)
{
	char	*m = lt_attr(item, "marker"), *checked;
	bool	 on;

	if (m != NULL)
		return m;
	if (kind == NULL || strcmp(kind, "bullet") == 0)
		return g_strdup("\xe2\x80\xa2");
	if (strcmp(kind, "dash") == 0)
		return g_strdup("\xe2\x80\x93");
	if (strcmp(kind, "ordered") == 0)
		return g_strdup_printf("%ld.", n);
	if (strcmp(kind, "check") == 0) {
		checked = lt_attr(item, "checked");
		on = checked != NULL && strcmp(checked, "true") == 0;
		g_free(checked);
		return g_strdup(on ? "\xe2\x98\x91" : "\xe2\x98\x90");
	}
	(void)list;
	return g_strdup("");
}

/*
 * The laid-out marker, shared by every item with the same marker, style
 * and column: a list of a thousand bullets shapes one.  Borrowed.
 */
static PangoLayout *
marker_layout(struct lt_engine *e, const struct lt_style *st, const char *m,
    double w, const xmlNode *item)
{
	struct layout_doc	*ld = e->ld;
	PangoLayout		*lay;
	char			*key;

	if (ld->markers == NULL)
		ld->markers = g_hash_table_new_full(g_str_hash, g_str_equal,
		    g_free, g_object_unref);
	key = g_strdup_printf("%s %s %.2f", st->name, m, w);
	if ((lay = g_hash_table_lookup(ld->markers, key)) != NULL) {
		g_free(key);
		return lay;
	}
	/* One line, never wrapped ("10." in a narrow column). */
	lay = lt_simple_layout(e, st, m, -1, LT_LEFT);
	if (pango_layout_get_unknown_glyphs_count(lay) > 0)
		diag_error(e->dl, ld->file, lt_line(item),
		    "no bundled font has the list marker: %s", m);
	g_hash_table_insert(ld->markers, key, lay);
	return lay;
}

/*
 * The number of an ordered list's first item.  The schema takes any
 * positive start, but "%d." printed 2147483647 + 1 as -2147483648 and a
 * start of 20 digits as -1: a list whose last number would pass INT_MAX
 * is an error, and numbered from 1.
 */
static long
list_start(struct lt_engine *e, const xmlNode *list, const char *kind)
{
	const xmlNode	*c;
	char		*start;
	guint64		 first, items = 0;

	if (kind == NULL || strcmp(kind, "ordered") != 0 ||
	    (start = lt_attr(list, "start")) == NULL)
		return 1;
	for (c = list->children; c != NULL; c = c->next)
		if (lt_is(c, "item"))
			items++;
	errno = 0;
	first = g_ascii_strtoull(start, NULL, 10);
	if (errno == ERANGE || first + items - 1 > INT_MAX) {
		diag_error(e->dl, e->ld->file, lt_line(list), "an ordered "
		    "list from %s would number its last item past %d: use "
		    "a smaller start", g_strstrip(start), INT_MAX);
		first = 1;
	}
	g_free(start);
	return (long)first;
}

/*
 * The width of the list's widest marker: numbers from n on, or the
 * items' own markers.
 */
static double
widest_marker(struct lt_engine *e, const struct lt_style *st,
    const xmlNode *list, const char *kind, long n, double mw)
{
	const xmlNode	*item;
	PangoRectangle	 log;
	double		 widest = 0;
	char		*m;

	for (item = list->children; item != NULL; item = item->next) {
		if (!lt_is(item, "item"))
			continue;
		m = marker(list, item, kind, n++);
		if (*m != '\0') {
			pango_layout_get_extents(marker_layout(e, st, m, mw,
			    item), NULL, &log);
			if ((double)log.width / PANGO_SCALE > widest)
				widest = (double)log.width / PANGO_SCALE;
		}
		g_free(m);
	}
	return widest;
}

void
lt_list(struct lt_engine *e, struct lt_sink *s, const xmlNode *list,
    double x, double w)
{
	const struct lt_style	*st;
	const xmlNode		*item;
	struct lt_sink		 c;
	struct lt_item		*first, *it;
	struct layout_op	 pre[6];
	PangoLayout		*lay;
	PangoRectangle		 mlog;
	char			*style, *kind, *m, *id;
	double			 ind, mw, widest, base;
	long			 n;
	int			 npre;
	guint			 i;
	bool			 first_item = true, reduced;

	style = lt_attr(list, "style");
	st = lt_style_get(e->ld, style != NULL ? style : "list");
	kind = lt_attr(list, "kind");
	n = list_start(e, list, kind);
	ind = st->indent > 0 ? st->indent : 15;
	/* Deep nesting stops indenting before the text has no room. */
	if ((reduced = w - ind < LT_MIN_TEXT_W)) {
		ind = w > LT_MIN_TEXT_W ? w - LT_MIN_TEXT_W : 0;
		diag_warning(e->dl, e->ld->file, lt_line(list), "list nested "
		    "too deep for its width; indentation reduced");
	}
	/*
	 * A marker may hang left of the list by as much as the gap after
	 * it ("10." in the 15pt indent does, by 3.4pt); a wider one was
	 * drawn over the neighbouring cell or off the page.  Then every
	 * item's text moves right, so that the text and the markers' ends
	 * still line up, as a typesetter sizes the labels to the widest.
	 * A list nested too deep (warned above) does not, or 40 levels of
	 * bullets would take the text's last point.
	 */
	mw = ind - MARKER_GAP;
	widest = widest_marker(e, st, list, kind, n, mw);
	if (!reduced && widest > ind) {
		if (w - widest - MARKER_GAP >= lt_least_text_w(w))
			ind = widest + MARKER_GAP;
		else
			diag_error(e->dl, e->ld->file, lt_line(list), "a list "
			    "marker %.0fpt wide leaves its items less than "
			    "%.0fpt of a %.0fpt column: shorten it", widest,
			    lt_least_text_w(w), w);
	}
	if ((id = lt_attr(list, "id")) != NULL)
		lt_pending_dest(e, id);
	g_free(id);
	lt_space(e, st->space_before);
	for (item = list->children; item != NULL; item = item->next) {
		if (!lt_is(item, "item"))
			continue;
		lt_collect_init(&c, e);
		if ((id = lt_attr(item, "id")) != NULL)
			lt_pending_dest(e, id);
		g_free(id);
		if (lt_has_blocks(item))
			lt_blocks(e, &c, item->children, x + ind, w - ind);
		else {
			struct lt_para p;

			memset(&p, 0, sizeof(p));
			p.node = item;
			p.style = st;
			p.align = st->align;
			p.x = x + ind;
			p.w = w - ind;
			p.no_orphans = true;
			lt_pending_tag(e, "P", NULL);
			lt_paragraph(e, &c, &p);
			lt_tag_end(e, &c, "P");
		}
		if (c.items->len == 0)
			lt_sink_push(e, &c, lt_item_new());
		first = g_ptr_array_index(c.items, 0);
		/* Marker and structure in front of the item's first line. */
		m = marker(list, item, kind, n++);
		/* On the first line of text: in a table, its first row's. */
		base = first->row != NULL ? lt_row_baseline(first) :
		    first->baseline;
		npre = 0;
		memset(pre, 0, sizeof(pre));
		if (!e->no_tags) {
			if (first_item) {
				pre[npre].kind = LAYOUT_TAG_BEGIN;
				pre[npre].name = g_strdup("L");
				pre[npre++].attrs = g_strdup("");
			}
			pre[npre].kind = LAYOUT_TAG_BEGIN;
			pre[npre].name = g_strdup("LI");
			pre[npre++].attrs = g_strdup("");
			pre[npre].kind = LAYOUT_TAG_BEGIN;
			pre[npre].name = g_strdup("Lbl");
			pre[npre++].attrs = g_strdup("");
		}
		if (*m != '\0') {
			lay = marker_layout(e, st, m, mw, item);
			pango_layout_get_extents(lay, NULL, &mlog);
			/* No text first (a rule, a figure): at the top. */
			if (base <= 0)
				base = (double)pango_layout_get_baseline(lay) /
				    PANGO_SCALE;
			pre[npre].kind = LAYOUT_TEXT;
			/* Right-aligned 4pt before the item's text. */
			pre[npre].x = x + ind - MARKER_GAP -
			    (double)mlog.width / PANGO_SCALE;
			pre[npre].y = base;
			pre[npre].layout = g_object_ref(lay);
			pre[npre++].line = pango_layout_line_ref(
			    pango_layout_get_line_readonly(lay, 0));
		}
		if (!e->no_tags) {
			pre[npre].kind = LAYOUT_TAG_END;
			pre[npre++].name = g_strdup("Lbl");
			pre[npre].kind = LAYOUT_TAG_BEGIN;
			pre[npre].name = g_strdup("LBody");
			pre[npre++].attrs = g_strdup("");
		}
		g_array_prepend_vals(first->ops, pre, (guint)npre);
		g_free(m);
		lt_tag_end(e, &c, "LBody");
		lt_tag_end(e, &c, "LI");
		if (!first_item && first->space < st->space_after)
			first->space = st->space_after;
		/* An item splits between lines only when it must. */
		for (i = 0; i < c.items->len; i++) {
			it = g_ptr_array_index(c.items, i);
			if (i + 1 < c.items->len && it->keep < 1)
				it->keep = 1;
			g_ptr_array_index(c.items, i) = NULL;
			lt_sink_push(e, s, it);
		}
		lt_collect_free(&c);
		first_item = false;
	}
	lt_tag_end(e, s, "L");
	lt_space(e, st->space_after + 3);
	g_free(style);
	g_free(kind);
}
