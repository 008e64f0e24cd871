/* asemdoc diff: placeholder until the stage lands. */
#include "cmd.h"
#include "diag.h"

int
cmd_diff(struct diag_list *dl, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	diag_add(dl, DIAG_USAGE, NULL, 0, 0, "diff: not available yet");
	return 2;
}
