#!/bin/sh
# asemdoc diff on inputs built to be slow: 10,000 items in one column
# all reordered (the longest kept order is one item); an item of 200,000
# words with one word changed in the middle; an item of 100,000 words
# all replaced (past the word LCS's limit, shown deleted and inserted
# whole).  Each run must end within its timeout with the expected
# counts; a timeout is a hang.
set -u
T=$TMPDIR_TEST
g=tests/golden
fail() { echo "FAIL: $*"; exit 1; }
# $1: order (asc, desc), $2: the long item's words with a marker.
gen() {
	awk -v order="$1" -v mark="$2" '
	/<li id="cmm1-rec-1" / {
		if (order == "asc")
			for (i = 1; i <= 10000; i++)
				printf "<li id=\"x%d\" src=\"1\">item %d</li>\n", i, i
		else
			for (i = 10000; i >= 1; i--)
				printf "<li id=\"x%d\" src=\"1\">item %d</li>\n", i, i
		printf "<li id=\"long\" src=\"1\">"
		for (i = 0; i < 100000; i++)
			printf "w%d ", i
		printf "%s", mark
		for (i = 0; i < 100000; i++)
			printf " v%d", i
		printf "</li>\n<li id=\"other\" src=\"1\">"
		for (i = 0; i < 100000; i++)
			printf "%s%d ", mark, i
		printf "</li>\n"
	}
	{ print }' $g/diff-old.xml
}
gen asc start >"$T/a.xml"
gen desc end >"$T/b.xml"
timeout 20 "$ASEMDOC" diff "$T/a.xml" "$T/b.xml" >"$T/out" 2>"$T/err"
st=$?
[ "$st" -eq 124 ] && fail "diff did not finish in 20 s"
[ "$st" -eq 1 ] || { cat "$T/err"; fail "exit $st, expected 1"; }
tail -n 1 "$T/out" | grep -qx "10001 changes: 9999 items moved, 2 items edited" ||
    { tail -n 1 "$T/out"; fail "wrong summary"; }
grep -q '^edited item long .*: w0 w1 .* w99999 \[-start-\] {+end+} v0 v1 .* v99999$' "$T/out" ||
    fail "the long item's changed word is not marked"
grep -q '^edited item other .*: \[-start0 start1 .* start99999-\] {+end0 end1 .* end99999+}$' "$T/out" ||
    fail "the replaced item is not shown deleted and inserted whole"
# Identical large inputs: no output.
timeout 20 "$ASEMDOC" diff "$T/a.xml" "$T/a.xml" >"$T/out" 2>"$T/err" ||
    fail "identical large inputs: exit $?"
[ -s "$T/out" ] && fail "identical large inputs gave output"
exit 0
