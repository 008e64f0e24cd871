/* Import stage, last step: the matrix -> source/matrix.xml with ids, in a stable order. */
#include <string.h>

#include <glib.h>
#include <libxml/tree.h>
#include <libxml/xmlsave.h>

#include "import.h"

static const char *const col_keys[IMPORT_NCOLS] = { "no", "themes",
    "workshops", "action-plan", "recommendations", "follow-up" };
/* Short names in item ids: cmm4-rec-5-2. */
static const char *const col_ids[IMPORT_NCOLS - 1] = { "thm", "ws", "act",
    "rec", "fup" };

static bool
named(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE &&
	    xmlStrcmp(n->name, BAD_CAST name) == 0;
}

/* Attributes in a fixed order: id, src, marker, checkbox. */
static void
set_attrs(xmlNode *n, const char *id)
{
	xmlChar	*src = xmlGetProp(n, BAD_CAST "src");
	xmlChar	*marker = xmlGetProp(n, BAD_CAST "marker");
	xmlChar	*box = xmlGetProp(n, BAD_CAST "checkbox");
	xmlNode	*c;

	xmlFreePropList(n->properties);
	n->properties = NULL;
	xmlSetProp(n, BAD_CAST "id", BAD_CAST id);
	if (src != NULL)
		xmlSetProp(n, BAD_CAST "src", src);
	if (marker != NULL)
		xmlSetProp(n, BAD_CAST "marker", marker);
	if (box != NULL)
		xmlSetProp(n, BAD_CAST "checkbox", box);
	xmlFree(src);
	xmlFree(marker);
	xmlFree(box);
	/*
	 * Mixed content is written without indentation only when a text
	 * child is present: an empty one keeps "<p><i>x</i></p>" free of
	 * the white space indentation would add inside it.
	 */
	for (c = n->children; c != NULL; c = c->next)
		if (c->type == XML_TEXT_NODE)
			return;
	xmlAddChild(n, xmlNewDocText(n->doc, BAD_CAST ""));
}

/*
 * Number the p and li below n: lists are transparent, so the k-th block
 * of a column is prefix-k whether it is a paragraph or an item; items
 * nested in an item continue its id (cmm4-rec-5-2).
 */
static void
number(xmlNode *n, const char *prefix, int *k)
{
	xmlNode	*c;
	char	*id;
	int	 sub;

	for (c = n->children; c != NULL; c = c->next) {
		if (named(c, "ul") || named(c, "ol"))
			number(c, prefix, k);
		else if (named(c, "p") || named(c, "li")) {
			id = g_strdup_printf("%s-%d", prefix, ++*k);
			set_attrs(c, id);
			sub = 0;
			number(c, id, &sub);
			g_free(id);
		}
	}
}

static xmlNode *
add_text(xmlNode *parent, const char *name, const char *text)
{
	return xmlNewTextChild(parent, NULL, BAD_CAST name, BAD_CAST text);
}

static void
write_meeting(xmlNode *root, const struct import_meeting *mt)
{
	xmlNode	*e, *c, *place;
	char	*s;
	size_t	 i;
	int	 k;

	e = xmlNewChild(root, NULL, BAD_CAST "meeting", NULL);
	s = g_strdup_printf("cmm%d", mt->n);
	xmlSetProp(e, BAD_CAST "id", BAD_CAST s);
	g_free(s);
	s = g_strdup_printf("%d", mt->n);
	xmlSetProp(e, BAD_CAST "n", BAD_CAST s);
	g_free(s);
	if (mt->n_inferred)
		xmlSetProp(e, BAD_CAST "n-inferred", BAD_CAST "true");
	xmlSetProp(e, BAD_CAST "start", BAD_CAST mt->start);
	xmlSetProp(e, BAD_CAST "end", BAD_CAST mt->end);
	xmlSetProp(e, BAD_CAST "src", BAD_CAST mt->src->str);
	add_text(e, "heading", mt->heading);
	add_text(e, "title", mt->title);
	place = xmlNewChild(e, NULL, BAD_CAST "place", NULL);
	xmlSetProp(place, BAD_CAST "country", BAD_CAST mt->code);
	add_text(place, "city", mt->city);
	add_text(place, "country", mt->country);
	add_text(e, "dates", mt->dates);
	for (i = 0; i < IMPORT_NCOLS - 1; i++) {
		c = xmlDocCopyNode(mt->cols[i], root->doc, 1);
		xmlAddChild(e, c);
		s = g_strdup_printf("cmm%d-%s", mt->n, col_ids[i]);
		k = 0;
		number(c, s, &k);
		g_free(s);
	}
}

