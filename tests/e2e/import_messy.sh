#!/bin/sh
# Messy input imported best effort, and built-to-hurt input in bounded
# time: broken HTML in cells gives valid XML that keeps the cell's
# words; 10,000 continuation rows, a 1 MB cell and 200 nested <i>
# each import within the time limit (a timeout is a hang).
set -u
T=$TMPDIR_TEST
fail=0
head="TITLE
(Last updated on 07.05.2019 by the host of ASEMCMM8 - Ministry of Culture, Bulgaria)
NO	THEMES	WORKSHOPS	ACTION PLAN	RECOMMENDATION	FOLLOW UP"
m8='8	<p>ASEM CMM 8 <i>Road</i> Sofia, Bulgaria, 1-2 March 2018</p>'

imp() {	# imp NAME: import $T/NAME.txt within 20 s, validate the result
	if ! timeout 20 "$ASEMDOC" import "$T/$1.txt" -o "$T/$1.xml" \
	    2>"$T/$1.err"; then
		echo "$1: import failed or timed out:"; head -5 "$T/$1.err"
		fail=1; return 1
	fi
	xmllint --noout --relaxng source/schema/matrix.rng "$T/$1.xml" \
	    2>"$T/$1.val" || { echo "$1: invalid"; head -5 "$T/$1.val"; fail=1; }
}

# Broken HTML: stray end tags, an unclosed <i>, a tag cut short, a
# bare "<" and "&", unknown elements.
{ echo "$head"
  printf '%s\t%s\t%s\t%s\t%s\n' "$m8" \
    '<p>alpha <i>beta</p></ul></div> gamma' \
    '<ul> • delta <b>epsilon <foo>zeta</foo> • eta </li></li>' \
    '<ol> 1. theta < iota & kappa 2. lambda <p' \
    '<table><tr><td>mu</td><td>nu</td></tr></table> xi'
} >"$T/broken.txt"
if imp broken; then
	for w in alpha beta gamma delta epsilon zeta eta theta iota kappa \
	    lambda mu nu xi; do
		grep -q "\\b$w\\b" "$T/broken.xml" ||
		    { echo "broken: lost '$w'"; fail=1; }
	done
fi

# 10,000 continuation rows of one meeting.
{ echo "$head"; printf '%s\t\t\t\t\n' "$m8"
  awk 'BEGIN { for (i = 1; i <= 10000; i++)
	printf "\t\t\t<ul> • item %d\t\t\n", i }'
} >"$T/rows.txt"
if imp rows; then
	n=$(grep -c '<li id="cmm8-act-' "$T/rows.xml")
	[ "$n" -eq 10000 ] || { echo "rows: $n items, expected 10000"; fail=1; }
fi

# One 1 MB cell of words and bullets.
{ echo "$head"; printf '%s\t\t<ul>' "$m8"
  awk 'BEGIN { for (i = 1; i <= 20000; i++)
	printf " • word%d and some more text to fill it", i }'
  printf '\t\t\n'
} >"$T/big.txt"
imp big

# 200 nested inline elements in one cell (deeper is refused: see
# tests/bad/import-deep-html).
{ echo "$head"; printf '%s\t\t' "$m8"
  awk 'BEGIN { for (i = 0; i < 200; i++) printf "<i>"; printf "deep";
	for (i = 0; i < 200; i++) printf "</i>" }'
  printf '\t\t\n'
} >"$T/deep.txt"
imp deep && grep -q deep "$T/deep.xml" || { echo "deep: text lost"; fail=1; }
exit $fail
