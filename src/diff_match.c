/* Changes stage: reads two matrices and matches meetings and items by their stable ids. */
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <libxml/tree.h>

#include "diag.h"
#include "diff.h"

/* The content columns in the order of the matrix. */
static const char *const columns[] = {
	"themes", "workshops", "action-plan", "recommendations", "follow-up"
};

/* A meeting's fields compared one by one: heading, title, place, dates. */
enum { F_NUMBER, F_HEADING, F_TITLE, F_CITY, F_COUNTRY, F_CODE, F_DATES,
	F_START, F_END, F__MAX };
static const char *const field_names[F__MAX] = {
	"number", "heading", "title", "city", "country", "country code",
	"dates", "start", "end"
};

struct item {
	char		*id;
	struct diff_place place;	/* strings borrowed from the meeting */
	int		 column;	/* index in columns[] */
	size_t		 order;		/* document order within the column */
	char		*container;	/* meeting, column and parent */
	char		*text;		/* own text, white space collapsed */
	char		*markup;	/* the same with <i>, <b> kept */
	char		*marker;
	bool		 checkbox;
};

struct meeting {
	char		*id;
	long		 n;
	long		 line;
	char		*fields[F__MAX];
	size_t		 items;
};

struct version {
	char		*path;
	char		*version;
	char		*date;
	GPtrArray	*meetings;	/* of struct meeting * */
	GHashTable	*meeting_by_id;
	GPtrArray	*items;		/* of struct item *, document order */
	GHashTable	*item_by_id;
	GHashTable	*ids;		/* every id, for duplicates */
	struct diag_list *dl;
	bool		 bad;
};

struct diff {
	struct version	 v[2];
	struct diff_side side[2];
	GPtrArray	*changes;	/* of struct diff_change * */
};

static void
item_free(gpointer p)
{
	struct item	*it = p;

	g_free(it->id);
	g_free(it->container);
	g_free(it->text);
	g_free(it->markup);
	g_free(it->marker);
	g_free(it);
}

static void
meeting_free(gpointer p)
{
	struct meeting	*m = p;
	int		 i;

	g_free(m->id);
	for (i = 0; i < F__MAX; i++)
		g_free(m->fields[i]);
	g_free(m);
}

static void
change_free(gpointer p)
{
	struct diff_change	*c = p;

	if (c->runs != NULL)
		g_ptr_array_unref(c->runs);
	g_free(c);
}

/* Collapse every run of white space to one space and trim the ends. */
static char *
collapse(const char *s)
{
	GString		*out = g_string_new(NULL);
	bool		 space = false;

	for (; s != NULL && *s != '\0'; s++) {
		if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
			space = out->len > 0;
			continue;
		}
		if (space)
			g_string_append_c(out, ' ');
		space = false;
		g_string_append_c(out, *s);
	}
	return g_string_free(out, FALSE);
}

static char *
prop(xmlNode *n, const char *name)
{
	xmlChar	*v = xmlGetProp(n, (const xmlChar *)name);
	char	*s;

	if (v == NULL)
		return NULL;
	s = g_strdup((const char *)v);
	xmlFree(v);
	return s;
}

static bool
is(const xmlNode *n, const char *name)
{
	return n != NULL && n->type == XML_ELEMENT_NODE &&
	    strcmp((const char *)n->name, name) == 0;
}

static xmlNode *
child(xmlNode *n, const char *name)
{
	for (n = n != NULL ? n->children : NULL; n != NULL; n = n->next)
		if (is(n, name))
			return n;
	return NULL;
}

static bool
is_block(const xmlNode *n)
{
	return is(n, "ul") || is(n, "ol") || is(n, "p") || is(n, "li");
}

/*
 * The text of n's inline content, nested lists left out (they are items
 * of their own); with tags, <i> and <b> are kept as markers so a change
 * of emphasis alone is seen.
 */
static void
inline_text(GString *s, xmlNode *n, bool tags)
{
	xmlNode	*c;

	for (c = n->children; c != NULL; c = c->next) {
		if (c->type == XML_TEXT_NODE && c->content != NULL)
			g_string_append(s, (const char *)c->content);
		else if (c->type == XML_ELEMENT_NODE && !is_block(c)) {
			if (tags)
				g_string_append_printf(s, "<%s>", c->name);
			inline_text(s, c, tags);
			if (tags)
				g_string_append_printf(s, "</%s>", c->name);
		}
	}
}

