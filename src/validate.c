/* Validation of source/: each file against its RELAX NG schema, then the cross-file rules. */
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <libxml/valid.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

#include "diag.h"
#include "model.h"
#include "paths.h"
#include "validate.h"
#include "validate_int.h"
#include "xmlsafe.h"

/* The matrix columns whose items every theme taxonomy must cover. */
static const char *const theme_columns[] = {
	"action-plan", "recommendations", "follow-up"
};


/*
 * A RELAX NG message as it came.  A streamed document frees its nodes
 * as it goes, so what the node says (its file and line, whether the
 * message is about a duplicate id) is taken while it is there.
 */
struct rng_item {
	xmlError	 e;		/* node always NULL */
	bool		 id_clash;	/* a duplicate id, see id_clash() */
};

static bool	id_clash(const xmlError *);
static xmlNode	*column_of(xmlNode *);

void
validate_collect(void *ctx, xmlError *e)
{
	struct rng_errors	*re = ctx;
	struct rng_item		*it = g_new0(struct rng_item, 1);
	const xmlNode		*node = e->node;

	if (xmlCopyError(e, &it->e) != 0) {
		g_free(it);
		return;
	}
	it->id_clash = e->domain == XML_FROM_RELAXNGV &&
	    e->code == XML_RELAXNG_ERR_DUPID && id_clash(e);
	/* What diag_xml() would take from the node. */
	if (it->e.file == NULL && e->domain == XML_FROM_RELAXNGV &&
	    node != NULL && node->doc != NULL && node->doc->URL != NULL) {
		it->e.file = (char *)xmlStrdup(node->doc->URL);
		if (it->e.line <= 0)
			it->e.line = xmlGetLineNo(node);
	}
	it->e.node = NULL;
	g_ptr_array_add(re->items, it);
}

void
validate_error_free(gpointer p)
{
	struct rng_item	*it = p;

	xmlResetError(&it->e);
	g_free(it);
}

/*
 * libxml2 follows a specific message ("Type date doesn't allow value")
 * with summaries of the elements around it ("failed to validate
 * attributes"): keep a summary only when it is all there is.  Note the
 * index of a summary or of a bare "Invalid attribute" in summaries (when
 * not NULL) so that validate_model() can drop it where its own checks
 * say more about the same line.  Duplicate id attributes are reported
 * by check_ids() with both places.
 */
/* A duplicate-ID message about an id attribute, which check_ids() sees. */
static bool
id_clash(const xmlError *e)
{
	const char	*id;

	if (e->node == NULL || e->str1 == NULL ||
	    (id = model_attr(e->node, "id")) == NULL)
		return false;
	return strcmp(id, e->str1) == 0;
}

static void
report_rng(struct diag_list *dl, const struct rng_errors *re,
    GHashTable *summaries)
{
	size_t			 i, nspecific = 0;
	const struct rng_item	*it;
	const xmlError		*e;
	bool			 summary;

	for (i = 0; i < re->items->len; i++) {
		it = g_ptr_array_index(re->items, i);
		e = &it->e;
		if (e->code != XML_RELAXNG_ERR_ATTRVALID &&
		    e->code != XML_RELAXNG_ERR_CONTENTVALID)
			nspecific++;
	}
	for (i = 0; i < re->items->len; i++) {
		it = g_ptr_array_index(re->items, i);
		e = &it->e;
		summary = e->domain == XML_FROM_RELAXNGV &&
		    (e->code == XML_RELAXNG_ERR_ATTRVALID ||
		    e->code == XML_RELAXNG_ERR_CONTENTVALID);
		if (it->id_clash)
			continue;
		if (summary && nspecific > 0)
			continue;
		/* "Invalid attribute start": validate_check_dates() may say why. */
		if ((summary || (e->domain == XML_FROM_RELAXNGV &&
		    e->code == XML_RELAXNG_ERR_INVALIDATTR)) &&
		    summaries != NULL)
			g_hash_table_add(summaries,
			    GSIZE_TO_POINTER(diag_list_count(dl) + 1));
		diag_xml(dl, (xmlError *)e);
	}
}

