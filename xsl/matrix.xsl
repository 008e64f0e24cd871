<?xml version="1.0" encoding="UTF-8"?>
<!--
  The printable matrix (out/matrix.pdf): every meeting and all six
  columns on landscape pages, the header row repeated on each page, a
  bookmark per meeting.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:template match="/">
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
