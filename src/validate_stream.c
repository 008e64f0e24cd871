/* Validation of source/ read as streams: ids, references and RELAX NG in two passes, memory that of one element. */
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

#include "diag.h"
#include "model.h"
#include "paths.h"
#include "validate.h"
#include "validate_int.h"
#include "xmlsafe.h"

/* Where an id is first defined. */
struct sid {
	size_t	 file;		/* index in stream.files */
	long	 line;
	gint	 item;		/* index in stream.items, or -1 */
};

/* An element with an id below a theme column of the matrix. */
struct sitem {
	const char	*id;
	long		 line;
	gint		 parent;	/* nearest such element above, or -1 */
	bool		 referenced;	/* a theme names it */
	bool		 covered;
};

struct stream {
	GPtrArray	*files;		/* struct model_file, doc NULL */
	GArray		*root_lines;	/* long, one per file */
	GArray		*dup_ids;	/* gboolean per file: an id twice in it */
	GStringChunk	*strings;
	GHashTable	*ids;		/* id -> struct sid */
	GArray		*items;		/* struct sitem, of the matrix file */
	gint		 matrix;	/* first file with root <matrix>, or -1 */
	gint		 themes;	/* first file with root <themes>, or -1 */
	struct model	*countries;	/* the <countries> files, as trees */
	/* Messages by kind, in validate_model()'s order. */
	struct diag_list *rng, *idl, *checks, *cover;
	GHashTable	*summaries;
};

static void
sfile_free(gpointer p)
{
	struct model_file	*f = p;

	g_free(f->path);
	g_free(f->root);
	g_free(f);
}

/* Grow a per-depth array so that index depth is valid. */
static void
at_depth(GArray *a, int depth)
{
	if ((guint)depth >= a->len)
		g_array_set_size(a, depth + 1);
}

/* Pass 1 over path: root, ids, the matrix's theme-column items. */
static void
scan_file(struct stream *s, struct diag_list *dl, const char *path)
{
	struct xmlsafe_reader	*rd;
	struct model_file	*f = NULL;
	struct sid		*w;
	struct sitem		 it;
	xmlTextReader		*r;
	xmlNode			*node;
	GArray			*item_at, *col_at;
	const char		*id;
	size_t			 fi = s->files->len;
	long			 line;
	int			 depth, k, c;
	bool			 matrix = false;

	if ((rd = xmlsafe_reader_open(dl, path)) == NULL)
		return;
	r = rd->reader;
	item_at = g_array_new(FALSE, TRUE, sizeof(gint));
	col_at = g_array_new(FALSE, TRUE, sizeof(gboolean));
	while (xmlsafe_reader_read(rd) == 1) {
		if (xmlTextReaderNodeType(r) != XML_READER_TYPE_ELEMENT)
			continue;
		node = xmlTextReaderCurrentNode(r);
		depth = xmlTextReaderDepth(r);
		line = xmlGetLineNo(node);
		if (f == NULL) {
			f = g_new0(struct model_file, 1);
			f->path = g_strdup(path);
			f->root = g_strdup((const char *)node->name);
			f->checked = true;
			g_ptr_array_add(s->files, f);
			g_array_append_val(s->root_lines, line);
			g_array_set_size(s->dup_ids, s->files->len);
			if (s->matrix < 0 && strcmp(f->root, "matrix") == 0) {
				s->matrix = (gint)fi;
				matrix = true;
			}
			if (s->themes < 0 && strcmp(f->root, "themes") == 0)
				s->themes = (gint)fi;
		}
		at_depth(item_at, depth);
		at_depth(col_at, depth);
		g_array_index(item_at, gint, depth) = -1;
		g_array_index(col_at, gboolean, depth) = matrix &&
		    validate_is_theme_column(node);
		if ((id = model_attr(node, "id")) == NULL)
			continue;
		if (matrix) {
			for (c = depth - 1; c >= 0 &&
			    !g_array_index(col_at, gboolean, c); c--)
				;
			if (c >= 0) {
				memset(&it, 0, sizeof(it));
				it.parent = -1;
				for (k = depth - 1; k > c && it.parent < 0; k--)
					it.parent = g_array_index(item_at,
					    gint, k);
				it.id = g_string_chunk_insert_const(
				    s->strings, id);
				it.line = line;
				g_array_index(item_at, gint, depth) =
				    (gint)s->items->len;
				g_array_append_val(s->items, it);
			}
		}
		if ((w = g_hash_table_lookup(s->ids, id)) != NULL) {
			if (w->file == fi)
				g_array_index(s->dup_ids, gboolean, fi) = TRUE;
			diag_error(s->idl, path, line, "duplicate id '%s' "
			    "(first defined at %s:%ld)", id,
			    ((struct model_file *)g_ptr_array_index(s->files,
			    w->file))->path, w->line);
			continue;
		}
		w = g_new0(struct sid, 1);
		w->file = fi;
		w->line = line;
		w->item = g_array_index(item_at, gint, depth);
		g_hash_table_insert(s->ids,
		    g_string_chunk_insert_const(s->strings, id), w);
	}
	g_array_free(item_at, TRUE);
	g_array_free(col_at, TRUE);
	xmlsafe_reader_free(rd);
}

