#!/bin/sh
# One hostile-input case: tests/bad/<case>.cmd holds the asemdoc arguments
# (one line; @OUT@ stands for a scratch output directory, @BAD@ for
# tests/bad).  <case>.err is the expected standard error, byte for byte,
# and <case>.status the expected exit status.  Every file already in the
# output directory (a sentinel is put there first, and <case>.keep may name
# the output file, which is pre-filled) must be unchanged afterwards.
set -u
cmd=$1
base=${cmd%.cmd}
out=$(mktemp -d "${TMPROOT:-/tmp}/bad.XXXXXX")
echo "earlier output" >"$out/sentinel"
if [ -f "$base.keep" ]; then
	while read -r f; do
		[ -n "$f" ] && echo "earlier output" >"$out/$f"
	done <"$base.keep"
fi
before=$(cd "$out" && ls -A | sort && cat -- * 2>/dev/null | cksum)
args=$(sed -e "s|@OUT@|$out|g" -e "s|@BAD@|tests/bad|g" "$cmd")
# shellcheck disable=SC2086
timeout 10 "$ASEMDOC" $args >"$out.stdout" 2>"$out.stderr"
status=$?
sed -i "s|$out|@OUT@|g" "$out.stderr"
after=$(cd "$out" && ls -A | sort && cat -- * 2>/dev/null | cksum)
rc=0
if [ -n "${REGEN:-}" ]; then
	cp "$out.stderr" "$base.err"
	echo "$status" >"$base.status"
fi
want=$(cat "$base.status" 2>/dev/null || echo missing)
if [ "$status" != "$want" ]; then
	echo "exit status $status, expected $want"; rc=1
fi
if ! diff -u "$base.err" "$out.stderr"; then
	echo "standard error differs from $base.err"; rc=1
fi
if [ "$before" != "$after" ]; then
	echo "the output directory changed"; rc=1
fi
if [ "$status" -eq 0 ]; then
	echo "a hostile input was accepted"; rc=1
fi
exit $rc
