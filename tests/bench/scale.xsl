<?xml version="1.0" encoding="UTF-8"?>
<!--
  Benchmark input: source/matrix.xml repeated n times.  Copy k (0 to n-1)
  renumbers each meeting N to N + k * (highest number) and rewrites the
  "cmm<N>" prefix of every id inside it, so the result is valid against
  source/schema/matrix.rng with unique ids.  Meetings must follow each
  other in time, so the meetings of copies k > 0 get one-day dates two
  days apart after the last real meeting (the dates as written stay).
  Meetings come highest number first, the order of the printed matrix,
  so that a reader that draws them as they come (floor.c) prints the
  same rows in the same order.  Applied to source/themes.xml it repeats
  each theme's items for the same copies, so that every item keeps a
  theme and the scaled sources validate as the real ones do.
    xsltproc -stringparam n 10 tests/bench/scale.xsl source/matrix.xml
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:date="http://exslt.org/dates-and-times"
    extension-element-prefixes="date">
  <xsl:output method="xml" encoding="UTF-8"/>

  <xsl:param name="n" select="1"/>

  <!-- The highest meeting number; themes.xml sits beside its matrix. -->
  <xsl:variable name="max">
    <xsl:call-template name="highest">
      <xsl:with-param name="m" select="/matrix/meeting"/>
    </xsl:call-template>
    <xsl:if test="/themes">
      <xsl:call-template name="highest">
        <xsl:with-param name="m"
            select="document('matrix.xml', /themes)/matrix/meeting"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:variable>

  <!-- A week after the last real meeting ends: where the copies start. -->
  <xsl:variable name="copies-from">
    <xsl:for-each select="/matrix/meeting">
      <xsl:sort select="@end" order="descending"/>
      <xsl:if test="position() = 1">
        <xsl:value-of select="date:add(@end, 'P7D')"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:variable>

  <xsl:template name="highest">
    <xsl:param name="m"/>
    <xsl:for-each select="$m">
      <xsl:sort select="@n" data-type="number" order="descending"/>
      <xsl:if test="position() = 1"><xsl:value-of select="@n"/></xsl:if>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="@*|node()">
    <xsl:copy><xsl:apply-templates select="@*|node()"/></xsl:copy>
  </xsl:template>

  <xsl:template match="/matrix">
    <xsl:copy>
      <xsl:apply-templates select="@*|node()[not(self::meeting)]"/>
      <xsl:call-template name="copies">
        <xsl:with-param name="hi" select="number($n) - 1"/>
        <xsl:with-param name="lo" select="0"/>
      </xsl:call-template>
      <xsl:text>&#10;</xsl:text>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="theme/item">
    <xsl:variable name="rest" select="substring-after(@ref, 'cmm')"/>
    <xsl:variable name="num" select="substring-before(concat($rest, '-'), '-')"/>
    <xsl:call-template name="item-copies">
      <xsl:with-param name="lo" select="0"/>
      <xsl:with-param name="hi" select="number($n) - 1"/>
      <xsl:with-param name="num" select="$num"/>
      <xsl:with-param name="tail" select="substring($rest, string-length($num) + 1)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="item-copies">
    <xsl:param name="lo"/>
    <xsl:param name="hi"/>
    <xsl:param name="num"/>
    <xsl:param name="tail"/>
    <xsl:choose>
      <xsl:when test="$hi = $lo">
        <xsl:if test="$lo &gt; 0"><xsl:text>&#10;    </xsl:text></xsl:if>
        <item ref="{concat('cmm', $num + $lo * $max, $tail)}"/>
      </xsl:when>
      <xsl:when test="$hi &gt; $lo">
        <xsl:variable name="mid" select="floor(($hi + $lo) div 2)"/>
        <xsl:call-template name="item-copies">
          <xsl:with-param name="lo" select="$lo"/>
          <xsl:with-param name="hi" select="$mid"/>
          <xsl:with-param name="num" select="$num"/>
          <xsl:with-param name="tail" select="$tail"/>
        </xsl:call-template>
        <xsl:call-template name="item-copies">
          <xsl:with-param name="lo" select="$mid + 1"/>
          <xsl:with-param name="hi" select="$hi"/>
          <xsl:with-param name="num" select="$num"/>
          <xsl:with-param name="tail" select="$tail"/>
        </xsl:call-template>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- Copies hi down to lo, halving the range so the recursion stays
       shallow at 1000x. -->
  <xsl:template name="copies">
    <xsl:param name="hi"/>
    <xsl:param name="lo"/>
    <xsl:choose>
      <xsl:when test="$hi = $lo">
        <xsl:for-each select="meeting">
          <xsl:sort select="@n" data-type="number" order="descending"/>
          <xsl:text>&#10;  </xsl:text>
          <xsl:apply-templates select="." mode="copy">
            <xsl:with-param name="k" select="$hi"/>
          </xsl:apply-templates>
        </xsl:for-each>
      </xsl:when>
      <xsl:when test="$hi &gt; $lo">
        <xsl:variable name="mid" select="floor(($hi + $lo) div 2)"/>
        <xsl:call-template name="copies">
          <xsl:with-param name="hi" select="$hi"/>
          <xsl:with-param name="lo" select="$mid + 1"/>
        </xsl:call-template>
        <xsl:call-template name="copies">
          <xsl:with-param name="hi" select="$mid"/>
          <xsl:with-param name="lo" select="$lo"/>
        </xsl:call-template>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="meeting" mode="copy">
    <xsl:param name="k"/>
    <xsl:variable name="old" select="concat('cmm', @n)"/>
    <xsl:variable name="new" select="concat('cmm', @n + $k * $max)"/>
    <xsl:apply-templates select="." mode="renumber">
      <xsl:with-param name="old" select="$old"/>
      <xsl:with-param name="new" select="$new"/>
      <xsl:with-param name="k" select="$k"/>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:template match="@*|node()" mode="renumber">
    <xsl:param name="old"/>
    <xsl:param name="new"/>
    <xsl:param name="k"/>
    <xsl:copy>
      <xsl:apply-templates select="@*|node()" mode="renumber">
        <xsl:with-param name="old" select="$old"/>
        <xsl:with-param name="new" select="$new"/>
        <xsl:with-param name="k" select="$k"/>
      </xsl:apply-templates>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="meeting/@n" mode="renumber">
    <xsl:param name="k"/>
    <xsl:attribute name="n">
      <xsl:value-of select=". + $k * $max"/>
    </xsl:attribute>
  </xsl:template>

  <xsl:template match="meeting/@start | meeting/@end" mode="renumber">
    <xsl:param name="k"/>
    <xsl:attribute name="{name()}">
      <xsl:choose>
        <xsl:when test="$k = 0"><xsl:value-of select="."/></xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="date:add($copies-from, concat('P',
              2 * (../@n + ($k - 1) * $max - 1), 'D'))"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:attribute>
  </xsl:template>

  <!-- An id outside the cmm<N> pattern gets a copy suffix instead. -->
  <xsl:template match="@id" mode="renumber">
    <xsl:param name="old"/>
    <xsl:param name="new"/>
    <xsl:param name="k"/>
    <xsl:attribute name="id">
      <xsl:choose>
        <xsl:when test=". = $old or starts-with(., concat($old, '-'))">
          <xsl:value-of
              select="concat($new, substring(., string-length($old) + 1))"/>
        </xsl:when>
        <xsl:when test="$k = 0"><xsl:value-of select="."/></xsl:when>
        <xsl:otherwise><xsl:value-of select="concat(., '-x', $k)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:attribute>
  </xsl:template>
</xsl:stylesheet>
