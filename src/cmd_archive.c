/* asemdoc archive: placeholder until the stage lands. */
#include "cmd.h"
#include "diag.h"

int
cmd_archive(struct diag_list *dl, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	diag_add(dl, DIAG_USAGE, NULL, 0, 0, "archive: not available yet");
	return 2;
}
