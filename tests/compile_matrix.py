#!/usr/bin/env python3
"""Compile matrix: every generated public header alone and all of them
together, under C89, C99, C11, C++98 and C++17, with -Wall -Wextra -Werror
-pedantic, with and without __XEN_TOOLS__, for one (profile, compiler).

With --asserts it compiles the generated static layout assertions instead
(GNU C11 and GNU C++17, tools view), so the compiler confirms every size,
alignment and offset the generator computed.

Exit status: 0 all compiled, 1 a compile failed or the compiler cannot
target the profile (the README installs every compiler a test uses).
"""
import argparse
import concurrent.futures
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gen"))
from xenabi import pin  # noqa: E402
from xenabi.profiles import PROFILES  # noqa: E402

STANDARDS = {
    "c89": ["-x", "c", "-ansi", "-pedantic", "-Wno-long-long"],
    "c99": ["-x", "c", "-std=c99", "-pedantic"],
    "c11": ["-x", "c", "-std=c11", "-pedantic"],
    "c++98": ["-x", "c++", "-std=c++98", "-pedantic", "-Wno-long-long"],
    "c++17": ["-x", "c++", "-std=c++17", "-pedantic"],
}
WARN = ["-Wall", "-Wextra", "-Werror"]
ASSERT_STANDARDS = {
    "gnu11": ["-x", "c", "-std=gnu11"],
    "gnu++17": ["-x", "c++", "-std=gnu++17"],
}


def compiler_cmd(profile, compiler):
    prof = PROFILES[profile]
    flags = prof.gcc if compiler == "gcc" else prof.clang
    if compiler == "gcc" and not prof.gcc:
        return None
    exe = shutil.which("gcc" if compiler == "gcc" else "clang")
    if exe is None:
        return None
    # Only the compiler's own freestanding headers (stdint.h, stddef.h) and
    # the -I given: nothing may come from /usr/include, where Debian's
    # libxen-dev and linux-libc-dev put headers with the same names.
    builtin = subprocess.run([exe, "-print-file-name=include"], capture_output=True,
                             text=True).stdout.strip()
    flags = [f for f in flags if f not in ("-ffreestanding", "-nostdlibinc")]
    return [exe] + flags + ["-ffreestanding", "-nostdinc", "-isystem", builtin]


def probe(cmd):
    """Can this compiler build an object for the target, without reaching
    the host's headers?  (`#include <stdio.h>` must fail.)"""
    r = subprocess.run(cmd + ["-x", "c", "-c", "-o", os.devnull, "-"], input="int x;\n",
                       capture_output=True, text=True)
    if r.returncode != 0:
        return False
    r = subprocess.run(cmd + ["-x", "c", "-fsyntax-only", "-"], input="#include <stdio.h>\n",
                       capture_output=True, text=True)
    if r.returncode == 0:
        print(f"FAIL: {' '.join(cmd)} reaches the host's /usr/include")
        return False
    return True


def headers(include_root, profile):
    """Generated headers that apply to the profile, named relative to xen/
    ("public/memory.h", "linux/privcmd.h"), as the profile's layout
    assertions include them."""
    with open(os.path.join(include_root, "xen", "layout", f"{profile}.h")) as fh:
        return [line.split('"')[1][3:] for line in fh if line.startswith('#include "../')]


def only_view(include_root, h, view):
    """The generated header (named relative to xen/) says it compiles in
    `view` only (upstream's domctl.h and sysctl.h #error outside the tools view)."""
    with open(os.path.join(include_root, "xen", h)) as fh:
        return f"/* xenabi: view {view} */" in fh.read()


def source_for(hs):
    lines = ["#include <stdint.h>"]
    for h in hs:
        if h.startswith("public/arch-"):
            lines.append('#include "xen/public/xen.h"')     # arch headers are reached through xen.h
        lines.append(f'#include "xen/{h}"')
    lines.append("int xenabi_compile_matrix_unit;")
    return "\n".join(lines) + "\n"


def run(cmd, src):
    r = subprocess.run(cmd + ["-fsyntax-only", "-"], input=src, capture_output=True, text=True)
    return r.returncode, r.stderr


def interface_versions(include_root):
    """One interface version from each range the generated headers' version
    conditionals tell apart (0 up to the newest): a guest may ask for any,
    and each takes its own mix of branches."""
    headers = {}
    for base, _, files in os.walk(os.path.join(include_root, "xen", "public")):
        for f in files:
            with open(os.path.join(base, f)) as fh:
                headers[os.path.join(base, f)] = fh.read()
    try:
        return pin.interface_versions(headers)
    except pin.PinError as e:
        raise SystemExit(f"FAIL: {e}") from None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--profile", required=True, choices=list(PROFILES))
    ap.add_argument("--compiler", required=True, choices=["gcc", "clang"])
    ap.add_argument("--include", required=True, help="directory holding xen/public/")
    ap.add_argument("--asserts", action="store_true", help="compile the layout assertions instead")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    a = ap.parse_args()
    cmd = compiler_cmd(a.profile, a.compiler)
    if cmd is None or not probe(cmd):
        print(f"FAIL: {a.compiler} cannot target {a.profile} here")
        return 1
    inc = ["-I", a.include]
    jobs = []
    if a.asserts:
        src = f'#include <stdint.h>\n#include "xen/layout/{a.profile}.h"\nint xenabi_unit;\n'
        for std, flags in ASSERT_STANDARDS.items():
            jobs.append((f"layout/{a.profile}.h [{std}]", cmd + flags + inc + ["-D__XEN_TOOLS__"], src))
    else:
        hs_all = headers(a.include, a.profile)
        for std, flags in STANDARDS.items():
            for mode, defs in (("tools", ["-D__XEN_TOOLS__"]), ("guest", [])):
                hs = [h for h in hs_all if mode == "tools" or not only_view(a.include, h, "tools")]
                base = cmd + flags + WARN + inc + defs
                for h in hs:
                    jobs.append((f"{h} [{std}, {mode}]", base, source_for([h])))
                jobs.append((f"<all {len(hs)} headers> [{std}, {mode}]", base, source_for(hs)))
                if std == "c99" and mode == "guest":
                    # every interface version a guest may ask for (0 is the
                    # default above)
                    for v in interface_versions(a.include)[1:]:
                        jobs.append((f"<all {len(hs)} headers> [{std}, guest, interface 0x{v:08x}]",
                                     base + [f"-D__XEN_INTERFACE_VERSION__=0x{v:08x}"], source_for(hs)))
                if std.startswith("c") and not std.startswith("c++"):
                    # code written against upstream's headers compiles unchanged
                    guest = os.path.join(os.path.dirname(os.path.abspath(__file__)), "guest_program.c")
                    with open(guest) as fh:
                        jobs.append((f"guest_program.c [{std}, {mode}]", base, fh.read()))
    failed = 0
    with concurrent.futures.ThreadPoolExecutor(a.j) as ex:
        for (name, c, src), (rc, err) in zip(jobs, ex.map(lambda j: run(j[1], j[2]), jobs)):
            if rc != 0:
                failed += 1
                print(f"FAIL {name}: {' '.join(c)}")
                print("\n".join(err.splitlines()[:12]))
    print(f"{a.profile}/{a.compiler}{' asserts' if a.asserts else ''}: "
          f"{len(jobs) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
