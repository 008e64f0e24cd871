/* Layout reuse: the final pass takes the first pass's layout of a paragraph that has not changed. */
#include <string.h>

#include <glib.h>
#include <pango/pango.h>

#include "layout_int.h"

/*
 * A document with ref kind="page" is laid out twice, and only the
 * paragraphs holding such a reference can come out differently: the
 * second pass takes every other paragraph's PangoLayout from the first
 * instead of shaping it again.  The paragraphs are matched by their
 * order and then compared in full (text, attributes, width, style,
 * alignment, indent), so a paragraph whose text changed, or a pass that
 * took another course, is laid out afresh.  What is kept is capped, so
 * that a long document costs shaping time rather than memory.
 */
#define KEEP_TEXT	(1024 * 1024)	/* bytes of text kept at most */
#define LOOK_AHEAD	8

struct lt_reuse {
	GPtrArray	*kept;		/* struct kept, in paragraph order */
	guint		 next;		/* the final pass's next paragraph */
	size_t		 text_bytes;
};

struct kept {
	char			*text;
	PangoAttrList		*attrs;
	const struct lt_style	*style;
	int			 width, indent;
	enum lt_align		 align;
	PangoLayout		*lay;
};

static void
kept_free(gpointer p)
{
	struct kept	*k = p;

	if (k == NULL)
		return;
	g_free(k->text);
	if (k->attrs != NULL)
		pango_attr_list_unref(k->attrs);
	if (k->lay != NULL)
		g_object_unref(k->lay);
	g_free(k);
}

struct lt_reuse *
lt_reuse_new(void)
{
	struct lt_reuse	*r = g_new0(struct lt_reuse, 1);

	r->kept = g_ptr_array_new_with_free_func(kept_free);
	return r;
}

void
lt_reuse_free(struct lt_reuse *r)
{
	if (r == NULL)
		return;
	g_ptr_array_free(r->kept, TRUE);
	g_free(r);
}

void
lt_reuse_keep(struct lt_reuse *r, const char *text, PangoAttrList *attrs,
    const struct lt_style *st, int width, int indent, enum lt_align align,
    PangoLayout *lay)
{
	struct kept	*k;
	size_t		 len = strlen(text);

	k = g_new0(struct kept, 1);
	g_ptr_array_add(r->kept, k);
	k->style = st;
	k->width = width;
	k->indent = indent;
	k->align = align;
	/* Past the cap, a place-holder that never matches keeps the order. */
	if (r->text_bytes + len > KEEP_TEXT)
		return;
	r->text_bytes += len;
	k->text = g_strdup(text);
	k->attrs = pango_attr_list_ref(attrs);
	k->lay = g_object_ref(lay);
}

static bool
same(const struct kept *k, const char *text, PangoAttrList *attrs,
    const struct lt_style *st, int width, int indent, enum lt_align align)
{
	return k != NULL && k->text != NULL && k->style == st && k->width == width &&
	    k->indent == indent && k->align == align &&
	    strcmp(k->text, text) == 0 && pango_attr_list_equal(k->attrs,
	    attrs);
}

/* The same paragraph in shape, whatever its text. */
static bool
same_place(const struct kept *k, const struct lt_style *st, int width,
    int indent, enum lt_align align)
{
	return k->style == st && k->width == width && k->indent == indent &&
	    k->align == align;
}

/* Free what lies before index i, up to and including it. */
static void
pass_to(struct lt_reuse *r, guint i)
{
	for (; r->next <= i; r->next++) {
		kept_free(g_ptr_array_index(r->kept, r->next));
		g_ptr_array_index(r->kept, r->next) = NULL;
	}
}

PangoLayout *
lt_reuse_take(struct lt_reuse *r, const char *text, PangoAttrList *attrs,
    const struct lt_style *st, int width, int indent, enum lt_align align)
{
	struct kept	*k;
	PangoLayout	*lay;
	guint		 i;

	for (i = r->next; i < r->kept->len && i < r->next + LOOK_AHEAD; i++) {
		k = g_ptr_array_index(r->kept, i);
		if (!same(k, text, attrs, st, width, indent, align))
			continue;
		lay = g_object_ref(k->lay);
		pass_to(r, i);
		return lay;
	}
	/* Its text changed (a page number): it is the next one still. */
	if (r->next < r->kept->len && same_place(g_ptr_array_index(r->kept,
	    r->next), st, width, indent, align))
		pass_to(r, r->next);
	return NULL;
}
