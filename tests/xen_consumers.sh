#!/bin/bash
# xen_consumers.sh: do Xen's OWN consumers accept the generated public headers
# in place of upstream's?  A manual check, not part of CI (README: "Xen's own
# consumers").
#
#   XEN_SRC=/path/to/xen tests/xen_consumers.sh [--upstream] [--keep]
#
#   --upstream  control run: skip step 1 and use upstream's own headers, so a
#               failure with the generated headers means something
#   --keep      keep the work directory even when everything passed
#   JOBS=N      make -j (default 2), PYTHON (default /usr/bin/python3),
#               TMPDIR (where the work directory goes)
#
# XEN_SRC is never written to: it is copied into a temporary directory first.
#
# Steps (each printed PASS/FAIL, then "N passed, M failed"; exit 1 on any FAIL):
#   1. generate the tree with gen/ and replace the copy's xen/include/public/
#      with the generated include/xen/public/ (upstream's headers deleted first,
#      upstream's COPYING kept).  Upstream headers the project does not describe
#      yet are copied back in from upstream and listed by name ("fill-ins"):
#      without them nothing in Xen builds, and every check below then runs on
#      the generated headers plus exactly those named upstream ones.
#   2. xen/include/Makefile's headers.chk, headers99.chk, headers++.chk, run
#      through Xen's own kbuild (make -C xen defconfig, then `$(MAKE)
#      $(build)=include include/<chk>` from an extra makefile given after
#      xen/Makefile), without building the hypervisor.
#   3. tools/include/xen-foreign: mkheader.py for arm32 arm64 x86_32 x86_64 and
#      mkchecker.py exactly as its Makefile runs them, the checker built with
#      Config.mk's HOSTCC/HOSTCFLAGS -D__XEN_TOOLS__, its output diffed with
#      reference.size.
#   4. xen/tools/gen-cpuid.py on the generated arch-x86/cpufeatureset.h, run
#      as xen/include/xen/lib/x86/Makefile runs it, output compared with its
#      output on upstream's header.  Not described by the project = FAIL.
#   5. tools/configure (no qemu, stubdom, docs, ocaml, golang, firmware,
#      pygrub, xsm policy, pvshim), make -C tools/include, then every library
#      of tools/libs/Makefile in its order, each PASS/FAIL with its first error.
#
# Debian 12 build dependencies (installed with apt-get when missing and root):
#   gcc g++ make cpp python3 python3-dev python3-pycparser pkg-config
#   acpica-tools (iasl: tools/configure on x86) uuid-dev libyajl-dev
#   libncurses-dev zlib1g-dev bison flex
#   (optional, configure goes without: libjson-c-dev, libnl-3-dev,
#    libnl-route-3-dev, liblzma-dev, libbz2-dev, liblzo2-dev, libzstd-dev)

set -u
{ # read whole before running: editing the file during a run does not disturb it

DEPS="gcc g++ make cpp python3 python3-dev python3-pycparser pkg-config acpica-tools uuid-dev libyajl-dev libncurses-dev zlib1g-dev bison flex"
LIBS="toolcore toollog evtchn gnttab call foreignmemory devicemodel ctrl guest hypfs manage store stat vchan light util"
ARCHES="arm32 arm64 x86_32 x86_64"   # xen-foreign/Makefile's $(architectures)

if [ -z "${XEN_SRC:-}" ]; then
    echo "xen_consumers: XEN_SRC not given: not run"
    exit 1
fi

mode=generated keep=0
for a in "$@"; do
    case "$a" in
    --upstream) mode=upstream ;;
    --keep) keep=1 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "xen_consumers: unknown argument $a" >&2; exit 2 ;;
    esac
done

ROOT=$(cd "$(dirname "$0")/.." && pwd)
XEN_SRC=$(cd "$XEN_SRC" && pwd) || { echo "xen_consumers: XEN_SRC=$XEN_SRC: no such directory"; exit 1; }
[ -f "$XEN_SRC/xen/include/public/xen.h" ] || { echo "xen_consumers: $XEN_SRC is not a Xen source tree"; exit 1; }
JOBS=${JOBS:-2}
PY=${PYTHON:-/usr/bin/python3}
export PYTHON=$PY

