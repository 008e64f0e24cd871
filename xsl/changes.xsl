<?xml version="1.0" encoding="UTF-8"?>
<!--
  The changes report (asemdoc diff -o FILE): the <changes> document that
  the diff stage builds (src/diff_out.c) as the layout vocabulary
  (source/schema/layout.rnc).  One table row a change; deleted words in
  [-...-] and inserted words in {+...+}, in colour and in type, so the
  marks survive a black-and-white print.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:variable name="old" select="/changes/old"/>
  <xsl:variable name="new" select="/changes/new"/>

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

  <xsl:template name="version">
    <xsl:param name="side"/>
    <xsl:choose>
      <xsl:when test="$side/@version != ''">
        <xsl:text>version </xsl:text>
        <xsl:value-of select="$side/@version"/>
        <xsl:text> of </xsl:text>
        <xsl:call-template name="date">
          <xsl:with-param name="iso" select="$side/@date"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>no revision recorded</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="/">
    <document lang="en">
      <meta>
        <title>Changes to the Matrix of the ASEM Culture Ministers' Meetings</title>
        <author>ASEM Culture Ministers' Meetings</author>
        <subject>
          <xsl:text>What changed from </xsl:text>
          <xsl:call-template name="version">
            <xsl:with-param name="side" select="$old"/>
          </xsl:call-template>
          <xsl:text> to </xsl:text>
          <xsl:call-template name="version">
            <xsl:with-param name="side" select="$new"/>
          </xsl:call-template>
        </subject>
        <keywords>ASEM, culture, ministers, matrix, changes</keywords>
        <version><xsl:value-of select="$new/@version"/></version>
        <xsl:if test="string-length($new/@date) = 10">
          <date><xsl:value-of select="$new/@date"/></date>
        </xsl:if>
      </meta>
      <style name="body" font="serif" size="10pt" leading="1.35"
          align="left" hyphenate="true" space-after="5pt"/>
      <style name="h1" font="sans" size="18pt" leading="1.15" weight="bold"
          color="#1F3A5F" space-after="10pt" keep-with-next="true"
          rule="0.8pt" rule-color="#1F3A5F"/>
      <style name="th" font="sans" size="7.5pt" leading="1.2" weight="bold"
          caps="true" letter-spacing="0.4pt" color="#FFFFFF"
          background="#1F3A5F" padding="4pt" align="left"/>
      <style name="td" font="serif" size="8.5pt" leading="1.3"
          padding="4pt" align="left" hyphenate="true"/>
      <style name="td-kind" font="sans" size="7.5pt" leading="1.3"
          weight="bold" padding="4pt" align="left"/>
      <style name="small" font="sans" size="7.5pt" leading="1.3"
          color="#4D4D4D"/>
      <style name="del" italic="true" color="#9B1C1C"/>
      <style name="ins" weight="bold" color="#1B5E20"/>
      <page-template name="portrait" size="A4" orientation="portrait"
          margin-top="22mm" margin-bottom="24mm" margin-left="22mm"
          margin-right="22mm">
        <header><left><doc-title/></left></header>
        <footer>
          <left>Matrix version <doc-version/>, <doc-date/></left>
          <right>Page <page-number/> of <page-count/></right>
        </footer>
      </page-template>
      <sequence template="portrait">
        <section id="changes">
          <title style="h1">Changes to the Matrix</title>
          <p style="body">
            <xsl:text>From </xsl:text>
            <strong>
              <xsl:call-template name="version">
                <xsl:with-param name="side" select="$old"/>
              </xsl:call-template>
            </strong>
            <xsl:text> (</xsl:text>
            <xsl:value-of select="$old/@path"/>
            <xsl:text>) to </xsl:text>
            <strong>
              <xsl:call-template name="version">
                <xsl:with-param name="side" select="$new"/>
              </xsl:call-template>
            </strong>
            <xsl:text> (</xsl:text>
            <xsl:value-of select="$new/@path"/>
            <xsl:text>).</xsl:text>
          </p>
          <xsl:choose>
            <xsl:when test="not(/changes/change)">
              <p style="body">No changes: the two versions hold the same meetings and items.</p>
            </xsl:when>
            <xsl:otherwise>
              <p style="body">
                <xsl:value-of select="/changes/summary"/>
                <xsl:text>.  Items are matched by their ids; deleted words are shown as </xsl:text>
                <span style="del">[-deleted-]</span>
                <xsl:text> and inserted words as </xsl:text>
                <span style="ins">{+inserted+}</span>
                <xsl:text>.</xsl:text>
              </p>
              <xsl:call-template name="table"/>
            </xsl:otherwise>
          </xsl:choose>
        </section>
      </sequence>
    </document>
  </xsl:template>

  <xsl:template name="table">
    <table rules="rows" zebra="#F2F4F7">
      <continued>Changes (continued)</continued>
      <columns>
        <col width="14mm"/>
        <col width="24mm"/>
        <col width="1*"/>
        <col width="3*"/>
      </columns>
      <head>
        <row>
          <cell style="th">No.</cell>
          <cell style="th">Change</cell>
          <cell style="th">Item and place</cell>
          <cell style="th">Content</cell>
        </row>
      </head>
      <body>
        <xsl:apply-templates select="/changes/change"/>
      </body>
    </table>
  </xsl:template>

  <xsl:template match="from | to" mode="place">
    <xsl:text>meeting </xsl:text>
    <xsl:value-of select="@n"/>
    <xsl:if test="@column">
      <xsl:text>, </xsl:text>
      <xsl:value-of select="@column"/>
    </xsl:if>
    <xsl:if test="@parent">
      <xsl:text>, in </xsl:text>
      <xsl:value-of select="@parent"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="change">
    <xsl:variable name="at" select="(to | from)[last()]"/>
    <row>
      <cell style="td-kind"><xsl:value-of select="$at/@n"/></cell>
      <cell style="td-kind">
        <xsl:choose>
          <xsl:when test="@kind = 'meeting-added'">Meeting added</xsl:when>
          <xsl:when test="@kind = 'meeting-removed'">Meeting removed</xsl:when>
          <xsl:when test="@kind = 'meeting-edited'">Meeting edited</xsl:when>
          <xsl:when test="@kind = 'item-added'">Added</xsl:when>
          <xsl:when test="@kind = 'item-removed'">Removed</xsl:when>
          <xsl:when test="@kind = 'item-moved'">Moved</xsl:when>
          <xsl:when test="@kind = 'item-edited'">Edited</xsl:when>
        </xsl:choose>
      </cell>
      <cell style="td">
        <xsl:value-of select="@id"/>
        <xsl:choose>
          <xsl:when test="@kind = 'item-moved'">
            <br/>
            <xsl:text>from </xsl:text>
            <xsl:apply-templates select="from" mode="place"/>
            <xsl:text>, #</xsl:text>
            <xsl:value-of select="from/@position"/>
            <br/>
            <xsl:text>to </xsl:text>
            <xsl:apply-templates select="to" mode="place"/>
            <xsl:text>, #</xsl:text>
            <xsl:value-of select="to/@position"/>
          </xsl:when>
          <xsl:when test="starts-with(@kind, 'item-')">
            <br/>
            <xsl:apply-templates select="$at" mode="place"/>
          </xsl:when>
        </xsl:choose>
        <xsl:if test="@field and @field != 'text'">
          <br/>
          <xsl:value-of select="@field"/>
        </xsl:if>
      </cell>
      <cell style="td">
        <xsl:choose>
          <xsl:when test="words">
            <xsl:apply-templates select="words/*"/>
          </xsl:when>
          <xsl:when test="@kind = 'meeting-added' or @kind = 'meeting-removed'">
            <xsl:value-of select="text"/>
            <br/>
            <span style="small">
              <xsl:value-of select="@items"/>
              <xsl:text> item</xsl:text>
              <xsl:if test="@items != 1">s</xsl:if>
            </span>
          </xsl:when>
          <xsl:when test="@kind = 'item-removed'">
            <span style="del">
              <xsl:text>[-</xsl:text>
              <xsl:value-of select="text"/>
              <xsl:text>-]</xsl:text>
            </span>
          </xsl:when>
          <xsl:when test="@kind = 'item-added'">
            <span style="ins">
              <xsl:text>{+</xsl:text>
              <xsl:value-of select="text"/>
              <xsl:text>+}</xsl:text>
            </span>
          </xsl:when>
          <xsl:otherwise>
            <span style="small">same text</span>
          </xsl:otherwise>
        </xsl:choose>
      </cell>
    </row>
  </xsl:template>

  <!-- Runs of words, a space between runs. -->
  <xsl:template match="same | del | ins">
    <xsl:if test="position() > 1"><xsl:text> </xsl:text></xsl:if>
    <xsl:choose>
      <xsl:when test="self::del">
        <span style="del">[-<xsl:value-of select="."/>-]</span>
      </xsl:when>
      <xsl:when test="self::ins">
        <span style="ins">{+<xsl:value-of select="."/>+}</span>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
