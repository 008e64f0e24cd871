/*
 * Replays fuzz inputs without libFuzzer: each argument is a file passed
 * once to LLVMFuzzerTestOneInput, so `make test` runs the corpus with any
 * compiler (and under the sanitizers with `make check-asan`).
 */
#include <stdint.h>
#include <stdio.h>

#include <glib.h>

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
main(int argc, char *argv[])
{
	int	 i, n = 0;

	for (i = 1; i < argc; i++) {
		gchar	*buf;
		gsize	 len;

		if (!g_file_get_contents(argv[i], &buf, &len, NULL)) {
			fprintf(stderr, "%s: cannot read\n", argv[i]);
			return 3;
		}
		LLVMFuzzerTestOneInput((const uint8_t *)buf, len);
		g_free(buf);
		n++;
	}
	printf("replayed %d inputs\n", n);
	return 0;
}
