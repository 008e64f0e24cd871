#!/bin/sh
# matrix.html in headless Chromium: it loads without console errors, the
# rendered DOM shows every meeting of source/matrix.xml as a table row,
# and the page keeps its accessible structure (lang, caption, header
# scopes, headings) with no script.
set -u
command -v chromium >/dev/null || { echo "chromium is not installed"; exit 1; }
out=$TMPDIR_TEST/out
"$ASEMDOC" build --only matrix-html -o "$out" || exit 1
html=$out/matrix.html
profile=$TMPDIR_TEST/profile
mkdir -p "$profile"
timeout 120 chromium --headless --no-sandbox --disable-gpu \
    --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$profile" \
    --enable-logging=stderr --v=0 \
    --dump-dom "file://$html" >"$TMPDIR_TEST/dom.html" \
    2>"$TMPDIR_TEST/chromium.err"
st=$?
[ "$st" -eq 0 ] || { echo "chromium exited $st"; tail "$TMPDIR_TEST/chromium.err"; exit 1; }
rc=0
if grep -E 'CONSOLE|Uncaught|Failed to load resource|Refused to' \
    "$TMPDIR_TEST/chromium.err"; then
	echo "console errors while loading matrix.html"; rc=1
fi
ids=$(grep -o '<meeting id="[^"]*"' source/matrix.xml | sed 's/.*id="//; s/"//')
[ -n "$ids" ] || { echo "no meetings in source/matrix.xml"; exit 1; }
for id in $ids; do
	grep -q "<tr id=\"$id\">" "$TMPDIR_TEST/dom.html" ||
		{ echo "meeting $id not shown"; rc=1; }
	grep -q "href=\"#$id\"" "$TMPDIR_TEST/dom.html" ||
		{ echo "no link to meeting $id"; rc=1; }
done
for s in '<html lang="en"' '<caption>' '<thead>' '<th scope="col">' \
    '<th scope="row">' '<h1>' '<main>' '@media print'; do
	grep -q -- "$s" "$TMPDIR_TEST/dom.html" || { echo "no $s"; rc=1; }
done
if grep -qi '<script\|<link \|src="http' "$html"; then
	echo "matrix.html is not self-contained or has a script"; rc=1
fi
exit $rc
