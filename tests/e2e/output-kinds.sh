#!/bin/sh
# An output path that is a symbolic link, a named pipe or a directory is
# refused (exit 2) and left as it was: outputs are written to a temporary
# file renamed over the path, which would replace the link or the pipe
# (and, as root, a device such as /dev/null) instead of writing to it.
set -u
t=$TMPDIR_TEST
fail=0
echo "earlier output" >"$t/target.pdf"
ln -s target.pdf "$t/link.pdf"
mkfifo "$t/pipe.pdf"
mkdir "$t/dir.pdf"
for o in link.pdf pipe.pdf dir.pdf; do
	for cmd in "render tests/layout/small.xml" \
	    "import source/raw/matrix.txt" \
	    "diff source/matrix.xml source/matrix.xml" \
	    "brief --host vn"; do
		# shellcheck disable=SC2086
		"$ASEMDOC" $cmd -o "$t/$o" >/dev/null 2>"$t/err"
		rc=$?
		[ "$rc" -eq 2 ] || { echo "$cmd -o $o: exit $rc, not 2"; fail=1; }
		grep -q "the output $t/$o is .*, not a regular file" "$t/err" ||
		    { echo "$cmd -o $o:"; cat "$t/err"; fail=1; }
	done
done
[ -L "$t/link.pdf" ] || { echo "the link was replaced"; fail=1; }
[ -p "$t/pipe.pdf" ] || { echo "the pipe was replaced"; fail=1; }
[ -d "$t/dir.pdf" ] || { echo "the directory was replaced"; fail=1; }
[ "$(cat "$t/target.pdf")" = "earlier output" ] ||
    { echo "the link's target changed"; fail=1; }
exit $fail
