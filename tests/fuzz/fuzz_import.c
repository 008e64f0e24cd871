/*
 * Fuzz target for the import stage: matrix text -> rows and cells ->
 * repaired matrix -> canonical XML, all in memory.
 */
#include <stdint.h>
#include <stdlib.h>

#include <glib.h>

#include "diag.h"
#include "import.h"
#include "paths.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct import_countries	*countries;

static void
drop_countries(void)
{
	import_countries_free(countries);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag_list	*dl = diag_list_new();
	struct import_table	*t;
	struct import_matrix	*m;
	char			*path, *text;
	size_t			 len;

	/* The real matrix is 120 kB; far larger inputs only slow the run. */
	if (size > 512 * 1024)
		goto out;
	if (countries == NULL) {
		path = paths_data("source/reference/countries.xml");
		countries = import_countries_load(dl, path);
		g_free(path);
		if (countries == NULL)
			abort();
		atexit(drop_countries);
	}
	if ((t = import_tsv_parse(dl, "fuzz.txt", (const char *)data,
	    size)) == NULL)
		goto out;
	g_free(import_write_dump(dl, t));
	if ((m = import_repair(dl, t, countries)) != NULL) {
		text = import_write_text(m, &len);
		g_free(text);
		import_matrix_free(m);
	}
	import_table_free(t);
out:
	g_free(diag_list_format(dl, NULL));
	diag_list_free(dl);
	return 0;
}
