#!/bin/sh
# build refuses an invalid source and writes nothing: here a copy of
# source/ whose themes.xml names an item the matrix does not have.
set -u
src=$TMPDIR_TEST/source
out=$TMPDIR_TEST/out
cp -R source "$src"
sed 's/<item ref="cmm8-rec-1"\/>/<item ref="cmm8-rec-99"\/>/' source/themes.xml \
    >"$src/themes.xml"
cmp -s source/themes.xml "$src/themes.xml" && { echo "themes.xml not changed"; exit 1; }
"$ASEMDOC" build --source "$src" -o "$out" 2>"$TMPDIR_TEST/err"
st=$?
cat "$TMPDIR_TEST/err"
rc=0
[ "$st" -eq 1 ] || { echo "exit status $st, expected 1"; rc=1; }
grep -q 'themes.xml:[0-9]*: error: .*cmm8-rec-99' "$TMPDIR_TEST/err" ||
	{ echo "no error naming themes.xml and the unknown item"; rc=1; }
grep -q 'error: invalid source: no report written' "$TMPDIR_TEST/err" ||
	{ echo "no refusal message"; rc=1; }
[ ! -e "$out" ] || { echo "output written for an invalid source"; ls -R "$out"; rc=1; }
exit $rc
