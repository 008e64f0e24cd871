#!/bin/sh
# The matrix report is streamed meeting by meeting (xsl/STREAMING.md):
# its layout must be the document xsltproc writes from the whole tree
# with the same parameters, and its PDF must hold the text of a render
# of that layout.  Four sources: the real one (its meetings ascending,
# the table descending: the fragments are spooled), its meetings
# descending (read as the table asks), shuffled (spooled), and a ninth
# meeting appended at the end.
set -u
T=$TMPDIR_TEST
rc=0

# The parameters asemdoc passes: file URIs of the source directory and
# of its documents, sorted, and the report's name.
params() {
	docs=
	for f in "$1"/documents/*.xml; do
		[ -f "$f" ] || continue
		docs="$docs${docs:+ }file://$f"
	done
	printf '%s\n' "file://$1/" "$docs"
}

# Whitespace-only text dropped, then canonical XML.
canon() {
	xmllint --noblanks "$1" | xmllint --c14n - 
}

check() {
	name=$1
	src=$(cd "$T/$name" && pwd)
	out=$T/out-$name
	"$ASEMDOC" build --source "$src" --only matrix -o "$out" \
	    2>"$T/$name.err"
	st=$?
	cat "$T/$name.err"
	if [ "$st" -ne 0 ]; then
		echo "$name: build exited $st"; rc=1; return
	fi
	{ read -r dir; read -r docs; } <<EOF
$(params "$src")
EOF
	xsltproc --nonet --stringparam source-dir "$dir" \
	    --stringparam documents "$docs" --stringparam report matrix \
	    xsl/matrix.xsl "$src/matrix.xml" >"$T/$name.tree.xml" ||
	    { echo "$name: xsltproc failed"; rc=1; return; }
	canon "$out/layout/matrix.xml" >"$T/$name.stream.c14n"
	canon "$T/$name.tree.xml" >"$T/$name.tree.c14n"
	if ! cmp -s "$T/$name.stream.c14n" "$T/$name.tree.c14n"; then
		echo "$name: streamed layout differs from xsltproc's"
		diff "$T/$name.tree.c14n" "$T/$name.stream.c14n" | cut -c1-200 | head -8
		rc=1
	fi
	n=$(grep -c '<meeting ' "$src/matrix.xml")
	rows=$(grep -c '<row id=' "$out/layout/matrix.xml")
	[ "$rows" -eq "$n" ] ||
	    { echo "$name: $rows rows for $n meetings"; rc=1; }
	if grep -q 'urn:asemdoc:stream\|part-here\|s:part' \
	    "$out/layout/matrix.xml"; then
		echo "$name: the stream namespace is left in the layout"; rc=1
	fi
	"$ASEMDOC" render "$T/$name.tree.xml" -o "$T/$name.tree.pdf" ||
	    { echo "$name: render of xsltproc's layout failed"; rc=1; return; }
	pdftotext "$out/matrix.pdf" "$T/$name.stream.txt"
	pdftotext "$T/$name.tree.pdf" "$T/$name.tree.txt"
	if ! cmp -s "$T/$name.stream.txt" "$T/$name.tree.txt"; then
		echo "$name: PDF text differs from a render of xsltproc's layout"
		diff "$T/$name.tree.txt" "$T/$name.stream.txt" | head -20
		rc=1
	fi
	ls "$out/layout" | grep -v '^matrix\.xml$' &&
	    { echo "$name: a temporary file is left in layout/"; rc=1; }
}

cp -R source "$T/real"

# permute NAME ORDER: a copy of source/ with the meetings in ORDER.
permute() {
	cp -R source "$T/$1"
	awk -v order="$2" '/^  <meeting / { m++; inm = 1 }
	    inm { b[m] = b[m] $0 "\n"; if (/^  <\/meeting>/) inm = 0; next }
	    /^<\/matrix>/ { n = split(order, o, " ");
		for (i = 1; i <= n; i++) printf "%s", b[o[i]] }
	    { print }' source/matrix.xml >"$T/$1/matrix.xml"
	[ "$(grep -c '<meeting ' "$T/$1/matrix.xml")" -eq 8 ] ||
	    { echo "$1: meetings lost"; exit 1; }
	cmp -s source/matrix.xml "$T/$1/matrix.xml" &&
	    { echo "$1: matrix.xml not reordered"; exit 1; }
}
permute descending "8 7 6 5 4 3 2 1"
permute shuffled "3 1 4 8 5 2 7 6"

# A ninth meeting after the eighth, its items in the heritage theme.
cp -R source "$T/ninth"
meeting='  <meeting id="cmm9" n="9" start="2020-11-02" end="2020-11-03" src="1">
    <heading>ASEM CMM 9 Heritage Futures Ulaanbaatar, Mongolia</heading>
    <title>Heritage <i>Futures</i></title>
    <place country="MN"><city>Ulaanbaatar</city><country>Mongolia</country></place>
    <dates>2-3 November 2020</dates>
    <themes><p id="cmm9-thm-1" src="1">Heritage Futures</p></themes>
    <workshops><p id="cmm9-ws-1" src="1">Steppe museums workshop</p></workshops>
    <action-plan><ul><li id="cmm9-act-1" src="1" marker="•">Map nomadic heritage routes</li></ul></action-plan>
    <recommendations><ul><li id="cmm9-rec-1" src="1" marker="•">Protect khoomei singing heritage</li></ul></recommendations>
    <follow-up><ul><li id="cmm9-fup-1" src="1" marker="•">The 10th ASEM CMM in 2022</li></ul></follow-up>
  </meeting>'
awk -v m="$meeting" '/^<\/matrix>/ { print m } { print }' source/matrix.xml \
    >"$T/ninth/matrix.xml"
awk '{ print } /<theme id="heritage">/ { h = 1 }
    h && /<description>/ { print "    <item ref=\"cmm9-act-1\"/>";
	print "    <item ref=\"cmm9-rec-1\"/>"; print "    <item ref=\"cmm9-fup-1\"/>"; h = 0 }' \
    source/themes.xml >"$T/ninth/themes.xml"

for s in real descending shuffled ninth; do
	check "$s"
done
grep -q 'Protect khoomei singing heritage' "$T/out-ninth/layout/matrix.xml" ||
    { echo "ninth: the ninth meeting's row is missing"; rc=1; }
exit $rc
