#!/bin/sh
# The versioned archive end to end: version 1 (the sources as they are)
# and version 2 (a ninth meeting added, one recommendation edited) are
# archived; MANIFEST agrees with sha256sum; the index lists both; the
# same content again is a no-op; other content under an archived version
# is refused naming the files; verify passes on both and fails naming the
# one PDF whose byte was changed; every page of every PDF shows the
# version and date, and the PDF dates are the revision's; diff between
# the two snapshots lists exactly the meeting and the edited words.
set -u
T=$TMPDIR_TEST
A=$T/archive
fail() { echo "FAIL: $*"; [ -f "$T/err" ] && tail -n 20 "$T/err"; exit 1; }

# A data directory of our own (fonts, stylesheets, schemas): the test
# edits a stylesheet at the end, and nothing else may change them while
# it runs.
D=$T/data
mkdir -p "$D/source"
cp -R "$ASEMDOC_DATADIR/fonts" "$ASEMDOC_DATADIR/xsl" "$D/"
cp -R "$ASEMDOC_DATADIR/source/schema" "$D/source/"
ASEMDOC_DATADIR=$D
export ASEMDOC_DATADIR

# Version 2 of the sources.
cp -R source "$T/v1"
cp -R source "$T/v2"
meeting='  <meeting id="cmm9" n="9" start="2020-11-02" end="2020-11-03" src="1">
    <heading>ASEM CMM 9 Heritage Futures Ulaanbaatar, Mongolia</heading>
    <title>Heritage Futures</title>
    <place country="MN"><city>Ulaanbaatar</city><country>Mongolia</country></place>
    <dates>2-3 November 2020</dates>
    <themes><p id="cmm9-thm-1" src="1">Heritage Futures</p></themes>
    <workshops><p id="cmm9-ws-1" src="1">Steppe museums workshop</p></workshops>
    <action-plan><ul><li id="cmm9-act-1" src="1" marker="•">Map nomadic heritage routes</li></ul></action-plan>
    <recommendations><ul><li id="cmm9-rec-1" src="1" marker="•">Protect khoomei singing heritage</li></ul></recommendations>
    <follow-up><ul><li id="cmm9-fup-1" src="1" marker="•">The 10th ASEM CMM in 2022 to be hosted by a European country</li></ul></follow-up>
  </meeting>'
revision='    <revision version="2" date="2020-06-01" country="MN">
      <body>Ministry of Culture, Mongolia</body>
      <summary>Ninth meeting added; one recommendation of the eighth corrected</summary>
    </revision>'
awk -v m="$meeting" -v r="$revision" '
    /^<\/matrix>/ { print m }
    { print }
    /<\/revision>/ && !done { print r; done = 1 }' source/matrix.xml |
sed 's|>Support to international networks of cultural policy|>Support to regional and international networks of cultural policy|' \
    >"$T/v2/matrix.xml"
grep -q 'Support to regional and international' "$T/v2/matrix.xml" ||
    fail "the recommendation to edit was not found in source/matrix.xml"
awk '{ print } /<theme id="heritage">/ { h = 1 }
    h && /<description>/ { print "    <item ref=\"cmm9-act-1\"/>";
	print "    <item ref=\"cmm9-rec-1\"/>"; print "    <item ref=\"cmm9-fup-1\"/>"; h = 0 }' \
    source/themes.xml >"$T/v2/themes.xml"
