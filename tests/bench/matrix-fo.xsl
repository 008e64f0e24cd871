<?xml version="1.0" encoding="UTF-8"?>
<!--
  Benchmark peer: the printable matrix as XSL-FO for Apache FOP 2.8, laid
  out as xsl/matrix.xsl lays it out, with the sizes geometry.xsl takes
  from it: the page template, the title and revision notes, the six
  columns at the same widths, the caption and header row repeated on
  every page, rows split across pages, a bookmark per meeting, the
  running head and foot with "Page X of Y".
    xsltproc -stringparam geometry G.xml tests/bench/matrix-fo.xsl M.xml
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:output method="xml" encoding="UTF-8"/>

  <xsl:param name="geometry"/>
  <xsl:variable name="g" select="document($geometry)/geometry"/>
  <xsl:variable name="d" select="$g/defaults"/>
  <xsl:variable name="td" select="$g/style[@name = 'td']"/>
  <xsl:variable name="tbl" select="$g/style[@name = 'table']"/>
  <xsl:variable name="rule"
      select="concat($tbl/@rule, 'pt solid ', $tbl/@rule-color)"/>
  <xsl:variable name="date" select="/matrix/revisions/revision[not(
      ../revision/@date &gt; @date)][last()]"/>
  <xsl:variable name="lower" select="'abcdefghijklmnopqrstuvwxyz'"/>
  <xsl:variable name="upper" select="'ABCDEFGHIJKLMNOPQRSTUVWXYZ'"/>

  <!-- The properties of a geometry style as FO attributes. -->
  <xsl:template name="style">
    <xsl:param name="s"/>
    <xsl:attribute name="font-family">
      <xsl:value-of select="concat($s/@font, ', ', $g/@symbol-font)"/>
    </xsl:attribute>
    <xsl:attribute name="font-size"><xsl:value-of select="$s/@size"/>pt</xsl:attribute>
    <xsl:attribute name="line-height"><xsl:value-of select="$s/@leading"/></xsl:attribute>
    <xsl:attribute name="font-weight"><xsl:value-of select="$s/@weight"/></xsl:attribute>
    <xsl:attribute name="font-style">
      <xsl:value-of select="substring('normalitalic',
          1 + 6 * number($s/@italic = 'true'), 6)"/>
    </xsl:attribute>
    <xsl:attribute name="color"><xsl:value-of select="$s/@color"/></xsl:attribute>
    <xsl:attribute name="text-align"><xsl:value-of select="$s/@align"/></xsl:attribute>
    <xsl:attribute name="hyphenate"><xsl:value-of select="$s/@hyphenate"/></xsl:attribute>
    <xsl:if test="$s/@letter-spacing != 0">
      <xsl:attribute name="letter-spacing"><xsl:value-of select="$s/@letter-spacing"/>pt</xsl:attribute>
    </xsl:if>
    <xsl:if test="$s/@background != ''">
      <xsl:attribute name="background-color"><xsl:value-of select="$s/@background"/></xsl:attribute>
    </xsl:if>
  </xsl:template>

  <xsl:template match="/matrix">
    <xsl:variable name="small" select="$g/style[@name = 'small']"/>
    <xsl:variable name="header" select="$g/style[@name = 'header']"/>
    <xsl:variable name="footer" select="$g/style[@name = 'footer']"/>
    <fo:root language="en">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="landscape"
            page-width="{$g/@page-width}pt" page-height="{$g/@page-height}pt"
            margin-left="{$g/@margin-left}pt"
            margin-right="{$g/@margin-right}pt">
          <fo:region-body margin-top="{$g/@margin-top}pt"
              margin-bottom="{$g/@margin-bottom}pt"/>
          <fo:region-before extent="{$g/@margin-top}pt"
              display-align="after"/>
          <fo:region-after extent="{$g/@margin-bottom}pt"
              display-align="before"/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <fo:bookmark-tree>
        <xsl:for-each select="meeting">
          <xsl:sort select="@n" data-type="number" order="descending"/>
          <fo:bookmark internal-destination="{@id}">
            <fo:bookmark-title>
              <xsl:value-of select="concat('CMM ', @n, ', ', place/city,
                  ' ', substring(@start, 1, 4))"/>
            </fo:bookmark-title>
          </fo:bookmark>
        </xsl:for-each>
      </fo:bookmark-tree>
      <fo:page-sequence master-reference="landscape">
        <fo:static-content flow-name="xsl-region-before">
          <fo:block padding-after="{$d/@header-rule}pt"
              border-after-style="solid"
              border-after-width="{$header/@rule}pt"
              border-after-color="{$header/@rule-color}">
            <xsl:call-template name="style"><xsl:with-param name="s" select="$header"/></xsl:call-template>
            <xsl:value-of select="$g/@doc-title"/>
          </fo:block>
        </fo:static-content>
        <fo:static-content flow-name="xsl-region-after">
          <fo:block padding-before="{$d/@footer-baseline - $footer/@size}pt"
              text-align-last="justify">
            <xsl:call-template name="style"><xsl:with-param name="s" select="$footer"/></xsl:call-template>
            <xsl:value-of select="concat('Matrix version ', $date/@version,
                ', ', $date/@date)"/>
            <fo:leader leader-pattern="space"/>
            <fo:retrieve-marker retrieve-class-name="section"/>
            <fo:leader leader-pattern="space"/>
            <xsl:text>Page </xsl:text>
            <fo:page-number/>
            <xsl:text> of </xsl:text>
            <fo:page-number-citation-last ref-id="matrix-end"/>
          </fo:block>
        </fo:static-content>
        <fo:flow flow-name="xsl-region-body">
          <xsl:variable name="h1" select="$g/style[@name = 'h1']"/>
          <fo:block space-after="{$h1/@space-after}pt"
              border-after-style="solid"
              border-after-width="{$h1/@rule}pt"
              border-after-color="{$h1/@rule-color}">
            <xsl:call-template name="style"><xsl:with-param name="s" select="$h1"/></xsl:call-template>
            <fo:marker marker-class-name="section">
              <xsl:value-of select="$g/@section-title"/>
            </fo:marker>
            <xsl:value-of select="$g/@section-title"/>
          </fo:block>
          <xsl:for-each select="revisions/revision">
            <xsl:sort select="@date"/>
            <fo:block space-after="{$small/@space-after}pt">
              <xsl:call-template name="style"><xsl:with-param name="s" select="$small"/></xsl:call-template>
              <xsl:value-of select="concat('Version ', @version, ', ',
                  @date, ': ', summary)"/>
            </fo:block>
          </xsl:for-each>
          <fo:block space-before="{$d/@spacer}pt"
              space-before.conditionality="retain"/>
          <xsl:call-template name="table"/>
          <fo:block id="matrix-end"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <xsl:template name="table">
    <xsl:variable name="th" select="$g/style[@name = 'th']"/>
    <xsl:variable name="cap" select="$g/style[@name = 'caption']"/>
    <fo:table table-layout="fixed" width="100%" border-collapse="collapse"
        space-before="{$tbl/@space-before}pt"
        space-after="{$tbl/@space-after}pt">
      <xsl:for-each select="$g/col">
        <fo:table-column column-width="{@width}pt"/>
      </xsl:for-each>
      <fo:table-header>
        <!-- The caption, repeated on each page as the "continued" label. -->
        <fo:table-row>
          <fo:table-cell number-columns-spanned="{count($g/col)}"
              padding-after="{$cap/@space-after}pt" border="none">
            <fo:block>
              <xsl:call-template name="style"><xsl:with-param name="s" select="$cap"/></xsl:call-template>
              <xsl:value-of select="title"/>
            </fo:block>
          </fo:table-cell>
        </fo:table-row>
        <fo:table-row>
          <xsl:for-each select="columns/column">
            <fo:table-cell padding="{$th/@padding}pt" border="{$rule}"
                border-after-width="{2 * $tbl/@rule}pt">
              <xsl:call-template name="style"><xsl:with-param name="s" select="$th"/></xsl:call-template>
              <fo:block>
                <xsl:value-of select="translate(., $lower, $upper)"/>
              </fo:block>
            </fo:table-cell>
          </xsl:for-each>
        </fo:table-row>
      </fo:table-header>
      <!-- The renderer splits a row line by line in every cell at once,
           without widow and orphan control inside cells. -->
      <fo:table-body orphans="1" widows="1">
        <xsl:call-template name="style"><xsl:with-param name="s" select="$td"/></xsl:call-template>
        <xsl:apply-templates select="meeting">
          <xsl:sort select="@n" data-type="number" order="descending"/>
        </xsl:apply-templates>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template match="meeting">
    <xsl:variable name="no" select="$g/style[@name = 'td-no']"/>
    <xsl:variable name="small" select="$g/style[@name = 'td-small']"/>
    <fo:table-row>
      <fo:table-cell padding="{$no/@padding}pt" border="{$rule}">
        <fo:block id="{@id}">
          <xsl:call-template name="style"><xsl:with-param name="s" select="$no"/></xsl:call-template>
          <xsl:value-of select="@n"/>
        </fo:block>
      </fo:table-cell>
      <fo:table-cell padding="{$td/@padding}pt" border="{$rule}">
        <fo:block font-weight="bold" space-after="{$td/@space-after}pt">
          <xsl:apply-templates select="title/node()"/>
        </fo:block>
        <fo:block font-size="{$small/@size}pt"
            space-after="{$small/@space-after}pt">
          <xsl:value-of select="concat(place/city, ', ', place/country)"/>
          <fo:block/>
          <xsl:value-of select="dates"/>
        </fo:block>
        <xsl:apply-templates select="themes/*"/>
      </fo:table-cell>
      <xsl:for-each select="workshops | action-plan | recommendations
          | follow-up">
        <fo:table-cell padding="{$td/@padding}pt" border="{$rule}">
          <xsl:apply-templates select="*"/>
          <xsl:if test="not(*)">
            <fo:block font-size="{$small/@size}pt">&#8211;</fo:block>
          </xsl:if>
        </fo:table-cell>
      </xsl:for-each>
    </fo:table-row>
  </xsl:template>

  <!-- Space between blocks: the larger of the two, as the renderer's
       collapsing space; FOP drops it at the end of a cell. -->
  <xsl:template match="p">
    <fo:block id="{@id}" space-after="{$td/@space-after}pt">
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="ul | ol">
    <fo:list-block provisional-distance-between-starts="{$d/@list-indent}pt"
        provisional-label-separation="{$d/@marker-gap}pt"
        space-after="{$td/@space-after + $d/@list-after}pt">
      <xsl:apply-templates select="li"/>
    </fo:list-block>
  </xsl:template>

  <xsl:template match="li">
    <fo:list-item id="{@id}">
      <xsl:if test="preceding-sibling::li">
        <xsl:attribute name="space-before"><xsl:value-of select="$td/@space-after"/>pt</xsl:attribute>
      </xsl:if>
      <fo:list-item-label end-indent="label-end()">
        <fo:block text-align="end">
          <xsl:choose>
            <xsl:when test="@marker"><xsl:value-of select="@marker"/></xsl:when>
            <xsl:when test="@checkbox">&#9744;</xsl:when>
            <xsl:when test="parent::ol">
              <xsl:value-of select="concat(count(preceding-sibling::li) + 1,
                  '.')"/>
            </xsl:when>
            <xsl:otherwise>&#8226;</xsl:otherwise>
          </xsl:choose>
        </fo:block>
      </fo:list-item-label>
      <fo:list-item-body start-indent="body-start()">
        <fo:block><xsl:apply-templates select="text() | i | b"/></fo:block>
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
