/* Report jobs: independent reports run in forked workers, at most N at once; messages come back over a pipe. */
#include <sys/types.h>
#include <sys/stat.h>
#include <sys/wait.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "diag.h"
#include "report_jobs.h"

/*
 * What a worker sends: one record a message, then an end record (level
 * -1, the result in line).  Strings follow their header unterminated;
 * flen -1 stands for a message without a file.
 */
struct rec {
	int32_t	level;
	int32_t	column;
	int64_t	line;
	int32_t	flen;
	int32_t	tlen;
};

struct worker {
	pid_t		 pid;
	int		 fd;		/* read end of the pipe, -1 once closed */
	int		 status;	/* from waitpid() */
	GByteArray	*buf;		/* everything the worker sent */
};

int
report_jobs_default(void)
{
	int	n = (int)g_get_num_processors();

	return n > 0 ? n : 1;
}

double
report_jobs_cost(const char *out_dir, const char *name)
{
	GDir		*d;
	const char	*f;
	char		*dir, *own, *dash, *path;
	double		 sum = 0;
	GStatBuf	 st;

	dir = g_build_filename(out_dir, "layout", NULL);
	own = g_strconcat(name, ".xml", NULL);
	dash = g_strconcat(name, "-", NULL);
	if ((d = g_dir_open(dir, 0, NULL)) != NULL) {
		while ((f = g_dir_read_name(d)) != NULL) {
			if (!g_str_has_suffix(f, ".xml") ||
			    (strcmp(f, own) != 0 && !g_str_has_prefix(f, dash)))
				continue;
			path = g_build_filename(dir, f, NULL);
			if (g_stat(path, &st) == 0)
				sum += (double)st.st_size;
			g_free(path);
		}
		g_dir_close(d);
	}
	g_free(dash);
	g_free(own);
	g_free(dir);
	return sum;
}

static void
put(GByteArray *b, enum diag_level level, const char *file, long line,
    int column, const char *text)
{
	struct rec	 r;

	memset(&r, 0, sizeof(r));
	r.level = (int32_t)level;
	r.column = column;
	r.line = line;
	r.flen = file != NULL ? (int32_t)strlen(file) : -1;
	r.tlen = text != NULL ? (int32_t)strlen(text) : 0;
	g_byte_array_append(b, (const guint8 *)&r, sizeof(r));
	if (file != NULL)
		g_byte_array_append(b, (const guint8 *)file, r.flen);
	if (text != NULL)
		g_byte_array_append(b, (const guint8 *)text, r.tlen);
}

/* In the worker: run job i, send what it recorded after first, leave. */
static void
work(struct diag_list *dl, size_t i, report_jobs_fn fn, void *arg,
    int fd)
{
	const struct diag	*d;
	GByteArray		*b = g_byte_array_new();
	size_t			 first = diag_list_count(dl), k, off = 0;
	ssize_t			 w;
	int			 result;

	result = fn(dl, i, arg);
	for (k = first; k < diag_list_count(dl); k++) {
		d = diag_list_get(dl, k);
		put(b, d->level, d->file, d->line, d->column, d->text);
	}
	put(b, (enum diag_level)-1, NULL, result, 0, NULL);
	while (off < b->len) {
		if ((w = write(fd, b->data + off, b->len - off)) < 0) {
			if (errno == EINTR)
				continue;
			_exit(3);
		}
		off += (size_t)w;
	}
	g_byte_array_free(b, TRUE);
	close(fd);
	/*
	 * exit(), not _exit(): the handlers that release the fonts and the
	 * hyphenation patterns run, so leak checkers (make check-asan,
	 * check-valgrind) judge a worker as they judge a serial run, and
	 * a worker that fails that check has a non-zero status.  stdio has
	 * nothing to flush twice: start() flushed it before the fork.
	 */
	exit(0);
}

/*
 * Add what worker w sent to dl; its result, or -1 when it died first.
 */
static int
replay(struct diag_list *dl, const struct worker *w, const char *name)
{
	const guint8	*p = w->buf->data, *end = p + w->buf->len;
	struct rec	 r;
	char		*file, *text;

	while ((size_t)(end - p) >= sizeof(r)) {
		memcpy(&r, p, sizeof(r));
		if (r.flen < -1 || r.tlen < 0 || (size_t)(end - p) <
		    sizeof(r) + (size_t)(r.flen > 0 ? r.flen : 0) +
		    (size_t)r.tlen)
			break;
		p += sizeof(r);
		if (r.level == -1) {
			if (p != end)
				break;
			if (WIFEXITED(w->status) &&
			    WEXITSTATUS(w->status) == 0)
				return (int)r.line;
			/* Reported, then failed at exit (a leak check). */
			if (WIFEXITED(w->status)) {
				diag_error(dl, NULL, 0, "report %s: worker "
				    "exited with status %d", name,
				    WEXITSTATUS(w->status));
				return -1;
			}
			break;
		}
		file = r.flen >= 0 ? g_strndup((const char *)p, r.flen) :
		    NULL;
		p += r.flen > 0 ? r.flen : 0;
		text = g_strndup((const char *)p, r.tlen);
		p += r.tlen;
		diag_add(dl, (enum diag_level)r.level, file, (long)r.line,
		    r.column, "%s", text);
		g_free(file);
		g_free(text);
	}
	if (WIFSIGNALED(w->status))
		diag_error(dl, NULL, 0, "report %s: worker killed by signal "
		    "%d (%s)", name, WTERMSIG(w->status),
		    g_strsignal(WTERMSIG(w->status)));
	else
		diag_error(dl, NULL, 0, "report %s: worker ended without "
		    "reporting (exit status %d)", name,
		    WIFEXITED(w->status) ? WEXITSTATUS(w->status) : -1);
	return -1;
}

