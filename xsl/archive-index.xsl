<?xml version="1.0" encoding="UTF-8"?>
<!--
  The index of the archive (DIR/index.html and DIR/index.pdf, written by
  asemdoc archive): every archived version, newest first, with its date,
  the program that built it and its reports with their SHA-256.  Input:
  the <archive> document src/archive_index.c builds from the MANIFEST of
  each version.  With format "html" the page; with "layout" the layout
  vocabulary (source/schema/layout.rnc) for the PDF.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="UTF-8" indent="no"
      doctype-system="about:legacy-compat"/>

  <xsl:param name="format" select="'html'"/>

  <xsl:variable name="latest" select="/archive/version[1]"/>

  <!-- "1 March 2018" from "2018-03-01". -->
  <xsl:template name="date">
    <xsl:param name="iso"/>
    <xsl:variable name="m" select="number(substring($iso, 6, 2))"/>
    <xsl:value-of select="number(substring($iso, 9, 2))"/>
    <xsl:text> </xsl:text>
    <xsl:value-of select="substring-before(substring-after(
        '|1:January|2:February|3:March|4:April|5:May|6:June|7:July|8:August|9:September|10:October|11:November|12:December|',
        concat('|', $m, ':')), '|')"/>
    <xsl:text> </xsl:text>
    <xsl:value-of select="substring($iso, 1, 4)"/>
  </xsl:template>

  <!-- "matrix.pdf" from "reports/matrix.pdf". -->
  <xsl:template name="name">
    <xsl:value-of select="substring-after(@path, 'reports/')"/>
  </xsl:template>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="$format = 'layout'">
        <xsl:call-template name="layout"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="html"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The page. -->
  <xsl:template name="html">
    <html lang="en">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="asemdoc"/>
        <title>Archive of the Matrix of the ASEM Culture Ministers' Meetings</title>
        <style>
