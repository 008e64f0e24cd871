/* asemdoc verify: placeholder until the stage lands. */
#include "cmd.h"
#include "diag.h"

int
cmd_verify(struct diag_list *dl, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	diag_add(dl, DIAG_USAGE, NULL, 0, 0, "verify: not available yet");
	return 2;
}
