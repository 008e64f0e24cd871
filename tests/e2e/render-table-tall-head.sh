#!/bin/sh
# tests/layout/table-tall-head.xml: table heads taller than half the page
# body (a 700pt spacer; 700 words in a half-width column) are printed once,
# with a warning, and not repeated: every body row is printed exactly once
# and nothing is drawn below the page foot.  Repeated on every page, such a
# head pushed the body rows below the foot (drawn off the body, or lost:
# rows 31-60 of the second table were missing).
set -u
in=tests/layout/table-tall-head.xml
t=$TMPDIR_TEST
fail=0
"$ASEMDOC" render "$in" -o "$t/out.pdf" 2>"$t/err" || { cat "$t/err"; exit 1; }
cat >"$t/want" <<'END'
tests/layout/table-tall-head.xml:5: warning: table head 743pt tall, more than half the page body (698pt): printed once, not repeated on later pages; shorten the head or its continued text to have it repeated
tests/layout/table-tall-head.xml:11: warning: table head 763pt tall, more than half the page body (698pt): printed once, not repeated on later pages; shorten the head or its continued text to have it repeated
END
diff "$t/want" "$t/err" || fail=1
pdftotext -raw "$t/out.pdf" "$t/out.txt" 2>/dev/null || { echo "pdftotext"; exit 1; }
for s in headtop headend rowtop rowend aftertable "Short head" aftersecond; do
	n=$(grep -c -F -w "$s" "$t/out.txt")
	[ "$n" -eq 1 ] || { echo "\"$s\" printed $n times"; fail=1; }
done
i=1
while [ "$i" -le 60 ]; do
	r=$(printf 'Row %02d left Row %02d right' "$i" "$i")
	n=$(grep -c -F "$r" "$t/out.txt")
	[ "$n" -eq 1 ] || { echo "\"$r\" printed $n times"; fail=1; }
	i=$((i + 1))
done
# A4 without a footer: the page foot is 841.89pt less the 72pt margin.
pdftotext -bbox "$t/out.pdf" "$t/out.html" 2>/dev/null || { echo "pdftotext"; exit 1; }
below=$(awk -F'"' '/<word / && $8 > 769.89 + 0.01 { print $9 }' \
    "$t/out.html" | sed 's/^>//; s/<.*//' | sort -u | head -5)
[ -z "$below" ] || { echo "drawn below the page foot:" $below; fail=1; }
qpdf --check "$t/out.pdf" >"$t/qpdf" 2>&1 || { cat "$t/qpdf"; fail=1; }
exit $fail
