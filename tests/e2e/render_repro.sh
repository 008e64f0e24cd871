#!/bin/sh
# Reproducible, atomic output: two runs give the same bytes; dates come
# from SOURCE_DATE_EPOCH, else the document's date, never the clock; a
# failed run leaves an earlier PDF as it was and no temporary file.
set -u
in=tests/layout/features.xml
t=$TMPDIR_TEST
fail=0

unset SOURCE_DATE_EPOCH
"$ASEMDOC" render "$in" -o "$t/a.pdf" 2>/dev/null || fail=1
sleep 1
"$ASEMDOC" render "$in" -o "$t/b.pdf" 2>/dev/null || fail=1
cmp "$t/a.pdf" "$t/b.pdf" || { echo "two runs differ"; fail=1; }

SOURCE_DATE_EPOCH=1234567890 "$ASEMDOC" render "$in" -o "$t/c.pdf" 2>/dev/null || fail=1
SOURCE_DATE_EPOCH=1234567890 "$ASEMDOC" render "$in" -o "$t/d.pdf" 2>/dev/null || fail=1
cmp "$t/c.pdf" "$t/d.pdf" || { echo "two runs with SOURCE_DATE_EPOCH differ"; fail=1; }
d=$(pdfinfo "$t/c.pdf" | sed -n 's/^CreationDate: *//p')
[ "$d" = "Fri Feb 13 23:31:30 2009 UTC" ] ||
    { echo "SOURCE_DATE_EPOCH not used: $d"; fail=1; }
cmp -s "$t/a.pdf" "$t/c.pdf" && { echo "SOURCE_DATE_EPOCH changed nothing"; fail=1; }

# An error in the input: exit 1, the earlier file untouched, no leftovers.
cat >"$t/bad.xml" <<'XML'
<document><meta><title>x</title></meta>
<page-template name="m" size="A4"/>
<sequence template="m"><p>A character no bundled font has: &#x4E2D;</p></sequence>
</document>
XML
echo "earlier output" >"$t/keep.pdf"
"$ASEMDOC" render "$t/bad.xml" -o "$t/keep.pdf" 2>"$t/err"
st=$?
[ "$st" -eq 1 ] || { echo "exit status $st, expected 1"; fail=1; }
grep -q 'bad.xml:3: error: no bundled font has the character U+4E2D$' "$t/err" ||
    { echo "no error naming the character:"; cat "$t/err"; fail=1; }
[ "$(cat "$t/keep.pdf")" = "earlier output" ] || { echo "earlier PDF changed"; fail=1; }
left=$(ls -A "$t" | grep -c '^\.keep\.pdf\.')
[ "$left" -eq 0 ] || { echo "temporary file left behind"; fail=1; }

# An unwritable directory is a system error (exit 3).
"$ASEMDOC" render "$in" -o "$t/missing/dir/x.pdf" 2>"$t/err"
st=$?
[ "$st" -eq 3 ] || { echo "exit status $st for an unwritable path, expected 3"; cat "$t/err"; fail=1; }
exit $fail
