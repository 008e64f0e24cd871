/* Transformation stage: applies the stylesheets in xsl/ to the sources. */
#ifndef TRANSFORM_H
#define TRANSFORM_H

#include <libxml/tree.h>

struct diag_list;
struct transform;

/*
 * Load the stylesheet at path (and what it imports or includes) with the
 * safe parser options.  While it loads and while it runs, files may be
 * read only below the directories in read_dirs (NULL-terminated; the
 * stylesheet's own directory is always allowed), never over the network,
 * and nothing is written.  Compilation errors go to dl as
 * "xsl/file.xsl:LINE: error: ...".  Returns the stylesheet (free with
 * transform_free()) or NULL after recording an error.
 */
struct transform	*transform_load(struct diag_list *dl, const char *path,
			    const char *const *read_dirs);
void			 transform_free(struct transform *);

/*
 * Apply t to doc with the string parameters params (NULL-terminated
 * name, value pairs; values are passed as strings, any quote allowed).
 * xsl:message text is recorded as a note, or as an error when the
 * message terminates the transform.  Returns the result (caller frees
 * with xmlFreeDoc()) or NULL after recording an error; a transform that
 * reported any error returns NULL.
 */
xmlDoc			*transform_apply(struct diag_list *dl,
			    struct transform *t, xmlDoc *doc,
			    const char *const *params);

/*
 * Serialise result as the stylesheet's xsl:output asks and write it to
 * out_path atomically.  Returns 0, or -1 after recording a system error.
 */
int			 transform_save(struct diag_list *dl,
			    struct transform *t, xmlDoc *result,
			    const char *out_path);

/* The stylesheet's path as given to transform_load(); borrowed. */
const char		*transform_path(const struct transform *);

#endif
