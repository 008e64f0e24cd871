#!/bin/sh
# A ninth meeting added to a copy of source/ shows up in every report
# with no change to code or stylesheets: its row, bookmark and words in
# the matrix (PDF layout and HTML), its column in the recommendations
# heat-map and its items under their theme, its event on the briefing
# timeline; and the briefing pack then prepares the tenth meeting.
set -u
src=$TMPDIR_TEST/source
out=$TMPDIR_TEST/out
cp -R source "$src"
meeting='  <meeting id="cmm9" n="9" start="2020-11-02" end="2020-11-03" src="1">
    <heading>ASEM CMM 9 Zorigtbaatar Heritage Futures Ulaanbaatar, Mongolia</heading>
    <title>Zorigtbaatar Heritage Futures</title>
    <place country="MN"><city>Ulaanbaatar</city><country>Mongolia</country></place>
    <dates>2-3 November 2020</dates>
    <themes><p id="cmm9-thm-1" src="1">Zorigtbaatar Heritage Futures</p></themes>
    <workshops><p id="cmm9-ws-1" src="1">Steppe museums workshop</p></workshops>
    <action-plan><ul><li id="cmm9-act-1" src="1" marker="•">Map nomadic heritage routes</li></ul></action-plan>
    <recommendations><ul><li id="cmm9-rec-1" src="1" marker="•">Protect khoomei singing heritage</li></ul></recommendations>
    <follow-up><ul><li id="cmm9-fup-1" src="1" marker="•">The 10th ASEM CMM in 2022 to be hosted by a European country</li></ul></follow-up>
  </meeting>'
# The meeting goes before </matrix>, its items into the heritage theme.
awk -v m="$meeting" '/^<\/matrix>/ { print m } { print }' source/matrix.xml \
    >"$src/matrix.xml"
awk '{ print } /<theme id="heritage">/ { h = 1 }
    h && /<description>/ { print "    <item ref=\"cmm9-act-1\"/>";
	print "    <item ref=\"cmm9-rec-1\"/>"; print "    <item ref=\"cmm9-fup-1\"/>"; h = 0 }' \
    source/themes.xml >"$src/themes.xml"
"$ASEMDOC" build --source "$src" -o "$out" 2>"$TMPDIR_TEST/err"
st=$?
cat "$TMPDIR_TEST/err"
[ "$st" -eq 0 ] || { echo "build exited $st"; exit 1; }
rc=0
has() {
	grep -q -- "$2" "$1" || { echo "$1 lacks $2"; rc=1; }
}
L=$out/layout
has "$L/matrix.xml" '<row id="cmm9" outline="CMM 9, Ulaanbaatar 2020">'
has "$L/matrix.xml" 'Steppe museums workshop'
has "$L/matrix.xml" 'Protect khoomei singing heritage'
has "$out/matrix.html" '<tr id="cmm9">'
has "$out/matrix.html" 'Map nomadic heritage routes'
has "$L/recommendations.xml" '<column label="9"/>'
has "$L/recommendations.xml" 'CMM 9, Ulaanbaatar 2020'
has "$L/recommendations.xml" '<link to="cmm9-rec-1">'
has "$L/recommendations.xml" '<row id="cmm9"'
for b in briefing-asia briefing-vn; do
	has "$L/$b.xml" 'label="9 Ulaanbaatar"'
	has "$L/$b.xml" 'Tenth ASEM Culture Ministers'
	has "$L/$b.xml" 'The 10th ASEM CMM in 2022'
	has "$L/$b.xml" '<row id="cmm9"'
done
# Viet Nam is in Asia like the ninth host: the pack says the
# alternation would be broken.
has "$L/briefing-vn.xml" 'alternation would be broken'
exit $rc