static char *
node_text(xmlNode *n, bool tags)
{
	GString	*s = g_string_new(NULL);
	char	*t;

	if (n != NULL)
		inline_text(s, n, tags);
	t = collapse(s->str);
	g_string_free(s, TRUE);
	return t;
}

static void
bad(struct version *v, xmlNode *n, const char *fmt, const char *arg)
{
	char	*msg = g_strdup_printf(fmt, arg);

	diag_add(v->dl, DIAG_USAGE, v->path, n != NULL ? xmlGetLineNo(n) : 0,
	    0, "%s", msg);
	g_free(msg);
	v->bad = true;
}

/* Record id for n; false (after an error) when missing or used twice. */
static bool
take_id(struct version *v, xmlNode *n, char **idp)
{
	char	*id = prop(n, "id");
	long	 first;

	*idp = NULL;
	if (id == NULL || *id == '\0') {
		g_free(id);
		bad(v, n, "<%s> has no id: items are matched by id",
		    (const char *)n->name);
		return false;
	}
	if (g_hash_table_contains(v->ids, id)) {
		first = GPOINTER_TO_SIZE(g_hash_table_lookup(v->ids, id));
		diag_add(v->dl, DIAG_USAGE, v->path, xmlGetLineNo(n), 0,
		    "id %s used twice (first on line %ld)", id, first);
		v->bad = true;
		g_free(id);
		return false;
	}
	g_hash_table_insert(v->ids, g_strdup(id),
	    GSIZE_TO_POINTER((gsize)xmlGetLineNo(n)));
	*idp = id;
	return true;
}

struct walk {
	struct version	*v;
	struct meeting	*m;
	int		 column;
	size_t		 order;
	GHashTable	*positions;	/* container -> count */
};

static void
walk_items(struct walk *w, xmlNode *n, const char *parent)
{
	xmlNode		*c;
	struct item	*it;
	char		*id;
	size_t		 pos;

	for (c = n->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (!is(c, "p") && !is(c, "li")) {
			if (is(c, "ul") || is(c, "ol"))
				walk_items(w, c, parent);
			continue;
		}
		if (!take_id(w->v, c, &id))
			continue;
		it = g_new0(struct item, 1);
		it->id = id;
		it->column = w->column;
		it->order = w->order++;
		it->place.meeting = w->m->id;
		it->place.n = w->m->n;
		it->place.column = columns[w->column];
		it->place.parent = parent;
		it->place.line = xmlGetLineNo(c);
		it->container = g_strdup_printf("%s\n%s\n%s", w->m->id,
		    columns[w->column], parent != NULL ? parent : "");
		pos = GPOINTER_TO_SIZE(g_hash_table_lookup(w->positions,
		    it->container)) + 1;
		g_hash_table_insert(w->positions, g_strdup(it->container),
		    GSIZE_TO_POINTER(pos));
		it->place.position = pos;
		it->text = node_text(c, false);
		it->markup = node_text(c, true);
		it->marker = prop(c, "marker");
		{
			char *cb = prop(c, "checkbox");

			it->checkbox = cb != NULL && strcmp(cb, "true") == 0;
			g_free(cb);
		}
		g_ptr_array_add(w->v->items, it);
		g_hash_table_insert(w->v->item_by_id, it->id, it);
		w->m->items++;
		walk_items(w, c, it->id);
	}
}

static void
read_meeting(struct version *v, xmlNode *n, GHashTable *positions)
{
	struct meeting	*m;
	struct walk	 w;
	xmlNode		*place, *col;
	char		*id, *num;
	size_t		 i;

	if (!take_id(v, n, &id))
		return;
	m = g_new0(struct meeting, 1);
	m->id = id;
	m->line = xmlGetLineNo(n);
	num = prop(n, "n");
	m->n = num != NULL ? strtol(num, NULL, 10) : 0;
	m->fields[F_NUMBER] = num != NULL ? num : g_strdup("");
	m->fields[F_HEADING] = node_text(child(n, "heading"), false);
	m->fields[F_TITLE] = node_text(child(n, "title"), false);
	place = child(n, "place");
	m->fields[F_CITY] = node_text(child(place, "city"), false);
	m->fields[F_COUNTRY] = node_text(child(place, "country"), false);
	m->fields[F_CODE] = place != NULL ? prop(place, "country") : NULL;
	m->fields[F_DATES] = node_text(child(n, "dates"), false);
	m->fields[F_START] = prop(n, "start");
	m->fields[F_END] = prop(n, "end");
	for (i = 0; i < F__MAX; i++)
		if (m->fields[i] == NULL)
			m->fields[i] = g_strdup("");
	g_ptr_array_add(v->meetings, m);
	g_hash_table_insert(v->meeting_by_id, m->id, m);
	w.v = v;
	w.m = m;
	w.positions = positions;
	for (i = 0; i < G_N_ELEMENTS(columns); i++) {
		w.column = (int)i;
		w.order = 0;
		if ((col = child(n, columns[i])) != NULL)
			walk_items(&w, col, NULL);
	}
}

