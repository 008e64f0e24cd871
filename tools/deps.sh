#!/bin/sh
# Installs the Debian 12 packages asemdoc needs for one purpose:
#   sh tools/deps.sh build   compiler and libraries
#   sh tools/deps.sh test    the above plus what the tests run
#   sh tools/deps.sh bench   the above plus the peers the benchmark compares
# As root it runs apt-get; with password-less sudo it uses sudo; otherwise
# it prints the exact apt-get line to run and exits 1.
set -eu

build="gcc make pkg-config libxml2-dev libxslt1-dev
	libpango1.0-dev libcairo2-dev libfontconfig-dev libglib2.0-dev
	libhyphen-dev hyphen-en-us"
test="$build libcmocka-dev poppler-utils qpdf xsltproc libxml2-utils trang
	faketime chromium valgrind clang libclang-rt-14-dev"
bench="$test fop weasyprint hyperfine time linux-perf"

case "${1:-build}" in
build) want=$build ;;
test) want=$test ;;
bench) want=$bench ;;
*) echo "usage: sh tools/deps.sh build|test|bench" >&2; exit 2 ;;
esac

missing=""
for p in $want; do
	if ! dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null |
	    grep -q '^install ok installed$'; then
		missing="$missing $p"
	fi
done
[ -z "$missing" ] && exit 0

echo "asemdoc: installing Debian packages:$missing" >&2
if [ "$(id -u)" -eq 0 ]; then
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
	sudo apt-get update -qq
	sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
else
	echo "asemdoc: cannot install packages without root; run:" >&2
	echo "  sudo apt-get install -y$missing" >&2
	exit 1
fi
