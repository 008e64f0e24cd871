# asemdoc: the ASEM culture ministers' matrix as XML, XSLT views and PDF.
.SUFFIXES:

PREFIX	?= /usr/local
BINDIR	 = $(PREFIX)/bin
MANDIR	 = $(PREFIX)/share/man
DATADIR	 = $(PREFIX)/share/asemdoc
BUILD	?= build
OUT	?= out

PKGS	 = libxml-2.0 libxslt libexslt pangocairo pangoft2 cairo-pdf \
	   fontconfig glib-2.0
# Debian packages that provide PKGS, named when one is missing.
DEBS	 = libxml2-dev libxslt1-dev libpango1.0-dev libcairo2-dev \
	   libfontconfig-dev libglib2.0-dev

PKG_OK	:= $(shell pkg-config --exists $(PKGS) && echo yes)
ifneq ($(PKG_OK),yes)
$(error missing pkg-config modules: $(foreach p,$(PKGS),$(if $(shell pkg-config --exists $(p) && echo y),,$(p)));\
 install them with: apt-get install $(DEBS) (or run: sh tools/deps.sh build))
endif
ifeq ($(wildcard /usr/include/hyphen.h),)
$(error missing libhyphen: apt-get install libhyphen-dev hyphen-en-us (or run: sh tools/deps.sh build))
endif

ifeq ($(origin CC),default)
CC	 = cc
endif
CFLAGS	?= -O2 -g
override CFLAGS	+= -std=gnu11 -Wall -Wextra -Wno-unused-parameter -MMD -MP \
	   -DDATADIR='"$(DATADIR)"' $(shell pkg-config --cflags $(PKGS))
LDLIBS	+= $(shell pkg-config --libs $(PKGS)) -lhyphen -lm
TEST_CFLAGS = $(shell pkg-config --cflags cmocka 2>/dev/null)
TEST_LDLIBS = $(shell pkg-config --libs cmocka 2>/dev/null)

-include Makefile.local

