#!/bin/sh
# The text a reader copies or extracts from a PDF is the text of the
# source: a soft hyphen (U+00AD) stays only where a word is broken at a
# line end (PDF 1.7, 14.8.2.2.3), never inside a word, and no
# /ActualText span stands for a soft hyphen or for the space Pango
# empties at the end of a wrapped line.  Both the spooled pages of the
# matrix and the twice laid-out recommendations are checked.
set -u
t=$TMPDIR_TEST
fail=0
"$ASEMDOC" build -o "$t/out" \
    2>"$t/err" || { cat "$t/err"; exit 1; }
for n in matrix recommendations; do
	pdf=$t/out/$n.pdf
	pdftotext -raw "$pdf" "$t/$n.txt" || { echo "pdftotext $n"; exit 1; }
	# Line ends broken by hyphenation: the test is not empty.
	ends=$(grep -c "$(printf '\302\255')\$" "$t/$n.txt")
	[ "$ends" -gt 20 ] ||
	    { echo "$n: only $ends lines end in a soft hyphen"; fail=1; }
	inner=$(grep -c "$(printf '\302\255')[^[:space:]]" "$t/$n.txt")
	if [ "$inner" -ne 0 ]; then
		echo "$n: $inner lines have a soft hyphen inside a word:"
		grep "$(printf '\302\255')[^[:space:]]" "$t/$n.txt" | head -n 3
		fail=1
	fi
	qpdf --qdf --object-streams=disable "$pdf" "$t/$n.qdf" ||
	    { echo "qpdf $n"; exit 1; }
	# <feff00ad> is U+00AD, <feff0020> a space, as Cairo writes them.
	bad=$(grep -a -c -E 'ActualText <feff(00ad|0020)>' "$t/$n.qdf")
	[ "$bad" -eq 0 ] ||
	    { echo "$n: $bad /ActualText spans for soft hyphens or spaces"; fail=1; }
done
# A word hyphenated somewhere in the matrix reads whole elsewhere.
grep -q 'differences' "$t/recommendations.txt" ||
    { echo "recommendations: 'differences' not found whole"; fail=1; }
exit $fail
