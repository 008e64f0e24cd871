#!/bin/sh
# Hostile stylesheets: xsl/matrix.xsl of a copied data directory replaced
# by one that writes a file, creates a directory, reads the network,
# reads /etc/passwd with document(), includes a file from outside, or
# declares entities.  Each is refused with the stylesheet's file and line,
# exit status 1, nothing written or fetched, and the earlier report kept.
set -u
t=$TMPDIR_TEST
rc=0
data=$t/data
mkdir -p "$data"
cp -R fonts xsl "$data/"
mkdir -p "$data/source" && cp -R source/schema "$data/source/"

# A listener that records every connection made to it.
port_file=$t/port
python3 - "$port_file" "$t/connections" <<'PY' &
import socket, sys
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(5)
open(sys.argv[1], "w").write(str(s.getsockname()[1]))
s.settimeout(120)
try:
    while True:
        c, _ = s.accept()
        open(sys.argv[2], "a").write("connection\n")
        c.close()
except Exception:
    pass
PY
listener=$!
trap 'kill $listener 2>/dev/null' EXIT
i=0
while [ ! -s "$port_file" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
port=$(cat "$port_file")

head='<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common" extension-element-prefixes="exsl">
<xsl:template match="/">'
tail='<document lang="en"><meta><title>x</title></meta></document>
</xsl:template>
</xsl:stylesheet>'

# try NAME LINE MESSAGE-PATTERN BODY: BODY is on line 5 of the stylesheet.
try() {
	name=$1 line=$2 what=$3
	printf '%s\n%s\n%s\n' "$head" "$4" "$tail" >"$data/xsl/matrix.xsl"
	rm -rf "$t/out"
	mkdir -p "$t/out"
	echo "earlier output" >"$t/out/matrix.pdf"
	ASEMDOC_DATADIR=$data timeout 20 "$ASEMDOC" build --only matrix \
	    -o "$t/out" >"$t/stdout" 2>"$t/err"
	st=$?
	echo "$name: status $st"
	sed 's/^/    /' "$t/err"
	[ "$st" -eq 1 ] || { echo "$name: exit status $st, expected 1"; rc=1; }
	grep -Eq "xsl/matrix\.xsl:$line: error: .*$what" "$t/err" ||
	    { echo "$name: no 'xsl/matrix.xsl:$line: error: $what'"; rc=1; }
	[ "$(cat "$t/out/matrix.pdf")" = "earlier output" ] ||
	    { echo "$name: the earlier report changed"; rc=1; }
	[ "$(ls -A "$t/out")" = "matrix.pdf" ] ||
	    { echo "$name: files left in out/:"; ls -A "$t/out"; rc=1; }
}

try write-file 5 'refused|not allowed' \
    "<exsl:document href=\"$t/written.txt\" method=\"text\">x</exsl:document>"
[ ! -e "$t/written.txt" ] || { echo "write-file: the file was written"; rc=1; }

try create-directory 5 'refused|not allowed' \
    "<exsl:document href=\"$t/newdir/sub/x.txt\" method=\"text\">x</exsl:document>"
[ ! -e "$t/newdir" ] || { echo "create-directory: directory created"; rc=1; }

try read-network 5 'refused|not allowed' \
    "<xsl:value-of select=\"document('http://127.0.0.1:$port/x.xml')\"/>"

try read-passwd 5 'not allowed' \
    "<xsl:value-of select=\"document('/etc/passwd')\"/>"

try read-outside 5 'not allowed' \
    "<xsl:copy-of select=\"document('file://$PWD/tests/golden/diff-old.xml')\"/>"

# include NAME HREF: a stylesheet whose line 3 includes HREF.
include() {
	printf '%s\n%s\n%s\n%s\n' '<?xml version="1.0" encoding="UTF-8"?>' \
	    '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">' \
	    "<xsl:include href=\"$2\"/>" \
	    '<xsl:template match="/"><document lang="en"/></xsl:template></xsl:stylesheet>' \
	    >"$data/xsl/matrix.xsl"
	rm -rf "$t/out"; mkdir -p "$t/out"
	echo "earlier output" >"$t/out/matrix.pdf"
	ASEMDOC_DATADIR=$data timeout 20 "$ASEMDOC" build --only matrix \
	    -o "$t/out" >"$t/stdout" 2>"$t/err"
	st=$?
	echo "$1: status $st"; sed 's/^/    /' "$t/err"
	[ "$st" -eq 1 ] || { echo "$1: exit status $st, expected 1"; rc=1; }
	# The loader says why; libxslt's own message gives the line.
	grep -q "xsl/matrix\.xsl:3: error: xsl:include" "$t/err" ||
	    { echo "$1: no error at xsl/matrix.xsl:3"; rc=1; }
	grep -q "xsl/matrix\.xsl:.*error: reading .* is not allowed" "$t/err" ||
	    { echo "$1: no 'not allowed' message"; rc=1; }
	[ "$(cat "$t/out/matrix.pdf")" = "earlier output" ] ||
	    { echo "$1: the earlier report changed"; rc=1; }
}
include include-network "http://127.0.0.1:$port/evil.xsl"
include include-passwd /etc/passwd
include import-outside "$PWD/tests/golden/diff-old.xml"
cp xsl/matrix.xsl "$data/xsl/matrix.xsl"

# A stylesheet with a document type declaration is refused where it is.
printf '%s\n%s\n%s\n%s\n' '<?xml version="1.0" encoding="UTF-8"?>' \
    "<!DOCTYPE xsl:stylesheet [<!ENTITY e SYSTEM \"http://127.0.0.1:$port/e\">]>" \
    '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">' \
    '<xsl:template match="/">&e;</xsl:template></xsl:stylesheet>' \
    >"$data/xsl/matrix.xsl"
rm -rf "$t/out"; mkdir -p "$t/out"; echo "earlier output" >"$t/out/matrix.pdf"
ASEMDOC_DATADIR=$data timeout 20 "$ASEMDOC" build --only matrix -o "$t/out" \
    >"$t/stdout" 2>"$t/err"
st=$?
echo "doctype: status $st"; sed 's/^/    /' "$t/err"
[ "$st" -eq 1 ] || { echo "doctype: exit status $st, expected 1"; rc=1; }
grep -q 'xsl/matrix\.xsl:2: error: document type declarations are not allowed' \
    "$t/err" || { echo "doctype: no refusal at xsl/matrix.xsl:2"; rc=1; }
[ "$(cat "$t/out/matrix.pdf")" = "earlier output" ] ||
    { echo "doctype: the earlier report changed"; rc=1; }

if [ -s "$t/connections" ]; then
	echo "the network was read: $(wc -l <"$t/connections") connection(s)"
	rc=1
fi
exit $rc
