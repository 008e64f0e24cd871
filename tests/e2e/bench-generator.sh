#!/bin/sh
# The benchmark's generator: the matrix scaled 2x is valid against the
# schema and has twice the meetings, numbered 1 to 2N, with unique ids;
# with the themes scaled alike, the sources pass asemdoc validate.
set -u
src=source/matrix.xml
out=$TMPDIR_TEST/matrix-2x.xml
xsltproc --stringparam n 2 tests/bench/scale.xsl "$src" >"$out" || exit 1
xmllint --noout --relaxng source/schema/matrix.rng "$out" || exit 1
one=$(grep -c '<meeting ' "$src")
two=$(grep -c '<meeting ' "$out")
[ "$one" -eq 8 ] || echo "note: the source has $one meetings, not 8"
if [ "$two" -ne $((2 * one)) ]; then
	echo "2x has $two meetings, expected $((2 * one))"; exit 1
fi
# Every id once; every meeting number once, 1 to 2N.
dup=$(grep -o ' id="[^"]*"' "$out" | sort | uniq -d)
if [ -n "$dup" ]; then
	echo "duplicate ids:"; echo "$dup" | head; exit 1
fi
nums=$(grep -o '<meeting [^>]* n="[0-9]*"' "$out" | sed 's/.* n="//; s/"//' |
    sort -n | tr '\n' ' ')
want=$(seq 1 "$two" | tr '\n' ' ')
if [ "$nums" != "$want" ]; then
	echo "meeting numbers: $nums"; echo "expected:        $want"; exit 1
fi
# Each meeting's ids carry its own number: cmm<N> and cmm<N>-...
bad=$(xsltproc - "$out" <<'XSL'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text"/>
  <xsl:template match="/">
    <xsl:for-each select="//meeting">
      <xsl:variable name="p" select="concat('cmm', @n)"/>
      <xsl:for-each select="descendant-or-self::*[@id][@id != $p and
          not(starts-with(@id, concat($p, '-')))]">
        <xsl:value-of select="concat(@id, ' in meeting ', ancestor-or-self::meeting/@n, '&#10;')"/>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
XSL
)
if [ -n "$bad" ]; then
	echo "ids not renumbered:"; echo "$bad" | head; exit 1
fi
mkdir -p "$TMPDIR_TEST/top/source"
cp -R source/* "$TMPDIR_TEST/top/source/" || exit 1
for f in matrix themes; do
	xsltproc --stringparam n 2 tests/bench/scale.xsl "source/$f.xml" \
	    >"$TMPDIR_TEST/top/source/$f.xml" || exit 1
done
(cd "$TMPDIR_TEST/top" && "$ASEMDOC" validate) || exit 1
exit 0
