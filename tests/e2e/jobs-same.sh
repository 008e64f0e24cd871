#!/bin/sh
# build -j N gives the same files, byte for byte, as build -j 1 (one
# process, one report after the other), with N = 2, 3 and 8; and the
# same (empty) standard error and exit status.
set -u
t=$TMPDIR_TEST
export SOURCE_DATE_EPOCH=1700000000
rc=0
"$ASEMDOC" build -j 1 -o "$t/j1" 2>"$t/j1.err"
st=$?
[ "$st" -eq 0 ] || { echo "-j 1 exited $st"; cat "$t/j1.err"; exit 1; }
files=$(cd "$t/j1" && find . -type f | sort)
[ "$(echo "$files" | grep -c '\.pdf$')" -ge 4 ] ||
	{ echo "-j 1 wrote too few PDFs: $files"; exit 1; }
for j in 2 3 8; do
	"$ASEMDOC" build -j "$j" -o "$t/j$j" 2>"$t/j$j.err"
	st=$?
	[ "$st" -eq 0 ] || { echo "-j $j exited $st"; rc=1; }
	cmp -s "$t/j1.err" "$t/j$j.err" ||
		{ echo "-j $j: standard error differs"; cat "$t/j$j.err"; rc=1; }
	got=$(cd "$t/j$j" && find . -type f | sort)
	[ "$got" = "$files" ] ||
		{ echo "-j $j wrote other files: $got"; rc=1; }
	for f in $files; do
		cmp -s "$t/j1/$f" "$t/j$j/$f" ||
			{ echo "-j $j: $f differs from -j 1"; rc=1; }
	done
	# A second run over the first: the costs of the earlier layouts
	# change the order the reports start in, never the bytes.
	"$ASEMDOC" build -j "$j" -o "$t/j$j" 2>/dev/null ||
		{ echo "-j $j: second run failed"; rc=1; }
	for f in $files; do
		cmp -s "$t/j1/$f" "$t/j$j/$f" ||
			{ echo "-j $j, second run: $f differs"; rc=1; }
	done
done
# -j4 (make's spelling) is -j 4.
"$ASEMDOC" build -j4 -o "$t/j4" 2>"$t/j4.err" ||
	{ echo "-j4 failed"; cat "$t/j4.err"; rc=1; }
cmp -s "$t/j1/matrix.pdf" "$t/j4/matrix.pdf" ||
	{ echo "-j4: matrix.pdf differs"; rc=1; }
exit $rc
