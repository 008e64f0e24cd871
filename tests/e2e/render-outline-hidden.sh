#!/bin/sh
# outline="false" leaves a section out of the TOC and the bookmarks, and
# so are the sections inside it: the bookmarks list what the TOC lists.
# A hidden section's subsections used to be bookmarked, hung under the
# last bookmark shown ("F" under "A", though F is in another chapter).
set -u
t=$TMPDIR_TEST
fail=0
cat >"$t/in.xml" <<'END'
<document lang="en"><meta><title>T</title></meta><page-template name="a" size="A4"/>
<sequence template="a"><toc depth="3"/>
<section id="a"><title>A one</title><p>a</p>
 <section id="b" outline="false"><title>B hidden</title><p>b</p>
  <section id="c"><title>C inside B</title><p>c</p></section></section>
 <section id="d"><title>D two</title><p>d <link to="c">to C</link></p></section></section>
<section id="e" outline="false"><title>E hidden</title>
 <section id="f"><title>F inside E</title><p>f</p></section></section>
</sequence></document>
END
"$ASEMDOC" render "$t/in.xml" -o "$t/out.pdf" 2>"$t/err" || { cat "$t/err"; exit 1; }
# qpdf lists an outline's keys in order, its kids before its title.
marks=$(qpdf --json --json-key=outlines "$t/out.pdf" |
    sed -n 's/.*"title": "\(.*\)".*/\1/p' | tr '\n' '|')
[ "$marks" = "D two|A one|" ] || { echo "bookmarks: $marks"; fail=1; }
toc=$(pdftotext -f 1 -l 1 -raw "$t/out.pdf" - | sed -n '/^[A-Z] /s/ [0-9]*$//p' | tr '\n' '|')
[ "$toc" = "A one|D two|" ] || { echo "TOC: $toc"; fail=1; }
# A hidden section is still a destination.
pdfinfo -dests "$t/out.pdf" | grep -q ' "c"$' || { echo "no destination c"; fail=1; }
exit $fail
