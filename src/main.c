/* asemdoc command line: picks the subcommand, prints diagnostics, sets the exit status. */
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "cmd.h"
#include "diag.h"
#include "version.h"

struct command {
	const char	*name;
	int		(*run)(struct diag_list *, int, char **);
	const char	*args;
	const char	*summary;
};

static const struct command commands[] = {
	{ "import", cmd_import, "RAW.txt -o FILE",
	  "import the matrix text extracted from a PDF" },
	{ "validate", cmd_validate, "[FILE...]",
	  "check sources against schemas and references" },
	{ "render", cmd_render, "LAYOUT.xml -o OUT.pdf",
	  "lay out a layout document as PDF" },
	{ "build", cmd_build, "[-o DIR]",
	  "render every report (default out/)" },
	{ "brief", cmd_brief, "--host CODE [-o FILE]",
	  "render the briefing pack for a host country" },
	{ "archive", cmd_archive, "[--dir DIR]",
	  "archive this version's reports and sources" },
	{ "verify", cmd_verify, "DIR/VERSION",
	  "rebuild an archived version and compare" },
	{ "diff", cmd_diff, "OLD.xml NEW.xml [-o FILE]",
	  "report what changed between two matrices" },
};

static void
usage(FILE *f)
{
	size_t	 i;

	fprintf(f, "usage: asemdoc COMMAND [OPTION...] [ARG...]\n"
	    "       asemdoc --help | --version\n\ncommands:\n");
	for (i = 0; i < G_N_ELEMENTS(commands); i++)
		fprintf(f, "  %-8s %-26s %s\n", commands[i].name,
		    commands[i].args, commands[i].summary);
	fprintf(f, "\n'asemdoc COMMAND --help' describes a command's "
	    "options.  Exit status: 0 done,\n1 errors in the input, "
	    "2 bad command line, 3 system failure.\n");
}

int
main(int argc, char *argv[])
{
	struct diag_list	*dl;
	char			*text;
	size_t			 i;
	int			 rc = -1, st;

	setlocale(LC_ALL, "C.UTF-8");
	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		usage(stdout);
		return 0;
	}
	if (strcmp(argv[1], "--version") == 0) {
		printf("asemdoc %s\n", ASEMDOC_VERSION);
		return 0;
	}
	dl = diag_list_new();
	for (i = 0; i < G_N_ELEMENTS(commands); i++)
		if (strcmp(argv[1], commands[i].name) == 0) {
			rc = commands[i].run(dl, argc - 1, argv + 1);
			break;
		}
	if (i == G_N_ELEMENTS(commands)) {
		diag_add(dl, DIAG_USAGE, NULL, 0, 0,
		    "unknown command: %s (try 'asemdoc --help')", argv[1]);
		rc = 2;
	}
	text = diag_list_format(dl, "asemdoc");
	fputs(text, stderr);
	g_free(text);
	st = diag_list_status(dl);
	diag_list_free(dl);
	if (rc > st)
		st = rc;
	if (fflush(stdout) != 0 && st == 0) {
		fprintf(stderr, "asemdoc: error: cannot write standard "
		    "output\n");
		st = 3;
	}
	return st;
}