/*
 * Fork the worker for job i: 0 in the parent, -1 after recording why no
 * worker started; in the worker, 1 with *wfd the end of its pipe.
 */
static int
start(struct diag_list *dl, struct worker *w, const char *name, int *wfd)
{
	pid_t	 parent = getpid();
	int	 p[2];

	if (pipe(p) != 0) {
		diag_add(dl, DIAG_SYSTEM, NULL, 0, 0, "report %s: cannot "
		    "start a worker: %s", name, g_strerror(errno));
		return -1;
	}
	fflush(NULL);
	if ((w->pid = fork()) < 0) {
		diag_add(dl, DIAG_SYSTEM, NULL, 0, 0, "report %s: cannot "
		    "start a worker: %s", name, g_strerror(errno));
		close(p[0]);
		close(p[1]);
		return -1;
	}
	if (w->pid == 0) {
		close(p[0]);
#ifdef __linux__
		/* A build killed at the terminal takes its workers along. */
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		if (getppid() != parent)
			_exit(3);
#endif
		*wfd = p[1];
		return 1;
	}
	close(p[1]);
	w->fd = p[0];
	w->buf = g_byte_array_new();
	return 0;
}

/* Read from the running workers until one ends; -1 when none runs. */
static int
drain(struct worker *ws, const size_t *run, size_t nrun)
{
	struct pollfd	*pf = g_new0(struct pollfd, nrun);
	guint8		 chunk[8192];
	struct worker	*w;
	ssize_t		 got;
	size_t		 k;
	int		 ended = 0;

	for (k = 0; k < nrun; k++) {
		pf[k].fd = ws[run[k]].fd;
		pf[k].events = POLLIN;
	}
	if (poll(pf, nrun, -1) < 0) {
		ended = errno;
		g_free(pf);
		errno = ended;
		return ended == EINTR ? 0 : -1;
	}
	for (k = 0; k < nrun; k++) {
		if (pf[k].revents == 0)
			continue;
		w = &ws[run[k]];
		got = read(w->fd, chunk, sizeof(chunk));
		if (got > 0) {
			g_byte_array_append(w->buf, chunk, (guint)got);
			continue;
		}
		if (got < 0 && errno == EINTR)
			continue;
		close(w->fd);
		w->fd = -1;
		while (waitpid(w->pid, &w->status, 0) < 0 && errno == EINTR)
			;
		ended++;
	}
	g_free(pf);
	return ended;
}

/* The costlier job first; equal costs in index order. */
static int
by_cost(gconstpointer a, gconstpointer b, gpointer data)
{
	const double	*cost = data;
	size_t		 ia = *(const size_t *)a, ib = *(const size_t *)b;

	if (cost[ia] != cost[ib])
		return cost[ia] > cost[ib] ? -1 : 1;
	return ia < ib ? -1 : ia > ib;
}

int
report_jobs_run(struct diag_list *dl, size_t n, const char *const *names,
    const double *cost, int max, report_jobs_fn fn, void *arg,
    int *results)
{
	struct worker	*ws;
	size_t		*order, *run, next = 0, nrun = 0, i, k;
	int		 rc = 0, st, wfd;

	if (max <= 1 || n <= 1) {
		for (i = 0; i < n; i++)
			results[i] = fn(dl, i, arg);
		return 0;
	}
	ws = g_new0(struct worker, n);
	order = g_new(size_t, n);
	run = g_new(size_t, n);
	for (i = 0; i < n; i++) {
		order[i] = i;
		ws[i].fd = -1;
		ws[i].pid = -1;
	}
	if (cost != NULL)
		g_qsort_with_data(order, (gint)n, sizeof(*order), by_cost,
		    (gpointer)cost);
	while (next < n || nrun > 0) {
		while (nrun < (size_t)max && next < n) {
			i = order[next++];
			if ((st = start(dl, &ws[i], names[i], &wfd)) == 0)
				run[nrun++] = i;
			else if (st < 0)
				rc = -1;
			else {
				/* The worker: none of this is its own. */
				for (k = 0; k < n; k++) {
					if (ws[k].fd >= 0)
						close(ws[k].fd);
					if (ws[k].buf != NULL)
						g_byte_array_free(ws[k].buf,
						    TRUE);
				}
				g_free(run);
				g_free(order);
				g_free(ws);
				work(dl, i, fn, arg, wfd);
			}
		}
		if (nrun == 0)
			break;
		if (drain(ws, run, nrun) < 0) {
			diag_add(dl, DIAG_SYSTEM, NULL, 0, 0, "cannot wait for "
			    "the report workers: %s", g_strerror(errno));
			rc = -1;
			break;
		}
		for (k = 0; k < nrun; )
			if (ws[run[k]].fd < 0)
				run[k] = run[--nrun];
			else
				k++;
	}
	/* poll() failed: stop the workers rather than wait for them blind. */
	for (k = 0; k < nrun; k++) {
		struct worker	*w = &ws[run[k]];

		kill(w->pid, SIGKILL);
		close(w->fd);
		while (waitpid(w->pid, &w->status, 0) < 0 && errno == EINTR)
			;
	}
	for (i = 0; i < n; i++) {
		if (ws[i].buf == NULL) {
			results[i] = -1;
			continue;
		}
		if ((results[i] = replay(dl, &ws[i], names[i])) < 0)
			rc = -1;
		g_byte_array_free(ws[i].buf, TRUE);
	}
	g_free(run);
	g_free(order);
	g_free(ws);
	return rc;
}
