/* asemdoc diff: what changed between two versions of the matrix, as text and PDF. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <glib.h>
#include <libxml/tree.h>

#include "cmd.h"
#include "diag.h"
#include "diff.h"
#include "paths.h"
#include "transform.h"
#include "validate.h"
#include "xmlsafe.h"
#include "render.h"

/* The changes XML through xsl/changes.xsl, laid out as a PDF at out. */
static int
write_pdf(struct diag_list *dl, const struct diff *d, const char *out)
{
	struct transform	*t = NULL;
	xmlDoc			*changes, *layout = NULL;
	char			*xsl = paths_data("xsl/changes.xsl");
	int			 rc = -1;

	changes = diff_out_xml(d);
	if ((t = transform_load(dl, xsl, NULL)) == NULL)
		goto out;
	if ((layout = transform_apply(dl, t, changes, NULL)) == NULL)
		goto out;
	rc = render_document(dl, layout, out) == 0 ? 0 : -1;
out:
	xmlFreeDoc(layout);
	transform_free(t);
	xmlFreeDoc(changes);
	g_free(xsl);
	return rc;
}

int
cmd_diff(struct diag_list *dl, int argc, char **argv)
{
	char		*out = NULL, *dump = NULL, *text, *rng;
	bool		 bad;
	GOptionEntry	 entries[] = {
		{ "output", 'o', 0, G_OPTION_ARG_FILENAME, &out,
		  "also write the changes report as a PDF", "FILE" },
		{ "dump", 0, 0, G_OPTION_ARG_STRING, &dump,
		  "print the changes XML (changes) instead of the text",
		  "changes" },
		{ NULL, 0, 0, 0, NULL, NULL, NULL }
	};
	GOptionContext	*ctx;
	xmlDoc		*old_doc = NULL, *new_doc = NULL;
	struct diff	*d = NULL;
	int		 rc = 2;

	ctx = g_option_context_new("OLD.xml NEW.xml");
	g_option_context_set_summary(ctx, "Report what changed between two "
	    "versions of the matrix, matched by item ids.\nExit status: 0 no "
	    "change, 1 changes found, 2 bad input or command line.");
	g_option_context_add_main_entries(ctx, entries, NULL);
	if (cmd_parse_options(dl, ctx, &argc, &argv) != 0) {
		rc = 2;
		goto out;
	}
	if (dump != NULL && strcmp(dump, "changes") != 0) {
		diag_add(dl, DIAG_USAGE, NULL, 0, 0,
		    "diff: --dump knows only 'changes', not '%s'", dump);
		goto out;
	}
	if (argc != 3) {
		diag_add(dl, DIAG_USAGE, NULL, 0, 0,
		    "diff: expected OLD.xml NEW.xml (try 'asemdoc diff "
		    "--help')");
		goto out;
	}
	if (cmd_check_output(dl, out, argv + 1, 2) != 0)
		goto out;
	/* An unreadable input is a bad input: exit 2, as diff(1) does. */
	old_doc = xmlsafe_read_file(dl, argv[1]);
	new_doc = xmlsafe_read_file(dl, argv[2]);
	if (old_doc == NULL || new_doc == NULL)
		goto out;
	/*
	 * Matching first: its messages on missing and repeated ids are
	 * clearer than the schema's; then both must be matrices as the
	 * schema says.
	 */
	if ((d = diff_match(dl, old_doc, argv[1], new_doc, argv[2])) == NULL)
		goto out;
	rng = paths_data("source/schema/matrix.rng");
	bad = validate_doc(dl, old_doc, rng) != 0;
	bad = validate_doc(dl, new_doc, rng) != 0 || bad;
	g_free(rng);
	if (bad)
		goto out;
	if (dump != NULL) {
		xmlDoc	*x = diff_out_xml(d);

		xmlDocFormatDump(stdout, x, 1);
		xmlFreeDoc(x);
	} else {
		text = diff_out_text(d);
		fputs(text, stdout);
		g_free(text);
	}
	rc = diff_count(d) > 0 ? 1 : 0;
	/* The archive keeps one content per version: say so early. */
	if (rc == 1 && *diff_side(d, 1)->version != '\0' &&
	    strcmp(diff_side(d, 0)->version, diff_side(d, 1)->version) == 0)
		diag_warning(dl, argv[2], 0, "the matrix changed but its "
		    "latest revision is still version %s: add a revision "
		    "before archiving", diff_side(d, 1)->version);
	if (out != NULL && write_pdf(dl, d, out) != 0 && rc == 0)
		rc = 1;
out:
	diff_free(d);
	xmlFreeDoc(old_doc);
	xmlFreeDoc(new_doc);
	g_free(out);
	g_free(dump);
	g_option_context_free(ctx);
	return rc;
}
