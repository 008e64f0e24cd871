#!/bin/sh
# Reports that fail in workers: build -j 2 and -j 4 print the same
# messages, in the same order, with the same exit status as build -j 1,
# although the reports finish in another order; the reports that did
# not fail are written, the failed ones keep their earlier files.
set -u
t=$TMPDIR_TEST
data=$t/data
mkdir -p "$data/source"
cp -R fonts xsl "$data/"
cp -R source/schema "$data/source/"
export ASEMDOC_DATADIR=$data
# break FILE TEXT: TEXT first in the root template of xsl/FILE.
brk() {
	awk -v bad="$2" '{ print } /<xsl:template match="\/">/ { print bad }' \
	    "xsl/$1" >"$data/xsl/$1"
}
# Two failing reports: the second in reports.xml (recommendations, which
# has the larger layout and so starts first) and the per-host briefing
# (two messages, one a host); matrix and matrix.html are still written.
brk recommendations.xsl '<xsl:value-of select="$nosuch"/>'
brk briefing.xsl '<xsl:message terminate="yes">error: no host data</xsl:message>'
rc=0
for j in 1 2 4; do
	out=$t/out$j
	mkdir -p "$out"
	echo "earlier output" >"$out/recommendations.pdf"
	"$ASEMDOC" build -j "$j" -o "$out" 2>"$t/err$j"
	echo $? >"$t/st$j"
	[ "$(cat "$t/st$j")" -eq 1 ] ||
		{ echo "-j $j: exit status $(cat "$t/st$j"), expected 1"; rc=1; }
	[ -s "$out/matrix.pdf" ] && [ -s "$out/matrix.html" ] ||
		{ echo "-j $j: the good reports were not written"; rc=1; }
	[ "$(cat "$out/recommendations.pdf")" = "earlier output" ] ||
		{ echo "-j $j: recommendations.pdf was replaced"; rc=1; }
	[ ! -e "$out/briefing-asia.pdf" ] && [ ! -e "$out/briefing-vn.pdf" ] ||
		{ echo "-j $j: a failed briefing was written"; rc=1; }
done
grep -q "xsl/recommendations.xsl:[0-9]*: error: .*nosuch" "$t/err1" ||
	{ echo "-j 1: no message for recommendations.xsl"; cat "$t/err1"; rc=1; }
[ "$(grep -c "no host data" "$t/err1")" -eq 2 ] ||
	{ echo "-j 1: expected one message a briefing"; cat "$t/err1"; rc=1; }
for j in 2 4; do
	diff -u "$t/err1" "$t/err$j" ||
		{ echo "-j $j: messages differ from -j 1"; rc=1; }
done
exit $rc