npass=0 nfail=0
pass() { npass=$((npass + 1)); echo "PASS: $*"; }
fail() { nfail=$((nfail + 1)); echo "FAIL: $*"; }
note() { echo "      $*"; }

# first_error LOG: the first line that looks like the error, else the last line
first_error() {
    local l
    l=$(grep -m1 -E '(^|[^A-Za-z])(error|Error|ERROR)[: ]|No such file|not found|undefined reference' "$1" 2>/dev/null)
    [ -n "$l" ] || l=$(grep -v '^make.*\(Entering\|Leaving\) directory' "$1" | tail -n 1)
    printf '%s' "$l" | cut -c1-300
}
# show LOG: the first error and up to 5 lines of context, indented
show() {
    local n
    n=$(grep -n -m1 -E '(^|[^A-Za-z])(error|Error|ERROR)[: ]|No such file|undefined reference' "$1" 2>/dev/null | cut -d: -f1)
    if [ -n "$n" ]; then
        sed -n "$((n > 3 ? n - 3 : 1)),$((n + 5))p" "$1"
    else
        tail -n 8 "$1"
    fi | cut -c1-300 | sed 's/^/      | /'
}

# ---- dependencies -----------------------------------------------------------
missing=""
for p in $DEPS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "xen_consumers: installing Debian packages:$missing"
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -qq --no-install-recommends $missing >/dev/null \
            || { echo "xen_consumers: apt-get install$missing failed"; exit 1; }
    else
        echo "xen_consumers: not root: run apt-get install$missing first"; exit 1
    fi
fi

# ---- work copy --------------------------------------------------------------
W=$(mktemp -d "${TMPDIR:-/tmp}/xen_consumers.XXXXXX")
L=$W/logs
mkdir -p "$L"
X=$W/xen
PUB=$X/xen/include/public
echo "xen_consumers: mode $mode, XEN_SRC $XEN_SRC, work dir $W"
if [ -d "$XEN_SRC/.git" ] && git -C "$XEN_SRC" rev-parse --verify -q HEAD >/dev/null; then
    mkdir -p "$X" && git -C "$XEN_SRC" archive HEAD | tar -x -C "$X"
    echo "xen_consumers: copied with git archive of $(git -C "$XEN_SRC" rev-parse --short HEAD)"
else
    cp -a "$XEN_SRC" "$X"
fi || { echo "xen_consumers: cannot copy $XEN_SRC"; exit 1; }
chmod -R u+w "$X"
# the upstream headers as the copy has them, before step 1 touches anything
UP=$W/upstream-public
cp -a "$PUB" "$UP"

# ---- 1. generated headers into the copy ---------------------------------------
GEN=$W/gen
if [ "$mode" = generated ]; then
    rev=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')
    if PYTHONPATH="$ROOT/gen" /usr/bin/python3 -m xenabi --root "$ROOT" generate --out "$GEN" >"$L/1-generate.log" 2>&1 \
       && [ -f "$GEN/include/xen/public/xen.h" ]; then
        find "$PUB" -mindepth 1 ! -name COPYING -delete
        cp -a "$GEN/include/xen/public/." "$PUB/"
        (cd "$GEN/include/xen/public" && find . -name '*.h' | sed 's,^\./,,' | sort) >"$W/generated.lst"
        (cd "$UP" && find . -name '*.h' | sed 's,^\./,,' | sort) >"$W/upstream.lst"
        comm -13 "$W/generated.lst" "$W/upstream.lst" >"$W/fillin.lst"
        comm -23 "$W/generated.lst" "$W/upstream.lst" >"$W/extra.lst"
        pass "1 generate ($ROOT at $rev): $(wc -l <"$W/generated.lst") generated headers replace upstream's $(wc -l <"$W/upstream.lst")"
        note "generated: $(tr '\n' ' ' <"$W/generated.lst")"
        if [ -s "$W/extra.lst" ]; then
            note "generated but not upstream (kept): $(tr '\n' ' ' <"$W/extra.lst")"
        fi
        if [ -s "$W/fillin.lst" ]; then
            note "treatment of upstream headers the project does not describe yet: copied back"
            note "in from upstream, so every check below runs on the generated headers plus"
            note "these $(wc -l <"$W/fillin.lst") upstream ones (fill-ins):"
            note "$(tr '\n' ' ' <"$W/fillin.lst")"
            (cd "$UP" && while read -r f; do mkdir -p "$PUB/$(dirname "$f")"; cp -a "$f" "$PUB/$f"; done) <"$W/fillin.lst"
        fi
    else
        fail "1 generate: $(first_error "$L/1-generate.log")"
        show "$L/1-generate.log"
        echo "$npass passed, $nfail failed"
        echo "xen_consumers: work dir kept: $W"
        exit 1
    fi
