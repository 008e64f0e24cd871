<?xml version="1.0" encoding="UTF-8"?>
<!--
  The consolidated recommendations report (out/recommendations.pdf): the
  recommendations, action-plan and follow-up items of every meeting,
  grouped by the themes of source/themes.xml, with an overview (heat-map
  of themes by meeting, bar chart of recommendations per theme), an index
  of meetings and the full matrix as an annex that every entry links to.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:variable name="themes"
      select="document(concat($source-dir, 'themes.xml'))/themes"/>
  <!-- Matrix items by id: a theme's items are key('item', $t/item/@ref)
       with the matrix as context, in document order. -->
  <xsl:key name="item" match="meeting//*[@id]" use="@id"/>
  <xsl:variable name="first-year">
    <xsl:for-each select="/matrix/meeting">
      <xsl:sort select="@start"/>
      <xsl:if test="position() = 1"><xsl:value-of select="substring(@start, 1, 4)"/></xsl:if>
    </xsl:for-each>
  </xsl:variable>
  <xsl:variable name="last-year">
    <xsl:for-each select="/matrix/meeting">
      <xsl:sort select="@start" order="descending"/>
      <xsl:if test="position() = 1"><xsl:value-of select="substring(@start, 1, 4)"/></xsl:if>
    </xsl:for-each>
  </xsl:variable>
  <xsl:variable name="recs" select="/matrix/meeting/recommendations//li | /matrix/meeting/recommendations/p"/>
  <xsl:variable name="acts" select="/matrix/meeting/action-plan//li | /matrix/meeting/action-plan/p"/>
  <xsl:variable name="fups" select="/matrix/meeting/follow-up//li | /matrix/meeting/follow-up/p"/>

  <xsl:template match="/">
    <xsl:if test="not($themes)">
      <xsl:message terminate="yes">error: source/themes.xml is missing or has no themes</xsl:message>
    </xsl:if>
    <document lang="en">
      <xsl:call-template name="meta">
        <xsl:with-param name="title">Recommendations of the ASEM Culture Ministers' Meetings <xsl:value-of select="$first-year"/>–<xsl:value-of select="$last-year"/></xsl:with-param>
        <xsl:with-param name="subject">The recommendations, action plans and follow-up of every meeting, by theme</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="styles"/>
      <xsl:call-template name="page-templates"/>
      <sequence template="portrait" first-template="cover">
        <section id="cover" outline="false">
          <title style="cover-label">ASEM Culture Ministers' Meetings</title>
          <p style="title">Recommendations <xsl:value-of select="$first-year"/>–<xsl:value-of select="$last-year"/></p>
          <p style="subtitle">What <xsl:value-of select="count(/matrix/meeting)"/> meetings
            recommended, planned and followed up, theme by theme</p>
          <spacer height="30mm"/>
          <p style="small">Consolidated from the Matrix of Evaluation and Decisions,
            version <xsl:value-of select="$version"/> of
            <xsl:call-template name="date"><xsl:with-param name="iso" select="$latest-date"/></xsl:call-template>.</p>
        </section>
        <page-break/>
        <toc depth="2"><title>Contents</title></toc>
        <page-break/>
        <xsl:call-template name="overview"/>
        <xsl:call-template name="meeting-index"/>
        <xsl:for-each select="$themes/theme">
          <xsl:call-template name="theme"/>
        </xsl:for-each>
      </sequence>
      <sequence template="landscape">
        <section id="annex">
          <title style="h1">Annex: the matrix</title>
          <p style="small">Every entry of this report links to its item here.</p>
          <xsl:call-template name="revision-notes"/>
          <xsl:call-template name="matrix-table"/>
        </section>
      </sequence>
    </document>
  </xsl:template>

  <xsl:template name="overview">
    <section id="overview">
      <title style="h1">Overview</title>
      <p style="body">The matrix records <xsl:value-of select="count($recs)"/>
        recommendations, <xsl:value-of select="count($acts)"/> action-plan
        items and <xsl:value-of select="count($fups)"/> follow-up items from
        <xsl:value-of select="count(/matrix/meeting)"/> meetings held
        between <xsl:value-of select="$first-year"/> and
        <xsl:value-of select="$last-year"/>.  Each is assigned to one or more
        of <xsl:value-of select="count($themes/theme)"/> recurring themes; an
        item with several themes appears under each.</p>
      <xsl:call-template name="theme-heat-map">
        <xsl:with-param name="themes" select="$themes"/>
        <xsl:with-param name="link" select="true()"/>
      </xsl:call-template>
      <figure id="fig-bars" height="{30 + 14 * count($themes/theme)}pt">
        <caption>Recommendations per theme</caption>
        <alt>A bar chart: for each theme, the number of recommendations
          assigned to it.</alt>
        <bar-chart unit="recommendations">
          <xsl:for-each select="$themes/theme">
            <bar label="{name}" value="{count($recs[@id = current()/item/@ref])}" link="theme-{@id}"/>
          </xsl:for-each>
        </bar-chart>
      </figure>
    </section>
  </xsl:template>

  <xsl:template name="meeting-index">
    <section id="meetings">
      <title style="h1">Index of meetings</title>
      <table rules="rows">
        <columns>
          <col width="12mm"/><col width="14mm"/><col width="1.2*"/>
          <col width="2.4*"/><col width="14mm"/><col width="21mm"/>
        </columns>
        <head>
          <row>
            <cell style="th">No.</cell><cell style="th">Year</cell>
            <cell style="th">Host</cell><cell style="th">Theme</cell>
            <cell style="th" align="right">Rec.</cell>
            <cell style="th" align="right">Follow-up</cell>
          </row>
        </head>
        <body>
          <xsl:for-each select="/matrix/meeting">
            <xsl:sort select="@n" data-type="number"/>
            <row>
              <cell style="td-strong"><link to="{@id}"><xsl:value-of select="@n"/></link></cell>
              <cell style="td"><xsl:value-of select="substring(@start, 1, 4)"/></cell>
              <cell style="td"><xsl:value-of select="place/city"/>,
                <xsl:call-template name="country-name"><xsl:with-param name="code" select="place/@country"/></xsl:call-template></cell>
              <cell style="td"><link to="{@id}"><xsl:apply-templates select="title/node()" mode="inline"/></link></cell>
              <cell style="td" align="right"><xsl:value-of select="count(recommendations//li | recommendations/p)"/></cell>
              <cell style="td" align="right"><xsl:value-of select="count(follow-up//li | follow-up/p)"/></cell>
            </row>
          </xsl:for-each>
        </body>
      </table>
    </section>
  </xsl:template>

  <!-- One theme: its items by kind, in order of meeting. -->
  <xsl:template name="theme">
    <xsl:variable name="t" select="."/>
    <section id="theme-{@id}">
      <title style="h1"><xsl:value-of select="name"/></title>
      <p style="body"><xsl:value-of select="description"/></p>
      <xsl:call-template name="kind">
        <xsl:with-param name="t" select="$t"/>
        <xsl:with-param name="col" select="'recommendations'"/>
        <xsl:with-param name="heading" select="'Recommendations'"/>
      </xsl:call-template>
      <xsl:call-template name="kind">
        <xsl:with-param name="t" select="$t"/>
        <xsl:with-param name="col" select="'action-plan'"/>
        <xsl:with-param name="heading" select="'Action plan'"/>
      </xsl:call-template>
      <xsl:call-template name="kind">
        <xsl:with-param name="t" select="$t"/>
        <xsl:with-param name="col" select="'follow-up'"/>
        <xsl:with-param name="heading" select="'Follow-up'"/>
      </xsl:call-template>
      <xsl:call-template name="followed">
        <xsl:with-param name="t" select="$t"/>
      </xsl:call-template>
    </section>
  </xsl:template>

  <xsl:template name="kind">
    <xsl:param name="t"/>
    <xsl:param name="col"/>
    <xsl:param name="heading"/>
    <xsl:for-each select="$matrix">
    <xsl:variable name="items"
        select="key('item', $t/item/@ref)[local-name(ancestor::*[parent::meeting]) = $col]"/>
    <xsl:if test="$items">
      <section id="theme-{$t/@id}-{$col}">
        <title style="h2"><xsl:value-of select="concat($heading, ' (', count($items), ')')"/></title>
        <xsl:for-each select="$matrix/meeting">
          <xsl:sort select="@n" data-type="number"/>
          <xsl:variable name="mine" select="$items[generate-id(ancestor::meeting) = generate-id(current())]"/>
          <xsl:if test="$mine">
            <p style="label"><xsl:call-template name="meeting-label"/>
              <xsl:text> · </xsl:text><xsl:value-of select="place/country"/></p>
            <list style="entry" kind="bullet">
              <xsl:for-each select="$mine">
                <item>
                  <xsl:apply-templates select="node()" mode="inline"/>
                  <xsl:text> </xsl:text>
                  <span style="small"><link to="{@id}">[<nobr><xsl:value-of select="@id"/></nobr>, matrix p. <ref to="{@id}" kind="page"/>]</link></span>
                </item>
              </xsl:for-each>
            </list>
          </xsl:if>
        </xsl:for-each>
      </section>
    </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!--
    What was followed up: for each meeting with recommendations or an
    action plan in the theme, whether the matrix records follow-up items
    in the same theme for that meeting.
  -->
  <xsl:template name="followed">
    <xsl:param name="t"/>
    <xsl:for-each select="$matrix">
    <xsl:variable name="items" select="key('item', $t/item/@ref)"/>
    <xsl:variable name="meetings"
        select="$items[local-name(ancestor::*[parent::meeting]) = 'recommendations' or local-name(ancestor::*[parent::meeting]) = 'action-plan']/ancestor::meeting"/>
    <xsl:if test="$meetings">
      <section id="theme-{$t/@id}-status">
        <title style="h2">Followed up, and not</title>
        <table rules="rows">
          <columns>
            <col width="1.6*"/><col width="16mm"/><col width="18mm"/>
            <col width="23mm"/><col width="1.4*"/>
          </columns>
          <head>
            <row>
              <cell style="th">Meeting</cell>
              <cell style="th" align="right">Rec.</cell>
              <cell style="th" align="right">Action</cell>
              <cell style="th" align="right">Follow-up</cell>
              <cell style="th">Status</cell>
            </row>
          </head>
          <body>
            <xsl:for-each select="$meetings">
              <xsl:sort select="@n" data-type="number"/>
              <xsl:variable name="mine" select="$items[generate-id(ancestor::meeting) = generate-id(current())]"/>
              <xsl:variable name="f" select="count($mine[local-name(ancestor::*[parent::meeting]) = 'follow-up'])"/>
              <row>
                <cell style="td"><link to="{@id}"><xsl:call-template name="meeting-label"/></link></cell>
                <cell style="td" align="right"><xsl:value-of select="count($mine[local-name(ancestor::*[parent::meeting]) = 'recommendations'])"/></cell>
                <cell style="td" align="right"><xsl:value-of select="count($mine[local-name(ancestor::*[parent::meeting]) = 'action-plan'])"/></cell>
                <cell style="td" align="right"><xsl:value-of select="$f"/></cell>
                <cell style="td">
                  <xsl:choose>
                    <xsl:when test="$f &gt; 0">followed up</xsl:when>
                    <xsl:otherwise><strong>no follow-up recorded</strong></xsl:otherwise>
                  </xsl:choose>
                </cell>
              </row>
            </xsl:for-each>
          </body>
        </table>
      </section>
    </xsl:if>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
