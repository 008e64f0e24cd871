#!/bin/sh
# tests/layout/list-wide-markers.xml: a list marker wider than the room
# before the item text starts at the list's left edge, and the items'
# text moves right.  "1000000." in a table cell used to be drawn over the
# neighbouring cell's text, "Recommendation 12:" off the left edge of the
# page.  Two-digit numbers still hang into the margin as before.  The
# marker of an item that starts with a table stands on the table's first
# line, not above the table's top.
set -u
. tests/layout/pdfcheck.sh
in=tests/layout/list-wide-markers.xml
t=$TMPDIR_TEST
fail=0
pdfcheck_render_quiet "$in" "$t/out.pdf" || exit 1
pdftotext -bbox "$t/out.pdf" "$t/out.html" || { echo "pdftotext"; exit 1; }
# The first word's xMin or xMax: word w, field Min|Max.
x() {
	sed -n "s/.*x$2=\"\([0-9.-]*\)\".*>$1<\/word>.*/\1/p" "$t/out.html" |
	    head -n 1
}
# Whether $1 >= $2 - 0.01 (a hundredth of a point for rounding).
ge() {
	awk -v a="$1" -v b="$2" 'BEGIN { exit !(a != "" && b != "" && a >= b - 0.01) }'
}
# Whether $1 and $2 are within a hundredth of a point.
near() {
	awk -v a="$1" -v b="$2" 'BEGIN { exit !(a != "" && b != "" && a - b < 0.01 && b - a < 0.01) }'
}
cell=$(x Above. Min)
left=$(sed -n 's/.*xMax="\([0-9.]*\)".*>left\.*<\/word>.*/\1/p' "$t/out.html" |
    sort -n | tail -n 1)
million=$(x 1000000. Min)
ge "$million" "$cell" || { echo "1000000. at $million, left of its cell's text at $cell"; fail=1; }
ge "$million" "$left" || { echo "1000000. at $million, over the neighbour's text ending at $left"; fail=1; }
page=$(x Reference. Min)
reco=$(x Recommendation Min)
ge "$reco" "$page" || { echo "Recommendation at $reco, left of the list at $page"; fail=1; }
short=$(x short Min)
long=$(x long Min)
near "$short" "$long" || { echo "item text not lined up: $short and $long"; fail=1; }
ge "$short" "$(x 12: Max)" || { echo "item text $short over its marker"; fail=1; }
# Ordinary numbers: on their points, the text 15pt in, as before.
near "$(x 9. Max)" "$(x 10. Max)" || { echo "9. and 10. not lined up"; fail=1; }
near "$(x nine Min)" "$(x ten Min)" || { echo "nine and ten not lined up"; fail=1; }
near "$(x nine Min)" "$(echo "$page" | awk '{ print $1 + 15 }')" ||
    { echo "nine not 15pt in: $(x nine Min)"; fail=1; }
# yMin and yMax of the first word w, as "yMin yMax".
yrange() {
	sed -n "s/.*yMin=\"\([0-9.-]*\)\".*yMax=\"\([0-9.-]*\)\".*>$1<\/word>.*/\1 \2/p" \
	    "$t/out.html" | head -n 1
}
awk -v m="$(yrange 41.)" -v c="$(yrange Tabled)" 'BEGIN {
	split(m, a, " "); split(c, b, " ")
	lo = a[1] > b[1] ? a[1] : b[1]; hi = a[2] < b[2] ? a[2] : b[2]
	exit !(m != "" && c != "" && hi - lo >= (b[2] - b[1]) / 2)
}' || { echo "marker 41. at y $(yrange 41.), not on its table's first line at $(yrange Tabled)"; fail=1; }
exit $fail
