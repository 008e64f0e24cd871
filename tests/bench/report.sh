#!/bin/sh
# Formats the benchmark's measurements (rows written by run.sh: "scale
# name pages median min max rss_kb runs cpu", "-" when a run failed) as the
# Markdown of out/bench/results.md: machine and versions, one table per
# scale with the ratios, the page counts' agreement and the issue's
# targets, met or missed.
set -u
rows=$1

ver() {
	"$@" 2>&1 | sed -n '1p'
}

echo "# Benchmark: asemdoc against Apache FOP and WeasyPrint"
echo
echo "The printable matrix (xsl/matrix.xsl), source/matrix.xml scaled n times"
echo "(tests/bench/scale.xsl).  Wall time: median of the runs shown, min-max in"
echo "brackets; CPU: median user + system time of all its processes, which"
echo "other work on a shared machine disturbs less than wall time; memory: peak"
echo "resident set of the largest process of any run (/usr/bin/time %M)."
echo "FOP and WeasyPrint times include their xsltproc step."
echo "The floor (tests/bench/floor.c) lays out and draws every cell with Pango"
echo "and Cairo in the same fonts and widths, without pagination logic."
echo
echo "## Machine"
echo
echo "- $(date -u '+%Y-%m-%d %H:%M UTC'), $(uname -sr)"
echo "- CPU: $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1)," \
    "nproc $(nproc), memory $(free -m | awk '/^Mem:/ { print $2 }') MB"
echo "- load average at the end: $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "- libraries: pango $(pkg-config --modversion pango)," \
    "cairo $(pkg-config --modversion cairo)," \
    "fontconfig $(pkg-config --modversion fontconfig)," \
    "harfbuzz $(pkg-config --modversion harfbuzz)," \
    "libxml2 $(pkg-config --modversion libxml-2.0)," \
    "libxslt $(pkg-config --modversion libxslt)," \
    "glib $(pkg-config --modversion glib-2.0)"
echo "- peers: $(dpkg-query -W -f='fop ${Version}' fop 2>/dev/null)," \
    "$(ver java -version)," \
    "$(dpkg-query -W -f='weasyprint ${Version}' weasyprint 2>/dev/null)," \
    "$(ver python3 --version), $(ver xsltproc --version | cut -c1-60)"
echo "- asemdoc: $(${ASEMDOC:-asemdoc} --version 2>/dev/null)," \
    "commit $(git rev-parse --short HEAD 2>/dev/null)"
echo

