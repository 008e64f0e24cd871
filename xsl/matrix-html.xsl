<?xml version="1.0" encoding="UTF-8"?>
<!--
  The matrix on screen (out/matrix.html): one self-contained page, no
  scripts, a semantic table (caption, thead, scope on header cells), a
  list of meetings to jump to, and a print stylesheet inlined.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <xsl:param name="source-dir" select="''"/>
  <xsl:param name="documents" select="''"/>
  <xsl:param name="report" select="''"/>

  <xsl:variable name="latest-date">
    <xsl:for-each select="/matrix/revisions/revision">
      <xsl:sort select="@date" order="descending"/>
      <xsl:if test="position() = 1"><xsl:value-of select="@date"/></xsl:if>
    </xsl:for-each>
  </xsl:variable>
  <xsl:variable name="latest"
      select="(/matrix/revisions/revision[@date = $latest-date])[last()]"/>

  <xsl:template match="/">
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <html lang="en">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="asemdoc"/>
        <title>Matrix of Evaluation and Decisions of the ASEM Culture Ministers' Meetings</title>
        <style>
:root { --ink: #1a1a1a; --accent: #1f3a5f; --rule: #b8bec7; --zebra: #f3f5f8; }
html { font-family: "Noto Serif", Georgia, serif; color: var(--ink); background: #fff; }
body { margin: 0 auto; padding: 2rem 1.5rem 4rem; max-width: 110rem; line-height: 1.45; font-size: 0.95rem; }
h1, h2, nav, caption, th, .meta, footer { font-family: "Noto Sans", "Helvetica Neue", Arial, sans-serif; }
h1 { color: var(--accent); font-size: 1.8rem; line-height: 1.2; margin: 0 0 .5rem; }
.meta { color: #4d4d4d; font-size: .85rem; margin: 0 0 1.5rem; }
nav h2 { font-size: .8rem; text-transform: uppercase; letter-spacing: .08em; color: #4d4d4d; margin: 0 0 .3rem; }
nav ol { list-style: none; padding: 0; margin: 0 0 1.5rem; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; font-size: .9rem; }
a { color: var(--accent); }
a:focus { outline: 2px solid var(--accent); outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; }
caption { text-align: left; font-weight: bold; font-size: .9rem; padding: 0 0 .5rem; color: var(--accent); }
th, td { border: 1px solid var(--rule); padding: .45rem .55rem; vertical-align: top; text-align: left; }
thead th { background: var(--accent); color: #fff; font-size: .75rem; text-transform: uppercase; letter-spacing: .05em; position: sticky; top: 0; }
tbody th { font-size: 1.3rem; color: var(--accent); text-align: center; width: 3rem; }
tbody tr:nth-child(even) td { background: var(--zebra); }
td p, td ul, td ol { margin: 0 0 .4rem; }
td ul, td ol { padding-left: 1.1rem; }
li[data-marker] { list-style: none; }
li[data-marker]::before { content: attr(data-marker) "\a0"; margin-left: -1.1rem; display: inline-block; min-width: 1.1rem; }
.title { font-weight: bold; }
.place { font-size: .8rem; color: #4d4d4d; }
footer { margin-top: 1.5rem; font-size: .8rem; color: #4d4d4d; }
@media print {
  @page { size: A4 landscape; margin: 14mm; }
  body { padding: 0; max-width: none; font-size: 8pt; }
  nav { display: none; }
  thead { display: table-header-group; }
  thead th { position: static; color: #000; background: #fff; border-bottom: 2px solid #000; }
  tr { break-inside: auto; }
  th, td { border-color: #777; }
  tbody tr:nth-child(even) td { background: none; }
  a { color: inherit; text-decoration: none; }
}
        </style>
      </head>
      <body>
        <header>
          <h1><xsl:value-of select="/matrix/title"/></h1>
          <xsl:for-each select="/matrix/revisions/revision">
            <xsl:sort select="@date"/>
            <p class="meta">Version <xsl:value-of select="@version"/>,
              <time datetime="{@date}"><xsl:value-of select="@date"/></time>:
              <xsl:value-of select="summary"/></p>
          </xsl:for-each>
        </header>
        <nav aria-label="Meetings">
          <h2>Meetings</h2>
          <ol>
            <xsl:for-each select="/matrix/meeting">
              <xsl:sort select="@n" data-type="number" order="descending"/>
              <li><a href="#{@id}">CMM <xsl:value-of select="@n"/> · <xsl:value-of
                  select="place/city"/><xsl:text> </xsl:text><xsl:value-of
                  select="substring(@start, 1, 4)"/></a></li>
            </xsl:for-each>
          </ol>
        </nav>
        <main>
          <table>
            <caption>Matrix of evaluation and decisions, one row per
              meeting (<xsl:value-of select="count(/matrix/meeting)"/>
              meetings), the latest first</caption>
            <thead>
              <tr>
                <xsl:for-each select="/matrix/columns/column">
                  <th scope="col"><xsl:value-of select="."/></th>
                </xsl:for-each>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="/matrix/meeting">
                <xsl:sort select="@n" data-type="number" order="descending"/>
                <tr id="{@id}">
                  <th scope="row"><xsl:value-of select="@n"/></th>
                  <td>
                    <p class="title"><xsl:apply-templates select="title/node()"/></p>
                    <p class="place"><xsl:value-of select="place/city"/>,
                      <xsl:value-of select="place/country"/><br/>
                      <time datetime="{@start}"><xsl:value-of select="dates"/></time></p>
                    <xsl:apply-templates select="themes/*"/>
                  </td>
                  <td><xsl:apply-templates select="workshops/*"/></td>
                  <td><xsl:apply-templates select="action-plan/*"/></td>
                  <td><xsl:apply-templates select="recommendations/*"/></td>
                  <td><xsl:apply-templates select="follow-up/*"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </main>
        <footer>
          <p>Matrix version <xsl:value-of select="$latest/@version"/> of
            <time datetime="{$latest-date}"><xsl:value-of select="$latest-date"/></time>.</p>
        </footer>
      </body>
    </html>
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
      <xsl:choose>
        <xsl:when test="@checkbox">
          <xsl:attribute name="data-marker">☐</xsl:attribute>
        </xsl:when>
        <xsl:when test="@marker">
          <xsl:attribute name="data-marker"><xsl:value-of select="@marker"/></xsl:attribute>
        </xsl:when>
      </xsl:choose>
      <xsl:apply-templates/>
    </li>
  </xsl:template>
  <xsl:template match="i"><em><xsl:apply-templates/></em></xsl:template>
  <xsl:template match="b"><strong><xsl:apply-templates/></strong></xsl:template>
</xsl:stylesheet>
