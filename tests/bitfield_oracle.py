#!/usr/bin/env python3
"""Bit-field and union layout rules, pinned to what the compilers do.

A corpus of small records that exercise every rule the generator implements
for bit-fields and unions (straddling a storage unit, 8-byte types that are
4-aligned on x86_32, zero-width and unnamed bit-fields, bit-fields in unions,
union rounding).  For each profile the corpus is laid out by the generator
and compiled by the profile's compilers (clang everywhere, gcc on x86); the
compiler's DWARF gives each record's size, its alignment (through a
`struct { char c; T t; }` wrapper) and every member's exact bit offset, and
all must agree.  Prints `N passed, M failed`; any disagreement, or a compiler
the README installs that is missing, fails.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

from elftools.elf.elffile import ELFFile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "gen"))
sys.path.insert(0, HERE)
from test_layout import load  # noqa: E402
from xenabi.layout import Layouter  # noqa: E402
from xenabi.profiles import PROFILES  # noqa: E402

CORPUS = [
    "struct bf_straddle { uint8_t a : 5; uint8_t b : 5; uint8_t c; }",
    "struct bf_u32_run { uint32_t a : 20; uint32_t b : 12; uint32_t c : 1; }",
    "struct bf_u64_after_u8 { uint8_t a; uint64_t x : 9; }",
    "struct bf_u64_only { uint64_t x : 9; }",
    "struct bf_u64_cross32 { uint32_t a : 31; uint64_t b : 9; }",
    "struct bf_u64_needs_unit { uint8_t a; uint16_t : 0; uint8_t b : 4; uint64_t c : 60; }",
    "struct bf_u64_wide { uint8_t a : 3; uint64_t b : 63; }",
    "struct bf_zero_u32 { uint8_t a : 3; uint32_t : 0; uint8_t b; }",
    "struct bf_zero_u64 { uint8_t a; uint64_t : 0; uint8_t b; }",
    "struct bf_unnamed_u32 { uint8_t a : 3; uint32_t : 5; uint8_t b; }",
    "struct bf_unnamed_u64 { uint16_t a; uint64_t : 4; uint8_t b; }",
    "struct bf_mixed { uint16_t a; uint8_t b : 4; uint8_t c : 4; uint32_t d : 20; uint8_t e; }",
    "struct bf_after_array { uint8_t a[3]; uint32_t b : 12; uint32_t c : 12; }",
    "struct bf_ioreq_like { uint64_t addr; uint16_t pad; uint8_t s : 4; uint8_t d : 1; uint8_t e : 3; uint8_t t; }",
    "union bu_u64_bits { uint64_t x : 9; }",
    "union bu_mixed { uint8_t a : 3; uint16_t b; }",
    "union bu_zero_u64 { uint8_t a; uint64_t : 0; }",
    "union bu_round { uint64_aligned_t q; uint8_t b[12]; }",
    "union bu_round_u64 { uint64_t q; uint8_t b[13]; }",
    "struct bf_in_nested { uint8_t a; union { uint32_t w; struct { uint16_t lo : 9; uint16_t hi : 7; } s; } u; }",
]


def compiler_cmds(profile):
    prof = PROFILES[profile]
    cmds = []
    if prof.gcc:
        cmds.append(("gcc", [shutil.which("gcc") or "gcc"] + list(prof.gcc)))
    cmds.append(("clang", [shutil.which("clang") or "clang"] + list(prof.clang) + ["-glldb"]))
    return cmds


def c_source():
    out = ["#include <stdint.h>",
           "typedef uint64_t uint64_aligned_t __attribute__((__aligned__(8)));"]
    for i, decl in enumerate(CORPUS):
        key = decl.split("{")[0].strip()
        out.append(decl + ";")
        out.append(f"struct xenabi_al{i} {{ char c; {key} t; }} xenabi_v{i};")
    return "\n".join(out) + "\n"


def _bitpos(m):
    a = m.attributes
    if "DW_AT_data_bit_offset" in a:
        return a["DW_AT_data_bit_offset"].value
    base = a["DW_AT_data_member_location"].value * 8 if "DW_AT_data_member_location" in a else 0
    if "DW_AT_bit_offset" in a:       # DWARF 2/3 form, counted from the unit's top bit (little-endian)
        return base + a["DW_AT_byte_size"].value * 8 - a["DW_AT_bit_offset"].value - a["DW_AT_bit_size"].value
    return base


def dwarf_facts(path):
    """{record name: (size, align, [(member, bitpos, bit_size)...])} from DWARF."""
    recs, aligns = {}, {}

    def members(die, base, prefix):
        out = []
        for m in die.iter_children():
            if m.tag != "DW_TAG_member":
                continue
            name = m.attributes["DW_AT_name"].value.decode() if "DW_AT_name" in m.attributes else None
            pos = base + _bitpos(m)
            bits = m.attributes["DW_AT_bit_size"].value if "DW_AT_bit_size" in m.attributes else None
            out.append((prefix + (name or "<anon>"), pos, bits))
            t = m.get_DIE_from_attribute("DW_AT_type")
            if t.tag in ("DW_TAG_structure_type", "DW_TAG_union_type") and "DW_AT_name" not in t.attributes:
                out += members(t, pos, prefix + (name or "<anon>") + ".")
        return out

    with open(path, "rb") as fh:
        for cu in ELFFile(fh).get_dwarf_info().iter_CUs():
            for die in cu.get_top_DIE().iter_children():
                if die.tag not in ("DW_TAG_structure_type", "DW_TAG_union_type"):
                    continue
                if "DW_AT_name" not in die.attributes:
                    continue
                name = die.attributes["DW_AT_name"].value.decode()
                kind = "struct" if die.tag == "DW_TAG_structure_type" else "union"
                if name.startswith("xenabi_al"):
                    t = [m for m in die.iter_children() if m.tag == "DW_TAG_member"][1]
                    aligns[int(name[len("xenabi_al"):])] = t.attributes["DW_AT_data_member_location"].value
                else:
                    recs[f"{kind} {name}"] = (die.attributes["DW_AT_byte_size"].value, members(die, 0, ""))
    return recs, aligns


def generator_facts(lay, base=0, prefix=""):
    out = []
    for f in lay.fields:
        if f.bit_size == 0:
            continue
        name = prefix + (f.name or "<anon>")
        pos = f.bit_offset if f.bit_size is not None else (base + f.offset) * 8
        if f.bit_size is not None:
            pos += base * 8
        if f.bit_size is not None and f.name is None:
            continue            # unnamed bit-fields have no DWARF member
        out.append((name, pos, f.bit_size))
        if f.anon is not None:
            out += generator_facts(f.anon, base + f.offset, name + ".")
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--profile", action="append", choices=list(PROFILES),
                    help="profiles to check (default: all)")
    a = ap.parse_args()
    desc = load("\n".join(d + ";" for d in CORPUS) + "\n")
    passed = failed = 0
    src = c_source()
    with tempfile.TemporaryDirectory() as tmp:
        for profile in a.profile or list(PROFILES):
            mod = desc.modules[profile]
            lay = Layouter.for_module(mod)
            for cc, cmd in compiler_cmds(profile):
                obj, so = os.path.join(tmp, "c.o"), os.path.join(tmp, "c.so")
                r = subprocess.run(cmd + ["-x", "c", "-std=gnu11", "-g", "-c", "-o", obj, "-"],
                                   input=src, capture_output=True, text=True)
                if r.returncode == 0 and cc == "clang":
                    # lld applies the relocations pyelftools cannot (riscv64)
                    r = subprocess.run(cmd + ["-nostdlib", "-shared", "-fuse-ld=lld", "-o", so, obj],
                                       capture_output=True, text=True)
                    obj = so
                if r.returncode != 0:
                    print(f"FAIL {profile}/{cc}: corpus did not compile: {r.stderr.strip()[:400]}")
                    failed += 1
                    continue
                recs, aligns = dwarf_facts(obj)
                for i, decl in enumerate(CORPUS):
                    key = decl.split("{")[0].strip()
                    rl = lay.record(mod.records[key])
                    mine = (rl.size, rl.align, generator_facts(rl))
                    size, mems = recs[key]
                    theirs = (size, aligns[i], mems)
                    if mine == theirs:
                        passed += 1
                    else:
                        failed += 1
                        print(f"FAIL {profile}/{cc} {key}: generator {mine}\n"
                              f"     {' ' * len(profile + cc + key)}  compiler  {theirs}")
    print(f"bit-field and union rules: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