awk '
function fmt_t(s, n) {
	if (t[s, n] == "") return "n/a"
	return sprintf("%.2f s [%.2f-%.2f] x%d", t[s, n], lo[s, n], hi[s, n], runs[s, n])
}
function fmt_c(s, n) {
	if (t[s, n] == "" || cpu[s, n] == "") return "n/a"
	return sprintf("%.2f s", cpu[s, n])
}
function fmt_m(s, n) {
	if (t[s, n] == "") return "n/a"
	return sprintf("%.0f MB", rss[s, n] / 1024)
}
function verdict(wall, c) {
	if (wall && c) return "met"
	if (!wall && !c) return "MISSED"
	return wall ? "met by wall time, MISSED by CPU time" : "MISSED by wall time, met by CPU time"
}
function ratio2(a, b) {
	if (a == "" || b == "" || b == 0) return "n/a"
	return sprintf("%.2f", a / b)
}
function ratio(a, b) {
	if (a == "" || b == "" || b == 0) return "n/a"
	return sprintf("%.1f", a / b)
}
$3 != "-" {
	t[$1, $2] = $4; lo[$1, $2] = $5; hi[$1, $2] = $6
	rss[$1, $2] = $7; runs[$1, $2] = $8; pg[$1, $2] = $3; cpu[$1, $2] = $9
}
$1 != "" && $2 != "make" && !($1 in seen) { seen[$1] = 1; order[ns++] = $1 }
END {
	print "## Results"
	print ""
	print "| scale | program | pages | wall time | CPU time | peak RSS | wall / asemdoc | CPU / asemdoc | RSS / asemdoc |"
	print "|---|---|---|---|---|---|---|---|---|"
	split("project fop weasyprint floor", names, " ")
	for (i = 0; i < ns; i++) {
		s = order[i]
		for (k = 1; k <= 4; k++) {
			n = names[k]
			if (t[s, n] == "" && n != "project" && s + 0 > 100 && n != "floor")
				continue
			label = n == "project" ? "asemdoc" : n
			print "| " s "x | " label " | " (pg[s, n] == "" ? "n/a" : pg[s, n]) \
			    " | " fmt_t(s, n) " | " fmt_c(s, n) " | " fmt_m(s, n) " | " \
			    ratio(t[s, n], t[s, "project"]) " | " \
			    ratio(cpu[s, n], cpu[s, "project"]) " | " \
			    ratio(rss[s, n], rss[s, "project"]) " |"
		}
	}
	print ""
	print "## Ratios and page counts"
	print ""
	print "Time ratios by wall time, CPU time in brackets."
	print ""
	print "| scale | pages asemdoc / FOP / WeasyPrint / floor | spread | FOP / asemdoc | WeasyPrint / asemdoc | faster peer / asemdoc | asemdoc / floor |"
	print "|---|---|---|---|---|---|---|"
	for (i = 0; i < ns; i++) {
		s = order[i]
		mn = 0; mx = 0; np = 0
		for (k = 1; k <= 3; k++) {
			p = pg[s, names[k]]
			if (p == "") continue
			np++
			if (mn == 0 || p + 0 < mn) mn = p + 0
			if (p + 0 > mx) mx = p + 0
		}
		spread = np > 1 ? sprintf("%.1f%%", 100 * (mx - mn) / mn) : "n/a"
		if (np > 1 && (mx - mn) / mn > 0.05) spread = spread " (over 5%)"
		best = ""; bestc = ""
		if (t[s, "fop"] != "") { best = t[s, "fop"]; bestc = cpu[s, "fop"] }
		if (t[s, "weasyprint"] != "" && (best == "" || t[s, "weasyprint"] < best))
			best = t[s, "weasyprint"]
		if (t[s, "weasyprint"] != "" && (bestc == "" || cpu[s, "weasyprint"] < bestc))
			bestc = cpu[s, "weasyprint"]
		print "| " s "x | " (pg[s, "project"] == "" ? "n/a" : pg[s, "project"]) " / " \
		    (pg[s, "fop"] == "" ? "n/a" : pg[s, "fop"]) " / " \
		    (pg[s, "weasyprint"] == "" ? "n/a" : pg[s, "weasyprint"]) " / " \
		    (pg[s, "floor"] == "" ? "n/a" : pg[s, "floor"]) " | " spread " | " \
		    ratio(t[s, "fop"], t[s, "project"]) " (" ratio(cpu[s, "fop"], cpu[s, "project"]) ") | " \
		    ratio(t[s, "weasyprint"], t[s, "project"]) " (" ratio(cpu[s, "weasyprint"], cpu[s, "project"]) ") | " \
		    ratio(best, t[s, "project"]) " (" ratio(bestc, cpu[s, "project"]) ") | " \
		    ratio2(t[s, "project"], t[s, "floor"]) " (" ratio2(cpu[s, "project"], cpu[s, "floor"]) ") |"
		bestpeer[s] = best; bestcpu[s] = bestc
	}
	print ""
	print "Whole `make reports` (every report of the real matrix, program already"
	print "built): " fmt_t(1, "make") ", CPU " fmt_c(1, "make") ", peak " fmt_m(1, "make") "."
	print ""
	print "## Targets (issue 8)"
	print ""
	print "Judged by wall time and, in brackets, by CPU time: on a loaded machine"
	print "wall time swings with the other work, CPU time much less."
	print ""
	for (i = 0; i < ns; i++) {
		s = order[i]
		need = s == 1 ? 20 : 5
		if (bestpeer[s] == "" || t[s, "project"] == "")
			continue
		r = bestpeer[s] / t[s, "project"]
		rc = bestcpu[s] / cpu[s, "project"]
		printf("- %sx: at least %d times faster than the faster peer: %.1f (%.1f), %s\n",
		    s, need, r, rc, verdict(r >= need, rc >= need))
	}
	for (i = 0; i < ns; i++) {
		s = order[i]
		if ((s != 10 && s != 100) || t[s, "project"] == "" || t[s, "floor"] == "")
			continue
		r = t[s, "project"] / t[s, "floor"]
		rc = cpu[s, "project"] / cpu[s, "floor"]
		printf("- %sx: within 1.5 times the floor: %.2f (%.2f), %s\n", s, r,
		    rc, verdict(r <= 1.5, rc <= 1.5))
	}
	if (t[100, "project"] != "")
		printf("- 100x: peak memory under 64 MB: %.0f MB, %s\n",
		    rss[100, "project"] / 1024,
		    rss[100, "project"] < 65536 ? "met" : "MISSED")
	if (t[1000, "project"] != "")
		printf("- 1000x: peak memory under 150 MB: %.0f MB, %s\n",
		    rss[1000, "project"] / 1024,
		    rss[1000, "project"] < 153600 ? "met" : "MISSED")
	if (t[1000, "project"] != "" && t[10, "project"] != "") {
		r = t[1000, "project"] / t[10, "project"]
		rc = cpu[1000, "project"] / cpu[10, "project"]
		printf("- 1000x / 10x time at most 110: %.0f (%.0f), %s\n", r, rc,
		    verdict(r <= 110, rc <= 110))
	}
	if (t[1, "make"] != "")
		printf("- whole make under 1 s: %.2f s (%.2f s), %s\n", t[1, "make"],
		    cpu[1, "make"], verdict(t[1, "make"] < 1, cpu[1, "make"] < 1))
	if (t[1, "project"] == "")
		print "- asemdoc: no PDF was produced (see out/bench/last/log/); no target could be checked"
}' "$rows"
