#!/usr/bin/env python3
"""The generated compat headers in a 64-bit hypervisor-style build: all of
them together, every CHECK_ macro instantiated (the native layout equals the
x86_32 guest layout for every identical record) and every compat type's
x86_32 layout asserted, under GNU C11 with -Wall -Wextra -Werror.
A missing compiler is a failure."""
import argparse
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--compiler", required=True, choices=["gcc", "clang"])
    ap.add_argument("--generated", required=True, help="directory holding include/ and compat/include/")
    a = ap.parse_args()
    exe = shutil.which(a.compiler)
    if not exe:
        print(f"FAIL: no {a.compiler}")
        return 1
    cinc = os.path.join(a.generated, "compat", "include")
    headers, checks = [], []
    for d, _, files in os.walk(os.path.join(cinc, "xen", "compat")):
        for f in sorted(files):
            p = os.path.join(d, f)
            headers.append(os.path.relpath(p, cinc))
            with open(p) as fh:
                checks += re.findall(r"^#define (CHECK_\w+)", fh.read(), re.M)
    src = "#include <stdint.h>\n#include <stddef.h>\n" + "".join(f'#include "{h}"\n' for h in sorted(headers))
    src += "".join(f"{c};\n" for c in checks)
    cmd = [exe, "-m64", "-x", "c", "-std=gnu11", "-Wall", "-Wextra", "-Werror", "-D__XEN_TOOLS__",
           "-I", os.path.join(a.generated, "include"), "-I", cinc,
           "-I", os.path.join(HERE, "..", "compat", "runtime"), "-fsyntax-only", "-"]
    r = subprocess.run(cmd, input=src, capture_output=True, text=True)
    if r.returncode:
        print(r.stderr[:4000])
    ok = r.returncode == 0
    print(f"compat headers ({len(headers)} files, {len(checks)} CHECK_ macros) with {a.compiler}: "
          f"{int(ok)} passed, {int(not ok)} failed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
