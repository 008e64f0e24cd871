#!/bin/sh
# An output place that cannot take the output: a path under a regular
# file, a write or rename that fails (an LD_PRELOAD shim: works as any
# user), and, where a private mount namespace is allowed (root), a full
# 64 kB tmpfs and a read-only one.  Each of import, render, diff and
# build says which file it cannot write and why, exits 3, and leaves the
# earlier outputs byte for byte and no temporary file behind.
set -u
t=$TMPDIR_TEST
rc=0
# An ASan build wants its runtime first; the shim comes before it.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"

cat >"$t/shim.c" <<'C'
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* FAULT=write: writes to files fail with ENOSPC; FAULT=rename: EIO. */
static int
on(const char *what)
{
	const char	*f = getenv("FAULT");

	return f != NULL && strcmp(f, what) == 0;
}

ssize_t
write(int fd, const void *buf, size_t n)
{
	static ssize_t	(*real)(int, const void *, size_t);

	if (real == NULL)
		real = (ssize_t (*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
	if (fd > 2 && on("write")) {
		errno = ENOSPC;
		return -1;
	}
	return real(fd, buf, n);
}

size_t
fwrite(const void *p, size_t size, size_t n, FILE *f)
{
	static size_t	(*real)(const void *, size_t, size_t, FILE *);

	if (real == NULL)
		real = (size_t (*)(const void *, size_t, size_t, FILE *))dlsym(RTLD_NEXT, "fwrite");
	if (fileno(f) > 2 && on("write")) {
		errno = ENOSPC;
		return 0;
	}
	return real(p, size, n, f);
}

int
rename(const char *from, const char *to)
{
	static int	(*real)(const char *, const char *);

	if (real == NULL)
		real = (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "rename");
	if (on("rename")) {
		errno = EIO;
		return -1;
	}
	return real(from, to);
}
C
shim=
if cc -shared -fPIC -o "$t/shim.so" "$t/shim.c" -ldl 2>"$t/cc.err"; then
	shim=$t/shim.so
else
	echo "note: no C compiler for the shim; injected faults skipped"
	cat "$t/cc.err"
fi

# prefill DIR: earlier outputs with the names each command writes.
prefill() {
	mkdir -p "$1/layout"
	for f in matrix.xml out.pdf changes.pdf matrix.pdf recommendations.pdf \
	    matrix.html layout/matrix.xml; do
		echo "earlier $f" >"$1/$f"
	done
	(cd "$1" && find . -type f | sort | xargs cksum) >"$t/before"
}

# check NAME DIR STATUS STDERR-PATTERN: earlier files kept, no others.
check() {
	c_name=$1 c_dir=$2 st=$3 pat=$4
	echo "$c_name: status $st"
	grep -v ': note: ' "$t/err" | sed 's/^/    /' | head -n 8
	[ "$st" -eq 3 ] || { echo "$c_name: exit status $st, expected 3"; rc=1; }
	grep -Eq "$pat" "$t/err" ||
	    { echo "$c_name: no message matching '$pat'"; rc=1; }
	if ! (cd "$c_dir" && find . -type f | sort | xargs cksum) |
	    cmp -s - "$t/before"; then
		echo "$c_name: the output directory changed:"
		(cd "$c_dir" && find . -type f | sort | xargs cksum) |
		    diff "$t/before" - | sed 's/^/    /'
		rc=1
	fi
}

# run NAME DIR PATTERN [ENV...]: every command against DIR.
run() {
	name=$1 dir=$2 pat=$3
	shift 3
	env "$@" "$ASEMDOC" import source/raw/matrix.txt -o "$dir/matrix.xml" \
	    2>"$t/err" >/dev/null
	check "$name import" "$dir" $? "$pat"
	env "$@" "$ASEMDOC" render tests/layout/features.xml -o "$dir/out.pdf" \
	    2>"$t/err" >/dev/null
	check "$name render" "$dir" $? "$pat"
	env "$@" "$ASEMDOC" diff tests/golden/diff-old.xml tests/golden/diff-new.xml \
	    -o "$dir/changes.pdf" 2>"$t/err" >/dev/null
	check "$name diff" "$dir" $? "$pat"
	env "$@" "$ASEMDOC" build --only matrix -o "$dir" 2>"$t/err" >/dev/null
	check "$name build" "$dir" $? "$pat"
}

# The parent of the output is a regular file: nothing can be made there.
echo "a file" >"$t/file"
prefill "$t/file-kept"
for cmd in import render build; do
	case $cmd in
	import) "$ASEMDOC" import source/raw/matrix.txt -o "$t/file/matrix.xml" ;;
	render) "$ASEMDOC" render tests/layout/features.xml -o "$t/file/out.pdf" ;;
	build) "$ASEMDOC" build --only matrix -o "$t/file/out" ;;
	esac >/dev/null 2>"$t/err"
	check "under a file: $cmd" "$t/file-kept" $? \
	    "$t/file/[^:]*: error: .*(Not a directory|cannot)"
done
[ "$(cat "$t/file")" = "a file" ] || { echo "the file was changed"; rc=1; }

if [ -n "$shim" ]; then
	prefill "$t/shim"
	run "write fails" "$t/shim" \
	    "$t/shim/[^:]*: error: .*(No space left on device|cannot write)" \
	    LD_PRELOAD="$shim" FAULT=write
	run "rename fails" "$t/shim" \
	    "$t/shim/[^:]*: error: .*(Input/output error|cannot)" \
	    LD_PRELOAD="$shim" FAULT=rename
fi

# A full and a read-only tmpfs, in a mount namespace of our own.
mkdir -p "$t/mnt"
if unshare -m true 2>/dev/null; then
	cat >"$t/ns.sh" <<'NS'
set -u
mount -t tmpfs -o size=64k tmpfs "$T/mnt" || exit 77
. "$T/funcs.sh"
prefill "$T/mnt"
# Leave about 8 kB: every output here is larger.
dd if=/dev/zero of="$T/mnt/filler" bs=1k count=52 2>/dev/null
(cd "$T/mnt" && find . -type f | sort | xargs cksum) >"$t/before"
run "full disk" "$T/mnt" "$T/mnt/[^:]*: error: .*(No space left on device|cannot write)"
mount -o remount,ro "$T/mnt"
run "read-only" "$T/mnt" "$T/mnt/[^:]*: error: .*(Read-only file system|cannot)"
exit $rc
NS
	# The functions and state the namespace script needs.
	{
		echo "t='$t' ASEMDOC='$ASEMDOC' rc=0"
		sed -n '/^prefill() {/,/^}/p;/^check() {/,/^}/p;/^run() {/,/^}/p' "$0"
	} >"$t/funcs.sh"
	T=$t unshare -m sh "$t/ns.sh"
	st=$?
	case $st in
	0) ;;
	77) echo "note: cannot mount a tmpfs; full and read-only disks skipped" ;;
	*) rc=1 ;;
	esac
else
	echo "note: no private mount namespace; full and read-only disks skipped"
fi
exit $rc
