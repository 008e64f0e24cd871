#!/bin/sh
# asemdoc diff: the text report of tests/golden/diff-old.xml against
# diff-new.xml (every kind of change) matches its golden; identical inputs
# give no output and exit 0; changes exit 1; an unreadable input exits 2.
set -u
g=tests/golden
out=$TMPDIR_TEST/diff.txt
"$ASEMDOC" diff $g/diff-old.xml $g/diff-new.xml >"$out" 2>"$TMPDIR_TEST/err"
rc=$?
[ "$rc" -eq 1 ] || { echo "changes found: exit $rc, expected 1"; exit 1; }
[ -s "$TMPDIR_TEST/err" ] && { echo "unexpected messages:"; cat "$TMPDIR_TEST/err"; exit 1; }
if [ -n "${REGEN:-}" ]; then
	cp "$out" $g/diff-all.txt
fi
diff -u $g/diff-all.txt "$out" || { echo "report differs from $g/diff-all.txt"; exit 1; }

# The reverse direction mirrors it: what was added is removed.
"$ASEMDOC" diff $g/diff-new.xml $g/diff-old.xml >"$out.rev" 2>/dev/null
[ $? -eq 1 ] || { echo "reverse: expected exit 1"; exit 1; }
grep -q '^removed meeting cmm3 (meeting 3, 3 items)' "$out.rev" ||
    { echo "reverse: meeting cmm3 not removed"; cat "$out.rev"; exit 1; }
grep -q '^added item cmm1-rec-3 ' "$out.rev" ||
    { echo "reverse: cmm1-rec-3 not added"; exit 1; }

# Identical inputs: empty report, exit 0.
"$ASEMDOC" diff $g/diff-old.xml $g/diff-old.xml >"$out.same" 2>&1
rc=$?
[ "$rc" -eq 0 ] || { echo "identical inputs: exit $rc, expected 0"; exit 1; }
[ -s "$out.same" ] && { echo "identical inputs gave output:"; cat "$out.same"; exit 1; }

# A change without a new revision: a warning, still exit 1.
sed 's|>Hold a forum<|>Hold two forums<|' $g/diff-old.xml >"$TMPDIR_TEST/same-version.xml"
"$ASEMDOC" diff $g/diff-old.xml "$TMPDIR_TEST/same-version.xml" >/dev/null 2>"$TMPDIR_TEST/err"
rc=$?
[ "$rc" -eq 1 ] || { echo "same version: exit $rc, expected 1"; exit 1; }
grep -q "same-version.xml: warning: the matrix changed but its latest revision is still version 1" \
    "$TMPDIR_TEST/err" || { echo "same version: no warning"; cat "$TMPDIR_TEST/err"; exit 1; }

# A bad input: exit 2, with file and line.
printf '<matrix>\n<meeting id="cmm1">\n</matrix>\n' >"$TMPDIR_TEST/bad.xml"
"$ASEMDOC" diff $g/diff-old.xml "$TMPDIR_TEST/bad.xml" >/dev/null 2>"$TMPDIR_TEST/err"
rc=$?
[ "$rc" -eq 2 ] || { echo "bad input: exit $rc, expected 2"; exit 1; }
grep -q "bad.xml:3:[0-9:]* error: " "$TMPDIR_TEST/err" ||
    { echo "bad input: no file:line message"; cat "$TMPDIR_TEST/err"; exit 1; }
exit 0
