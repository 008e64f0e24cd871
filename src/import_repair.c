/* Import stage: rows -> meetings, undoing page breaks (continued rows, cut sentences, repeats). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <libxml/tree.h>

#include "diag.h"
#include "import.h"

/* Element names of the five content columns, THEMES first. */
static const char *const col_names[IMPORT_NCOLS - 1] = { "themes",
    "workshops", "action-plan", "recommendations", "follow-up" };

struct open_list {
	xmlNode			*list;
	enum import_mark	 mark;
};

/* State of one import: the matrix built and where messages go. */
struct rep {
	struct diag_list		*dl;
	const char			*file;
	const struct import_countries	*countries;
	struct import_matrix		*m;
	GHashTable			*seen[IMPORT_NCOLS - 1];
};

static void
meeting_free(struct import_meeting *mt)
{
	size_t	 i;

	if (mt == NULL)
		return;
	g_string_free(mt->src, TRUE);
	g_free(mt->heading);
	g_free(mt->title);
	g_free(mt->city);
	g_free(mt->country);
	g_free(mt->code);
	g_free(mt->dates);
	g_free(mt->start);
	g_free(mt->end);
	for (i = 0; i < IMPORT_NCOLS - 1; i++) {
		xmlFreeNode(mt->cols[i]);
		g_array_free(mt->open[i], TRUE);
	}
	g_free(mt);
}

void
import_matrix_free(struct import_matrix *m)
{
	size_t	 i;

	if (m == NULL)
		return;
	g_ptr_array_unref(m->meetings);
	xmlFreeDoc(m->doc);
	g_free(m->title);
	g_free(m->rev_summary);
	g_free(m->rev_date);
	g_free(m->rev_body);
	g_free(m->rev_country);
	for (i = 0; i < IMPORT_NCOLS; i++)
		g_free(m->columns[i]);
	g_free(m);
}

static bool
is_list(const xmlNode *n)
{
	return n != NULL && n->type == XML_ELEMENT_NODE &&
	    (xmlStrcmp(n->name, BAD_CAST "ul") == 0 ||
	    xmlStrcmp(n->name, BAD_CAST "ol") == 0);
}

static xmlNode *
last_elem(xmlNode *n)
{
	xmlNode	*c;

	for (c = n->last; c != NULL; c = c->prev)
		if (c->type == XML_ELEMENT_NODE)
			return c;
	return NULL;
}

/* The item a cut sentence continues: the last p or li, deepest first. */
static xmlNode *
last_item(xmlNode *col)
{
	xmlNode	*n = last_elem(col), *c;

	while (n != NULL) {
		if (is_list(n)) {
			n = last_elem(n);
			continue;
		}
		if ((c = last_elem(n)) != NULL && is_list(c)) {
			n = c;
			continue;
		}
		return n;
	}
	return NULL;
}

static bool
same_kind(enum import_mark a, enum import_mark b)
{
	return a == b || a == IMPORT_MARK_NONE || b == IMPORT_MARK_NONE;
}

void
import_repair_place(xmlNode *col, GArray *open, struct import_piece *p)
{
	struct open_list	 ol;
	xmlNode			*parent, *list;
	guint			 i;

	if (p->marker != NULL)
		xmlSetProp(p->node, BAD_CAST "marker", BAD_CAST p->marker);
	if (p->checkbox)
		xmlSetProp(p->node, BAD_CAST "checkbox", BAD_CAST "true");
	if (!p->item) {
		/* A paragraph ends the lists above it. */
		g_array_set_size(open, 0);
		xmlAddChild(col, p->node);
		p->node = NULL;
		return;
	}
	/* An item returns to the innermost list of its kind of marker. */
	for (i = open->len; i > 0; i--)
		if (same_kind(g_array_index(open, struct open_list, i - 1).mark,
		    p->mark))
			break;
	if (i > 0) {
		g_array_set_size(open, i);
		list = g_array_index(open, struct open_list, i - 1).list;
	} else {
		/* A new kind of marker: a list nested in the last item. */
		parent = col;
		if (open->len > 0) {
			list = g_array_index(open, struct open_list,
			    open->len - 1).list;
			if (last_elem(list) != NULL)
				parent = last_elem(list);
		}
		list = xmlNewDocNode(col->doc, NULL, BAD_CAST
		    (p->mark == IMPORT_MARK_PAREN ||
		    p->mark == IMPORT_MARK_DOT ? "ol" : "ul"), NULL);
		xmlAddChild(parent, list);
		ol.list = list;
		ol.mark = p->mark;
		g_array_append_val(open, ol);
	}
	xmlAddChild(list, p->node);
	p->node = NULL;
}