int
validate_rng_check(struct diag_list *dl, xmlDoc *doc, const char *rng,
    GHashTable *summaries)
{
	xmlRelaxNGParserCtxt	*pctx = NULL;
	xmlRelaxNG		*schema = NULL;
	xmlRelaxNGValidCtxt	*vctx = NULL;
	struct rng_errors	 re;
	int			 rc = -1;
	size_t			 nerr;

	nerr = diag_list_count_at_least(dl, DIAG_ERROR);
	re.items = g_ptr_array_new_with_free_func(validate_error_free);
	if ((pctx = xmlRelaxNGNewParserCtxt(rng)) == NULL)
		goto out;
	xmlRelaxNGSetParserStructuredErrors(pctx, diag_xml, dl);
	if ((schema = xmlRelaxNGParse(pctx)) == NULL)
		goto out;
	if ((vctx = xmlRelaxNGNewValidCtxt(schema)) == NULL)
		goto out;
	xmlRelaxNGSetValidStructuredErrors(vctx, validate_collect, &re);
	if (xmlRelaxNGValidateDoc(vctx, doc) == 0)
		rc = 0;
	report_rng(dl, &re, summaries);
out:
	if (rc != 0 && diag_list_count_at_least(dl, DIAG_ERROR) == nerr &&
	    re.items->len == 0)
		diag_error(dl, rng, 0, "cannot use this RELAX NG schema");
	g_ptr_array_free(re.items, TRUE);
	xmlRelaxNGFreeValidCtxt(vctx);
	xmlRelaxNGFree(schema);
	xmlRelaxNGFreeParserCtxt(pctx);
	return rc;
}

int
validate_doc(struct diag_list *dl, xmlDoc *doc, const char *rng)
{
	return validate_rng_check(dl, doc, rng, NULL);
}

/* The schema of f, chosen by its root element. */
static void
check_schema(struct diag_list *dl, const struct model_file *f,
    GHashTable *summaries)
{
	xmlNode	*root = xmlDocGetRootElement(f->doc);
	char	*rel, *rng;

	if (root == NULL) {
		diag_error(dl, f->path, 0, "no root element");
		return;
	}
	/* An XML name cannot hold "/", so the name cannot leave schema/. */
	rel = g_strdup_printf("source/schema/%s.rng", f->root);
	rng = paths_data(rel);
	if (!g_file_test(rng, G_FILE_TEST_IS_REGULAR))
		diag_error(dl, f->path, xmlGetLineNo(root),
		    "unknown root element <%s>: no schema %s", f->root, rel);
	else
		validate_rng_check(dl, f->doc, rng, summaries);
	g_free(rng);
	g_free(rel);
}

struct where {
	const struct model_file	*file;
	long			 line;
};

/*
 * Every id attribute once across all files; a clash involving a checked
 * file is an error, at the checked occurrence, naming the other.
 */
static void
check_ids(struct diag_list *dl, const struct model *m)
{
	GHashTable		*seen;
	const struct model_file	*f;
	struct where		*w;
	xmlNode			*top, *n;
	const char		*id;
	size_t			 i;

	seen = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, g_free);
	for (i = 0; i < model_file_count(m); i++) {
		f = model_file_get(m, i);
		top = xmlDocGetRootElement(f->doc);
		for (n = top; n != NULL; n = model_walk(top, n)) {
			if ((id = model_attr(n, "id")) == NULL)
				continue;
			if ((w = g_hash_table_lookup(seen, id)) == NULL) {
				w = g_new0(struct where, 1);
				w->file = f;
				w->line = xmlGetLineNo(n);
				g_hash_table_insert(seen, (gpointer)id, w);
			} else if (f->checked)
				diag_error(dl, f->path, xmlGetLineNo(n),
				    "duplicate id '%s' (first defined at "
				    "%s:%ld)", id, w->file->path, w->line);
			else if (w->file->checked)
				diag_error(dl, w->file->path, w->line,
				    "duplicate id '%s' (also defined at "
				    "%s:%ld)", id, f->path, xmlGetLineNo(n));
		}
	}
	g_hash_table_destroy(seen);
}