else
    echo "xen_consumers: --upstream: step 1 skipped, upstream's headers in place"
    : >"$W/fillin.lst"
fi
# origin F: where the copy's public header F came from
origin() {
    if [ "$mode" = upstream ]; then echo upstream
    elif grep -qxF "$1" "$W/fillin.lst"; then echo "upstream fill-in"
    else echo generated; fi
}

# ---- 2. xen/include/Makefile header checks -----------------------------------
cat >"$W/chk.mk" <<'EOF'
# Given after xen/Makefile: runs exactly one of xen/include/Makefile's header
# checks through Xen's kbuild, as the hypervisor build's `$(MAKE) $(build)=include all` would.
PHONY += xenabi-chk-headers.chk xenabi-chk-headers99.chk xenabi-chk-headers++.chk
xenabi-chk-%: tools_fixdep FORCE
	$(Q)$(MAKE) $(build)=include include/$*
EOF
# chk_all CHECK LOG: Xen's check stops at its first bad header; compile every
# header of the list the check was given (from make V=1's echo of its loop)
# the same way, to name every bad one and where it came from.
chk_all() {
    local c=$1 list h pre out nbad=0
    list=$(sed -n 's/.*for i in \([^;]*\); do.*/\1/p' "$2" | head -n 1)
    for h in $list; do
        case $h in */io/9pfs.h|*/io/pvcalls.h) pre=string ;; *) pre= ;; esac
        out=$(cd "$X/xen" && case $c in
            headers.chk) gcc -x c -ansi -Wall -Werror -include stdint.h -S -o /dev/null "$h" ;;
            headers99.chk) echo "#include \"$h\"" | gcc -x c -std=c99 -Wall -Werror \
                             -include stdint.h ${pre:+-include $pre.h} -S -o /dev/null - ;;
            headers++.chk) echo "#include \"$h\"" | g++ -x c++ -std=gnu++98 -Wall -Werror -D__XEN_TOOLS__ \
                             -include stdint.h -include include/public/xen.h ${pre:+-include c$pre} -S -o /dev/null - ;;
            esac 2>&1) && continue
        nbad=$((nbad + 1))
        note "bad in $c: ${h#*include/public/} ($(origin "${h#*include/public/}")): $(printf '%s\n' "$out" | grep -m1 -E 'error' | cut -c1-250)"
    done
    note "$c: $nbad of $(echo $list | wc -w) headers fail"
}
if make -C "$X/xen" defconfig >"$L/2-defconfig.log" 2>&1; then
    for c in headers.chk headers99.chk headers++.chk; do
        log=$L/2-$c.log
        if make -C "$X/xen" -f Makefile -f "$W/chk.mk" V=1 "xenabi-chk-$c" >"$log" 2>&1 \
           && [ -f "$X/xen/include/$c" ]; then
            n=$(wc -l <"$X/xen/include/$c")
            g=0 u=0
            while read -r h; do
                case $(origin "${h#*include/public/}") in generated) g=$((g + 1)) ;; *) u=$((u + 1)) ;; esac
            done <"$X/xen/include/$c"
            if [ "$n" -eq 0 ]; then
                fail "2 $c: checked no header (no C++ compiler?)"
            else
                pass "2 $c: $n headers ($g generated, $u upstream)"
            fi
        else
            # the check stops at the first bad header: name it and where it came from
            bad=$(grep -m1 -oE '[^ "]*include/public/[^ ":]*\.h:[0-9]+(:[0-9]+)?: (fatal )?error' "$log" | sed 's/:[0-9].*//')
            bad=${bad#*include/public/}
            fail "2 $c: ${bad:+$bad ($(origin "$bad")): }$(first_error "$log")"
            show "$log"
            chk_all "$c" "$log"
        fi
    done
else
    fail "2 make -C xen defconfig: $(first_error "$L/2-defconfig.log")"
    show "$L/2-defconfig.log"
fi

# ---- 3. tools/include/xen-foreign ---------------------------------------------
FD=$X/tools/include/xen-foreign
R=$PUB
hostflags=$(printf 'XEN_ROOT := %s\ninclude $(XEN_ROOT)/Config.mk\n.PHONY: xenabi-print\nxenabi-print:\n\t@echo "$(HOSTCC)"; echo "$(HOSTCFLAGS)"\n' "$X" \
            | make -s -f - xenabi-print 2>/dev/null)
HOSTCC=$(echo "$hostflags" | sed -n 1p)
HOSTCFLAGS=$(echo "$hostflags" | sed -n 2p)
[ -n "$HOSTCC" ] || HOSTCC=gcc
ok3=1
for a in $ARCHES; do
    case $a in
    arm32|arm64) hs="$R/arch-arm.h $R/xen.h" ;;
    x86_32) hs="$R/arch-x86/xen-x86_32.h $R/arch-x86/xen.h $R/xen.h" ;;
    x86_64) hs="$R/arch-x86/xen-x86_64.h $R/arch-x86/xen.h $R/xen.h" ;;
    esac
    log=$L/3-mkheader-$a.log
    if (cd "$FD" && "$PY" mkheader.py "$a" "$a.h.tmp" $hs \
        && sed 's/(__align8__ \(uint64_t\))/(\1)/g' <"$a.h.tmp" >"$a.h.tmp2" \
        && rm "$a.h.tmp" && mv -f "$a.h.tmp2" "$a.h") >"$log" 2>&1; then
        pass "3 xen-foreign mkheader.py $a"
    else
        ok3=0; fail "3 xen-foreign mkheader.py $a: $(first_error "$log")"; show "$log"
    fi
