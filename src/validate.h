/* Validation of source/: RELAX NG, then what a schema cannot say (ids, references, codes, dates). */
#ifndef VALIDATE_H
#define VALIDATE_H

#include <stddef.h>

#include <libxml/tree.h>

struct diag_list;
struct model;

/*
 * Check doc against the RELAX NG schema (XML syntax) at rng.  Every
 * problem goes to dl as "file:line: error: ...", one a problem: the
 * summary messages libxml2 adds after a specific one are left out, and
 * so are its duplicate-ID messages, which validate_model() reports with
 * both places.  Returns 0 if valid, else -1.
 */
int	validate_doc(struct diag_list *dl, xmlDoc *doc, const char *rng);

/*
 * Check every file of m marked checked: its schema, chosen by the root
 * element <X> as paths_data("source/schema/X.rng") (an unknown root is
 * an error), then across all files of m:
 *   - every id attribute unique;
 *   - every ref and meeting attribute names an id; a <themes> file's
 *     refs name matrix items;
 *   - every country attribute is a code of the countries file, a
 *     region beside it agrees with that country's region, and the
 *     country as written beside it (a <country> child, a partner's
 *     <name>) is that country's name or one of its aliases;
 *   - start <= end wherever both are ISO dates, no impossible date
 *     (2010-02-30) in a start, end, date or when attribute, and
 *     numbered events (meetings with n, start, end) in the order of
 *     their numbers;
 *   - when a <themes> file exists, every item of the matrix's action
 *     plans, recommendations and follow-ups is assigned to a theme
 *     (itself, an enclosing item or an item inside it).
 * Returns 0 when all hold, else -1.
 */
int	validate_model(struct diag_list *dl, const struct model *m);

/*
 * Load every XML file below source_dir (not raw/) and check them all
 * with validate_model().  What the report builder calls to refuse an
 * invalid source.  Returns 0 when all hold, else -1.
 */
int	validate_sources(struct diag_list *dl, const char *source_dir);

/*
 * Check the given files only, each as a member of source_dir (see
 * model_load_files(): a file supersedes its counterpart there, the rest
 * of source_dir resolves references).  Returns 0 when all hold, else -1.
 */
int	validate_files(struct diag_list *dl, const char *source_dir,
	    char *const *files, size_t nfiles);

#endif
