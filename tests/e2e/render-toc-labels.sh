#!/bin/sh
# A TOC label wider than the 32pt kept for page numbers: "xxxviii" in a
# roman sequence and "111" in a 20pt toc-1 style.  The label used to be
# set in the 32pt slot, wrapped, and only its first line drawn, so the
# TOC printed "xxxvi" and "11".  Checked with the TOC laid out once
# (spooled) and twice (a ref kind="page" asks for two passes).
set -u
. tests/layout/pdfcheck.sh
t=$TMPDIR_TEST
fail=0

# doc NAME STYLE LABEL BREAKS EXTRA: a TOC, BREAKS pages of one paragraph,
# then the section "Annex".
doc() {
	{
		printf '<?xml version="1.0" encoding="UTF-8"?>\n'
		printf '<document lang="en">\n<meta><title>TOC labels</title></meta>\n'
		printf '%s\n' "$2"
		printf '<page-template name="m" size="A4"/>\n'
		printf '<sequence template="m"%s>\n<toc depth="1"/>\n' "$3"
		i=0
		while [ "$i" -lt "$4" ]; do
			printf '<p>x</p><page-break/>\n'
			i=$((i + 1))
		done
		printf '<section id="annex"><title>Annex</title><p>y%s</p></section>\n' "$5"
		printf '</sequence>\n</document>\n'
	} >"$t/$1.xml"
}

# check NAME ROMAN LABEL: the TOC on page 1 prints LABEL, the label of
# the page its link goes to.
check() {
	"$ASEMDOC" render "$t/$1.xml" -o "$t/$1.pdf" 2>"$t/$1.err" ||
	    { cat "$t/$1.err"; fail=1; return; }
	[ -s "$t/$1.err" ] && { echo "$1: unexpected messages:"; cat "$t/$1.err"; fail=1; }
	pdfcheck_toc "$t/$1.pdf" 1 $2 >"$t/$1.toc" ||
	    { echo "$1:"; cat "$t/$1.toc"; fail=1; return; }
	printf '%s\t%s\n' "$3" "$3" | cmp -s - "$t/$1.toc" ||
	    { echo "$1: TOC entries:"; cat "$t/$1.toc"; fail=1; }
}

ref=' (page <ref to="annex"/>)'
doc roman '' ' label="roman"' 37 ''
check roman roman xxxviii
doc roman2 '' ' label="roman"' 37 "$ref"
check roman2 roman xxxviii
doc big '<style name="toc-1" size="20pt"/>' '' 110 ''
check big '' 111
doc big2 '<style name="toc-1" size="20pt"/>' '' 110 "$ref"
check big2 '' 111
exit $fail