done
if [ $ok3 = 1 ]; then
    log=$L/3-checker.log
    if (cd "$FD" && "$PY" mkchecker.py checker.c $ARCHES \
        && $HOSTCC $HOSTCFLAGS -D__XEN_TOOLS__ -o checker checker.c) >"$log" 2>&1; then
        pass "3 xen-foreign mkchecker.py + $HOSTCC $HOSTCFLAGS -D__XEN_TOOLS__ checker.c"
        log=$L/3-diff.log
        if (cd "$FD" && ./checker >tmp.size && diff -u reference.size tmp.size) >"$log" 2>&1; then
            pass "3 xen-foreign checker output = reference.size ($(wc -l <"$FD/reference.size") lines)"
        else
            fail "3 xen-foreign checker output differs from reference.size: $(grep -m1 -E '^[-+][^-+]' "$log" | cut -c1-200)"
            sed 's/^/      | /' "$log" | head -n 30
        fi
    else
        fail "3 xen-foreign checker build: $(first_error "$log")"; show "$log"
    fi
else
    fail "3 xen-foreign checker: not run (mkheader.py failed)"
fi

# ---- 4. gen-cpuid.py ----------------------------------------------------------
CFS=arch-x86/cpufeatureset.h
log=$L/4-gen-cpuid.log
if [ "$mode" = generated ] && ! [ -f "$GEN/include/xen/public/$CFS" ]; then
    fail "4 gen-cpuid.py: not run: the project does not describe $CFS yet"
elif ! [ -f "$UP/$CFS" ]; then
    fail "4 gen-cpuid.py: not run: upstream has no $CFS"
