#!/bin/sh
# Build Xen's hypervisor (x86_64 defconfig: COMPAT, PV, HVM) with the
# generated trees in place of upstream's: include/xen/public replaces
# xen/include/public, and the compat headers and compat/xlat.h come from
# `xenabi xen-compat` run by Xen's own include Makefile (compat/xenabi.mk)
# instead of upstream's three scripts and xlat.lst.
#
#   XEN_SRC=/path/to/xen tests/xen_hypervisor_build.sh [WORKDIR]
#
# XEN_SRC is a Xen source tree (commit c447b7308b13 matches the reference
# data; README.md says how to get one).  It is copied, never modified;
# the copy gets the patches in tests/xen_patches (Xen code that relied on a
# layout upstream's list got wrong).
# About five minutes on two cores.  Exit status 0 only if the build links
# xen/xen and every compat header it used came from xenabi.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${XEN_SRC:-}" ]; then
    echo "xen_hypervisor_build: NOT RUN: set XEN_SRC to a Xen source tree" >&2
    exit 2
fi
work=${1:-$(mktemp -d /tmp/xenabi-xenbuild.XXXXXX)}
tree=$work/xen-src
rm -rf "$tree"
mkdir -p "$tree"
echo "copying $XEN_SRC to $tree"
(cd "$XEN_SRC" && tar cf - --exclude=.git .) | (cd "$tree" && tar xf -)
make -s -C "$tree/xen" clean >/dev/null 2>&1 || true

# public headers: the generated ones
rm -rf "$tree/xen/include/public"
cp -r "$here/include/xen/public" "$tree/xen/include/public"

# compat headers: the include Makefile runs xenabi instead of upstream's scripts
mk=$tree/xen/include/Makefile
start=$(grep -n '^quiet_cmd_compat_h' "$mk" | cut -d: -f1)
end=$(grep -n 'call if_changed,xlat_h)$' "$mk" | cut -d: -f1)
if [ -z "$start" ] || [ -z "$end" ]; then
    echo "xen_hypervisor_build: FAIL: $mk does not have the compat rules this test replaces" >&2
    exit 1
fi
{
    head -n $((start - 1)) "$mk"
    echo "XENABI := $here/xenabi"
    echo "include $here/compat/xenabi.mk"
    tail -n +$((end + 1)) "$mk"
} > "$mk.new"
mv "$mk.new" "$mk"
rm -f "$tree/xen/include/xlat.lst" "$tree/xen/tools/compat-build-source.py" \
      "$tree/xen/tools/compat-build-header.py" "$tree/xen/tools/compat-xlat-header.py"

# Xen's own fixes the generated layouts call for (tests/xen_patches/README.md)
for p in "$here"/tests/xen_patches/*.patch; do
    echo "applying $(basename "$p")"
    if ! patch -s -p1 -d "$tree" <"$p"; then
        echo "xen_hypervisor_build: FAIL: $(basename "$p") does not apply to this Xen tree" >&2
        exit 1
    fi
done

log=$work/build.log
echo "building (log: $log)"
status=0
# -k: one run names every file that does not compile, not only the first
{ make -C "$tree/xen" defconfig && make -k -C "$tree/xen" -j"$(nproc)"; } >"$log" 2>&1 || status=$?
if [ $status -ne 0 ] || [ ! -f "$tree/xen/xen" ]; then
    grep -E "error:" "$log" | sort -u | head -40 >&2
    grep -E "^make.*\*\*\* .*\.o\] Error" "$log" | sed 's/.*\[\(.*\)\] Error.*/failed: \1/' >&2
    echo "xen_hypervisor_build: FAIL: the hypervisor did not build (status $status)" >&2
    exit 1
fi
# every compat header in the build tree is xenabi's
bad=0
for h in $(cd "$tree/xen/include" && find compat -name '*.h'); do
    if ! cmp -s "$tree/xen/include/$h" "$here/compat/xen/$h"; then
        echo "xen_hypervisor_build: FAIL: $h is not xenabi's output" >&2
        bad=1
    fi
done
[ $bad -eq 0 ] || exit 1
n=$(cd "$tree/xen/include" && find compat -name '*.h' | wc -l)

# the project's own translators (compat/include/xen/compat and the runtime)
# compiled the way Xen compiles common/compat/memory.c: Xen's flags and
# Xen's own <xen/types.h> and <xen/string.h>
cmdfile=$tree/xen/common/compat/.memory.o.cmd
cmd=$(sed -n 's/^cmd_common\/compat\/memory.o := //p' "$cmdfile" 2>/dev/null || true)
if [ -z "$cmd" ]; then
    echo "xen_hypervisor_build: FAIL: no compile command in $cmdfile to compile the translators with" >&2
    exit 1
fi
cmd=$(printf '%s\n' "$cmd" | sed -e 's/-MMD -MP -MF [^ ]*//' -e "s/'-D__OBJECT_LABEL__=[^']*'//" \
      -e 's/ -c common\/compat\/memory.c -o [^ ]* -MQ [^ ]*$//')
src=$work/translators.c
: >"$src"
for f in $(cd "$here/compat/include" && find xen/compat -name '*.h' | sort); do
    case $f in
        xen/compat/linux/*|xen/compat/hypercall.h|xen/compat/io/libxenvchan.h) ;;  # not for the hypervisor
        *) echo "#include \"$f\"" >>"$src" ;;
    esac
done
if ! (cd "$tree/xen" && eval "$cmd -I $here/include -I $here/compat/include -I $here/compat/runtime \
                              -c $src -o $work/translators.o") >"$work/translators.log" 2>&1; then
    head -40 "$work/translators.log" >&2
    echo "xen_hypervisor_build: FAIL: the translators do not compile with Xen's flags and headers" >&2
    exit 1
fi
t=$(wc -l <"$src")
echo "xen_hypervisor_build: PASS: xen/xen linked with xenabi's public headers and $n compat headers;" \
     "$t translator headers compiled with Xen's own flags and headers"
