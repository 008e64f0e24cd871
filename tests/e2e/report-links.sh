#!/bin/sh
# Every internal link of every report lands on its target: in each
# layout document every link, ref and figure link names an id of the
# same document, and in each PDF every link annotation's /Dest names a
# destination the PDF defines (pdfinfo -dests).
set -u
out=$TMPDIR_TEST/out
"$ASEMDOC" build -o "$out" 2>"$TMPDIR_TEST/err" ||
	{ cat "$TMPDIR_TEST/err"; echo "build failed"; exit 1; }
: >"$TMPDIR_TEST/all"
rc=0
for f in "$out"/layout/*.xml; do
	n=$(basename "$f" .xml)
	grep -o ' id="[^"]*"' "$f" | sed 's/.*="//; s/"$//' | sort -u \
	    >"$TMPDIR_TEST/ids"
	grep -o '<\(link\|ref\) to="[^"]*"\|<[a-z]* [^>]*link="[^"]*"' "$f" |
	    sed 's/.*\(to\|link\)="//; s/"$//' | sort -u >"$TMPDIR_TEST/to"
	cat "$TMPDIR_TEST/to" >>"$TMPDIR_TEST/all"
	bad=$(comm -23 "$TMPDIR_TEST/to" "$TMPDIR_TEST/ids")
	[ -z "$bad" ] || { echo "$n: links to no id:"; echo "$bad" | head; rc=1; }
	pdf=$out/$n.pdf
	[ -s "$pdf" ] || continue
	pdfinfo -dests "$pdf" | sed -n 's/.*"\(.*\)"$/\1/p' | sort -u \
	    >"$TMPDIR_TEST/dests"
	qpdf --qdf --object-streams=disable "$pdf" "$TMPDIR_TEST/q.pdf"
	grep -a -o '/Dest ([^)]*)' "$TMPDIR_TEST/q.pdf" |
	    sed 's|/Dest (||; s|)$||' | sort -u >"$TMPDIR_TEST/pdfto"
	bad=$(comm -23 "$TMPDIR_TEST/pdfto" "$TMPDIR_TEST/dests")
	[ -z "$bad" ] || { echo "$n.pdf: links to missing destinations:"; \
		echo "$bad" | head; rc=1; }
	# Each layout link becomes a PDF link.
	bad=$(comm -23 "$TMPDIR_TEST/to" "$TMPDIR_TEST/pdfto")
	[ -z "$bad" ] || { echo "$n.pdf: layout links not in the PDF:"; \
		echo "$bad" | head; rc=1; }
done
[ "$(sort -u "$TMPDIR_TEST/all" | wc -l)" -gt 100 ] ||
	{ echo "fewer than 100 link targets in all reports"; rc=1; }
exit $rc
