#!/usr/bin/env python3
"""Independent oracle: the layouts a real compiler emits as DWARF for the
generated headers must agree with the generator's manifest.

Compiles every header of the profile (tools view, GNU C11, -g, unused types
kept) into an object, reads each struct and union with pyelftools, and
compares size and every member's offset, size, bit-field width and exact bit offset with the
manifest.  Alignment is not in DWARF; the static assertions check it.

Exit status: 0 agree, 1 disagree, or no compiler for the profile.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile


sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gen"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compile_matrix import compiler_cmd, headers, probe, source_for  # noqa: E402
from xenabi.compare import record_differences  # noqa: E402
from xenabi.dwarf import dwarf_records  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--profile", required=True)
    ap.add_argument("--compiler", default=None, help="gcc or clang (default: gcc where it targets the profile)")
    ap.add_argument("--include", required=True)
    a = ap.parse_args()
    compiler = a.compiler or ("gcc" if compiler_cmd(a.profile, "gcc") else "clang")
    cmd = compiler_cmd(a.profile, compiler)
    if cmd is None or not probe(cmd):
        print(f"FAIL: {compiler} cannot target {a.profile} here")
        return 1
    with open(os.path.join(a.include, "xen", "layout", f"{a.profile}.json")) as fh:
        manifest = json.load(fh)["records"]
    src = source_for(headers(a.include, a.profile))
    with tempfile.TemporaryDirectory() as tmp:
        obj = os.path.join(tmp, "oracle.o")
        r = subprocess.run(cmd + ["-x", "c", "-std=gnu11", "-g", "-gdwarf-4", "-c",
                                  "-fno-eliminate-unused-debug-types", "-D__XEN_TOOLS__",
                                  "-I", a.include, "-o", obj, "-"],
                           input=src, capture_output=True, text=True)
        if r.returncode != 0:
            print(r.stderr[:3000])
            print(f"{a.profile}: oracle object did not compile")
            return 1
        if compiler == "clang":
            # pyelftools cannot apply every target's relocations (riscv64):
            # let lld apply them by linking the object into a shared object.
            so = os.path.join(tmp, "oracle.so")
            r = subprocess.run(cmd + ["-nostdlib", "-shared", "-fuse-ld=lld", "-o", so, obj],
                               capture_output=True, text=True)
            if r.returncode != 0:
                print(r.stderr[:2000])
                print(f"{a.profile}: could not link the oracle object (is lld installed?)")
                return 1
            obj = so
        found = dwarf_records(obj)
    bad = 0
    missing = sorted(set(manifest) - set(found))
    for key in sorted(set(manifest) & set(found)):
        want = dict(manifest[key])
        want.pop("align", None)
        diffs = record_differences(want, found[key])
        if diffs:
            bad += 1
            print(f"DIFF {key}: " + "; ".join(t for _, t in diffs))
    for key in missing:
        print(f"MISSING from DWARF: {key}")
    n = len(manifest)
    print(f"{a.profile}/{compiler}: {n - bad - len(missing)}/{n} records agree with DWARF; "
          f"{n - bad - len(missing)} passed, {bad + len(missing)} failed")
    return 1 if bad or missing else 0


if __name__ == "__main__":
    sys.exit(main())
