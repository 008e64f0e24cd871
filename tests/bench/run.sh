#!/bin/sh
# The benchmark (make bench): this project's path from XML to PDF against
# Apache FOP (xsltproc + fop), WeasyPrint (xsltproc + weasyprint) and the
# floor (tests/bench/floor.c) on the printable matrix scaled n times.
# For each scale and program: the median wall time of RUNS runs, the
# median CPU time (user + system, all processes: less disturbed than wall
# time on a shared machine), the peak resident memory (/usr/bin/time %M,
# the largest process of the run) and the page count; then the whole
# `make` of every report for the real matrix.  Prints one table and
# writes it to out/bench/results.md.  Each run works in a directory of its
# own (out/bench/run.XXXXXX, renamed out/bench/last at the end), so runs
# started at the same time do not overwrite each other's files (they
# still disturb each other's times).
#   ASEMDOC   the asemdoc binary            FLOOR  the floor binary
#   SCALES    default "1 10 100 1000"       RUNS   runs per median (3)
#   PEER_MAX  largest scale for FOP and WeasyPrint (100)
#   PEER_RUNS runs for FOP and WeasyPrint at 100x and above (RUNS)
#   BIG_RUNS  runs for asemdoc and the floor at 1000x and above (RUNS)
#   BUILD     the build directory `make reports` is timed with
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 3
: "${ASEMDOC:?set ASEMDOC to the asemdoc binary}"
: "${FLOOR:?set FLOOR to the floor binary}"
SCALES=${SCALES:-1 10 100 1000}
RUNS=${RUNS:-3}
PEER_MAX=${PEER_MAX:-100}
PEER_RUNS=${PEER_RUNS:-$RUNS}
BIG_RUNS=${BIG_RUNS:-$RUNS}
BUILD=${BUILD:-build}
export ASEMDOC_DATADIR="${ASEMDOC_DATADIR:-$top}"
mkdir -p out/bench || exit 3
out=$(mktemp -d out/bench/run.XXXXXX) || exit 3
trap 'rm -rf "$out"' EXIT
trap 'exit 3' INT TERM
geom=$top/$out/geometry.xml
rows=$out/rows
: >"$rows"
log=$out/log
mkdir -p "$log"

for t in xsltproc fop weasyprint pdfinfo /usr/bin/time; do
	command -v "$t" >/dev/null 2>&1 ||
	    { echo "bench: $t missing (run: sh tools/deps.sh bench)" >&2; exit 3; }
done

xsltproc tests/bench/geometry.xsl xsl/matrix.xsl >"$geom" || exit 1

pages() {
	pdfinfo "$1" 2>/dev/null | sed -n 's/^Pages: *//p'
}

# measure NAME SCALE RUNS PDF COMMAND: runs COMMAND (sh) RUNS times and
# appends "scale name pages median min max rss_kb runs cpu_median" to
# $rows, or "scale name - - - - - 0 -" when it fails or writes no PDF.
measure() {
	name=$1 scale=$2 n=$3 pdf=$4 cmd=$5
	times="" cpus="" rss=0 i=0 ok=1
	while [ "$i" -lt "$n" ]; do
		i=$((i + 1))
		rm -f "$pdf"
		if ! /usr/bin/time -f "%e %M %U %S" -o "$log/$name-$scale.time" \
		    sh -c "$cmd" >"$log/$name-$scale.log" 2>&1 ||
		    [ ! -s "$pdf" ]; then
			echo "bench: $name at ${scale}x failed; see $log/$name-$scale.log" >&2
			tail -n 5 "$log/$name-$scale.log" | sed 's/^/    /' >&2
			ok=0
			break
		fi
		read -r run_t run_m run_u run_s <"$log/$name-$scale.time"
		run_c=$(echo "$run_u $run_s" | awk '{ printf "%.2f", $1 + $2 }')
		times="$times $run_t"
		cpus="$cpus $run_c"
		[ "$run_m" -gt "$rss" ] && rss=$run_m
		printf '  %-10s %5sx run %d: %6.2f s wall %6.2f s cpu %7d KB\n' \
		    "$name" "$scale" "$i" "$run_t" "$run_c" "$run_m" >&2
	done
	if [ "$ok" -eq 0 ]; then
		echo "$scale $name - - - - - 0 -" >>"$rows"
		return 1
	fi
	sorted=$(echo "$times" | tr ' ' '\n' | sed '/^$/d' | sort -n)
	med=$(echo "$sorted" | sed -n "$(( (n + 1) / 2 ))p")
	cpu=$(echo "$cpus" | tr ' ' '\n' | sed '/^$/d' | sort -n |
	    sed -n "$(( (n + 1) / 2 ))p")
	echo "$scale $name $(pages "$pdf") $med $(echo "$sorted" | head -n 1)" \
	    "$(echo "$sorted" | tail -n 1) $rss $n $cpu" >>"$rows"
}

for s in $SCALES; do
	d=$out/${s}x
	mkdir -p "$d/source" "$d/project"
	# The other sources are copies of the real ones (the program reads
	# only below the source directory); the matrix is scaled, and the
	# themes with it so that every item keeps its theme.
	cp -R source/* "$d/source/" || exit 3
	for f in matrix themes; do
		xsltproc --stringparam n "$s" tests/bench/scale.xsl \
		    "source/$f.xml" >"$d/source/$f.xml" || exit 1
	done
	m=$top/$d/source/matrix.xml
	echo "bench: ${s}x: $(grep -c '<meeting ' "$m") meetings" >&2
	n=$RUNS
	[ "$s" -ge 1000 ] && n=$BIG_RUNS
	measure project "$s" "$n" "$d/project/matrix.pdf" \
	    "'$ASEMDOC' build --source '$d/source' --only matrix -o '$d/project'"
	measure floor "$s" "$n" "$d/floor.pdf" \
	    "'$FLOOR' '$geom' fonts '$m' '$d/floor.pdf'"
	[ "$s" -gt "$PEER_MAX" ] && continue
	n=$RUNS
	[ "$s" -ge 100 ] && n=$PEER_RUNS
	measure fop "$s" "$n" "$d/fop.pdf" \
	    "xsltproc --stringparam geometry '$geom' tests/bench/matrix-fo.xsl '$m' >'$d/matrix.fo' && fop -c tests/bench/fop.xconf -fo '$d/matrix.fo' -pdf '$d/fop.pdf'"
	measure weasyprint "$s" "$n" "$d/weasyprint.pdf" \
	    "xsltproc --stringparam geometry '$geom' --stringparam fonts 'file://$top/fonts/' tests/bench/matrix-html.xsl '$m' >'$d/matrix.html' && weasyprint '$d/matrix.html' '$d/weasyprint.pdf'"
done

# The whole make for the real matrix: every report, from the sources;
# the program is brought up to date first so no compiling is timed.
make -s BUILD="$BUILD" "$BUILD/asemdoc" >/dev/null 2>&1
measure make 1 "$RUNS" "$out/make/matrix.pdf" \
    "make -s BUILD='$BUILD' OUT='$out/make' reports"

sh tests/bench/report.sh "$rows" >"$out/results.md" || exit 3
cp "$out/results.md" out/bench/results.md.tmp &&
    mv out/bench/results.md.tmp out/bench/results.md || exit 3
# Keep this run's inputs, PDFs and logs for inspection.
rm -rf out/bench/last
mv "$out" out/bench/last && trap - EXIT
cat out/bench/results.md
