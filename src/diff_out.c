/* Changes stage: the matched changes as plain text (stdout) and as XML for xsl/changes.xsl. */
#include <string.h>

#include <glib.h>
#include <libxml/tree.h>

#include "diff.h"

static const char *const kind_names[] = {
	"meeting-added", "meeting-removed", "meeting-edited",
	"item-added", "item-removed", "item-moved", "item-edited"
};

/* For the summary line, in the order of enum diff_kind. */
static const char *const kind_summary[] = {
	"meeting added", "meeting removed", "meeting field edited",
	"item added", "item removed", "item moved", "item edited"
};
static const char *const kind_summary_pl[] = {
	"meetings added", "meetings removed", "meeting fields edited",
	"items added", "items removed", "items moved", "items edited"
};

static void
place_text(GString *s, const struct diff_place *p, bool position)
{
	g_string_append_printf(s, "meeting %ld, %s", p->n, p->column);
	if (p->parent != NULL)
		g_string_append_printf(s, ", in %s", p->parent);
	if (position)
		g_string_append_printf(s, ", #%zu", p->position);
}

static void
side_text(GString *s, const char *mark, const struct diff_side *side)
{
	g_string_append_printf(s, "%s %s", mark, side->path);
	if (*side->version != '\0')
		g_string_append_printf(s, " (version %s, %s)", side->version,
		    side->date);
	g_string_append_c(s, '\n');
}

char *
diff_out_text(const struct diff *d)
{
	GString				*s = g_string_new(NULL);
	const struct diff_change	*c;
	size_t				 i, count[G_N_ELEMENTS(kind_names)];
	const char			*sep = "";
	char				*w;

	if (diff_count(d) == 0)
		return g_string_free(s, FALSE);
	memset(count, 0, sizeof(count));
	side_text(s, "---", diff_side(d, 0));
	side_text(s, "+++", diff_side(d, 1));
	for (i = 0; (c = diff_get(d, i)) != NULL; i++) {
		count[c->kind]++;
		switch (c->kind) {
		case DIFF_MEETING_ADDED:
		case DIFF_MEETING_REMOVED:
			g_string_append_printf(s, "%s meeting %s (meeting %ld, "
			    "%zu item%s): %s\n",
			    c->kind == DIFF_MEETING_ADDED ? "added" : "removed",
			    c->id, c->kind == DIFF_MEETING_ADDED ? c->new.n :
			    c->old.n, c->items, c->items == 1 ? "" : "s",
			    c->text);
			break;
		case DIFF_MEETING_EDITED:
			w = diff_words_format(c->runs);
			g_string_append_printf(s, "edited meeting %s (meeting "
			    "%ld) %s: %s\n", c->id, c->new.n, c->field, w);
			g_free(w);
			break;
		case DIFF_ITEM_ADDED:
		case DIFF_ITEM_REMOVED:
			g_string_append_printf(s, "%s item %s (",
			    c->kind == DIFF_ITEM_ADDED ? "added" : "removed",
			    c->id);
			place_text(s, c->kind == DIFF_ITEM_ADDED ? &c->new :
			    &c->old, false);
			g_string_append_printf(s, "): %s\n", c->text);
			break;
		case DIFF_ITEM_MOVED:
			g_string_append_printf(s, "moved item %s: ", c->id);
			place_text(s, &c->old, true);
			g_string_append(s, " -> ");
			place_text(s, &c->new, true);
			g_string_append_c(s, '\n');
			break;
		case DIFF_ITEM_EDITED:
			w = diff_words_format(c->runs);
			g_string_append_printf(s, "edited item %s (", c->id);
			place_text(s, &c->new, false);
			g_string_append_c(s, ')');
			if (strcmp(c->field, "text") != 0)
				g_string_append_printf(s, " %s", c->field);
			g_string_append_printf(s, ": %s\n", w);
			g_free(w);
			break;
		}
	}
	g_string_append_printf(s, "%zu change%s: ", diff_count(d),
	    diff_count(d) == 1 ? "" : "s");
	for (i = 0; i < G_N_ELEMENTS(kind_names); i++) {
		if (count[i] == 0)
			continue;
		g_string_append_printf(s, "%s%zu %s", sep, count[i],
		    count[i] == 1 ? kind_summary[i] : kind_summary_pl[i]);
		sep = ", ";
	}
	g_string_append_c(s, '\n');
	return g_string_free(s, FALSE);
}

