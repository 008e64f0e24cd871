/* The subcommands main.c dispatches to; each lives in src/cmd_<name>.c. */
#ifndef CMD_H
#define CMD_H

struct diag_list;

/*
 * Each command takes its own arguments (argv[0] is the command name),
 * records every problem in dl and returns the exit status it asks for
 * beyond the diagnostics (0 normally; diff-like commands may return 1).
 * main.c prints dl and exits with the worse of the two.
 */
int	cmd_import(struct diag_list *dl, int argc, char **argv);
int	cmd_validate(struct diag_list *dl, int argc, char **argv);
int	cmd_render(struct diag_list *dl, int argc, char **argv);
int	cmd_build(struct diag_list *dl, int argc, char **argv);
int	cmd_brief(struct diag_list *dl, int argc, char **argv);
int	cmd_archive(struct diag_list *dl, int argc, char **argv);
int	cmd_verify(struct diag_list *dl, int argc, char **argv);
int	cmd_diff(struct diag_list *dl, int argc, char **argv);

typedef struct _GOptionContext GOptionContext;

/*
 * Parse the command's options with ctx (argv[0] names the command in
 * messages).  0, or -1 after recording a usage error "NAME: what is
 * wrong".
 */
int	cmd_parse_options(struct diag_list *dl, GOptionContext *ctx,
	    int *argc, char ***argv);

/*
 * 0 when out is NULL, or a regular file or nothing yet that is none of
 * the n input files; else -1 after recording a usage error: writing
 * would replace a link, device or pipe, or destroy an input.
 */
int	cmd_check_output(struct diag_list *dl, const char *out,
	    char *const *inputs, int n);

#endif