/* check_refs() against the ids of pass 1. */
static void
check_refs_stream(struct stream *s, const struct model_file *f,
    const xmlNode *n)
{
	const struct model_file	*tf;
	const struct sid	*w;
	const char		*v;
	size_t			 i;

	for (i = 0; i < G_N_ELEMENTS(ref_attrs); i++) {
		if ((v = model_attr(n, ref_attrs[i])) == NULL)
			continue;
		if ((w = g_hash_table_lookup(s->ids, v)) == NULL) {
			diag_error(s->checks, f->path, xmlGetLineNo(n),
			    "%s '%s' names no id in the sources", ref_attrs[i],
			    v);
			continue;
		}
		tf = g_ptr_array_index(s->files, w->file);
		if (strcmp(f->root, "themes") != 0 ||
		    strcmp((const char *)n->name, "item") != 0)
			continue;
		if (strcmp(tf->root, "matrix") != 0)
			diag_error(s->checks, f->path, xmlGetLineNo(n),
			    "theme item '%s' is not an item of the matrix", v);
		else if (w->item < 0)
			diag_error(s->checks, f->path, xmlGetLineNo(n),
			    NOT_THEMED, v);
	}
}

/*
 * The RELAX NG schema for file fi and its path in *rng (caller frees
 * with g_free()), or NULL after saying why (an unknown root, a schema
 * that does not parse).
 */
static xmlRelaxNG *
stream_schema(struct stream *s, size_t fi, xmlRelaxNGParserCtxt **pctx,
    char **rngp)
{
	const struct model_file	*f = g_ptr_array_index(s->files, fi);
	xmlRelaxNG		*schema = NULL;
	size_t			 nerr;
	char			*rel, *rng;

	/* An XML name cannot hold "/", so the name cannot leave schema/. */
	rel = g_strdup_printf("source/schema/%s.rng", f->root);
	rng = paths_data(rel);
	if (!g_file_test(rng, G_FILE_TEST_IS_REGULAR))
		diag_error(s->rng, f->path,
		    g_array_index(s->root_lines, long, fi),
		    "unknown root element <%s>: no schema %s", f->root, rel);
	else {
		nerr = diag_list_count_at_least(s->rng, DIAG_ERROR);
		if ((*pctx = xmlRelaxNGNewParserCtxt(rng)) != NULL) {
			xmlRelaxNGSetParserStructuredErrors(*pctx, diag_xml,
			    s->rng);
			schema = xmlRelaxNGParse(*pctx);
		}
		if (schema == NULL && diag_list_count_at_least(s->rng,
		    DIAG_ERROR) == nerr)
			diag_error(s->rng, rng, 0,
			    "cannot use this RELAX NG schema");
	}
	*rngp = rng;
	g_free(rel);
	return schema;
}

