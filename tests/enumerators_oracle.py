#!/usr/bin/env python3
"""Enumerator oracle: every enumerator upstream's public headers declare
(tests/reference/enumerators.json, made from the reference commit by
tests/tools/extract_enumerators.py) is declared by the generated header of
the same name, with the same value.

The reference constants cover #define'd integers only; an enumerator missing
from a description (XENMEM_access_r_pw was) went unnoticed until Xen's own
build failed on it.  One translation unit per header includes the generated
header (tools view, x86_64) and asserts `NAME == VALUE` for each enumerator
at compile time: a missing enumerator is an undeclared identifier, a wrong
value a failed static assertion.  Prints N/M and exits 1 unless all pass.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--include", required=True, help="directory holding xen/public/")
    ap.add_argument("--compiler", default="gcc")
    a = ap.parse_args()
    with open(os.path.join(HERE, "reference", "enumerators.json")) as fh:
        ref = json.load(fh)
    if shutil.which(a.compiler) is None:
        print(f"FAIL: {a.compiler} is not installed (the README installs it)")
        return 1
    total = sum(len(v) for v in ref["headers"].values())
    if total == 0:
        print("FAIL: the reference lists no enumerators")
        return 1
    ok, failures = 0, []
    for header, names in sorted(ref["headers"].items()):
        if not names:
            continue
        src = ["#include <stdint.h>", '#include "xen/public/xen.h"', f'#include "xen/public/{header}"']
        src += [f'_Static_assert(({n}) == {v}LL, "{n} == {v}");' for n, v in sorted(names.items())]
        r = subprocess.run([a.compiler, "-m64", "-std=gnu11", "-D__XEN_TOOLS__", "-I", a.include,
                            "-fsyntax-only", "-x", "c", "-"], input="\n".join(src) + "\n",
                           capture_output=True, text=True)
        bad = set(re.findall(r"[‘'](\w+)[’'] undeclared", r.stderr))       # gcc
        bad |= set(re.findall(r"undeclared identifier '(\w+)'", r.stderr))  # clang
        bad |= set(re.findall(r"static assertion failed: \"(\w+) ==", r.stderr))
        bad |= {m for m in re.findall(r"static_assert failed due to requirement '\((\w+)\)", r.stderr)}
        if r.returncode != 0 and not bad:
            failures.append(f"{header}: does not compile: {r.stderr.strip().splitlines()[:1]}")
            continue
        for n in sorted(names):
            if n in bad:
                failures.append(f"{header}: {n}: missing, or not {names[n]}")
            else:
                ok += 1
    for f in failures:
        print(f"FAIL {f}")
    print(f"{ok}/{total} upstream enumerators declared with upstream's value "
          f"({len(ref['headers'])} headers, reference {ref['commit'][:12]})")
    return 0 if ok == total and not failures else 1


if __name__ == "__main__":
    sys.exit(main())
