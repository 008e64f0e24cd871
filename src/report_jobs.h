/* Report jobs: independent reports run in worker processes, their messages handed back in order. */
#ifndef REPORT_JOBS_H
#define REPORT_JOBS_H

#include <stddef.h>

struct diag_list;

/* One job, the i-th: records its messages in dl, returns a result >= 0. */
typedef int	(*report_jobs_fn)(struct diag_list *dl, size_t i, void *arg);

/* How many jobs run at once when the user does not say: online CPUs. */
int	report_jobs_default(void);

/*
 * Run fn for every i below n and store its result in results[i].  With
 * max <= 1 or n <= 1 the jobs run in this process, in index order, as
 * plain calls.  Otherwise each runs in a forked worker, at most max at
 * once, started in decreasing order of cost (cost may be NULL: index
 * order); what a worker records in its copy of dl is added to dl after
 * what the jobs before it recorded, so dl ends as a serial run leaves
 * it.  A worker that dies before it has reported (a crash, a signal)
 * records an error naming names[i] and gets result -1; workers die with
 * this process.  Returns 0, or -1 when a worker could not be started or
 * died (after recording why).
 */
int	report_jobs_run(struct diag_list *dl, size_t n,
	    const char *const *names, const double *cost, int max,
	    report_jobs_fn fn, void *arg, int *results);

/*
 * An estimate of what the report name costs: the bytes of the layout
 * documents an earlier run kept in out_dir/layout/ (NAME.xml and
 * NAME-*.xml), 0 when there are none.
 */
double	report_jobs_cost(const char *out_dir, const char *name);

#endif
