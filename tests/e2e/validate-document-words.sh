#!/bin/sh
# Nothing of a seed is lost or added: for every document in
# source/documents/, the words of its seed text (source/raw/<seed>) less
# the leftover lines its metadata lists as dropped are, as a multiset,
# the words of the document (less what it marks as supplied).  A version
# kept inside a document (seed 003 in qingdao-2017.xml) is rebuilt from
# the main text, its own title and readings, less what it omits, and
# compared with its seed the same way.
set -u
: "${TMPDIR_TEST:?}"
rc=0
command -v xsltproc >/dev/null 2>&1 ||
    { echo "xsltproc is not installed (apt-get install xsltproc)"; exit 1; }
xsl=$TMPDIR_TEST/words.xsl
cat >"$xsl" <<'XSL'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="text" encoding="UTF-8"/>
<!-- what: "seeds" (lines "seed version-id"), "dropped" (lines "seed
     line"), or the text of the main document ("") or of a version. -->
<xsl:param name="what" select="''"/>
<xsl:variable name="blocks" select="/document/meta/title[not(@supplied)]
    | /document/body//heading[not(@supplied)] | /document/body//p
    | /document/body//item"/>
<xsl:template match="/">
  <xsl:variable name="v" select="/document/meta/version[@id = $what]"/>
  <xsl:choose>
    <xsl:when test="$what = 'seeds'">
      <xsl:value-of select="/document/meta/source[1]/@seed"/>
      <xsl:text> &#10;</xsl:text>
      <xsl:for-each select="/document/meta/version">
        <xsl:value-of select="concat(@seed, ' ', @id, '&#10;')"/>
      </xsl:for-each>
    </xsl:when>
    <xsl:when test="$what = 'dropped'">
      <xsl:for-each select="/document/meta/dropped/leftover">
        <xsl:value-of select="concat(@seed, ' ', @line, '&#10;')"/>
      </xsl:for-each>
    </xsl:when>
    <xsl:when test="$what = ''">
      <xsl:apply-templates select="$blocks" mode="block"/>
    </xsl:when>
    <xsl:otherwise>
      <xsl:apply-templates select="$v/title | $v/attribution" mode="block"/>
      <xsl:for-each select="$blocks">
        <xsl:variable name="id" select="string(@id)"/>
        <xsl:choose>
          <xsl:when test="$id != '' and $v/omits[@ref = $id]"/>
          <xsl:when test="$id != '' and $v/reading[@ref = $id]">
            <xsl:value-of select="concat($v/reading[@ref = $id]/text, '&#10;')"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:apply-templates select="." mode="block"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>
<xsl:template match="*" mode="block">
  <xsl:if test="@marker"><xsl:value-of select="concat(@marker, ' ')"/></xsl:if>
  <xsl:value-of select="concat(., '&#10;')"/>
</xsl:template>
</xsl:stylesheet>
XSL

words() { tr -s ' \t\r\n' '\n\n\n\n' | grep -v '^$' | LC_ALL=C sort; }

ndocs=0
for doc in source/documents/*.xml; do
	[ -f "$doc" ] || continue
	ndocs=$((ndocs + 1))
	xsltproc --stringparam what dropped "$xsl" "$doc" >"$TMPDIR_TEST/dropped" ||
	    { echo "$doc: xsltproc failed"; rc=1; continue; }
	xsltproc --stringparam what seeds "$xsl" "$doc" |
	while read -r seed version; do
		raw=source/raw/$seed
		if [ ! -f "$raw" ]; then
			echo "$doc: seed $raw missing"; exit 1
		fi
		lines=$(awk -v s="$seed" '$1 == s { printf "%s ", $2 }' \
		    "$TMPDIR_TEST/dropped")
		awk -v drop=" $lines" 'index(drop, " " FNR " ") == 0' "$raw" |
		    words >"$TMPDIR_TEST/seed.words"
		xsltproc --stringparam what "$version" "$xsl" "$doc" |
		    words >"$TMPDIR_TEST/doc.words"
		label="$doc${version:+ (version $version)}"
		if [ ! -s "$TMPDIR_TEST/doc.words" ]; then
			echo "$label: no words"; exit 1
		fi
		if ! cmp -s "$TMPDIR_TEST/seed.words" "$TMPDIR_TEST/doc.words"; then
			diff "$TMPDIR_TEST/seed.words" "$TMPDIR_TEST/doc.words" |
			    grep '^[<>]' | head -n 20
			echo "$label: words differ from $raw (< seed, > document)"
			exit 1
		fi
		echo "$label: $(wc -l <"$TMPDIR_TEST/doc.words") words of $raw kept"
	done || rc=1
done
[ "$ndocs" -ge 3 ] || { echo "only $ndocs documents"; rc=1; }
exit $rc
