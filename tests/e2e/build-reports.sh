#!/bin/sh
# asemdoc build renders every report of xsl/reports.xml; each layout
# document equals its golden file (tests/golden/report-NAME.xml), and
# every word of source/matrix.xml appears in the matrix layout and in
# matrix.html (and in matrix.pdf once it is rendered).
set -u
out=$TMPDIR_TEST/out
"$ASEMDOC" build -o "$out" 2>"$TMPDIR_TEST/err"
st=$?
cat "$TMPDIR_TEST/err"
[ "$st" -eq 0 ] || { echo "build exited $st"; exit 1; }
rc=0
for n in matrix recommendations briefing-asia briefing-vn; do
	f=$out/layout/$n.xml
	g=tests/golden/report-$n.xml
	[ -s "$f" ] || { echo "missing $f"; rc=1; continue; }
	if [ -n "${REGEN:-}" ]; then
		cp "$f" "$g"
	elif ! diff -u "$g" "$f" >"$TMPDIR_TEST/diff"; then
		head -n 40 "$TMPDIR_TEST/diff"
		echo "$f differs from $g"; rc=1
	fi
done
[ -s "$out/matrix.html" ] || { echo "missing matrix.html"; rc=1; }

# Written through private temporary files, the outputs still get the
# mode the umask gives any new file: others may read them.
umask 022
"$ASEMDOC" build -o "$TMPDIR_TEST/modes" --only matrix 2>/dev/null
for f in "$TMPDIR_TEST/modes/matrix.pdf" "$TMPDIR_TEST/modes/layout/matrix.xml"; do
	m=$(stat -c %a "$f" 2>/dev/null)
	[ "$m" = 644 ] || { echo "$f has mode ${m:-?}, not 644"; rc=1; }
done

# Words: text outside tags, entities decoded, split at white space,
# without the punctuation around them ("Sofia," is the word "Sofia").
words() {
	sed -e 's/<[^>]*>/ /g' -e 's/&lt;/</g' -e 's/&gt;/>/g' \
	    -e 's/&quot;/"/g' -e "s/&apos;/'/g" -e 's/&#39;/'"'"'/g' \
	    -e 's/&amp;/\&/g' "$1" | tr -s ' \t\r' '\n\n\n' | bare
}
bare() {
	sed -e 's/^[[:punct:]“”‘’]*//' -e 's/[[:punct:]“”‘’]*$//' |
	    grep -v '^$' | sort -u
}
# matrix.xml without its XML declaration and comments.
sed -e '1{/^<?xml/d}' source/matrix.xml >"$TMPDIR_TEST/m.xml"
words "$TMPDIR_TEST/m.xml" >"$TMPDIR_TEST/want"
[ "$(wc -l <"$TMPDIR_TEST/want")" -gt 1000 ] ||
	{ echo "too few words in source/matrix.xml"; rc=1; }
sed -n '/<sequence/,$p' "$out/layout/matrix.xml" >"$TMPDIR_TEST/l.xml"
words "$TMPDIR_TEST/l.xml" >"$TMPDIR_TEST/have"
missing=$(comm -23 "$TMPDIR_TEST/want" "$TMPDIR_TEST/have")
[ -z "$missing" ] || { echo "words missing from the matrix layout:"; \
	echo "$missing" | head -n 20; rc=1; }
sed -n '/<body>/,$p' "$out/matrix.html" >"$TMPDIR_TEST/h.html"
words "$TMPDIR_TEST/h.html" >"$TMPDIR_TEST/have"
missing=$(comm -23 "$TMPDIR_TEST/want" "$TMPDIR_TEST/have")
[ -z "$missing" ] || { echo "words missing from matrix.html:"; \
	echo "$missing" | head -n 20; rc=1; }
if [ -s "$out/matrix.pdf" ]; then
	pdftotext -enc UTF-8 "$out/matrix.pdf" "$TMPDIR_TEST/p.txt"
	# Words broken at a line end are joined and soft hyphens (U+00AD,
	# kept in the text layer) dropped.  pdftotext itself joins a word
	# broken at a hard hyphen without it: "Multi-faith" may read
	# "Multifaith", and is then found so.
	shy=$(printf '\302\255')
	sed -e ':a' -e "/$shy\$/{N;s/$shy\\n//;ba" -e '}' -e "s/$shy//g" \
	    "$TMPDIR_TEST/p.txt" | tr -s ' \t' '\n\n' | bare \
	    >"$TMPDIR_TEST/have"
	# A word broken at the foot of a cell's part on one page, or
	# of a column, continues elsewhere in pdftotext's reading
	# order: such a word is found as a fragment ending in a hyphen
	# plus the rest.
	tr -s ' \t' '\n\n' <"$TMPDIR_TEST/p.txt" |
	    sed -n -e "s/$shy\$//p" -e 's/\([[:alpha:]]\)-$/\1/p' |
	    sed 's/^[[:punct:]“”‘’]*//' | sort -u >"$TMPDIR_TEST/frags"
	missing=$(comm -23 "$TMPDIR_TEST/want" "$TMPDIR_TEST/have" |
	    while read -r w; do
		case $w in
		*-*)	grep -qxF -- "$(printf '%s' "$w" | tr -d -)" \
			    "$TMPDIR_TEST/have" && continue ;;
		esac
		found=
		while read -r f; do
			case $w in
			"$f"?*)	rest=${w#"$f"}
				rest=${rest#-}
				if grep -qxF -- "$rest" "$TMPDIR_TEST/have"; then
					found=1; break
				fi ;;
			esac
		done <"$TMPDIR_TEST/frags"
		[ -n "$found" ] || echo "$w"
	    done)
	[ -z "$missing" ] || { echo "words missing from matrix.pdf:"; \
		echo "$missing" | head -n 20; rc=1; }
	# A bookmark per meeting; the version, date and page X of Y in
	# the footer of every page.
	nm=$(grep -c '<meeting ' source/matrix.xml)
	nb=$(qpdf --json --json-key=outlines "$out/matrix.pdf" |
	    grep -c '"title": "CMM [0-9]*, ')
	[ "$nm" -eq "$nb" ] || { echo "$nb meeting bookmarks for $nm meetings"; rc=1; }
	np=$(pdfinfo "$out/matrix.pdf" | sed -n 's/^Pages: *//p')
	v=$(sed -n 's/.*<revision version="\([^"]*\)" date="\([^"]*\)".*/\1, \2/p' \
	    source/matrix.xml | tail -n 1)
	i=1
	while [ "$i" -le "$np" ]; do
		t=$(pdftotext -raw -f "$i" -l "$i" "$out/matrix.pdf" -)
		case $t in
		*"Matrix version $v"*"Page $i of $np"*) ;;
		*) echo "page $i: no footer 'Matrix version $v ... Page $i of $np'"; rc=1 ;;
		esac
		i=$((i + 1))
	done
fi
exit $rc
