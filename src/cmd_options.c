/* Option parsing shared by the subcommands: GOption errors become usage diagnostics. */
#include <sys/stat.h>

#include <glib.h>
#include <glib/gstdio.h>

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

int
cmd_check_output(struct diag_list *dl, const char *out, char *const *inputs,
    int n)
{
	GStatBuf	 o, in;
	int		 i;

	if (out == NULL)
		return 0;
	/*
	 * Outputs are written to a temporary file renamed over the path:
	 * a link, a device or a pipe there would be replaced by a file
	 * (as root, -o /dev/null would be), not written through.
	 */
	if (g_lstat(out, &o) == 0 && !S_ISREG(o.st_mode)) {
		diag_add(dl, DIAG_USAGE, NULL, 0, 0, "the output %s is %s, "
		    "not a regular file: it would be replaced, not written "
		    "to; give the path of a file", out, S_ISLNK(o.st_mode) ?
		    "a symbolic link" : S_ISDIR(o.st_mode) ? "a directory" :
		    "a device, pipe or socket");
		return -1;
	}
	/* An output that does not exist yet is no input. */
	if (g_stat(out, &o) != 0)
		return 0;
	for (i = 0; i < n; i++)
		if (g_stat(inputs[i], &in) == 0 && in.st_dev == o.st_dev &&
		    in.st_ino == o.st_ino) {
			diag_add(dl, DIAG_USAGE, NULL, 0, 0, "the output %s is "
			    "the input %s: writing it would destroy what is "
			    "read; choose another output", out, inputs[i]);
			return -1;
		}
	return 0;
}
