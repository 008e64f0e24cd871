#!/bin/sh
# tests/layout/running-heads.xml: a header whose two slots and a footer
# whose three slots are too long for the line.  The slots share the
# line and the long ones end in an ellipsis, with one warning naming the
# first: no word of a running head is drawn over another, the short
# centre slot ("Page 1 of 2") is whole, and the text copied from the PDF
# is the whole text (the ellipsis stands for the words it hides).
# A row's bookmark is not a section: the running section title after
# it is still the section's.
set -u
in=tests/layout/running-heads.xml
t=$TMPDIR_TEST
fail=0
"$ASEMDOC" render "$in" -o "$t/out.pdf" 2>"$t/err" || { cat "$t/err"; exit 1; }
line=$(grep -n '<header>' "$in" | cut -d: -f1)
grep -q "^$in:$line: warning: running head too long for its left slot (needs [0-9]*pt, has [0-9]*pt), shortened: ASEM Culture Ministers Meetings: Matrix of Evaluation and Decisions 2003-2018\$" "$t/err" ||
    { echo "no warning for the header:"; cat "$t/err"; fail=1; }
[ "$(wc -l <"$t/err")" -eq 1 ] || { echo "unexpected messages:"; cat "$t/err"; fail=1; }
# Words above the body (y < 64) and below it (y > 770), page by page,
# left to right: each ends before the next begins.
pdftotext -bbox "$t/out.pdf" "$t/bbox.html" || { echo "pdftotext"; exit 1; }
awk -F'"' '
/<page / { page++ }
/<word / {
	band = $4 < 64 ? "head" : $4 > 770 ? "foot" : ""
	if (band == "") next
	print page, band, $2, $6, $9
}' "$t/bbox.html" | sort -k1,1n -k2,2 -k3,3n >"$t/words"
[ "$(wc -l <"$t/words")" -gt 20 ] || { echo "no running heads found"; cat "$t/words"; exit 1; }
awk '
$1 == p && $2 == b && $3 < x - 0.5 { print "overlap on page " $1 " (" $2 "): " w " / " $5; bad = 1 }
{ p = $1; b = $2; x = $4; w = $5 }
END { exit bad }' "$t/words" || fail=1
pdftotext -raw "$t/out.pdf" "$t/out.txt" || { echo "pdftotext"; exit 1; }
for s in "Page 1 of 2" "Page 2 of 2"; do
	grep -q -F -e "$s" "$t/out.txt" || { echo "no \"$s\""; fail=1; }
done
for s in "ASEM Culture Ministers Meetings: Matrix of Evaluation and Decisions 2003-2018" \
    "Prepared for the delegates of the ninth meeting, not for circulation" \
    "Secretariat of the ASEM Culture Ministers Meetings"; do
	n=$(grep -c -F -e "$s" "$t/out.txt")
	[ "$n" -eq 2 ] || { echo "\"$s\" found $n times, not once a page"; fail=1; }
done

cat >"$t/rows.xml" <<'END'
<document><meta><title>Rows</title></meta>
<page-template name="m" size="A4"><header><right><section-title/></right></header></page-template>
<sequence template="m"><section><title>The real section</title><p>First page.</p></section>
<table><columns><col width="1*"/></columns><body><row outline="A row bookmark"><cell>A row.</cell></row></body></table>
<page-break/><p>Second page.</p></sequence></document>
END
"$ASEMDOC" render "$t/rows.xml" -o "$t/rows.pdf" 2>"$t/err" || { cat "$t/err"; exit 1; }
head=$(pdftotext -f 2 -l 2 -layout "$t/rows.pdf" - | sed -n '/[^ ]/{p;q;}' | sed 's/^ *//')
[ "$head" = "The real section" ] ||
    { echo "page 2 running head: \"$head\", not the section"; fail=1; }
exit $fail
