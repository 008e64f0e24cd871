#!/bin/sh
# The importer on the seed matrix and on a small hand-made table: the
# committed source/matrix.xml is exactly what it writes; the output is
# valid, stable across runs, and the same for CRLF line ends with a byte
# order mark and for meetings in another order; the --dump of rows and
# cells and the XML of the small table match their goldens.
set -u
T=$TMPDIR_TEST
raw=source/raw/matrix.txt
fail=0

run() {	# run NAME ARGS...: asemdoc must succeed
	name=$1; shift
	if ! "$ASEMDOC" "$@" 2>"$T/$name.err"; then
		echo "$name: asemdoc $* failed:"; cat "$T/$name.err"; fail=1
	fi
}

golden() {	# golden FILE GOLDEN
	if [ -n "${REGEN:-}" ]; then
		cp "$1" "$2"
	elif ! cmp -s "$1" "$2"; then
		echo "$1 differs from $2:"; diff -u "$2" "$1" | head -40; fail=1
	fi
}

run seed import "$raw" -o "$T/matrix.xml"
if ! cmp "$T/matrix.xml" source/matrix.xml; then
	echo "re-import differs from source/matrix.xml"; fail=1
fi
golden "$T/matrix.xml" tests/golden/import-matrix.out.xml
golden "$T/seed.err" tests/golden/import-matrix.err
xmllint --noout --relaxng source/schema/matrix.rng "$T/matrix.xml" || fail=1
tail -c 1 "$T/matrix.xml" | od -An -c | grep -q '\\n' ||
    { echo "output does not end with a newline"; fail=1; }

# Twice the same bytes.
run again import "$raw" -o "$T/again.xml"
cmp "$T/matrix.xml" "$T/again.xml" || { echo "not deterministic"; fail=1; }

# CRLF line ends and a UTF-8 byte order mark import to the same bytes.
{ printf '\357\273\277'; sed 's/$/\r/' "$raw"; } >"$T/crlf.txt"
run crlf import "$T/crlf.txt" -o "$T/crlf.xml"
cmp "$T/matrix.xml" "$T/crlf.xml" || { echo "CRLF+BOM differs"; fail=1; }

# Meetings in another order: same document but for the raw line numbers.
{ sed -n 1,6p "$raw"; sed -n 61,65p "$raw"; echo; sed -n 25,27p "$raw"
  sed -n 7,12p "$raw"; sed -n 43,48p "$raw"; sed -n 13,15p "$raw"
  sed -n 28,42p "$raw"; sed -n 49,60p "$raw"; sed -n 16,24p "$raw"
} >"$T/shuffled.txt"
run shuffled import "$T/shuffled.txt" -o "$T/shuffled.xml"
sed 's/ src="[0-9 ]*"//g' "$T/matrix.xml" >"$T/a.nosrc"
sed 's/ src="[0-9 ]*"//g' "$T/shuffled.xml" >"$T/b.nosrc"
if ! cmp "$T/a.nosrc" "$T/b.nosrc"; then
	echo "meetings in another order give another document:"
	diff "$T/a.nosrc" "$T/b.nosrc" | head -20; fail=1
fi
[ "$(grep -c '<meeting ' "$T/shuffled.xml")" -eq 8 ] ||
    { echo "shuffled: not 8 meetings"; fail=1; }

# The schema in XML syntax is the compact one converted by trang.
if command -v trang >/dev/null 2>&1; then
	for s in matrix countries; do
		trang "source/schema/$s.rnc" "$T/$s.rng"
		cmp "$T/$s.rng" "source/schema/$s.rng" ||
		    { echo "source/schema/$s.rng is not trang's"; fail=1; }
	done
else
	echo "trang missing (apt-get install trang)"; fail=1
fi
xmllint --noout --relaxng source/schema/countries.rng \
    source/reference/countries.xml || fail=1

# Dumps and the small table.
run dump import --dump "$raw" >/dev/null
"$ASEMDOC" import --dump=import "$raw" >"$T/matrix.dump" 2>/dev/null
golden "$T/matrix.dump" tests/golden/import-matrix.dump
small=tests/golden/import-small.tsv
run small import "$small" -o "$T/small.xml"
golden "$T/small.xml" tests/golden/import-small.out.xml
golden "$T/small.err" tests/golden/import-small.err
"$ASEMDOC" import --dump "$small" >"$T/small.dump" 2>/dev/null
golden "$T/small.dump" tests/golden/import-small.dump
xmllint --noout --relaxng source/schema/matrix.rng "$T/small.xml" || fail=1
exit $fail
