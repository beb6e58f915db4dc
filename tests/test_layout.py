#!/usr/bin/env python3
"""Unit tests of the layout rules and of the model the front end builds.

Expected values come from the psABIs (i386 SysV: 8-byte scalars 4-aligned in
records; AAPCS and LP64: 8-aligned; guest handles per Xen's macros), not
from the generator's own output.
"""
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gen"))
from xenabi import frontend  # noqa: E402
from xenabi.layout import Layouter, all_holes  # noqa: E402
from xenabi.profiles import PROFILES  # noqa: E402

ALL = list(PROFILES)


def load(text):
    with tempfile.TemporaryDirectory() as root:
        os.makedirs(os.path.join(root, "abi"))
        with open(os.path.join(root, "abi", "t.h"), "w") as fh:
            fh.write("/* SPDX-License-Identifier: MIT */\n" + text)
        return frontend.load(root)


def layouts(text, key):
    desc = load(text)
    out = {}
    for name, mod in desc.modules.items():
        out[name] = Layouter.for_module(mod).record(mod.records[key])
    return out


def offsets(lay):
    return [(f.name, f.offset, f.size) for f in lay.fields]


class Scalars(unittest.TestCase):
    def test_uint64_alignment_in_records(self):
        ls = layouts("struct a { uint32_t x; uint64_t y; };", "struct a")
        self.assertEqual(offsets(ls["x86_32"]), [("x", 0, 4), ("y", 4, 8)])
        self.assertEqual((ls["x86_32"].size, ls["x86_32"].align), (12, 4))
        for p in ("x86_64", "arm32", "arm64", "riscv64", "ppc64"):
            self.assertEqual(offsets(ls[p]), [("x", 0, 4), ("y", 8, 8)], p)
            self.assertEqual((ls[p].size, ls[p].align), (16, 8), p)

    def test_uint64_aligned_t_is_8_aligned_everywhere(self):
        ls = layouts("struct a { uint32_t x; uint64_aligned_t y; };", "struct a")
        for p in ALL:
            self.assertEqual(offsets(ls[p])[1], ("y", 8, 8), p)
            self.assertEqual(ls[p].align, 8, p)

    def test_profile_dependent_scalars(self):
        ls = layouts("struct a { xen_ulong_t u; xen_pfn_t f; xen_native_ulong_t n; };", "struct a")
        want = {"x86_32": (4, 4, 4), "x86_64": (8, 8, 8), "arm32": (8, 8, 4), "arm64": (8, 8, 8),
                "riscv64": (8, 8, 8), "ppc64": (8, 8, 8)}
        for p, sizes in want.items():
            self.assertEqual(tuple(f.size for f in ls[p].fields), sizes, p)
        self.assertEqual(offsets(ls["arm32"]), [("u", 0, 8), ("f", 8, 8), ("n", 16, 4)])
        self.assertEqual(ls["arm32"].size, 24)

    def test_enum_is_int_sized(self):
        ls = layouts("enum e { A = 1, B }; struct a { uint8_t c; enum e v; };", "struct a")
        for p in ALL:
            self.assertEqual(offsets(ls[p]), [("c", 0, 1), ("v", 4, 4)], p)


class Handles(unittest.TestCase):
    SRC = ("DEFINE_XEN_GUEST_HANDLE(uint8_t);\n"
           "struct a { uint32_t n; XEN_GUEST_HANDLE(uint8_t) h; XEN_GUEST_HANDLE_64(uint8_t) w; };")

    def test_handle_sizes(self):
        ls = layouts(self.SRC, "struct a")
        # x86_32: 4-byte handle, and the tools-view 64-bit handle is 8-aligned
        self.assertEqual(offsets(ls["x86_32"]), [("n", 0, 4), ("h", 4, 4), ("w", 8, 8)])
        self.assertEqual(ls["x86_32"].align, 8)
        # arm32: every handle in memory is 8 bytes, 8-aligned
        self.assertEqual(offsets(ls["arm32"]), [("n", 0, 4), ("h", 8, 8), ("w", 16, 8)])
        for p in ("x86_64", "arm64", "riscv64", "ppc64"):
            self.assertEqual(offsets(ls[p]), [("n", 0, 4), ("h", 8, 8), ("w", 16, 8)], p)

    def test_const_handle_is_defined_with_the_plain_one(self):
        desc = load(self.SRC)
        self.assertIn("const_uint8_t", desc.modules["x86_64"].handles)


