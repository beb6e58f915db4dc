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

from elftools.elf.elffile import ELFFile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gen"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compile_matrix import compiler_cmd, headers, probe, source_for  # noqa: E402
from xenabi.compare import record_differences  # noqa: E402


def _name(die):
    a = die.attributes.get("DW_AT_name")
    return a.value.decode() if a else None


def _type(die):
    return die.get_DIE_from_attribute("DW_AT_type") if "DW_AT_type" in die.attributes else None


def _size(t, ptr):
    while t is not None:
        if "DW_AT_byte_size" in t.attributes:
            return t.attributes["DW_AT_byte_size"].value
        if t.tag == "DW_TAG_pointer_type":
            return ptr                       # clang omits the size of pointer types
        if t.tag == "DW_TAG_array_type":
            n = 1
            for c in t.iter_children():
                if c.tag == "DW_TAG_subrange_type":
                    if "DW_AT_count" in c.attributes:
                        n *= c.attributes["DW_AT_count"].value
                    elif "DW_AT_upper_bound" in c.attributes:
                        n *= c.attributes["DW_AT_upper_bound"].value + 1
                    else:
                        n = 0                # flexible array member
            return n * (_size(_type(t), ptr) or 0)
        t = _type(t)
    return None


def _record(die, ptr):
    fields = []
    for m in die.iter_children():
        if m.tag != "DW_TAG_member":
            continue
        loc = m.attributes.get("DW_AT_data_member_location")
        off = loc.value if loc is not None and isinstance(loc.value, int) else 0
        t = _type(m)
        f = {"name": _name(m), "offset": off, "size": _size(t, ptr)}
        if "DW_AT_bit_size" in m.attributes:
            a = m.attributes
            f["bit_size"] = a["DW_AT_bit_size"].value
            if "DW_AT_data_bit_offset" in a:
                bitpos = a["DW_AT_data_bit_offset"].value
            else:                   # DWARF 2/3 form: counted from the unit's top bit (little-endian)
                bitpos = off * 8 + a["DW_AT_byte_size"].value * 8 - a["DW_AT_bit_offset"].value - f["bit_size"]
            f["bit_offset"] = bitpos
            f["offset"] = bitpos // 8 // f["size"] * f["size"]
        while t is not None and t.tag in ("DW_TAG_const_type", "DW_TAG_volatile_type", "DW_TAG_typedef") \
                and _name(t) is None:
            t = _type(t)
        if t is not None and t.tag in ("DW_TAG_structure_type", "DW_TAG_union_type") and _name(t) is None:
            f["anon"] = _record(t, ptr)
        fields.append(f)
    kind = "struct" if die.tag == "DW_TAG_structure_type" else "union"
    return {"kind": kind, "size": die.attributes["DW_AT_byte_size"].value, "fields": fields}


def dwarf_records(obj):
    out = {}
    with open(obj, "rb") as fh:
        dw = ELFFile(fh).get_dwarf_info()
        for cu in dw.iter_CUs():
            ptr = cu["address_size"]
            for die in cu.get_top_DIE().iter_children():
                if die.tag in ("DW_TAG_structure_type", "DW_TAG_union_type"):
                    if _name(die) and "DW_AT_byte_size" in die.attributes:
                        kw = "struct" if die.tag == "DW_TAG_structure_type" else "union"
                        out[f"{kw} {_name(die)}"] = _record(die, ptr)
                elif die.tag == "DW_TAG_typedef":
                    t = _type(die)
                    if t is not None and t.tag in ("DW_TAG_structure_type", "DW_TAG_union_type") \
                            and _name(t) is None and "DW_AT_byte_size" in t.attributes:
                        out[_name(die)] = _record(t, ptr)
    return out


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
