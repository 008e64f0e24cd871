/* Option parsing shared by the subcommands: GOption errors become usage diagnostics. */
#include <glib.h>

#include "cmd.h"
#include "diag.h"

int
cmd_parse_options(struct diag_list *dl, GOptionContext *ctx, int *argc,
    char ***argv)
{
	const char	*name = *argc > 0 ? (*argv)[0] : "asemdoc";
	GError		*err = NULL;

	if (g_option_context_parse(ctx, argc, argv, &err))
		return 0;
	diag_add(dl, DIAG_USAGE, NULL, 0, 0, "%s: %s", name, err->message);
	g_error_free(err);
	return -1;
}
