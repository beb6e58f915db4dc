"""Rust bindings: a `#![no_std]` crate of `#[repr(C)]` types and constants
(`xenabi rust --out DIR`).

Made from the JSON description (describe.py), so the crate says what that
says: one module per profile, chosen by `target_arch` (x86, x86_64, arm,
aarch64, riscv64, powerpc64) and re-exported at the crate root.  In a
module:

- every record as a `#[repr(C)]` struct or union (Copy, Clone), unnamed
  members as `__anonN` fields of generated types (`outer__anonN`), members
  of inline record type as fields of `outer__member` types;
- bit-fields, which Rust has not: each run of them as the bytes it
  occupies (`_bitfield_OFFSET: [u8; N]`), with explicit padding and the
  record's C alignment (`#[repr(C, align(N))]`) where the bytes alone would
  lay out otherwise, and a getter and setter per named bit-field (`name()`,
  `set_name(v)`, reading the run as a little-endian number: C's allocation
  from the lowest bit on every profile's target);
- scalars as Rust's integers; a scalar whose alignment in the profile is not
  Rust's for its size (uint64_aligned_t on x86_32) as a newtype with that
  alignment; guest handles as the profile's wrapper (a pointer, or on arm a
  union of a pointer and an integer as wide as the handle);
- typedefs as type aliases, enumerations as i32 with one constant per
  enumerator, and every integer constant with the type the compiler gives it
  (the description's "constants");
- per record, a compile-time assertion of its size and alignment on that
  target, and tests (`rustc --test`, on the host) of every named member's
  offset and of every bit-field accessor (the bits it sets).
"""

ARCH = {"x86_32": "x86", "x86_64": "x86_64", "arm32": "arm", "arm64": "aarch64", "riscv64": "riscv64",
        "ppc64": "powerpc64"}
_KEYWORDS = {"as", "break", "const", "continue", "else", "enum", "extern", "false", "fn", "for", "if", "impl",
             "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "static", "struct",
             "trait", "true", "type", "unsafe", "use", "where", "while", "async", "await", "dyn", "abstract",
             "become", "box", "do", "final", "macro", "override", "priv", "typeof", "unsized", "virtual",
             "yield", "try", "union"}
_NOT_RAW = {"self", "super", "crate", "Self", "_"}


def ident(name):
    if name in _NOT_RAW:
        return name + "_"
    return f"r#{name}" if name in _KEYWORDS else name


def _int(size, signed):
    return f"{'i' if signed else 'u'}{size * 8}"


