#!/bin/sh
# Writes a layout document with one long table of N body rows (default
# 440, about 40 A4 pages) to standard output.  Row 7 holds a cell taller
# than a page, so the renderer must split it line by line.  Used by
# tests/e2e/render_table.sh (40 pages) and tests/bench (400 pages).
n=${1:-440}
awk -v n="$n" 'BEGIN {
	print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
	print "<document lang=\"en\">"
	print "<meta><title>Long table</title><author>asemdoc tests</author>"
	print "<subject>Pagination of a long table</subject><version>t1</version>"
	print "<date>2018-06-20</date></meta>"
	print "<page-template name=\"main\" size=\"A4\" margin-top=\"22mm\" margin-bottom=\"22mm\" margin-left=\"20mm\" margin-right=\"20mm\">"
	print "<header><left><doc-title/></left><right><section-title/></right></header>"
	print "<footer><center>Page <page-number/> of <page-count/></center></footer>"
	print "</page-template>"
	print "<sequence template=\"main\"><section id=\"s\"><title>Recommendations by meeting</title>"
	print "<table id=\"big\" zebra=\"#F3F5F8\">"
	print "<caption>Table 1. Recommendations</caption>"
	print "<continued>Table 1 (continued)</continued>"
	print "<columns><col width=\"14mm\"/><col width=\"1*\"/><col width=\"3*\"/></columns>"
	print "<head><row><cell>No</cell><cell>Theme</cell><cell>Recommendation</cell></row></head>"
	print "<body>"
	split("heritage creative industries education mobility museums festivals digital libraries", theme, " ")
	for (i = 1; i <= n; i++) {
		t = theme[(i % 8) + 1]
		printf "<row id=\"r%d\"%s><cell>%d</cell><cell>Theme %s %d</cell><cell>", i, (i % 50 == 1 ? " outline=\"Row " i "\"" : ""), i, t, i
		words = (i == 7) ? 1500 : 10 + (i * 7) % 45
		for (w = 1; w <= words; w++)
			printf "%sword%d", (w > 1 ? " " : ""), w
		print "</cell></row>"
	}
	print "</body></table></section></sequence></document>"
}'
