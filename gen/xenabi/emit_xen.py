"""Emitter: the hypervisor drop-in, compat/xen/compat/<file>.h and xlat.h.

What Xen's own build generates from its public headers with three scripts
and a hand-kept list (xen/include/xlat.lst), generated here from the
description instead, in the names and conventions Xen's C code uses:

- one compat header per header Xen builds one for (xenbuild.COMPAT_HEADERS),
  declaring the file's records, typedefs, enums and guest handles as the
  compat arch (x86_32) lays them out, in the compat namespace: `struct
  xen_foo` and `struct foo` become `struct compat_foo`, `xen_foo_t` becomes
  `compat_foo_t`, `foo_t` becomes `foo_compat_t`, a 64-bit scalar
  `uint64_compat_t` (4-aligned), `xen_ulong_t` `compat_ulong_t`, a guest
  handle `COMPAT_HANDLE(T)`.  The declarations are those Xen's build sees
  (__XEN__ defined: the description's hypervisor view);
- compat/xlat.h: for every record of those headers whose own bytes agree on
  x86_32 and x86_64 (size, and the offset and size of every member; a member
  of another named record type is checked by that record's CHECK_), a
  `CHECK_<name>` made of static assertions (size; offset and type of every
  member), which unlike Xen's CHECK_FIELD_ functions may be expanded twice
  in one file (on their own and inside an enclosing record's); for every
  record that can be copied member by member, `XLAT_<name>(_d_, _s_)`, which
  copies in either direction and leaves guest handles to the caller's
  `XLAT_<name>_HNDL_<member>(_d_, _s_)` and union arms to a switch on the
  caller's `<member>` variable of type `enum XLAT_<name>_<member>`.

The CHECK_/XLAT_ decision is computed from the two layouts; where it differs
from upstream's list, compat/README.md says why.
"""
import posixpath
import re

from .emit_header import banner
from .layout import Layouter
from .model import Array, EnumRef, Handle, Loc, Named, Pointer, Record, RecordRef, Scalar, Void
from .profiles import PROFILES, SIGNED
from .naming import COMPAT_SCALARS, tag_name, type_name
from .xenbuild import COMPAT_ARCH, COMPAT_HEADERS

NATIVE = "x86_64"
OUT = "compat/xen/compat/"

# the 64-bit scalars of the compat arch are declared where the description
# defines uint64_aligned_t for it
_COMPAT_64 = ("typedef int64_t __attribute__((aligned(4))) int64_compat_t;",
              "typedef uint64_t __attribute__((aligned(4))) uint64_compat_t;")
_PAD = re.compile(r"_pad\d*$")
# The building blocks of every CHECK_, defined once at the top of xlat.h.  A
# record's CHECK_ is expanded on its own and again inside the CHECK_ of each
# record holding it (hvm.c checks hvm_altp2m_op and then one of its arms):
# static assertions may repeat where Xen's CHECK_FIELD_ functions may not.
# The member check asks what Xen's pointer comparison asks: the same type.
_CHECK_BLOCKS = (
    "#define XENABI_CHECK_SIZE_(k, n) \\",
    "    _Static_assert(sizeof(k xen_ ## n) == sizeof(k compat_ ## n), \"CHECK_\" #n \": size\")",
    "#define XENABI_CHECK_FIELD_(k, n, f) \\",
    "    _Static_assert(__builtin_offsetof(k xen_ ## n, f) == __builtin_offsetof(k compat_ ## n, f) && \\",
    "                   __builtin_types_compatible_p(__typeof__(((k xen_ ## n *)0)->f), \\",
    "                                                __typeof__(((k compat_ ## n *)0)->f)), \\",
    "                   \"CHECK_\" #n \": \" #f)",
)


def _delegated(typedef):
    """Is a member of this record typedef checked by the record's own CHECK_
    (rather than by a field check)?  Xen's callers are written for the rule
    of upstream's generator: a `struct` member always, a typedef member when
    the typedef is xen_*_t or an event-channel record's evtchn_*_t.  They
    define or undefine the delegated CHECK_ macros around their uses, so the
    rule is part of the interface."""
    return bool(re.fullmatch(r"xen_\w+_t", typedef) or
                (re.fullmatch(r"evtchn_\w+_t", typedef) and typedef != "evtchn_port_t"))


class XenCompatError(Exception):
    """A declaration the Xen-convention output cannot express."""