class Records(unittest.TestCase):
    def test_union(self):
        ls = layouts("union u { uint8_t a; uint32_t b[3]; uint16_t c; };", "union u")
        for p in ALL:
            self.assertEqual((ls[p].size, ls[p].align), (12, 4), p)
            self.assertTrue(all(f.offset == 0 for f in ls[p].fields))

    def test_holes_and_tail_padding(self):
        ls = layouts("struct a { uint8_t f; uint32_t v; uint16_t t; };", "struct a")
        for p in ALL:
            self.assertEqual(list(ls[p].holes), [(1, 3), (10, 2)], p)
            self.assertEqual(ls[p].size, 12, p)

    def test_nested_anonymous_union_holes(self):
        ls = layouts("struct a { uint32_t k; union { uint8_t b; uint64_t q; } u; };", "struct a")
        self.assertEqual(offsets(ls["x86_32"]), [("k", 0, 4), ("u", 4, 8)])
        self.assertEqual(offsets(ls["x86_64"]), [("k", 0, 4), ("u", 8, 8)])
        self.assertEqual(all_holes(ls["x86_64"]), [(4, 4, "<record>")])
        self.assertEqual(all_holes(ls["x86_32"]), [])

    def test_anonymous_member(self):
        ls = layouts("struct a { uint16_t k; union { uint32_t x; uint16_t y; }; };", "struct a")
        lay = ls["x86_64"]
        self.assertEqual(lay.fields[1].name, None)
        self.assertEqual((lay.fields[1].offset, lay.fields[1].size), (4, 4))
        self.assertEqual([(f.name, f.offset) for f in lay.fields[1].anon.fields], [("x", 0), ("y", 0)])

    def test_arrays_of_records(self):
        ls = layouts("struct e { uint32_t a; uint16_t b; }; struct a { uint8_t c; struct e v[3]; };",
                     "struct a")
        for p in ALL:
            self.assertEqual(offsets(ls[p]), [("c", 0, 1), ("v", 4, 24)], p)
            self.assertEqual(ls[p].size, 28, p)

    def test_flexible_array(self):
        ls = layouts("struct a { uint32_t len; uint8_t data[]; };", "struct a")
        for p in ALL:
            self.assertEqual(offsets(ls[p]), [("len", 0, 4), ("data", 4, 0)], p)
            self.assertEqual(ls[p].size, 4, p)

    def test_bitfields_system_v(self):
        ls = layouts("struct a { uint32_t x : 3; uint32_t y : 30; uint8_t z : 4; uint8_t w : 4; };",
                     "struct a")
        for p in ALL:
            bits = [(f.name, f.bit_offset) for f in ls[p].fields]
            # y does not fit in the rest of x's 32-bit unit: it starts the next
            # one; z would straddle a byte boundary at bit 62, so it starts at
            # 64 and w follows it in the same byte (as gcc -m32 lays it out)
            self.assertEqual(bits, [("x", 0), ("y", 32), ("z", 64), ("w", 68)], p)
            self.assertEqual((ls[p].size, ls[p].align), (12, 4), p)

    # The next four pin rules that once went wrong; expected values are what
    # gcc -m32/-m64 and clang for every target give (tests/bitfield_oracle.py
    # checks a larger corpus against the compilers themselves).
    def test_union_size_is_rounded_to_its_alignment(self):
        ls = layouts("union u { uint64_aligned_t q; uint8_t b[12]; };", "union u")
        for p in ALL:
            self.assertEqual((ls[p].size, ls[p].align), (16, 8), p)

    def test_zero_width_bitfield_aligns_the_next_member(self):
        ls = layouts("struct s { uint8_t a : 3; uint32_t : 0; uint8_t b; };", "struct s")
        for p in ALL:
            self.assertEqual([(f.name, f.offset) for f in ls[p].fields], [("a", 0), ("b", 4)], p)
        # AAPCS gives the record the unnamed bit-field's alignment; System V does not
        want = {"x86_32": (5, 1), "x86_64": (5, 1), "arm32": (8, 4), "arm64": (8, 4),
                "riscv64": (5, 1), "ppc64": (5, 1)}
        for p, sa in want.items():
            self.assertEqual((ls[p].size, ls[p].align), sa, p)

    def test_bitfield_in_union_takes_the_bytes_its_bits_need(self):
        ls = layouts("union v { uint64_t x : 9; };", "union v")
        self.assertEqual((ls["x86_32"].size, ls["x86_32"].align), (4, 4))
        for p in ("x86_64", "arm32", "arm64", "riscv64", "ppc64"):
            self.assertEqual((ls[p].size, ls[p].align), (8, 8), p)

    def test_uint64_bitfield_on_x86_32_uses_4_byte_units(self):
        ls = layouts("struct q { uint8_t a; uint16_t : 0; uint8_t b : 4; uint64_t c : 60; };", "struct q")
        c32 = [f for f in ls["x86_32"].fields if f.name == "c"][0]
        self.assertEqual(c32.bit_offset, 32)
        self.assertEqual((ls["x86_32"].size, ls["x86_32"].align), (12, 4))
        for p in ("x86_64", "arm32", "arm64", "riscv64", "ppc64"):
            c = [f for f in ls[p].fields if f.name == "c"][0]
            self.assertEqual(c.bit_offset, 64, p)
            self.assertEqual((ls[p].size, ls[p].align), (16, 8), p)

    def test_typedef_of_anonymous_struct_is_keyed_by_name(self):
        desc = load("typedef struct { uint8_t a[16]; } xen_uuid_t;")
        self.assertIn("xen_uuid_t", desc.modules["x86_64"].records)

    def test_profiles_pragma_restricts_a_file(self):
        desc = load("#pragma xenabi profiles x86_32\nstruct only32 { uint32_t x; };")
        self.assertIn("struct only32", desc.modules["x86_32"].records)
        self.assertNotIn("struct only32", desc.modules["x86_64"].records)


