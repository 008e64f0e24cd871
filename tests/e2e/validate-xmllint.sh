#!/bin/sh
# asemdoc validate and xmllint --relaxng agree: every XML file of source/
# is valid for both, and both reject a copy with a wrong date, a
# duplicated id or an unknown country code, naming the same file and line.
set -u
: "${ASEMDOC:?}" "${TMPDIR_TEST:?}"
rc=0
fail() { echo "FAIL: $*"; rc=1; }

# The schema file for an XML file: source/schema/<root element>.rng.
schema_of() {
	echo "source/schema/$(xmllint --xpath 'name(/*)' "$1").rng"
}

# The whole source tree, as the default run sees it.
if ! "$ASEMDOC" validate >"$TMPDIR_TEST/all.out" 2>&1; then
	cat "$TMPDIR_TEST/all.out"; fail "asemdoc validate rejects source/"
fi
[ -s "$TMPDIR_TEST/all.out" ] && { cat "$TMPDIR_TEST/all.out"; fail "asemdoc validate printed messages"; }

n=0
for f in $(find source -name '*.xml' ! -path 'source/raw/*' | sort); do
	n=$((n + 1))
	rng=$(schema_of "$f")
	xmllint --noout --relaxng "$rng" "$f" >/dev/null 2>&1 ||
	    fail "xmllint --relaxng $rng rejects $f"
	"$ASEMDOC" validate "$f" 2>"$TMPDIR_TEST/one.err" ||
	    { cat "$TMPDIR_TEST/one.err"; fail "asemdoc validate rejects $f"; }
done
[ "$n" -ge 7 ] || fail "only $n XML files found under source/"
echo "$n source files valid for both"

# reject NAME FILE LINE: both refuse FILE and name it with LINE.
reject() {
	name=$1 file=$2 line=$3
	rng=$(schema_of "$file")
	if xmllint --noout --relaxng "$rng" "$file" >"$TMPDIR_TEST/x.out" 2>&1; then
		fail "$name: xmllint accepts it"
	elif ! grep -q "^$file:$line:" "$TMPDIR_TEST/x.out"; then
		cat "$TMPDIR_TEST/x.out"; fail "$name: xmllint does not name $file:$line"
	fi
	"$ASEMDOC" validate "$file" >/dev/null 2>"$TMPDIR_TEST/a.err"
	st=$?
	[ "$st" -eq 1 ] || fail "$name: asemdoc validate exit status $st, not 1"
	if ! grep -q "^$file:$line: error: " "$TMPDIR_TEST/a.err"; then
		cat "$TMPDIR_TEST/a.err"; fail "$name: asemdoc does not name $file:$line"
	fi
	if [ "$(wc -l <"$TMPDIR_TEST/a.err")" -ne 1 ]; then
		cat "$TMPDIR_TEST/a.err"; fail "$name: not exactly one message"
	fi
	echo "$name: both reject $file:$line"
}

# change NAME SRC SED-EXPR: a copy of SRC with one line changed; prints
# the copy's path and the changed line's number.
change() {
	out="$TMPDIR_TEST/$1.xml"
	sed "$3" "$2" >"$out"
	line=$(cmp "$2" "$out" 2>/dev/null | sed -n 's/.* line \([0-9]*\)$/\1/p')
	[ -n "$line" ] || { fail "$1: the edit changed nothing"; return 1; }
	echo "$out $line"
}

set -- $(change wrong-date source/discrepancies.xml \
    's/start="2010-09-08"/start="2010-09-31"/')
[ $# -eq 2 ] && reject "wrong date" "$1" "$2"
set -- $(change duplicate-id source/documents/history.xml \
    's/id="hist-p5"/id="hist-p4"/')
[ $# -eq 2 ] && reject "duplicated id" "$1" "$2"
set -- $(change unknown-country source/reference/partners.xml \
    's/country="PL"/country="XX"/')
[ $# -eq 2 ] && reject "unknown country code" "$1" "$2"
set -- $(change unknown-place source/documents/halong-2010.xml \
    's/country="VN"/country="ZZ"/')
[ $# -eq 2 ] && reject "unknown place country" "$1" "$2"

# What a schema cannot say: asemdoc alone refuses an end before the start.
set -- $(change reversed source/discrepancies.xml \
    's/start="2010-09-08" end="2010-09-11"/start="2010-09-12" end="2010-09-11"/')
if [ $# -eq 2 ]; then
	"$ASEMDOC" validate "$1" 2>"$TMPDIR_TEST/r.err" && fail "reversed range accepted"
	grep -q "^$1:$2: error: start date 2010-09-12 is after end date 2010-09-11$" \
	    "$TMPDIR_TEST/r.err" || { cat "$TMPDIR_TEST/r.err"; fail "reversed range not named"; }
fi
exit $rc
