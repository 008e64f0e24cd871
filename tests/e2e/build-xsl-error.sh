#!/bin/sh
# A stylesheet with a mistake fails the build with the stylesheet's file
# and line (compile-time and run-time), exit status 1, and the report
# written before is kept; the other reports are still written (an
# earlier report's error does not stop the next one).
set -u
t=$TMPDIR_TEST
data=$t/data
mkdir -p "$data/source"
cp -R fonts xsl "$data/"
cp -R source/schema "$data/source/"
out=$t/out
ASEMDOC_DATADIR=$data "$ASEMDOC" build -o "$out" --only matrix ||
	{ echo "the first build failed"; exit 1; }
cp "$out/matrix.pdf" "$t/before.pdf"
rc=0
# try NAME PATTERN BODY: xsl/matrix.xsl with BODY first in its root
# template; the error names its line (xsl:message gives none, libxslt
# does not say where it is).
try() {
	awk -v bad="$3" '{ print } /<xsl:template match="\/">/ { print bad }' \
	    xsl/matrix.xsl >"$data/xsl/matrix.xsl"
	line=:$(grep -n -F -- "$3" "$data/xsl/matrix.xsl" | cut -d: -f1)
	case $3 in *xsl:message*) line= ;; esac
	ASEMDOC_DATADIR=$data "$ASEMDOC" build -o "$out" 2>"$t/err"
	st=$?
	[ "$st" -eq 1 ] || { echo "$1: exit status $st, expected 1"; rc=1; }
	grep -q "xsl/matrix.xsl$line: error: $2" "$t/err" ||
		{ echo "$1: no 'xsl/matrix.xsl$line: error: $2'"; cat "$t/err"; rc=1; }
	cmp -s "$out/matrix.pdf" "$t/before.pdf" ||
		{ echo "$1: the earlier matrix.pdf was not kept"; rc=1; }
	[ -s "$out/recommendations.pdf" ] ||
		{ echo "$1: the other reports were not written"; rc=1; }
	rm -f "$out/recommendations.pdf"
}
try undefined-variable "Variable 'nosuch' has not been declared" \
    '<xsl:value-of select="$nosuch"/>'
try bad-expression "xsl:value-of : could not compile select expression" \
    '<xsl:value-of select="1 +"/>'
try terminate "missing data" \
    '<xsl:message terminate="yes">error: missing data</xsl:message>'
exit $rc
