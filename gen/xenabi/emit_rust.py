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
  lay out otherwise;
- scalars as Rust's integers; a scalar whose alignment in the profile is not
  Rust's for its size (uint64_aligned_t on x86_32) as a newtype with that
  alignment; guest handles as the profile's wrapper (a pointer, or on arm a
  union of a pointer and an integer as wide as the handle);
- typedefs as type aliases, enumerations as i32 with one constant per
  enumerator, and every integer constant with the type the compiler gives it
  (the description's "constants");
- per record, a compile-time assertion of its size and alignment on that
  target, and a test (`rustc --test`, on the host) of every named member's
  offset.
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
                fields.append(f"    pub _bitfield_{lo}{'_' + str(i) if union else ''}: [u8; {hi - lo}],")
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
        tests = ["        check(offset!(%s, %s), %d, \"%s.%s\");" % (t, f, o, t, f) for t, f, o in self.offsets]
        test_mod = ("#[cfg(test)]\nmod layout_tests {\n    use super::*;\n"
                    "    macro_rules! offset {\n        ($t:ty, $f:tt) => {{\n"
                    "            let u = core::mem::MaybeUninit::<$t>::uninit();\n"
                    "            let base = u.as_ptr() as usize;\n"
                    "            (unsafe { core::ptr::addr_of!((*u.as_ptr()).$f) }) as usize - base\n"
                    "        }};\n    }\n"
                    "    fn check(got: usize, want: usize, what: &str) {\n"
                    "        assert_eq!(got, want, \"offset of {}\", what);\n    }\n"
                    "    #[test]\n    fn offsets() {\n" + "\n".join(tests) + "\n    }\n}")
        return "\n\n".join(self.items + self.asserts + [test_mod])


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
