/* asemdoc render: a layout document to PDF, or to its layout dump. */
#include <stdio.h>
#include <string.h>

#include <glib.h>
#include <libxml/tree.h>

#include "cmd.h"
#include "diag.h"
#include "layout.h"
#include "render.h"
#include "xmlsafe.h"

int
cmd_render(struct diag_list *dl, int argc, char **argv)
{
	GOptionContext	*ctx;
	char		*out = NULL, *dump = NULL;
	xmlDoc		*doc = NULL;
	GString		*text;
	int		 rc = 0;
	GOptionEntry	 entries[] = {
		{ "output", 'o', 0, G_OPTION_ARG_FILENAME, &out,
		  "write the PDF to FILE", "FILE" },
		{ "dump", 0, 0, G_OPTION_ARG_STRING, &dump,
		  "print the layout dump (only \"layout\") on standard "
		  "output", "layout" },
		{ NULL, 0, 0, 0, NULL, NULL, NULL }
	};

	ctx = g_option_context_new("LAYOUT.xml - lay out a layout document "
	    "as PDF");
	g_option_context_add_main_entries(ctx, entries, NULL);
	g_option_context_set_help_enabled(ctx, TRUE);
	if (cmd_parse_options(dl, ctx, &argc, &argv) != 0) {
		rc = 2;
		goto out;
	}
	if (argc != 2 || (out == NULL && dump == NULL) ||
	    (dump != NULL && strcmp(dump, "layout") != 0)) {
		diag_add(dl, DIAG_USAGE, NULL, 0, 0, "usage: asemdoc render "
		    "LAYOUT.xml -o OUT.pdf [--dump=layout]");
		rc = 2;
		goto out;
	}
	if (cmd_check_output(dl, out, argv + 1, 1) != 0) {
		rc = 2;
		goto out;
	}
	xmlsafe_init();
	/* Read while the layout document is checked. */
	layout_hyphen_preload();
	if (dump == NULL) {
		/* Read as it is laid out: memory stays flat however long. */
		render_file(dl, argv[1], out);
		goto out;
	}
	if ((doc = xmlsafe_read_file(dl, argv[1])) == NULL)
		goto out;
	if (dump != NULL) {
		text = g_string_new(NULL);
		if (render_dump(dl, doc, text) == 0)
			fputs(text->str, stdout);
		g_string_free(text, TRUE);
	}
	if (out != NULL)
		render_document(dl, doc, out);
out:
	xmlFreeDoc(doc);
	g_free(out);
	g_free(dump);
	g_option_context_free(ctx);
	return rc;
}
