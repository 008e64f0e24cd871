#!/bin/sh
# Every RELAX NG schema in source/schema/ is written in compact syntax
# (.rnc) for people and kept in XML syntax (.rng) for libxml2: each .rng
# must be exactly what trang makes of its .rnc.  The country codes the
# schemas accept (country-codes.rnc) must be those of countries.xml.
set -u
dir=${TMPDIR_TEST:-$(mktemp -d)}
schema=source/schema
rc=0
if ! command -v trang >/dev/null 2>&1; then
	echo "trang is not installed (apt-get install trang)"
	exit 1
fi
n=0
for rnc in "$schema"/*.rnc; do
	[ -f "$rnc" ] || continue
	n=$((n + 1))
	name=$(basename "$rnc" .rnc)
	mkdir -p "$dir/$name"
	if ! trang "$rnc" "$dir/$name/$name.rng"; then
		echo "$rnc: trang cannot convert it"; rc=1; continue
	fi
	if [ ! -f "$schema/$name.rng" ]; then
		echo "$schema/$name.rng: missing; run: trang $rnc $schema/$name.rng"
		rc=1
	elif ! cmp -s "$dir/$name/$name.rng" "$schema/$name.rng"; then
		diff -u "$schema/$name.rng" "$dir/$name/$name.rng" | head -n 20
		echo "$schema/$name.rng: not what trang makes of $rnc; run: trang $rnc $schema/$name.rng"
		rc=1
	fi
done
# An .rng without its .rnc would drift unseen.
for rng in "$schema"/*.rng; do
	[ -f "$rng" ] || continue
	[ -f "${rng%.rng}.rnc" ] || { echo "$rng: no ${rng%.rng}.rnc"; rc=1; }
done
[ "$n" -gt 0 ] || { echo "no .rnc in $schema"; rc=1; }

# The codes listed in country-codes.rnc are the codes of countries.xml.
grep -o '"[A-Z][A-Z]"' "$schema/country-codes.rnc" | tr -d '"' | sort \
    >"$dir/codes.schema"
grep -o 'code="[A-Z][A-Z]"' source/reference/countries.xml |
    sed 's/code="\(..\)"/\1/' | sort >"$dir/codes.countries"
if [ ! -s "$dir/codes.countries" ]; then
	echo "no codes found in source/reference/countries.xml"; rc=1
elif ! diff -u "$dir/codes.countries" "$dir/codes.schema"; then
	echo "$schema/country-codes.rnc: codes differ from source/reference/countries.xml (- countries.xml, + schema)"
	rc=1
fi
echo "$n schemas checked"
exit $rc
