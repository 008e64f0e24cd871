<?xml version="1.0" encoding="UTF-8"?>
<!--
  The briefing pack for the host of the next meeting
  (out/briefing-CODE.pdf).  The parameter "host" is an ISO code, or a
  region ("asia", "europe") for a host not yet named.  The next meeting
  is the one after the last in the matrix; the pack says whether the
  host's region follows the alternation between Asia and Europe.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:str="http://exslt.org/strings"
    exclude-result-prefixes="str">
  <xsl:import href="common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:param name="host" select="'asia'"/>

  <xsl:variable name="themes"
      select="document(concat($source-dir, 'themes.xml'))/themes"/>
  <xsl:variable name="partners"
      select="document(concat($source-dir, 'reference/partners.xml'))/partners"/>
  <xsl:variable name="discrepancies"
      select="document(concat($source-dir, 'discrepancies.xml'))/discrepancies"/>
  <xsl:variable name="docs"
      select="document(str:tokenize($documents, ' '))/document"/>

  <xsl:variable name="named" select="$host != 'asia' and $host != 'europe'"/>
  <xsl:variable name="host-country" select="$countries/country[@code = $host]"/>
  <xsl:variable name="host-region">
    <xsl:choose>
      <xsl:when test="$named"><xsl:value-of select="$host-country/@region"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$host"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="region-name">
    <xsl:choose>
      <xsl:when test="$host-region = 'asia'">Asia</xsl:when>
      <xsl:otherwise>Europe</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="region-adj">
    <xsl:choose>
      <xsl:when test="$host-region = 'asia'">Asian</xsl:when>
      <xsl:otherwise>European</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="host-name">
    <xsl:choose>
      <xsl:when test="$named"><xsl:value-of select="$host-country/name"/></xsl:when>
      <xsl:otherwise>an <xsl:value-of select="$region-adj"/> country not yet named</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:variable name="next-n" select="$last-n + 1"/>
  <xsl:variable name="last-meeting" select="$matrix/meeting[@n = $last-n]"/>
  <xsl:variable name="last-region"
      select="$countries/country[@code = $last-meeting/place/@country]/@region"/>

  <!-- Items that announce the next meeting ("The 9th ASEM CMM in 2020 ..."). -->
  <xsl:variable name="announced"
      select="$matrix/meeting/*//*[self::li or self::p][@id][contains(text()[1], concat($next-n, 'th ASEM CMM'))]"/>

  <!-- The names the sources may use for the host: name and aliases. -->
  <xsl:variable name="host-names" select="$host-country/name | $host-country/alias"/>
  <!-- Matrix items whose own text names the host, as " id id ". -->
  <xsl:variable name="item-hits">
    <xsl:text> </xsl:text>
    <xsl:if test="$named">
      <xsl:for-each select="$matrix/meeting/*//*[self::li or self::p][@id]">
        <xsl:variable name="own">
          <xsl:for-each select="text() | i | b"><xsl:value-of select="."/></xsl:for-each>
        </xsl:variable>
        <xsl:if test="$host-names[contains($own, .)]">
          <xsl:value-of select="@id"/><xsl:text> </xsl:text>
        </xsl:if>
      </xsl:for-each>
    </xsl:if>
  </xsl:variable>
  <xsl:variable name="host-items"
      select="$matrix/meeting/*//*[self::li or self::p][contains($item-hits, concat(' ', @id, ' '))]"/>
  <xsl:variable name="host-meetings"
      select="$matrix/meeting[$named and place/@country = $host]"/>
  <xsl:variable name="doc-hits">
    <xsl:text> </xsl:text>
    <xsl:if test="$named">
      <xsl:for-each select="$docs/body//*[self::p or self::item][@id]">
        <xsl:variable name="t" select="string(.)"/>
        <xsl:if test="$host-names[contains($t, .)]">
          <xsl:value-of select="@id"/><xsl:text> </xsl:text>
        </xsl:if>
      </xsl:for-each>
    </xsl:if>
  </xsl:variable>
  <xsl:variable name="host-paras"
      select="$docs/body//*[self::p or self::item][contains($doc-hits, concat(' ', @id, ' '))]"/>
  <xsl:variable name="host-events"
      select="$docs[$named and meta/event/place/@country = $host]"/>

  <xsl:template match="/">
    <document lang="en">
      <xsl:call-template name="meta">
        <xsl:with-param name="title">Briefing pack for the host of the <xsl:call-template name="ordinal-lower"/> ASEM Culture Ministers' Meeting</xsl:with-param>
        <xsl:with-param name="subject">Host: <xsl:value-of select="$host-name"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="styles"/>
      <xsl:call-template name="page-templates"/>
      <sequence template="portrait" first-template="cover">
        <xsl:call-template name="cover"/>
        <page-break/>
        <toc depth="2"><title>Contents</title></toc>
        <page-break/>
        <xsl:call-template name="process"/>
        <xsl:call-template name="meetings"/>
        <xsl:call-template name="themes"/>
        <xsl:call-template name="commitments"/>
        <xsl:call-template name="host"/>
        <xsl:call-template name="context"/>
        <xsl:call-template name="discrepancies"/>
      </sequence>
      <sequence template="landscape">
        <section id="annex">
          <title style="h1">Annex: the matrix</title>
          <xsl:call-template name="revision-notes"/>
          <xsl:call-template name="matrix-table"/>
        </section>
      </sequence>
    </document>
  </xsl:template>

  <xsl:template name="ordinal-lower">
    <xsl:variable name="o">
      <xsl:call-template name="ordinal"><xsl:with-param name="n" select="$next-n"/></xsl:call-template>
    </xsl:variable>
    <xsl:value-of select="translate($o, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
  </xsl:template>

  <xsl:template name="cover">
    <section id="cover" outline="false">
      <title style="cover-label">Briefing pack · ASEM Culture Ministers' Meetings</title>
      <p style="title">
        <xsl:call-template name="ordinal"><xsl:with-param name="n" select="$next-n"/></xsl:call-template>
        <xsl:text> ASEM Culture Ministers' Meeting (ASEM CMM </xsl:text>
        <xsl:value-of select="$next-n"/>
        <xsl:text>)</xsl:text>
      </p>
      <p style="subtitle">
        <xsl:text>Host: </xsl:text>
        <xsl:choose>
          <xsl:when test="$named"><strong><xsl:value-of select="$host-name"/></strong>
            (<xsl:value-of select="$region-name"/>)</xsl:when>
          <xsl:otherwise>to be hosted by an <xsl:value-of select="$region-adj"/> country;
            the host is not yet named</xsl:otherwise>
        </xsl:choose>
      </p>
      <xsl:choose>
        <xsl:when test="$announced">
          <xsl:for-each select="$announced">
            <p style="subtitle">As the matrix announces it: “<xsl:apply-templates select="node()" mode="inline"/>”
              (<xsl:call-template name="meeting-label"><xsl:with-param name="m" select="ancestor::meeting"/></xsl:call-template>, follow-up).</p>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise>
          <p style="subtitle">The sources do not yet announce this meeting; the last,
            <xsl:call-template name="meeting-label"><xsl:with-param name="m" select="$last-meeting"/></xsl:call-template>,
            was held on <xsl:value-of select="$last-meeting/dates"/>.</p>
        </xsl:otherwise>
      </xsl:choose>
      <spacer height="30mm"/>
      <p style="small">Prepared from the Matrix of Evaluation and Decisions,
        version <xsl:value-of select="$version"/> of
        <xsl:call-template name="date"><xsl:with-param name="iso" select="$latest-date"/></xsl:call-template>,
        and the related documents and reference data of the sources.</p>
    </section>
  </xsl:template>

  <xsl:template name="process">
    <section id="process">
      <title style="h1">The ASEM culture ministers' process</title>
      <xsl:choose>
        <xsl:when test="$docs[@type = 'history']">
          <xsl:for-each select="$docs[@type = 'history']">
            <p style="note"><xsl:apply-templates select="meta/title/node()" mode="doc-inline"/></p>
            <xsl:apply-templates select="body/p | body/list" mode="doc"/>
            <xsl:apply-templates select="body/section" mode="doc"/>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise>
          <p style="body">The sources hold no history of the meetings.</p>
        </xsl:otherwise>
      </xsl:choose>
      <section id="partners">
        <title style="h2">The partners by region</title>
        <xsl:choose>
          <xsl:when test="$partners">
            <p style="body">“<xsl:value-of select="$partners/source"/>”
              <xsl:text> (</xsl:text>
              <xsl:choose>
                <xsl:when test="$docs/body//*[@id = $partners/source/@ref]">
                  <link to="{$partners/source/@ref}">as of <xsl:value-of select="$partners/@as-of"/></link>
                </xsl:when>
                <xsl:otherwise>as of <xsl:value-of select="$partners/@as-of"/></xsl:otherwise>
              </xsl:choose>
              <xsl:text>)</xsl:text></p>
            <xsl:call-template name="partner-region">
              <xsl:with-param name="r" select="'asia'"/>
              <xsl:with-param name="label" select="'Asia'"/>
            </xsl:call-template>
            <xsl:call-template name="partner-region">
              <xsl:with-param name="r" select="'europe'"/>
              <xsl:with-param name="label" select="'Europe'"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise><p style="body">The sources list no partners.</p></xsl:otherwise>
        </xsl:choose>
      </section>
    </section>
  </xsl:template>

  <xsl:template name="partner-region">
    <xsl:param name="r"/>
    <xsl:param name="label"/>
    <xsl:variable name="states" select="$partners/partner[@region = $r and @type = 'state']"/>
    <xsl:variable name="inst" select="$partners/partner[@region = $r and @type = 'institution']"/>
    <p style="h3"><xsl:value-of select="concat($label, ' (', count($states), ' states)')"/></p>
    <p style="body">
      <xsl:for-each select="$states">
        <xsl:sort select="name"/>
        <xsl:choose>
          <xsl:when test="$named and @country = $host"><strong><xsl:value-of select="name"/></strong></xsl:when>
          <xsl:otherwise><xsl:value-of select="name"/></xsl:otherwise>
        </xsl:choose>
        <xsl:if test="position() != last()">, </xsl:if>
      </xsl:for-each>
      <xsl:if test="$inst">
        <xsl:text>; institutional partners: </xsl:text>
        <xsl:for-each select="$inst">
          <xsl:value-of select="name"/>
          <xsl:if test="position() != last()">, </xsl:if>
        </xsl:for-each>
      </xsl:if>
      <xsl:text>.</xsl:text>
    </p>
  </xsl:template>

  <xsl:template name="meetings">
    <section id="meetings">
      <title style="h1">The meetings so far</title>
      <p style="body">
        <xsl:value-of select="count($matrix/meeting)"/>
        <xsl:text> meetings, held alternately in Asia and in Europe. The last, </xsl:text>
        <xsl:call-template name="meeting-label"><xsl:with-param name="m" select="$last-meeting"/></xsl:call-template>
        <xsl:text>, was held in </xsl:text>
        <xsl:choose>
          <xsl:when test="$last-region = 'asia'">Asia</xsl:when>
          <xsl:otherwise>Europe</xsl:otherwise>
        </xsl:choose>
        <xsl:text>, so the </xsl:text>
        <xsl:call-template name="ordinal-lower"/>
        <xsl:text> is due in </xsl:text>
        <xsl:choose>
          <xsl:when test="$last-region = 'asia'">Europe</xsl:when>
          <xsl:otherwise>Asia</xsl:otherwise>
        </xsl:choose>
        <xsl:text>.</xsl:text>
        <xsl:if test="$host-region = $last-region">
          <xsl:text> </xsl:text>
          <strong>This pack's host, <xsl:value-of select="$host-name"/>, is
            in the same region as the last host: the alternation would be broken.</strong>
        </xsl:if>
      </p>
      <figure id="fig-timeline" height="90pt">
        <caption>The meetings by date and region</caption>
        <alt>A timeline of the meetings from <xsl:value-of select="substring($matrix/meeting[@n = 1]/@start, 1, 4)"/>,
          each marked in the row of its host's region, showing the alternation between Asia and Europe.</alt>
        <timeline>
          <group name="Asia" color="#1F3A5F"/>
          <group name="Europe" color="#8C8C8C"/>
          <xsl:for-each select="$matrix/meeting">
            <xsl:sort select="@start"/>
            <xsl:variable name="r" select="$countries/country[@code = current()/place/@country]/@region"/>
            <event date="{@start}" label="{@n} {place/city}" link="{@id}">
              <xsl:attribute name="group">
                <xsl:choose>
                  <xsl:when test="$r = 'asia'">Asia</xsl:when>
                  <xsl:otherwise>Europe</xsl:otherwise>
                </xsl:choose>
              </xsl:attribute>
            </event>
          </xsl:for-each>
        </timeline>
      </figure>
      <table rules="rows">
        <columns>
          <col width="11mm"/><col width="1.1*"/><col width="1.2*"/>
          <col width="1.3*"/><col width="2.4*"/>
        </columns>
        <head>
          <row>
            <cell style="th">No.</cell><cell style="th">Host</cell>
            <cell style="th">City</cell><cell style="th">Dates</cell>
            <cell style="th">Theme</cell>
          </row>
        </head>
        <body>
          <xsl:for-each select="$matrix/meeting">
            <xsl:sort select="@n" data-type="number"/>
            <row>
              <cell style="td-strong"><link to="{@id}"><xsl:value-of select="@n"/></link></cell>
              <cell style="td">
                <xsl:call-template name="country-name"><xsl:with-param name="code" select="place/@country"/></xsl:call-template>
                <xsl:choose>
                  <xsl:when test="$countries/country[@code = current()/place/@country]/@region = 'asia'"> (Asia)</xsl:when>
                  <xsl:otherwise> (Europe)</xsl:otherwise>
                </xsl:choose>
              </cell>
              <cell style="td"><xsl:value-of select="place/city"/></cell>
              <cell style="td"><xsl:value-of select="dates"/></cell>
              <cell style="td"><xsl:apply-templates select="title/node()" mode="inline"/></cell>
            </row>
          </xsl:for-each>
        </body>
      </table>
    </section>
  </xsl:template>

  <xsl:template name="themes">
    <section id="themes">
      <title style="h1">Recurring themes</title>
      <xsl:choose>
        <xsl:when test="$themes">
          <p style="body">How many recommendations, action-plan and follow-up
            items of each meeting belong to each of the
            <xsl:value-of select="count($themes/theme)"/> recurring themes.</p>
          <xsl:call-template name="theme-heat-map">
            <xsl:with-param name="themes" select="$themes"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise><p style="body">The sources assign no themes.</p></xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- Quote matrix items with a link to each in the annex. -->
  <xsl:template name="quote-items">
    <xsl:param name="items"/>
    <list style="entry" kind="bullet">
      <xsl:for-each select="$items">
        <item>
          <xsl:apply-templates select="node()" mode="inline"/>
          <xsl:text> </xsl:text>
          <span style="small"><link to="{@id}">[<nobr><xsl:value-of select="@id"/></nobr>, matrix p. <ref to="{@id}" kind="page"/>]</link></span>
        </item>
      </xsl:for-each>
    </list>
  </xsl:template>

  <xsl:template name="commitments">
    <xsl:variable name="next"
        select="$matrix/meeting/*//*[self::li or self::p][@id][contains(
          translate(normalize-space(text()[1]), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'),
          'next asem cmm')] | $announced"/>
    <section id="commitments">
      <title style="h1">Commitments carried forward</title>
      <section id="commit-next">
        <title style="h2">Addressed to the next meeting</title>
        <xsl:choose>
          <xsl:when test="$next">
            <xsl:call-template name="quote-items"><xsl:with-param name="items" select="$next"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise><p style="body">No item of the matrix names the next meeting.</p></xsl:otherwise>
        </xsl:choose>
      </section>
      <xsl:for-each select="$matrix/meeting[@n &gt;= $last-n - 1]">
        <xsl:sort select="@n" data-type="number" order="descending"/>
        <section id="commit-{@id}">
          <title style="h2">
            <xsl:call-template name="meeting-label"/>
          </title>
          <xsl:if test="action-plan/*">
            <p style="label">Action plan</p>
            <xsl:call-template name="quote-items">
              <xsl:with-param name="items" select="action-plan//li | action-plan/p"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:if test="follow-up/*">
            <p style="label">Follow-up</p>
            <xsl:call-template name="quote-items">
              <xsl:with-param name="items" select="follow-up//li | follow-up/p"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:if test="not(action-plan/* | follow-up/*)">
            <p style="body">The matrix records no action plan or follow-up for this meeting.</p>
          </xsl:if>
        </section>
      </xsl:for-each>
    </section>
  </xsl:template>

  <xsl:template name="host">
    <section id="host">
      <title style="h1">
        <xsl:choose>
          <xsl:when test="$named">What the sources say about <xsl:value-of select="$host-name"/></xsl:when>
          <xsl:otherwise>The host</xsl:otherwise>
        </xsl:choose>
      </title>
      <xsl:choose>
        <xsl:when test="not($named)">
          <p style="body">The host of the <xsl:call-template name="ordinal-lower"/>
            meeting is not yet named. Once it is, render this pack for it
            (asemdoc brief --host CODE) to add what the sources say about it.</p>
        </xsl:when>
        <xsl:when test="not($host-meetings | $host-items | $host-paras | $host-events)">
          <p style="body"><strong>The sources do not mention <xsl:value-of select="$host-name"/>:</strong>
            it has hosted no meeting, and no item of the matrix and no
            paragraph of the related documents names it.</p>
        </xsl:when>
        <xsl:otherwise>
          <section id="host-meetings">
            <title style="h2">Meetings it hosted</title>
            <xsl:choose>
              <xsl:when test="$host-meetings">
                <list style="entry" kind="bullet">
                  <xsl:for-each select="$host-meetings">
                    <xsl:sort select="@n" data-type="number"/>
                    <item><link to="{@id}"><xsl:call-template name="meeting-label"/></link>,
                      <xsl:value-of select="dates"/>: <xsl:apply-templates select="title/node()" mode="inline"/></item>
                  </xsl:for-each>
                </list>
              </xsl:when>
              <xsl:otherwise><p style="body">None so far.</p></xsl:otherwise>
            </xsl:choose>
          </section>
          <xsl:if test="$host-events">
            <section id="host-events">
              <title style="h2">Events it hosted</title>
              <list style="entry" kind="bullet">
                <xsl:for-each select="$host-events">
                  <item><strong><xsl:value-of select="meta/event/name"/></strong>,
                    <xsl:value-of select="meta/event/place/city"/>,
                    <xsl:call-template name="date"><xsl:with-param name="iso" select="meta/event/@start"/></xsl:call-template>
                    to <xsl:call-template name="date"><xsl:with-param name="iso" select="meta/event/@end"/></xsl:call-template>
                    (<link to="doc-{@id}"><xsl:apply-templates select="meta/title/node()" mode="doc-inline"/></link>)</item>
                </xsl:for-each>
              </list>
            </section>
          </xsl:if>
          <xsl:if test="$host-items">
            <section id="host-items">
              <title style="h2">Matrix items that name it</title>
              <xsl:call-template name="quote-items"><xsl:with-param name="items" select="$host-items"/></xsl:call-template>
            </section>
          </xsl:if>
          <xsl:if test="$host-paras">
            <section id="host-paras">
              <title style="h2">Passages of the documents that name it</title>
              <list style="entry" kind="bullet">
                <xsl:for-each select="$host-paras">
                  <item><xsl:apply-templates mode="doc-inline"/>
                    <xsl:text> </xsl:text>
                    <span style="small"><link to="{@id}">[<xsl:value-of select="@id"/>]</link></span></item>
                </xsl:for-each>
              </list>
            </section>
          </xsl:if>
        </xsl:otherwise>
      </xsl:choose>
      <section id="host-region">
        <title style="h2">Meetings held in <xsl:value-of select="$region-name"/></title>
        <list style="entry" kind="bullet">
          <xsl:for-each select="$matrix/meeting[place/@country = $countries/country[@region = $host-region]/@code]">
            <xsl:sort select="@n" data-type="number"/>
            <item><link to="{@id}"><xsl:call-template name="meeting-label"/></link>,
              <xsl:value-of select="place/country"/>: <xsl:apply-templates select="title/node()" mode="inline"/></item>
          </xsl:for-each>
        </list>
      </section>
    </section>
  </xsl:template>

  <xsl:template name="context">
    <section id="context">
      <title style="h1">Context documents</title>
      <xsl:for-each select="$docs[@type != 'history']">
        <section id="doc-{@id}">
          <title style="h2"><xsl:apply-templates select="meta/title/node()" mode="doc-inline"/></title>
          <xsl:if test="meta/event">
            <p style="note"><xsl:value-of select="meta/event/name"/>,
              <xsl:value-of select="meta/event/place/city"/>,
              <xsl:value-of select="meta/event/place/country"/>,
              <xsl:call-template name="date"><xsl:with-param name="iso" select="meta/event/@start"/></xsl:call-template>
              to <xsl:call-template name="date"><xsl:with-param name="iso" select="meta/event/@end"/></xsl:call-template>.</p>
          </xsl:if>
          <xsl:apply-templates select="body/p | body/list" mode="doc"/>
          <xsl:apply-templates select="body/section" mode="doc">
            <xsl:with-param name="level" select="3"/>
          </xsl:apply-templates>
        </section>
      </xsl:for-each>
    </section>
  </xsl:template>

  <xsl:template name="discrepancies">
    <section id="discrepancies">
      <title style="h1">Where the sources disagree</title>
      <xsl:choose>
        <xsl:when test="$discrepancies/discrepancy">
          <p style="body">Each fact on which the sources differ, with every value
            as written and where it is written. None is preferred.</p>
          <table rules="rows">
            <columns><col width="1.2*"/><col width="2.4*"/><col width="1.4*"/></columns>
            <head>
              <row><cell style="th">Subject</cell><cell style="th">Values</cell><cell style="th">Note</cell></row>
            </head>
            <body>
              <xsl:for-each select="$discrepancies/discrepancy">
                <row>
                  <cell style="td-strong"><xsl:value-of select="subject"/></cell>
                  <cell style="td">
                    <list style="td" kind="bullet">
                      <xsl:for-each select="value">
                        <item>“<xsl:value-of select="text"/>” <span style="small">(<xsl:for-each select="source">
                            <xsl:value-of select="@ref"/>
                            <xsl:if test="@raw-line">, matrix line <xsl:value-of select="@raw-line"/></xsl:if>
                            <xsl:if test="position() != last()">; </xsl:if>
                          </xsl:for-each>)</span></item>
                      </xsl:for-each>
                    </list>
                  </cell>
                  <cell style="td-small"><xsl:value-of select="note"/></cell>
                </row>
              </xsl:for-each>
            </body>
          </table>
        </xsl:when>
        <xsl:otherwise><p style="body">The sources record no discrepancies.</p></xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>
</xsl:stylesheet>
