#!/bin/sh
# Nothing lost: for each meeting, the multiset of words of its raw cells
# (THEMES to FOLLOW UP, markup, header rows and "--" rows removed) equals
# the multiset of words of its five columns in the XML (text and
# @marker), less the words of the one item dropped as a repeat.  Words
# are runs of ASCII letters and digits, so markers and punctuation do
# not count.  The raw side is read here with awk, not by the importer.
set -u
raw=source/raw/matrix.txt
out=$TMPDIR_TEST/matrix.xml
"$ASEMDOC" import "$raw" -o "$out" 2>"$TMPDIR_TEST/err" || {
	cat "$TMPDIR_TEST/err"; exit 1; }

# Raw side: "<line of the meeting's first row> <word>" per word.
tr -d '\r' <"$raw" | awk -F'\t' '
NF != 6 { next }
$1 ~ /^NO\.?$/ && $2 == "THEMES" { next }
$1 == "--" { next }
$1 != "" || $2 != "" { m = NR }
{
	for (i = 2; i <= 6; i++) {
		s = $i
		gsub(/<[^>]*>/, " ", s)
		gsub(/[^A-Za-z0-9]+/, " ", s)
		n = split(s, w, " ")
		for (j = 1; j <= n; j++)
			print m, w[j]
	}
}' | sort >"$TMPDIR_TEST/raw.words"

# The item a page break repeated (meeting 6, lines 20 and 23) is kept
# once: its words come off the raw side once.
dup="Make the creative industries ensure cities leverage their distinctive
assets, be active custodians of our heritage and never stand still in their
pursuit of sustainable development, resilience, competitiveness and harmony."
printf '%s\n' "$dup" | awk '{ gsub(/[^A-Za-z0-9]+/, " ");
	n = split($0, w, " "); for (j = 1; j <= n; j++) print "17", w[j] }' |
    sort >"$TMPDIR_TEST/dup.words"
# Remove one occurrence of each duplicate word.
awk 'NR == FNR { c[$0]++; next } ($0 in c) && c[$0] > 0 { c[$0]--; next }
    { print }' "$TMPDIR_TEST/dup.words" "$TMPDIR_TEST/raw.words" \
    >"$TMPDIR_TEST/raw.kept"

# XML side, through xsltproc: the meeting is named by the first line of
# its @src, which is the raw line of its first row.
cat >"$TMPDIR_TEST/words.xsl" <<'XSL'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="text"/>
<xsl:template match="/">
  <xsl:for-each select="/matrix/meeting">
    <xsl:variable name="m" select="substring-before(concat(@src, ' '), ' ')"/>
    <xsl:for-each select="(themes|workshops|action-plan|recommendations|follow-up)//text() | (themes|workshops|action-plan|recommendations|follow-up)//@marker">
      <xsl:value-of select="concat($m, '&#9;', ., '&#10;')"/>
    </xsl:for-each>
  </xsl:for-each>
</xsl:template>
</xsl:stylesheet>
XSL
xsltproc "$TMPDIR_TEST/words.xsl" "$out" | awk -F'\t' '{
	s = $2; gsub(/[^A-Za-z0-9]+/, " ", s)
	n = split(s, w, " ")
	for (j = 1; j <= n; j++) print $1, w[j] }' | sort >"$TMPDIR_TEST/xml.words"

meetings=$(cut -d' ' -f1 "$TMPDIR_TEST/raw.kept" | sort -u | wc -l)
if [ "$meetings" -ne 8 ]; then
	echo "expected 8 meetings on the raw side, found $meetings"; exit 1
fi
[ -s "$TMPDIR_TEST/xml.words" ] || { echo "no words in the XML"; exit 1; }
if ! diff "$TMPDIR_TEST/raw.kept" "$TMPDIR_TEST/xml.words"; then
	echo "word multisets differ (< raw, > XML)"; exit 1
fi
n=$(grep -c 'warning: item repeated' "$TMPDIR_TEST/err")
if [ "$n" -ne 1 ]; then
	echo "expected 1 dropped repeat, found $n"; exit 1
fi
echo "$(wc -l <"$TMPDIR_TEST/xml.words") words in $meetings meetings"
