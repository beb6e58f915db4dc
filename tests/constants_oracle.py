#!/usr/bin/env python3
"""Constants oracle: the compiler evaluates every integer constant of the
generated headers, and the value and type must equal upstream's
(tests/reference/constants/<profile>.json, copied from the reference data).

For each described header that applies to the profile, one translation unit
includes the generated header (tools view) and stores, for every constant
upstream defines in that header, its value, its signedness and its width in
three objects.  The object file is compiled for the profile's target and the
objects are read back from the ELF symbol table (pyelftools), so nothing runs
on the target and the compiler, not the generator, says what each constant is.

Prints N/M equal, lists every constant that is missing or different, and
exits 1 unless every constant of every described header is equal.  A
compiler that cannot target the profile is a failure: the README installs
every compiler this test uses.
"""
import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile

from elftools.elf.elffile import ELFFile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "gen"))
sys.path.insert(0, HERE)
from xenabi.profiles import PROFILES  # noqa: E402
from compile_matrix import compiler_cmd, probe  # noqa: E402

IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def described_headers(include_root, profile):
    """Public headers that apply to the profile (relative to xen/public/), as
    the profile's layout assertions include them."""
    path = os.path.join(include_root, "xen", "layout", f"{profile}.h")
    with open(path) as fh:
        return [line.split('"')[1][len("../public/"):] for line in fh
                if line.startswith('#include "../public/')]


def unit(header, names, ref):
    out = ["#include <stdint.h>"]
    if header.startswith("arch-"):
        out.append('#include "xen/public/xen.h"')     # arch headers are reached through xen.h
    out.append(f'#include "xen/public/{header}"')
    for i, n in enumerate(names):
        out.append(f"#ifdef {n}")
        if not_integer(ref[n]):
            out.append(f"const int xc_d{i} = 1;")
            out.append("#endif")
            continue
        out.append(f"const unsigned long long xc_v{i} = (unsigned long long)({n});")
        out.append(f"const int xc_s{i} = ((__typeof__({n}))0 - 1) < 0;")
        out.append(f"const int xc_w{i} = (int)sizeof({n});")
        out.append(f"const int xc_p{i} = __builtin_classify_type({n}) == 5;")   # a pointer
        out.append("#endif")
    return "\n".join(out) + "\n"


def not_integer(c):
    """The reference lists one string macro (io/protocols.h's
    XEN_IO_PROTO_ABI_NATIVE, on x86_64 only) with no type and value 0: its
    extractor took the string's address for a value.  Such an entry is
    checked for being defined, not for a value."""
    return c["type"] is None and c["value"] == 0


def evaluate(cmd, src, names, tmp, tag):
    obj = os.path.join(tmp, f"{tag}.o")
    r = subprocess.run(cmd + ["-x", "c", "-std=gnu11", "-O0", "-fno-common", "-c", "-o", obj, "-"],
                       input=src, capture_output=True, text=True)
    if r.returncode != 0:
        return None, r.stderr
    got = {}
    with open(obj, "rb") as fh:
        elf = ELFFile(fh)
        little = elf.little_endian
        symtab = elf.get_section_by_name(".symtab")
        for sym in symtab.iter_symbols():
            m = re.fullmatch(r"xc_([vswpd])(\d+)", sym.name)
            if not m:
                continue
            sec = elf.get_section(sym["st_shndx"])
            data = sec.data()
            off = sym["st_value"]
            raw = data[off:off + sym["st_size"]]
            val = int.from_bytes(raw, "little" if little else "big")
            got.setdefault(int(m.group(2)), {})[m.group(1)] = val
    res = {}
    for i, n in enumerate(names):
        g = got.get(i)
        if g is None:
            continue
        if "d" in g:
            res[n] = "defined"
            continue
        width = g["w"] * 8
        v = g["v"] & ((1 << width) - 1)
        if g["p"]:
            # upstream's data gives a pointer constant no type and its value
            # as the target's compiler converted it: compare the address bits
            res[n] = (v, None)
            continue
        signed = bool(g["s"])
        if signed and v >= 1 << (width - 1):
            v -= 1 << width
        res[n] = (v, f"{'s' if signed else 'u'}{width}")
    return res, ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--profile", required=True, choices=list(PROFILES))
    ap.add_argument("--include", required=True, help="directory holding xen/public/")
    ap.add_argument("--reference", default=os.path.join(HERE, "reference", "constants"))
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()

    prof = PROFILES[a.profile]
    cmd = compiler_cmd(a.profile, "clang")
    if cmd is None or not probe(cmd):
        print(f"FAIL: clang cannot target {a.profile} here (tests/run.sh installs it)")
        return 1
    cmd += ["-I", a.include, "-D__XEN_TOOLS__", "-w"]
    with open(os.path.join(a.reference, f"{a.profile}.json")) as fh:
        ref = json.load(fh)["constants"]

    headers = described_headers(a.include, a.profile)
    byfile = {}
    for name, c in sorted(ref.items()):
        h = c["file"][len("public/"):]
        if h in headers and IDENT.match(name):
            byfile.setdefault(h, []).append(name)

    equal, missing, different, failed = 0, [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        jobs = sorted(byfile.items())

        def work(item):
            h, names = item
            return evaluate(cmd, unit(h, names, ref), names, tmp, h.replace("/", "_"))

        with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as ex:
            for (h, names), (res, err) in zip(jobs, ex.map(work, jobs)):
                if res is None:
                    failed.append(h)
                    print(f"FAIL {h}: does not compile for {a.profile}")
                    print("\n".join(err.splitlines()[:4]))
                    continue
                for n in names:
                    want = "defined" if not_integer(ref[n]) else (ref[n]["value"], ref[n]["type"])
                    if want != "defined" and want[1] is None and n in res and res[n][1] is None:
                        want = (want[0] & ((1 << prof.pointer * 8) - 1), None)
                    if n not in res:
                        missing.append((h, n))
                    elif res[n] != want:
                        different.append((h, n, res[n], want))
                    else:
                        equal += 1
    total = sum(len(v) for v in byfile.values())
    for h, n in missing:
        print(f"MISSING {n} ({h})")
    for h, n, got, want in different:
        print(f"DIFF {n} ({h}): generated {got}, upstream {want}")
    print(f"{a.profile}: {equal}/{total} constants equal in value and type over {len(byfile)} headers; "
          f"{len(missing)} missing, {len(different)} different, {len(failed)} headers failed")
    return 0 if equal == total and not failed else 1


if __name__ == "__main__":
    sys.exit(main())
