#!/bin/sh
# Runs every example of tests/spec/import.txt: imports its rows below a
# title block and column headers, and compares the meeting's start tag
# and non-empty columns (THEMES left out) and the diagnostics with the
# expected text.
set -u
T=$TMPDIR_TEST
spec=$PWD/tests/spec/import.txt
fence='````````````````````````````````'
awk -v dir="$T" -v fence="$fence" '
$0 == fence " example" { n++; part = 0; inex = 1; next }
inex && $0 == fence { inex = 0; next }
inex && $0 == "." { part++; next }
inex { print > (dir "/" n "." part) }
END { print n > (dir "/count") }' "$spec"
count=$(cat "$T/count")
[ "$count" -gt 0 ] || { echo "no examples in $spec"; exit 1; }
m8='8→<p>ASEM CMM 8 <i>Road</i> Sofia, Bulgaria, 1-2 March 2018</p>'
fail=0
i=1
while [ "$i" -le "$count" ]; do
	{ printf 'TITLE\n(Last updated on 07.05.2019 by the host - '
	  printf 'Ministry of Culture, Bulgaria)\n'
	  printf 'NO\tTHEMES\tWORKSHOPS\tACTION PLAN\tRECOMMENDATION\tFOLLOW UP\n'
	  sed -e "s|^M8|$m8|" -e 's/→/\t/g' "$T/$i.0"
	} >"$T/t.tsv"
	(cd "$T" && "$ASEMDOC" import t.tsv -o out.xml 2>err.txt)
	awk '
	/<meeting / { inm = 1 }
	!inm { next }
	/<themes>/ { skip = 1 }
	/<\/themes>/ { skip = 0; next }
	skip { next }
	/<(heading|title|city|country|dates)>|<place |<\/place>|<\/meeting>|<\/matrix>/ { next }
	/^ *<[a-z-]*\/>$/ { next }
	{ print substr($0, 3) }' "$T/out.xml" >"$T/got.xml"
	[ -f "$T/$i.2" ] || : >"$T/$i.2"
	if ! diff -u "$T/$i.1" "$T/got.xml" >"$T/diff" ||
	    ! diff -u "$T/$i.2" "$T/err.txt" >>"$T/diff"; then
		echo "example $i ($(head -1 "$T/$i.0" | cut -c1-40)...) fails:"
		cat "$T/diff"
		fail=1
	fi
	rm -f "$T/out.xml"
	i=$((i + 1))
done
echo "$count examples"
exit $fail
