#!/bin/sh
# A damaged installation, simulated in a copy of the data directory
# (ASEMDOC_DATADIR): a font file missing, a font file truncated, the font
# configuration missing, a stylesheet missing, a schema missing.  Each run
# of build (and render for the fonts) fails with a message naming the
# file, a non-zero status, and leaves the earlier report as it was.
set -u
t=$TMPDIR_TEST
rc=0
data=$t/data
export SOURCE_DATE_EPOCH=1700000000

fresh() {
	rm -rf "$data"
	mkdir -p "$data/source"
	cp -R fonts xsl "$data/"
	cp -R source/schema "$data/source/"
}

# try NAME STATUS PATTERN: build --only matrix into an out/ holding an
# earlier matrix.pdf, then render into an earlier out.pdf.
try() {
	name=$1 want=$2 pat=$3
	rm -rf "$t/out"
	mkdir -p "$t/out"
	echo "earlier output" >"$t/out/matrix.pdf"
	echo "earlier output" >"$t/out/out.pdf"
	ASEMDOC_DATADIR=$data timeout 60 "$ASEMDOC" build --only matrix \
	    -o "$t/out" >/dev/null 2>"$t/err"
	st=$?
	echo "$name build: status $st"
	grep -v ': note: ' "$t/err" | sed 's/^/    /'
	[ "$st" -eq "$want" ] ||
	    { echo "$name build: exit status $st, expected $want"; rc=1; }
	grep -Eq "$pat" "$t/err" ||
	    { echo "$name build: no message matching '$pat'"; rc=1; }
	if [ "$4" = render ]; then
		ASEMDOC_DATADIR=$data timeout 60 "$ASEMDOC" render \
		    tests/layout/features.xml -o "$t/out/out.pdf" \
		    >/dev/null 2>"$t/err"
		st=$?
		echo "$name render: status $st"
		sed 's/^/    /' "$t/err"
		[ "$st" -eq "$want" ] ||
		    { echo "$name render: exit status $st, expected $want"; rc=1; }
		grep -Eq "$pat" "$t/err" ||
		    { echo "$name render: no message matching '$pat'"; rc=1; }
	fi
	for f in matrix.pdf out.pdf; do
		[ "$(cat "$t/out/$f")" = "earlier output" ] ||
		    { echo "$name: the earlier $f changed"; rc=1; }
	done
	if ls -A "$t/out" | grep -q '^\.'; then
		echo "$name: temporary file left:"; ls -A "$t/out"; rc=1
	fi
}

fresh
rm "$data/fonts/NotoSerif-Regular.ttf"
try "missing font" 3 \
    "fonts/NotoSerif-Regular\.ttf: error: font missing or unreadable" render

fresh
truncate -s 1000 "$data/fonts/NotoSans-Bold.ttf" 2>/dev/null ||
	head -c 1000 fonts/NotoSans-Bold.ttf >"$data/fonts/NotoSans-Bold.ttf"
try "truncated font" 3 \
    "fonts/NotoSans-Bold\.ttf: error: font missing or unreadable" render

fresh
rm "$data/fonts/fonts.conf"
try "missing font configuration" 3 "fonts/fonts\.conf: error: " render

fresh
rm "$data/xsl/matrix.xsl"
try "missing stylesheet" 3 "xsl/matrix\.xsl: error: stylesheet missing" build

fresh
rm "$data/source/schema/matrix.rng"
try "missing schema" 1 "schema/matrix\.rng" build

# The untouched copy builds: the failures above come from the damage.
fresh
rm -rf "$t/out"
ASEMDOC_DATADIR=$data "$ASEMDOC" build --only matrix -o "$t/out" \
    >/dev/null 2>"$t/err" || { echo "the intact copy does not build:";
	cat "$t/err"; rc=1; }
exit $rc
