#!/bin/sh
# tests/figure/figures.xml: a heat map, a bar chart and a timeline at
# report sizes, through asemdoc render: every word of every label in the
# PDF, one link per @link to an existing destination, fonts from fonts/
# only, qpdf clean, the same bytes twice.  tests/figure/figures-bad.xml:
# chart data the schema accepts but the charts refuse gives errors with
# file and line, exit status 1 and no PDF.
set -u
. tests/layout/pdfcheck.sh
t=$TMPDIR_TEST
in=tests/figure/figures.xml
fail=0

unset SOURCE_DATE_EPOCH
"$ASEMDOC" render "$in" -o "$t/a.pdf" 2>"$t/err" || { cat "$t/err"; exit 1; }
[ -s "$t/err" ] && { echo "unexpected messages:"; cat "$t/err"; fail=1; }
"$ASEMDOC" render "$in" -o "$t/b.pdf" 2>/dev/null
cmp -s "$t/a.pdf" "$t/b.pdf" || { echo "two renders differ"; fail=1; }
pdfcheck_fonts "$t/a.pdf" || fail=1
qpdf --check "$t/a.pdf" >"$t/qpdf" 2>&1 || { cat "$t/qpdf"; fail=1; }

# Every word of the labels, group names, legend and unit is in the text.
pdftotext "$t/a.pdf" - | pdfcheck_words | sort -u >"$t/pdfwords"
xmllint --xpath '//figure//@label | //figure//@name | //figure//@legend | //figure//@unit' "$in" |
    sed 's/ [a-z]*="/\n/g; s/"//g' | pdfcheck_words | sort -u >"$t/words"
[ "$(wc -l <"$t/words")" -gt 60 ] || { echo "too few label words"; fail=1; }
comm -23 "$t/words" "$t/pdfwords" >"$t/missing"
[ -s "$t/missing" ] && { echo "label words not in the PDF:"; cat "$t/missing"; fail=1; }

# A link annotation per @link, each to a destination the PDF defines.
q=$t/a.qdf
qpdf --qdf --object-streams=disable "$t/a.pdf" "$q" || fail=1
want=$(grep -o ' link="[^"]*"' "$in" | wc -l)
got=$(grep -a -c '/Subtype /Link' "$q")
[ "$got" -eq "$want" ] || { echo "$got link annotations, expected $want"; fail=1; }
grep -a -o '/Dest ([^)]*)' "$q" | sed 's/.*(//; s/)//' | sort -u >"$t/dests"
grep -o ' link="[^"]*"' "$in" | sed 's/.*="//; s/"//' | sort -u |
    comm -23 - "$t/dests" >"$t/nolink"
[ -s "$t/nolink" ] && { echo "no link to:"; cat "$t/nolink"; fail=1; }
while read -r d; do
	grep -a -q "^    ($d)\$" "$q" || { echo "no destination named $d"; fail=1; }
done <"$t/dests"

# Bad data: every error with its line, status 1, no PDF written.
"$ASEMDOC" render tests/figure/figures-bad.xml -o "$t/bad.pdf" 2>"$t/bad.err"
st=$?
[ "$st" -eq 1 ] || { echo "exit status $st for bad figures, expected 1"; fail=1; }
printf '%s\n' \
    'tests/figure/figures-bad.xml:9: error: heat-map row has 1 value for 2 columns: Heritage' \
    'tests/figure/figures-bad.xml:10: error: heat-map value is negative: -2' \
    'tests/figure/figures-bad.xml:14: error: bar value is negative: -1' |
    diff -u - "$t/bad.err" || fail=1
[ -e "$t/bad.pdf" ] && { echo "a PDF was written for bad figures"; fail=1; }

# Charts far too big for their box (2,000 bars, 300 x 60 cells, 400
# events): refused with a message in bounded time, not a hang.
awk 'BEGIN {
	print "<?xml version=\"1.0\"?><document lang=\"en\"><meta><title>x</title><date>2019-05-07</date></meta>"
	print "<page-template name=\"m\" size=\"A4\"/><sequence template=\"m\">"
	printf "<figure height=\"200mm\"><alt>x</alt><bar-chart>"
	for (i = 0; i < 2000; i++) printf "<bar label=\"Label %d of a long list\" value=\"%d\"/>", i, (i * 37) % 501
	print "</bar-chart></figure>"
	printf "<figure height=\"200mm\"><alt>x</alt><heat-map><columns>"
	for (j = 0; j < 60; j++) printf "<column label=\"C%d\"/>", j
	printf "</columns>"
	for (i = 0; i < 300; i++) {
		printf "<row label=\"Row %d\">", i
		for (j = 0; j < 60; j++) printf "<value>%d</value>", (i + j) % 10
		printf "</row>"
	}
	print "</heat-map></figure>"
	printf "<figure height=\"200mm\"><alt>x</alt><timeline><group name=\"Asia\"/><group name=\"Europe\"/>"
	for (i = 0; i < 400; i++) printf "<event date=\"%d-0%d-1%d\" group=\"%s\" label=\"Event %d\"/>", 1900 + (i * 7) % 120, 1 + i % 9, i % 10, (i % 3) ? "Asia" : "Europe", i
	print "</timeline></figure></sequence></document>"
}' >"$t/huge.xml"
timeout 30 "$ASEMDOC" render "$t/huge.xml" -o "$t/huge.pdf" 2>"$t/huge.err"
st=$?
[ "$st" -eq 1 ] || { echo "exit status $st for huge figures, expected 1"; fail=1; }
for what in "bar chart of 2000 bars" "heat map of 300 x 60" "timeline of 400 events"; do
	grep -q ": error: $what does not fit in " "$t/huge.err" ||
	    { echo "no error for the $what"; cat "$t/huge.err"; fail=1; }
done
exit $fail
