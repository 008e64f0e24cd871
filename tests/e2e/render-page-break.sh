#!/bin/sh
# A page-break takes effect only when a block follows it in its sequence:
# one at the end of a sequence used to leave an empty page (a second page
# after the last paragraph; an empty one before the next sequence, which
# starts a page anyway).  Two in a row still leave one empty page between,
# as asked, and one at the top of a page does nothing.
set -u
t=$TMPDIR_TEST
fail=0
doc() {
	{
		echo '<document><meta><title>Page breaks</title></meta>'
		echo '<page-template name="m" size="A4"/>'
		for s in "$@"; do
			echo "<sequence template=\"m\">$s</sequence>"
		done
		echo '</document>'
	} >"$t/in.xml"
}
# expect NAME PAGES [PAGE TEXT]...: the page count, and the text of pages.
expect() {
	name=$1 pages=$2
	shift 2
	"$ASEMDOC" render "$t/in.xml" -o "$t/out.pdf" 2>"$t/err" ||
	    { echo "$name: render failed"; cat "$t/err"; fail=1; return; }
	[ -s "$t/err" ] && { echo "$name: messages"; cat "$t/err"; fail=1; }
	n=$(pdfinfo "$t/out.pdf" | sed -n 's/^Pages: *//p')
	[ "$n" = "$pages" ] ||
	    { echo "$name: $n pages, expected $pages"; fail=1; return; }
	while [ $# -ge 2 ]; do
		got=$(pdftotext -f "$1" -l "$1" "$t/out.pdf" - | tr -d '\f' |
		    tr -s '\n' ' ' | sed 's/ *$//')
		[ "$got" = "$2" ] ||
		    { echo "$name: page $1 has \"$got\", expected \"$2\""; fail=1; }
		shift 2
	done
}

doc '<p>Last paragraph.</p><page-break/>'
expect "break at the end" 1 1 "Last paragraph."

doc '<p>One.</p><page-break/><page-break/>' '<p>Two.</p>'
expect "breaks before a sequence" 2 1 "One." 2 "Two."

doc '<p>One.</p><page-break/><p>Two.</p>'
expect "one break" 2 1 "One." 2 "Two."

doc '<p>One.</p><page-break/><page-break/><p>Two.</p>'
expect "two breaks" 3 1 "One." 2 "" 3 "Two."

doc '<page-break/><p>One.</p>' '<page-break/><page-break/><p>Two.</p>'
expect "breaks at the top of a page" 3 1 "One." 2 "" 3 "Two."

# An anchor after the last break stays on the last page.
doc '<p>One.</p><page-break/><anchor id="end"/>'
expect "anchor after the break" 1 1 "One."
p=$(pdfinfo -dests "$t/out.pdf" | awk '$NF == "\"end\"" { print $1 }')
[ "$p" = 1 ] || { echo "anchor after the break: on page '$p'"; fail=1; }
exit $fail
