/* asemdoc brief: renders the briefing pack for one host country or region. */
#include <glib.h>

#include "cmd.h"
#include "diag.h"
#include "report.h"

int
cmd_brief(struct diag_list *dl, int argc, char **argv)
{
	struct report_opts	 o = { 0 };
	char			*out = NULL, *source = NULL, *host = NULL;
	char			*layout = NULL, *code = NULL;
	GOptionContext		*oc;
	int			 rc = 0;
	GOptionEntry		 entries[] = {
		{ "host", 0, 0, G_OPTION_ARG_STRING, &host,
		  "the host: an ISO code, a country name, or asia or "
		  "europe for a host not yet named", "CODE" },
		{ "output", 'o', 0, G_OPTION_ARG_FILENAME, &out,
		  "write the pack to FILE (default "
		  "out/briefing-CODE.pdf)", "FILE" },
		{ "source", 0, 0, G_OPTION_ARG_FILENAME, &source,
		  "read the sources from DIR (default source)", "DIR" },
		{ "keep-layout", 0, 0, G_OPTION_ARG_FILENAME, &layout,
		  "also write the layout document to FILE", "FILE" },
		{ NULL }
	};

	oc = g_option_context_new("- render the briefing pack for a host");
	g_option_context_add_main_entries(oc, entries, NULL);
	if (cmd_parse_options(dl, oc, &argc, &argv) != 0) {
		rc = 2;
		goto out;
	}
	if (argc > 1) {
		diag_add(dl, DIAG_USAGE, NULL, 0, 0,
		    "brief: unexpected argument: %s", argv[1]);
		rc = 2;
		goto out;
	}
	if (host == NULL || *host == '\0') {
		diag_add(dl, DIAG_USAGE, NULL, 0, 0,
		    "brief: --host CODE is required");
		rc = 2;
		goto out;
	}
	if (cmd_check_output(dl, out, NULL, 0) != 0 ||
	    cmd_check_output(dl, layout, NULL, 0) != 0) {
		rc = 2;
		goto out;
	}
	if ((code = report_resolve_host(dl, source, host)) == NULL) {
		rc = diag_list_status(dl);
		goto out;
	}
	o.source_dir = source;
	o.host = code;
	o.out_file = out;
	o.layout_file = layout;
	report_build(dl, &o);
out:
	g_option_context_free(oc);
	g_free(out);
	g_free(source);
	g_free(host);
	g_free(layout);
	g_free(code);
	return rc;
}
