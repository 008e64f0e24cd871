<?xml version="1.0" encoding="UTF-8"?>
<!--
  Benchmark peer: the printable matrix as HTML and CSS for WeasyPrint 57,
  laid out as xsl/matrix.xsl lays it out (geometry.xml holds the shared
  sizes): A4 landscape, the six columns at the same widths, the header
  row repeated on every page (thead), rows split across pages, a bookmark
  per meeting, the version and date and "page X of Y" in the footer.
  Fonts come from fonts/ through @font-face; fonts is that directory's URL.
    xsltproc -stringparam fonts file:///.../fonts/ \
        tests/bench/matrix-html.xsl MATRIX.xml > m.html
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <xsl:param name="geometry" select="'geometry.xml'"/>
  <xsl:param name="fonts" select="'../../fonts/'"/>
  <xsl:variable name="g" select="document($geometry)/geometry"/>
  <xsl:variable name="t" select="$g/text"/>
  <xsl:variable name="c" select="$g/cell"/>
  <xsl:variable name="rev" select="/matrix/revisions/revision[last()]"/>
  <xsl:variable name="shares" select="sum($g/col/@share)"/>

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

  <xsl:template match="/matrix">
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <title><xsl:value-of select="title"/></title>
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
          <xsl:value-of select="concat('
@page {
  size: ', $g/@page-width, 'pt ', $g/@page-height, 'pt;
  margin: ', $g/@margin-top, 'pt ', $g/@margin-right, 'pt ',
      $g/@margin-bottom + $g/@footer-height, 'pt ', $g/@margin-left, 'pt;
  @bottom-left {
    content: &quot;Version ', $rev/@version, ', ', $rev/@date, '&quot;;
    font: ', $g/@footer-size, 'pt &quot;', $g/@footer-font, '&quot;;
    height: ', $g/@footer-height, 'pt; vertical-align: bottom;
  }
  @bottom-right {
    content: &quot;page &quot; counter(page) &quot; of &quot; counter(pages);
    font: ', $g/@footer-size, 'pt &quot;', $g/@footer-font, '&quot;;
    height: ', $g/@footer-height, 'pt; vertical-align: bottom;
  }
}
html { font-family: &quot;', $t/@font, '&quot;, &quot;', $g/@symbol-font,
    '&quot;; font-size: ', $t/@size, 'pt; line-height: ', $t/@leading, ';
  hyphens: ', substring('auto  manual', 1 + 6 * number($t/@hyphenate != 'true'), 6), '; }
body { margin: 0; }
h1 { font: bold ', $g/title/@size, 'pt/', $g/title/@leading, ' &quot;',
    $g/title/@font, '&quot;; margin: 0 0 ', $g/title/@space-after, 'pt 0;
  hyphens: manual; }
table { width: 100%; table-layout: fixed; border-collapse: collapse; }
th, td { padding: ', $c/@padding, 'pt; border: ', $c/@rule,
    'pt solid #000; vertical-align: top; text-align: left; }
th { font: bold ', $g/head/@size, 'pt/', $g/head/@leading, ' &quot;',
    $g/head/@font, '&quot;; background: #E8E8E8; hyphens: manual; }
tr { break-inside: auto; }
td > :last-child, li > :last-child { margin-bottom: 0; }
p { margin: 0 0 ', $c/@item-space, 'pt 0; }
ul, ol { margin: 0; padding: 0 0 0 ', $c/@list-indent, 'pt;
  list-style: none; }
li { margin: 0 0 ', $c/@item-space, 'pt 0; }
li > span.m { display: inline-block; width: ', $c/@list-indent, 'pt; margin-left: -',
    $c/@list-indent, 'pt; }
p.n { bookmark-level: 1; }
')"/>
          <xsl:for-each select="$g/col">
            <xsl:value-of select="concat('col.', @key, ' { width: ',
                100 * @share div $shares, '%; }&#10;')"/>
          </xsl:for-each>
        </style>
      </head>
      <body>
        <h1><xsl:value-of select="title"/></h1>
        <table>
          <colgroup>
            <xsl:for-each select="$g/col">
              <col class="{@key}"/>
            </xsl:for-each>
          </colgroup>
          <thead>
            <tr>
              <xsl:for-each select="columns/column">
                <th><xsl:value-of select="."/></th>
              </xsl:for-each>
            </tr>
          </thead>
          <tbody>
            <xsl:apply-templates select="meeting"/>
          </tbody>
        </table>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="meeting">
    <tr id="{@id}">
      <td>
        <p class="n" style="bookmark-label: &quot;ASEM CMM {@n}: {
            translate(title, '&quot;', '')}&quot;">
          <xsl:value-of select="@n"/>
        </p>
      </td>
      <td>
        <p><xsl:value-of select="heading"/></p>
        <xsl:apply-templates select="themes/*"/>
      </td>
      <xsl:for-each select="workshops | action-plan | recommendations
          | follow-up">
        <td><xsl:apply-templates select="*"/></td>
      </xsl:for-each>
    </tr>
  </xsl:template>

  <xsl:template match="p">
    <p><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="ul | ol">
    <xsl:element name="{local-name()}">
      <xsl:apply-templates select="li"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="li">
    <li>
      <span class="m">
        <xsl:choose>
          <xsl:when test="@marker"><xsl:value-of select="@marker"/></xsl:when>
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
