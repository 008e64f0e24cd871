<?xml version="1.0" encoding="UTF-8"?>
<!--
  The printable matrix (out/matrix.pdf): every meeting and all six
  columns on landscape pages, the header row repeated on each page, a
  bookmark per meeting.  Streamed (xsl/STREAMING.md, stream="meeting"
  in reports.xml): the frame gives the document with a placeholder per
  meeting, each meeting alone gives its row.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:s="urn:asemdoc:stream"
    exclude-result-prefixes="s">
  <xsl:import href="common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="$stream = 'part'">
        <s:fragment>
          <xsl:for-each select="$matrix/meeting">
            <xsl:call-template name="matrix-row"/>
          </xsl:for-each>
        </s:fragment>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="document"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="document">
    <document lang="en">
      <xsl:call-template name="meta">
        <xsl:with-param name="title">Matrix of Evaluation and Decisions of the ASEM Culture Ministers' Meetings</xsl:with-param>
        <xsl:with-param name="subject">Every meeting, its themes, workshops, action plan, recommendations and follow-up</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="styles"/>
      <xsl:call-template name="page-templates"/>
      <sequence template="landscape">
        <section id="matrix">
          <title style="h1">Matrix of Evaluation and Decisions</title>
          <xsl:call-template name="revision-notes"/>
          <spacer height="4pt"/>
          <xsl:call-template name="matrix-table"/>
        </section>
      </sequence>
    </document>
  </xsl:template>
</xsl:stylesheet>
