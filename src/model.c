/* Loading source/ for the stages that read it: files, ids, countries. */
#include <string.h>

#include <glib.h>
#include <libxml/tree.h>

#include "diag.h"
#include "model.h"
#include "xmlsafe.h"

struct model {
	GPtrArray	*files;		/* of struct model_file * */
	GHashTable	*ids;		/* id -> xmlNode *, first definition */
	GHashTable	*countries;	/* code -> <country> xmlNode * */
};

static void
file_free(gpointer p)
{
	struct model_file	*f = p;

	if (f == NULL)
		return;
	xmlFreeDoc(f->doc);
	g_free(f->path);
	g_free(f->root);
	g_free(f);
}

struct model *
model_new(void)
{
	struct model	*m = g_new0(struct model, 1);

	m->files = g_ptr_array_new_with_free_func(file_free);
	m->ids = g_hash_table_new(g_str_hash, g_str_equal);
	m->countries = g_hash_table_new(g_str_hash, g_str_equal);
	return m;
}

void
model_free(struct model *m)
{
	if (m == NULL)
		return;
	/* The tables borrow their keys from the documents: free them first. */
	g_hash_table_destroy(m->ids);
	g_hash_table_destroy(m->countries);
	g_ptr_array_free(m->files, TRUE);
	g_free(m);
}

const char *
model_attr(const xmlNode *node, const char *name)
{
	xmlAttr	*a;

	if (node == NULL || node->type != XML_ELEMENT_NODE)
		return NULL;
	if ((a = xmlHasProp(node, (const xmlChar *)name)) == NULL ||
	    a->type != XML_ATTRIBUTE_NODE)
		return NULL;
	if (a->children == NULL)
		return "";
	return (const char *)a->children->content;
}

