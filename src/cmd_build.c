/* asemdoc build: renders every report listed in xsl/reports.xml. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "cmd.h"
#include "diag.h"
#include "layout.h"
#include "report.h"

/*
 * A copy of argv (the strings borrowed) with make's "-j4" split into
 * "-j" "4": GOption takes a short option's value only as the next
 * argument.  Free the array with g_free().
 */
static char **
split_jobs(int argc, char **argv, int *nargc)
{
	char	**v = g_new0(char *, 2 * (size_t)argc + 1);
	int	 i, n = 0;
	bool	 opts = true;

	for (i = 0; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			opts = false;
		if (opts && i > 0 && strncmp(argv[i], "-j", 2) == 0 &&
		    g_ascii_isdigit(argv[i][2])) {
			v[n++] = "-j";
			v[n++] = argv[i] + 2;
		} else
			v[n++] = argv[i];
	}
	*nargc = n;
	return v;
}

int
cmd_build(struct diag_list *dl, int argc, char **argv)
{
	struct report_opts	 o = { 0 };
	char			*out = NULL, *source = NULL, *only = NULL;
	char			**args;
	GOptionContext		*oc;
	int			 rc = 0, jobs = G_MININT;
	GOptionEntry		 entries[] = {
		{ "output", 'o', 0, G_OPTION_ARG_FILENAME, &out,
		  "write the reports to DIR (default out)", "DIR" },
		{ "source", 0, 0, G_OPTION_ARG_FILENAME, &source,
		  "read the sources from DIR (default source)", "DIR" },
		{ "only", 0, 0, G_OPTION_ARG_STRING, &only,
		  "render only the report NAME (see xsl/reports.xml)",
		  "NAME" },
		{ "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs,
		  "render up to N reports at once (default: the number of "
		  "CPUs; 1: one after the other, in this process)", "N" },
		{ NULL }
	};

	oc = g_option_context_new("- render every report");
	g_option_context_set_summary(oc, "Renders the reports listed in "
	    "xsl/reports.xml from the sources; PDF reports keep their\n"
	    "layout document in DIR/layout/NAME.xml.");
	g_option_context_add_main_entries(oc, entries, NULL);
	g_option_context_set_help_enabled(oc, TRUE);
	args = split_jobs(argc, argv, &argc);
	argv = args;
	if (cmd_parse_options(dl, oc, &argc, &argv) != 0) {
		rc = 2;
		goto out;
	}
	if (argc > 1) {
		diag_add(dl, DIAG_USAGE, NULL, 0, 0,
		    "build: unexpected argument: %s", argv[1]);
		rc = 2;
		goto out;
	}
	if (jobs != G_MININT && jobs < 1) {
		diag_add(dl, DIAG_USAGE, NULL, 0, 0,
		    "build: --jobs needs a number of at least 1: %d", jobs);
		rc = 2;
		goto out;
	}
	/* Read while the sources are checked; report workers inherit it. */
	layout_hyphen_preload();
	o.jobs = jobs > 0 ? jobs : 0;
	o.out_dir = out;
	o.source_dir = source;
	o.only = only;
	report_build(dl, &o);
out:
	g_option_context_free(oc);
	g_free(args);
	g_free(out);
	g_free(source);
	g_free(only);
	return rc;
}