/* Pass 2 over file fi: its schema while reading, the element checks. */
static void
check_stream_file(struct stream *s, size_t fi, bool schemas)
{
	const struct model_file	*f = g_ptr_array_index(s->files, fi);
	struct diag_list	*quiet = diag_list_new();
	struct xmlsafe_reader	*rd;
	xmlRelaxNGParserCtxt	*pctx = NULL;
	xmlRelaxNG		*schema = NULL;
	xmlRelaxNGValidCtxt	*vctx = NULL;
	struct rng_errors	 re;
	const struct sid	*w;
	xmlTextReader		*r;
	xmlNode			*node;
	GPtrArray		*numbered;
	xmlDoc			*doc;
	const char		*v;
	char			*rng = NULL;
	int			 rc;
	bool			 tree = false;

	re.items = g_ptr_array_new_with_free_func(validate_error_free);
	numbered = g_ptr_array_new_with_free_func(validate_numbered_free);
	if (schemas)
		schema = stream_schema(s, fi, &pctx, &rng);
	/* Pass 1 has reported what is wrong with the file itself. */
	if ((rd = xmlsafe_reader_open(quiet, f->path)) == NULL)
		goto out;
	r = rd->reader;
	if (schema != NULL && (vctx = xmlRelaxNGNewValidCtxt(schema)) != NULL) {
		if (xmlTextReaderRelaxNGValidateCtxt(r, vctx, 0) != 0)
			tree = true;
		/* The reader relays to its own handler; ours collects. */
		xmlRelaxNGSetValidStructuredErrors(vctx, validate_collect, &re);
	}
	while ((rc = xmlsafe_reader_read(rd)) == 1) {
		if (xmlTextReaderNodeType(r) != XML_READER_TYPE_ELEMENT)
			continue;
		node = xmlTextReaderCurrentNode(r);
		/*
		 * RELAX NG enters each xsd:ID value in the document's table
		 * to find it twice, and a streamed document keeps them all
		 * (50 MB for the 1000x matrix).  Pass 1 has found every id
		 * given twice, and a file with one is validated again as a
		 * tree below: the table is emptied at each top-level child.
		 */
		if (vctx != NULL && xmlTextReaderDepth(r) == 1 &&
		    node->doc != NULL && node->doc->ids != NULL) {
			xmlFreeIDTable(node->doc->ids);
			node->doc->ids = NULL;
		}
		check_refs_stream(s, f, node);
		if (strcmp(f->root, "countries") != 0 &&
		    model_attr(node, "country") != NULL) {
			/* The country as written is a child: read it all. */
			if (xmlTextReaderDepth(r) > 0 &&
			    xmlTextReaderExpand(r) != NULL)
				node = xmlTextReaderCurrentNode(r);
			validate_check_country(s->checks, s->countries, f, node);
		}
		validate_check_dates(s->checks, f, node);
		validate_add_numbered(numbered, node);
		if ((gint)fi == s->themes && s->matrix >= 0 &&
		    (v = model_attr(node, "ref")) != NULL &&
		    (w = g_hash_table_lookup(s->ids, v)) != NULL &&
		    w->item >= 0)
			g_array_index(s->items, struct sitem,
			    w->item).referenced = true;
	}
	validate_check_sequence(s->checks, f, numbered);
	/*
	 * Read as a stream, RELAX NG goes on after a misplaced element and
	 * names every sibling after it, where the tree validator says it
	 * once: an invalid file is validated again as a tree, for the same
	 * messages as validate_model()'s.  Only an invalid file costs its
	 * tree.
	 */
	if (vctx != NULL && (tree || rc != 0 || re.items->len > 0 ||
	    xmlTextReaderIsValid(r) != 1 ||
	    g_array_index(s->dup_ids, gboolean, fi))) {
		xmlsafe_reader_free(rd);
		rd = NULL;
		if ((doc = xmlsafe_read_file(quiet, f->path)) != NULL)
			validate_rng_check(s->rng, doc, rng, s->summaries);
		xmlFreeDoc(doc);
	}
	xmlsafe_reader_free(rd);
out:
	xmlRelaxNGFreeValidCtxt(vctx);
	xmlRelaxNGFree(schema);
	xmlRelaxNGFreeParserCtxt(pctx);
	g_ptr_array_free(re.items, TRUE);
	g_ptr_array_free(numbered, TRUE);
	diag_list_free(quiet);
	g_free(rng);
}

/* check_themes() on the items of pass 1 and the refs of pass 2. */
static void
check_themes_stream(struct stream *s)
{
	const struct model_file	*mf, *tf;
	struct sitem		*it;
	guint			 i;
	gint			 a;

	if (s->matrix < 0 || s->themes < 0)
		return;
	mf = g_ptr_array_index(s->files, s->matrix);
	tf = g_ptr_array_index(s->files, s->themes);
	/* A named item covers the items around it... */
	for (i = 0; i < s->items->len; i++)
		if (g_array_index(s->items, struct sitem, i).referenced)
			for (a = (gint)i; a >= 0; a = g_array_index(s->items,
			    struct sitem, a).parent)
				g_array_index(s->items, struct sitem,
				    a).covered = true;
	/* ...and the items inside it. */
	for (i = 0; i < s->items->len; i++) {
		it = &g_array_index(s->items, struct sitem, i);
		for (a = it->parent; a >= 0 && !it->covered;
		    a = g_array_index(s->items, struct sitem, a).parent)
			it->covered = g_array_index(s->items, struct sitem,
			    a).referenced;
		if (!it->covered)
			diag_error(s->cover, mf->path, it->line,
			    "item '%s' is assigned to no theme in %s", it->id,
			    tf->path);
	}
}

