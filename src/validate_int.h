/* Validation of source/, the parts the tree reading (validate.c) and the streamed one (validate_stream.c) share. */
#ifndef VALIDATE_INT_H
#define VALIDATE_INT_H

#include <stdbool.h>

#include <glib.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

struct diag_list;
struct model;
struct model_file;

/* Attributes whose value is the id of an element somewhere in source/. */
static const char *const ref_attrs[] = { "ref", "meeting" };

/* A theme item outside the columns themes are drawn from. */
#define NOT_THEMED	"theme item '%s' is not in the action-plan, " \
			"recommendations or follow-up column"

/* RELAX NG messages collected by validate_collect(), in order. */
struct rng_errors {
	GPtrArray	*items;		/* of struct rng_item */
};

/* A numbered event (an element with n and start), for validate_check_sequence(). */
struct numbered {
	char	*name;
	char	*n;
	char	*start;
	char	*end;		/* NULL when absent */
	long	 line;
};

void	validate_collect(void *ctx, xmlError *e);
void	validate_error_free(gpointer p);
int	validate_rng_check(struct diag_list *dl, xmlDoc *doc, const char *rng,
	    GHashTable *summaries);
void	validate_check_country(struct diag_list *dl, const struct model *m,
	    const struct model_file *f, xmlNode *n);
void	validate_check_dates(struct diag_list *dl,
	    const struct model_file *f, xmlNode *n);
void	validate_numbered_free(gpointer p);
void	validate_add_numbered(GPtrArray *numbered, const xmlNode *n);
void	validate_check_sequence(struct diag_list *dl,
	    const struct model_file *f, GPtrArray *numbered);
bool	validate_is_theme_column(const xmlNode *n);
void	validate_flush(struct diag_list *dl, const struct diag_list *tmp,
	    GHashTable *summaries, const GPtrArray *paths);

#endif