static void
read_revision(struct version *v, xmlNode *root)
{
	xmlNode	*r;
	char	*ver, *date;

	for (r = child(child(root, "revisions"), "revision"); r != NULL;
	    r = r->next) {
		if (!is(r, "revision"))
			continue;
		ver = prop(r, "version");
		date = prop(r, "date");
		/*
		 * As the report stylesheets pick it: the latest date, the
		 * last of several on that date.
		 */
		if (ver != NULL && date != NULL && (v->version == NULL ||
		    strcmp(date, v->date) >= 0)) {
			g_free(v->version);
			g_free(v->date);
			v->version = ver;
			v->date = date;
		} else {
			g_free(ver);
			g_free(date);
		}
	}
	if (v->version == NULL) {
		v->version = g_strdup("");
		v->date = g_strdup("");
	}
}

static bool
read_version(struct diag_list *dl, struct version *v, xmlDoc *doc,
    const char *path)
{
	xmlNode		*root = xmlDocGetRootElement(doc), *n;
	GHashTable	*positions;

	v->dl = dl;
	v->path = g_strdup(path);
	v->meetings = g_ptr_array_new_with_free_func(meeting_free);
	v->meeting_by_id = g_hash_table_new(g_str_hash, g_str_equal);
	v->items = g_ptr_array_new_with_free_func(item_free);
	v->item_by_id = g_hash_table_new(g_str_hash, g_str_equal);
	v->ids = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	if (!is(root, "matrix")) {
		bad(v, root, "root element is <%s>, not <matrix>",
		    root != NULL ? (const char *)root->name : "");
		return false;
	}
	read_revision(v, root);
	positions = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	for (n = root->children; n != NULL; n = n->next)
		if (is(n, "meeting"))
			read_meeting(v, n, positions);
	g_hash_table_unref(positions);
	return !v->bad;
}

static void
version_clear(struct version *v)
{
	g_free(v->path);
	g_free(v->version);
	g_free(v->date);
	if (v->meetings != NULL)
		g_ptr_array_unref(v->meetings);
	if (v->meeting_by_id != NULL)
		g_hash_table_unref(v->meeting_by_id);
	if (v->items != NULL)
		g_ptr_array_unref(v->items);
	if (v->item_by_id != NULL)
		g_hash_table_unref(v->item_by_id);
	if (v->ids != NULL)
		g_hash_table_unref(v->ids);
}

void
diff_free(struct diff *d)
{
	if (d == NULL)
		return;
	if (d->changes != NULL)
		g_ptr_array_unref(d->changes);
	version_clear(&d->v[0]);
	version_clear(&d->v[1]);
	g_free(d);
}

static struct diff_change *
add_change(struct diff *d, enum diff_kind kind, const char *id)
{
	struct diff_change	*c = g_new0(struct diff_change, 1);

	c->kind = kind;
	c->id = id;
	g_ptr_array_add(d->changes, c);
	return c;
}

static void
meeting_place(struct diff_place *p, const struct meeting *m)
{
	p->meeting = m->id;
	p->n = m->n;
	p->line = m->line;
}