# Every src/*.c but main.c forms the library the program and the unit
# tests link with; the file names say their stage (see src/).
LIB_SRCS = $(filter-out src/main.c,$(wildcard src/*.c))
LIB_OBJS = $(LIB_SRCS:src/%.c=$(BUILD)/%.o)
LIB	 = $(BUILD)/libasemdoc.a
UNIT_SRCS = $(wildcard tests/unit/test_*.c)
UNIT_BINS = $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)
FUZZ_SRCS = $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_REPLAY = $(FUZZ_SRCS:tests/fuzz/%.c=$(BUILD)/tests/%_replay)
PROG	 = $(BUILD)/asemdoc

.PHONY: all reports test unit e2e check-asan check-valgrind fuzz bench \
	regen-golden \
	install uninstall clean

all: asemdoc reports

asemdoc: $(PROG)
	cp $(PROG) asemdoc

$(BUILD)/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c -o $@ $<

$(LIB): $(LIB_OBJS)
	rm -f $@
	$(AR) rcs $@ $(LIB_OBJS)

$(PROG): $(BUILD)/main.o $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(BUILD)/main.o $(LIB) $(LDLIBS)

$(BUILD)/tests/test_%: tests/unit/test_%.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(TEST_CFLAGS) -Isrc $(LDFLAGS) -o $@ $< $(LIB) \
	    $(LDLIBS) $(TEST_LDLIBS)

$(BUILD)/tests/fuzz_%_replay: tests/fuzz/fuzz_%.c tests/fuzz/replay_main.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -Isrc $(LDFLAGS) -o $@ $< tests/fuzz/replay_main.c \
	    $(LIB) $(LDLIBS)

# Every report, rendered from source/ by the stylesheets in xsl/.
reports: $(PROG)
	ASEMDOC_DATADIR=$(CURDIR) $(PROG) build -o $(OUT)

# Unit tests, then the end-to-end, golden, hostile-input and fuzz-corpus
# checks, each a script in tests/ run against $(PROG).
test: unit e2e

unit: $(UNIT_BINS)
	@set -e; for t in $(UNIT_BINS); do echo "== $$t"; \
	    ASEMDOC_DATADIR=$(CURDIR) $$t; done

e2e: $(PROG) $(FUZZ_REPLAY)
	ASEMDOC=$(CURDIR)/$(PROG) ASEMDOC_DATADIR=$(CURDIR) BUILD=$(BUILD) \
	    sh tests/run.sh

# The same suite with AddressSanitizer and UndefinedBehaviorSanitizer,
# leaks included, in a build directory of its own.
check-asan:
	$(MAKE) BUILD=build/asan \
	    CFLAGS="-O1 -g -fsanitize=address,undefined \
	    -fno-sanitize-recover=all -fno-omit-frame-pointer" \
	    LDFLAGS="-fsanitize=address,undefined" \
	    ASAN_OPTIONS=detect_leaks=1 \
	    LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 test

# The whole pipeline under valgrind memcheck: no errors, no definite leaks.
VALGRIND = valgrind -q --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite --show-leak-kinds=definite \
	--suppressions=$(CURDIR)/tests/valgrind.supp
check-valgrind: $(PROG)
	@set -e; t=$$(mktemp -d); trap 'rm -rf $$t' EXIT; \
	export ASEMDOC_DATADIR=$(CURDIR); \
	$(VALGRIND) $(PROG) import source/raw/matrix.txt -o $$t/matrix.xml; \
	$(VALGRIND) $(PROG) validate; \
	$(VALGRIND) $(PROG) build -o $$t/out; \
	echo "check-valgrind: no errors, no definite leaks"

# libFuzzer targets (tests/fuzz/fuzz_<stage>.c), built with clang and the
# sanitizers, each run for FUZZ_SECONDS on a copy of its seed corpus.
FUZZ_SECONDS ?= 60
FUZZ_BUILD = build/fuzz
FUZZ_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer
fuzz:
	$(MAKE) BUILD=$(FUZZ_BUILD) CC=clang \
	    CFLAGS="$(FUZZ_FLAGS) -fsanitize=fuzzer-no-link" $(FUZZ_BUILD)/libasemdoc.a
	@set -e; for f in $(FUZZ_SRCS); do n=$$(basename $$f .c); \
	    clang $(FUZZ_FLAGS) -fsanitize=fuzzer -Isrc \
	        $(shell pkg-config --cflags $(PKGS)) -o $(FUZZ_BUILD)/$$n $$f \
	        $(FUZZ_BUILD)/libasemdoc.a $(LDLIBS); \
	    c=$${n#fuzz_}; mkdir -p $(FUZZ_BUILD)/corpus/$$c; \
	    echo "== $$n for $(FUZZ_SECONDS) s"; \
	    ASEMDOC_DATADIR=$(CURDIR) \
	    LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 $(FUZZ_BUILD)/$$n \
	        -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	        -artifact_prefix=$(FUZZ_BUILD)/$$c- \
	        $(FUZZ_BUILD)/corpus/$$c tests/fuzz/corpus/$$c; done

# Speed and memory against Apache FOP, WeasyPrint and a bare Pango/Cairo
# floor on the matrix scaled 1x to 1000x (tests/bench/run.sh); results in
# out/bench/results.md.  make bench SCALES="1 10" is a quick run.
bench: $(PROG)
	sh tools/deps.sh bench
	@mkdir -p $(BUILD)/bench
	$(CC) -O2 -g -std=gnu11 -Wall -Wextra -o $(BUILD)/bench/floor \
	    tests/bench/floor.c $(shell pkg-config --cflags --libs pangocairo \
	    pangoft2 cairo-pdf fontconfig libxml-2.0 glib-2.0)
	ASEMDOC=$(CURDIR)/$(PROG) FLOOR=$(CURDIR)/$(BUILD)/bench/floor \
	    BUILD=$(BUILD) SCALES="$(SCALES)" sh tests/bench/run.sh

regen-golden: $(PROG)
	ASEMDOC=$(CURDIR)/$(PROG) ASEMDOC_DATADIR=$(CURDIR) REGEN=1 \
	    sh tests/run.sh

install: $(PROG)
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(DATADIR)/source
	cp $(PROG) $(DESTDIR)$(BINDIR)/asemdoc
	cp asemdoc.1 $(DESTDIR)$(MANDIR)/man1/asemdoc.1
	cp -R fonts xsl $(DESTDIR)$(DATADIR)/
	cp -R source/schema $(DESTDIR)$(DATADIR)/source/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/asemdoc $(DESTDIR)$(MANDIR)/man1/asemdoc.1
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf $(BUILD) asemdoc

-include $(LIB_OBJS:.o=.d) $(BUILD)/main.d
