/* Diagnostics: every stage records its messages here; main.c prints them. */
#ifndef DIAG_H
#define DIAG_H

#include <stdbool.h>
#include <stddef.h>

enum diag_level {
	DIAG_NOTE,
	DIAG_WARNING,
	DIAG_ERROR,
	DIAG_USAGE,	/* bad command line: exit status 2 */
	DIAG_SYSTEM	/* I/O, memory, fonts: exit status 3 */
};

struct diag {
	enum diag_level	 level;
	char		*file;	/* NULL when the message concerns no file */
	long		 line;	/* 0 when unknown */
	int		 column;	/* 0 when unknown */
	char		*text;
};

struct diag_list;

/* A new, empty list; free with diag_list_free(). */
struct diag_list	*diag_list_new(void);
void			 diag_list_free(struct diag_list *);

/*
 * Record one message.  file may be NULL, line and column 0 when unknown.
 * The text is printf-formatted; a trailing newline is removed.
 */
void	 diag_add(struct diag_list *, enum diag_level, const char *file,
	    long line, int column, const char *fmt, ...)
	    __attribute__((format(printf, 6, 7)));

/* Shorthands for the common levels. */
#define diag_error(dl, f, l, ...) \
	diag_add((dl), DIAG_ERROR, (f), (l), 0, __VA_ARGS__)
#define diag_warning(dl, f, l, ...) \
	diag_add((dl), DIAG_WARNING, (f), (l), 0, __VA_ARGS__)
#define diag_note(dl, f, l, ...) \
	diag_add((dl), DIAG_NOTE, (f), (l), 0, __VA_ARGS__)

size_t			 diag_list_count(const struct diag_list *);
/* Drop every message after the first n (a stage that starts over). */
void			 diag_list_truncate(struct diag_list *, size_t n);
/* The i-th message, borrowed from the list. */
const struct diag	*diag_list_get(const struct diag_list *, size_t i);
/* Number of messages at the given level or worse. */
size_t			 diag_list_count_at_least(const struct diag_list *,
			    enum diag_level);
/* True when an error (or worse) was recorded. */
bool			 diag_list_failed(const struct diag_list *);

/*
 * All messages, one a line, as "file:line[:col]: level: text"; without a
 * file the line starts with prog (may be NULL: "asemdoc").  Caller frees
 * with g_free().
 */
char			*diag_list_format(const struct diag_list *,
			    const char *prog);
/* Same as diag_list_format() with prog "asemdoc"; for unit tests. */
char			*diag_list_text(const struct diag_list *);

/* Exit status for the worst level: 0, 1 (errors), 2 (usage), 3 (system). */
int			 diag_list_status(const struct diag_list *);

/*
 * libxml2 structured error handler (xmlStructuredErrorFunc): records the
 * error in the struct diag_list passed as ctx, keeping file, line, column.
 */
struct _xmlError;
void			 diag_xml(void *ctx, struct _xmlError *xml_error);

/*
 * Make a path relative to the current directory when it lies below it,
 * so messages name "source/matrix.xml" rather than an absolute path.
 * Caller frees with g_free().
 */
char			*diag_relpath(const char *path);

#endif
