#!/bin/sh
# install.consumer: `cmake --install` the build tree into a scratch prefix,
# then build and run a fresh consumer project (tests/consumer/) against it
# three ways: find_package(XenABI) with the imported targets; find_package
# with xenabi_generate() (the tree generated at build time from the
# installed description by the installed generator); and pkg-config
# (xenabi, xenabi-compat) with a plain compiler command.  Fails on any
# missing tool: the README installs cmake, gcc and pkgconf.
set -eu
build=$1
here=$(cd "$(dirname "$0")" && pwd)
for tool in cmake gcc pkg-config; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (gen/install-deps.sh test)"; exit 1; }
done
tmp=$(mktemp -d "${TMPDIR:-/tmp}/xenabi-install-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" || { cat "$tmp/install.log"; exit 1; }
echo "installed into a scratch prefix: $(find "$prefix" -type f | wc -l) files"
for f in bin/xenabi include/xenabi/xen/public/xen.h include/xenabi/xen/compat/memory.h \
         include/xenabi/xen/layout/x86_64.json include/xenabi/runtime/xenabi_compat.h \
         share/xenabi/abi/xen.h share/xenabi/gen/xenabi/cli.py share/xenabi/xenabi.mk \
         share/xenabi/description.json share/xenabi/description.schema.json \
         share/cmake/XenABI/XenABIConfig.cmake share/pkgconfig/xenabi.pc share/pkgconfig/xenabi-compat.pc; do
    [ -e "$prefix/$f" ] || { echo "FAIL: the install lacks $f"; exit 1; }
done

run() {   # name, cmake options...
    name=$1; shift
    cmake -S "$here/consumer" -B "$tmp/$name" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_C_COMPILER=gcc "$@" \
        >"$tmp/$name.log" 2>&1 && cmake --build "$tmp/$name" >>"$tmp/$name.log" 2>&1 \
        || { echo "FAIL: consumer ($name) does not build:"; cat "$tmp/$name.log"; exit 1; }
    "$tmp/$name/consumer" || { echo "FAIL: consumer ($name) ran wrong"; exit 1; }
}
run find_package
run generate -DGENERATE=ON
[ -f "$tmp/generate/xen-generated/include/xen/public/xen.h" ] \
    || { echo "FAIL: xenabi_generate wrote no tree"; exit 1; }

export PKG_CONFIG_PATH="$prefix/share/pkgconfig"
cflags=$(pkg-config --cflags xenabi xenabi-compat)
v=$(pkg-config --modversion xenabi)
iv=$(sed -n 's/^#define __XEN_LATEST_INTERFACE_VERSION__ //p' "$prefix/include/xenabi/xen/public/xen-compat.h")
# shellcheck disable=SC2086
gcc -std=gnu11 -Wall -Werror $cflags -DEXPECT_INTERFACE_VERSION="$iv" "$here/consumer/consumer.c" -o "$tmp/pc-consumer" \
    || { echo "FAIL: consumer does not build with pkg-config's flags ($cflags)"; exit 1; }
"$tmp/pc-consumer" || { echo "FAIL: consumer (pkg-config) ran wrong"; exit 1; }
echo "OK: xenabi $v installed; a consumer built with find_package, with xenabi_generate and with pkg-config"
