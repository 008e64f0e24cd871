#!/bin/sh
# Every value quoted in source/discrepancies.xml is written, word for
# word, in each element it cites (a "(...)" in a quotation stands for
# words left out), and every partner of source/reference/partners.xml is
# named in the paragraph it cites.  Whitespace is normalised; a list
# item's marker counts as its first word.
set -u
: "${TMPDIR_TEST:?}"
command -v xsltproc >/dev/null 2>&1 ||
    { echo "xsltproc is not installed (apt-get install xsltproc)"; exit 1; }
top=$(pwd)
xsl=$TMPDIR_TEST/quotes.xsl
cat >"$xsl" <<'XSL'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="text" encoding="UTF-8"/>
<xsl:param name="top"/>
<xsl:variable name="all" select="document(concat($top, '/source/matrix.xml'))
    | document(concat($top, '/source/documents/history.xml'))
    | document(concat($top, '/source/documents/halong-2010.xml'))
    | document(concat($top, '/source/documents/qingdao-2017.xml'))"/>
<xsl:template match="/">
  <xsl:for-each select="//discrepancy/value/source | //partner">
    <xsl:variable name="ref" select="@ref"/>
    <xsl:variable name="quote" select="normalize-space(
        ../text | self::partner/name)"/>
    <xsl:variable name="target" select="$all//*[@id = $ref]"/>
    <xsl:variable name="written"
        select="normalize-space(concat($target/@marker, ' ', $target))"/>
    <xsl:variable name="head" select="normalize-space(
        substring-before(concat($quote, '(...)'), '(...)'))"/>
    <xsl:variable name="tail" select="normalize-space(
        substring-after($quote, '(...)'))"/>
    <xsl:choose>
      <xsl:when test="not($target)">
        <xsl:value-of select="concat('FAIL ', $ref, ': no such id&#10;')"/>
      </xsl:when>
      <xsl:when test="not(contains($written, $head))
          or not(contains($written, $tail))">
        <xsl:value-of select="concat('FAIL ', ancestor-or-self::*[@id][1]/@id,
            ': ', $ref, ' does not say &quot;', $quote, '&quot;&#10;')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat('ok ', $ref, '&#10;')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:for-each>
</xsl:template>
</xsl:stylesheet>
XSL
rc=0
for f in source/discrepancies.xml source/reference/partners.xml; do
	xsltproc --stringparam top "$top" "$xsl" "$f" >"$TMPDIR_TEST/out" ||
	    { echo "$f: xsltproc failed"; rc=1; continue; }
	grep '^FAIL' "$TMPDIR_TEST/out" && rc=1
	n=$(grep -c '^ok' "$TMPDIR_TEST/out")
	echo "$f: $n quotations found in the elements they cite"
	[ "$n" -gt 0 ] || rc=1
done
exit $rc