def _spelling(scalar):
    """The compat arch's C spelling of a profile-sized dialect scalar
    (xen_pfn_t: unsigned long), `long` written `int` as in compat headers."""
    prof = PROFILES[COMPAT_ARCH]
    c = prof.long_spelling if scalar in SIGNED else prof.ulong_spelling
    return re.sub(r"\blong\b", "int", c)


def enumerator_name(name):
    return re.sub(r"^XEN_?", "COMPAT_", name)


def guard(path):
    return "_" + re.sub(r"[-/.]", "_", ("compat/" + path).upper())


class XenCompat:
    def __init__(self, desc):
        self.hv = desc.hypervisor[COMPAT_ARCH]
        self.m32, self.m64 = desc.modules[COMPAT_ARCH], desc.modules[NATIVE]
        self.l32, self.l64 = Layouter.for_module(self.m32), Layouter.for_module(self.m64)
        self.desc = desc
        self._checked = {}
        self._emitted = set()       # nested records already declared (rendering)
        self._xlat_ok = {}          # key -> None, or why it has no XLAT_
        self.hook_paths = {}        # XLAT_<name>_HNDL_<p> -> the C member path of its handle
        self._vars = {}             # key -> {union variable: enum} its XLAT_ needs
        self._callees = set()       # nested XLAT_ of the XLAT_ being built
        self._top = None            # the record whose XLAT_ is being built
        # files the compat arch's view declares anything from (an include
        # under an architecture conditional, e.g. xen-x86_64.h, is not one)
        self.seen = {x.loc.path for coll in (self.hv.records, self.hv.typedefs, self.hv.enums, self.hv.handles)
                     for x in coll.values()} | {a.loc.path for a in self.hv.annotations}

    # -- the decision ------------------------------------------------------------
    def records(self, path):
        """Named records the hypervisor view declares in one file, in order."""
        return [r for r in self.hv.records.values() if r.loc.path == path and r.key.startswith(("struct", "union"))]

    def checked(self, key):
        """Do the record's own bytes agree on x86_32 and x86_64?"""
        if key not in self._checked:
            self._checked[key] = None       # a cycle (none in C) counts as no
            r32, r64 = self.m32.records.get(key), self.m64.records.get(key)
            ok = r32 is not None and r64 is not None and \
                self.l32.record(r32).size == self.l64.record(r64).size and \
                self._same_members(r32, r64, self.l32.record(r32), self.l64.record(r64))
            self._checked[key] = ok
        return bool(self._checked[key])

    def _same_members(self, r32, r64, l32, l64):
        if [f.name for f in r32.fields] != [f.name for f in r64.fields]:
            return False
        for f32, f64, a, b in zip(r32.fields, r64.fields, l32.fields, l64.fields):
            if a.offset != b.offset or a.bit_offset != b.bit_offset:
                return False
            t32, t64 = self.m32.resolve(f32.type), self.m64.resolve(f64.type)
            if isinstance(t32, Record) and isinstance(t64, Record):
                if a.size != b.size or not self._same_members(t32, t64, a.anon, b.anon):
                    return False
            elif self._inline(f32.type):
                i32, i64 = self.m32.records[f32.type.key], self.m64.records.get(f32.type.key)
                if i64 is None or a.size != b.size or not self._same_members(
                        i32, i64, self.l32.record(i32), self.l64.record(i64)):
                    return False
            elif isinstance(f32.type, RecordRef) or \
                    (isinstance(f32.type, Named) and isinstance(t32, RecordRef) and _delegated(f32.type.name)):
                continue                    # that record's own CHECK_ covers it
            elif a.size != b.size:
                return False
        return True

    def _inline(self, t):
        """A named record declared inside another one (written in place in C,
        at its first use)."""
        return isinstance(t, RecordRef) and self.hv.records.get(t.key) is not None and \
            self.hv.records[t.key].parent is not None

    # -- compat declarations -------------------------------------------------------
    def ctype(self, t, holder, indent):
        if isinstance(t, Named):
            r = self.hv.resolve(t)
            if isinstance(r, EnumRef) and r.key in self.hv.enums and not self.renamable(self.hv.enums[r.key]):
                return t.name
            return type_name(t.name)
        if isinstance(t, Scalar):
            return COMPAT_SCALARS.get(t.name, t.name)
        if isinstance(t, Handle):
            return f"{'XEN_GUEST_HANDLE_64' if t.wide else 'COMPAT_HANDLE'}({type_name(t.name)})"
        if isinstance(t, Pointer):
            return "compat_ptr_t"
        if isinstance(t, Void):
            return "void"
        if isinstance(t, EnumRef):
            return f"enum compat_{tag_name(t.key)}" if t.key.startswith("enum ") else type_name(t.key)
        if isinstance(t, RecordRef):
            rec = self.hv.records[t.key]
            if rec.parent is not None and t.key not in self._emitted:
                self._emitted.add(t.key)
                return self.body(rec, f"{rec.kind} compat_{tag_name(t.key)} ", indent)
            if not t.key.startswith(("struct ", "union ")):
                return type_name(t.key)
            return f"{rec.kind} compat_{tag_name(t.key)}"
        if isinstance(t, Record):
            return self.body(t, f"{t.kind} ", indent)
        raise XenCompatError(f"type {t!r}")

    def body(self, rec, head, indent):
        inner = indent + "    "
        lines = [head + "{"]
        lines += [self.member(f, rec, inner) for f in self._groups(rec)]
        return "\n".join(lines + [indent + "}"])

    def _groups(self, rec):
        """Members, with declarators sharing one inline record kept together
        (`struct gnttab_copy_ptr {...} source, dest;`)."""
        out, seen = [], set()
        for f in rec.fields:
            t = f.type
            while isinstance(t, Array):
                t = t.elem
            if self._inline(t) and t.key not in self._emitted:
                if t.key in seen:
                    out[-1] = out[-1] + [f]
                    continue
                seen.add(t.key)
            out.append([f])
        return out

    def member(self, group, holder, indent):
        def decl(f):
            t, dims = f.type, ""
            while isinstance(t, Array):
                dims += f"[{'' if t.dim is None else t.dim}]"
                t = t.elem
            bits = f" : {f.bits}" if f.bits is not None else ""
            return (f" {f.name}" if f.name else "") + dims + bits, t
        first, t = decl(group[0])
        names = [first] + [decl(f)[0] for f in group[1:]]
        return f"{indent}{self.ctype(t, holder, indent)}{','.join(names)};"

    def typedef(self, td):
        t = td.type
        name = type_name(td.name)
        if isinstance(t, EnumRef) and (t.key == td.name or
                                       (t.key in self.hv.enums and not self.renamable(self.hv.enums[t.key]))):
            return []       # declared with its enum (`typedef enum {...} name;`), or native
        if isinstance(t, RecordRef) and t.key.startswith(("struct ", "union ")) and self.checked(t.key):
            # a checked record is used in its native form: its compat typedef
            # names the native type, with the compat arch's alignment
            kind = t.key.split()[0]
            return [f"typedef {t.key} __attribute__((__aligned__(__alignof__({kind} compat_{tag_name(t.key)})))) "
                    f"{name};"]
        if isinstance(t, RecordRef) and not t.key.startswith(("struct ", "union ")):
            rec = self.hv.records[t.key]
            return [f"typedef {self.body(rec, f'{rec.kind} ', '')} {name};"]
        dims = ""
        while isinstance(t, Array):
            dims += f"[{t.dim}]"
            t = t.elem
        return [f"typedef {self.ctype(t, None, '')} {name}{dims};"]

    def handle(self, h):
        name = type_name(h.name)
        t = h.target
        spelled = t.name if isinstance(t, (Scalar, Named)) else "void" if isinstance(t, Void) else None
        if spelled == h.name:
            return [f"DEFINE_COMPAT_HANDLE({name});"]
        return [f"__DEFINE_COMPAT_HANDLE({name}, {self.ctype(t, None, '')});"]

    @staticmethod
    def renamable(e):
        """An enum is declared again in the compat namespace only if its
        enumerators can be renamed (XEN_* -> COMPAT_*); the others would
        collide with the public header's, so compat code uses the native enum."""
        return all(n.startswith("XEN") for n, _ in e.values)

    def enum(self, e):
        if not self.renamable(e):
            return []
        values = [f"    {enumerator_name(n)}{'' if v is None else f' = {v}'}," for n, v in e.values]
        if e.key.startswith("enum "):
            return [f"enum compat_{tag_name(e.key)} {{"] + values + ["};"]
        return ["typedef enum {"] + values + [f"}} {type_name(e.key)};"]

    def declarations(self, path):
        items = []
        for rec in self.records(path):
            if rec.parent is None:
                items.append((rec.loc, 0, [self.body(rec, f"{rec.kind} compat_{tag_name(rec.key)} ", "") + ";"]))
        for td in self.hv.typedefs.values():
            if td.loc.path == path:
                items.append((td.loc, 1, self.typedef(td)))
        for e in self.hv.enums.values():
            if e.loc.path == path:
                items.append((e.loc, 1, self.enum(e)))
        for h in self.hv.handles.values():
            if h.loc.path == path and not h.name.startswith("const_"):
                items.append((h.loc, 2, self.handle(h)))
        for ann in self.hv.annotations:
            if ann.kind == "typedef" and ann.loc.path == path:
                name = ann.get("name")
                items.append((ann.loc, 1, [f"typedef {_spelling(name)} {type_name(name)};"]))
        items.sort(key=lambda i: (i[0].line, i[0].col, i[1]))
        out = []
        for _, _, lines in items:
            out += lines
        return out

    def includes(self, path):
        out = []
        for line in self.desc.sources[path].lines:
            s = line.strip()
            if not s.startswith('#include "'):
                continue
            inc = s.split('"')[1]
            full = posixpath.normpath(posixpath.join(posixpath.dirname(path), inc))
            if full == "abi/xen-compat.h":
                out.append("#include <public/xen-compat.h>")
            elif full in self.desc.sources and full in self.seen:
                out.append(f'#include "{inc}"')
        return out

    def header(self, path):
        rel = path[len("abi/"):]
        g = guard(rel)
        out = [banner(path).rstrip("\n"), f"#ifndef {g}", f"#define {g}", "#include <xen/compat.h>"]
        if not rel.startswith("arch-"):
            out.append(f"#include <public/{rel}>")
        out += self.includes(path)
        if path == "abi/arch-x86/xen-x86_32.h":
            out += _COMPAT_64
        out += self.declarations(path)
        out.append(f"#endif /* {g} */")
        return "\n".join(out) + "\n"

    # -- xlat.h ----------------------------------------------------------------------
    def check(self, rec):
        name = tag_name(rec.key)
        lines = [f"XENABI_CHECK_SIZE_({rec.kind}, {name})"]
        self._check_members(rec, rec.kind, name, [], lines)
        # every part ends in `;`: Xen's callers write `CHECK_x;` and `CHECK_x`
        # alike (physdev.c), as upstream's CHECK_ end in a function body
        return [f"#define CHECK_{name} \\"] + [f"    {x}; \\" for x in lines[:-1]] + [f"    {lines[-1]};"]

    def _check_members(self, rec, kind, name, path, lines):
        for f in rec.fields:
            if f.name is not None and _PAD.match(f.name):
                continue
            p = path + ([f.name] if f.name else [])
            t = f.type
            r = self.hv.resolve(t)
            if isinstance(r, Record) or self._inline(t):
                inner = r if isinstance(r, Record) else self.hv.records[t.key]
                self._check_members(inner, kind, name, p, lines)
                continue
            if isinstance(t, RecordRef) and t.key.startswith(("struct ", "union ")):
                if f"CHECK_{tag_name(t.key)}" not in lines:
                    lines.append(f"CHECK_{tag_name(t.key)}")
                continue
            if isinstance(t, Named) and isinstance(r, RecordRef) and _delegated(t.name):
                if f"CHECK_{tag_name(r.key)}" not in lines:
                    lines.append(f"CHECK_{tag_name(r.key)}")
                continue
            if not p or f.bits is not None:
                continue                # offsetof cannot name a bit-field; the size check covers it
            lines.append(f"XENABI_CHECK_FIELD_({kind}, {name}, {'.'.join(p)})")

    def xlat(self, rec):
        name = tag_name(rec.key)
        enums = []
        self._enums(rec, name, [], enums)
        body = []
        outer, self._callees = (self._callees, self._top), set()
        self._top = rec.key
        try:
            self._xlat_members(rec, name, [], "    ", body)
            callees = self._callees
        finally:
            self._callees, self._top = outer
        # the caller declares one variable per union (named by its member
        # path) for this XLAT_ and the nested ones it calls: two unions
        # wanting one variable name with different enums cannot both be used
        own = {ename[len(name) + 1:]: ename for ename, _ in enums}
        for key in sorted(callees):
            for var, ename in self._vars[key].items():
                if own.setdefault(var, ename) != ename:
                    raise XenCompatError(f"the union variable `{var}` would be both enum XLAT_{own[var]} "
                                         f"and enum XLAT_{ename} (nested XLAT_{tag_name(key)})")
        self._vars[rec.key] = own
        out = []
        for ename, members in enums:
            out += [f"enum XLAT_{ename} {{"] + [f"    XLAT_{ename}_{m}," for m in members] + ["};"]
        out.append(f"#define XLAT_{name}(_d_, _s_) do {{ \\")
        out += [f"{x} \\" for x in body]
        out.append("} while (0)")
        return out

    def _enums(self, rec, name, path, out):
        for f in rec.fields:
            t = f.type
            while isinstance(t, Array):
                t = t.elem
            inner = t if isinstance(t, Record) else (self.hv.records[t.key] if self._inline(t) else None)
            if inner is None:
                continue
            p = path + ([f.name] if f.name else [])
            if inner.kind == "union" and p:
                out.append(("_".join([name] + p), [g.name for g in inner.fields
                                                    if g.name and not _PAD.match(g.name)]))
            self._enums(inner, name, p, out)

    def _xlat_members(self, rec, name, path, indent, out, depth=0):
        for f in rec.fields:
            if f.name is not None and _PAD.match(f.name):
                continue
            p = path + ([f.name] if f.name else [])
            self._xlat_member(rec, f, name, p, ".".join(p), indent, out, depth)

    def _xlat_member(self, rec, f, name, p, cpath, indent, out, depth):
        """Member f of rec at member path p, written at C path cpath (which
        holds the loop indexes of enclosing arrays)."""
        t = f.type
        dims = []
        while isinstance(t, Array):
            dims.append(t.dim)
            t = t.elem
        if isinstance(t, Named) and isinstance(self.hv.resolve(t), Array) and not dims:
            out.append(f"{indent}if ((_d_)->{cpath} != (_s_)->{cpath}) \\")
            out.append(f"{indent}    memcpy((_d_)->{cpath}, (_s_)->{cpath}, sizeof((_d_)->{cpath}));")
            return
        if dims:
            if None in dims:
                raise XenCompatError(f"{cpath} is a flexible array (no member-by-member copy)")
            if self._native_shape(p)[0] != dims:
                raise XenCompatError(f"{cpath} is an array of another shape in the native record")
            out.append(f"{indent}{{")
            for k in range(len(dims)):
                out.append(f"{indent}    unsigned int i{depth + k};")
            idx = ""
            for k, d in enumerate(dims):
                i = f"i{depth + k}"
                out.append(f"{indent}    {'    ' * k}for ({i} = 0; {i} < {d}; ++{i})")
                idx += f"[{i}]"
            self._xlat_one(rec, t, name, p, cpath + idx, indent + "    " * (len(dims) + 1), out, depth + len(dims))
            out.append(f"{indent}}}")
            return
        self._xlat_one(rec, t, name, p, cpath, indent, out, depth)

    def _native_shape(self, p):
        """(array dims, type) of the native member at path p of the record
        being translated; XenCompatError if the native record lacks it."""
        r = self.m64.records[self._top]
        t = None
        for k, name in enumerate(p):
            fields = list(r.fields)
            g = None
            while fields:
                f = fields.pop(0)
                if f.name == name:
                    g = f
                    break
                if f.name is None and isinstance(f.type, Record):
                    fields = list(f.type.fields) + fields
            if g is None:
                raise XenCompatError(f"{'.'.join(p)} has no native counterpart")
            t, dims = g.type, []
            while isinstance(t, Array):
                dims.append(t.dim)
                t = t.elem
            if k + 1 < len(p):
                t = self.m64.resolve(t)
                r = t if isinstance(t, Record) else self.m64.records.get(getattr(t, "key", None))
                if r is None:
                    raise XenCompatError(f"{'.'.join(p)} has no native counterpart")
        return dims, t

    def _xlat_one(self, rec, t, name, p, cpath, indent, out, depth):
        inner = t if isinstance(t, Record) else (self.hv.records[t.key] if self._inline(t) else None)
        if inner is not None and inner.kind == "union":
            var = "_".join(p)
            out.append(f"{indent}switch ({var}) {{")
            for g in inner.fields:
                if g.name is None or _PAD.match(g.name):
                    continue
                out.append(f"{indent}case XLAT_{name}_{var}_{g.name}:")
                self._xlat_member(inner, g, name, p + [g.name], f"{cpath}.{g.name}", indent + "    ", out, depth)
                out.append(f"{indent}    break;")
            out.append(f"{indent}}}")
            return
        if inner is not None:
            for g in inner.fields:
                if g.name is not None and _PAD.match(g.name):
                    continue
                gp = p + ([g.name] if g.name else [])
                sub = cpath + (f".{g.name}" if g.name else "")
                self._xlat_member(inner, g, name, gp, sub, indent, out, depth)
            return
        if isinstance(t, Pointer):
            raise XenCompatError(f"{cpath} is a raw pointer")
        self._native_shape(p)           # the native record has the member too
        if isinstance(t, Handle) and not t.wide:
            hook = f"{name}_HNDL_{'_'.join(p)}"
            self.hook_paths[hook] = cpath       # the handle the caller's hook converts
            out.append(f"{indent}XLAT_{hook}(_d_, _s_);")
            return
        if isinstance(t, RecordRef) and t.key.startswith(("struct ", "union ")):
            self._callee(t.key, cpath)
            out.append(f"{indent}XLAT_{tag_name(t.key)}(&(_d_)->{cpath}, &(_s_)->{cpath});")
            return
        r = self.hv.resolve(t)
        if isinstance(t, Named) and isinstance(r, RecordRef) and r.key.startswith(("struct ", "union ")) \
                and not self.checked(r.key):
            # a typedef member whose compat type is not the native one: its
            # own XLAT_ (plain assignment works only for checked records)
            self._callee(r.key, cpath)
            out.append(f"{indent}XLAT_{tag_name(r.key)}(&(_d_)->{cpath}, &(_s_)->{cpath});")
            return
        out.append(f"{indent}(_d_)->{cpath} = (_s_)->{cpath};")

    def _callee(self, key, cpath):
        """An XLAT_ calls XLAT_ of key for member cpath: key must have one."""
        if key not in self.m64.records:
            raise XenCompatError(f"{cpath} is a {key}, which only the compat arch has")
        if key not in self._xlat_ok:
            self._xlat_ok[key] = None           # in progress: a cycle is C's impossibility
            try:
                self.xlat(self.hv.records[key])
                self._xlat_ok[key] = None
            except XenCompatError as e:
                self._xlat_ok[key] = str(e)
        if self._xlat_ok[key]:
            raise XenCompatError(f"{cpath} is a {key}, which has no XLAT_ ({self._xlat_ok[key]})")
        self._callees.add(key)

    def xlat_header(self):
        out = ["/* Generated by xenabi from abi/: do not edit.  See compat/README.md. */",
               "#ifndef COMPAT_XLAT_H", "#define COMPAT_XLAT_H", ""] + list(_CHECK_BLOCKS)
        recs = [rec for path in COMPAT_HEADERS if path in self.desc.sources for rec in self.records(path)
                if rec.key in self.m64.records]     # not the compat arch's own (guest_user_regs)
        # Every record gets an XLAT_: Xen's code copies some records whose
        # bytes agree with XLAT_ (processor_cppc), and an XLAT_ calls the
        # XLAT_ of each member declared `struct X`.  A record whose bytes
        # agree also gets its CHECK_; one holding a flexible array (no
        # member-by-member copy) gets only that.
        for rec in recs:
            out.append("")
            if self.checked(rec.key):
                out += self.check(rec)
            try:
                out += self.xlat(rec)
            except XenCompatError as e:
                out.append(f"/* no XLAT_{tag_name(rec.key)}: {e} */")
        out += ["", "#endif /* COMPAT_XLAT_H */"]
        return "\n".join(out) + "\n"


def emit_all(desc, sink):
    """{output path: text}: Xen's compat headers and xlat.h."""
    xc = XenCompat(desc)
    out = {}
    try:
        for path in COMPAT_HEADERS:
            if path in desc.sources:        # a partial description (tests) has fewer
                out[OUT + path[len("abi/"):]] = xc.header(path)
        out[OUT + "xlat.h"] = xc.xlat_header()
    except XenCompatError as e:
        sink.error(Loc("abi", 1), f"Xen compat output: {e}")
        sink.raise_if_any()
    return out
