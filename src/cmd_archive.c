/* asemdoc archive: keeps this version's reports, sources and manifest in DIR/<version>/. */
#include <glib.h>

#include "archive.h"
#include "cmd.h"
#include "diag.h"

int
cmd_archive(struct diag_list *dl, int argc, char **argv)
{
	char		*dir = NULL, *source = NULL;
	GOptionEntry	 entries[] = {
		{ "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir,
		  "the archive (default out/archive)", "DIR" },
		{ "source", 0, 0, G_OPTION_ARG_FILENAME, &source,
		  "read the sources from DIR (default source)", "DIR" },
		{ NULL, 0, 0, 0, NULL, NULL, NULL }
	};
	GOptionContext	*ctx;
	int		 rc = 0;

	ctx = g_option_context_new("- archive this version");
	g_option_context_set_summary(ctx, "Builds every report into "
	    "DIR/VERSION/ (VERSION: the latest revision of the\nmatrix) "
	    "with snapshots of the sources and stylesheets, the fonts\n"
	    "manifest and a MANIFEST of sizes and SHA-256, then rewrites "
	    "DIR/index.html\nand DIR/index.pdf.  A version already "
	    "archived with other content is refused;\nthe same content "
	    "is a no-op.");
	g_option_context_add_main_entries(ctx, entries, NULL);
	if (cmd_parse_options(dl, ctx, &argc, &argv) != 0)
		rc = 2;
	else if (argc > 1) {
		diag_add(dl, DIAG_USAGE, NULL, 0, 0,
		    "archive: unexpected argument: %s", argv[1]);
		rc = 2;
	} else
		archive_write(dl, source != NULL ? source : "source",
		    dir != NULL ? dir : "out/archive");
	g_option_context_free(ctx);
	g_free(dir);
	g_free(source);
	return rc;
}