v1=$(sed -n 's/.*<revision version="\([^"]*\)" date="\([^"]*\)".*/\1 \2/p' source/matrix.xml | sort -k2 | tail -n 1)
d1=${v1#* }
v1=${v1% *}
[ "$v1" != 2 ] || fail "the sources are already at version 2"

# Archive both.
"$ASEMDOC" archive --source "$T/v1" --dir "$A" 2>"$T/err" || fail "archive v1: exit $?"
"$ASEMDOC" archive --source "$T/v2" --dir "$A" 2>"$T/err" || fail "archive v2: exit $?"
for v in "$v1" 2; do
	for f in MANIFEST fonts/MANIFEST source/matrix.xml source/themes.xml \
	    xsl/reports.xml xsl/matrix.xsl \
	    reports/matrix.pdf reports/recommendations.pdf reports/matrix.html; do
		[ -s "$A/$v/$f" ] || fail "$A/$v/$f missing"
	done
	# MANIFEST: header, then every other file with the SHA-256 and size
	# that sha256sum and wc find.
	sed -n 2p "$A/$v/MANIFEST" | grep -qx "version: $v" || fail "$v/MANIFEST version"
	sed -n 4p "$A/$v/MANIFEST" | grep -q '^program: asemdoc [0-9]' || fail "$v/MANIFEST program"
	(cd "$A/$v" && sed -n '6,$p' MANIFEST | awk '{ print $1 "  " substr($0, index(substr($0, 66), " ") + 66) }' |
	    sha256sum -c --quiet) || fail "$v/MANIFEST disagrees with sha256sum"
	n=$(cd "$A/$v" && find . -type f ! -path ./MANIFEST | wc -l)
	sed -n 5p "$A/$v/MANIFEST" | grep -qx "files: $n" || fail "$v/MANIFEST lists not $n files"
	sz=$(wc -c <"$A/$v/reports/matrix.pdf" | tr -d ' ')
	grep -q " $sz reports/matrix.pdf\$" "$A/$v/MANIFEST" || fail "$v/MANIFEST size of matrix.pdf"
done
grep -qx "date: $d1" "$A/$v1/MANIFEST" || fail "$v1/MANIFEST date is not $d1"
grep -qx "date: 2020-06-01" "$A/2/MANIFEST" || fail "2/MANIFEST date"
ls -a "$A" | grep -q '^\.tmp' && fail "a temporary directory was left in $A"

# The index lists both versions, newest first.
grep -q "Version 2, 1 June 2020" "$A/index.html" || fail "index.html lacks version 2"
grep -q "Version $v1," "$A/index.html" || fail "index.html lacks version $v1"
grep -q 'href="2/reports/matrix.pdf"' "$A/index.html" || fail "index.html: no link to 2/reports/matrix.pdf"
pdftotext "$A/index.pdf" "$T/index.txt" || fail "index.pdf unreadable"
grep -q "Version 2, 1 June 2020" "$T/index.txt" || fail "index.pdf lacks version 2"
grep -q "Version $v1," "$T/index.txt" || fail "index.pdf lacks version $v1"
pdfinfo "$A/index.pdf" | grep -q "^Subject:.*the latest is version 2 of 1 June 2020" ||
    fail "index.pdf: the latest version is not in its metadata"
[ "$(grep "^Version " "$T/index.txt" | head -n 1 | grep -c "^Version 2,")" = 1 ] ||
    fail "index.pdf: version 2 is not listed first"

# The same content again: a no-op with a note.
before=$(cat "$A/$v1/MANIFEST" | cksum)
"$ASEMDOC" archive --source "$T/v1" --dir "$A" 2>"$T/err" || fail "same content again: exit $?"
grep -q "note: version $v1 is already archived with the same content" "$T/err" ||
    fail "same content again: no note"
[ "$(cat "$A/$v1/MANIFEST" | cksum)" = "$before" ] || fail "same content again rewrote MANIFEST"

# Other content under version 1: refused, naming the files, nothing changed.
cp -R "$T/v1" "$T/v1b"
sed 's|>Support to international networks of cultural policy|>Support for international networks of cultural policy|' \
    "$T/v1/matrix.xml" >"$T/v1b/matrix.xml"
"$ASEMDOC" archive --source "$T/v1b" --dir "$A" 2>"$T/err"
st=$?
[ "$st" -eq 1 ] || fail "other content under version $v1: exit $st, expected 1"
grep -q "$A/$v1: error: version $v1 is already archived with other content: refused" "$T/err" ||
    fail "refusal: no summary"
for f in source/matrix.xml reports/matrix.pdf reports/recommendations.pdf; do
	grep -q "^$A/$v1/$f: error: differs from the archived version" "$T/err" ||
	    fail "refusal does not name $f"
done
grep "error: differs" "$T/err" | grep -q "source/themes.xml" && fail "refusal names an unchanged file"
[ "$(cat "$A/$v1/MANIFEST" | cksum)" = "$before" ] || fail "refusal changed MANIFEST"
ls -a "$A" | grep -q '^\.tmp' && fail "the refused build was left in $A"

# Verify both; then one changed byte in an archived PDF.
for v in "$v1" 2; do
	"$ASEMDOC" verify "$A/$v" 2>"$T/err" || fail "verify $v: exit $?"
	grep -q "note: version $v verified" "$T/err" || fail "verify $v: no note"
done
pdf=$A/2/reports/matrix.pdf
cp "$pdf" "$T/saved.pdf"
printf 'X' | dd of="$pdf" bs=1 seek=3000 conv=notrunc 2>/dev/null
cmp -s "$pdf" "$T/saved.pdf" && fail "the byte was not changed"
"$ASEMDOC" verify "$A/2" 2>"$T/err"
st=$?
[ "$st" -eq 1 ] || fail "verify after a changed byte: exit $st, expected 1"
grep -q "^$pdf: error: rebuilt report differs from the archived file" "$T/err" ||
    fail "verify does not name $pdf"
grep ': error: ' "$T/err" | grep -v "^$pdf: " && fail "verify names other files"
cp "$T/saved.pdf" "$pdf"
"$ASEMDOC" verify "$A/2" 2>"$T/err" || fail "verify after restoring the byte: exit $?"

# Every page shows version and date; the PDF dates are the revision's.
for f in "$A"/2/reports/*.pdf; do
	pages=$(pdfinfo "$f" | awk '/^Pages:/ { print $2 }')
	with=$(pdftotext "$f" - | awk 'BEGIN { RS = "\f" } /[Vv]ersion 2, 2020-06-01/ { n++ } END { print n + 0 }')
	[ "$pages" -gt 0 ] && [ "$with" -eq "$pages" ] ||
	    fail "$f: $with of $pages pages show version 2 and its date"
	pdfinfo -isodates "$f" | grep -q '^CreationDate: *2020-06-01T00:00:00' ||
	    fail "$f: creation date is not the revision's"
done

# A stylesheet changed since: verify rebuilds with the copy archived
# with the version, so it still passes, and names the stylesheet.
sed 's|Matrix of Evaluation and Decisions|Matrix of Evaluations and Decisions|' \
    "$D/xsl/matrix.xsl" >"$T/matrix.xsl"
cmp -s "$T/matrix.xsl" "$D/xsl/matrix.xsl" && fail "the title to change is not in xsl/matrix.xsl"
cp "$T/matrix.xsl" "$D/xsl/matrix.xsl"
"$ASEMDOC" verify "$A/2" 2>"$T/err"
st=$?
[ "$st" -eq 0 ] || fail "verify after a stylesheet changed: exit $st, expected 0"
grep -q "^$A/2/xsl/matrix.xsl: note: changed since this version was built" "$T/err" ||
    fail "verify after a stylesheet changed: matrix.xsl not named"
grep -q "error" "$T/err" && fail "verify after a stylesheet changed: an error"

# diff: exactly the added meeting and the edited words.
"$ASEMDOC" diff "$A/$v1/source/matrix.xml" "$A/2/source/matrix.xml" \
    -o "$T/changes.pdf" >"$T/diff.txt" 2>"$T/err"
st=$?
[ "$st" -eq 1 ] || fail "diff: exit $st, expected 1"
sed '1,2d' "$T/diff.txt" >"$T/diff.body"
cat >"$T/diff.want" <<'EOF'
edited item cmm8-rec-2 (meeting 8, recommendations): Support to {+regional and+} international networks of cultural policy professionals for enhanced dialogue in the area of cultural policy support
added meeting cmm9 (meeting 9, 5 items): ASEM CMM 9 Heritage Futures Ulaanbaatar, Mongolia
2 changes: 1 meeting added, 1 item edited
EOF
diff -u "$T/diff.want" "$T/diff.body" || fail "diff lists other changes"
head -n 2 "$T/diff.txt" | sed -n 2p | grep -q "(version 2, 2020-06-01)" || fail "diff header"
pdftotext "$T/changes.pdf" "$T/changes.txt" || fail "changes.pdf unreadable"
for w in cmm9 cmm8-rec-2 '{+regional and+}' 'Ulaanbaatar'; do
	grep -qF -- "$w" "$T/changes.txt" || fail "changes.pdf lacks $w"
done
exit 0
