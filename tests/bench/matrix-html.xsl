<?xml version="1.0" encoding="UTF-8"?>
<!--
  Benchmark peer: the printable matrix as HTML and CSS for WeasyPrint 57,
  laid out as xsl/matrix.xsl lays it out, with the sizes geometry.xsl
  takes from it: the page template, the title and revision notes, the
  six columns at the same widths, the caption and header row repeated on
  every page (thead), rows split across pages, a bookmark per meeting,
  the running head and foot with "Page X of Y".  Fonts come from fonts/
  through @font-face; the parameter fonts is that directory's URL.
    xsltproc -stringparam geometry G.xml -stringparam fonts file:///.../ \
        tests/bench/matrix-html.xsl M.xml
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <xsl:param name="geometry"/>
  <xsl:param name="fonts"/>
  <xsl:variable name="g" select="document($geometry)/geometry"/>
  <xsl:variable name="d" select="$g/defaults"/>
  <xsl:variable name="date" select="/matrix/revisions/revision[not(
      ../revision/@date &gt; @date)][last()]"/>
  <xsl:variable name="lower" select="'abcdefghijklmnopqrstuvwxyz'"/>
  <xsl:variable name="upper" select="'ABCDEFGHIJKLMNOPQRSTUVWXYZ'"/>
  <xsl:variable name="q">"</xsl:variable>

  <xsl:template name="face">
    <xsl:param name="family"/>
    <xsl:param name="file"/>
    <xsl:param name="weight" select="'normal'"/>
    <xsl:param name="style" select="'normal'"/>
    <xsl:value-of select="concat('@font-face { font-family: &quot;', $family,
        '&quot;; src: url(&quot;', $fonts, $file, '&quot;); font-weight: ',
        $weight, '; font-style: ', $style, '; }&#10;')"/>
  </xsl:template>

  <xsl:template name="faces">
    <xsl:param name="family"/>
    <xsl:param name="stem"/>
    <xsl:call-template name="face">
      <xsl:with-param name="family" select="$family"/>
      <xsl:with-param name="file" select="concat($stem, '-Regular.ttf')"/>
    </xsl:call-template>
    <xsl:call-template name="face">
      <xsl:with-param name="family" select="$family"/>
      <xsl:with-param name="file" select="concat($stem, '-Bold.ttf')"/>
      <xsl:with-param name="weight" select="'bold'"/>
    </xsl:call-template>
    <xsl:call-template name="face">
      <xsl:with-param name="family" select="$family"/>
      <xsl:with-param name="file" select="concat($stem, '-Italic.ttf')"/>
      <xsl:with-param name="style" select="'italic'"/>
    </xsl:call-template>
    <xsl:call-template name="face">
      <xsl:with-param name="family" select="$family"/>
      <xsl:with-param name="file" select="concat($stem, '-BoldItalic.ttf')"/>
      <xsl:with-param name="weight" select="'bold'"/>
      <xsl:with-param name="style" select="'italic'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A geometry style as CSS declarations. -->
  <xsl:template name="style">
    <xsl:param name="name"/>
    <xsl:variable name="s" select="$g/style[@name = $name]"/>
    <xsl:value-of select="concat('font-family: &quot;', $s/@font,
        '&quot;, &quot;', $g/@symbol-font, '&quot;; font-size: ', $s/@size,
        'pt; line-height: ', $s/@leading, '; font-weight: ', $s/@weight,
        '; font-style: ', substring('normalitalic',
        1 + 6 * number($s/@italic = 'true'), 6), '; color: ', $s/@color,
        '; text-align: ', $s/@align, '; hyphens: ',
        substring('manualauto', 1 + 6 * number($s/@hyphenate = 'true'), 6),
        '; letter-spacing: ', $s/@letter-spacing, 'pt;')"/>
    <xsl:if test="$s/@background != ''">
      <xsl:value-of select="concat(' background: ', $s/@background, ';')"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="/matrix">
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <title><xsl:value-of select="$g/@doc-title"/></title>
        <style>
          <xsl:call-template name="faces">
            <xsl:with-param name="family" select="'Noto Serif'"/>
            <xsl:with-param name="stem" select="'NotoSerif'"/>
          </xsl:call-template>
          <xsl:call-template name="faces">
            <xsl:with-param name="family" select="'Noto Sans'"/>
            <xsl:with-param name="stem" select="'NotoSans'"/>
          </xsl:call-template>
          <xsl:call-template name="face">
            <xsl:with-param name="family" select="$g/@symbol-font"/>
            <xsl:with-param name="file" select="'NotoSansSymbols2-Regular.ttf'"/>
          </xsl:call-template>
          <xsl:variable name="td" select="$g/style[@name = 'td']"/>
          <xsl:variable name="tbl" select="$g/style[@name = 'table']"/>
          <xsl:variable name="h1" select="$g/style[@name = 'h1']"/>
          <xsl:variable name="cap" select="$g/style[@name = 'caption']"/>
          <xsl:variable name="small" select="$g/style[@name = 'small']"/>
          <xsl:variable name="rule"
              select="concat($tbl/@rule, 'pt solid ', $tbl/@rule-color)"/>
          <xsl:variable name="foot"
              select="concat('; vertical-align: top; padding-top: ',
                  $d/@footer-baseline - $g/style[@name = 'footer']/@size,
                  'pt; ')"/>
          <xsl:text>@page { size: </xsl:text>
          <xsl:value-of select="concat($g/@page-width, 'pt ', $g/@page-height,
              'pt; margin: ', $g/@margin-top, 'pt ', $g/@margin-right, 'pt ',
              $g/@margin-bottom, 'pt ', $g/@margin-left, 'pt;&#10;')"/>
          <xsl:text>  @top-left { content: "</xsl:text>
          <xsl:value-of select="translate($g/@doc-title, $q, '')"/>
          <xsl:value-of select="concat('&quot;; vertical-align: bottom; ',
              'padding-bottom: ', $d/@header-rule, 'pt; border-bottom: ',
              $g/style[@name = 'header']/@rule, 'pt solid ',
              $g/style[@name = 'header']/@rule-color, '; ')"/>
          <xsl:call-template name="style"><xsl:with-param name="name" select="'header'"/></xsl:call-template>
          <xsl:text> }&#10;  @bottom-left { content: "Matrix version </xsl:text>
          <xsl:value-of select="concat($date/@version, ', ', $date/@date,
              '&quot;', $foot)"/>
          <xsl:call-template name="style"><xsl:with-param name="name" select="'footer'"/></xsl:call-template>
          <xsl:value-of select="concat(' }&#10;  @bottom-center { content: string(section)', $foot)"/>
          <xsl:call-template name="style"><xsl:with-param name="name" select="'footer'"/></xsl:call-template>
          <xsl:value-of select="concat(' }&#10;  @bottom-right { content: &quot;Page &quot; counter(page) &quot; of &quot; counter(pages)', $foot)"/>
          <xsl:call-template name="style"><xsl:with-param name="name" select="'footer'"/></xsl:call-template>
          <xsl:value-of select="concat(' }&#10;}&#10;body { margin: 0; }&#10;h1 { margin: 0 0 ',
              $h1/@space-after, 'pt 0; padding: 0; string-set: section content(); border-bottom: ',
              $h1/@rule, 'pt solid ', $h1/@rule-color, '; ')"/>
          <xsl:call-template name="style"><xsl:with-param name="name" select="'h1'"/></xsl:call-template>
          <xsl:value-of select="concat(' }&#10;p { margin: 0 0 ', $td/@space-after,
              'pt 0; }&#10;p.note { margin: 0 0 ', $small/@space-after, 'pt 0; ')"/>
          <xsl:call-template name="style"><xsl:with-param name="name" select="'small'"/></xsl:call-template>
          <xsl:value-of select="concat(' }&#10;div.spacer { height: ', $d/@spacer,
              'pt; }&#10;table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: ',
              $tbl/@space-before, 'pt 0 ', $tbl/@space-after, 'pt 0; }&#10;',
              'th.caption { border: none; text-align: left; background: none; padding: 0 0 ',
              $cap/@space-after, 'pt 0; ')"/>
          <xsl:call-template name="style"><xsl:with-param name="name" select="'caption'"/></xsl:call-template>
          <xsl:value-of select="concat(' }&#10;th, td { vertical-align: top; border: ', $rule,
              '; }&#10;thead tr + tr th { border-bottom-width: ', 2 * $tbl/@rule,
              'pt; }&#10;th { padding: ', $g/style[@name = 'th']/@padding, 'pt; ')"/>
          <xsl:call-template name="style"><xsl:with-param name="name" select="'th'"/></xsl:call-template>
          <xsl:value-of select="concat(' }&#10;td { padding: ', $td/@padding, 'pt; ')"/>
          <xsl:call-template name="style"><xsl:with-param name="name" select="'td'"/></xsl:call-template>
          <xsl:text> }&#10;td.no { </xsl:text>
          <xsl:call-template name="style"><xsl:with-param name="name" select="'td-no'"/></xsl:call-template>
          <xsl:value-of select="concat(' bookmark-level: 1; bookmark-label: attr(data-label); }&#10;',
              'p.strong { font-weight: bold; }&#10;p.small { font-size: ',
              $g/style[@name = 'td-small']/@size, 'pt; }&#10;',
              '/* Rows split line by line in every cell at once, as the renderer&#10;',
              '   splits them: no widow and orphan control inside cells. */&#10;',
              'td, td * { orphans: 1; widows: 1; }&#10;',
              '/* Blocks are the larger of the two spaces apart, none at a cell end. */&#10;',
              'td > :last-child, li > :last-child { margin-bottom: 0; }&#10;',
              'ul, ol { margin: 0 0 ', $td/@space-after + $d/@list-after,
              'pt 0; padding: 0 0 0 ', $d/@list-indent, 'pt; list-style: none; }&#10;',
              'li + li { margin-top: ', $td/@space-after, 'pt; }&#10;',
              'li > span.m { display: inline-block; text-align: right; width: ',
              $d/@list-indent - $d/@marker-gap, 'pt; margin: 0 ', $d/@marker-gap,
              'pt 0 -', $d/@list-indent, 'pt; }&#10;')"/>
        </style>
      </head>
      <body>
        <h1><xsl:value-of select="$g/@section-title"/></h1>
        <xsl:for-each select="revisions/revision">
          <xsl:sort select="@date"/>
          <p class="note">
            <xsl:value-of select="concat('Version ', @version, ', ', @date,
                ': ', summary)"/>
          </p>
        </xsl:for-each>
        <div class="spacer"/>
        <table>
          <colgroup>
            <xsl:for-each select="$g/col">
              <col style="width: {@width}pt"/>
            </xsl:for-each>
          </colgroup>
          <thead>
            <tr>
              <th class="caption" colspan="{count($g/col)}">
                <xsl:value-of select="title"/>
              </th>
            </tr>
            <tr>
              <xsl:for-each select="columns/column">
                <th><xsl:value-of select="translate(., $lower, $upper)"/></th>
              </xsl:for-each>
            </tr>
          </thead>
          <tbody>
            <xsl:apply-templates select="meeting">
              <xsl:sort select="@n" data-type="number" order="descending"/>
            </xsl:apply-templates>
          </tbody>
        </table>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="meeting">
    <tr id="{@id}">
      <td class="no" data-label="{concat('CMM ', @n, ', ', place/city, ' ',
          substring(@start, 1, 4))}">
        <xsl:value-of select="@n"/>
      </td>
      <td>
        <p class="strong"><xsl:apply-templates select="title/node()"/></p>
        <p class="small">
          <xsl:value-of select="concat(place/city, ', ', place/country)"/>
          <br/>
          <xsl:value-of select="dates"/>
        </p>
        <xsl:apply-templates select="themes/*"/>
      </td>
      <xsl:for-each select="workshops | action-plan | recommendations
          | follow-up">
        <td>
          <xsl:apply-templates select="*"/>
          <xsl:if test="not(*)"><p class="small">&#8211;</p></xsl:if>
        </td>
      </xsl:for-each>
    </tr>
  </xsl:template>

  <xsl:template match="p">
    <p id="{@id}"><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="ul | ol">
    <xsl:element name="{local-name()}">
      <xsl:apply-templates select="li"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="li">
    <li id="{@id}">
      <span class="m">
        <xsl:choose>
          <xsl:when test="@marker"><xsl:value-of select="@marker"/></xsl:when>
          <xsl:when test="@checkbox">&#9744;</xsl:when>
          <xsl:when test="parent::ol">
            <xsl:value-of select="concat(count(preceding-sibling::li) + 1,
                '.')"/>
          </xsl:when>
          <xsl:otherwise>&#8226;</xsl:otherwise>
        </xsl:choose>
      </span>
      <xsl:apply-templates/>
    </li>
  </xsl:template>

  <xsl:template match="i | b">
    <xsl:element name="{local-name()}"><xsl:apply-templates/></xsl:element>
  </xsl:template>
</xsl:stylesheet>