static char *
iso_date(int d, int m, int y)
{
	if (d < 1 || m < 1 || m > 12 || y < 1000 || y > 9999 ||
	    !g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y))
		return NULL;
	return g_strdup_printf("%04d-%02d-%02d", y, m, d);
}

static char *
excerpt(const char *s)
{
	const char	*e;

	if (g_utf8_strlen(s, -1) <= 40)
		return g_strdup(s);
	e = g_utf8_offset_to_pointer(s, 40);
	return g_strdup_printf("%.*s...", (int)(e - s), s);
}

static long
first_src(xmlNode *n)
{
	xmlChar	*s = xmlGetProp(n, BAD_CAST "src");
	long	 l = s == NULL ? 0 : strtol((char *)s, NULL, 10);

	xmlFree(s);
	return l;
}

static void
add_src(xmlNode *n, long line)
{
	xmlChar	*s = xmlGetProp(n, BAD_CAST "src");
	char	*v;

	v = s == NULL ? g_strdup_printf("%ld", line) :
	    g_strdup_printf("%s %ld", (char *)s, line);
	xmlSetProp(n, BAD_CAST "src", BAD_CAST v);
	g_free(v);
	xmlFree(s);
}

/* Move the inline content of from to the end of to, one space between. */
static void
join(xmlNode *to, xmlNode *from)
{
	xmlNode	*c, *next, *sub = NULL;

	/* Nested lists of to stay after its text. */
	if ((c = last_elem(to)) != NULL && is_list(c))
		sub = c;
	if (sub != NULL)
		xmlAddPrevSibling(sub, xmlNewDocText(to->doc, BAD_CAST " "));
	else
		xmlAddChild(to, xmlNewDocText(to->doc, BAD_CAST " "));
	for (c = from->children; c != NULL; c = next) {
		next = c->next;
		xmlUnlinkNode(c);
		if (sub != NULL)
			xmlAddPrevSibling(sub, c);
		else
			xmlAddChild(to, c);
	}
}

static bool
starts_lower(const char *s)
{
	return *s != '\0' && g_unichar_islower(g_utf8_get_char(s));
}

static void
add_cell(struct rep *r, struct import_meeting *mt, size_t ci,
    const struct import_row *row, bool cont)
{
	GPtrArray		*pieces;
	struct import_piece	*p;
	xmlNode			*col = mt->cols[ci], *to;
	GHashTable		*seen = r->seen[ci];
	char			*text, *old, *x;
	gpointer		 prev;
	size_t			 k;

	pieces = import_cell_parse(r->dl, r->file, r->m->doc, row->line,
	    row->cells[ci + 1]);
	for (k = 0; k < pieces->len; k++) {
		p = g_ptr_array_index(pieces, k);
		add_src(p->node, row->line);
		text = import_cell_text(p->node);
		/* "describe the best" + page break + "practices in ..." */
		if (cont && k == 0 && !p->item && starts_lower(text) &&
		    (to = last_item(col)) != NULL) {
			old = import_cell_text(to);
			g_hash_table_remove(seen, old);
			x = excerpt(text);
			diag_note(r->dl, r->file, row->line, "sentence cut by "
			    "a page break joined to the %s from line %ld: %s",
			    (const char *)to->name, first_src(to), x);
			g_free(x);
			join(to, p->node);
			add_src(to, row->line);
			g_free(old);
			g_free(text);
			text = import_cell_text(to);
			g_hash_table_replace(seen, text,
			    GINT_TO_POINTER(first_src(to)));
			continue;
		}
		if (cont && *text != '\0' &&
		    g_hash_table_lookup_extended(seen, text, NULL, &prev)) {
			x = excerpt(text);
			diag_warning(r->dl, r->file, row->line, "item repeated "
			    "from line %ld across a page break; kept once: %s",
			    (long)GPOINTER_TO_INT(prev), x);
			g_free(x);
			g_free(text);
			continue;
		}
		if (!g_hash_table_contains(seen, text))
			g_hash_table_insert(seen, text,
			    GINT_TO_POINTER(row->line));
		else
			g_free(text);
		import_repair_place(col, mt->open[ci], p);
	}
	g_ptr_array_unref(pieces);
}

static int
cell_number(const char *s)
{
	char	*end;
	long	 v;

	if (!g_ascii_isdigit(*s))
		return -1;
	v = strtol(s, &end, 10);
	if (*end == '.')
		end++;
	if (*end != '\0' || v < 1 || v > 999)
		return -1;
	return (int)v;
}

