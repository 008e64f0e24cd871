#!/bin/sh
# Two meetings with one number: validate names both lines (exit 1).  The
# second meeting 1 used to pass when its dates did not overlap the
# first's, and the reports showed two "meeting 1".
set -u
src=$TMPDIR_TEST/source
cp -R source "$src"
sed 's/<meeting id="cmm2" n="2"/<meeting id="cmm2" n="1"/' source/matrix.xml \
    >"$src/matrix.xml"
cmp -s source/matrix.xml "$src/matrix.xml" && { echo "matrix.xml not changed"; exit 1; }
line=$(grep -n '<meeting id="cmm2"' "$src/matrix.xml" | cut -d: -f1)
first=$(grep -n '<meeting id="cmm1"' "$src/matrix.xml" | cut -d: -f1)
"$ASEMDOC" validate --source "$src" 2>"$TMPDIR_TEST/err"
st=$?
rc=0
[ "$st" -eq 1 ] || { echo "exit status $st, expected 1"; rc=1; }
grep -q "matrix.xml:$line: error: meeting 1 numbered twice: also on line $first\$" \
    "$TMPDIR_TEST/err" || { echo "no duplicate-number error:"; cat "$TMPDIR_TEST/err"; rc=1; }
exit $rc
