#!/bin/sh
# A streamed report that fails half-way (xsl/STREAMING.md) leaves the
# earlier out/matrix.pdf and out/layout/matrix.xml byte for byte and no
# temporary file: a meeting whose transform stops (while its fragment
# is spooled, and, with the meetings in the table's order, while the
# layout file is being written), a placeholder naming a part the source
# does not have, a stream attribute left in the result.  Each is
# reported with exit status 1.
set -u
T=$TMPDIR_TEST
rc=0
data=$T/data
mkdir -p "$data/source"
cp -R fonts xsl "$data/"
cp -R source/schema "$data/source/"
out=$T/out
# The real meetings in the table's order: 8 first.
src=$T/descending
cp -R source "$src"
awk '/^  <meeting / { m++; inm = 1 }
    inm { b[m] = b[m] $0 "\n"; if (/^  <\/meeting>/) inm = 0; next }
    /^<\/matrix>/ { for (i = 8; i >= 1; i--) printf "%s", b[i] }
    { print }' source/matrix.xml >"$src/matrix.xml"
[ "$(grep -c '<meeting ' "$src/matrix.xml")" -eq 8 ] ||
    { echo "meetings lost"; exit 1; }
ASEMDOC_DATADIR=$data "$ASEMDOC" build --only matrix -o "$out" \
    2>"$T/first.err" || { cat "$T/first.err"; echo "first build failed"; exit 1; }
cp "$out/matrix.pdf" "$T/matrix.pdf.before"
cp "$out/layout/matrix.xml" "$T/matrix.xml.before"

# try NAME MESSAGE-PATTERN [SOURCE]: xsl/common.xsl is edited by the
# caller.
try() {
	ASEMDOC_DATADIR=$data timeout 60 "$ASEMDOC" build --only matrix \
	    --source "${3:-source}" -o "$out" 2>"$T/$1.err"
	st=$?
	echo "$1: status $st"
	sed 's/^/    /' "$T/$1.err"
	[ "$st" -eq 1 ] || { echo "$1: exit status $st, expected 1"; rc=1; }
	grep -Eq "$2" "$T/$1.err" || { echo "$1: no message '$2'"; rc=1; }
	cmp -s "$out/matrix.pdf" "$T/matrix.pdf.before" ||
	    { echo "$1: out/matrix.pdf changed"; rc=1; }
	cmp -s "$out/layout/matrix.xml" "$T/matrix.xml.before" ||
	    { echo "$1: out/layout/matrix.xml changed"; rc=1; }
	[ "$(ls -A "$out/layout")" = "matrix.xml" ] ||
	    { echo "$1: files left in out/layout/:"; ls -A "$out/layout"; rc=1; }
	[ "$(ls -A "$out")" = "$(printf 'layout\nmatrix.pdf')" ] ||
	    { echo "$1: files left in out/:"; ls -A "$out"; rc=1; }
}

# Meeting 5 stops the transform: meetings 8 to 6 are already written.
sed 's|<cell style="td-no"><xsl:value-of select="@n"/></cell>|&<xsl:if test="$stream = '"'part'"' and @n = 5"><xsl:message terminate="yes">error: meeting 5 refused</xsl:message></xsl:if>|' \
    xsl/common.xsl >"$data/xsl/common.xsl"
cmp -s xsl/common.xsl "$data/xsl/common.xsl" && { echo "common.xsl not edited"; exit 1; }
try part-stops 'xsl/matrix.xsl: error: meeting 5 refused'
try part-stops-writing 'xsl/matrix.xsl: error: meeting 5 refused' "$src"

# The frame asks for a part the source does not have.
sed 's|<s:part-here part="{@s:part}"/>|&<s:part-here part="99"/>|' \
    xsl/common.xsl >"$data/xsl/common.xsl"
cmp -s xsl/common.xsl "$data/xsl/common.xsl" && { echo "common.xsl not edited"; exit 1; }
try no-part 'source/matrix.xml: error: no part 99'

# The frame copies a shell's attributes, s:part among them, to a row.
sed 's|<s:part-here part="{@s:part}"/>|<row><xsl:copy-of select="@*"/></row>&|' \
    xsl/common.xsl >"$data/xsl/common.xsl"
cmp -s xsl/common.xsl "$data/xsl/common.xsl" && { echo "common.xsl not edited"; exit 1; }
try attribute-left 'attribute part of the stream namespace left'

# A stylesheet that writes no placeholder at all is not streaming: said.
sed 's|<s:part-here part="{@s:part}"/>||' xsl/common.xsl \
    >"$data/xsl/common.xsl"
ASEMDOC_DATADIR=$data timeout 60 "$ASEMDOC" build --only matrix \
    -o "$T/unaware" 2>"$T/unaware.err"
grep -q 'xsl/matrix.xsl: warning: no placeholder for any of the 8 meeting elements' \
    "$T/unaware.err" || { cat "$T/unaware.err"; echo "unaware: no warning"; rc=1; }
exit $rc