class CompatVerdicts(unittest.TestCase):
    """The x86_32/x86_64 verdict is computed from the two layouts, with its cause."""

    def test_verdicts_and_reasons(self):
        from xenabi.compat import verdicts
        desc = load("DEFINE_XEN_GUEST_HANDLE(uint8_t);\n"
                    "struct same { uint32_t a; uint16_t b; uint16_t c; };\n"
                    "struct wide { xen_ulong_t n; };\n"
                    "struct handle { XEN_GUEST_HANDLE(uint8_t) h; };\n"
                    "struct aligned { uint32_t a; uint64_t b; };\n"
                    "struct holder { struct wide w; };\n")
        v = {x.key: x for x in verdicts(desc)}
        self.assertTrue(v["struct same"].identical)
        self.assertEqual(v["struct wide"].reasons, ("n: xen_ulong_t is 4 bytes on x86_32, 8 on x86_64",))
        self.assertEqual(v["struct handle"].reasons, ("h: guest handle is 4 bytes on x86_32, 8 on x86_64",))
        self.assertEqual(v["struct aligned"].reasons, ("b: uint64_t is 4-aligned on x86_32, 8-aligned on x86_64",))
        self.assertEqual(v["struct holder"].reasons, ("w: contains struct wide, which differs",))

    def test_invariance_holes_between_arm32_and_arm64(self):
        from xenabi.compat import invariance
        desc = load("DEFINE_XEN_GUEST_HANDLE(uint8_t);\n"
                    "struct same { uint64_t a; XEN_GUEST_HANDLE(uint8_t) h; xen_ulong_t u; };\n"
                    "struct legacy { xen_native_ulong_t addr; };\n"
                    "struct holder { uint32_t k; struct legacy l; };\n")
        holes, arch = invariance(desc)[("arm32", "arm64")]
        self.assertEqual(arch, [])
        got = {v.key: v.reasons for v in holes}
        self.assertEqual(got, {
            "struct legacy": ("addr: xen_native_ulong_t is 4 bytes on arm32, 8 on arm64",),
            "struct holder": ("l: contains struct legacy, which differs",)})
        holes, arch = invariance(desc)[("ppc64", "arm64")]
        self.assertEqual((holes, arch), ([], []))


class Annotations(unittest.TestCase):
    def test_annotations_attach_to_the_next_member(self):
        desc = load("#define CMD_A 1\n#define CMD_B 2\nDEFINE_XEN_GUEST_HANDLE(uint8_t);\n"
                    "struct a {\n    uint32_t cmd;\n    uint32_t nr;\n"
                    "#pragma xenabi count nr\n#pragma xenabi dir inout\n"
                    "    XEN_GUEST_HANDLE(uint8_t) buf;\n"
                    "#pragma xenabi select cmd\n    union {\n"
                    "#pragma xenabi arm CMD_A\n        uint32_t x;\n"
                    "#pragma xenabi arm CMD_B, 7\n        uint16_t y;\n    } u;\n};\n")
        rec = desc.modules["x86_64"].records["struct a"]
        buf = rec.fields[2]
        self.assertEqual([a.kind for a in buf.annotations], ["count", "dir"])
        self.assertEqual(str(buf.annotations[0].get("expr")), "nr")
        self.assertEqual(buf.annotations[1].get("dir"), "inout")
        self.assertEqual(buf.annotations[0].loc.line, 8)
        u = rec.fields[3]
        self.assertEqual(str(u.annotations[0].get("expr")), "cmd")
        arms = [uf.annotations[0].get("values") for uf in u.type.fields]
        self.assertEqual([[str(v) for v in vals] for vals in arms], [["CMD_A"], ["CMD_B", "7"]])

    def test_constants_are_evaluated(self):
        desc = load("#define A 0x10\n#define B (A << 2)\n#define S \"text\"\nstruct a { uint8_t x; };")
        c = desc.modules["x86_64"].constants
        self.assertEqual((c["A"].value, c["B"].value, c["S"].value), (16, 64, None))


if __name__ == "__main__":
    unittest.main(verbosity=1)