/* Append the messages of from to to, in order. */
static void
append(struct diag_list *to, const struct diag_list *from)
{
	const struct diag	*d;
	size_t			 i;

	for (i = 0; i < diag_list_count(from); i++) {
		d = diag_list_get(from, i);
		diag_add(to, d->level, d->file, d->line, d->column, "%s",
		    d->text);
	}
}

/*
 * Without the matrix every reference failed, hundreds of messages and
 * none naming the cause: its absence is the one message.  0, or -1.
 */
static int
have_matrix(struct diag_list *dl, const char *source_dir)
{
	char	*path = g_build_filename(source_dir, "matrix.xml", NULL);
	int	 rc = 0;

	if (!g_file_test(path, G_FILE_TEST_EXISTS)) {
		diag_error(dl, path, 0, "no such file: every source directory "
		    "has its matrix.xml");
		rc = -1;
	}
	g_free(path);
	return rc;
}

int
validate_sources(struct diag_list *dl, const char *source_dir)
{
	struct stream		 s;
	struct diag_list	*tmp, *quiet;
	const struct model_file	*f;
	GPtrArray		*paths, *done;
	char			*schemas;
	size_t			 i, nerr = diag_list_count_at_least(dl,
				    DIAG_ERROR);
	bool			 have;
	int			 rc;

	if ((paths = model_paths(dl, source_dir)) == NULL)
		return -1;
	if (have_matrix(dl, source_dir) != 0) {
		g_ptr_array_free(paths, TRUE);
		return -1;
	}
	memset(&s, 0, sizeof(s));
	s.files = g_ptr_array_new_with_free_func(sfile_free);
	s.root_lines = g_array_new(FALSE, FALSE, sizeof(long));
	s.dup_ids = g_array_new(FALSE, TRUE, sizeof(gboolean));
	s.strings = g_string_chunk_new(64 * 1024);
	s.ids = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, g_free);
	s.items = g_array_new(FALSE, FALSE, sizeof(struct sitem));
	s.matrix = s.themes = -1;
	s.countries = model_new();
	s.rng = diag_list_new();
	s.idl = diag_list_new();
	s.checks = diag_list_new();
	s.cover = diag_list_new();
	s.summaries = g_hash_table_new(g_direct_hash, g_direct_equal);
	tmp = diag_list_new();
	quiet = diag_list_new();

	for (i = 0; i < paths->len; i++)
		scan_file(&s, dl, g_ptr_array_index(paths, i));
	for (i = 0; i < s.files->len; i++) {
		f = g_ptr_array_index(s.files, i);
		if (strcmp(f->root, "countries") == 0)
			model_add(s.countries, quiet, f->path, false);
	}
	/* Without the schemas every root would look unknown: say why. */
	schemas = paths_data("source/schema");
	have = g_file_test(schemas, G_FILE_TEST_IS_DIR);
	if (!have)
		diag_add(tmp, DIAG_SYSTEM, schemas, 0, 0, "no schema directory "
		    "(is ASEMDOC_DATADIR set to the top of the tree?)");
	g_free(schemas);
	for (i = 0; i < s.files->len; i++)
		check_stream_file(&s, i, have);
	check_themes_stream(&s);
	append(tmp, s.rng);
	append(tmp, s.idl);
	append(tmp, s.checks);
	append(tmp, s.cover);
	rc = diag_list_failed(tmp) ? -1 : 0;
	done = g_ptr_array_new();
	for (i = 0; i < s.files->len; i++)
		g_ptr_array_add(done, ((struct model_file *)
		    g_ptr_array_index(s.files, i))->path);
	validate_flush(dl, tmp, s.summaries, done);
	g_ptr_array_free(done, TRUE);

	g_hash_table_destroy(s.summaries);
	diag_list_free(quiet);
	diag_list_free(tmp);
	diag_list_free(s.cover);
	diag_list_free(s.checks);
	diag_list_free(s.idl);
	diag_list_free(s.rng);
	model_free(s.countries);
	g_array_free(s.items, TRUE);
	g_hash_table_destroy(s.ids);
	g_string_chunk_free(s.strings);
	g_array_free(s.root_lines, TRUE);
	g_array_free(s.dup_ids, TRUE);
	g_ptr_array_free(s.files, TRUE);
	g_ptr_array_free(paths, TRUE);
	if (diag_list_count_at_least(dl, DIAG_ERROR) != nerr)
		rc = -1;
	return rc;
}
