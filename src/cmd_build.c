/* asemdoc build: renders every report listed in xsl/reports.xml. */
#include <stdio.h>

#include <glib.h>

#include "cmd.h"
#include "diag.h"
#include "report.h"

int
cmd_build(struct diag_list *dl, int argc, char **argv)
{
	struct report_opts	 o = { 0 };
	char			*out = NULL, *source = NULL, *only = NULL;
	GOptionContext		*oc;
	int			 rc = 0;
	GOptionEntry		 entries[] = {
		{ "output", 'o', 0, G_OPTION_ARG_FILENAME, &out,
		  "write the reports to DIR (default out)", "DIR" },
		{ "source", 0, 0, G_OPTION_ARG_FILENAME, &source,
		  "read the sources from DIR (default source)", "DIR" },
		{ "only", 0, 0, G_OPTION_ARG_STRING, &only,
		  "render only the report NAME (see xsl/reports.xml)",
		  "NAME" },
		{ NULL }
	};

	oc = g_option_context_new("- render every report");
	g_option_context_set_summary(oc, "Renders the reports listed in "
	    "xsl/reports.xml from the sources; PDF reports keep their\n"
	    "layout document in DIR/layout/NAME.xml.");
	g_option_context_add_main_entries(oc, entries, NULL);
	g_option_context_set_help_enabled(oc, TRUE);
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
	o.out_dir = out;
	o.source_dir = source;
	o.only = only;
	report_build(dl, &o);
out:
	g_option_context_free(oc);
	g_free(out);
	g_free(source);
	g_free(only);
	return rc;
}
