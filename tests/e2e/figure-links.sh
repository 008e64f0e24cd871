#!/bin/sh
# The link areas of a timeline's events do not overlap: each covers its
# label.  A link area used to reach down the event's stem over the labels
# stacked below it, so a click on "Gamma" could go to Alpha's target.
set -u
t=$TMPDIR_TEST
fail=0
cat >"$t/in.xml" <<'END'
<document lang="en"><meta><title>T</title></meta><page-template name="a" size="A4"/>
<sequence template="a"><p id="t1">T1.</p><p id="t2">T2.</p><p id="t3">T3.</p>
<figure height="50mm"><alt>Three events</alt><timeline><group name="Only"/>
<event date="2020-01-01" group="Only" label="Alpha" link="t1"/>
<event date="2020-01-02" group="Only" label="Beta" link="t2"/>
<event date="2020-01-03" group="Only" label="Gamma" link="t3"/>
</timeline></figure></sequence></document>
END
"$ASEMDOC" render "$t/in.xml" -o "$t/out.pdf" 2>"$t/err" || { cat "$t/err"; exit 1; }
qpdf --qdf --object-streams=disable "$t/out.pdf" "$t/out.qdf" || { echo qpdf; exit 1; }
# One line a link area: x0 y0 x1 y1.
awk '/\/Rect \[/ { n = 0; r = ""; grab = 1; next }
grab && /\]/ { print r; grab = 0; next }
grab { r = r " " $1 }' "$t/out.qdf" >"$t/rects"
[ "$(wc -l <"$t/rects")" -eq 3 ] || { echo "link areas:"; cat "$t/rects"; exit 1; }
awk '{ x0[NR] = $1; y0[NR] = $2; x1[NR] = $3; y1[NR] = $4 }
END {
	for (i = 1; i <= NR; i++)
		for (j = i + 1; j <= NR; j++)
			if (x0[i] < x1[j] && x0[j] < x1[i] &&
			    y0[i] < y1[j] && y0[j] < y1[i]) {
				print "link areas " i " and " j " overlap"; bad = 1
			}
	exit bad
}' "$t/rects" || { cat "$t/rects"; fail=1; }
exit $fail
