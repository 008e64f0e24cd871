<?xml version="1.0" encoding="UTF-8"?>
<!--
  The printable matrix's geometry as xsl/matrix.xsl and xsl/common.xsl
  set it (page template, styles, column widths, titles), flattened to
  points so that matrix-fo.xsl, matrix-html.xsl and floor.c lay out the
  same pages the project does.  Styles resolve as the renderer resolves
  them (xsl/LAYOUT.md, "Styles"): a document style, else its parent, else
  the predefined style of that name (copied below from src/layout_read.c),
  else body.
    xsltproc tests/bench/geometry.xsl xsl/matrix.xsl > geometry.xml
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:b="urn:x-asemdoc-bench" exclude-result-prefixes="b">
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:variable name="matrix-xsl" select="/"/>
  <xsl:variable name="common"
      select="document(/xsl:stylesheet/xsl:import/@href, /)"/>
  <xsl:variable name="styles"
      select="$common//xsl:template[@name = 'styles']/style"/>
  <xsl:variable name="page"
      select="$common//page-template[@name =
          $matrix-xsl//sequence[1]/@template]"/>
  <xsl:variable name="cols"
      select="$common//xsl:template[@name = 'matrix-table']//columns/col"/>

  <!-- A length of the layout vocabulary in points. -->
  <xsl:template name="pt">
    <xsl:param name="v"/>
    <xsl:variable name="n" select="number(translate($v, 'ptmcin', ''))"/>
    <xsl:choose>
      <xsl:when test="contains($v, 'mm')"><xsl:value-of select="$n * 72 div 25.4"/></xsl:when>
      <xsl:when test="contains($v, 'cm')"><xsl:value-of select="$n * 72 div 2.54"/></xsl:when>
      <xsl:when test="contains($v, 'in')"><xsl:value-of select="$n * 72"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$n"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The renderer's predefined styles that the matrix uses. -->
  <b:styles>
    <b:style name="body" font="serif" size="10.5" leading="1.4"
        weight="normal" italic="false" color="#000000" align="justify"
        hyphenate="true" space-before="0" space-after="6" indent="0"
        padding="0" rule="0.5" rule-color="#8A96A3" caps="false"
        letter-spacing="0"/>
    <b:style name="h1" parent="body" font="sans" size="17" leading="1.2"
        weight="bold" color="#1F3A5F" align="left" hyphenate="false"
        space-before="20" space-after="9"/>
    <b:style name="caption" parent="body" font="sans" size="9"
        leading="1.3" weight="bold" align="left" hyphenate="false"
        space-before="6" space-after="4"/>
    <b:style name="table" parent="body" space-before="6" space-after="10"
        rule="0.5" rule-color="#8A96A3"/>
    <b:style name="header" parent="body" font="sans" size="8"
        leading="1.2" color="#555555" align="left" hyphenate="false"
        space-after="0" rule="0.4"/>
    <b:style name="footer" parent="body" font="sans" size="8"
        leading="1.2" color="#555555" align="left" hyphenate="false"
        space-after="0" rule="0"/>
    <b:style name="continued" parent="body" font="sans" size="8.5"
        italic="true" color="#555555" align="left" hyphenate="false"
        space-after="3"/>
    <b:style name="small" parent="body" size="8.5" leading="1.35"/>
  </b:styles>
  <xsl:variable name="builtin" select="document('')/*/b:styles/b:style"/>
  <!-- The styles the matrix's pages use. -->
  <b:names><b:n>td</b:n><b:n>td-small</b:n><b:n>td-no</b:n><b:n>td-strong</b:n><b:n>th</b:n><b:n>h1</b:n><b:n>small</b:n><b:n>caption</b:n><b:n>continued</b:n><b:n>table</b:n><b:n>header</b:n><b:n>footer</b:n></b:names>

  <!-- A style property as the renderer resolves it, else def. -->
  <xsl:template name="prop">
    <xsl:param name="name"/>
    <xsl:param name="p"/>
    <xsl:param name="def"/>
    <xsl:variable name="u" select="$styles[@name = $name]"/>
    <xsl:variable name="b" select="$builtin[@name = $name]"/>
    <xsl:choose>
      <xsl:when test="$u/@*[name() = $p]">
        <xsl:value-of select="$u/@*[name() = $p]"/>
      </xsl:when>
      <xsl:when test="$u/@parent">
        <xsl:call-template name="prop">
          <xsl:with-param name="name" select="$u/@parent"/>
          <xsl:with-param name="p" select="$p"/>
          <xsl:with-param name="def" select="$def"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$b/@*[name() = $p]">
        <xsl:value-of select="$b/@*[name() = $p]"/>
      </xsl:when>
      <xsl:when test="$name != 'body'">
        <xsl:call-template name="prop">
          <xsl:with-param name="name" select="'body'"/>
          <xsl:with-param name="p" select="$p"/>
          <xsl:with-param name="def" select="$def"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$def"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="style">
    <xsl:param name="name"/>
    <xsl:variable name="font">
      <xsl:call-template name="prop">
        <xsl:with-param name="name" select="$name"/><xsl:with-param name="p" select="'font'"/>
        <xsl:with-param name="def" select="'serif'"/>
      </xsl:call-template>
    </xsl:variable>
    <style name="{$name}">
      <xsl:attribute name="font">
        <xsl:value-of select="concat('Noto ',
            substring('SerifSans', 1 + 5 * number($font = 'sans'),
            5 - number($font = 'sans')))"/>
      </xsl:attribute>
      <xsl:call-template name="props">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="list" select="concat('size|10pt|leading|1.2|',
            'weight|normal|italic|false|color|#000000|background||',
            'align|left|hyphenate|false|space-before|0|space-after|0|',
            'padding|0|caps|false|letter-spacing|0|rule|0|',
            'rule-color|#000000|indent|0|')"/>
      </xsl:call-template>
    </style>
  </xsl:template>

  <!-- name|default|name|default|... as attributes, lengths in pt. -->
  <xsl:template name="props">
    <xsl:param name="name"/>
    <xsl:param name="list"/>
    <xsl:if test="contains($list, '|')">
      <xsl:variable name="p" select="substring-before($list, '|')"/>
      <xsl:variable name="rest" select="substring-after($list, '|')"/>
      <xsl:variable name="v">
        <xsl:call-template name="prop">
          <xsl:with-param name="name" select="$name"/>
          <xsl:with-param name="p" select="$p"/>
          <xsl:with-param name="def" select="substring-before($rest, '|')"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:attribute name="{$p}">
        <xsl:choose>
          <xsl:when test="contains('|size|space-before|space-after|padding|letter-spacing|rule|indent|',
              concat('|', $p, '|'))">
            <xsl:call-template name="pt"><xsl:with-param name="v" select="$v"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="$v"/></xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:call-template name="props">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="list" select="substring-after($rest, '|')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="/">
    <xsl:variable name="land" select="$page/@orientation = 'landscape'"/>
    <xsl:variable name="a" select="841.89"/>
    <xsl:variable name="b" select="595.28"/>
    <xsl:variable name="pw" select="$b + ($a - $b) * number($land)"/>
    <xsl:variable name="ml"><xsl:call-template name="pt"><xsl:with-param name="v" select="$page/@margin-left"/></xsl:call-template></xsl:variable>
    <xsl:variable name="mr"><xsl:call-template name="pt"><xsl:with-param name="v" select="$page/@margin-right"/></xsl:call-template></xsl:variable>
    <geometry page-width="{$pw}" page-height="{$a + $b - $pw}" symbol-font="Noto Sans Symbols2"
        doc-title="{normalize-space($matrix-xsl//xsl:with-param[@name = 'title'])}"
        section-title="{normalize-space($matrix-xsl//section/title)}">
      <xsl:attribute name="margin-top"><xsl:call-template name="pt"><xsl:with-param name="v" select="$page/@margin-top"/></xsl:call-template></xsl:attribute>
      <xsl:attribute name="margin-bottom"><xsl:call-template name="pt"><xsl:with-param name="v" select="$page/@margin-bottom"/></xsl:call-template></xsl:attribute>
      <xsl:attribute name="margin-left"><xsl:value-of select="$ml"/></xsl:attribute>
      <xsl:attribute name="margin-right"><xsl:value-of select="$mr"/></xsl:attribute>
      <!-- What the renderer does beyond styles (src/layout_text.c,
           layout_page.c, LAYOUT.md): list items are the list style's
           space-after apart, 3pt more after a list; the marker column is
           the style's indent (15pt when 0), the marker right-aligned 4pt
           before the text; the header's baseline 16pt above the body,
           its rule 10pt above; the footer's baseline 24pt below. -->
      <xsl:variable name="indent">
        <xsl:call-template name="prop">
          <xsl:with-param name="name" select="'td'"/>
          <xsl:with-param name="p" select="'indent'"/>
          <xsl:with-param name="def" select="0"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:variable name="list-indent">
        <xsl:call-template name="pt"><xsl:with-param name="v" select="$indent"/></xsl:call-template>
      </xsl:variable>
      <defaults list-indent="{$list-indent + 15 * number($list-indent = 0)}"
          marker-gap="4" list-after="3" header-baseline="16" header-rule="10"
          footer-baseline="24" spacer="{translate($matrix-xsl//spacer/@height, 'pt', '')}"/>
      <xsl:call-template name="columns">
        <xsl:with-param name="width" select="$pw - $ml - $mr"/>
      </xsl:call-template>
      <xsl:for-each select="document('')/*/b:names/b:n">
        <xsl:call-template name="style"><xsl:with-param name="name" select="."/></xsl:call-template>
      </xsl:for-each>
    </geometry>
  </xsl:template>

  <!-- Fixed widths first; the rest shared in proportion to the stars. -->
  <xsl:template name="columns">
    <xsl:param name="width"/>
    <xsl:param name="i" select="1"/>
    <xsl:param name="fixed" select="0"/>
    <xsl:choose>
      <xsl:when test="$i &lt;= count($cols)">
        <xsl:variable name="w" select="$cols[$i]/@width"/>
        <xsl:variable name="f">
          <xsl:choose>
            <xsl:when test="contains($w, '*')">0</xsl:when>
            <xsl:otherwise><xsl:call-template name="pt"><xsl:with-param name="v" select="$w"/></xsl:call-template></xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:call-template name="columns">
          <xsl:with-param name="width" select="$width"/>
          <xsl:with-param name="i" select="$i + 1"/>
          <xsl:with-param name="fixed" select="$fixed + $f"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="star-sum">
          <xsl:call-template name="stars"/>
        </xsl:variable>
        <xsl:for-each select="$cols">
          <col>
            <xsl:attribute name="width">
              <xsl:choose>
                <xsl:when test="contains(@width, '*')">
                  <xsl:value-of select="($width - $fixed) * number(substring-before(@width, '*')) div $star-sum"/>
                </xsl:when>
                <xsl:otherwise><xsl:call-template name="pt"><xsl:with-param name="v" select="@width"/></xsl:call-template></xsl:otherwise>
              </xsl:choose>
            </xsl:attribute>
          </col>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="stars">
    <xsl:param name="i" select="1"/>
    <xsl:param name="sum" select="0"/>
    <xsl:choose>
      <xsl:when test="$i &gt; count($cols)"><xsl:value-of select="$sum"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="stars">
          <xsl:with-param name="i" select="$i + 1"/>
          <xsl:with-param name="sum" select="$sum + number(concat('0', substring-before($cols[$i]/@width, '*')))"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