else
    # as xen/include/xen/lib/x86/Makefile: $(PYTHON) gen-cpuid.py -i $< -o $@.new,
    # both on the copy's path (the output names its input): upstream's header
    # swapped in for the first run
    mkdir -p "$W/cpuid/up" "$W/cpuid/test"
    cp -a "$PUB/$CFS" "$W/cpuid/test.h" && cp -a "$UP/$CFS" "$PUB/$CFS"
    "$PY" "$X/xen/tools/gen-cpuid.py" -i "$PUB/$CFS" -o "$W/cpuid/up/cpuid-autogen.h" >"$log.up" 2>&1
    up_rc=$?
    cp -a "$W/cpuid/test.h" "$PUB/$CFS"
    if [ $up_rc != 0 ]; then
        fail "4 gen-cpuid.py on upstream's $CFS: $(first_error "$log.up")"; show "$log.up"
    elif ! "$PY" "$X/xen/tools/gen-cpuid.py" -i "$PUB/$CFS" -o "$W/cpuid/test/cpuid-autogen.h" >"$log" 2>&1; then
        fail "4 gen-cpuid.py on the $mode $CFS: $(first_error "$log")"; show "$log"
    elif cmp -s "$W/cpuid/up/cpuid-autogen.h" "$W/cpuid/test/cpuid-autogen.h"; then
        pass "4 gen-cpuid.py on the $mode $CFS: cpuid-autogen.h identical to upstream's"
    else
        diff -u "$W/cpuid/up/cpuid-autogen.h" "$W/cpuid/test/cpuid-autogen.h" >"$log.diff"
        fail "4 gen-cpuid.py on the $mode $CFS: cpuid-autogen.h differs: $(grep -m1 -E '^[-+][^-+]' "$log.diff" | cut -c1-200)"
        head -n 30 "$log.diff" | sed 's/^/      | /'
    fi
fi

# ---- 5. tools/libs ------------------------------------------------------------
# used_headers DIR: which public headers the compiler read for DIR's objects
# (its .d files, symlinks resolved), counted by origin
used_headers() {
    local g=0 u=0 h
    for h in $(cat "$1"/.*.d 2>/dev/null | tr ' \\' '\n\n' | grep '\.h:*$' | tr -d : | sort -u \
               | xargs -r realpath -e 2>/dev/null | sort -u | sed -n "s,^$PUB/,,p"); do
        case $(origin "$h") in generated) g=$((g + 1)) ;; *) u=$((u + 1)) ;; esac
    done
    echo " (read $g generated, $u upstream public headers)"
}
log=$L/5-configure.log
if (cd "$X/tools" && ./configure PYTHON="$PY" --disable-seabios --disable-ocamltools \
        --disable-golang --disable-pygrub --disable-libfsimage --disable-xsmpolicy \
        --disable-pvshim --disable-ipxe --disable-rombios \
        --with-system-qemu=/usr/bin/qemu-system-i386) >"$log" 2>&1; then
    pass "5 tools/configure"
    log=$L/5-tools-include.log
    if make -j"$JOBS" -C "$X/tools/include" >"$log" 2>&1; then
        pass "5 make -C tools/include"
        for l in $LIBS; do
            log=$L/5-lib-$l.log
            if ! [ -d "$X/tools/libs/$l" ]; then
                note "tools/libs/$l: not in this tree"; continue
            fi
            if make -j"$JOBS" -C "$X/tools/libs/$l" >"$log" 2>&1; then
                pass "5 tools/libs/$l$(used_headers "$X/tools/libs/$l")"
            else
                fail "5 tools/libs/$l: $(first_error "$log")"; show "$log"
            fi
        done
    else
        fail "5 make -C tools/include: $(first_error "$log")"; show "$log"
        fail "5 tools/libs: not built (tools/include failed)"
    fi
else
    fail "5 tools/configure: $(first_error "$log")"; show "$log"
fi

echo "$npass passed, $nfail failed"
if [ "$nfail" -eq 0 ] && [ "$keep" = 0 ]; then
    rm -rf "$W"
else
    echo "xen_consumers: work dir kept (logs in $L): $W"
fi
[ "$nfail" -eq 0 ]; exit
}
