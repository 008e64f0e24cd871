/* Import stage: the matrix text extracted from a PDF -> canonical XML. */
#ifndef IMPORT_H
#define IMPORT_H

#include <stdbool.h>
#include <stddef.h>

#include <glib.h>
#include <libxml/tree.h>

struct diag_list;

/* Columns of the raw table: NO, THEMES and the five content columns. */
#define IMPORT_NCOLS	6

/* One data row of the raw table with its line number. */
struct import_row {
	long	 line;
	char	*cells[IMPORT_NCOLS];	/* trimmed; "" when empty */
};

/* One line of the title block above the first column headings. */
struct import_line {
	long	 line;
	char	*text;
};

struct import_table {
	char		*file;		/* name used in messages */
	GPtrArray	*title;		/* struct import_line * */
	struct import_row *header;	/* first column headings */
	GPtrArray	*rows;		/* struct import_row *: data rows */
};

/*
 * Split the raw text (len bytes, need not be NUL-terminated) into rows
 * of tab-separated cells.  A UTF-8 byte order mark and CR before LF are
 * ignored.  Blank lines are skipped; repeated column headings and "--"
 * rows are dropped with a note.  Refused with an error naming line (and
 * byte column): an empty, binary or truncated file, invalid UTF-8, a row
 * with too few or too many cells.  Returns the table (caller frees with
 * import_table_free()) or NULL after recording at least one error.
 */
struct import_table	*import_tsv_parse(struct diag_list *, const char *file,
			    const char *buf, size_t len);
void			 import_table_free(struct import_table *);
size_t			 import_table_rows(const struct import_table *);

/* Kind of list marker written as text in a cell. */
enum import_mark {
	IMPORT_MARK_NONE,	/* <li> without a marker */
	IMPORT_MARK_BULLET,	/* • */
	IMPORT_MARK_SQUARE,	/* ▪ */
	IMPORT_MARK_DASH,	/* - */
	IMPORT_MARK_BOX,	/* □ ☐ <input type="checkbox"> */
	IMPORT_MARK_PAREN,	/* 1) */
	IMPORT_MARK_DOT		/* 4. */
};

/*
 * One block of a cell: a paragraph or a list item, flat; nesting is
 * decided when pieces are placed into a column (import_repair.c).
 */
struct import_piece {
	bool		 item;		/* li, else p */
	enum import_mark mark;
	char		*marker;	/* as written, NULL when none */
	bool		 checkbox;
	long		 line;
	xmlNode		*node;		/* unlinked "p" or "li" holding inline
					   content; owned by the piece until
					   taken (set to NULL) */
};

/*
 * Parse one cell's HTML fragment with libxml2's HTML parser into pieces
 * whose nodes belong to doc.  Markers written as text ("•", "□", "1)",
 * "4.", and "-" at the start of a block or in a list of dashes) start
 * items; <i> and <b> are kept; whitespace is normalised.  Broken HTML
 * is read best effort; when the HTML parser gives up (nesting deeper
 * than libxml2 allows) an error names the line.  Returns an array of
 * struct import_piece * that frees its elements (caller frees with
 * g_ptr_array_unref()).
 */
GPtrArray	*import_cell_parse(struct diag_list *, const char *file,
		    xmlDoc *doc, long line, const char *html);

/*
 * Check that every letter and digit of the cell's HTML source, read as
 * text where it is not plainly markup, is in its parsed pieces, in
 * order: libxml2's HTML parser drops the rest of a cell after an
 * unclosed tag or comment without a word.  0, or -1 after an error
 * quoting the text from the first letter lost.
 */
int		 import_cell_check(struct diag_list *, const char *file,
		    long line, const char *html, const GPtrArray *pieces);
void		 import_piece_free(struct import_piece *);

/* Text of a piece's node without nested lists; caller frees with g_free(). */
char		*import_cell_text(xmlNode *);

