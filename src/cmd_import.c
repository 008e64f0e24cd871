/* asemdoc import: runs the import stage on a raw matrix text and writes the XML atomically. */
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "cmd.h"
#include "diag.h"
#include "import.h"
#include "paths.h"
#include "xmlsafe.h"

int
cmd_import(struct diag_list *dl, int argc, char **argv)
{
	gboolean		 dump = FALSE;
	char			*out = NULL, *countries_path = NULL;
	char			*buf = NULL, *text, *name = NULL, *xml;
	GOptionEntry		 opts[] = {
		{ "output", 'o', 0, G_OPTION_ARG_FILENAME, &out,
		  "write the XML to FILE", "FILE" },
		{ "dump", 0, 0, G_OPTION_ARG_NONE, &dump,
		  "print the rows and cells read, with line numbers (also "
		  "--dump=import)", NULL },
		{ "countries", 0, 0, G_OPTION_ARG_FILENAME, &countries_path,
		  "country names and codes (default "
		  "source/reference/countries.xml in the data directory)",
		  "FILE" },
		{ NULL, 0, 0, 0, NULL, NULL, NULL }
	};
	GOptionContext		*ctx;
	GError			*err = NULL;
	struct import_table	*t = NULL;
	struct import_countries	*c = NULL;
	struct import_matrix	*m = NULL;
	gsize			 len;
	size_t			 xlen;
	int			 rc = 0, i;

	/* --dump=import names the stage, as the other dumps do. */
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--dump=import") == 0)
			argv[i] = (char *)"--dump";
		else if (strncmp(argv[i], "--dump=", 7) == 0) {
			diag_add(dl, DIAG_USAGE, NULL, 0, 0, "import: "
			    "--dump knows only 'import', not '%s'",
			    argv[i] + 7);
			return 2;
		}
	}
	ctx = g_option_context_new("RAW.txt -o FILE");
	g_option_context_set_summary(ctx, "Import the matrix text extracted "
	    "from a PDF (source/raw/matrix.txt) as XML.");
	g_option_context_add_main_entries(ctx, opts, NULL);
	if (cmd_parse_options(dl, ctx, &argc, &argv) != 0) {
		rc = 2;
		goto out;
	}
	if (argc != 2 || (out == NULL && !dump)) {
		diag_add(dl, DIAG_USAGE, NULL, 0, 0, "usage: asemdoc import "
		    "RAW.txt -o FILE | asemdoc import --dump RAW.txt");
		rc = 2;
		goto out;
	}
	if (cmd_check_output(dl, out, argv + 1, 1) != 0) {
		rc = 2;
		goto out;
	}
	name = diag_relpath(argv[1]);
	if (!g_file_get_contents(argv[1], &buf, &len, &err)) {
		diag_add(dl, DIAG_SYSTEM, name, 0, 0, "cannot read: %s",
		    err->message);
		goto out;
	}
	if ((t = import_tsv_parse(dl, name, buf, len)) == NULL)
		goto out;
	if (dump) {
		text = import_write_dump(dl, t);
		fputs(text, stdout);
		g_free(text);
		goto out;
	}
	xmlsafe_init();
	if (countries_path == NULL)
		countries_path = paths_data("source/reference/countries.xml");
	if ((c = import_countries_load(dl, countries_path)) == NULL)
		goto out;
	if ((m = import_repair(dl, t, c)) == NULL)
		goto out;
	xml = import_write_text(m, &xlen);
	/* Temporary file + rename: an earlier output is never half-written. */
	if (!g_file_set_contents(out, xml, (gssize)xlen, &err))
		diag_add(dl, DIAG_SYSTEM, out, 0, 0, "cannot write: %s",
		    err->message);
	g_free(xml);
out:
	if (err != NULL)
		g_error_free(err);
	import_matrix_free(m);
	import_countries_free(c);
	import_table_free(t);
	g_free(buf);
	g_free(name);
	g_free(out);
	g_free(countries_path);
	g_option_context_free(ctx);
	return rc;
}
