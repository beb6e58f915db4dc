"""Emitter: the hypervisor's compat layer, compat/include/xen/compat/<file>.h.

For each record of a description file, by its computed verdict (compat.py):
- identical on x86_32 and x86_64 (or the same bytes, aligned less on
  x86_32): `compat_<name>_t` is the native type (with x86_32's alignment)
  and `CHECK_<name>` asserts at compile time that the native layout is the
  guest layout (size and every member offset);
- different: `struct compat_<name>` with the x86_32 layout, spelled so that a
  64-bit GCC or Clang build lays it out that way (asserted right after it),
  and two translators, static inline so that a hypervisor compiles only the
  ones a file uses and can adopt the output file by file:
      int xlat_<name>_from_compat(native *d, const compat *s, ctx)
      int xlat_<name>_to_compat(compat *d, const native *s, ctx)
  plus `XLAT_<name>(d, s)`, which picks the direction from the pointer types
  as upstream's macro does.

Guarantees the generated code keeps: the guest structure is read once (a
snapshot is taken before anything else); every byte written is defined (the
destination is zeroed first, so padding and unused union arms are zero,
unless the members written cover it all); narrowing that does not fit
returns -ERANGE and writes nothing further; an unknown union selector
returns -EINVAL; copy-back writes only members annotated as output.

Naming lives in naming.py; output.py runs this emitter and, on the same
CompatEmitter, the ones built on its translators (emit_hypercall,
emit_ioctl).  What one translator gathers while it is generated (deferred
array blocks, partial counts) travels in an explicit _Fn.
"""
import re
from dataclasses import dataclass, field
from types import SimpleNamespace

from .annotations import arg_index
from .compat import GUEST, NATIVE, verdicts
from .naming import c_expr, cname
from .emit_header import banner, include_name
from .layout import Layouter, named_members
from .model import Array, EnumRef, Handle, Named, Pointer, Record, RecordRef, Scalar, member_path
from .profiles import FIXED_SCALARS, SIGNED
from .xenbuild import HYPERVISOR_TAGS

_WIDE_UNSIGNED = {"xen_ulong_t": "compat_ulong_t", "xen_pfn_t": "compat_pfn_t",
                  "xen_native_ulong_t": "compat_ulong_t"}
_WIDE_SIGNED = {"xen_long_t": "compat_long_t", "xen_native_long_t": "compat_long_t"}


def output_path(desc_path):
    return "compat/include/xen/compat/" + desc_path[len("abi/"):]


@dataclass
class _Fn:
    """What one translator function being generated has gathered: passed
    explicitly down the member walk, never kept on the emitter."""
    deferred: list = field(default_factory=list)    # array blocks, emitted after the members
    uses_partial: bool = False      # returns a partial count (a list in part)
    partial_sources: int = 0        # lists that may be cut (more than one: -E2BIG instead)
    in_union: bool = False          # inside a union arm: arrays stay in place
    uses_ctx: bool = False          # reads or writes the context (a local one is set up for NULL)


class _Unsupported(Exception):
    """A record the generator cannot translate: an error at the record, or
    at the annotation that causes it (loc)."""

    def __init__(self, why, loc=None):
        super().__init__(why)
        self.loc = loc


