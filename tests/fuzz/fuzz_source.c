/*
 * Fuzz target for the source parser and validator: one XML source read
 * safely, checked against its schema and, with the countries file as
 * context, against the rules a schema cannot state.
 */
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "diag.h"
#include "model.h"
#include "paths.h"
#include "validate.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static char	*dir, *file;

static void
cleanup(void)
{
	g_unlink(file);
	g_rmdir(dir);
	g_free(file);
	g_free(dir);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag_list	*dl;
	struct model		*m;
	char			*countries;

	if (size > 512 * 1024)
		return 0;
	/* model_add() reads a file: write each input to a private one. */
	if (dir == NULL) {
		if ((dir = g_dir_make_tmp("asemdoc-fuzz-XXXXXX", NULL)) == NULL)
			abort();
		file = g_build_filename(dir, "fuzz.xml", NULL);
		atexit(cleanup);
	}
	if (!g_file_set_contents(file, (const char *)data, size, NULL))
		abort();
	dl = diag_list_new();
	m = model_new();
	if (model_add(m, dl, file, true)) {
		countries = paths_data("source/reference/countries.xml");
		model_add(m, dl, countries, false);
		g_free(countries);
		validate_model(dl, m);
	}
	model_free(m);
	g_free(diag_list_format(dl, NULL));
	diag_list_free(dl);
	return 0;
}