html { font-family: "Noto Serif", Georgia, serif; color: #1a1a1a; }
body { margin: 0 auto; padding: 2rem 1.5rem; max-width: 60rem; line-height: 1.45; }
h1, h2, th { font-family: "Noto Sans", Arial, sans-serif; color: #1f3a5f; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; margin-bottom: 1.5rem; }
th, td { border: 1px solid #b8bec7; padding: .35rem .5rem; text-align: left; vertical-align: top; }
code { font-size: .75rem; word-break: break-all; }
.meta { color: #4d4d4d; font-size: .9rem; }
@media print { body { max-width: none; padding: 0; } a { color: inherit; } }
        </style>
      </head>
      <body>
        <h1>Archive of the Matrix</h1>
        <p class="meta">
          <xsl:value-of select="count(/archive/version)"/>
          <xsl:text> archived version</xsl:text>
          <xsl:if test="count(/archive/version) != 1">s</xsl:if>
          <xsl:text>, newest first.  Each can be rebuilt and checked byte for byte with </xsl:text>
          <code>asemdoc verify DIR/VERSION</code>
          <xsl:text>.</xsl:text>
        </p>
        <xsl:for-each select="/archive/version">
          <h2 id="v{@name}">
            <xsl:text>Version </xsl:text>
            <xsl:value-of select="@name"/>
            <xsl:text>, </xsl:text>
            <xsl:call-template name="date">
              <xsl:with-param name="iso" select="@date"/>
            </xsl:call-template>
          </h2>
          <p class="meta">
            <xsl:text>Built by </xsl:text>
            <xsl:value-of select="@program"/>
            <xsl:text>; </xsl:text>
            <xsl:value-of select="@files"/>
            <xsl:text> files listed in </xsl:text>
            <a href="{@name}/MANIFEST">MANIFEST</a>
            <xsl:text>; sources in </xsl:text>
            <a href="{@name}/source/">source/</a>
            <xsl:text>.</xsl:text>
          </p>
          <table>
            <thead>
              <tr><th scope="col">Report</th><th scope="col">Bytes</th><th scope="col">SHA-256</th></tr>
            </thead>
            <tbody>
              <xsl:for-each select="report">
                <tr>
                  <td><a href="{../@name}/{@path}"><xsl:call-template name="name"/></a></td>
                  <td><xsl:value-of select="@size"/></td>
                  <td><code><xsl:value-of select="@sha256"/></code></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </xsl:for-each>
      </body>
    </html>
  </xsl:template>

  <!-- The PDF, in the layout vocabulary. -->
  <xsl:template name="layout">
    <document lang="en">
      <meta>
        <title>Archive of the Matrix of the ASEM Culture Ministers' Meetings</title>
        <author>ASEM Culture Ministers' Meetings</author>
        <subject>
          <xsl:text>Every archived version of the matrix and its reports; the latest is version </xsl:text>
          <xsl:value-of select="$latest/@name"/>
          <xsl:text> of </xsl:text>
          <xsl:call-template name="date">
            <xsl:with-param name="iso" select="$latest/@date"/>
          </xsl:call-template>
        </subject>
        <keywords>ASEM, culture, ministers, matrix, archive</keywords>
        <version><xsl:value-of select="$latest/@name"/></version>
        <xsl:if test="string-length($latest/@date) = 10">
          <date><xsl:value-of select="$latest/@date"/></date>
        </xsl:if>
      </meta>
      <style name="body" font="serif" size="10pt" leading="1.35"
          align="left" space-after="5pt"/>
      <style name="h1" font="sans" size="18pt" leading="1.15" weight="bold"
          color="#1F3A5F" space-after="10pt" keep-with-next="true"
          rule="0.8pt" rule-color="#1F3A5F"/>
      <style name="h2" font="sans" size="13pt" leading="1.2" weight="bold"
          color="#1F3A5F" space-before="12pt" space-after="5pt"
          keep-with-next="true"/>
      <style name="th" font="sans" size="7.5pt" leading="1.2" weight="bold"
          caps="true" letter-spacing="0.4pt" color="#FFFFFF"
          background="#1F3A5F" padding="4pt" align="left"/>
      <style name="td" font="serif" size="8.5pt" leading="1.3"
          padding="4pt" align="left" hyphenate="false"/>
      <style name="hash" font="sans" size="6.5pt" leading="1.3"
          padding="4pt" align="left" color="#333333" hyphenate="false"/>
      <page-template name="portrait" size="A4" orientation="portrait"
          margin-top="22mm" margin-bottom="24mm" margin-left="22mm"
          margin-right="22mm">
        <header><left><doc-title/></left></header>
        <footer>
          <left>Latest version <doc-version/>, <doc-date/></left>
          <right>Page <page-number/> of <page-count/></right>
        </footer>
      </page-template>
      <sequence template="portrait">
        <section id="archive">
          <title style="h1">Archive of the Matrix</title>
          <p style="body">
            <xsl:value-of select="count(/archive/version)"/>
            <xsl:text> archived version</xsl:text>
            <xsl:if test="count(/archive/version) != 1">s</xsl:if>
            <xsl:text>, newest first.  Each can be rebuilt and checked byte for byte with “asemdoc verify DIR/VERSION”.</xsl:text>
          </p>
          <xsl:for-each select="/archive/version">
            <section id="v{translate(@name, '.', '-')}">
              <title style="h2">
                <xsl:text>Version </xsl:text>
                <xsl:value-of select="@name"/>
                <xsl:text>, </xsl:text>
                <xsl:call-template name="date">
                  <xsl:with-param name="iso" select="@date"/>
                </xsl:call-template>
              </title>
              <p style="body">
                <xsl:text>Built by </xsl:text>
                <xsl:value-of select="@program"/>
                <xsl:text>; </xsl:text>
                <xsl:value-of select="@files"/>
                <xsl:text> files listed in </xsl:text>
                <xsl:value-of select="@name"/>
                <xsl:text>/MANIFEST.</xsl:text>
              </p>
              <xsl:if test="report">
                <table rules="rows">
                  <columns>
                    <col width="2*"/>
                    <col width="18mm"/>
                    <col width="3*"/>
                  </columns>
                  <head>
                    <row>
                      <cell style="th">Report</cell>
                      <cell style="th">Bytes</cell>
                      <cell style="th">SHA-256</cell>
                    </row>
                  </head>
                  <body>
                    <xsl:for-each select="report">
                      <row>
                        <cell style="td"><xsl:call-template name="name"/></cell>
                        <cell style="td"><xsl:value-of select="@size"/></cell>
                        <cell style="hash"><xsl:value-of select="@sha256"/></cell>
                      </row>
                    </xsl:for-each>
                  </body>
                </table>
              </xsl:if>
            </section>
          </xsl:for-each>
        </section>
      </sequence>
    </document>
  </xsl:template>
</xsl:stylesheet>
