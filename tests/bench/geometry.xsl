<?xml version="1.0" encoding="UTF-8"?>
<!--
  The printable matrix's geometry as xsl/matrix.xsl and xsl/common.xsl
  set it (page template, styles, column widths, titles), flattened to
  points so that matrix-fo.xsl, matrix-html.xsl and floor.c lay out the
  same pages the project does.  What the stylesheets leave to the
  renderer's defaults (rules, list indent, running heads) is set below.
    xsltproc tests/bench/geometry.xsl xsl/matrix.xsl > geometry.xml
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
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

  <!-- A style property, from the style or its parents, else def. -->
  <xsl:template name="prop">
    <xsl:param name="s"/>
    <xsl:param name="p"/>
    <xsl:param name="def"/>
    <xsl:choose>
      <xsl:when test="$s/@*[name() = $p]">
        <xsl:value-of select="$s/@*[name() = $p]"/>
      </xsl:when>
      <xsl:when test="$s/@parent">
        <xsl:call-template name="prop">
          <xsl:with-param name="s" select="$styles[@name = $s/@parent]"/>
          <xsl:with-param name="p" select="$p"/>
          <xsl:with-param name="def" select="$def"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$def"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="style">
    <xsl:param name="name"/>
    <xsl:variable name="s" select="$styles[@name = $name]"/>
    <xsl:variable name="font">
      <xsl:call-template name="prop">
        <xsl:with-param name="s" select="$s"/><xsl:with-param name="p" select="'font'"/>
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
        <xsl:with-param name="s" select="$s"/>
        <xsl:with-param name="list" select="concat('size|10pt|leading|1.2|',
            'weight|normal|italic|false|color|#000000|background||',
            'align|left|hyphenate|false|space-before|0|space-after|0|',
            'padding|0|caps|false|letter-spacing|0|rule|0|',
            'rule-color|#000000|')"/>
      </xsl:call-template>
    </style>
  </xsl:template>

  <!-- name|default|name|default|... as attributes, lengths in pt. -->
  <xsl:template name="props">
    <xsl:param name="s"/>
    <xsl:param name="list"/>
    <xsl:if test="contains($list, '|')">
      <xsl:variable name="p" select="substring-before($list, '|')"/>
      <xsl:variable name="rest" select="substring-after($list, '|')"/>
      <xsl:variable name="v">
        <xsl:call-template name="prop">
          <xsl:with-param name="s" select="$s"/>
          <xsl:with-param name="p" select="$p"/>
          <xsl:with-param name="def" select="substring-before($rest, '|')"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:attribute name="{$p}">
        <xsl:choose>
          <xsl:when test="contains('|size|space-before|space-after|padding|letter-spacing|rule|',
              concat('|', $p, '|'))">
            <xsl:call-template name="pt"><xsl:with-param name="v" select="$v"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="$v"/></xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:call-template name="props">
        <xsl:with-param name="s" select="$s"/>
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
      <!-- Renderer defaults: the rule width of rules="all", the list
           indent and the gap between items, the running head and foot
           set in the "small" style, their distance from the body. -->
      <defaults rule="0.5" list-indent="10" item-space="1.5" running-gap="8"
          spacer="4"/>
      <xsl:call-template name="columns">
        <xsl:with-param name="width" select="$pw - $ml - $mr"/>
      </xsl:call-template>
      <xsl:for-each select="$styles[contains('|td|td-small|td-no|td-strong|th|h1|small|caption|',
          concat('|', @name, '|'))]">
        <xsl:call-template name="style"><xsl:with-param name="name" select="@name"/></xsl:call-template>
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
