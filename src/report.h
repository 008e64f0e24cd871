/* Reports: runs the views listed in xsl/reports.xml over source/ and writes them. */
#ifndef REPORT_H
#define REPORT_H

struct diag_list;

struct report_opts {
	const char	*source_dir;	/* NULL: "source" */
	const char	*out_dir;	/* NULL: "out" */
	const char	*only;		/* a report name, or NULL for all */
	const char	*xsl_dir;	/* NULL: xsl/ of the data directory */
	/*
	 * Set by `asemdoc brief`: render only the report named "briefing"
	 * for this host (an ISO code, a country name or a region), to
	 * out_file when set, else to out_dir as reports.xml names it.
	 */
	const char	*host;
	const char	*out_file;
	const char	*layout_file;	/* brief: where to keep the layout, or NULL */
	int		 jobs;		/* reports at once; 0: online CPUs */
};

/*
 * Refuse an invalid source, then render every report reports.xml lists
 * (or the one asked for): each stylesheet gets the matrix as its input
 * and the parameters "source-dir" (a file URI ending in "/"),
 * "documents" (the files of source/documents/ as file URIs, sorted,
 * space-separated), "report" (its name) and, for a per-host report,
 * "host" (an upper-case ISO code or a lower-case region).  A report
 * marked stream="PART" gets, instead of the whole matrix, a frame and
 * then each PART alone, with the parameter "stream" (xsl/STREAMING.md);
 * neither the source nor the result is then held as a tree.  PDF reports
 * keep their layout document in OUT/layout/NAME.xml.  Every problem goes
 * to dl; returns 0 when every report was written, else -1.
 */
int	report_build(struct diag_list *dl, const struct report_opts *o);

/*
 * The ISO code (upper case) or region ("asia", "europe") that host
 * names, looked up in source_dir/reference/countries.xml by code, name
 * or alias, ignoring case.  Caller frees with g_free().  NULL after
 * recording a usage error that lists the known codes.
 */
char	*report_resolve_host(struct diag_list *dl, const char *source_dir,
	    const char *host);

#endif