/* True when s is an ISO date YYYY-MM-DD naming a real day. */
static bool
iso_date(const char *s)
{
	unsigned int	 y, mo, d;
	int		 len = 0;

	if (sscanf(s, "%4u-%2u-%2u%n", &y, &mo, &d, &len) != 3 ||
	    len != 10 || s[len] != '\0')
		return false;
	if (y == 0 || mo < 1 || mo > 12)
		return false;
	return g_date_valid_dmy((GDateDay)d, (GDateMonth)mo, (GDateYear)y);
}

static void
check_refs(struct diag_list *dl, const struct model *m,
    const struct model_file *f, xmlNode *n)
{
	const struct model_file	*tf;
	xmlNode			*target;
	const char		*v;
	size_t			 i;

	for (i = 0; i < G_N_ELEMENTS(ref_attrs); i++) {
		if ((v = model_attr(n, ref_attrs[i])) == NULL)
			continue;
		if ((target = model_find_id(m, v)) == NULL) {
			diag_error(dl, f->path, xmlGetLineNo(n),
			    "%s '%s' names no id in the sources", ref_attrs[i],
			    v);
			continue;
		}
		tf = model_node_file(m, target);
		if (strcmp(f->root, "themes") != 0 ||
		    strcmp((const char *)n->name, "item") != 0)
			continue;
		if (tf == NULL || strcmp(tf->root, "matrix") != 0)
			diag_error(dl, f->path, xmlGetLineNo(n),
			    "theme item '%s' is not an item of the matrix", v);
		else if (column_of(target) == NULL)
			diag_error(dl, f->path, xmlGetLineNo(n), NOT_THEMED, v);
	}
}

/* The first child element of n named name, or NULL. */
static xmlNode *
child(const xmlNode *n, const char *name)
{
	xmlNode	*c;

	for (c = n->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE &&
		    strcmp((const char *)c->name, name) == 0)
			return c;
	return NULL;
}

/*
 * The country as written beside a code (a place's <country>, a partner's
 * <name>) is the name or an alias of that code in the countries file:
 * "Polandia" with PL holds, "Poland" with PT does not.
 */
static void
check_spelling(struct diag_list *dl, const struct model_file *f,
    const xmlNode *n, const xmlNode *country, const char *code)
{
	xmlNode		*w, *c;
	xmlChar		*written, *known;
	bool		 found = false;

	if ((w = child(n, "country")) == NULL &&
	    (strcmp((const char *)n->name, "partner") != 0 ||
	    (w = child(n, "name")) == NULL))
		return;
	written = xmlNodeGetContent(w);
	g_strstrip((char *)written);
	for (c = country->children; c != NULL && !found; c = c->next) {
		if (c->type != XML_ELEMENT_NODE ||
		    (strcmp((const char *)c->name, "name") != 0 &&
		    strcmp((const char *)c->name, "alias") != 0))
			continue;
		known = xmlNodeGetContent(c);
		found = strcmp(g_strstrip((char *)known),
		    (const char *)written) == 0;
		xmlFree(known);
	}
	if (!found)
		diag_error(dl, f->path, xmlGetLineNo(w),
		    "'%s' is neither the name nor an alias of country %s in "
		    "the countries file", (const char *)written, code);
	xmlFree(written);
}

void
validate_check_country(struct diag_list *dl, const struct model *m,
    const struct model_file *f, xmlNode *n)
{
	xmlNode		*c;
	const char	*code, *region, *known;

	if ((code = model_attr(n, "country")) == NULL)
		return;
	if ((c = model_country(m, code)) == NULL) {
		diag_error(dl, f->path, xmlGetLineNo(n),
		    "unknown country code '%s'%s", code,
		    model_file_by_root(m, "countries") == NULL ?
		    " (no countries file in the sources)" : "");
		return;
	}
	region = model_attr(n, "region");
	known = model_attr(c, "region");
	if (region != NULL && known != NULL && strcmp(region, known) != 0)
		diag_error(dl, f->path, xmlGetLineNo(n),
		    "region '%s' disagrees with country %s's region '%s'",
		    region, code, known);
	check_spelling(dl, f, n, c, code);
}

