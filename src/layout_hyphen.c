/* Hyphenation: libhyphen's en_US patterns mark break points with soft hyphens (U+00AD) for Pango. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <hyphen.h>

#include "layout_int.h"

#define HYPH_DICT	"/usr/share/hyphen/hyph_en_US.dic"
#define SHY		"\xc2\xad"
/* Words shorter than this keep whole: "also-" or "-ing" read badly. */
#define MIN_WORD	6

static HyphenDict	*hyph;
static bool		 hyph_tried;
static GThread		*loader;	/* reading hyph in the background */

static gpointer
load(gpointer unused)
{
	return hnj_hyphen_load(HYPH_DICT);
}

/* Wait for the background reader, if one runs: before use, fork, exit. */
static void
join(void)
{
	if (loader == NULL)
		return;
	hyph = g_thread_join(loader);
	loader = NULL;
}

static void
free_dict(void)
{
	join();
	if (hyph != NULL)
		hnj_hyphen_free(hyph);
	hyph = NULL;
}

void
layout_hyphen_preload(void)
{
	if (hyph_tried)
		return;
	hyph_tried = true;
	pthread_atfork(join, NULL, NULL);
	atexit(free_dict);
	loader = g_thread_new("hyphen", load, NULL);
}

/*
 * The patterns, read once per process: reading them costs about as much
 * as hyphenating every word of a report (a build lays out the matrix
 * four times), and a report worker inherits them from its parent.
 */
static HyphenDict *
dict(void)
{
	if (!hyph_tried) {
		hyph_tried = true;
		hyph = hnj_hyphen_load(HYPH_DICT);
		atexit(free_dict);
	}
	join();
	return hyph;
}

static void	word(HyphenDict *, GString *, const char *, size_t);

/*
 * Append word with soft hyphens, from the cache of words already seen:
 * the matrix repeats its vocabulary, and libhyphen costs more than a
 * hash look-up.
 */
static void
cached_word(struct layout_doc *ld, HyphenDict *d, GString *out,
    const char *w, size_t len)
{
	char	 key[128], *val;
	GString	*g;

	if (len < MIN_WORD || len >= sizeof(key)) {
		g_string_append_len(out, w, len);
		return;
	}
	if (ld->hyph_words == NULL)
		ld->hyph_words = g_hash_table_new_full(g_str_hash, g_str_equal,
		    g_free, g_free);
	memcpy(key, w, len);
	key[len] = '\0';
	if ((val = g_hash_table_lookup(ld->hyph_words, key)) != NULL) {
		g_string_append(out, val);
		return;
	}
	g = g_string_new(NULL);
	word(d, g, w, len);
	g_string_append_len(out, g->str, g->len);
	g_hash_table_insert(ld->hyph_words, g_strdup(key),
	    g_string_free(g, FALSE));
}

/* Append word (len bytes of ASCII letters) with soft hyphens. */
static void
word(HyphenDict *d, GString *out, const char *w, size_t len)
{
	char	 lower[128], hy[128 + 5];
	char	**rep = NULL;
	int	*pos = NULL, *cut = NULL;
	size_t	 i, caps = 0;

	for (i = 0; i < len; i++)
		if (g_ascii_isupper(w[i]))
			caps++;
	/* Acronyms (ASEM, UNESCO) and short or huge words stay whole. */
	if (len < MIN_WORD || len >= sizeof(lower) || caps > 1) {
		g_string_append_len(out, w, len);
		return;
	}
	for (i = 0; i < len; i++)
		lower[i] = g_ascii_tolower(w[i]);
	lower[len] = '\0';
	memset(hy, 0, sizeof(hy));
	if (hnj_hyphen_hyphenate2(d, lower, (int)len, hy, NULL, &rep, &pos,
	    &cut) != 0 || rep != NULL) {
		/* Non-standard hyphenation never happens in English. */
		g_string_append_len(out, w, len);
		goto out;
	}
	for (i = 0; i < len; i++) {
		g_string_append_c(out, w[i]);
		if ((hy[i] & 1) && i >= 1 && i + 3 < len)
			g_string_append(out, SHY);
	}
out:
	if (rep != NULL) {
		for (i = 0; i < len; i++)
			free(rep[i]);
		free(rep);
	}
	free(pos);
	free(cut);
}

char *
lt_hyphenate(struct layout_doc *ld, const char *text, size_t len)
{
	HyphenDict	*d = dict();
	GString		*out;
	size_t		 i, start;

	if (d == NULL)
		return g_strndup(text, len);
	out = g_string_sized_new(len + len / 4);
	for (i = 0; i < len; ) {
		if (!g_ascii_isalpha(text[i])) {
			g_string_append_c(out, text[i++]);
			continue;
		}
		start = i;
		while (i < len && g_ascii_isalpha(text[i]))
			i++;
		/* A word glued to digits, non-ASCII letters or an existing
		 * soft hyphen is left as written. */
		if ((start > 0 && (unsigned char)text[start - 1] >= 0x80) ||
		    (i < len && ((unsigned char)text[i] >= 0x80 ||
		    g_ascii_isdigit(text[i]))) ||
		    (start > 0 && g_ascii_isdigit(text[start - 1])))
			g_string_append_len(out, text + start, i - start);
		else
			cached_word(ld, d, out, text + start, i - start);
	}
	return g_string_free(out, FALSE);
}
