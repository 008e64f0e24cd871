#!/bin/sh
# The PDF dates come from meta/date.  A date the PDF cannot hold (the
# schema's xsd:date allows "-0044-03-15" and "12024-01-01") was written
# as garbage such as "(-004-0-1000000Z)"; it now gives a warning and the
# epoch, and an ordinary date with a time zone is that day.
set -u
t=$TMPDIR_TEST
fail=0
unset SOURCE_DATE_EPOCH
for d in -0044-03-15 12024-01-01 2024-02-29+14:00; do
	printf '<document><meta><title>T</title><date>%s</date></meta><page-template name="a" size="A4"/><sequence template="a"><p>x</p></sequence></document>\n' "$d" >"$t/in.xml"
	"$ASEMDOC" render "$t/in.xml" -o "$t/out.pdf" 2>"$t/err" ||
	    { cat "$t/err"; exit 1; }
	got=$(pdfinfo "$t/out.pdf" | sed -n 's/^CreationDate: *//p')
	case $d in
	2024*)	want="Thu Feb 29 00:00:00 2024 UTC"; msgs=0 ;;
	*)	want="Thu Jan  1 00:00:00 1970 UTC"; msgs=1 ;;
	esac
	[ "$got" = "$want" ] || { echo "$d: CreationDate $got, not $want"; fail=1; }
	[ "$(wc -l <"$t/err")" -eq "$msgs" ] ||
	    { echo "$d: messages:"; cat "$t/err"; fail=1; }
	if [ "$msgs" -eq 1 ]; then
		grep -q "warning: meta date $d has no four-digit year" "$t/err" ||
		    { echo "$d: no warning:"; cat "$t/err"; fail=1; }
	fi
done
exit $fail