/*
 * The THEMES cell read as a heading: its whole text (markup removed,
 * whitespace normalised), the theme (the first <i>, quotes stripped) and
 * the text after the last <i> (place and dates).  Each result is set
 * (caller frees with g_free()); title and tail may be "".
 */
void		 import_cell_heading(const char *html, char **heading,
		    char **title, char **tail);

/* Country look-up table from source/reference/countries.xml. */
struct import_countries;

/*
 * Load the countries file; NULL after recording an error.  Free with
 * import_countries_free().
 */
struct import_countries	*import_countries_load(struct diag_list *,
			    const char *path);
void			 import_countries_free(struct import_countries *);
/* ISO code for a name or alias ("Polandia", "the Netherlands"), or NULL. */
const char		*import_countries_code(const struct import_countries *,
			    const char *name);

/*
 * Parse dates as written: "1-2 March 2018", "8 – 11 September 2010",
 * "2 – 4 December 2003", "21 April – 2 May 2008", "7 June 2005".  Sets
 * start and end to ISO 8601 dates (caller frees with g_free()) and
 * returns 0, or returns -1 leaving them NULL.
 */
int	import_place_dates(const char *text, char **start, char **end);

/*
 * Split "Sofia, Bulgaria, 1-2 March 2018" into city, country and dates
 * as written.  Returns 0 and sets all three (caller frees with g_free()),
 * or -1 leaving them NULL.
 */
int	import_place_split(const char *text, char **city, char **country,
	    char **dates);

/* The meeting number in a heading ("ASEM – CMM 3" -> 3), or 0. */
int	import_place_cmm_number(const char *heading);

/* A meeting with its five content columns as XML elements. */
struct import_meeting {
	long		 line;		/* its first row */
	GString		*src;		/* lines of all its rows */
	int		 n;
	bool		 n_inferred;
	char		*heading, *title, *city, *country, *code;
	char		*dates, *start, *end;
	xmlNode		*cols[IMPORT_NCOLS - 1];	/* themes..follow-up */
	GArray		*open[IMPORT_NCOLS - 1];	/* open lists, innermost
							   last */
};

/* The whole matrix: title block, headings, meetings sorted by number. */
struct import_matrix {
	xmlDoc		*doc;		/* owns every meeting's column nodes */
	char		*title;
	long		 rev_line;
	char		*rev_summary, *rev_date, *rev_body, *rev_country;
	char		*columns[IMPORT_NCOLS];
	GPtrArray	*meetings;	/* struct import_meeting * */
};

/*
 * Build the matrix from the table: one meeting per row with a NO or
 * THEMES cell (number inferred from the heading when NO is empty, with a
 * warning), continuation rows merged into their meeting and column,
 * sentences cut by a page break joined (note) and items repeated across
 * a page break dropped (warning), dates and places resolved through
 * countries.  Returns the matrix (caller frees with
 * import_matrix_free()) or NULL after recording an error.
 */
struct import_matrix	*import_repair(struct diag_list *,
			    const struct import_table *,
			    const struct import_countries *);
void			 import_matrix_free(struct import_matrix *);

/*
 * Place one piece into a column: a paragraph closes open lists; an item
 * goes to the innermost open list with the same kind of marker, or opens
 * a list nested in the last item.  Takes piece->node.
 */
void	import_repair_place(xmlNode *col, GArray *open,
	    struct import_piece *);

/*
 * The canonical XML document of the matrix, ids assigned.  Caller frees
 * with xmlFreeDoc().
 */
xmlDoc	*import_write_doc(const struct import_matrix *);

/*
 * The document as bytes: UTF-8, 2-space indentation, final newline.
 * Caller frees with g_free().
 */
char	*import_write_text(const struct import_matrix *, size_t *len);

/*
 * Text dump of the table's rows and their cells' pieces, for golden
 * tests; cells that cannot be read are reported to dl.  Caller frees
 * with g_free().
 */
char	*import_write_dump(struct diag_list *, const struct import_table *);

#endif