static void
match_meetings(struct diff *d)
{
	struct meeting		*m, *o;
	struct diff_change	*c;
	size_t			 i;
	int			 f;

	for (i = 0; i < d->v[0].meetings->len; i++) {
		o = g_ptr_array_index(d->v[0].meetings, i);
		if (g_hash_table_contains(d->v[1].meeting_by_id, o->id))
			continue;
		c = add_change(d, DIFF_MEETING_REMOVED, o->id);
		meeting_place(&c->old, o);
		c->text = o->fields[F_HEADING];
		c->items = o->items;
	}
	for (i = 0; i < d->v[1].meetings->len; i++) {
		m = g_ptr_array_index(d->v[1].meetings, i);
		o = g_hash_table_lookup(d->v[0].meeting_by_id, m->id);
		if (o == NULL) {
			c = add_change(d, DIFF_MEETING_ADDED, m->id);
			meeting_place(&c->new, m);
			c->text = m->fields[F_HEADING];
			c->items = m->items;
			continue;
		}
		for (f = 0; f < F__MAX; f++) {
			if (strcmp(o->fields[f], m->fields[f]) == 0)
				continue;
			c = add_change(d, DIFF_MEETING_EDITED, m->id);
			c->field = field_names[f];
			meeting_place(&c->old, o);
			meeting_place(&c->new, m);
			c->runs = diff_words(o->fields[f], m->fields[f]);
		}
	}
}

static void
edited(struct diff *d, const struct item *o, const struct item *it,
    const char *field, const char *a, const char *b)
{
	struct diff_change	*c = add_change(d, DIFF_ITEM_EDITED, it->id);

	c->field = field;
	c->old = o->place;
	c->new = it->place;
	c->runs = diff_words(a, b);
}

/*
 * Items kept in the same container but out of their old order: the
 * longest run of old positions that still increases stays put, the rest
 * moved (patience sorting, O(k log k) for a column of k items).
 */
static void
reordered(GPtrArray *seq, GHashTable *moved)
{
	size_t		 k = seq->len, i, lo, hi, mid, len = 0;
	size_t		*tails, *prev;
	bool		*keep;
	struct item	*o;

	if (k < 2)
		return;
	tails = g_new(size_t, k);
	prev = g_new(size_t, k);
	keep = g_new0(bool, k);
	for (i = 0; i < k; i++) {
		o = g_ptr_array_index(seq, i);
		lo = 0;
		hi = len;
		while (lo < hi) {
			mid = (lo + hi) / 2;
			if (((struct item *)g_ptr_array_index(seq,
			    tails[mid]))->place.position < o->place.position)
				lo = mid + 1;
			else
				hi = mid;
		}
		prev[i] = lo > 0 ? tails[lo - 1] : (size_t)-1;
		tails[lo] = i;
		if (lo == len)
			len++;
	}
	for (i = tails[len - 1]; i != (size_t)-1; i = prev[i])
		keep[i] = true;
	for (i = 0; i < k; i++)
		if (!keep[i])
			g_hash_table_add(moved,
			    ((struct item *)g_ptr_array_index(seq, i))->id);
	g_free(tails);
	g_free(prev);
	g_free(keep);
}

static void
find_reordered(struct diff *d, GHashTable *moved)
{
	GHashTable	*seqs;
	GPtrArray	*seq;
	GHashTableIter	 hi;
	gpointer	 val;
	struct item	*it, *o;
	size_t		 i;

	/* container -> the old items kept there, in new order */
	seqs = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
	    (GDestroyNotify)g_ptr_array_unref);
	for (i = 0; i < d->v[1].items->len; i++) {
		it = g_ptr_array_index(d->v[1].items, i);
		o = g_hash_table_lookup(d->v[0].item_by_id, it->id);
		if (o == NULL || strcmp(o->container, it->container) != 0)
			continue;
		if ((seq = g_hash_table_lookup(seqs, it->container)) == NULL) {
			seq = g_ptr_array_new();
			g_hash_table_insert(seqs, it->container, seq);
		}
		g_ptr_array_add(seq, o);
	}
	g_hash_table_iter_init(&hi, seqs);
	while (g_hash_table_iter_next(&hi, NULL, &val))
		reordered(val, moved);
	g_hash_table_unref(seqs);
}

/*
 * A marker such as "1)" or "4." only numbers the item: it changes
 * whenever an item above is added, removed or moved, which is reported
 * already.
 */
static bool
numbering(const char *marker)
{
	const char	*p = marker;

	if (p == NULL || !g_ascii_isdigit(*p))
		return false;
	while (g_ascii_isdigit(*p))
		p++;
	return strcmp(p, ")") == 0 || strcmp(p, ".") == 0 || *p == '\0';
}

