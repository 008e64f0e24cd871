# Shell functions for the render tests (sourced by tests/e2e/render*.sh):
# checks made on a PDF with the poppler tools and qpdf.
# Each prints what is wrong and returns non-zero on failure.

# The words of text on standard input, one a line: soft hyphens and
# hyphens that end a line inside a word are removed, so "recom-" +
# "mendation" gives "recommendation".
pdfcheck_words() {
	sed 's/\xc2\xad$/-/; s/\xc2\xad//g' | awk '
	{
		line = $0
		sub(/[ \t]+$/, "", line)
		if (held != "") { line = held line; held = "" }
		if (line ~ /[A-Za-z]-$/) { held = substr(line, 1, length(line) - 1); next }
		print line
	}
	END { if (held != "") print held }' | tr -s ' \t' '\n\n' | sed '/^$/d'
}

# The text of the XML elements matched by an XPath, as words.
pdfcheck_xml_words() {
	xmllint --xpath "$2" "$1" | sed 's/<[^>]*>/ /g; s/&amp;/\&/g; s/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&apos;/'"'"'/g' |
	    pdfcheck_words
}

# Every font embedded, and each one a subset of a font in fonts/.
pdfcheck_fonts() {
	pdffonts "$1" >"$1.fonts" || { echo "pdffonts failed"; return 1; }
	tail -n +3 "$1.fonts" | awk '
	{
		n++
		if ($0 !~ / yes +yes +yes /) { print "not embedded as a subset: " $0; bad = 1 }
		if ($1 !~ /^[A-Z][A-Z][A-Z][A-Z][A-Z][A-Z]\+Noto(Serif|Sans|SansSymbols2)-(Regular|Bold|Italic|BoldItalic)$/) {
			print "font not from fonts/: " $1; bad = 1
		}
	}
	END { if (n == 0) { print "no fonts"; bad = 1 } exit bad }'
}

# pdfinfo field $2 of PDF $1 must equal $3.
pdfcheck_info() {
	got=$(pdfinfo "$1" | sed -n "s/^$2: *//p")
	[ "$got" = "$3" ] || { echo "pdfinfo $2: got '$got', expected '$3'"; return 1; }
}

# The TOC on page $2 of PDF $1: the page number printed on each entry must
# be the page its link jumps to.  Prints "printed<TAB>page" lines.  With
# $3 "roman", the document is one roman sequence: the labels printed are
# roman numerals, and the pages linked to are written so.
pdfcheck_toc() {
	q=$1.qdf
	qpdf --qdf --object-streams=disable "$1" "$q" || return 1
	qpdf --show-pages "$q" | sed -n 's/^page \([0-9]*\): \([0-9]*\) 0 R$/\2 \1/p' >"$q.pages"
	# Named destinations: name -> page object.
	awk '
	/^\/Dests|^  \/Dests/ { }
	/^  \/Names \[/ { names = 1; next }
	names && /^  \]/ { names = 0 }
	names && /^    \(/ { name = $0; sub(/^ *\(/, "", name); sub(/\)$/, "", name); want = 1; next }
	names && want && / 0 R$/ { print name, $1; want = 0 }
	' "$q" >"$q.dests"
	# Link annotations of the TOC page, in order: their destination names.
	pobj=$(awk -v p="$2" '$2 == p { print $1 }' "$q.pages")
	awk -v pobj="$pobj" '
	$0 == pobj " 0 obj" { inpage = 1 }
	inpage && /\/Annots \[/ { inannots = 1; next }
	inannots && /\]/ { inannots = 0; inpage = 0 }
	inannots { print $1 }
	' "$q" >"$q.annots"
	: >"$q.links"
	while read -r a; do
		awk -v a="$a" '
		$0 == a " 0 obj" { on = 1 }
		on && /\/Dest \(/ { d = $0; sub(/.*\/Dest \(/, "", d); sub(/\).*/, "", d); print d; exit }
		on && /^endobj/ { exit }
		' "$q" >>"$q.links"
	done <"$q.annots"
	uniq "$q.links" | while read -r d; do
		o=$(awk -v d="$d" '$1 == d { print $2 }' "$q.dests")
		awk -v o="$o" '$1 == o { print $2 }' "$q.pages"
	done | if [ "${3:-}" = roman ]; then pdfcheck_roman; else cat; fi \
	    >"$q.linkpages"
	# The labels printed at the end of the TOC lines.
	if [ "${3:-}" = roman ]; then
		label='[^ ]  *\([ivxlcdm][ivxlcdm]*\)'
	else
		label='[^0-9 ]  *\([0-9][0-9]*\)'
	fi
	pdftotext -f "$2" -l "$2" -layout "$1" - |
	    grep -v ' of [0-9][0-9]*$' |
	    sed -n "s/.*$label\$/\\1/p" >"$q.printed"
	if [ ! -s "$q.linkpages" ]; then
		echo "no TOC links on page $2"; return 1
	fi
	if ! diff "$q.printed" "$q.linkpages" >/dev/null; then
		echo "TOC page numbers (left) differ from link targets (right):"
		paste "$q.printed" "$q.linkpages"
		return 1
	fi
	paste "$q.printed" "$q.linkpages"
}

# Numbers on standard input, one a line, as lower-case roman numerals.
pdfcheck_roman() {
	awk '{
		n = $1; r = ""
		split("1000 900 500 400 100 90 50 40 10 9 5 4 1", v, " ")
		split("m cm d cd c xc l xl x ix v iv i", d, " ")
		for (i = 1; i <= 13; i++)
			while (n >= v[i]) { r = r d[i]; n -= v[i] }
		print r
	}'
}

# Render the layout document $1 to the PDF $2: a failure or any message
# (kept in $2.err) fails.
pdfcheck_render_quiet() {
	"$ASEMDOC" render "$1" -o "$2" 2>"$2.err" || { cat "$2.err"; return 1; }
	if [ -s "$2.err" ]; then
		echo "unexpected messages:"; cat "$2.err"; return 1
	fi
}
