/*
 * Fuzz target for the layout renderer: a layout document read safely,
 * checked, laid out and dumped; when it lays out, also written as PDF
 * into a private directory that is emptied after each input.
 */
#include <stdint.h>
#include <stdlib.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "diag.h"
#include "render.h"
#include "xmlsafe.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static char	*dir, *pdf;

static void
cleanup(void)
{
	g_unlink(pdf);
	g_rmdir(dir);
	g_free(pdf);
	g_free(dir);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag_list	*dl;
	xmlDoc			*doc;
	GString			*dump;

	/* Layout is the slow stage: keep inputs to a few pages. */
	if (size > 64 * 1024)
		return 0;
	if (dir == NULL) {
		if ((dir = g_dir_make_tmp("asemdoc-fuzz-XXXXXX", NULL)) == NULL)
			abort();
		pdf = g_build_filename(dir, "fuzz.pdf", NULL);
		atexit(cleanup);
	}
	dl = diag_list_new();
	if ((doc = xmlsafe_read_memory(dl, "fuzz.xml", (const char *)data,
	    size)) != NULL) {
		dump = g_string_new(NULL);
		if (render_dump(dl, doc, dump) == 0) {
			render_document(dl, doc, pdf);
			g_unlink(pdf);
		}
		g_string_free(dump, TRUE);
		xmlFreeDoc(doc);
	}
	g_free(diag_list_format(dl, NULL));
	diag_list_free(dl);
	return 0;
}
