/* The sources under source/ loaded once, with line numbers and look-ups by id. */
#ifndef MODEL_H
#define MODEL_H

#include <stdbool.h>
#include <stddef.h>

#include <glib.h>
#include <libxml/tree.h>

struct diag_list;
struct model;

struct model_file {
	char	*path;		/* as found or given: "source/matrix.xml" */
	char	*root;		/* root element name: "matrix", "document" */
	xmlDoc	*doc;
	/*
	 * Named for checking; false for a file loaded only so that the
	 * checked ones can refer to its ids.
	 */
	bool	 checked;
};

/*
 * Every XML file (name ending in ".xml") below source_dir, in name order,
 * except those under source_dir/raw/, each read with xmlsafe_read_file()
 * and marked checked.  A file that cannot be read is reported to dl and
 * left out.  Returns the model (caller frees with model_free()), or NULL
 * after an error when source_dir is not a directory.
 */
struct model	*model_load(struct diag_list *dl, const char *source_dir);

/*
 * The paths model_load() reads, in its order, without reading them.
 * Returns the array (caller frees with g_ptr_array_free(a, TRUE)), or
 * NULL after an error when source_dir is not a directory.
 */
GPtrArray	*model_paths(struct diag_list *dl, const char *source_dir);

/*
 * The given files, marked checked, plus the files of source_dir as
 * context for references.  A given file supersedes the file of
 * source_dir that is the same file or has the same root element (and,
 * when the root has an id, the same id): "validate my edition of the
 * matrix against the rest of source/".  source_dir may be NULL or
 * missing: then only the given files are loaded.  Never NULL.
 */
struct model	*model_load_files(struct diag_list *dl, const char *source_dir,
		    char *const *files, size_t nfiles);

/* An empty model; add to it with model_add(). */
struct model	*model_new(void);

/*
 * Read path and add it; true when read.  Its ids join the look-up table
 * (the first file to define an id keeps it).
 */
bool		 model_add(struct model *, struct diag_list *dl,
		    const char *path, bool checked);

void		 model_free(struct model *);

size_t		 model_file_count(const struct model *);
/* The i-th file, borrowed from the model. */
const struct model_file	*model_file_get(const struct model *, size_t i);
/* The first file whose root element has this name, or NULL. */
const struct model_file	*model_file_by_root(const struct model *,
			    const char *root);
/* The file holding node, or NULL. */
const struct model_file	*model_node_file(const struct model *,
			    const xmlNode *node);

/* The element whose id attribute is id, in any file, or NULL. */
xmlNode		*model_find_id(const struct model *, const char *id);

/*
 * The <country> element of the countries file (root <countries>) whose
 * code attribute is code, or NULL.
 */
xmlNode		*model_country(const struct model *, const char *code);

/*
 * The value of the attribute name of node, borrowed from the document,
 * or NULL when node has no such attribute.
 */
const char	*model_attr(const xmlNode *node, const char *name);

/*
 * Walk the elements below top in document order: model_walk(top, top)
 * is the first element below top, model_walk(top, n) the one after n;
 * NULL at the end.  No recursion, so deep nesting is safe.
 */
xmlNode		*model_walk(const xmlNode *top, const xmlNode *n);

#endif
