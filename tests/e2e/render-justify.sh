#!/bin/sh
# A justified paragraph in a narrow column: a wrapped line holding one
# word is set flush left, not spread letter by letter (Pango 1.50
# justifies a line without spaces by spacing its letters, and the text
# copied from the PDF then read "h e r i t a g e"); lines with spaces
# are still justified to both edges.
set -u
t=$TMPDIR_TEST
fail=0
cat >"$t/in.xml" <<'END'
<document><meta><title>Justified</title></meta><page-template name="m" size="A4"/>
<sequence template="m"><table rules="all"><columns><col width="60pt"/><col width="1*"/></columns><body>
<row><cell><p align="justify">The protection of intangible heritage and programmes for cultural diversity.</p></cell>
<cell><p align="justify">A wide column with ordinary justified text that runs across several lines so that the spaces are stretched as usual.</p></cell></row>
</body></table></sequence></document>
END
"$ASEMDOC" render "$t/in.xml" -o "$t/out.pdf" 2>"$t/err" || { cat "$t/err"; exit 1; }
pdftotext -raw "$t/out.pdf" "$t/out.txt" || { echo "pdftotext"; exit 1; }
for w in intangible heritage; do
	grep -q -x "$w" "$t/out.txt" || { echo "\"$w\" is not a line of its own, whole:"; cat "$t/out.txt"; fail=1; }
done
# The single-word lines start at the cell's left edge and end short of
# its right edge; the justified lines of the narrow cell reach it.
pdftotext -bbox "$t/out.pdf" "$t/bbox.html" || { echo "pdftotext"; exit 1; }
right() { awk -F'"' -v w="$1" '$0 ~ ">" w "</word>" { print $6; exit }' "$t/bbox.html"; }
r_heritage=$(right heritage)
r_of=$(right of)
awk -v a="$r_heritage" -v b="$r_of" 'BEGIN { exit !(a + 3 < b) }' ||
    { echo "heritage ends at $r_heritage, the justified 'tection of' at $r_of"; fail=1; }
exit $fail
