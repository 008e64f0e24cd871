/* Changes stage: word-level insertions and deletions inside an edited item. */
#include <string.h>

#include <glib.h>

#include "diff.h"

/*
 * Items of the matrix are a sentence or a paragraph: tens of words, a few
 * hundred at most.  A plain LCS table over the words is quadratic but
 * small at that size, and gives the shortest edit, which is what a reader
 * wants marked; Myers' O(ND) would only pay off on long texts.  Past
 * MAX_CELLS (a hostile 1 MB cell) the middle is shown as deleted and
 * inserted whole instead of filling a huge table.
 */
#define MAX_CELLS	((size_t)1 << 22)

static char **
split_words(const char *text, size_t *n)
{
	GPtrArray	*a = g_ptr_array_new();
	const char	*p = text != NULL ? text : "", *start;

	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		if (*p == '\0')
			break;
		start = p;
		while (*p != '\0' && *p != ' ' && *p != '\t' && *p != '\n' &&
		    *p != '\r')
			p++;
		g_ptr_array_add(a, g_strndup(start, p - start));
	}
	*n = a->len;
	g_ptr_array_add(a, NULL);
	return (char **)g_ptr_array_free(a, FALSE);
}

static void
run_free(gpointer p)
{
	struct diff_run	*r = p;

	g_free(r->text);
	g_free(r);
}

/* Runs being built: the last one grows in a GString. */
struct runs {
	GPtrArray	*done;		/* of struct diff_run * */
	GString		*cur;
	enum diff_op	 op;
};

static void
flush(struct runs *b)
{
	struct diff_run	*r;

	if (b->cur == NULL)
		return;
	r = g_new0(struct diff_run, 1);
	r->op = b->op;
	r->text = g_string_free(b->cur, FALSE);
	g_ptr_array_add(b->done, r);
	b->cur = NULL;
}

/* Append one word, joined to the last run when it has the same op. */
static void
push(struct runs *b, enum diff_op op, const char *word)
{
	if (b->cur != NULL && b->op == op) {
		g_string_append_c(b->cur, ' ');
		g_string_append(b->cur, word);
		return;
	}
	flush(b);
	b->cur = g_string_new(word);
	b->op = op;
}

/*
 * Ops for a[0..n) against b[0..m), none equal at either end: 0 same,
 * 1 delete, 2 insert, in order.
 */
static GByteArray *
lcs_ops(char **a, size_t n, char **b, size_t m)
{
	GByteArray	*ops = g_byte_array_new();
	guint32		*t;
	size_t		 i, j, w = m + 1;
	guint8		 op;

	if (n == 0 || m == 0 || n * m > MAX_CELLS) {
		op = 1;
		for (i = 0; i < n; i++)
			g_byte_array_append(ops, &op, 1);
		op = 2;
		for (j = 0; j < m; j++)
			g_byte_array_append(ops, &op, 1);
		return ops;
	}
	/* t[i][j]: LCS length of a[i..n) and b[j..m). */
	t = g_new0(guint32, (n + 1) * w);
	for (i = n; i-- > 0; )
		for (j = m; j-- > 0; )
			if (strcmp(a[i], b[j]) == 0)
				t[i * w + j] = t[(i + 1) * w + j + 1] + 1;
			else
				t[i * w + j] = MAX(t[(i + 1) * w + j],
				    t[i * w + j + 1]);
	i = j = 0;
	while (i < n || j < m) {
		if (i < n && j < m && strcmp(a[i], b[j]) == 0) {
			op = 0;
			i++;
			j++;
		} else if (j == m || (i < n &&
		    t[(i + 1) * w + j] >= t[i * w + j + 1])) {
			op = 1;
			i++;
		} else {
			op = 2;
			j++;
		}
		g_byte_array_append(ops, &op, 1);
	}
	g_free(t);
	return ops;
}

GPtrArray *
diff_words(const char *old_text, const char *new_text)
{
	struct runs	 out = { NULL, NULL, DIFF_SAME };
	GByteArray	*ops;
	char		**a, **b;
	size_t		 n, m, pre = 0, suf = 0, i, j, k, s, e;

	out.done = g_ptr_array_new_with_free_func(run_free);
	a = split_words(old_text, &n);
	b = split_words(new_text, &m);
	while (pre < n && pre < m && strcmp(a[pre], b[pre]) == 0)
		pre++;
	while (suf < n - pre && suf < m - pre &&
	    strcmp(a[n - 1 - suf], b[m - 1 - suf]) == 0)
		suf++;
	for (i = 0; i < pre; i++)
		push(&out, DIFF_SAME, a[i]);
	ops = lcs_ops(a + pre, n - pre - suf, b + pre, m - pre - suf);
	/*
	 * Within each stretch between kept words, show every deletion
	 * before every insertion: "[-old words-] {+new words+}" reads
	 * better than alternating single words.
	 */
	i = pre;
	j = pre;
	for (k = 0; k < ops->len; ) {
		if (ops->data[k] == 0) {
			push(&out, DIFF_SAME, a[i]);
			i++;
			j++;
			k++;
			continue;
		}
		for (s = k; k < ops->len && ops->data[k] != 0; k++)
			;
		for (e = s; e < k; e++)
			if (ops->data[e] == 1)
				push(&out, DIFF_DEL, a[i++]);
		for (e = s; e < k; e++)
			if (ops->data[e] == 2)
				push(&out, DIFF_INS, b[j++]);
	}
	for (i = n - suf; i < n; i++)
		push(&out, DIFF_SAME, a[i]);
	flush(&out);
	g_byte_array_unref(ops);
	g_strfreev(a);
	g_strfreev(b);
	return out.done;
}

char *
diff_words_format(const GPtrArray *runs)
{
	GString		*s = g_string_new(NULL);
	size_t		 i;

	for (i = 0; i < runs->len; i++) {
		const struct diff_run *r = g_ptr_array_index(runs, i);

		if (i > 0)
			g_string_append_c(s, ' ');
		switch (r->op) {
		case DIFF_SAME:
			g_string_append(s, r->text);
			break;
		case DIFF_DEL:
			g_string_append_printf(s, "[-%s-]", r->text);
			break;
		case DIFF_INS:
			g_string_append_printf(s, "{+%s+}", r->text);
			break;
		}
	}
	return g_string_free(s, FALSE);
}