xmlNode *
model_walk(const xmlNode *top, const xmlNode *n)
{
	const xmlNode	*c;

	for (c = n->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			return (xmlNode *)c;
	while (n != NULL && n != top) {
		for (c = n->next; c != NULL; c = c->next)
			if (c->type == XML_ELEMENT_NODE)
				return (xmlNode *)c;
		n = n->parent;
	}
	return NULL;
}

/* Enter the ids (and, for the countries file, the codes) of f. */
static void
index_file(struct model *m, const struct model_file *f)
{
	xmlNode		*top = xmlDocGetRootElement(f->doc), *n;
	const char	*v;
	bool		 countries = strcmp(f->root, "countries") == 0;

	for (n = top; n != NULL; n = model_walk(top, n)) {
		if ((v = model_attr(n, "id")) != NULL &&
		    !g_hash_table_contains(m->ids, v))
			g_hash_table_insert(m->ids, (gpointer)v, n);
		if (countries &&
		    strcmp((const char *)n->name, "country") == 0 &&
		    (v = model_attr(n, "code")) != NULL &&
		    !g_hash_table_contains(m->countries, v))
			g_hash_table_insert(m->countries, (gpointer)v, n);
	}
}

static void
add_doc(struct model *m, const char *path, xmlDoc *doc, bool checked)
{
	struct model_file	*f = g_new0(struct model_file, 1);
	xmlNode			*root = xmlDocGetRootElement(doc);

	f->path = g_strdup(path);
	f->root = g_strdup(root != NULL ? (const char *)root->name : "");
	f->doc = doc;
	f->checked = checked;
	g_ptr_array_add(m->files, f);
	if (root != NULL)
		index_file(m, f);
}

bool
model_add(struct model *m, struct diag_list *dl, const char *path,
    bool checked)
{
	xmlDoc	*doc;

	if ((doc = xmlsafe_read_file(dl, path)) == NULL)
		return false;
	add_doc(m, path, doc, checked);
	return true;
}

static gint
compare_names(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Append the .xml files below dir (but not top/raw) to paths, sorted. */
static void
list_dir(struct diag_list *dl, const char *top, const char *dir,
    GPtrArray *paths)
{
	GDir		*d;
	GError		*err = NULL;
	GPtrArray	*names = g_ptr_array_new_with_free_func(g_free);
	const char	*name;
	char		*path;
	size_t		 i;

	if ((d = g_dir_open(dir, 0, &err)) == NULL) {
		diag_add(dl, DIAG_SYSTEM, dir, 0, 0,
		    "cannot read directory: %s", err->message);
		g_error_free(err);
		g_ptr_array_free(names, TRUE);
		return;
	}
	while ((name = g_dir_read_name(d)) != NULL)
		if (name[0] != '.')
			g_ptr_array_add(names, g_strdup(name));
	g_dir_close(d);
	g_ptr_array_sort(names, compare_names);
	for (i = 0; i < names->len; i++) {
		name = g_ptr_array_index(names, i);
		path = g_build_filename(dir, name, NULL);
		if (g_file_test(path, G_FILE_TEST_IS_DIR)) {
			/*
			 * source/raw/ holds the texts as received, not XML.
			 * A linked directory could loop back: not followed.
			 */
			if (!(dir == top && strcmp(name, "raw") == 0) &&
			    !g_file_test(path, G_FILE_TEST_IS_SYMLINK))
				list_dir(dl, top, path, paths);
			g_free(path);
		} else if (g_str_has_suffix(name, ".xml"))
			g_ptr_array_add(paths, path);
		else
			g_free(path);
	}
	g_ptr_array_free(names, TRUE);
}

GPtrArray *
model_paths(struct diag_list *dl, const char *source_dir)
{
	GPtrArray	*paths;

	if (!g_file_test(source_dir, G_FILE_TEST_IS_DIR)) {
		diag_error(dl, source_dir, 0, "no such source directory");
		return NULL;
	}
	paths = g_ptr_array_new_with_free_func(g_free);
	list_dir(dl, source_dir, source_dir, paths);
	return paths;
}

struct model *
model_load(struct diag_list *dl, const char *source_dir)
{
	struct model	*m;
	GPtrArray	*paths;
	size_t		 i;

	if ((paths = model_paths(dl, source_dir)) == NULL)
		return NULL;
	m = model_new();
	for (i = 0; i < paths->len; i++)
		model_add(m, dl, g_ptr_array_index(paths, i), true);
	g_ptr_array_free(paths, TRUE);
	return m;
}

/* What a given file must share with a source file to supersede it. */
static char *
identity(xmlDoc *doc)
{
	xmlNode		*root = xmlDocGetRootElement(doc);
	const char	*id;

	if (root == NULL)
		return g_strdup("");
	id = model_attr(root, "id");
	return g_strdup_printf("%s#%s", (const char *)root->name,
	    id != NULL ? id : "");
}

static bool
same_file(const char *a, const char *b)
{
	char	*ca = g_canonicalize_filename(a, NULL);
	char	*cb = g_canonicalize_filename(b, NULL);
	bool	 same = strcmp(ca, cb) == 0;

	g_free(ca);
	g_free(cb);
	return same;
}

struct model *
model_load_files(struct diag_list *dl, const char *source_dir,
    char *const *files, size_t nfiles)
{
	struct model		*m = model_new();
	struct model		*ctx;
	const struct model_file	*f;
	GHashTable		*given;
	size_t			 i, j, ngiven;
	bool			 superseded;

	for (i = 0; i < nfiles; i++)
		model_add(m, dl, files[i], true);
	if (source_dir == NULL ||
	    !g_file_test(source_dir, G_FILE_TEST_IS_DIR))
		return m;
	given = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	ngiven = m->files->len;
	for (i = 0; i < ngiven; i++) {
		f = g_ptr_array_index(m->files, i);
		g_hash_table_add(given, identity(f->doc));
	}
	ctx = model_load(dl, source_dir);
	for (i = 0; i < ctx->files->len; i++) {
		struct model_file	*c = g_ptr_array_index(ctx->files, i);
		char			*key = identity(c->doc);

		superseded = g_hash_table_contains(given, key);
		for (j = 0; j < nfiles && !superseded; j++)
			superseded = same_file(files[j], c->path);
		g_free(key);
		if (superseded)
			continue;
		/* Move the document from the context model into m. */
		add_doc(m, c->path, c->doc, false);
		c->doc = NULL;
	}
	model_free(ctx);
	g_hash_table_destroy(given);
	return m;
}

size_t
model_file_count(const struct model *m)
{
	return m->files->len;
}

const struct model_file *
model_file_get(const struct model *m, size_t i)
{
	return i < m->files->len ? g_ptr_array_index(m->files, i) : NULL;
}

const struct model_file *
model_file_by_root(const struct model *m, const char *root)
{
	size_t	 i;

	for (i = 0; i < m->files->len; i++) {
		const struct model_file *f = g_ptr_array_index(m->files, i);

		if (strcmp(f->root, root) == 0)
			return f;
	}
	return NULL;
}

const struct model_file *
model_node_file(const struct model *m, const xmlNode *node)
{
	size_t	 i;

	if (node == NULL)
		return NULL;
	for (i = 0; i < m->files->len; i++) {
		const struct model_file *f = g_ptr_array_index(m->files, i);

		if (f->doc == node->doc)
			return f;
	}
	return NULL;
}

xmlNode *
model_find_id(const struct model *m, const char *id)
{
	return id != NULL ? g_hash_table_lookup(m->ids, id) : NULL;
}

xmlNode *
model_country(const struct model *m, const char *code)
{
	return code != NULL ? g_hash_table_lookup(m->countries, code) : NULL;
}
