#!/bin/sh
# Every recommendation, action-plan and follow-up item appears in the
# recommendations report under each of its themes (source/themes.xml),
# linked to its item in the matrix annex; every recommendation of the
# matrix appears at least once.
set -u
command -v xsltproc >/dev/null || { echo "xsltproc is not installed"; exit 1; }
out=$TMPDIR_TEST/out
"$ASEMDOC" build --only recommendations -o "$out" 2>"$TMPDIR_TEST/err" ||
	{ cat "$TMPDIR_TEST/err"; exit 1; }
cat >"$TMPDIR_TEST/check.xsl" <<'XSL'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text"/>
  <xsl:param name="layout"/>
  <xsl:param name="matrix"/>
  <xsl:variable name="l" select="document($layout)"/>
  <xsl:template match="/">
    <xsl:for-each select="themes/theme">
      <xsl:variable name="sec" select="$l//section[@id = concat('theme-', current()/@id)]"/>
      <xsl:if test="not($sec)">no section for theme <xsl:value-of select="@id"/><xsl:text>&#10;</xsl:text></xsl:if>
      <xsl:for-each select="item">
        <xsl:if test="not($sec//link[@to = current()/@ref])">
          <xsl:value-of select="concat(@ref, ' not under theme ', ../@id, '&#10;')"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:for-each>
    <xsl:for-each select="document($matrix)//recommendations//li[@id] | document($matrix)//recommendations/p[@id]">
      <xsl:if test="not($l//section[starts-with(@id, 'theme-')]//link[@to = current()/@id])">
        <xsl:value-of select="concat('recommendation ', @id, ' in no theme section&#10;')"/>
      </xsl:if>
    </xsl:for-each>
    <xsl:value-of select="concat('checked ', count(themes/theme/item), ' assignments&#10;')"/>
  </xsl:template>
</xsl:stylesheet>
XSL
xsltproc --nonet --stringparam layout "$out/layout/recommendations.xml" \
    --stringparam matrix "$PWD/source/matrix.xml" \
    "$TMPDIR_TEST/check.xsl" source/themes.xml >"$TMPDIR_TEST/res" || exit 1
cat "$TMPDIR_TEST/res"
[ "$(wc -l <"$TMPDIR_TEST/res")" -eq 1 ] || exit 1
grep -q '^checked [1-9][0-9]* assignments$' "$TMPDIR_TEST/res"