xmlDoc *
import_write_doc(const struct import_matrix *m)
{
	xmlDoc	*doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNode	*root, *e, *r;
	size_t	 i;

	root = xmlNewDocNode(doc, NULL, BAD_CAST "matrix", NULL);
	xmlDocSetRootElement(doc, root);
	add_text(root, "title", m->title);
	e = xmlNewChild(root, NULL, BAD_CAST "columns", NULL);
	for (i = 0; i < IMPORT_NCOLS; i++)
		xmlSetProp(add_text(e, "column", m->columns[i]), BAD_CAST "key",
		    BAD_CAST col_keys[i]);
	e = xmlNewChild(root, NULL, BAD_CAST "revisions", NULL);
	r = xmlNewChild(e, NULL, BAD_CAST "revision", NULL);
	xmlSetProp(r, BAD_CAST "version", BAD_CAST "1");
	xmlSetProp(r, BAD_CAST "date", BAD_CAST m->rev_date);
	if (m->rev_country != NULL)
		xmlSetProp(r, BAD_CAST "country", BAD_CAST m->rev_country);
	if (m->rev_line > 0) {
		char	*s = g_strdup_printf("%ld", m->rev_line);

		xmlSetProp(r, BAD_CAST "src", BAD_CAST s);
		g_free(s);
	}
	add_text(r, "body", m->rev_body);
	add_text(r, "summary", m->rev_summary);
	for (i = 0; i < m->meetings->len; i++)
		write_meeting(root, g_ptr_array_index(m->meetings, i));
	return doc;
}

char *
import_write_text(const struct import_matrix *m, size_t *len)
{
	xmlDoc	*doc = import_write_doc(m);
	xmlChar	*buf = NULL;
	char	*r;
	int	 n = 0;

	xmlDocDumpFormatMemoryEnc(doc, &buf, &n, "UTF-8", 1);
	xmlFreeDoc(doc);
	r = g_strndup((char *)buf, (gsize)n);
	*len = (size_t)n;
	xmlFree(buf);
	return r;
}

static const char *const mark_names[] = { "none", "bullet", "square",
    "dash", "box", "paren", "dot" };

char *
import_write_dump(struct diag_list *dl, const struct import_table *t)
{
	GString			*s = g_string_new(NULL);
	const struct import_row	*row;
	struct import_piece	*p;
	GPtrArray		*pieces;
	xmlDoc			*doc = xmlNewDoc(BAD_CAST "1.0");
	xmlBuffer		*xb;
	xmlNode			*c;
	size_t			 i, j, k;

	for (i = 0; i < t->title->len; i++) {
		const struct import_line *l = g_ptr_array_index(t->title, i);

		g_string_append_printf(s, "%ld title: %s\n", l->line, l->text);
	}
	g_string_append_printf(s, "%ld headers:", t->header->line);
	for (j = 0; j < IMPORT_NCOLS; j++)
		g_string_append_printf(s, " [%s]", t->header->cells[j]);
	g_string_append_c(s, '\n');
	for (i = 0; i < t->rows->len; i++) {
		row = g_ptr_array_index(t->rows, i);
		g_string_append_printf(s, "%ld row: no [%s]\n", row->line,
		    row->cells[0]);
		for (j = 1; j < IMPORT_NCOLS; j++) {
			if (row->cells[j][0] == '\0')
				continue;
			g_string_append_printf(s, "  %s\n", col_keys[j]);
			pieces = import_cell_parse(dl, t->file, doc,
			    row->line, row->cells[j]);
			for (k = 0; k < pieces->len; k++) {
				p = g_ptr_array_index(pieces, k);
				g_string_append_printf(s, "    %s", p->item ?
				    "li" : "p");
				if (p->item)
					g_string_append_printf(s, " %s",
					    mark_names[p->mark]);
				if (p->marker != NULL)
					g_string_append_printf(s, " [%s]",
					    p->marker);
				if (p->checkbox)
					g_string_append(s, " checkbox");
				g_string_append(s, ": ");
				xb = xmlBufferCreate();
				for (c = p->node->children; c != NULL;
				    c = c->next)
					xmlNodeDump(xb, doc, c, 0, 0);
				g_string_append(s,
				    (const char *)xmlBufferContent(xb));
				xmlBufferFree(xb);
				g_string_append_c(s, '\n');
			}
			g_ptr_array_unref(pieces);
		}
	}
	xmlFreeDoc(doc);
	return g_string_free(s, FALSE);
}
