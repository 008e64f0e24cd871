#!/bin/sh
# Two builds of the same version at different times give the same bytes:
# every report built now and under a clock faked to 2031, without
# SOURCE_DATE_EPOCH (the PDF dates are the revision's) and with it (the
# dates are its); the changes report of asemdoc diff likewise.
set -u
T=$TMPDIR_TEST
fail() { echo "FAIL: $*"; [ -f "$T/err" ] && tail -n 20 "$T/err"; exit 1; }
command -v faketime >/dev/null || fail "faketime is not installed"
# libfaketime is preloaded; a sanitizer runtime must then not insist on
# coming first.
ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0
export ASAN_OPTIONS
late() { faketime '2031-01-01 00:00:00' "$@"; }
[ "$(late date +%Y)" = 2031 ] || fail "faketime does not fake the clock"
# A data directory of our own, so that nothing changes the stylesheets
# between the two builds.
D=$T/data
mkdir -p "$D/source"
cp -R "$ASEMDOC_DATADIR/fonts" "$ASEMDOC_DATADIR/xsl" "$D/"
cp -R "$ASEMDOC_DATADIR/source/schema" "$D/source/"
ASEMDOC_DATADIR=$D
export ASEMDOC_DATADIR
cp -R source "$T/source"

rev=$(sed -n 's/.*<revision version="[^"]*" date="\([^"]*\)".*/\1/p' "$T/source/matrix.xml" | sort | tail -n 1)

unset SOURCE_DATE_EPOCH
"$ASEMDOC" build --source "$T/source" -o "$T/now" 2>"$T/err" || fail "build: exit $?"
late "$ASEMDOC" build --source "$T/source" -o "$T/later" 2>"$T/err" || fail "build under faketime: exit $?"
n=0
for f in "$T"/now/*.pdf "$T"/now/*.html; do
	[ -f "$f" ] || continue
	b=$(basename "$f")
	if ! cmp "$f" "$T/later/$b"; then
		l=layout/${b%.pdf}.xml
		[ -f "$T/now/$l" ] && ! cmp -s "$T/now/$l" "$T/later/$l" &&
		    echo "(its layout document differs too: the difference arises before the renderer)"
		fail "$b differs between the two builds"
	fi
	n=$((n + 1))
done
[ "$n" -ge 4 ] || fail "only $n reports built"
pdfinfo -isodates "$T/now/matrix.pdf" | grep -q "^CreationDate: *${rev}T00:00:00" ||
    fail "matrix.pdf is not dated $rev (the latest revision)"

# With SOURCE_DATE_EPOCH (2020-09-13T12:26:40Z), one report.
SOURCE_DATE_EPOCH=1600000000 "$ASEMDOC" build --source "$T/source" --only matrix -o "$T/sde1" \
    2>"$T/err" || fail "build with SOURCE_DATE_EPOCH: exit $?"
SOURCE_DATE_EPOCH=1600000000 late "$ASEMDOC" build --source "$T/source" --only matrix \
    -o "$T/sde2" 2>"$T/err" || fail "build with SOURCE_DATE_EPOCH under faketime: exit $?"
cmp "$T/sde1/matrix.pdf" "$T/sde2/matrix.pdf" ||
    fail "matrix.pdf differs between two builds with SOURCE_DATE_EPOCH"
pdfinfo -isodates "$T/sde1/matrix.pdf" | grep -q '^CreationDate: *2020-09-13T12:26:40' ||
    fail "matrix.pdf ignores SOURCE_DATE_EPOCH"

# The changes report.
g=tests/golden
"$ASEMDOC" diff -o "$T/c1.pdf" $g/diff-old.xml $g/diff-new.xml >/dev/null 2>"$T/err"
[ $? -eq 1 ] || fail "diff: expected exit 1"
late "$ASEMDOC" diff -o "$T/c2.pdf" $g/diff-old.xml $g/diff-new.xml >/dev/null 2>"$T/err"
[ $? -eq 1 ] || fail "diff under faketime: expected exit 1"
cmp "$T/c1.pdf" "$T/c2.pdf" || fail "changes.pdf differs between two runs"
pdfinfo -isodates "$T/c1.pdf" | grep -q '^CreationDate: *2020-02-01T00:00:00' ||
    fail "changes.pdf is not dated by the new version's revision"
exit 0