static struct import_meeting *
meeting_new(struct rep *r, const struct import_row *row)
{
	struct import_meeting	*mt = g_new0(struct import_meeting, 1);
	const char		*code;
	char			*tail;
	size_t			 i;
	int			 cmm;

	mt->line = row->line;
	mt->src = g_string_new(NULL);
	for (i = 0; i < IMPORT_NCOLS - 1; i++) {
		mt->cols[i] = xmlNewDocNode(r->m->doc, NULL,
		    BAD_CAST col_names[i], NULL);
		mt->open[i] = g_array_new(FALSE, FALSE,
		    sizeof(struct open_list));
		g_hash_table_remove_all(r->seen[i]);
	}
	import_cell_heading(row->cells[1], &mt->heading, &mt->title, &tail);
	cmm = import_place_cmm_number(mt->heading);
	if (row->cells[0][0] == '\0') {
		if (cmm > 0) {
			mt->n = cmm;
			mt->n_inferred = true;
			diag_warning(r->dl, r->file, row->line, "meeting "
			    "number cell is empty; %d inferred from the "
			    "heading", cmm);
		}
	} else if ((mt->n = cell_number(row->cells[0])) == -1) {
		diag_error(r->dl, r->file, row->line, "meeting number is "
		    "not a whole number from 1 up: %s", row->cells[0]);
		mt->n = -1;	/* reported: not to be inferred either */
	} else if (cmm > 0 && cmm != mt->n)
		diag_warning(r->dl, r->file, row->line, "heading names CMM %d "
		    "but the number cell says %d", cmm, mt->n);
	if (mt->title[0] == '\0')
		diag_warning(r->dl, r->file, row->line,
		    "heading has no theme in italics");
	if (import_place_split(tail, &mt->city, &mt->country, &mt->dates) ==
	    -1)
		diag_error(r->dl, r->file, row->line, "cannot read "
		    "\"city, country, dates\" after the theme: %s", tail);
	else {
		if (import_place_dates(mt->dates, &mt->start, &mt->end) == -1)
			diag_error(r->dl, r->file, row->line,
			    "cannot read dates: %s", mt->dates);
		if ((code = import_countries_code(r->countries,
		    mt->country)) == NULL)
			diag_error(r->dl, r->file, row->line, "unknown country "
			    "(not in countries.xml): %s", mt->country);
		else
			mt->code = g_strdup(code);
	}
	g_free(tail);
	return mt;
}

static gint
by_number(gconstpointer a, gconstpointer b)
{
	const struct import_meeting *x = *(struct import_meeting *const *)a;
	const struct import_meeting *y = *(struct import_meeting *const *)b;

	return x->n < y->n ? -1 : x->n > y->n;
}

/* A meeting neither numbered nor named "CMM n": between its neighbours. */
static void
infer_numbers(struct rep *r)
{
	GPtrArray		*ms = r->m->meetings;
	struct import_meeting	*mt, *a, *b;
	guint			 i;

	for (i = 0; i < ms->len; i++) {
		mt = g_ptr_array_index(ms, i);
		if (mt->n != 0 || mt->n_inferred)
			continue;
		a = i > 0 ? g_ptr_array_index(ms, i - 1) : NULL;
		b = i + 1 < ms->len ? g_ptr_array_index(ms, i + 1) : NULL;
		if (a != NULL && b != NULL && a->n > 0 && b->n > 0 &&
		    abs(a->n - b->n) == 2) {
			mt->n = (a->n + b->n) / 2;
			mt->n_inferred = true;
			diag_warning(r->dl, r->file, mt->line, "meeting number "
			    "cell is empty; %d inferred from the meetings "
			    "around it", mt->n);
		} else
			diag_error(r->dl, r->file, mt->line, "meeting number "
			    "cell is empty and cannot be inferred");
	}
}

/*
 * The title block: the matrix title, then "(Last updated on 07.05.2019
 * ... by the host of ASEMCMM8 - Ministry of Culture, Bulgaria)".
 */
