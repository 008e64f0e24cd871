#!/bin/sh
# tests/layout/cell-blocks.xml: a section (title, paragraphs, a nested
# section) in a table cell and in a list item is laid out as blocks, and
# a cell split over pages prints each of its paragraphs once.  A cell
# holding only a section used to be read as inline text, and the whole
# section was missing from the page.
set -u
. tests/layout/pdfcheck.sh
in=tests/layout/cell-blocks.xml
t=$TMPDIR_TEST
fail=0
pdfcheck_render_quiet "$in" "$t/out.pdf" || exit 1
pdftotext -raw "$t/out.pdf" "$t/out.txt" || { echo "pdftotext"; exit 1; }
for s in "Heading in a cell" "Opening paragraph of the section in the cell." \
    "Nested heading in a cell" "Nested paragraph in the cell." \
    "Long section in a cell" "Inner one Inner two" "Short neighbour." \
    "Heading in an item" "Paragraph in the item."; do
	n=$(grep -c -F -x -e "$s" -e "• $s" "$t/out.txt")
	[ "$n" -eq 1 ] || { echo "\"$s\" printed $n times"; fail=1; }
done
i=1
while [ "$i" -le 60 ]; do
	p=$(printf 'Paragraph %02d of the long section' "$i")
	n=$(grep -c -F "$p" "$t/out.txt")
	[ "$n" -eq 1 ] || { echo "\"$p\" printed $n times"; fail=1; }
	i=$((i + 1))
done
pages=$(pdfinfo "$t/out.pdf" | sed -n 's/^Pages: *//p')
[ "$pages" -ge 3 ] || { echo "the long cell was not split: $pages pages"; fail=1; }
qpdf --check "$t/out.pdf" >"$t/qpdf" 2>&1 || { cat "$t/qpdf"; fail=1; }
exit $fail