/* Attributes that hold an ISO date in our schemas. */
static const char *const date_attrs[] = { "start", "end", "date", "when" };

/* True when s has the shape of an ISO date, real or not: "2010-02-30". */
static bool
date_shaped(const char *s)
{
	return g_regex_match_simple("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", s, 0, 0);
}

void
validate_check_dates(struct diag_list *dl, const struct model_file *f, xmlNode *n)
{
	const char	*start = model_attr(n, "start");
	const char	*end = model_attr(n, "end");
	const char	*v;
	size_t		 i;

	for (i = 0; i < G_N_ELEMENTS(date_attrs); i++)
		if ((v = model_attr(n, date_attrs[i])) != NULL &&
		    date_shaped(v) && !iso_date(v))
			diag_error(dl, f->path, xmlGetLineNo(n),
			    strcmp(date_attrs[i], "date") == 0 ?
			    "%s %s names no day of the calendar" :
			    "%s date %s names no day of the calendar",
			    date_attrs[i], v);
	/* ISO dates of one form compare as strings. */
	if (start != NULL && end != NULL && iso_date(start) &&
	    iso_date(end) && strcmp(start, end) > 0)
		diag_error(dl, f->path, xmlGetLineNo(n),
		    "start date %s is after end date %s", start, end);
}

void
validate_numbered_free(gpointer p)
{
	struct numbered	*e = p;

	g_free(e->name);
	g_free(e->n);
	g_free(e->start);
	g_free(e->end);
	g_free(e);
}

/* Add n to numbered when it is a numbered event: n, start. */
void
validate_add_numbered(GPtrArray *numbered, const xmlNode *n)
{
	struct numbered	*e;
	const char	*v = model_attr(n, "n");

	if (v == NULL || !g_regex_match_simple("^[0-9]{1,9}$", v, 0, 0) ||
	    model_attr(n, "start") == NULL)
		return;
	e = g_new0(struct numbered, 1);
	e->name = g_strdup((const char *)n->name);
	e->n = g_strdup(v);
	e->start = g_strdup(model_attr(n, "start"));
	e->end = g_strdup(model_attr(n, "end"));
	e->line = xmlGetLineNo(n);
	g_ptr_array_add(numbered, e);
}

static gint
compare_n(gconstpointer a, gconstpointer b)
{
	long	 x = strtol((*(struct numbered *const *)a)->n, NULL, 10);
	long	 y = strtol((*(struct numbered *const *)b)->n, NULL, 10);

	return x < y ? -1 : x > y;
}

/*
 * Numbered events (the matrix's meetings: n, start, end) follow one
 * another: meeting 5 does not start before meeting 4 has ended, and no
 * number is used twice.
 */
void
validate_check_sequence(struct diag_list *dl, const struct model_file *f,
    GPtrArray *numbered)
{
	const struct numbered	*a, *b;
	size_t			 i;

	g_ptr_array_sort(numbered, compare_n);
	for (i = 1; i < numbered->len; i++) {
		a = g_ptr_array_index(numbered, i - 1);
		b = g_ptr_array_index(numbered, i);
		if (strtol(a->n, NULL, 10) == strtol(b->n, NULL, 10)) {
			diag_error(dl, f->path, MAX(a->line, b->line),
			    "%s %s numbered twice: also on line %ld", b->name,
			    b->n, MIN(a->line, b->line));
			continue;
		}
		if (a->end != NULL && iso_date(a->end) &&
		    iso_date(b->start) && strcmp(b->start, a->end) < 0)
			diag_error(dl, f->path, b->line,
			    "%s %s starts on %s, before %s %s ends on %s",
			    b->name, b->n, b->start, a->name, a->n, a->end);
	}
}