static void
set_long(xmlNode *n, const char *name, long v)
{
	char	*s = g_strdup_printf("%ld", v);

	xmlNewProp(n, (const xmlChar *)name, (const xmlChar *)s);
	g_free(s);
}

static void
set(xmlNode *n, const char *name, const char *v)
{
	if (v != NULL)
		xmlNewProp(n, (const xmlChar *)name, (const xmlChar *)v);
}

static void
place_xml(xmlNode *parent, const char *name, const struct diff_place *p)
{
	xmlNode	*n;

	if (p->meeting == NULL)
		return;
	n = xmlNewChild(parent, NULL, (const xmlChar *)name, NULL);
	set(n, "meeting", p->meeting);
	set_long(n, "n", p->n);
	set(n, "column", p->column);
	set(n, "parent", p->parent);
	if (p->position > 0)
		set_long(n, "position", (long)p->position);
	if (p->line > 0)
		set_long(n, "line", p->line);
}

static void
side_xml(xmlNode *root, const char *name, const struct diff_side *side)
{
	xmlNode	*n = xmlNewChild(root, NULL, (const xmlChar *)name, NULL);

	set(n, "path", side->path);
	set(n, "version", side->version);
	set(n, "date", side->date);
}

xmlDoc *
diff_out_xml(const struct diff *d)
{
	static const char *const op_names[] = { "same", "del", "ins" };
	xmlDoc				*doc = xmlNewDoc((const xmlChar *)"1.0");
	xmlNode				*root, *n, *words;
	const struct diff_change	*c;
	const struct diff_run		*r;
	char				*summary, *nl;
	size_t				 i, j;

	root = xmlNewDocNode(doc, NULL, (const xmlChar *)"changes", NULL);
	xmlDocSetRootElement(doc, root);
	side_xml(root, "old", diff_side(d, 0));
	side_xml(root, "new", diff_side(d, 1));
	for (i = 0; (c = diff_get(d, i)) != NULL; i++) {
		n = xmlNewChild(root, NULL, (const xmlChar *)"change", NULL);
		set(n, "kind", kind_names[c->kind]);
		set(n, "id", c->id);
		set(n, "field", c->field);
		if (c->kind == DIFF_MEETING_ADDED ||
		    c->kind == DIFF_MEETING_REMOVED)
			set_long(n, "items", (long)c->items);
		place_xml(n, "from", &c->old);
		place_xml(n, "to", &c->new);
		if (c->text != NULL)
			xmlNewTextChild(n, NULL, (const xmlChar *)"text",
			    (const xmlChar *)c->text);
		if (c->runs == NULL)
			continue;
		words = xmlNewChild(n, NULL, (const xmlChar *)"words", NULL);
		for (j = 0; j < c->runs->len; j++) {
			r = g_ptr_array_index(c->runs, j);
			xmlNewTextChild(words, NULL,
			    (const xmlChar *)op_names[r->op],
			    (const xmlChar *)r->text);
		}
	}
	/* The summary line of the text report, without its newline. */
	summary = diff_out_text(d);
	if ((nl = strrchr(summary, '\n')) != NULL) {
		*nl = '\0';
		nl = strrchr(summary, '\n');
		xmlNewTextChild(root, NULL, (const xmlChar *)"summary",
		    (const xmlChar *)(nl != NULL ? nl + 1 : summary));
	}
	g_free(summary);
	return doc;
}
