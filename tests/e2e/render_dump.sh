#!/bin/sh
# The layout dump of tests/layout/small.xml (landscape A4, TOC, inline
# styles, a list, a rule, a table with a colspan, running heads) against
# tests/golden/render-small.layout; REGEN=1 rewrites the golden.
set -u
in=tests/layout/small.xml
golden=tests/golden/render-small.layout
out=$TMPDIR_TEST/small.layout
"$ASEMDOC" render "$in" --dump=layout >"$out" 2>"$TMPDIR_TEST/err" ||
    { cat "$TMPDIR_TEST/err"; exit 1; }
if [ -s "$TMPDIR_TEST/err" ]; then
	echo "unexpected messages:"; cat "$TMPDIR_TEST/err"; exit 1
fi
if [ -n "${REGEN:-}" ]; then
	cp "$out" "$golden"
fi
diff -u "$golden" "$out"
