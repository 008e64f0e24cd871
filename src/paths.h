/* Where the program finds its own files: fonts, stylesheets, schemas. */
#ifndef PATHS_H
#define PATHS_H

/*
 * The data directory holding fonts/, xsl/ and source/schema/: the value
 * of ASEMDOC_DATADIR when set, else the directory of the running binary
 * when it holds fonts/ (a build in the source tree), else the installed
 * share directory.  Borrowed; valid for the life of the process.
 */
const char	*paths_data_dir(void);

/*
 * A file below the data directory, e.g. paths_data("fonts/fonts.conf").
 * Caller frees with g_free().
 */
char		*paths_data(const char *rel);

#endif
