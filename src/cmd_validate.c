/* asemdoc validate: checks source/ (or the named files) against schemas and references. */
#include <glib.h>

#include "cmd.h"
#include "diag.h"
#include "validate.h"

int
cmd_validate(struct diag_list *dl, int argc, char **argv)
{
	char		*source = NULL;
	GOptionEntry	 entries[] = {
		{ "source", 's', 0, G_OPTION_ARG_FILENAME, &source,
		  "the source directory (default: source)", "DIR" },
		{ NULL, 0, 0, 0, NULL, NULL, NULL }
	};
	GOptionContext	*ctx;
	const char	*dir;
	int		 rc = 0;

	ctx = g_option_context_new("[FILE...]");
	g_option_context_set_summary(ctx, "Check the sources: well-formed, "
	    "valid against the schema their root\nelement names, every id "
	    "unique, every reference and country code known,\nevery date "
	    "range in order.  Without FILE, every XML file under the source\n"
	    "directory but raw/; a named FILE is checked as a member of the "
	    "source\ndirectory, whose other files resolve its references.\n"
	    "Exit status: 0 all valid, 1 problems found, 2 bad command line.");
	g_option_context_add_main_entries(ctx, entries, NULL);
	if (cmd_parse_options(dl, ctx, &argc, &argv) != 0) {
		rc = 2;
		goto out;
	}
	dir = source != NULL ? source : "source";
	if (argc > 1)
		validate_files(dl, dir, argv + 1, (size_t)argc - 1);
	else
		validate_sources(dl, dir);
out:
	g_option_context_free(ctx);
	g_free(source);
	return rc;
}