/* The element-by-element checks of a checked file. */
static void
check_file(struct diag_list *dl, const struct model *m,
    const struct model_file *f)
{
	xmlNode		*top = xmlDocGetRootElement(f->doc), *n;
	GPtrArray	*numbered = g_ptr_array_new_with_free_func(
			    validate_numbered_free);

	for (n = top; n != NULL; n = model_walk(top, n)) {
		check_refs(dl, m, f, n);
		if (strcmp(f->root, "countries") != 0)
			validate_check_country(dl, m, f, n);
		validate_check_dates(dl, f, n);
		validate_add_numbered(numbered, n);
	}
	validate_check_sequence(dl, f, numbered);
	g_ptr_array_free(numbered, TRUE);
}

bool
validate_is_theme_column(const xmlNode *n)
{
	size_t	 i;

	for (i = 0; i < G_N_ELEMENTS(theme_columns); i++)
		if (strcmp((const char *)n->name, theme_columns[i]) == 0)
			return true;
	return false;
}

/* The column element above n in the matrix, or NULL. */
static xmlNode *
column_of(xmlNode *n)
{
	for (n = n->parent; n != NULL && n->type == XML_ELEMENT_NODE;
	    n = n->parent)
		if (validate_is_theme_column(n))
			return n;
	return NULL;
}

/*
 * Every item with an id in the matrix's theme columns is assigned to a
 * theme: referenced itself, or through an item around it or inside it.
 */
static void
check_themes(struct diag_list *dl, const struct model *m)
{
	const struct model_file	*tf, *mf;
	GHashTable		*covered;
	xmlNode			*top, *n, *t, *a;
	const char		*v, *id;

	if ((tf = model_file_by_root(m, "themes")) == NULL ||
	    (mf = model_file_by_root(m, "matrix")) == NULL ||
	    (!tf->checked && !mf->checked))
		return;
	covered = g_hash_table_new(g_direct_hash, g_direct_equal);
	top = xmlDocGetRootElement(tf->doc);
	for (n = top; n != NULL; n = model_walk(top, n)) {
		if ((v = model_attr(n, "ref")) == NULL ||
		    (t = model_find_id(m, v)) == NULL || t->doc != mf->doc ||
		    column_of(t) == NULL)
			continue;
		for (a = t; a != NULL && !validate_is_theme_column(a); a = a->parent)
			g_hash_table_add(covered, a);
		for (a = model_walk(t, t); a != NULL; a = model_walk(t, a))
			g_hash_table_add(covered, a);
	}
	top = xmlDocGetRootElement(mf->doc);
	for (n = top; n != NULL; n = model_walk(top, n)) {
		if ((id = model_attr(n, "id")) == NULL ||
		    column_of(n) == NULL || g_hash_table_contains(covered, n))
			continue;
		diag_error(dl, mf->path, xmlGetLineNo(n),
		    "item '%s' is assigned to no theme in %s", id, tf->path);
	}
	g_hash_table_destroy(covered);
}

struct sorted {
	const struct diag	*d;
	size_t			 index;
	size_t			 rank;	/* of the file in the model */
};

