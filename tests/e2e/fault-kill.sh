#!/bin/sh
# A build killed with SIGKILL at several points leaves every report either
# as it was before or complete: each final name holds the earlier bytes or
# exactly what an uninterrupted build writes, never a part.  Temporary
# files may stay behind, but only under names starting with a dot.
set -u
t=$TMPDIR_TEST
rc=0
export SOURCE_DATE_EPOCH=1700000000

start=$(date +%s%N)
"$ASEMDOC" build -o "$t/ref" >/dev/null 2>"$t/ref.err" ||
	{ echo "the reference build failed:"; cat "$t/ref.err"; exit 1; }
ms=$(( ($(date +%s%N) - start) / 1000000 ))
files=$(cd "$t/ref" && find . -type f | sort)
echo "reference build: ${ms} ms, $(echo "$files" | wc -l) files"

for pct in 5 15 30 45 60 75 90; do
	out=$t/out-$pct
	for f in $files; do
		mkdir -p "$(dirname "$out/$f")"
		echo "earlier output" >"$out/$f"
	done
	"$ASEMDOC" build -o "$out" >/dev/null 2>&1 &
	pid=$!
	sleep "$(awk -v m="$ms" -v p="$pct" 'BEGIN { printf "%.3f", m * p / 100000 }')"
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	kept=0 done=0
	for f in $files; do
		if [ "$(cat "$out/$f")" = "earlier output" ]; then
			kept=$((kept + 1))
		elif cmp -s "$out/$f" "$t/ref/$f"; then
			done=$((done + 1))
		else
			echo "killed at $pct%: $f is neither the earlier nor a complete file"
			rc=1
		fi
	done
	extra=$(cd "$out" && find . -type f | sort | while read -r f; do
		echo "$files" | grep -qx "$f" || echo "$f"; done)
	for f in $extra; do
		case $(basename "$f") in
		.*) ;;
		*) echo "killed at $pct%: unexpected file $f"; rc=1 ;;
		esac
	done
	echo "killed at $pct%: $kept kept, $done complete," \
	    "$(echo "$extra" | grep -c .) temporary"
done

# A later run over the debris completes and matches the reference.
"$ASEMDOC" build -o "$t/out-45" >/dev/null 2>"$t/err" ||
	{ echo "rebuild after a kill failed:"; cat "$t/err"; rc=1; }
for f in $files; do
	cmp -s "$t/out-45/$f" "$t/ref/$f" ||
	    { echo "rebuild after a kill: $f differs"; rc=1; }
done
exit $rc
