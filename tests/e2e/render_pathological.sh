#!/bin/sh
# Inputs built to hurt, under a timeout (a timeout is a hang): a cell
# of 35 pages and one of 1 MB (refused), lists nested 40 deep,
# a 2,000-column-wide colspan table and an empty document body.
set -u
t=$TMPDIR_TEST
fail=0
head='<document><meta><title>p</title></meta><page-template name="m" size="A4"><footer><center><page-number/> of <page-count/></center></footer></page-template><sequence template="m">'
tail='</sequence></document>'

# cell WORDS: a two-column table whose second cell is WORDS words.
cell() {
	awk -v head="$head" -v tail="$tail" -v n="$1" 'BEGIN {
	split("culture heritage ministers cooperation festival museum creative", w, " ")
	printf "%s<table><columns><col width=\"1*\"/><col width=\"2*\"/></columns><body><row><cell>1</cell><cell>", head
	for (i = 0; i < n; i++)
		printf "%s ", w[(i * 7 + int(i / 7)) % 7 + 1]
	printf "end-of-cell</cell></row></body></table>%s\n", tail
}'
}
# 15,000 words: a cell of 35 pages, split line by line, whose last
# words are on the last page (not on a line running off the page).
cell 15000 >"$t/long.xml"
timeout 120 "$ASEMDOC" render "$t/long.xml" -o "$t/long.pdf" 2>"$t/err" ||
    { echo "long cell failed or hung"; cat "$t/err"; fail=1; }
n=$(pdfinfo "$t/long.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
[ "${n:-0}" -ge 30 ] || { echo "long cell on ${n:-no} pages"; fail=1; }
pdftotext -f "${n:-1}" -l "${n:-1}" "$t/long.pdf" - 2>/dev/null |
    grep -q 'end-of-cell' || { echo "the end of the long cell is not on its last page"; fail=1; }
# 1 MB in one paragraph: more than Pango measures reliably; refused
# with its line, and the PDF already there stays.
cell 130000 >"$t/big.xml"
[ "$(wc -c <"$t/big.xml")" -gt 1000000 ] || { echo "generator broken"; exit 1; }
echo before >"$t/big.pdf"
timeout 120 "$ASEMDOC" render "$t/big.xml" -o "$t/big.pdf" 2>"$t/err"
st=$?
[ "$st" -eq 1 ] || { echo "exit $st for a 1 MB paragraph, expected 1"; fail=1; }
grep -q 'big.xml:1: error: a paragraph of [0-9]* bytes, longer than the 200000 Pango lays out reliably: split it$' "$t/err" ||
    { echo "no clear error for the 1 MB paragraph:"; cat "$t/err"; fail=1; }
[ "$(cat "$t/big.pdf")" = before ] || { echo "the earlier PDF was replaced"; fail=1; }

awk -v head="$head" -v tail="$tail" 'BEGIN {
	printf "%s", head
	for (i = 0; i < 40; i++) printf "<list><item><p>level %d</p>", i
	for (i = 0; i < 40; i++) printf "</item></list>"
	printf "<table><columns>"
	for (i = 0; i < 20; i++) printf "<col width=\"1*\"/>"
	printf "</columns><body><row><cell colspan=\"5000\">wide</cell></row></body></table>"
	printf "<section><title>Empty</title></section>%s\n", tail
}' >"$t/deep.xml"
timeout 60 "$ASEMDOC" render "$t/deep.xml" -o "$t/deep.pdf" 2>"$t/err"
st=$?
[ "$st" -eq 1 ] || { echo "exit $st for an impossible colspan, expected 1"; fail=1; }
grep -q 'deep.xml:1: error: colspan reaches past the last column' "$t/err" ||
    { echo "no colspan error:"; cat "$t/err"; fail=1; }
sed 's/colspan="5000"//' "$t/deep.xml" >"$t/deep2.xml"
timeout 60 "$ASEMDOC" render "$t/deep2.xml" -o "$t/deep2.pdf" 2>"$t/err" ||
    { echo "nested lists failed or hung"; cat "$t/err"; fail=1; }
pdftotext "$t/deep2.pdf" - | grep -q 'level 39' || { echo "deepest item missing"; fail=1; }

printf '%s%s\n' "$head" "$tail" >"$t/empty.xml"
timeout 10 "$ASEMDOC" render "$t/empty.xml" -o "$t/empty.pdf" 2>"$t/err" ||
    { echo "empty sequence failed"; cat "$t/err"; fail=1; }
[ "$(pdfinfo "$t/empty.pdf" | sed -n 's/^Pages: *//p')" = 1 ] ||
    { echo "an empty sequence is not one page"; fail=1; }
exit $fail
