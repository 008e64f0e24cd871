<?xml version="1.0" encoding="UTF-8"?>
<!--
  Benchmark peer: the printable matrix as XSL-FO for Apache FOP 2.8, laid
  out as xsl/matrix.xsl lays it out (geometry.xml holds the shared sizes):
  A4 landscape, the six columns at the same widths, the header row repeated
  on every page, rows split across pages, a bookmark per meeting, the
  version and date and "page X of Y" in the footer.
    xsltproc tests/bench/matrix-fo.xsl MATRIX.xml > m.fo
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:output method="xml" encoding="UTF-8"/>

  <xsl:param name="geometry" select="'geometry.xml'"/>
  <xsl:variable name="g" select="document($geometry)/geometry"/>
  <xsl:variable name="t" select="$g/text"/>
  <xsl:variable name="c" select="$g/cell"/>
  <xsl:variable name="rev" select="/matrix/revisions/revision[last()]"/>

  <xsl:template name="pt">
    <xsl:param name="v"/>
    <xsl:value-of select="concat($v, 'pt')"/>
  </xsl:template>

  <xsl:template match="/matrix">
    <fo:root font-family="{$t/@font}, {$g/@symbol-font}" font-size="{$t/@size}pt"
        line-height="{$t/@leading}" language="en">
      <xsl:if test="$t/@hyphenate = 'true'">
        <xsl:attribute name="hyphenate">true</xsl:attribute>
      </xsl:if>
      <fo:layout-master-set>
        <fo:simple-page-master master-name="page"
            page-width="{$g/@page-width}pt" page-height="{$g/@page-height}pt"
            margin-top="{$g/@margin-top}pt"
            margin-bottom="{$g/@margin-bottom}pt"
            margin-left="{$g/@margin-left}pt"
            margin-right="{$g/@margin-right}pt">
          <fo:region-body margin-bottom="{$g/@footer-height}pt"/>
          <fo:region-after extent="{$g/@footer-height}pt"/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <fo:bookmark-tree>
        <xsl:for-each select="meeting">
          <fo:bookmark internal-destination="{@id}">
            <fo:bookmark-title>
              <xsl:value-of select="concat('ASEM CMM ', @n, ': ', title)"/>
            </fo:bookmark-title>
          </fo:bookmark>
        </xsl:for-each>
      </fo:bookmark-tree>
      <fo:page-sequence master-reference="page">
        <fo:static-content flow-name="xsl-region-after">
          <fo:block font-family="{$g/@footer-font}"
              font-size="{$g/@footer-size}pt" text-align-last="justify">
            <xsl:value-of select="concat('Version ', $rev/@version, ', ',
                $rev/@date)"/>
            <fo:leader leader-pattern="space"/>
            <xsl:text>page </xsl:text>
            <fo:page-number/>
            <xsl:text> of </xsl:text>
            <fo:page-number-citation-last ref-id="matrix-end"/>
          </fo:block>
        </fo:static-content>
        <fo:flow flow-name="xsl-region-body">
          <fo:block font-family="{$g/title/@font}"
              font-size="{$g/title/@size}pt" font-weight="bold"
              line-height="{$g/title/@leading}"
              space-after="{$g/title/@space-after}pt" hyphenate="false">
            <xsl:value-of select="title"/>
          </fo:block>
          <fo:table table-layout="fixed" width="100%"
              border-collapse="collapse">
            <xsl:for-each select="$g/col">
              <fo:table-column
                  column-width="proportional-column-width({@share})"/>
            </xsl:for-each>
            <fo:table-header>
              <fo:table-row>
                <xsl:for-each select="columns/column">
                  <fo:table-cell xsl:use-attribute-sets="cell"
                      background-color="#E8E8E8">
                    <fo:block font-family="{$g/head/@font}"
                        font-size="{$g/head/@size}pt" font-weight="bold"
                        line-height="{$g/head/@leading}" hyphenate="false">
                      <xsl:value-of select="."/>
                    </fo:block>
                  </fo:table-cell>
                </xsl:for-each>
              </fo:table-row>
            </fo:table-header>
            <fo:table-body>
              <xsl:apply-templates select="meeting"/>
            </fo:table-body>
          </fo:table>
          <fo:block id="matrix-end"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <xsl:attribute-set name="cell">
    <xsl:attribute name="padding">
      <xsl:value-of select="concat($c/@padding, 'pt')"/>
    </xsl:attribute>
    <xsl:attribute name="border">
      <xsl:value-of select="concat($c/@rule, 'pt solid #000000')"/>
    </xsl:attribute>
  </xsl:attribute-set>

  <xsl:template match="meeting">
    <fo:table-row>
      <fo:table-cell xsl:use-attribute-sets="cell">
        <fo:block id="{@id}"><xsl:value-of select="@n"/></fo:block>
      </fo:table-cell>
      <fo:table-cell xsl:use-attribute-sets="cell">
        <fo:block space-after="{$c/@item-space}pt">
          <xsl:value-of select="heading"/>
        </fo:block>
        <xsl:apply-templates select="themes/*"/>
      </fo:table-cell>
      <xsl:for-each select="workshops | action-plan | recommendations
          | follow-up">
        <fo:table-cell xsl:use-attribute-sets="cell">
          <xsl:apply-templates select="*"/>
          <xsl:if test="not(*)"><fo:block/></xsl:if>
        </fo:table-cell>
      </xsl:for-each>
    </fo:table-row>
  </xsl:template>

  <xsl:template match="p">
    <fo:block space-after="{$c/@item-space}pt">
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="ul | ol">
    <fo:list-block provisional-distance-between-starts="{$c/@list-indent}pt"
        provisional-label-separation="2pt">
      <xsl:apply-templates select="li"/>
    </fo:list-block>
  </xsl:template>

  <xsl:template match="li">
    <fo:list-item space-after="{$c/@item-space}pt">
      <fo:list-item-label end-indent="label-end()">
        <fo:block>
          <xsl:choose>
            <xsl:when test="@marker"><xsl:value-of select="@marker"/></xsl:when>
            <xsl:when test="parent::ol">
              <xsl:value-of select="concat(count(preceding-sibling::li) + 1,
                  '.')"/>
            </xsl:when>
            <xsl:otherwise>&#8226;</xsl:otherwise>
          </xsl:choose>
        </fo:block>
      </fo:list-item-label>
      <fo:list-item-body start-indent="body-start()">
        <fo:block>
          <xsl:apply-templates select="text() | i | b"/>
        </fo:block>
        <xsl:apply-templates select="ul | ol | p"/>
      </fo:list-item-body>
    </fo:list-item>
  </xsl:template>

  <xsl:template match="i">
    <fo:inline font-style="italic"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <xsl:template match="b">
    <fo:inline font-weight="bold"><xsl:apply-templates/></fo:inline>
  </xsl:template>
</xsl:stylesheet>