static void
match_items(struct diff *d)
{
	GHashTable		*moved;
	struct item		*it, *o;
	struct diff_change	*c;
	size_t			 i;

	moved = g_hash_table_new(g_str_hash, g_str_equal);
	find_reordered(d, moved);
	for (i = 0; i < d->v[0].items->len; i++) {
		o = g_ptr_array_index(d->v[0].items, i);
		if (g_hash_table_contains(d->v[1].item_by_id, o->id) ||
		    !g_hash_table_contains(d->v[1].meeting_by_id,
		    o->place.meeting))
			continue;
		c = add_change(d, DIFF_ITEM_REMOVED, o->id);
		c->old = o->place;
		c->text = o->text;
	}
	for (i = 0; i < d->v[1].items->len; i++) {
		it = g_ptr_array_index(d->v[1].items, i);
		o = g_hash_table_lookup(d->v[0].item_by_id, it->id);
		if (o == NULL) {
			/* Items of an added meeting come with the meeting. */
			if (!g_hash_table_contains(d->v[0].meeting_by_id,
			    it->place.meeting))
				continue;
			c = add_change(d, DIFF_ITEM_ADDED, it->id);
			c->new = it->place;
			c->text = it->text;
			continue;
		}
		if (strcmp(o->container, it->container) != 0 ||
		    g_hash_table_contains(moved, it->id)) {
			c = add_change(d, DIFF_ITEM_MOVED, it->id);
			c->old = o->place;
			c->new = it->place;
		}
		if (strcmp(o->text, it->text) != 0)
			edited(d, o, it, "text", o->text, it->text);
		else if (strcmp(o->markup, it->markup) != 0)
			edited(d, o, it, "emphasis", o->markup, it->markup);
		if (g_strcmp0(o->marker, it->marker) != 0 &&
		    !(numbering(o->marker) && numbering(it->marker)))
			edited(d, o, it, "marker", o->marker, it->marker);
		if (o->checkbox != it->checkbox)
			edited(d, o, it, "checkbox",
			    o->checkbox ? "true" : "false",
			    it->checkbox ? "true" : "false");
	}
	g_hash_table_unref(moved);
}

/* Sort key: meeting number, column, place in the column, kind, id. */
static void
change_key(const struct diff *d, const struct diff_change *c, long *n,
    int *col, size_t *order)
{
	const struct diff_place	*p = c->new.meeting != NULL ? &c->new : &c->old;
	const struct item	*it;

	*n = p->n;
	*col = -1;
	*order = 0;
	if (c->kind < DIFF_ITEM_ADDED)
		return;
	it = g_hash_table_lookup(d->v[c->new.meeting != NULL ? 1 : 0].item_by_id,
	    c->id);
	if (it != NULL) {
		*col = it->column;
		*order = it->order;
	}
}

static gint
change_cmp(gconstpointer a, gconstpointer b, gpointer data)
{
	const struct diff	*sorting = data;
	const struct diff_change *x = *(struct diff_change *const *)a;
	const struct diff_change *y = *(struct diff_change *const *)b;
	long		 nx, ny;
	int		 cx, cy;
	size_t		 ox, oy;

	change_key(sorting, x, &nx, &cx, &ox);
	change_key(sorting, y, &ny, &cy, &oy);
	if (nx != ny)
		return nx < ny ? -1 : 1;
	if (cx != cy)
		return cx < cy ? -1 : 1;
	if (ox != oy)
		return ox < oy ? -1 : 1;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	return strcmp(x->id, y->id);
}

struct diff *
diff_match(struct diag_list *dl, xmlDoc *old_doc, const char *old_path,
    xmlDoc *new_doc, const char *new_path)
{
	struct diff	*d = g_new0(struct diff, 1);
	bool		 ok;
	int		 i;

	d->changes = g_ptr_array_new_with_free_func(change_free);
	ok = read_version(dl, &d->v[0], old_doc, old_path);
	ok = read_version(dl, &d->v[1], new_doc, new_path) && ok;
	if (!ok) {
		diff_free(d);
		return NULL;
	}
	for (i = 0; i < 2; i++) {
		d->side[i].path = d->v[i].path;
		d->side[i].version = d->v[i].version;
		d->side[i].date = d->v[i].date;
	}
	match_meetings(d);
	match_items(d);
	g_ptr_array_sort_with_data(d->changes, change_cmp, d);
	return d;
}

size_t
diff_count(const struct diff *d)
{
	return d->changes->len;
}

const struct diff_change *
diff_get(const struct diff *d, size_t i)
{
	return i < d->changes->len ? g_ptr_array_index(d->changes, i) : NULL;
}

const struct diff_side *
diff_side(const struct diff *d, int which)
{
	return &d->side[which != 0];
}
