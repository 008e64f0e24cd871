#!/bin/sh
# asemdoc brief resolves a host given as a code, a name or an alias, in
# any case; a host the sources never mention gets a complete pack that
# says so; an unnamed host of a region gets the next meeting's pack.
set -u
rc=0
o=$TMPDIR_TEST
brief() {
	name=$1; shift
	"$ASEMDOC" brief "$@" -o "$o/$name.pdf" --keep-layout "$o/$name.xml" \
	    2>"$o/$name.err"
	st=$?
	[ "$st" -eq 0 ] || { echo "brief $* exited $st"; cat "$o/$name.err"; rc=1; }
}
has() {
	grep -q -- "$2" "$o/$1.xml" || { echo "$1: lacks $2"; rc=1; }
}
lacks() {
	! grep -q -- "$2" "$o/$1.xml" || { echo "$1: has $2"; rc=1; }
}
brief vn-name --host "viet nam"
brief vn-code --host VN
cmp -s "$o/vn-name.xml" "$o/vn-code.xml" || { echo "viet nam and VN differ"; rc=1; }
has vn-name 'What the sources say about Viet Nam'
has vn-name 'Ha Long'
has vn-name 'halong-p5'
brief pl --host Polandia
has pl 'What the sources say about Poland'
has pl '<link to="cmm4">CMM 4, Poznan 2010</link>'
brief bd --host bd
has bd 'The sources do not mention Bangladesh'
has bd '<section id="annex">'
has bd '<section id="discrepancies">'
has bd '<section id="context">'
brief asia --host Asia
has asia 'the host is not yet named'
has asia 'Ninth ASEM Culture Ministers'
lacks asia 'What the sources say about'
exit $rc