class CompatEmitter:
    def __init__(self, desc):
        self.m32, self.m64 = desc.modules[GUEST], desc.modules[NATIVE]
        self.l32, self.l64 = Layouter.for_module(self.m32), Layouter.for_module(self.m64)
        self.verdicts = {v.key: v for v in verdicts(desc)}
        self.through_xen = desc.reach("abi/xen.h")   # arch headers xen.h brings in
        # records that get translators: decided in declaration order (which is
        # dependency order), so a record holding an untranslatable one has none
        self.translated = set()
        self.partial_keys = set()   # from_compat may return a partial count (> 0)
        self.failures = {}      # key -> (why it has no translator, where): a description error
        for key, v in self.verdicts.items():
            if v.identical or v.guest_only or v.native_only or v.local or self.opaque(key):
                continue
            try:
                self.translators(key)
                self.translated.add(key)
            except _Unsupported as e:
                self.failures[key] = (str(e), e.loc)

    def opaque(self, key):
        """Marked `opaque`: carried only as bytes, so never translated."""
        rec = self.m64.records.get(key) or self.m32.records.get(key)
        return any(a.kind == "opaque" for a in rec.annotations)

    # -- naming ---------------------------------------------------------------
    def identical(self, key):
        v = self.verdicts.get(key)
        return v is not None and v.identical

    def align_only(self, key):
        """Identical bytes, but x86_32 aligns the record less (compat.Verdict)."""
        v = self.verdicts.get(key)
        return v is not None and v.align_only

    @staticmethod
    def check_typedef(key):
        """compat_<name>_t: the native type under its compat name."""
        name = cname(key)
        return f"compat_{name}{'' if name.endswith('_t') else '_t'}"

    def compat_spelling(self, key):
        rec = self.m32.records[key]
        if key.startswith(("struct ", "union ")):
            return f"{rec.kind} compat_{cname(key)}"
        return f"compat_{key}"

    # -- compat types ---------------------------------------------------------
    def ctype(self, t, indent):
        """C spelling, in a 64-bit build, of an x86_32 member type (no array dims)."""
        m = self.m32
        if isinstance(t, Named):
            r = m.resolve(t)
            if isinstance(r, Scalar) and r.name in FIXED_SCALARS and FIXED_SCALARS[r.name] < 8:
                return t.name
            if isinstance(r, EnumRef):
                return t.name
            if isinstance(r, RecordRef) and self.identical(r.key):
                # the native type; with x86_32's alignment where that is lower
                return self.check_typedef(r.key) if self.align_only(r.key) else t.name
            return self.ctype(r, indent)
        if isinstance(t, Scalar):
            n = t.name
            if n in ("uint64_t", "int64_t"):
                return "compat_" + n
            if n in ("uint64_aligned_t", "int64_aligned_t"):
                return n[:-len("_aligned_t")] + "_t"
            return _WIDE_UNSIGNED.get(n) or _WIDE_SIGNED.get(n) or n
        if isinstance(t, Handle):
            return "uint64_t" if t.wide else "compat_handle_t"
        if isinstance(t, Pointer):
            return "compat_ptr_t"
        if isinstance(t, EnumRef):
            return t.key
        if isinstance(t, RecordRef):
            if self.align_only(t.key):
                return self.check_typedef(t.key)
            return t.key if self.identical(t.key) else self.compat_spelling(t.key)
        if isinstance(t, Record):
            return self.body(t, indent)
        raise _Unsupported(f"type {t!r}")

    def member(self, f, indent):
        t, dims = f.type, ""
        while isinstance(t, Array):
            dims += f"[{'' if t.dim is None else t.dim}]"
            t = t.elem
        name = f" {f.name}" if f.name else ""
        bits = f" : {f.bits}" if f.bits is not None else ""
        return f"{indent}{self.ctype(t, indent)}{name}{dims}{bits};"

    def body(self, rec, indent):
        inner = indent + "    "
        lines = [f"{rec.kind} {{"] + [self.member(f, inner) for f in rec.fields] + [f"{indent}}}"]
        return "\n".join(lines)

    def compat_type(self, key):
        rec = self.m32.records[key]
        spelling = self.compat_spelling(key)
        if key.startswith(("struct ", "union ")):
            out = [f"{spelling} {{"] + [self.member(f, "    ") for f in rec.fields] + ["};",
                   f"typedef {spelling} compat_{cname(key)}_t;"]
        else:
            out = [f"typedef {self.body(rec, '')} {spelling};"]
        return out

    def layout_asserts(self, tname, key, mod, lay):
        """Asserts that `tname` has the x86_32 layout of `key` in this build."""
        rl = lay.record(mod.records[key])
        out = [f"XENABI_COMPAT_ASSERT(sizeof({tname}) == {rl.size}, \"{tname}: size\");",
               f"XENABI_COMPAT_ASSERT(__alignof__({tname}) == {rl.align}, \"{tname}: alignment\");"]
        out += [f"XENABI_COMPAT_ASSERT(__builtin_offsetof({tname}, {path}) == {offset}, \"{tname}: {path}\");"
                for path, offset, _ in named_members(rl)]
        return out

    def check_macro(self, key):
        name = cname(key)
        native = key
        if self.align_only(key):
            # the same bytes; the compat name lowers the alignment to x86_32's
            # (a typedef may), so records holding it get the guest's layout
            a32 = self.l32.record(self.m32.records[key]).align
            body = self.layout_asserts(self.check_typedef(key), key, self.m32, self.l32)
            return [f"/* {key}: the same bytes on x86_32 and x86_64, aligned to {a32} on x86_32 */",
                    f"typedef {native} __attribute__((__aligned__({a32}))) {self.check_typedef(key)};",
                    f"#define CHECK_{name} \\"] + [f"    {b} \\" for b in body[:-1]] + [f"    {body[-1][:-1]}"]
        body = self.layout_asserts(native, key, self.m32, self.l32)
        return [f"/* {key}: identical on x86_32 and x86_64 */",
                f"typedef {native} {self.check_typedef(key)};",
                f"#define CHECK_{name} \\"] + [f"    {b} \\" for b in body[:-1]] + [f"    {body[-1][:-1]}"]

    # -- translators ----------------------------------------------------------
    def expr(self, ann_expr, scope, base, fn=None):
        """C for an annotation expression over the structure at `base`; an
        argument (argN) is read from the context, which fn then uses."""
        if fn is not None and any(arg_index(n) for n in ann_expr.names):
            fn.uses_ctx = True
        return c_expr(ann_expr, scope, base, "ctx->arg")

    def xlat(self, fn, direction, f32, f64, path, scope, indent):
        """Statements translating one member; `path` is the C member path."""
        t32, t64 = self.m32.resolve(f32.type), self.m64.resolve(f64.type)
        src = "s." if direction == "from" else "s->"
        i = indent
        kinds = {a.kind for a in f32.annotations + f64.annotations}
        if "padding" in kinds:
            return []               # reserved: the zeroed destination is the value
        if "bitmap" in kinds:
            return self.bitmap(direction, t32, t64, path, i)
        if f32.name != f64.name or type(t32) is not type(t64) or (
                isinstance(t32, Array) and t32.dim != t64.dim):
            raise _Unsupported(f"'{path}' is declared differently for x86_32 and x86_64")
        if f32.bits is not None:
            return [f"{i}d->{path} = {src}{path};"]
        if isinstance(t32, Array):
            dims, e32, e64 = [], t32, t64
            while isinstance(e32, Array):
                if not isinstance(e64, Array) or e32.dim != e64.dim:
                    raise _Unsupported(f"'{path}' is declared differently for x86_32 and x86_64")
                dims.append(e32.dim)
                e32, e64 = self.m32.resolve(e32.elem), self.m64.resolve(e64.elem)
            if None in dims:
                # a flexible array lies beyond sizeof: when its elements have
                # the same bytes on both sides the caller copies them as they
                # are, and the translator covers the fixed part only
                if dims == [None] and self.same_elements(e32, e64):
                    return [f"{i}/* {path}[]: flexible array, elements identical; "
                            "the caller copies them */"]
                raise _Unsupported(f"flexible array '{path}'")
            if self.same_elements(e32, e64):
                return [f"{i}memcpy(&d->{path}, &{src}{path}, sizeof(d->{path}));"]
            idx = "".join(f"[i{n}]" for n in range(len(dims)))
            lines = [f"{i}{{", f"{i}    unsigned int {', '.join(f'i{n}' for n in range(len(dims)))};"]
            for n, dim in enumerate(dims):
                lines.append(f"{i}    {'    ' * n}for (i{n} = 0; i{n} < {dim}; i{n}++)")
            fake32 = type(f32)(None, e32, f32.loc)
            fake64 = type(f64)(None, e64, f64.loc)
            body = self.xlat(fn, direction, fake32, fake64, path + idx, scope, i + "    " * (len(dims) + 1))
            if len(body) > 1:
                body = [f"{i}{'    ' * len(dims)}    {{"] + body + [f"{i}{'    ' * len(dims)}    }}"]
            return lines + body + [f"{i}}}"]
        if isinstance(t32, Scalar) or isinstance(t32, EnumRef):
            return self.scalar(direction, t32, t64, path, path, i)
        if (isinstance(t32, Handle) and not t32.wide) or (isinstance(t32, Pointer) and t32.user):
            arr = self.array_handle(fn, direction, f32, f64, t32, t64, path, scope, i)
            if arr is not None:
                return arr
        if isinstance(t32, Handle) or isinstance(t32, Pointer):
            if isinstance(t32, Handle) and t32.wide:
                return [f"{i}memcpy(&d->{path}, &{src}{path}, sizeof(d->{path}));"]
            acc = ".p" if isinstance(t32, Handle) else ""
            if direction == "from" and isinstance(t32, Pointer) and t32.user:
                # a user pointer: widened by the kernel's compat_ptr() (the hook)
                return [f"{i}d->{path} = (__typeof__(d->{path}))XENABI_COMPAT_PTR(ctx, {src}{path});"]
            if direction == "from":
                return [f"{i}d->{path}{acc} = (__typeof__(d->{path}{acc}))(uintptr_t){src}{path};"]
            return [f"{i}if ((rc = xenabi_fits_u32((uint64_t)(uintptr_t){src}{path}{acc})) != 0)",
                    f"{i}    return rc;", f"{i}d->{path} = (uint32_t)(uintptr_t){src}{path}{acc};"]
        if isinstance(t32, RecordRef):
            key = t32.key
            # the selector of the union this member holds (`select u: ...`),
            # or of the member itself when it is a union type (`select index`)
            sel = [a for a in f32.annotations if a.kind == "select" and
                   (a.get("member") or self.m32.records[key].kind == "union")]
            pre = []
            if sel:
                fn.uses_ctx = True
                pre = [f"{i}ctx->sel = {self.expr(sel[0].get('expr'), scope, src)};", f"{i}ctx->sel_valid = 1;"]
            if self.identical(key):
                return pre + [f"{i}memcpy(&d->{path}, &{src}{path}, sizeof(d->{path}));"]
            if key not in self.translated:
                raise _Unsupported(f"'{path}' is a {key}, which has no translator")
            callee = f"xlat_{cname(key)}_{direction}_compat"
            if direction == "from" and key in self.partial_keys:
                # it may translate its list in part (a positive count): the
                # other members are still translated, and the count passed on
                fn.uses_partial = True
                fn.partial_sources += 1
                return pre + [f"{i}if ((rc = {callee}(&d->{path}, &{src}{path}, ctx)) < 0)", f"{i}    return rc;",
                              f"{i}if (rc > 0 && partial == 0)", f"{i}    partial = (uint64_t)rc;"]
            return pre + [f"{i}if ((rc = {callee}(&d->{path}, &{src}{path}, ctx)) != 0)", f"{i}    return rc;"]
        if isinstance(t32, Record):
            if self.same_elements(t32, t64):
                if f32.name is None:
                    # an anonymous member has no name to take the size of: copy
                    # its bytes from its first member's address
                    first = path + t32.fields[0].name
                    size = self.l64.record(t64).size
                    return [f"{i}memcpy(&d->{first}, &{src}{first}, {size});"]
                return [f"{i}memcpy(&d->{path}, &{src}{path}, sizeof(d->{path}));"]
            sub = f"{path}." if f32.name else path
            if t32.kind == "union":
                return self.union(fn, direction, f32, t32, t64, sub, scope, i)
            lines = []
            for g32, g64 in zip(t32.fields, t64.fields):
                lines += self.xlat(fn, direction, g32, g64, sub + (g32.name or ""), scope + [(t32, sub)], i)
            return lines
        raise _Unsupported(f"member '{path}'")

    def scalar(self, direction, t32, t64, cpath, npath, i):
        """One integer member, x86_32 `cpath` <-> x86_64 `npath`: widened as C
        converts, narrowed only after a range check (-ERANGE, never truncated)."""
        s32, s64 = self.l32.size_align(t32)[0], self.l64.size_align(t64)[0]
        if direction == "from":
            dst, src, wide, narrow, t = f"d->{npath}", f"s.{cpath}", s32, s64, t32
        else:
            dst, src, wide, narrow, t = f"d->{cpath}", f"s->{npath}", s64, s32, t64
        if wide <= narrow:
            return [f"{i}{dst} = {src};"]
        signed = isinstance(t, Scalar) and t.name in SIGNED
        if narrow == 4:
            check = f"xenabi_fits_s32((int64_t){src})" if signed else f"xenabi_fits_u32((uint64_t){src})"
        else:
            check = f"xenabi_fits_{'s' if signed else 'u'}bits(({'int64_t' if signed else 'uint64_t'}){src}, " \
                    f"{narrow * 8})"
        return [f"{i}if ((rc = {check}) != 0)", f"{i}    return rc;", f"{i}{dst} = {src};"]

    def bitmap(self, direction, t32, t64, path, i):
        """A bit string kept in words (little-endian, as on both x86 ABIs): the
        guest view's bytes are the first bytes of the native one; bits beyond
        the guest's length must be clear on the way back."""
        n32, n64 = self.l32.size_align(t32)[0], self.l64.size_align(t64)[0]
        if n32 > n64:
            raise _Unsupported(f"bitmap '{path}' is longer on x86_32 than on x86_64")
        if direction == "from":
            return [f"{i}memcpy(&d->{path}, &s.{path}, {n32});"]
        lines = []
        if n64 > n32:
            lines = [f"{i}if ((rc = xenabi_zero_tail((const unsigned char *)&s->{path} + {n32}, {n64 - n32})) != 0)",
                     f"{i}    return rc;"]
        return lines + [f"{i}memcpy(&d->{path}, &s->{path}, {n32});"]

    # -- records whose two definitions differ in their members --------------------
    def leaves(self, mod, rec):
        """(path, field, names, annotations) of a record's members as by-name
        translation pairs them: anonymous structs are looked through; an
        anonymous union without arms is a set of aliases of its first member."""
        out = []
        for f in rec.fields:
            t = mod.resolve(f.type)
            if f.name is None and isinstance(t, Record):
                if t.kind == "struct":
                    out += self.leaves(mod, t)
                    continue
                if any(a.kind == "arm" for g in t.fields for a in g.annotations) or t.fields[0].name is None:
                    raise _Unsupported("an anonymous union with arms in a record translated by name")
                names = frozenset(g.name for g in t.fields if g.name)
                out.append((t.fields[0].name, t.fields[0], names, f.annotations + t.fields[0].annotations))
            else:
                out.append((f.name, f, frozenset([f.name]), f.annotations))
        return out

    def member_at(self, mod, rec, dotted):
        """The field at a dotted member path (anonymous members looked through)."""
        found = None
        for part in dotted.split("."):
            if rec is None:
                return None
            found = next((f for p, f, _, _ in self.leaves(mod, rec) if p == part), None)
            if found is None:
                return None
            t = mod.resolve(found.type)
            rec = mod.records.get(t.key) if isinstance(t, RecordRef) else t if isinstance(t, Record) else None
        return found

    @staticmethod
    def by_name(rec32, rec64):
        """The two definitions have different member lists, or annotations that
        pair members by name."""
        if [f.name for f in rec32.fields] != [f.name for f in rec64.fields]:
            return True
        return any(a.kind in ("compat_at", "native_only", "compat_only")
                   for f in rec32.fields + rec64.fields for a in f.annotations)

    def pairs(self, rec32, rec64):
        """[(x86_32 path, field, x86_64 path, field)] of a record translated by
        name, members at a compat_at path last; and {x86_32 path: x86_64 path or
        None} for every x86_32 member (None: not carried).  Every member of
        either side is accounted for, or the record has no translator."""
        c_leaves, n_leaves = self.leaves(self.m32, rec32), self.leaves(self.m64, rec64)
        skip = {"compat_only", "padding"}
        cmap = {p: (f, {a.kind for a in anns}) for p, f, _, anns in c_leaves}
        pairs, late, used = [], [], {}
        for npath, nf, names, anns in n_leaves:
            kinds = {a.kind for a in anns}
            if kinds & {"native_only", "padding"}:
                continue
            at = [a for a in anns if a.kind == "compat_at"]
            if at:
                cpath = at[0].get("path")
                cf = self.member_at(self.m32, rec32, cpath)
                if cf is None:
                    raise _Unsupported(f"'{npath}': compat_at {cpath}, but x86_32 has no member {cpath}",
                                       at[0].loc)
                target = late
            else:
                match = [p for p in cmap if p in names and not (cmap[p][1] & skip)]
                if len(match) != 1:
                    raise _Unsupported(f"x86_64 member '{npath}' has no x86_32 counterpart "
                                       "(mark it native_only, or name it with compat_at)",
                                       getattr(nf, "loc", None))
                cpath, cf, target = match[0], cmap[match[0]][0], pairs
            if cpath in used:
                raise _Unsupported(f"x86_32 member '{cpath}' is the counterpart of both "
                                   f"'{used[cpath]}' and '{npath}'")
            used[cpath] = npath
            target.append((cpath, cf, npath, nf))
        mapping = dict(used)
        for cpath, (cf, kinds) in cmap.items():
            if cpath in used or kinds & skip:
                mapping.setdefault(cpath, None)
                continue
            inner = self.m32.resolve(cf.type)
            inner = self.m32.records.get(inner.key) if isinstance(inner, RecordRef) else None
            parts = [u for u in used if u.startswith(cpath + ".")]
            if parts and inner is not None and all(
                    f"{cpath}.{g.name}" in used or any(a.kind in skip for a in g.annotations)
                    for g in inner.fields):
                continue
            raise _Unsupported(f"x86_32 member '{cpath}' has no x86_64 counterpart "
                               "(mark it compat_only, or point an x86_64 member at it with compat_at)")
        return pairs + late, mapping

    def translate_by_name(self, fn, direction, rec32, rec64, i):
        stmts = []
        for cpath, cf, npath, nf in self.pairs(rec32, rec64)[0]:
            if cpath == npath:
                stmts += self.xlat(fn, direction, cf, nf, cpath, [(rec32, "")], i)
                continue
            t32, t64 = self.m32.resolve(cf.type), self.m64.resolve(nf.type)
            if not (isinstance(t32, (Scalar, EnumRef)) and isinstance(t64, (Scalar, EnumRef))):
                raise _Unsupported(f"'{npath}' pairs with x86_32 '{cpath}', but only integer members "
                                   "can change their name or place")
            stmts += self.scalar(direction, t32, t64, cpath, npath, i)
        return stmts

    def array_handle(self, fn, direction, f32, f64, t32, t64, path, scope, i):
        """A counted handle whose elements differ: translated element by element
        through the caller's accessors and scratch area.  None when the handle
        is only widened or narrowed (its elements are the same in both)."""
        count = [a for a in f32.annotations if a.kind == "count"]
        target32, target64 = self.element_type(self.m32, t32), self.element_type(self.m64, t64)
        acc = "" if isinstance(t32, Pointer) else ".p"      # a user pointer has no `.p` wrapper
        if not count or target32 is None or target64 is None:
            return None
        e32, e64 = self.m32.resolve(target32), self.m64.resolve(target64)
        if self.same_elements(e32, e64):
            return None
        if isinstance(e32, RecordRef):
            if e32.key not in self.translated:
                raise _Unsupported(f"'{path}' points to {e32.key}, which has no translator")
        elif not isinstance(e32, Scalar):
            raise _Unsupported(f"'{path}' points to elements it cannot translate")
        dirs = {a.get("dir") for a in f32.annotations if a.kind == "dir"} or {"inout"}
        copy_in = bool(dirs & {"in", "inout"})
        copy_out = bool(dirs & {"out", "inout"})
        # sub-operations for which the list is output only: not read then
        # (increase_reservation's frames are Xen's answer, not the guest's)
        read_for = {s for a in f32.annotations if a.kind == "dir" and a.get("dir") in ("in", "inout")
                    for s in (a.get("subops") or ())}
        out_only = [s for a in f32.annotations if a.kind == "dir" and a.get("dir") == "out"
                    for s in (a.get("subops") or ()) if s not in read_for]
        cel = self.ctype(target32, "")
        nel = self.l64.spell(target64)
        src = "s." if direction == "from" else "s->"
        if direction == "from":
            expr = count[0].get("expr")
            n = self.expr(expr, scope, src, fn)
            fn.uses_ctx = True          # the scratch area, the guest copy
            if count[0].get("bits"):
                n = f"(({n}) + 8 * sizeof({cel}) - 1) / (8 * sizeof({cel}))"
            conv = (f"if ((rc = xlat_{cname(e32.key)}_from_compat(&arr[k], &e, ctx)) != 0)\n{i}                return rc;"
                    if isinstance(e32, RecordRef) else "arr[k] = e;")
            lines = [f"{i}{{   /* {path}: elements through the scratch area */",
                     f"{i}    struct xenabi_xlat_array *a;", f"{i}    uint64_t k, n = (uint64_t)({n});",
                     f"{i}    {nel} *arr;",
                     f"{i}    if ((rc = xenabi_array_begin(ctx, (uint64_t){src}{path}, n, sizeof(*arr), &a)) != 0)",
                     f"{i}        return rc;", f"{i}    arr = ({nel} *)a->native;"]
            read = [f"{i}    for (k = 0; k < a->todo; k++) {{", f"{i}        {cel} e;",
                    f"{i}        if ((rc = xenabi_from_guest(ctx, &e, (uint64_t){src}{path} + "
                    f"(a->start + k) * sizeof(e), sizeof(e))) != 0)", f"{i}            return rc;",
                    f"{i}        {conv}", f"{i}    }}"]
            if copy_in and out_only:
                # output only for these sub-operations: the elements are not
                # read, their native copies stay zero
                cond = " || ".join(f"ctx->subop == (int64_t)({x})" for x in out_only)
                lines += [f"{i}    if (!(ctx->subop_valid && ({cond}))) {{"] + \
                    ["    " + x.replace("\n", "\n    ") for x in read] + [f"{i}    }}"]
            elif copy_in:
                lines += read
            else:
                lines += [f"{i}    (void)k;                      /* output only: nothing to read */"]
            # a null guest list stays null and is not a partial translation
            lines += [f"{i}    d->{path}{acc} = (__typeof__(d->{path}{acc}))arr;",
                      f"{i}    if (arr != NULL && a->start + a->todo < n && partial == 0) {{",
                      f"{i}        partial = a->todo;"]
            target = member_path(scope, expr.tokens[0]) if len(expr.tokens) == 1 and not count[0].get("bits") else None
            if target is not None:
                lines.append(f"{i}        d->{target} = a->todo;   /* the native view covers what was translated */")
            lines += [f"{i}    }}"]
            # no elements (the common case): nothing to place, the guest's own
            # address widened, as to_compat narrows it back
            rest = ["    " + x.replace("\n", "\n    ") for x in lines[4:]]
            lines = lines[:4] + [f"{i}    if (n == 0 && ctx->start == 0) {{",
                                 f"{i}        d->{path}{acc} = (__typeof__(d->{path}{acc}))XENABI_COMPAT_PTR(ctx, "
                                 f"{src}{path});",
                                 f"{i}    }} else {{"] + rest + [f"{i}    }}", f"{i}}}"]
            fn.uses_partial = True
            fn.partial_sources += 1
            if fn.in_union:
                return lines        # only for the selected arm: never moved out of it
            fn.deferred.append(lines)
            return []
        copyback = direction == "copyback"
        fn.uses_ctx = True              # the arrays placed by from_compat
        conv = (f"if ((rc = xlat_{cname(e32.key)}_to_compat(&e, &arr[k], ctx)) != 0)\n{i}                return rc;"
                if isinstance(e32, RecordRef) else
                f"if ((rc = xenabi_fits_{'s' if e32.name in SIGNED else 'u'}32(arr[k])) != 0)"
                f"\n{i}                return rc;\n{i}            e = ({cel})arr[k];")
        lines = [f"{i}{{   /* {path}: back to the guest's array */",
                 f"{i}    struct xenabi_xlat_array *a = xenabi_array_find(ctx, {src}{path}{acc});"]
        if copyback:
            lines += [f"{i}    if (a != NULL) {{"]
        else:
            lines += [f"{i}    if (a == NULL) {{",
                      f"{i}        if ((rc = xenabi_fits_u32((uint64_t)(uintptr_t){src}{path}{acc})) != 0)",
                      f"{i}            return rc;", f"{i}        d->{path} = (uint32_t)(uintptr_t){src}{path}{acc};",
                      f"{i}    }} else {{", f"{i}        d->{path} = (uint32_t)a->gaddr;"]
        if copy_out:
            # a block of its own: its declarations follow a statement (C90 rule
            # Xen builds with, -Wdeclaration-after-statement)
            block = [f"{i}        uint64_t k;", f"{i}        const {nel} *arr = (const {nel} *)a->native;",
                     f"{i}        for (k = 0; k < a->todo; k++) {{", f"{i}            {cel} e;",
                     f"{i}            memset(&e, 0, sizeof(e));", f"{i}            {conv}",
                     f"{i}            if ((rc = xenabi_to_guest(ctx, a->gaddr + (a->start + k) * sizeof(e), "
                     "&e, sizeof(e))) != 0)", f"{i}                return rc;", f"{i}        }}"]
            valid = [a for a in f32.annotations if a.kind == "valid_when"]
            if valid:
                # Xen's answer says whether the list holds anything: when it
                # does not, the guest's list is left as the guest wrote it
                lines += [f"{i}        if ({self.expr(valid[0].get('expr'), scope, 's->', fn)}) {{"]
            else:
                lines += [f"{i}        {{"]
            lines += ["\n".join("    " + x for x in b.split("\n")) for b in block] + [f"{i}        }}"]
        lines += [f"{i}    }}", f"{i}}}"]
        return lines

    @staticmethod
    def element_type(mod, t):
        """What a guest handle or user pointer points to, or None."""
        t = mod.resolve(t)
        if isinstance(t, Pointer):
            return t.target
        if isinstance(t, Handle) and t.name in mod.handles:
            return mod.handles[t.name].target
        return None

    def same_elements(self, e32, e64):
        """Arrays of these elements have the same bytes (alignment aside: the
        stride of an array is its element size): the same size, and the same
        offset, size and kind of every leaf, nested records included."""
        return self.byte_shape(self.m32, self.l32, e32) == self.byte_shape(self.m64, self.l64, e64)

    def byte_shape(self, mod, lay, t, base=0):
        """[(offset, size, kind)] of every leaf of type t, and its total size."""
        t = mod.resolve(t)
        if isinstance(t, RecordRef):
            t = mod.records[t.key]
        if isinstance(t, Record):
            rl = lay.record(t)
            out = [("size", rl.size)]
            for f, fl in zip(t.fields, rl.fields):
                if f.bits is not None:
                    out.append((base + fl.offset, "bits", fl.bit_offset, f.bits))
                else:
                    out += self.byte_shape(mod, lay, f.type, base + fl.offset)
            return out
        if isinstance(t, Array):
            return [(base, "array", t.dim, tuple(self.byte_shape(mod, lay, t.elem)))]
        kind = "pointer" if isinstance(t, (Handle, Pointer)) else "value"
        return [(base, lay.size_align(t)[0], kind)]

    def union(self, fn, direction, f32, u32, u64, sub, scope, i):
        sel = [a for a in f32.annotations if a.kind == "select" and not a.get("member")]
        src = "s." if direction == "from" else "s->"
        lines = [f"{i}{{", f"{i}    int64_t sel;"]
        if sel:
            lines.append(f"{i}    sel = {self.expr(sel[0].get('expr'), scope, src, fn)};")
        else:
            fn.uses_ctx = True
            lines += [f"{i}    if (!ctx->sel_valid)", f"{i}        return -XENABI_EINVAL;",
                      f"{i}    sel = ctx->sel;", f"{i}    ctx->sel_valid = 0;"]
        refused = sel[0].get("compat_refused") if sel else ()
        if refused:
            # Xen refuses these for a 32-bit guest before translating (the
            # native handler relies on never seeing them from one)
            cond = " || ".join(f"sel == (int64_t)({' '.join(v.tokens)})" for v in refused)
            lines += [f"{i}    if ({cond})", f"{i}        return -XENABI_EINVAL;   /* not for 32-bit guests */"]
        first, default = True, None
        outer_in_union, fn.in_union = fn.in_union, True
        try:
            arms = self._arms(fn, direction, u32, u64, sub, scope, i)
        finally:
            fn.in_union = outer_in_union
        for cond, body in arms:
            if cond is None:
                default = body
                continue
            lines += [f"{i}    {'if' if first else '} else if'} ({cond}) {{"] + body
            first = False
        unused = sel[0].get("unused") if sel else ()
        if unused:
            cond = " || ".join(f"sel == (int64_t)({' '.join(v.tokens)})" for v in unused)
            lines += [f"{i}    {'if' if first else '} else if'} ({cond}) {{",
                      f"{i}        /* the union is not used for these values: it stays zero */"]
            first = False
        if first and default is None:
            raise _Unsupported(f"union '{sub.rstrip('.')}' has no arms")
        if default is not None:
            if first:
                lines.append(f"{i}    (void)sel;                   /* one arm only: always the default */")
            lines += ([f"{i}    }} else {{"] if not first else [f"{i}    {{"]) + default + [f"{i}    }}"]
        else:
            lines += [f"{i}    }} else {{", f"{i}        return -XENABI_EINVAL;", f"{i}    }}"]
        return lines + [f"{i}}}"]

    def _arms(self, fn, direction, u32, u64, sub, scope, i):
        """(condition or None for the default arm, statements) of each annotated arm."""
        out = []
        for g32, g64 in zip(u32.fields, u64.fields):
            arm = [a for a in g32.annotations if a.kind == "arm"]
            if not arm:
                continue                    # an alias of another arm: not translated
            path = sub + (g32.name or "")
            body = self.xlat(fn, direction, g32, g64, path, scope + [(u32, sub)], i + "        ")
            if arm[0].get("default"):
                out.append((None, body))
                continue
            out.append((" || ".join(f"sel == (int64_t)({' '.join(v.tokens)})" for v in arm[0].get("values")),
                        body))
        return out


    def translators(self, key):
        rec32, rec64 = self.m32.records[key], self.m64.records[key]
        by_name = rec32.kind == "struct" and self.by_name(rec32, rec64)
        if by_name and any(a.kind == "dir" for f in rec32.fields for a in f.annotations):
            raise _Unsupported("copy-back of a record translated by name")
        name = cname(key)
        native = key
        compat = self.compat_spelling(key)
        out = []
        for direction in ("from", "to"):
            if direction == "from":
                sig = f"static inline int xlat_{name}_from_compat({native} *d, const {compat} *src, " \
                      "struct xenabi_xlat_ctx *ctx)"
                pro = [f"    {compat} s;", "    int rc = 0;"]
                first = ["", "    memcpy(&s, src, sizeof(s));          /* the guest structure is read once */"]
            else:
                sig = f"static inline int xlat_{name}_to_compat({compat} *d, const {native} *src, " \
                      "struct xenabi_xlat_ctx *ctx)"
                pro = [f"    const {native} *s = src;", "    int rc = 0;"]
                first = [""]
            scope = [(rec32, "")]
            stmts = []
            fn = _Fn()
            if rec32.kind == "union":
                sel = tuple(a for a in rec32.annotations if a.kind == "select")
                fake = type(rec32.fields[0])(None, rec32, rec32.loc, None, sel)
                stmts = self.union(fn, direction, fake, rec32, rec64, "", scope, "    ")
            elif by_name:
                stmts = self.translate_by_name(fn, direction, rec32, rec64, "    ")
            else:
                for f32, f64 in zip(rec32.fields, rec64.fields):
                    stmts += self.xlat(fn, direction, f32, f64, f32.name or "", scope, "    ")
            # arrays last: a partial translation lowers the native count member
            for block in fn.deferred:
                stmts += block
            whole = any(a.kind == "whole" for a in rec32.annotations) or fn.partial_sources > 1
            if direction == "from" and fn.uses_partial:
                if whole:
                    # two lists cut at different places, or an operation Xen
                    # cannot continue: all or nothing
                    why = "Xen cannot continue this operation" if fn.partial_sources == 1 else \
                        "its lists cannot be cut at one place"
                    stmts += ["    if (partial != 0)", f"        return -XENABI_E2BIG;   /* {why} */"]
                else:
                    self.partial_keys.add(key)
            ret = "    return partial > 0x7fffffff ? 0x7fffffff : (int)partial;" if fn.uses_partial \
                else "    return 0;"
            if fn.uses_partial:
                pro = pro + ["    uint64_t partial = 0;"]
            if fn.uses_ctx:
                pro.insert(1, "    struct xenabi_xlat_ctx local_ctx;")
                setup = ["    if (ctx == NULL) {", "        memset(&local_ctx, 0, sizeof(local_ctx));",
                         "        ctx = &local_ctx;", "    }"]
            else:
                # nothing here reads the context (a nested translator given
                # NULL makes its own)
                setup = ["    (void)ctx;"]
            holes = self.holes(direction, rec32, rec64, by_name)
            if holes is None:
                clear = ["    memset(d, 0, sizeof(*d));             /* padding and unused arms are zero */"]
            elif not holes:
                clear = ["    /* the members written below cover every byte of *d */"]
            else:
                clear = ["    /* the members written below cover every byte of *d but its padding: */"]
                clear += [f"    memset((char *)d + {o}, 0, {n});" for o, n in sorted(holes)]
            out += [sig, "{"] + pro + first + setup + clear + stmts + ["    (void)rc;", ret, "}", ""]
        out += self.copyback(key)
        out += [f"#define XLAT_{name}(d, s) _Generic((d), \\",
                f"    {native} *: xlat_{name}_from_compat, \\",
                f"    {compat} *: xlat_{name}_to_compat)((d), (s), NULL)", ""]
        return out

    def holes(self, direction, rec32, rec64, by_name):
        """The destination bytes no member write covers, as [(offset, length)],
        when the members written cover all the rest; None when the whole
        destination has to be cleared first.  Member records translated by
        their own translator (or copied) cover themselves; inline records are
        looked into; a union (an arm may be shorter), a bit-field, a bit
        string or a member the other side lacks means None."""
        if by_name or rec32.kind != "struct":
            return None
        mod, lay, rec = (self.m64, self.l64, rec64) if direction == "from" else (self.m32, self.l32, rec32)
        skip = {"padding", "native_only", "compat_only", "bitmap"}

        def walk(r, base):
            rl = lay.record(r)
            if r.kind != "struct":
                return None
            out = [(base + o, n) for o, n in rl.holes]
            for f, fl in zip(r.fields, rl.fields):
                if f.bits is not None or any(a.kind in skip for a in f.annotations):
                    return None
                t = mod.resolve(f.type)
                while isinstance(t, Array):
                    if t.dim is None:
                        return None
                    t = mod.resolve(t.elem)
                if isinstance(t, Record):           # inline: translated member by member here
                    inner = walk(t, base + fl.offset)
                    if inner is None:
                        return None
                    out += inner
            return out
        return walk(rec, 0)

    # -- copy-back ------------------------------------------------------------
    @staticmethod
    def out_groups(f):
        """Member f's output (`dir out`/`inout`) annotations, each as the
        sub-ops it names, or None for every sub-op; [] when f is never output.
        The one reading of them for the copy-back (out_condition, at run
        time) and the dispatchers (out_ranges, for a known sub-op)."""
        return [a.get("subops") or None for a in f.annotations
                if a.kind == "dir" and a.get("dir") in ("out", "inout")]

    def out_condition(self, f):
        """C condition under which member f is output (written back), or None."""
        groups = self.out_groups(f)
        if not groups:
            return None
        if None in groups:
            return "1"
        return " || ".join("(ctx->subop_valid && (" + " || ".join(f"ctx->subop == (int64_t)({s})" for s in g)
                           + "))" for g in groups)

    def copyback_fields(self, rec32, rec64, prefix, scope, i):
        lines = []
        for f32, f64 in zip(rec32.fields, rec64.fields):
            path = prefix + (f32.name or "")
            cond = self.out_condition(f32)
            t32, t64 = self.m32.resolve(f32.type), self.m64.resolve(f64.type)
            inner = i if cond == "1" else i + "    "
            if cond is not None and isinstance(t32, Handle):
                # the handle itself is never written back; its elements are when
                # they went through the scratch area (otherwise Xen wrote them)
                body = self.array_handle(_Fn(), "copyback", f32, f64, t32, t64, path, scope, inner) or []
            elif cond is not None:
                body = self.xlat(_Fn(), "to", f32, f64, path, scope, inner)
            else:
                body = None
            if body is not None:
                lines += ([f"{i}if ({cond}) {{"] + body + [f"{i}}}"] if cond != "1" else body) if body else []
                continue
            # no output annotation here: look for output members inside a struct
            if isinstance(t32, RecordRef) and self.m32.records[t32.key].kind == "struct":
                r32, r64 = self.m32.records[t32.key], self.m64.records[t64.key]
                lines += self.copyback_fields(r32, r64, path + ".", scope + [(r32, path + ".")], i)
            elif isinstance(t32, Record) and t32.kind == "struct":
                sub = path + "." if f32.name else path
                lines += self.copyback_fields(t32, t64, sub, scope + [(t32, sub)], i)
            elif isinstance(t32, (Record, RecordRef)):
                u32 = t32 if isinstance(t32, Record) else self.m32.records[t32.key]
                u64 = t64 if isinstance(t64, Record) else self.m64.records[t64.key]
                if u32.kind == "union":
                    lines += self.copyback_union(f32, u32, u64, path, scope, i)
        return lines

    @staticmethod
    def union_arms(f32, u32, u64):
        """(its `select` annotation or None, [(arm annotation, g32, g64)]) of the
        union member f32: every annotated arm."""
        arms = []
        for g32, g64 in zip(u32.fields, u64.fields):
            arm = [a for a in g32.annotations if a.kind == "arm"]
            if arm:
                arms.append((arm[0], g32, g64))
        sel = [a for a in f32.annotations if a.kind == "select" and not a.get("member")]
        return (sel[0] if sel else None), arms

    def arm_condition(self, arm, arms, sel_var="sel"):
        """C condition, on `sel_var`, under which `arm` is the live one."""
        if arm.get("default"):
            others = [v for a, _, _ in arms if not a.get("default") for v in a.get("values")]
            return "!(" + " || ".join(f"{sel_var} == (int64_t)({' '.join(v.tokens)})" for v in others) + ")" \
                if others else "1"
        return " || ".join(f"{sel_var} == (int64_t)({' '.join(v.tokens)})" for v in arm.get("values"))

    def copyback_union(self, f32, u32, u64, path, scope, i):
        """Copy-back of the output members inside a union: those of the arm the
        guest's own selector names (the guest's copy is in *d)."""
        sel, arms = self.union_arms(f32, u32, u64)
        sub = path + "." if f32.name else path
        bodies = []
        for arm, g32, g64 in arms:
            body = self.copyback_fields(SimpleNamespace(fields=[g32]), SimpleNamespace(fields=[g64]), sub,
                                        scope + [(u32, sub)], i + "        ")
            if body:
                bodies.append((arm, body))
        if not bodies:
            return []
        if sel is None:
            raise _Unsupported(f"'{path}': output members inside a union with no selector")
        lines = [f"{i}{{", f"{i}    int64_t sel = {self.expr(sel.get('expr'), scope, 'd->')};   /* the guest's request */"]
        for n, (arm, body) in enumerate(bodies):
            lines += [f"{i}    {'if' if n == 0 else '} else if'} ({self.arm_condition(arm, arms)}) {{"] + body
        return lines + [f"{i}    }}", f"{i}}}"]

    def out_ranges(self, key, subop=None, base="d->"):
        """[(condition or None, [(offset, length)])]: the bytes of the x86_32
        record `key` that its copy-back writes for this sub-op (None: the
        output annotations that name no sub-op), always (None) or when a
        union's selector, read from the compat structure at `base` ("c." or
        "cv1[k]."), names the arm holding them.  The result members' own
        bytes only: nested records looked into, their padding and guest
        handles (restored addresses, not results) left out.  A dispatcher
        writes exactly these back to the caller, so every other byte stays
        as the caller left it.  Adjacent ranges are merged."""

        def live(f):
            return any(g is None or subop in g for g in self.out_groups(f))

        def result_bytes(t, off):
            """(offset, length) of every value inside a result member of type t."""
            t = self.m32.resolve(t)
            if isinstance(t, RecordRef):
                t = self.m32.records[t.key]
            if isinstance(t, (Handle, Pointer)):
                return []
            if isinstance(t, Record) and t.kind == "struct":
                out = []
                for g, gl in zip(t.fields, self.l32.record(t).fields):
                    if not any(a.kind == "padding" for a in g.annotations):
                        out += result_bytes(g.type, off + gl.offset) if g.bits is None else [(off + gl.offset, gl.size)]
                return out
            return [(off, self.l32.size_align(t)[0])]

        def walk(fields, lays, off, scope, prefix=""):
            """[(condition or None, ranges)] of these members (at `off`; their
            C path from `base` starts with `prefix`).  A union nested in an arm
            adds its own selector to the arm's condition."""
            out = []
            for f, fl in zip(fields, lays):
                t = self.m32.resolve(f.type)
                rec = self.m32.records[t.key] if isinstance(t, RecordRef) else t if isinstance(t, Record) else None
                inner = prefix + (f"{f.name}." if f.name else "")
                if live(f):
                    out.append((None, result_bytes(f.type, off + fl.offset)))
                elif rec is not None and rec.kind == "struct":
                    out += walk(rec.fields, self.l32.record(rec).fields, off + fl.offset,
                                scope + [(rec, inner)], inner)
                elif rec is not None and rec.kind == "union":
                    sel, arms = self.union_arms(f, rec, rec)
                    lays_u = dict(zip(map(id, rec.fields), self.l32.record(rec).fields))
                    for arm, g, _ in arms:
                        parts = [(c, rs) for c, rs in walk([g], [lays_u[id(g)]], off + fl.offset,
                                                            scope + [(rec, inner)], inner) if rs]
                        if not parts:
                            continue
                        if sel is None:
                            raise _Unsupported(f"'{f.name}': output members inside a union with no selector")
                        expr = c_expr(sel.get("expr"), scope, base, "ctx->arg")
                        cond = self.arm_condition(arm, arms, f"({expr})")
                        out += [(cond if c is None else f"({cond}) && ({c})", rs) for c, rs in parts]
            return out

        rec = self.m32.records[key]
        by_cond = {None: []}            # the unconditional ranges first
        for cond, ranges in walk(rec.fields, self.l32.record(rec).fields, 0, [(rec, "")]):
            by_cond.setdefault(cond, []).extend(ranges)
        result = []
        for cond, ranges in by_cond.items():
            merged = []
            for o, n in sorted(ranges):
                if merged and merged[-1][0] + merged[-1][1] >= o:
                    mo, mn = merged[-1]
                    merged[-1] = (mo, max(mn, o + n - mo))
                else:
                    merged.append((o, n))
            if merged:
                result.append((cond, merged))
        return result

    def copyback(self, key):
        """xlat_<name>_copyback: write back only the members annotated as output."""
        rec32, rec64 = self.m32.records[key], self.m64.records[key]
        name, compat = cname(key), self.compat_spelling(key)
        stmts = self.copyback_fields(rec32, rec64, "", [(rec32, "")], "    ") \
            if rec32.kind == "struct" and not self.by_name(rec32, rec64) else []
        return [f"/* Copy-back for {key}: only the members annotated as output are written; every",
                " * other byte of the guest's structure in *d stays as it is. */",
                f"static inline int xlat_{name}_copyback({compat} *d, const {key} *src, struct xenabi_xlat_ctx *ctx)",
                "{", f"    const {key} *s = src;", "    struct xenabi_xlat_ctx local_ctx;", "    int rc = 0;", "",
                "    if (ctx == NULL) {", "        memset(&local_ctx, 0, sizeof(local_ctx));",
                "        ctx = &local_ctx;", "    }"] + stmts + ["    (void)d;", "    (void)s;", "    (void)rc;",
                                                              "    return 0;", "}", ""]

    # -- shared rings (io/ring.h's DEFINE_RING_TYPES) --------------------------
    def ring_parts(self, key):
        """(ring name, request key, response key) when `key` is the slot union
        of a ring DEFINE_RING_TYPES made whose slots differ between x86_32 and
        x86_64, and a 64-bit backend can serve an x86_32 frontend on it (the
        request and response are translated or identical); else None."""
        m = re.fullmatch(r"union (\w+)_sring_entry", key)
        rec = self.m32.records.get(key)
        if not m or rec is None or [f.name for f in rec.fields] != ["req", "rsp"] or self.identical(key):
            return None
        parts = []
        for f in rec.fields:
            t = self.m32.resolve(f.type)
            if not isinstance(t, RecordRef) or not (t.key in self.translated or self.identical(t.key)):
                return None
            parts.append(t.key)
        return m.group(1), parts[0], parts[1]

    def ring(self, key):
        """For a ring whose slots differ: the x86_32 frontend's ring types, as
        a 64-bit backend declares them (DEFINE_RING_TYPES over the compat
        request and response: the RING_* macros work on them unchanged), and
        the two translations a backend needs: a request out of a slot (read
        once) and a response into one (in the frontend's layout)."""
        parts = self.ring_parts(key)
        if parts is None:
            return []
        name, req, rsp = parts

        def spell(k):
            return self.check_typedef(k) if self.identical(k) else self.compat_spelling(k)

        creq, crsp = spell(req), spell(rsp)
        entry = self.l32.record(self.m32.records[key])
        sring = self.l32.record(self.m32.records[f"struct {name}_sring"])
        ring_off = next(f.offset for f in sring.fields if f.name == "ring")
        get_req = (f"xlat_{cname(req)}_from_compat(req, &c, ctx)" if req in self.translated
                   else "(memcpy(req, &c, sizeof(c)), 0)")
        put_rsp = (f"xlat_{cname(rsp)}_to_compat(&c, rsp, ctx)" if rsp in self.translated
                   else "(memcpy(&c, rsp, sizeof(c)), 0)")
        return [
            f"/* The {name} ring as an x86_32 frontend lays it out, for a 64-bit backend: the",
            f" * same header, slots of {entry.size} bytes.  Attach with BACK_RING_INIT or",
            f" * BACK_RING_ATTACH on a struct compat_{name}_back_ring and use the RING_*",
            " * macros as usual; move requests and responses with the two functions below. */",
            f"DEFINE_RING_TYPES(compat_{name}, {creq}, {crsp});",
            f"XENABI_COMPAT_ASSERT(sizeof(union compat_{name}_sring_entry) == {entry.size}, "
            f"\"compat_{name} ring: slot size\");",
            f"XENABI_COMPAT_ASSERT(__builtin_offsetof(struct compat_{name}_sring, ring) == {ring_off}, "
            f"\"compat_{name} ring: first slot\");",
            "/* Request `idx` of the frontend's ring into *req (native layout): the slot is",
            " * read once, then translated (-ERANGE/-EINVAL as for any compat record). */",
            f"static inline int xenabi_{name}_get_request(struct compat_{name}_back_ring *r, RING_IDX idx,",
            f"                                          {req} *req, struct xenabi_xlat_ctx *ctx)",
            "{", f"    {creq} c;", "",
            "    memcpy(&c, RING_GET_REQUEST(r, idx), sizeof(c));", "    (void)ctx;",
            f"    return {get_req};", "}",
            "/* Response *rsp (native layout) into slot `idx` of the frontend's ring, in the",
            " * frontend's layout; nothing is written unless it translates. */",
            f"static inline int xenabi_{name}_put_response(struct compat_{name}_back_ring *r, RING_IDX idx,",
            f"                                           const {rsp} *rsp, struct xenabi_xlat_ctx *ctx)",
            "{", f"    {crsp} c;", "    int rc;", "",
            "    (void)ctx;",
            f"    if ((rc = {put_rsp}) == 0)",
            "        memcpy(RING_GET_RESPONSE(r, idx), &c, sizeof(c));",
            "    return rc;", "}", ""]

    # -- files ----------------------------------------------------------------
    def header(self, path, includes):
        keys = [k for k, r in self.m64.records.items() if r.path == path]
        keys += [k for k, r in self.m32.records.items() if r.path == path and k not in self.m64.records]
        guard = "XEN_COMPAT_" + "".join(c if c.isalnum() else "_" for c in path[len("abi/"):]).upper()
        out = ["/* SPDX-License-Identifier: MIT */", banner(path),
               "/* The x86_32 guest view of this interface for a 64-bit hypervisor: CHECK_ for",
               " * records whose layouts are identical, compat types and translators for the",
               " * others.  Include after the native public headers' environment (stdint). */",
               f"#ifndef {guard}", f"#define {guard}", "", '#include "xenabi_compat.h"']
        if path in self.m64.files:      # a guest-only (x86_32) file has no native header
            # arch headers are reached through xen.h, as in the public headers;
            # an arch header xen.h does not include (arch-x86/hvm/...) follows it
            rel = path[len("abi/"):]
            if rel.startswith("arch-"):
                out.append(f'#include "{include_name("abi/xen.h")}"')
            if not rel.startswith("arch-") or path not in self.through_xen:
                out.append(f'#include "{include_name(path)}"')
        out += [f'#include "xen/compat/{p[len("abi/"):]}"' for p in includes]
        out.append("")
        for key in keys:
            v = self.verdicts[key]
            if v.identical:
                out += self.check_macro(key) + [""]
                continue
            if v.native_only:
                out += [f"/* {key}: exists on x86_64 only; no compat view */", ""]
                continue
            if self.opaque(key):
                out += [f"/* {key}: opaque (carried as bytes, never translated); "
                        + "; ".join(v.reasons) + " */", ""]
                continue
            if v.local:
                out += [f"/* {key}: reached by a local pointer, not a hypercall argument; no compat view ("
                        + "; ".join(v.reasons) + ") */", ""]
                out += self.ring(key)
                continue
            out.append(f"/* {key}: translated; " + "; ".join(v.reasons) + " */")
            out += self.compat_type(key)
            out += self.layout_asserts(self.compat_spelling(key), key, self.m32, self.l32)
            if not v.guest_only:
                out += self.translators(key)    # every failure was reported by emit_all
            out.append("")
        body_start = out.index("", out.index(f"#define {guard}") + 2)
        renamed = [t for t in HYPERVISOR_TAGS if re.search(rf"\bstruct {t}\b", "\n".join(out[body_start:]))]
        if renamed:
            # inside Xen (__XEN__) the public record has another tag; the
            # translators name it by its public one, so it is renamed here,
            # after the includes and only for this file's own code
            out[body_start:body_start] = ["", "#ifdef __XEN__"] + \
                [f"#define {t} {HYPERVISOR_TAGS[t]}" for t in renamed] + ["#endif"]
            out += ["#ifdef __XEN__"] + [f"#undef {t}" for t in renamed] + ["#endif", ""]
        out += [f"#endif /* {guard} */", ""]
        return "\n".join(out)


def emit_all(desc, sink, em=None):
    """{output path: text} for every description file that applies to x86.  A
    record that differs between x86_32 and x86_64 but cannot be translated is
    an error in the description, reported at the record."""
    em = em or CompatEmitter(desc)
    for key, (why, loc) in em.failures.items():
        sink.error(loc or em.m64.records[key].loc, f"{key}: no x86 compat translator: {why}")
    sink.raise_if_any()
    x86 = [p for p in desc.sources if (p in desc.modules[NATIVE].files or p in desc.modules[GUEST].files)
           and desc.sources[p].view != "guest"]     # the compat layer needs the tools view
    out = {}
    for p in x86:
        src = desc.sources[p]
        incs = []
        for line in src.lines:
            s = line.strip()
            if s.startswith("#include \""):
                inc = s.split('"')[1]
                import posixpath
                full = posixpath.normpath(posixpath.join(posixpath.dirname(p), inc))
                if full in desc.sources and full in x86:
                    if full == "abi/xen.h" and p[len("abi/"):].startswith("arch-"):
                        continue        # xen.h includes the arch headers, not the reverse
                    incs.append(full)
        out[output_path(p)] = em.header(p, incs)
    return out