static void
title_block(struct rep *r, const struct import_table *t)
{
	struct import_matrix	*m = r->m;
	struct import_line	*l;
	GString			*title = g_string_new(NULL);
	const char		*p, *dash, *comma, *code;
	char			*s, **parts;
	guint			 i;
	int			 d, mo, y;

	for (i = 0; i < t->title->len; i++) {
		l = g_ptr_array_index(t->title, i);
		parts = g_strsplit(l->text, "**", -1);
		s = g_strjoinv("", parts);
		g_strfreev(parts);
		g_strstrip(s);
		if (s[0] == '(' && m->rev_summary == NULL) {
			if (s[strlen(s) - 1] == ')')
				s[strlen(s) - 1] = '\0';
			m->rev_summary = g_strdup(g_strstrip(s + 1));
			m->rev_line = l->line;
		} else if (s[0] != '\0') {
			if (title->len > 0)
				g_string_append_c(title, ' ');
			g_string_append(title, s);
		}
		g_free(s);
	}
	m->title = g_string_free(title, FALSE);
	if (m->title[0] == '\0' || m->rev_summary == NULL) {
		diag_error(r->dl, r->file, 1, "no title block (the matrix "
		    "title and a \"(Last updated on ...)\" line) above the "
		    "column headers");
		return;
	}
	p = strstr(m->rev_summary, "updated on ");
	if (p == NULL || sscanf(p + strlen("updated on "), "%d.%d.%d", &d,
	    &mo, &y) != 3 || (m->rev_date = iso_date(d, mo, y)) == NULL) {
		diag_error(r->dl, r->file, m->rev_line,
		    "no \"updated on DD.MM.YYYY\" date in the title block");
		return;
	}
	/* "... by the host of ASEMCMM8 - Ministry of Culture, Bulgaria" */
	dash = g_strrstr(m->rev_summary, " - ");
	p = dash != NULL ? dash + 3 : m->rev_summary;
	comma = g_strrstr(p, ",");
	if (comma != NULL) {
		m->rev_body = g_strndup(p, comma - p);
		s = g_strstrip(g_strdup(comma + 1));
		if ((code = import_countries_code(r->countries, s)) != NULL)
			m->rev_country = g_strdup(code);
		else
			diag_warning(r->dl, r->file, m->rev_line,
			    "unknown country in the title block: %s", s);
		g_free(s);
	} else
		m->rev_body = g_strdup(p);
	g_strstrip(m->rev_body);
}

struct import_matrix *
import_repair(struct diag_list *dl, const struct import_table *t,
    const struct import_countries *countries)
{
	struct rep		 r;
	struct import_row	*row;
	struct import_meeting	*mt = NULL, *a, *b;
	size_t			 nerr, i, j;
	bool			 cont;

	memset(&r, 0, sizeof(r));
	r.dl = dl;
	r.file = t->file;
	r.countries = countries;
	nerr = diag_list_count_at_least(dl, DIAG_ERROR);
	r.m = g_new0(struct import_matrix, 1);
	r.m->doc = xmlNewDoc(BAD_CAST "1.0");
	r.m->meetings = g_ptr_array_new_with_free_func(
	    (GDestroyNotify)meeting_free);
	for (i = 0; i < IMPORT_NCOLS - 1; i++)
		r.seen[i] = g_hash_table_new_full(g_str_hash, g_str_equal,
		    g_free, NULL);
	title_block(&r, t);
	for (i = 0; i < IMPORT_NCOLS; i++)
		r.m->columns[i] = g_strdup(t->header->cells[i]);

	for (i = 0; i < t->rows->len; i++) {
		row = g_ptr_array_index(t->rows, i);
		/* A row with empty NO and THEMES cells continues the
		 * meeting above it (page break). */
		cont = row->cells[0][0] == '\0' && row->cells[1][0] == '\0';
		if (!cont) {
			mt = meeting_new(&r, row);
			g_ptr_array_add(r.m->meetings, mt);
		} else if (mt == NULL) {
			diag_error(dl, r.file, row->line, "continuation row "
			    "before the first meeting");
			continue;
		}
		if (mt->src->len > 0)
			g_string_append_c(mt->src, ' ');
		g_string_append_printf(mt->src, "%ld", row->line);
		for (j = 0; j < IMPORT_NCOLS - 1; j++)
			if (row->cells[j + 1][0] != '\0')
				add_cell(&r, mt, j, row, cont);
	}
	infer_numbers(&r);
	g_ptr_array_sort(r.m->meetings, by_number);
	for (i = 1; i < r.m->meetings->len; i++) {
		a = g_ptr_array_index(r.m->meetings, i - 1);
		b = g_ptr_array_index(r.m->meetings, i);
		if (a->n == b->n && a->n > 0)
			diag_error(dl, r.file, b->line > a->line ? b->line :
			    a->line, "meeting %d appears twice (also line %ld)",
			    a->n, b->line > a->line ? a->line : b->line);
	}
	for (i = 0; i < IMPORT_NCOLS - 1; i++)
		g_hash_table_unref(r.seen[i]);
	if (diag_list_count_at_least(dl, DIAG_ERROR) > nerr) {
		import_matrix_free(r.m);
		return NULL;
	}
	return r.m;
}
