#!/bin/sh
# A table of 40 A4 pages whose row 7 is taller than a page: page count,
# every word of every cell once and in order (the tall row split line by
# line, nothing clipped or lost), the head repeated under the continued
# label on every later page, tags, embedded fonts, a clean qpdf check.
# A short row's last cell takes the remaining columns, and its text is
# set to their width, not to its first column's.
set -u
. tests/layout/pdfcheck.sh
in=tests/layout/table40.xml
out=$TMPDIR_TEST/table40.pdf
fail=0

if ! "$ASEMDOC" render "$in" -o "$out" 2>"$TMPDIR_TEST/err"; then
	cat "$TMPDIR_TEST/err"; exit 1
fi
if [ -s "$TMPDIR_TEST/err" ]; then
	echo "unexpected messages:"; cat "$TMPDIR_TEST/err"; fail=1
fi
pdfcheck_info "$out" Pages 40 || fail=1
pdfcheck_info "$out" Tagged yes || fail=1
pdfcheck_fonts "$out" || fail=1
qpdf --check "$out" >"$TMPDIR_TEST/qpdf" 2>&1 || { cat "$TMPDIR_TEST/qpdf"; fail=1; }

# Word for word: the heading, caption, head and every cell, in order,
# once; running heads, continued labels and repeated heads removed.
pdfcheck_xml_words "$in" '//section/title | //table/caption | //head//cell | //body//cell' \
    >"$TMPDIR_TEST/expected"
pdftotext -raw "$out" - | tr -d '\f' >"$TMPDIR_TEST/raw"
grep -v -x -e 'Long table Recommendations by meeting' -e 'Page [0-9]* of 40' \
    -e 'Table 1 (continued)' "$TMPDIR_TEST/raw" |
    awk '$0 == "No Theme Recommendation" { if (seen) next; seen = 1 } { print }' |
    pdfcheck_words >"$TMPDIR_TEST/actual"
if ! diff "$TMPDIR_TEST/expected" "$TMPDIR_TEST/actual" >"$TMPDIR_TEST/diff"; then
	echo "PDF text differs from the layout document:"
	head -n 20 "$TMPDIR_TEST/diff"; fail=1
fi
[ "$(wc -l <"$TMPDIR_TEST/expected")" -gt 10000 ] ||
    { echo "too few words expected"; fail=1; }

heads=$(grep -c -x 'No Theme Recommendation' "$TMPDIR_TEST/raw")
conts=$(grep -c -x 'Table 1 (continued)' "$TMPDIR_TEST/raw")
[ "$heads" -eq 40 ] || { echo "head rows on $heads pages, expected 40"; fail=1; }
[ "$conts" -eq 39 ] || { echo "continued label on $conts pages, expected 39"; fail=1; }

# Row 7 is taller than a page: it starts on page 1 and ends on page 4.
pdftotext -f 1 -l 1 -raw "$out" - | grep -q '^7 Theme digital 7 word1 ' ||
    { echo "row 7 does not start on page 1"; fail=1; }
pdftotext -f 4 -l 4 -raw "$out" - | grep -q 'word1500$' ||
    { echo "row 7 does not end on page 4"; fail=1; }

cat >"$TMPDIR_TEST/short.xml" <<'END'
<document><meta><title>Short row</title></meta><page-template name="m" size="A4"/>
<sequence template="m"><table rules="all"><columns><col width="60pt"/><col width="1*"/><col width="1*"/></columns><body>
<row><cell>Year</cell><cell>Host</cell><cell>Outcome</cell></row>
<row><cell>A short row whose one cell runs across all three columns, not wrapped at sixty points.</cell></row>
</body></table></sequence></document>
END
"$ASEMDOC" render "$TMPDIR_TEST/short.xml" -o "$TMPDIR_TEST/short.pdf" 2>"$TMPDIR_TEST/err" ||
    { cat "$TMPDIR_TEST/err"; exit 1; }
pdftotext -raw "$TMPDIR_TEST/short.pdf" - | grep -q -x 'A short row whose one cell runs across all three columns, not wrapped at sixty points.' ||
    { echo "the short row's cell is not one line:"; pdftotext -raw "$TMPDIR_TEST/short.pdf" -; fail=1; }
exit $fail
