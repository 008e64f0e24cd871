/* asemdoc verify: rebuilds an archived version from its sources and compares byte for byte. */
#include <glib.h>

#include "archive.h"
#include "cmd.h"
#include "diag.h"

int
cmd_verify(struct diag_list *dl, int argc, char **argv)
{
	GOptionContext	*ctx;
	int		 rc = 0;

	ctx = g_option_context_new("DIR/VERSION");
	g_option_context_set_summary(ctx, "Checks every file of an archived "
	    "version against its MANIFEST, rebuilds its\nreports from its "
	    "source/ snapshot and compares them byte for byte; each\n"
	    "mismatch is reported.  Exit status 1 on any mismatch.");
	if (cmd_parse_options(dl, ctx, &argc, &argv) != 0)
		rc = 2;
	else if (argc != 2) {
		diag_add(dl, DIAG_USAGE, NULL, 0, 0, "verify: expected one "
		    "archived version, DIR/VERSION (try 'asemdoc verify "
		    "--help')");
		rc = 2;
	} else if (archive_verify(dl, argv[1]) != 0 && !diag_list_failed(dl))
		rc = 1;
	g_option_context_free(ctx);
	return rc;
}
