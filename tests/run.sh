#!/bin/sh
# Runs every end-to-end check against the built program and prints one
# line a test, then "N passed, N failed".  Set REGEN=1 to rewrite goldens.
#   tests/e2e/*.sh          a script each; exit 0 = pass
#   tests/bad/<case>.cmd    hostile input: see tests/bad/check.sh
#   tests/fuzz/corpus/*     replayed through the fuzz targets' replay builds
# Needs ASEMDOC (the binary) and ASEMDOC_DATADIR (the top of the tree).
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 3
: "${ASEMDOC:?set ASEMDOC to the asemdoc binary}"
: "${BUILD:=build}"
export ASEMDOC ASEMDOC_DATADIR="${ASEMDOC_DATADIR:-$top}" REGEN="${REGEN:-}"
TMPROOT=$(mktemp -d "${TMPDIR:-/tmp}/asemdoc-test.XXXXXX")
export TMPROOT
trap 'rm -rf "$TMPROOT"' EXIT INT TERM
pass=0
fail=0
failed=""

result() {
	if [ "$1" -eq 0 ]; then
		pass=$((pass + 1)); echo "ok   $2"
	else
		fail=$((fail + 1)); failed="$failed $2"; echo "FAIL $2"
	fi
}

for t in tests/e2e/*.sh; do
	[ -f "$t" ] || continue
	log="$TMPROOT/$(basename "$t").log"
	TMPDIR_TEST=$(mktemp -d "$TMPROOT/t.XXXXXX") sh "$t" >"$log" 2>&1
	rc=$?
	[ "$rc" -ne 0 ] && sed 's/^/    /' "$log" | tail -n 40
	result "$rc" "$t"
done

for c in tests/bad/*.cmd; do
	[ -f "$c" ] || continue
	log="$TMPROOT/$(basename "$c").log"
	sh tests/bad/check.sh "$c" >"$log" 2>&1
	rc=$?
	[ "$rc" -ne 0 ] && sed 's/^/    /' "$log" | tail -n 20
	result "$rc" "$c"
done

for r in "$BUILD"/tests/fuzz_*_replay; do
	[ -x "$r" ] || continue
	name=$(basename "$r" _replay)
	name=${name#fuzz_}
	dir=tests/fuzz/corpus/$name
	[ -d "$dir" ] || continue
	timeout 120 "$r" "$dir"/* >"$TMPROOT/replay-$name.log" 2>&1
	rc=$?
	[ "$rc" -ne 0 ] && tail -n 20 "$TMPROOT/replay-$name.log"
	result "$rc" "fuzz corpus $name"
done

[ -n "$failed" ] && echo "failed:$failed"
echo "e2e: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
