/* Changes between two versions of source/matrix.xml: matching by id, word changes, reports. */
#ifndef DIFF_H
#define DIFF_H

#include <stdbool.h>
#include <stddef.h>
#include <libxml/tree.h>
#include <glib.h>

struct diag_list;

enum diff_kind {
	DIFF_MEETING_ADDED,
	DIFF_MEETING_REMOVED,
	DIFF_MEETING_EDITED,	/* a field of the meeting (heading, dates...) */
	DIFF_ITEM_ADDED,
	DIFF_ITEM_REMOVED,
	DIFF_ITEM_MOVED,	/* same id, other meeting, column or place */
	DIFF_ITEM_EDITED	/* same id, other text, marker or emphasis */
};

enum diff_op {
	DIFF_SAME,
	DIFF_DEL,
	DIFF_INS
};

/* A run of words that are kept, deleted or inserted, joined by spaces. */
struct diff_run {
	enum diff_op	 op;
	char		*text;
};

/* Where an item stands in one version of the matrix. */
struct diff_place {
	const char	*meeting;	/* meeting id, "cmm4" */
	long		 n;		/* meeting number */
	const char	*column;	/* "recommendations" */
	const char	*parent;	/* enclosing item id, or NULL */
	size_t		 position;	/* 1-based among its siblings */
	long		 line;		/* line in that file */
};

struct diff_change {
	enum diff_kind	 kind;
	const char	*id;		/* item or meeting id */
	/*
	 * What changed in an edit: "text", "marker", "checkbox" or
	 * "emphasis" for items; the field name for meetings.
	 */
	const char	*field;
	struct diff_place old;		/* unset (meeting NULL) when added */
	struct diff_place new;		/* unset (meeting NULL) when removed */
	/* Added or removed: the item's text or the meeting's heading. */
	const char	*text;
	/* Meeting added or removed: how many items it holds. */
	size_t		 items;
	/* Edited: the words, as struct diff_run. */
	GPtrArray	*runs;
};

/* The latest revision of one version: strings borrowed from the diff. */
struct diff_side {
	const char	*path;
	const char	*version;	/* "" when the file has no revision */
	const char	*date;
};

struct diff;

/*
 * Compare two matrices (documents of source/schema/matrix.rnc) read from
 * old_path and new_path.  Meetings and items are matched by their ids;
 * an item's text, emphasis, marker and check box are compared, not its
 * src (where it came from in the raw text) nor the numbers of ordered
 * markers ("1)"), which follow from its place.
 * An input that cannot be compared (other root element, an item or a
 * meeting without id, an id used twice) is reported in dl with file and
 * line at level DIAG_USAGE, so the command exits 2, and NULL is
 * returned.  Otherwise returns the changes (none when the matrices are
 * equal), ordered by meeting number, column and place; free with
 * diff_free().  Neither document is kept.
 */
struct diff	*diff_match(struct diag_list *dl, xmlDoc *old_doc,
		    const char *old_path, xmlDoc *new_doc,
		    const char *new_path);
void		 diff_free(struct diff *);

size_t			 diff_count(const struct diff *);
/* The i-th change, borrowed from the diff. */
const struct diff_change *diff_get(const struct diff *, size_t i);
/* The old (which 0) or new (which 1) version; borrowed. */
const struct diff_side	*diff_side(const struct diff *, int which);

/*
 * Word-level changes from old to new: an LCS over whitespace-separated
 * words.  Returns a GPtrArray of struct diff_run (consecutive words with
 * the same op joined, deletions before insertions in each changed
 * stretch); the caller frees it with g_ptr_array_unref().
 */
GPtrArray	*diff_words(const char *old_text, const char *new_text);

/* Runs as text, deletions as "[-...-]" and insertions as "{+...+}". */
char		*diff_words_format(const GPtrArray *runs);

/*
 * The plain-text report: one line a change, then a summary line; the
 * empty string when there is no change.  Caller frees with g_free().
 */
char		*diff_out_text(const struct diff *);

/*
 * The changes as XML (root <changes>), the input of xsl/changes.xsl.
 * Caller frees with xmlFreeDoc().
 */
xmlDoc		*diff_out_xml(const struct diff *);

#endif
