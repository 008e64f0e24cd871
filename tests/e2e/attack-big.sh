#!/bin/sh
# Pathological XML made at test time: 100,000 nested elements, a 10 MB
# attribute, a 10 MB text node in one element and a billion-laughs
# document.  Each is refused with FILE:LINE: error: by the source parser
# (validate), the layout renderer (render) and the matrix diff, within a
# second of CPU time and modest memory, and the earlier output survives.
set -u
t=$TMPDIR_TEST
rc=0
gen() {
	awk -v n="$2" -v kind="$1" 'BEGIN {
		printf "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		if (kind == "deep") {
			printf "<matrix>\n"
			for (i = 0; i < n; i++) printf "<a>"
			for (i = 0; i < n; i++) printf "</a>"
			printf "\n</matrix>\n"
		} else if (kind == "attr") {
			printf "<matrix>\n<title lang=\""
			s = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
			for (i = 0; i < n / 64; i++) printf "%s", s
			printf "\">x</title>\n</matrix>\n"
		} else if (kind == "laughs") {
			printf "<!DOCTYPE matrix [\n<!ENTITY l0 \"lol\">\n"
			for (i = 1; i < 10; i++) {
				printf "<!ENTITY l%d \"", i
				for (j = 0; j < 10; j++) printf "&l%d;", i - 1
				printf "\">\n"
			}
			printf "]>\n<matrix><title>&l9;</title></matrix>\n"
		}
	}' >"$3"
}
gen deep 100000 "$t/deep.xml"
gen attr 10485760 "$t/attr.xml"
gen laughs 0 "$t/laughs.xml"
[ "$(wc -c <"$t/attr.xml")" -gt 10485760 ] || { echo "generator: attr too small"; exit 1; }

# expect NAME FILE LINE-PATTERN MESSAGE-PATTERN CMD...
expect() {
	name=$1 file=$2 where=$3 what=$4
	shift 4
	echo "earlier output" >"$t/out.pdf"
	/usr/bin/time -f '%U %S %M' -o "$t/time" timeout 10 "$@" \
	    >"$t/stdout" 2>"$t/err"
	st=$?
	# time(1) adds a line for a non-zero status: the figures come last.
	read -r u s kb <<EOT
$(tail -n 1 "$t/time")
EOT
	cpu=$(echo "$u $s" | awk '{ printf "%.2f", $1 + $2 }')
	echo "$name: status $st, cpu ${cpu}s, max rss ${kb} kB"
	sed 's/^/    /' "$t/err" | cut -c1-200
	case $st in
	1|2) ;;
	*) echo "$name: exit status $st, expected 1 or 2"; rc=1 ;;
	esac
	grep -Eq "^$file:$where: error: $what" "$t/err" ||
	    { echo "$name: no '$file:$where: error: $what' message"; rc=1; }
	awk -v c="$cpu" -v lim="${CPU_LIMIT:-1}" 'BEGIN { exit !(c <= lim) }' ||
	    { echo "$name: ${cpu}s of CPU, more than ${CPU_LIMIT:-1}s"; rc=1; }
	[ "$kb" -le "${RSS_LIMIT_KB:-131072}" ] ||
	    { echo "$name: $kb kB resident, more than ${RSS_LIMIT_KB:-131072}"; rc=1; }
	[ "$(cat "$t/out.pdf")" = "earlier output" ] ||
	    { echo "$name: earlier output changed"; rc=1; }
	[ "$(ls "$t" | grep -c '^out\.pdf.')" -eq 0 ] ||
	    { echo "$name: temporary file left"; ls "$t"; rc=1; }
}

# Sanitizer builds run slower and hold shadow memory.
if nm "$ASEMDOC" 2>/dev/null | grep -q __asan_init; then
	CPU_LIMIT=5 RSS_LIMIT_KB=1048576
fi
for f in deep attr laughs; do
	case $f in
	deep) where='3:[0-9]+'; what='elements nested deeper than 256 levels' ;;
	attr) where='3:[0-9]+'; what='attribute value longer than 10,000,000 bytes' ;;
	laughs) where='2'; what='document type declarations are not allowed' ;;
	esac
	expect "validate $f" "$t/$f.xml" "$where" "$what" \
	    "$ASEMDOC" validate "$t/$f.xml"
	expect "render $f" "$t/$f.xml" "$where" "$what" \
	    "$ASEMDOC" render "$t/$f.xml" -o "$t/out.pdf"
	expect "diff $f" "$t/$f.xml" "$where" "$what" \
	    "$ASEMDOC" diff tests/golden/diff-old.xml "$t/$f.xml" -o "$t/out.pdf"
done
exit $rc
