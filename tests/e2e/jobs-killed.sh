#!/bin/sh
# A report worker killed with SIGKILL is an error that names its report
# (exit status 1), the other reports are still written; and killing the
# build takes its workers along.
set -u
t=$TMPDIR_TEST
rc=0
# children PID: the processes whose parent is PID.
children() {
	cat "/proc/$1/task/$1/children" 2>/dev/null
}
# first_child PID: waits up to 10 s for a child of PID and prints it.
first_child() {
	i=0
	while [ "$i" -lt 1000 ]; do
		c=$(children "$1")
		[ -n "$c" ] && { echo "${c%% *}"; return 0; }
		kill -0 "$1" 2>/dev/null || return 1
		sleep 0.01
		i=$((i + 1))
	done
	return 1
}
[ -r /proc/self/task/$$/children ] ||
	{ echo "no /proc/PID/task/PID/children: skipped"; exit 0; }

"$ASEMDOC" build -j 2 -o "$t/out" 2>"$t/err" &
pid=$!
w=$(first_child "$pid") || { echo "no worker seen"; wait "$pid"; exit 1; }
kill -9 "$w"
wait "$pid"
st=$?
cat "$t/err"
[ "$st" -eq 1 ] || { echo "exit status $st, expected 1"; rc=1; }
grep -q "^asemdoc: error: report [a-z-]*: worker killed by signal 9" \
    "$t/err" || { echo "no message naming the killed report"; rc=1; }
[ "$(grep -c "worker killed" "$t/err")" -eq 1 ] ||
	{ echo "expected exactly one killed worker"; rc=1; }
n=$(ls "$t/out"/*.pdf "$t/out"/*.html 2>/dev/null | wc -l)
[ "$n" -ge 3 ] || { echo "only $n reports written besides the killed one"; rc=1; }

# Killing the build kills its workers: none is left after the parent.
"$ASEMDOC" build -j 2 -o "$t/out2" 2>/dev/null &
pid=$!
w=$(first_child "$pid") || { echo "no worker seen"; wait "$pid"; exit 1; }
kill -9 "$pid"
wait "$pid" 2>/dev/null
i=0
while kill -0 "$w" 2>/dev/null && [ "$i" -lt 200 ]; do
	sleep 0.01
	i=$((i + 1))
done
kill -0 "$w" 2>/dev/null &&
	{ echo "worker $w outlived the killed build"; kill -9 "$w"; rc=1; }
exit $rc
