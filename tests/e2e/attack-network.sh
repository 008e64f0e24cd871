#!/bin/sh
# Sources and layouts that point external entities, an external DTD, a
# parameter entity and XInclude at a local listener and at a file outside
# the tree: validate, render and diff refuse them, no connection reaches
# the listener and (where strace exists) the outside file is never opened.
set -u
t=$TMPDIR_TEST
rc=0
secret=$t/secret.txt
echo "not for reading" >"$secret"
python3 - "$t/port" "$t/connections" <<'PY' &
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
while [ ! -s "$t/port" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
port=$(cat "$t/port")
url=http://127.0.0.1:$port

x='<?xml version="1.0" encoding="UTF-8"?>'
printf '%s\n%s\n%s\n' "$x" "<!DOCTYPE matrix [<!ENTITY e SYSTEM \"$url/e\">]>" \
    '<matrix><title>&e;</title></matrix>' >"$t/entity-http.xml"
printf '%s\n%s\n%s\n' "$x" "<!DOCTYPE matrix [<!ENTITY e SYSTEM \"file://$secret\">]>" \
    '<matrix><title>&e;</title></matrix>' >"$t/entity-file.xml"
printf '%s\n%s\n%s\n' "$x" "<!DOCTYPE matrix SYSTEM \"$url/m.dtd\">" \
    '<matrix/>' >"$t/dtd.xml"
printf '%s\n%s\n%s\n' "$x" "<!DOCTYPE matrix [<!ENTITY % p SYSTEM \"$url/p.dtd\"> %p;]>" \
    '<matrix/>' >"$t/param.xml"
printf '%s\n%s\n%s\n%s\n' "$x" '<matrix xmlns:xi="http://www.w3.org/2001/XInclude">' \
    "<title><xi:include href=\"$url/x\" parse=\"text\"/><xi:include href=\"$secret\" parse=\"text\"/></title>" \
    '</matrix>' >"$t/xinclude.xml"

if command -v strace >/dev/null 2>&1; then
	# LeakSanitizer cannot run under ptrace: no leak check here.
	trace() { ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
	    strace -f -qq -e trace=open,openat,connect -o "$t/trace" "$@"; }
else
	trace() { "$@"; }
fi
for f in entity-http entity-file dtd param xinclude; do
	for cmd in validate render diff; do
		echo "earlier output" >"$t/out.pdf"
		: >"$t/trace"
		case $cmd in
		validate) trace "$ASEMDOC" validate "$t/$f.xml" ;;
		render) trace "$ASEMDOC" render "$t/$f.xml" -o "$t/out.pdf" ;;
		diff) trace "$ASEMDOC" diff tests/golden/diff-old.xml "$t/$f.xml" \
		    -o "$t/out.pdf" ;;
		esac >/dev/null 2>"$t/err"
		st=$?
		echo "$cmd $f: status $st"; sed 's/^/    /' "$t/err" | cut -c1-160
		[ "$st" -eq 1 ] || [ "$st" -eq 2 ] ||
		    { echo "$cmd $f: exit status $st"; rc=1; }
		grep -q "^$t/$f.xml:[0-9]*\(:[0-9]*\)\{0,1\}: error: " "$t/err" ||
		    { echo "$cmd $f: no error naming the file and line"; rc=1; }
		if grep -q "$secret" "$t/trace"; then
			echo "$cmd $f: opened the file outside the tree"; rc=1
		fi
		if grep -q 'connect(.*127\.0\.0\.1' "$t/trace"; then
			echo "$cmd $f: connected to the listener"; rc=1
		fi
		[ "$(cat "$t/out.pdf")" = "earlier output" ] ||
		    { echo "$cmd $f: earlier output changed"; rc=1; }
	done
done
if [ -s "$t/connections" ]; then
	echo "the listener was reached $(wc -l <"$t/connections") time(s)"
	rc=1
fi
exit $rc
