<?xml version="1.0" encoding="UTF-8"?>
<!--
  What every PDF report shares: the parameters the program passes, the
  matrix's latest revision, the styles (one type scale), the page
  templates, and the matrix content (blocks, lists, the six-column table)
  in the layout vocabulary (source/schema/layout.rnc, xsl/LAYOUT.md).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:str="http://exslt.org/strings"
    xmlns:s="urn:asemdoc:stream"
    exclude-result-prefixes="str s">

  <!-- Set by asemdoc: the source directory as a file URI ending in "/",
       the related documents relative to it, the report's name. -->
  <xsl:param name="source-dir" select="'../source/'"/>
  <xsl:param name="documents" select="''"/>
  <xsl:param name="report" select="''"/>
  <!-- Set by asemdoc for a report streamed part by part: 'frame' or
       'part' (xsl/STREAMING.md); empty otherwise. -->
  <xsl:param name="stream" select="''"/>

  <xsl:variable name="matrix" select="/matrix"/>
  <xsl:variable name="countries"
      select="document(concat($source-dir, 'reference/countries.xml'))/countries"/>

  <!-- The latest revision gives the version and date of every report. -->
  <xsl:variable name="latest-date">
    <xsl:for-each select="/matrix/revisions/revision">
      <xsl:sort select="@date" order="descending"/>
      <xsl:if test="position() = 1"><xsl:value-of select="@date"/></xsl:if>
    </xsl:for-each>
  </xsl:variable>
  <xsl:variable name="latest"
      select="(/matrix/revisions/revision[@date = $latest-date])[last()]"/>
  <xsl:variable name="version" select="string($latest/@version)"/>

  <!-- Meetings in order of their number, whatever their order in the file. -->
  <xsl:variable name="last-n">
    <xsl:for-each select="/matrix/meeting">
      <xsl:sort select="@n" data-type="number" order="descending"/>
      <xsl:if test="position() = 1"><xsl:value-of select="@n"/></xsl:if>
    </xsl:for-each>
  </xsl:variable>

  <xsl:key name="country" match="country" use="@code"/>
  <!-- Items a theme can name, by id (theme-heat-map). -->
  <xsl:key name="heat-item"
      match="meeting/recommendations//*[@id] | meeting/action-plan//*[@id] | meeting/follow-up//*[@id]"
      use="@id"/>

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

  <!-- Ordinal words for meeting numbers, as a cover would print them. -->
  <xsl:template name="ordinal">
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="$n = 1">First</xsl:when>
      <xsl:when test="$n = 2">Second</xsl:when>
      <xsl:when test="$n = 3">Third</xsl:when>
      <xsl:when test="$n = 4">Fourth</xsl:when>
      <xsl:when test="$n = 5">Fifth</xsl:when>
      <xsl:when test="$n = 6">Sixth</xsl:when>
      <xsl:when test="$n = 7">Seventh</xsl:when>
      <xsl:when test="$n = 8">Eighth</xsl:when>
      <xsl:when test="$n = 9">Ninth</xsl:when>
      <xsl:when test="$n = 10">Tenth</xsl:when>
      <xsl:when test="$n = 11">Eleventh</xsl:when>
      <xsl:when test="$n = 12">Twelfth</xsl:when>
      <xsl:otherwise><xsl:value-of select="$n"/>th</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The region ("asia", "europe") of a country code. -->
  <xsl:template name="region-of">
    <xsl:param name="code"/>
    <xsl:for-each select="$countries">
      <xsl:value-of select="key('country', $code)/@region"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="country-name">
    <xsl:param name="code"/>
    <xsl:for-each select="$countries">
      <xsl:value-of select="key('country', $code)/name"/>
    </xsl:for-each>
  </xsl:template>

  <!-- "CMM 8, Sofia 2018": how a meeting is cited in running text. -->
  <xsl:template name="meeting-label">
    <xsl:param name="m" select="."/>
    <xsl:text>CMM </xsl:text>
    <xsl:value-of select="$m/@n"/>
    <xsl:text>, </xsl:text>
    <xsl:value-of select="$m/place/city"/>
    <xsl:text> </xsl:text>
    <xsl:value-of select="substring($m/@start, 1, 4)"/>
  </xsl:template>

  <!-- Document metadata. -->
  <xsl:template name="meta">
    <xsl:param name="title"/>
    <xsl:param name="subject"/>
    <meta>
      <title><xsl:value-of select="$title"/></title>
      <author>ASEM Culture Ministers' Meetings</author>
      <subject><xsl:value-of select="$subject"/></subject>
      <keywords>ASEM, culture, ministers, matrix, Asia, Europe</keywords>
      <version><xsl:value-of select="$version"/></version>
      <xsl:if test="$latest-date != ''">
        <date><xsl:value-of select="$latest-date"/></date>
      </xsl:if>
    </meta>
  </xsl:template>

  <!--
    One type scale (7.5, 8.5, 10, 13, 18, 26 pt), two families, one ink
    colour besides black: a dark blue that prints as dark grey.
  -->
  <xsl:template name="styles">
    <style name="body" font="serif" size="10pt" leading="1.35"
        align="justify" hyphenate="true" space-after="5pt"/>
    <style name="small" font="sans" size="7.5pt" leading="1.3"
        color="#4D4D4D" hyphenate="false"/>
    <style name="note" parent="body" size="8.5pt" italic="true"
        color="#333333"/>
    <style name="h1" font="sans" size="18pt" leading="1.15" weight="bold"
        color="#1F3A5F" space-before="16pt" space-after="10pt"
        keep-with-next="true" rule="0.8pt" rule-color="#1F3A5F" hyphenate="false"/>
    <style name="h2" font="sans" size="13pt" leading="1.2" weight="bold"
        color="#1F3A5F" space-before="12pt" space-after="5pt"
        keep-with-next="true" hyphenate="false"/>
    <style name="h3" font="sans" size="10pt" leading="1.25" weight="bold"
        space-before="8pt" space-after="3pt" keep-with-next="true" hyphenate="false"/>
    <style name="title" font="sans" size="26pt" leading="1.15"
        weight="bold" color="#1F3A5F" space-after="14pt" align="left" hyphenate="false"/>
    <style name="subtitle" font="sans" size="13pt" leading="1.3"
        color="#333333" space-after="8pt" align="left" hyphenate="false"/>
    <style name="label" font="sans" size="7.5pt" weight="bold" caps="true"
        letter-spacing="0.6pt" color="#4D4D4D" space-after="2pt" hyphenate="false"/>
    <style name="th" font="sans" size="7.5pt" leading="1.2" weight="bold"
        caps="true" letter-spacing="0.4pt" color="#FFFFFF"
        background="#1F3A5F" padding="4pt" align="left" hyphenate="false"/>
    <style name="td" font="serif" size="8.5pt" leading="1.3" padding="4pt"
        align="left" hyphenate="true" space-after="3pt"/>
    <style name="td-small" parent="td" size="7.5pt"/>
    <style name="td-no" font="sans" size="13pt" weight="bold"
        color="#1F3A5F" padding="4pt" align="center" hyphenate="false"/>
    <style name="td-strong" parent="td" weight="bold"/>
    <style name="caption" font="sans" size="8.5pt" italic="true"
        color="#333333" space-after="4pt" hyphenate="false"/>
    <style name="cover-label" font="sans" size="10pt" caps="true"
        letter-spacing="1.2pt" color="#4D4D4D" space-after="6pt" hyphenate="false"/>
    <style name="entry" parent="body" align="left" space-after="4pt"/>
  </xsl:template>

  <!-- Running footer of every page: version, date, page X of Y. -->
  <xsl:template name="footer">
    <footer>
      <left>Matrix version <doc-version/>, <doc-date/></left>
      <center><section-title/></center>
      <right>Page <page-number/> of <page-count/></right>
    </footer>
  </xsl:template>

  <xsl:template name="page-templates">
    <page-template name="portrait" size="A4" orientation="portrait"
        margin-top="22mm" margin-bottom="24mm" margin-left="25mm"
        margin-right="22mm">
      <header><left><doc-title/></left></header>
      <xsl:call-template name="footer"/>
    </page-template>
    <page-template name="cover" size="A4" orientation="portrait"
        margin-top="40mm" margin-bottom="24mm" margin-left="25mm"
        margin-right="22mm">
      <xsl:call-template name="footer"/>
    </page-template>
    <page-template name="landscape" size="A4" orientation="landscape"
        margin-top="16mm" margin-bottom="18mm" margin-left="14mm"
        margin-right="14mm">
      <header><left><doc-title/></left></header>
      <xsl:call-template name="footer"/>
    </page-template>
  </xsl:template>

  <!-- Matrix inline content. -->
  <xsl:template match="i" mode="inline">
    <em><xsl:apply-templates mode="inline"/></em>
  </xsl:template>
  <xsl:template match="b" mode="inline">
    <strong><xsl:apply-templates mode="inline"/></strong>
  </xsl:template>
  <xsl:template match="text()" mode="inline">
    <xsl:value-of select="."/>
  </xsl:template>
  <!-- Nested blocks inside a list item are not inline text. -->
  <xsl:template match="ul | ol | p" mode="inline"/>

  <!--
    Matrix blocks.  With $ids the items keep their source ids, so links
    from other reports land on them; a report shows the matrix once with
    ids (its annex) and may quote items elsewhere without.
  -->
  <xsl:template match="p" mode="block">
    <xsl:param name="ids" select="true()"/>
    <xsl:param name="style" select="'td'"/>
    <p style="{$style}">
      <xsl:if test="$ids"><xsl:attribute name="id"><xsl:value-of select="@id"/></xsl:attribute></xsl:if>
      <xsl:apply-templates mode="inline"/>
    </p>
  </xsl:template>

  <xsl:template match="ul | ol" mode="block">
    <xsl:param name="ids" select="true()"/>
    <xsl:param name="style" select="'td'"/>
    <list style="{$style}">
      <xsl:attribute name="kind">
        <xsl:choose>
          <xsl:when test="self::ol">ordered</xsl:when>
          <xsl:when test="not(li[not(@checkbox)])">check</xsl:when>
          <xsl:otherwise>bullet</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:for-each select="li">
        <item>
          <xsl:if test="$ids"><xsl:attribute name="id"><xsl:value-of select="@id"/></xsl:attribute></xsl:if>
          <xsl:choose>
            <xsl:when test="@marker"><xsl:attribute name="marker"><xsl:value-of select="@marker"/></xsl:attribute></xsl:when>
            <xsl:when test="@checkbox"><xsl:attribute name="marker">☐</xsl:attribute></xsl:when>
          </xsl:choose>
          <xsl:choose>
            <xsl:when test="ul | ol | p">
              <p style="{$style}"><xsl:apply-templates mode="inline"/></p>
              <xsl:apply-templates select="ul | ol | p" mode="block">
                <xsl:with-param name="ids" select="$ids"/>
                <xsl:with-param name="style" select="$style"/>
              </xsl:apply-templates>
            </xsl:when>
            <xsl:otherwise><xsl:apply-templates mode="inline"/></xsl:otherwise>
          </xsl:choose>
        </item>
      </xsl:for-each>
    </list>
  </xsl:template>

  <!-- The text of one item without its nested items, for quoting. -->
  <xsl:template name="item-text">
    <xsl:param name="item" select="."/>
    <xsl:apply-templates select="$item/node()" mode="inline"/>
  </xsl:template>

  <!-- A matrix column's cell: its blocks, or an en dash when empty. -->
  <xsl:template name="matrix-cell">
    <xsl:param name="col"/>
    <xsl:param name="ids"/>
    <cell style="td">
      <xsl:choose>
        <xsl:when test="$col/*">
          <xsl:apply-templates select="$col/*" mode="block">
            <xsl:with-param name="ids" select="$ids"/>
          </xsl:apply-templates>
        </xsl:when>
        <xsl:otherwise><p style="td-small">–</p></xsl:otherwise>
      </xsl:choose>
    </cell>
  </xsl:template>

  <!--
    The whole matrix as one table: six columns headed as the source heads
    them, one row per meeting, the latest first as in the original, each
    row a bookmark.
  -->
  <xsl:template name="matrix-table">
    <xsl:param name="ids" select="true()"/>
    <xsl:param name="id" select="'matrix-table'"/>
    <table id="{$id}" rules="all">
      <caption>
        <xsl:value-of select="$matrix/title"/>
      </caption>
      <continued>Matrix of Evaluation and Decisions (continued)</continued>
      <columns>
        <col width="13mm"/>
        <col width="1.15*"/>
        <col width="1*"/>
        <col width="1.25*"/>
        <col width="1.45*"/>
        <col width="1.25*"/>
      </columns>
      <head>
        <row>
          <xsl:for-each select="$matrix/columns/column">
            <cell style="th"><xsl:value-of select="."/></cell>
          </xsl:for-each>
        </row>
      </head>
      <body>
        <xsl:for-each select="$matrix/meeting">
          <xsl:sort select="@n" data-type="number" order="descending"/>
          <xsl:choose>
            <!-- Streamed: the row comes later, from the meeting alone. -->
            <xsl:when test="$stream = 'frame'">
              <s:part-here part="{@s:part}"/>
            </xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="matrix-row">
                <xsl:with-param name="ids" select="$ids"/>
              </xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </body>
    </table>
  </xsl:template>

  <!-- One meeting's row of the matrix table. -->
  <xsl:template name="matrix-row">
    <xsl:param name="ids" select="true()"/>
    <row>
      <xsl:if test="$ids">
        <xsl:attribute name="id"><xsl:value-of select="@id"/></xsl:attribute>
        <xsl:attribute name="outline">
          <xsl:call-template name="meeting-label"/>
        </xsl:attribute>
      </xsl:if>
      <cell style="td-no"><xsl:value-of select="@n"/></cell>
      <cell style="td">
        <p style="td-strong"><xsl:apply-templates select="title/node()" mode="inline"/></p>
        <p style="td-small">
          <xsl:value-of select="place/city"/>, <xsl:value-of select="place/country"/>
          <br/>
          <xsl:value-of select="dates"/>
        </p>
        <xsl:apply-templates select="themes/*" mode="block">
          <xsl:with-param name="ids" select="$ids"/>
        </xsl:apply-templates>
      </cell>
      <xsl:call-template name="matrix-cell">
        <xsl:with-param name="col" select="workshops"/>
        <xsl:with-param name="ids" select="$ids"/>
      </xsl:call-template>
      <xsl:call-template name="matrix-cell">
        <xsl:with-param name="col" select="action-plan"/>
        <xsl:with-param name="ids" select="$ids"/>
      </xsl:call-template>
      <xsl:call-template name="matrix-cell">
        <xsl:with-param name="col" select="recommendations"/>
        <xsl:with-param name="ids" select="$ids"/>
      </xsl:call-template>
      <xsl:call-template name="matrix-cell">
        <xsl:with-param name="col" select="follow-up"/>
        <xsl:with-param name="ids" select="$ids"/>
      </xsl:call-template>
    </row>
  </xsl:template>

  <!-- The note under the matrix title: its revisions as written. -->
  <xsl:template name="revision-notes">
    <xsl:for-each select="$matrix/revisions/revision">
      <xsl:sort select="@date"/>
      <p style="small">
        <xsl:text>Version </xsl:text>
        <xsl:value-of select="@version"/>
        <xsl:text>, </xsl:text>
        <xsl:call-template name="date"><xsl:with-param name="iso" select="@date"/></xsl:call-template>
        <xsl:text>: </xsl:text>
        <xsl:value-of select="summary"/>
      </p>
    </xsl:for-each>
  </xsl:template>

  <!-- Heat-map of themes (rows) by meeting (columns), from themes.xml. -->
  <xsl:template name="theme-heat-map">
    <xsl:param name="themes"/>
    <xsl:param name="link" select="false()"/>
    <figure id="fig-heat-map" height="{40 + 14 * count($themes/theme)}pt">
      <caption>Items per theme and meeting (recommendations, action plan
        and follow-up together)</caption>
      <alt>A grid with one row per theme and one column per meeting; each
        cell shows how many items of that meeting belong to the theme.</alt>
      <heat-map legend="items">
        <columns>
          <xsl:for-each select="$matrix/meeting">
            <xsl:sort select="@n" data-type="number"/>
            <column label="{@n}"/>
          </xsl:for-each>
        </columns>
        <xsl:for-each select="$themes/theme">
          <xsl:variable name="t" select="."/>
          <row label="{name}">
            <xsl:if test="$link"><xsl:attribute name="link">theme-<xsl:value-of select="@id"/></xsl:attribute></xsl:if>
            <xsl:for-each select="$matrix/meeting">
              <xsl:sort select="@n" data-type="number"/>
              <value><xsl:value-of select="count(key('heat-item', $t/item/@ref)[generate-id(ancestor::meeting) = generate-id(current())])"/></value>
            </xsl:for-each>
          </row>
        </xsl:for-each>
      </heat-map>
    </figure>
  </xsl:template>

  <!-- Related documents (source/schema/document.rnc), as layout blocks. -->
  <xsl:template match="section[heading]" mode="doc">
    <xsl:param name="level" select="2"/>
    <section id="{@id}">
      <title style="h{$level}"><xsl:apply-templates select="heading/node()" mode="doc-inline"/></title>
      <xsl:apply-templates select="p | list" mode="doc"/>
      <xsl:apply-templates select="section" mode="doc">
        <xsl:with-param name="level" select="$level + 1"/>
      </xsl:apply-templates>
    </section>
  </xsl:template>
  <!-- A section the document does not title is not given a heading. -->
  <xsl:template match="section" mode="doc">
    <xsl:param name="level" select="2"/>
    <anchor id="{@id}"/>
    <xsl:apply-templates select="p | list" mode="doc"/>
    <xsl:apply-templates select="section" mode="doc">
      <xsl:with-param name="level" select="$level"/>
    </xsl:apply-templates>
  </xsl:template>
  <xsl:template match="p" mode="doc">
    <p id="{@id}" style="body"><xsl:apply-templates mode="doc-inline"/></p>
  </xsl:template>
  <xsl:template match="list" mode="doc">
    <list id="{@id}" style="body">
      <xsl:attribute name="kind">
        <xsl:choose>
          <xsl:when test="@type = 'ordered'">ordered</xsl:when>
          <xsl:otherwise>bullet</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:for-each select="item">
        <item id="{@id}">
          <xsl:if test="@marker"><xsl:attribute name="marker"><xsl:value-of select="@marker"/></xsl:attribute></xsl:if>
          <xsl:apply-templates mode="doc-inline"/>
        </item>
      </xsl:for-each>
    </list>
  </xsl:template>
  <xsl:template match="cite" mode="doc-inline">
    <em><xsl:apply-templates mode="doc-inline"/></em>
  </xsl:template>
  <xsl:template match="q" mode="doc-inline">
    <xsl:apply-templates mode="doc-inline"/>
  </xsl:template>
  <xsl:template match="link" mode="doc-inline">
    <link href="{@href}"><xsl:apply-templates mode="doc-inline"/></link>
  </xsl:template>
  <xsl:template match="text()" mode="doc-inline">
    <xsl:value-of select="."/>
  </xsl:template>

</xsl:stylesheet>
