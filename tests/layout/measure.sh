#!/bin/sh
# Time and peak memory of `asemdoc render` for the 40-page table fixture
# and a generated 400-page one (not committed: 1.5 MB).  Prints one line
# each: pages, wall seconds, CPU seconds, peak resident KB.
#   ASEMDOC   the asemdoc binary (default build/asemdoc)
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 3
ASEMDOC=${ASEMDOC:-build/asemdoc}
export ASEMDOC_DATADIR="${ASEMDOC_DATADIR:-$top}"
t=$(mktemp -d "${TMPDIR:-/tmp}/asemdoc-measure.XXXXXX") || exit 3
trap 'rm -rf "$t"' EXIT INT TERM
sh tests/layout/gen-table.sh 4870 >"$t/table400.xml" || exit 1
for f in tests/layout/table40.xml "$t/table400.xml"; do
	/usr/bin/time -v "$ASEMDOC" render "$f" -o "$t/out.pdf" 2>"$t/time" ||
	    { cat "$t/time"; exit 1; }
	pages=$(pdfinfo "$t/out.pdf" | sed -n 's/^Pages: *//p')
	awk -v f="$(basename "$f")" -v p="$pages" '
	/Elapsed \(wall clock\)/ { n = split($NF, a, ":"); w = a[n] + (n > 1 ? a[n-1] * 60 : 0) }
	/User time/ { u = $NF } /System time/ { s = $NF }
	/Maximum resident set size/ { m = $NF }
	END { printf "%-16s %4d pages %7.2f s wall %6.2f s cpu %7d KB peak\n", f, p, w, u + s, m }' "$t/time"
done
