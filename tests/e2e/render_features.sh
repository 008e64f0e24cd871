#!/bin/sh
# tests/layout/features.xml: metadata, tags, page labels, the table of
# contents pointing where it says, a heading kept with its paragraph at a
# page foot, nested lists word for word, a 5,000-letter word and a
# 3,000-character URL broken in a narrow column with a warning, fonts.
set -u
. tests/layout/pdfcheck.sh
in=tests/layout/features.xml
out=$TMPDIR_TEST/features.pdf
t=$TMPDIR_TEST
fail=0

unset SOURCE_DATE_EPOCH
if ! "$ASEMDOC" render "$in" -o "$out" 2>"$t/err"; then
	cat "$t/err"; exit 1
fi
# The long word warns with its line; the URL breaks at its slashes.
line=$(grep -n 'internationalizationinternationalization' "$in" | cut -d: -f1)
grep -q "^tests/layout/features.xml:$line: warning: word wider than its column (77pt), broken: internationalizationinternationalization\.\.\.$" "$t/err" ||
    { echo "no warning for the long word:"; cat "$t/err"; fail=1; }
[ "$(wc -l <"$t/err")" -eq 1 ] || { echo "unexpected messages:"; cat "$t/err"; fail=1; }

pdfcheck_info "$out" Pages 14 || fail=1
pdfcheck_info "$out" Tagged yes || fail=1
pdfcheck_info "$out" Title "ASEM Culture Ministers' Meetings: layout features" || fail=1
pdfcheck_info "$out" Author "ASEM Culture Ministers' Meetings secretariat" || fail=1
pdfcheck_info "$out" Subject "Test of the layout engine" || fail=1
pdfcheck_info "$out" Keywords "ASEM, culture, layout, version 1.2, 2018-06-20" || fail=1
pdfcheck_info "$out" Creator "asemdoc $("$ASEMDOC" --version | cut -d' ' -f2)" || fail=1
pdfcheck_info "$out" CreationDate "Wed Jun 20 00:00:00 2018 UTC" || fail=1
pdfcheck_info "$out" ModDate "Wed Jun 20 00:00:00 2018 UTC" || fail=1
pdfcheck_fonts "$out" || fail=1
qpdf --check "$out" >"$t/qpdf" 2>&1 || { cat "$t/qpdf"; fail=1; }

# The TOC (page 2) prints the pages its links go to, and they are right.
pdfcheck_toc "$out" 2 >"$t/toc" || { cat "$t/toc"; fail=1; }
printf '3\t3\n3\t3\n3\t3\n5\t5\n5\t5\n14\t14\n' | cmp -s - "$t/toc" ||
    { echo "TOC entries:"; cat "$t/toc"; fail=1; }

# Page labels: roman for the front matter, then decimal.
q=$out.qdf
grep -a -q '/P (ii)' "$q" || { echo "no page label ii"; fail=1; }
grep -a -q '/S /D' "$q" || { echo "no decimal page labels"; fail=1; }
# Bookmarks and the tagged structure.
for s in /Document /H1 /H2 /H3 /P /L /LI /Table /TR /TH /TD /Figure /Link /TOC; do
	grep -a -q "/S $s\$" "$q" || { echo "no $s structure element"; fail=1; }
done
[ "$(grep -a -c '/S /Table$' "$q")" -eq 1 ] ||
    { echo "the table crossing 9 pages is not one Table element"; fail=1; }
grep -a -q '/Title (Kept with its paragraph)' "$q" || { echo "no bookmark"; fail=1; }
grep -a -q '/URI (https://www.aseminfoboard.org/)' "$q" || { echo "no external link"; fail=1; }

# A heading that fits at a page foot without two lines of its paragraph
# moves with the paragraph to the next page.
pdftotext -f 4 -l 4 "$out" - | grep -q 'Kept with its paragraph' &&
    { echo "heading left at the foot of page 4"; fail=1; }
pdftotext -f 5 -l 5 -raw "$out" - | tr -d '\f' | sed -n '1,2p' >"$t/p5"
printf 'Kept with its paragraph\nThis paragraph follows the heading on the same page. The heading never stands alone at\n' |
    cmp -s - "$t/p5" || { echo "page 5 does not start with the heading and its paragraph:"; cat "$t/p5"; fail=1; }

# Nested lists word for word (markers are not words of the source).
pdfcheck_xml_words "$in" '//section[@id="lists"]' >"$t/expected"
pdftotext -f 3 -l 3 -raw "$out" - | tr -d '\f' |
    sed -n '/^Nested lists$/,/^A heading near the foot/p' | sed '$d' |
    pdfcheck_words | grep -v -x -e '[0-9]*\.' -e '•' -e '–' -e '☑' -e '☐' -e '□' >"$t/actual"
diff "$t/expected" "$t/actual" || { echo "list text differs"; fail=1; }

# The long word and URL, whole once the running heads are taken out (the
# hyphens drawn where the word is broken are not in the text layer).
pdftotext -raw "$out" - | tr -d '\f' |
    grep -v -e "^ASEM Culture Ministers' Meetings: layout features" \
	-e '^Version 1.2' -e '^Table 1 (continued)$' -e '^No Token Remark$' \
	-e 'A word of' -e 'never clipped' -e 'A URL of' -e 'without hyphens' \
    | sed 's/^[0-9] //' >"$t/raw"
word=$(xmllint --xpath 'string(//table[@id="narrow-table"]/body/row[1]/cell[2])' "$in")
url=$(xmllint --xpath 'string(//table[@id="narrow-table"]/body/row[2]/cell[2])' "$in")
[ ${#word} -eq 5000 ] && [ ${#url} -eq 3000 ] || { echo "fixture changed"; fail=1; }
tr -d '\n' <"$t/raw" | grep -q -F "$word" ||
    { echo "the 5,000-letter word is not whole in the PDF text"; fail=1; }
tr -d '\n' <"$t/raw" | grep -q -F "$url" ||
    { echo "the 3,000-character URL is not whole in the PDF text"; fail=1; }
exit $fail