static int
compare_place(const void *a, const void *b)
{
	const struct sorted	*x = a, *y = b;

	if (x->rank != y->rank)
		return x->rank < y->rank ? -1 : 1;
	if (x->d->line != y->d->line)
		return x->d->line < y->d->line ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

static bool
same_place(const struct diag *a, const struct diag *b)
{
	return a->line == b->line && a->file != NULL && b->file != NULL &&
	    strcmp(a->file, b->file) == 0;
}

/*
 * Copy the messages of tmp to dl in the order of the files and lines
 * they name, leaving out a schema summary where another message names
 * the same line ("unknown country code" explains "failed to validate").
 */
void
validate_flush(struct diag_list *dl, const struct diag_list *tmp,
    GHashTable *summaries, const GPtrArray *paths)
{
	size_t		 i, j, k, n = diag_list_count(tmp);
	struct sorted	*v = g_new0(struct sorted, n);
	char		*rel;
	bool		 explained;

	if (n == 0) {
		g_free(v);
		return;
	}
	for (i = 0; i < n; i++) {
		v[i].d = diag_list_get(tmp, i);
		v[i].index = i;
		v[i].rank = paths->len;
		for (k = 0; v[i].d->file != NULL && k < paths->len; k++) {
			rel = diag_relpath(g_ptr_array_index(paths, k));
			if (strcmp(rel, v[i].d->file) == 0)
				v[i].rank = k;
			g_free(rel);
			if (v[i].rank == k)
				break;
		}
	}
	qsort(v, n, sizeof(*v), compare_place);
	for (i = 0; i < n; i++) {
		explained = false;
		if (g_hash_table_contains(summaries,
		    GSIZE_TO_POINTER(v[i].index + 1)))
			for (j = 0; j < n && !explained; j++)
				explained = j != i && same_place(v[i].d,
				    v[j].d) && !g_hash_table_contains(
				    summaries, GSIZE_TO_POINTER(
				    v[j].index + 1));
		if (!explained)
			diag_add(dl, v[i].d->level, v[i].d->file, v[i].d->line,
			    v[i].d->column, "%s", v[i].d->text);
	}
	g_free(v);
}

int
validate_model(struct diag_list *dl, const struct model *m)
{
	const struct model_file	*f;
	struct diag_list	*tmp = diag_list_new();
	GHashTable		*summaries;
	GPtrArray		*paths;
	char			*schemas;
	size_t			 i;
	int			 rc;

	summaries = g_hash_table_new(g_direct_hash, g_direct_equal);
	/* Without the schemas every root would look unknown: say why. */
	schemas = paths_data("source/schema");
	if (!g_file_test(schemas, G_FILE_TEST_IS_DIR))
		diag_add(tmp, DIAG_SYSTEM, schemas, 0, 0, "no schema directory "
		    "(is ASEMDOC_DATADIR set to the top of the tree?)");
	else
		for (i = 0; i < model_file_count(m); i++) {
			f = model_file_get(m, i);
			if (f->checked)
				check_schema(tmp, f, summaries);
		}
	g_free(schemas);
	check_ids(tmp, m);
	for (i = 0; i < model_file_count(m); i++) {
		f = model_file_get(m, i);
		if (f->checked)
			check_file(tmp, m, f);
	}
	check_themes(tmp, m);
	rc = diag_list_failed(tmp) ? -1 : 0;
	paths = g_ptr_array_new();
	for (i = 0; i < model_file_count(m); i++)
		g_ptr_array_add(paths, model_file_get(m, i)->path);
	validate_flush(dl, tmp, summaries, paths);
	g_ptr_array_free(paths, TRUE);
	g_hash_table_destroy(summaries);
	diag_list_free(tmp);
	return rc;
}

/*
 * validate_sources() reads each file twice with a forward reader and
 * never holds a tree of it, so that a large matrix costs no more memory
 * than a small one.  The first pass records what the checks across
 * files need: where each id is first defined, each file's root element,
 * the matrix's items below theme columns.  The second validates against
 * the schema while reading and runs the element checks on each element
 * as it passes (a place's <country> child is read by expanding the
 * place).  The messages, their order and the exit status are those of
 * validate_model() over model_load().
 */

int
validate_files(struct diag_list *dl, const char *source_dir,
    char *const *files, size_t nfiles)
{
	struct model	*m;
	size_t		 nerr = diag_list_count_at_least(dl, DIAG_ERROR);
	int		 rc;

	m = model_load_files(dl, source_dir, files, nfiles);
	rc = validate_model(dl, m);
	model_free(m);
	if (diag_list_count_at_least(dl, DIAG_ERROR) != nerr)
		rc = -1;
	return rc;
}
