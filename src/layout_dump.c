/* Layout dump: a stable text listing of laid-out pages and their boxes, for golden tests. */
#include <string.h>

#include <glib.h>
#include <pango/pango.h>

#include "layout.h"

static void
line_text(GString *out, PangoLayoutLine *line)
{
	const char	*s = pango_layout_get_text(line->layout) +
			    line->start_index;
	const char	*end = s + line->length;
	gunichar	 c;

	for (; s < end; s = g_utf8_next_char(s)) {
		c = g_utf8_get_char(s);
		if (c == 0xad)
			continue;
		if (c == 0x2028 || c == '\n')
			c = ' ';
		g_string_append_unichar(out, c);
	}
}

void
layout_dump_page(GString *out, const struct layout_page *page)
{
	const struct layout_op	*op;
	guint			 i;

	g_string_append_printf(out, "page %d label %s %.1fx%.1f\n",
	    page->number, page->label, page->width, page->height);
	for (i = 0; i < page->ops->len; i++) {
		op = &g_array_index(page->ops, struct layout_op, i);
		switch (op->kind) {
		case LAYOUT_TEXT:
			g_string_append_printf(out, "  text %.1f %.1f \"",
			    op->x, op->y);
			line_text(out, op->line);
			g_string_append(out, "\"\n");
			break;
		case LAYOUT_FILL:
			g_string_append_printf(out,
			    "  fill %.1f %.1f %.1f %.1f #%06X\n", op->x, op->y,
			    op->w, op->h, op->color);
			break;
		case LAYOUT_STROKE:
			g_string_append_printf(out,
			    "  rule %.1f %.1f %.1f %.1f %.2f #%06X\n", op->x,
			    op->y, op->w, op->h, op->lw, op->color);
			break;
		case LAYOUT_FIGURE:
			g_string_append_printf(out, "  figure %.1f %.1f %.1f "
			    "%.1f %s\n", op->x, op->y, op->w, op->h,
			    op->node != NULL ? (const char *)op->node->name :
			    "-");
			break;
		case LAYOUT_TAG_BEGIN:
			g_string_append_printf(out, "  tag %s\n", op->name);
			break;
		case LAYOUT_TAG_END:
			g_string_append_printf(out, "  end %s\n", op->name);
			break;
		case LAYOUT_DEST:
			g_string_append_printf(out, "  dest %s %.1f %.1f\n",
			    op->name, op->x, op->y);
			break;
		case LAYOUT_LINK:
			g_string_append_printf(out,
			    "  link %.1f %.1f %.1f %.1f %s\n", op->x, op->y,
			    op->w, op->h, op->attrs);
			break;
		case LAYOUT_GLYPHS:
			g_string_append_printf(out,
			    "  glyphs %.1f %.1f \"%s\"\n", op->x, op->y,
			    op->name);
			break;
		case LAYOUT_PAGE_REF:
			break;
		case LAYOUT_OUTLINE:
			g_string_append_printf(out,
			    "  outline %.0f \"%s\" %s\n",
			    op->lw, op->name, op->attrs != NULL ? op->attrs :
			    "-");
			break;
		}
	}
}
