/* Versioned archive: each version's reports, sources and manifest, verified by rebuilding. */
#ifndef ARCHIVE_H
#define ARCHIVE_H

#include <stdbool.h>
#include <glib.h>

struct diag_list;

/* One file of an archived version, path relative to the version's dir. */
struct archive_entry {
	char		*path;
	guint64		 size;
	char		*sha256;	/* lower-case hex */
};

/*
 * The MANIFEST of DIR/<version>/: the matrix version and its date (the
 * build date: from the revision, never the clock), the program version,
 * and every other file of the version sorted by path.
 */
struct archive_manifest {
	char		*version;
	char		*date;
	char		*program;
	GPtrArray	*entries;	/* of struct archive_entry * */
};

void	 archive_manifest_free(struct archive_manifest *);

/*
 * List every regular file below dir but the top-level MANIFEST, with
 * size and SHA-256 (GChecksum), sorted by path.  version, date and
 * program are copied into the manifest.  A symbolic link or a file that
 * cannot be read is an error in dl.  Returns the manifest (free with
 * archive_manifest_free()) or NULL after recording an error.
 */
struct archive_manifest *archive_manifest_scan(struct diag_list *dl,
	    const char *dir, const char *version, const char *date,
	    const char *program);

/*
 * The manifest as text: "asemdoc archive manifest 1", then "version:",
 * "date:", "program:" and "files:" lines, then "SHA256 SIZE PATH" a file.
 * Caller frees with g_free().
 */
char	*archive_manifest_format(const struct archive_manifest *);

/*
 * Parse text read from path (used in messages with the line number).
 * Returns the manifest or NULL after recording an error.
 */
struct archive_manifest *archive_manifest_parse(struct diag_list *dl,
	    const char *path, const char *text);

/* Read and parse the file at path; NULL after recording an error. */
struct archive_manifest *archive_manifest_read(struct diag_list *dl,
	    const char *path);

/*
 * The paths whose entries differ between a and b (size or checksum, or
 * listed in one only), sorted; each string is "PATH" followed by " (only
 * in the archive)", " (new)" or nothing.  Caller frees with
 * g_ptr_array_unref().  Program versions are not compared.
 */
GPtrArray *archive_manifest_compare(const struct archive_manifest *old_m,
	    const struct archive_manifest *new_m);

/*
 * SHA-256 of the file at path in lower-case hex, its size in *size.
 * Caller frees with g_free(); NULL after recording a system error.
 */
char	*archive_manifest_sha256(struct diag_list *dl, const char *path,
	    guint64 *size);

/*
 * Copy the tree below src to dst (created), regular files and
 * directories only.  0, or -1 after recording an error.
 */
int	 archive_tree_copy(struct diag_list *dl, const char *src,
	    const char *dst);

/* Remove dir and everything below it; for our own temporary dirs. */
void	 archive_tree_remove(const char *dir);

/*
 * The latest revision of source_dir/matrix.xml as the reports show it
 * (the latest date, the last of several on that date): *version and
 * *date, freed by the caller with g_free().  The version must be a
 * dotted number, as it names a directory.  0, or -1 after recording an
 * error.
 */
int	 archive_revision(struct diag_list *dl, const char *source_dir,
	    char **version, char **date);

/*
 * Build every report from source_dir into out_dir with the stylesheets
 * in xsl_dir (NULL: those in use) and the dates of the sources only
 * (SOURCE_DATE_EPOCH is unset meanwhile, as the revision dates the
 * PDFs).  0, or -1 when a report could not be built.
 */
int	 archive_build(struct diag_list *dl, const char *source_dir,
	    const char *xsl_dir, const char *out_dir);

/*
 * asemdoc archive: write dir/<version>/ from source_dir (reports in
 * reports/, the sources in source/, the stylesheets in xsl/,
 * fonts/MANIFEST, MANIFEST), built in
 * a temporary directory inside dir and renamed into place when
 * complete; refuse a version already there with other content, naming
 * each file that differs; accept the same content as a no-op with a
 * note; then rewrite the index.  0, or -1 after recording errors.
 */
int	 archive_write(struct diag_list *dl, const char *source_dir,
	    const char *dir);

/*
 * Rewrite dir/index.html and dir/index.pdf from the MANIFEST of every
 * version in dir, through xsl/archive-index.xsl.  0, or -1 after
 * recording errors.
 */
int	 archive_index(struct diag_list *dl, const char *dir);

/*
 * asemdoc verify: check every file of version_dir against its MANIFEST,
 * rebuild the reports from version_dir/source with the stylesheets in
 * use and compare them byte for byte with version_dir/reports; each
 * mismatch is an error naming the file, each stylesheet changed since
 * the version was built a warning.  0 when all match, else -1.
 */
int	 archive_verify(struct diag_list *dl, const char *version_dir);

#endif