class _Module:
    """The Rust text of one profile's module."""

    def __init__(self, profile, p):
        self.profile, self.p = profile, p
        self.items, self.asserts, self.offsets = [], [], []
        self.bitfields = []         # (type, is a union, run field, member, run's first byte)
        self.bit_tests = []         # (type, getter, setter, width, [(byte, bits set)]): accessors()
        self.names = {}             # record key -> Rust type name
        self.wrappers = set()
        taken = set()
        for key in p["records"]:
            name = key.split(" ", 1)[-1]
            if name in taken or (name in p["typedefs"] and p["typedefs"][name]["type"].get("record") != key):
                name = key.replace(" ", "_")
            taken.add(name)
            self.names[key] = name

    # -- types -------------------------------------------------------------------
    def scalar(self, name):
        s = self.p["scalars"][name]
        natural = self.p["abi"]["int64_align"] if s["size"] == 8 else s["size"]
        if s["align"] != natural:
            # a newtype of the scalar's own name, with its alignment
            wrapper = name
            if wrapper not in self.wrappers:
                self.wrappers.add(wrapper)
                self.items.append(f"/// {name}: {s['size']} bytes aligned to {s['align']} on this target\n"
                                  f"#[repr(C, align({s['align']}))]\n#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]\n"
                                  f"pub struct {wrapper}(pub {_int(s['size'], s['signed'])});")
            return wrapper
        return _int(s["size"], s["signed"])

    def type(self, t, owner, member):
        if "scalar" in t:
            return self.scalar(t["scalar"])
        if "typedef" in t:
            return ident(t["typedef"])
        if "inline" in t:
            name = f"{owner}__{member}"
            self.record(name, t["inline"], None)
            return name
        if "record" in t and "handle" not in t:
            return self.names[t["record"]]
        if "enum" in t:
            return "i32"
        if "array" in t:
            return f"[{self.type(t['array'], owner, member)}; {t['dim'] or 0}]"
        if "handle" in t:
            return t["record"]
        if "pointer" in t:
            inner = t["pointer"]
            return "*mut core::ffi::c_void" if "void" in inner else f"*mut {self.type(inner, owner, member)}"
        if "void" in t:
            return "core::ffi::c_void"
        raise ValueError(t)

    def align_of(self, t):
        if "scalar" in t:
            return self.p["scalars"][t["scalar"]]["align"]
        if "typedef" in t:
            return self.align_of(self.p["typedefs"][t["typedef"]]["type"])
        if "inline" in t:
            return t["inline"]["align"]
        if "record" in t and "handle" not in t:
            return self.p["records"][t["record"]]["align"]
        if "enum" in t:
            return 4
        if "array" in t:
            return self.align_of(t["array"])
        if "handle" in t:
            return self.p["handles"][t["record"]]["align"]
        if "pointer" in t:
            return self.p["abi"]["pointer"]
        return 1

    # -- records -----------------------------------------------------------------
    def record(self, name, rec, key):
        fields, cur, align, anon = [], 0, 1, 0
        union = rec["kind"] == "union"
        i = 0
        members = rec["fields"]
        while i < len(members):
            f = members[i]
            if "bit_size" in f:
                # a run of bit-fields: the bytes its bits occupy (not its
                # storage units, which may overlap the members before it)
                j, lo, hi = i, f["bit_offset"], f["bit_offset"] + f["bit_size"]
                while not union and j + 1 < len(members) and "bit_size" in members[j + 1]:
                    j += 1
                    lo = min(lo, members[j]["bit_offset"])
                    hi = max(hi, members[j]["bit_offset"] + members[j]["bit_size"])
                lo, hi = lo // 8, -(-hi // 8)
                if not union and lo > cur:
                    fields.append(f"    pub _pad_{cur}: [u8; {lo - cur}],")
                fields.append(f"    /// bit-fields: {', '.join(str(m['name']) + ' at bit ' + str(m['bit_offset']) + ' (' + str(m['bit_size']) + ' bits)' for m in members[i:j + 1])}")
                run = f"_bitfield_{lo}{'_' + str(i) if union else ''}"
                fields.append(f"    pub {run}: [u8; {hi - lo}],")
                if hi - lo > 16:
                    raise ValueError(f"{name}: a run of bit-fields over {hi - lo} bytes (accessors read 16 at most)")
                for m in members[i:j + 1]:
                    if m["name"] is not None:
                        self.bitfields.append((name, union, run, m, lo))
                cur = hi if not union else max(cur, hi)
                i = j + 1
                continue
            fname = f["name"]
            if fname is None:
                fname = f"__anon{anon}"
                anon += 1
            rust = self.type(f["type"], name, fname)
            falign = self.align_of(f["type"])
            if not union:
                natural = -(-cur // falign) * falign
                if f["offset"] > natural:
                    fields.append(f"    pub _pad_{cur}: [u8; {f['offset'] - cur}],")
                cur = f["offset"] + f["size"]
            align = max(align, falign)
            fields.append(f"    pub {ident(fname)}: {rust},")
            if f["name"] is not None and key is not None:
                self.offsets.append((name, ident(fname), f["offset"]))
            i += 1
        attr = f"#[repr(C, align({rec['align']}))]" if rec["align"] > align else "#[repr(C)]"
        kind = "union" if union else "struct"
        self.items.append(f"{attr}\n#[derive(Clone, Copy)]\npub {kind} {name} {{\n" + "\n".join(fields) + "\n}")
        self.asserts.append(f"const _: () = assert!(core::mem::size_of::<{name}>() == {rec['size']} && "
                            f"core::mem::align_of::<{name}>() == {rec['align']});")

    def accessors(self):
        """Getter and setter of every named bit-field (`name()`,
        `set_name(v)`), on its record's type."""
        by_type = {}
        for tname, union, run, m, lo in self.bitfields:
            scalar = self.p["scalars"][m["type"]["scalar"]]
            rust = _int(scalar["size"], scalar["signed"])
            shift, width = m["bit_offset"] - 8 * lo, m["bit_size"]
            bytes_ = f"unsafe {{ &self.{run} }}" if union else f"&self.{run}"
            bytes_mut = f"unsafe {{ &mut self.{run} }}" if union else f"&mut self.{run}"
            get = f"bits_get({bytes_}, {shift}, {width})"
            if scalar["signed"]:
                get = f"((({get} << {128 - width}) as i128) >> {128 - width}) as {rust}"
            else:
                get = f"{get} as {rust}"
            name = ident(m["name"])
            setter = f"set_{m['name']}"
            by_type.setdefault(tname, []).append(
                f"    /// `{m['name']}`: {width} bit{'s' if width != 1 else ''} from bit {m['bit_offset']}\n"
                f"    pub fn {name}(&self) -> {rust} {{\n        {get}\n    }}\n"
                f"    pub fn {setter}(&mut self, v: {rust}) {{\n"
                f"        bits_set({bytes_mut}, {shift}, {width}, v as u128)\n    }}")
            expect = {}
            for b in range(m["bit_offset"], m["bit_offset"] + width):
                expect[b // 8] = expect.get(b // 8, 0) | 1 << (b % 8)
            self.bit_tests.append((tname, name, setter, width, sorted(expect.items())))
        for tname, fns in by_type.items():
            self.items.append(f"impl {tname} {{\n" + "\n".join(fns) + "\n}")
        if by_type:
            self.items.append(_BIT_HELPERS)

    def text(self, constants):
        p = self.p
        for key, rec in p["records"].items():
            self.record(self.names[key], rec, key)
        for hname, h in p["handles"].items():
            target = self.type(h["target"], hname, "p")
            ptr = f"*mut {target}" if "void" not in h["target"] else "*mut core::ffi::c_void"
            if h["kind"] == "struct":
                body = f"    pub p: {ptr},"
            else:
                # arm's handles: a pointer overlaid by an integer as wide
                # as the handle (unsigned long in __guest_handle_X, 64 bits
                # in __guest_handle_64_X)
                body = f"    pub p: {ptr},\n    pub q: u{8 * h['size']},"
            attr = f"#[repr(C, align({h['align']}))]" if h["align"] > p["abi"]["pointer"] else "#[repr(C)]"
            self.items.append(f"{attr}\n#[derive(Clone, Copy)]\npub {h['kind']} {hname} {{\n{body}\n}}")
            self.asserts.append(f"const _: () = assert!(core::mem::size_of::<{hname}>() == {h['size']} && "
                                f"core::mem::align_of::<{hname}>() == {h['align']});")
        for name, td in p["typedefs"].items():
            t = td["type"]
            if "record" in t and "handle" not in t and t["record"] and self.names.get(t["record"]) == name:
                continue            # `typedef struct foo foo`: the struct is the name
            self.items.append(f"pub type {ident(name)} = {self.type(t, name, 'type')};")
        seen = set()
        for key, e in p["enums"].items():
            for n, v in e["values"].items():
                if v is not None and n not in constants and n not in seen:
                    seen.add(n)
                    self.items.append(f"pub const {ident(n)}: i32 = {v};")
        for n, (v, t) in sorted(constants.items()):
            rust = ("i" if t[0] == "s" else "u") + t[1:]
            self.items.append(f"pub const {ident(n)}: {rust} = {v};")
        self.accessors()
        tests = ["        check(offset!(%s, %s), %d, \"%s.%s\");" % (t, f, o, t, f) for t, f, o in self.offsets]
        bit_tests = [f"        bits!({t}, {get}, {put}, {width}, &{expect!r});".replace("'", "")
                     for t, get, put, width, expect in self.bit_tests]
        test_mod = ("#[cfg(test)]\nmod layout_tests {\n    use super::*;\n"
                    "    macro_rules! offset {\n        ($t:ty, $f:tt) => {{\n"
                    "            let u = core::mem::MaybeUninit::<$t>::uninit();\n"
                    "            let base = u.as_ptr() as usize;\n"
                    "            (unsafe { core::ptr::addr_of!((*u.as_ptr()).$f) }) as usize - base\n"
                    "        }};\n    }\n"
                    "    fn check(got: usize, want: usize, what: &str) {\n"
                    "        assert_eq!(got, want, \"offset of {}\", what);\n    }\n"
                    "    #[test]\n    fn offsets() {\n" + "\n".join(tests) + "\n    }\n"
                    # each bit-field accessor: all ones written into a zeroed
                    # record sets exactly the bits the description gives it
                    "    macro_rules! bits {\n"
                    "        ($t:ty, $get:ident, $put:ident, $w:expr, $want:expr) => {{\n"
                    "            let mut r: $t = unsafe { core::mem::zeroed() };\n"
                    "            let ones = u128::MAX >> (128 - $w);\n"
                    "            r.$put(ones as _);\n"
                    "            assert_eq!(r.$get() as u128 & ones, ones, \"{} reads back\", stringify!($get));\n"
                    "            let bytes = unsafe { core::slice::from_raw_parts(&r as *const $t as *const u8, "
                    "core::mem::size_of::<$t>()) };\n"
                    "            let set: Vec<(usize, u8)> = bytes.iter().enumerate().filter(|(_, b)| **b != 0)"
                    ".map(|(i, b)| (i, *b)).collect();\n"
                    "            assert_eq!(&set[..], $want, \"bits of {}::{}\", stringify!($t), stringify!($get));\n"
                    "            r.$put(0);\n"
                    "            assert!(unsafe { core::slice::from_raw_parts(&r as *const $t as *const u8, "
                    "core::mem::size_of::<$t>()) }.iter().all(|b| *b == 0));\n"
                    "        }};\n    }\n"
                    "    #[test]\n    fn bitfields() {\n" + "\n".join(bit_tests) + "\n    }\n}")
        return "\n\n".join(self.items + self.asserts + [test_mod])


_BIT_HELPERS = """/// The bits `shift..shift + width` of a little-endian run of bytes.
#[inline]
fn bits_get(bytes: &[u8], shift: u32, width: u32) -> u128 {
    let mut v: u128 = 0;
    for (i, b) in bytes.iter().enumerate() {
        v |= (*b as u128) << (8 * i);
    }
    (v >> shift) & (u128::MAX >> (128 - width))
}

/// Writes value into the bits `shift..shift + width` (the bits above the
/// width are dropped, as C's assignment to a bit-field does).
#[inline]
fn bits_set(bytes: &mut [u8], shift: u32, width: u32, value: u128) {
    let mask = (u128::MAX >> (128 - width)) << shift;
    let mut v: u128 = 0;
    for (i, b) in bytes.iter().enumerate() {
        v |= (*b as u128) << (8 * i);
    }
    v = (v & !mask) | ((value << shift) & mask);
    for (i, b) in bytes.iter_mut().enumerate() {
        *b = (v >> (8 * i)) as u8;
    }
}

// the bit numbering of the accessors (C allocates bit-fields from the
// lowest bit on these targets)
const _: () = assert!(cfg!(target_endian = "little"));"""


def crate(description):
    """{path: text} of the crate."""
    mods, uses = [], []
    for profile, p in description["profiles"].items():
        arch = ARCH[profile]
        body = _Module(profile, p).text({n: (c["value"], c["type"]) for n, c in p["constants"].items()})
        mods.append(f"/// {profile}\n#[cfg(target_arch = \"{arch}\")]\npub mod {profile} {{\n"
                    "    #![allow(non_camel_case_types, non_upper_case_globals, non_snake_case, dead_code)]\n"
                    + "\n".join("    " + line if line else "" for line in body.split("\n")) + "\n}")
        uses.append(f"#[cfg(target_arch = \"{arch}\")]\npub use {profile}::*;")
    lib = ("//! Xen's public interface as Rust types, generated by xenabi from its description.\n"
           "//! Do not edit: `xenabi rust --out DIR` writes this crate.\n"
           "#![cfg_attr(not(test), no_std)]\n"
           "#![allow(non_camel_case_types, non_upper_case_globals, non_snake_case, clippy::all)]\n\n"
           + "\n\n".join(mods + uses) + "\n")
    cargo = ("[package]\nname = \"xen-abi\"\nversion = \"0.1.0\"\nedition = \"2018\"\n"
             "description = \"Xen's public interface (generated by xenabi)\"\nlicense = \"MIT\"\n\n[lib]\n"
             "path = \"src/lib.rs\"\n")
    return {"Cargo.toml": cargo, "src/lib.rs": lib}
