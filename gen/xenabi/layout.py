"""Layout: size, alignment, offsets and holes of every record, per profile.

System V / AAPCS rules, which all six profiles share; the only per-profile
inputs are the scalar sizes and alignments (profiles.py).  Compilers check
the results through the generated static assertions and the DWARF oracle.
"""
from dataclasses import dataclass, field
from typing import Optional, Tuple

from .model import Array, EnumRef, Handle, Named, Pointer, Record, RecordRef, Scalar, Void
from .profiles import PROFILES, scalar_size_align


@dataclass(frozen=True)
class FieldLayout:
    name: Optional[str]
    offset: int
    size: int
    align: int
    type: str                       # readable spelling, for tables and manifests
    bit_size: Optional[int] = None
    bit_offset: Optional[int] = None
    anon: Optional["RecordLayout"] = None


@dataclass(frozen=True)
class RecordLayout:
    kind: str
    size: int
    align: int
    fields: Tuple[FieldLayout, ...]
    holes: Tuple[Tuple[int, int], ...] = ()     # (offset, size), tail padding included


class LayoutError(Exception):
    def __init__(self, loc, message):
        super().__init__(message)
        self.loc, self.message = loc, message


def _align_up(n, a):
    return (n + a - 1) // a * a


@dataclass
class Layouter:
    module: object
    profile: object
    _cache: dict = field(default_factory=dict)

    @classmethod
    def for_module(cls, module):
        """The module's layouter: one per module, so that every pass shares
        the layouts already computed (a module does not change once loaded)."""
        lay = module.__dict__.get("_layouter")
        if lay is None:
            lay = module.__dict__["_layouter"] = cls(module, PROFILES[module.profile])
        return lay

    # -- types -----------------------------------------------------------------
    def size_align(self, t):
        p = self.profile
        if isinstance(t, Scalar):
            return scalar_size_align(t.name, p)
        if isinstance(t, Named):
            return self.size_align(self.module.typedefs[t.name].type)
        if isinstance(t, EnumRef):
            return 4, 4
        if isinstance(t, Array):
            s, a = self.size_align(t.elem)
            return (s * t.dim if t.dim is not None else 0), a
        if isinstance(t, Handle):
            lay = self.handle_layout(p.handle64 if t.wide else p.handle, t.name)
            return lay.size, lay.align
        if isinstance(t, RecordRef):
            lay = self.record(self.module.records[t.key])
            return lay.size, lay.align
        if isinstance(t, Record):
            lay = self.record(t)
            return lay.size, lay.align
        if isinstance(t, Void):
            return 1, 1
        if isinstance(t, Pointer):
            return p.pointer, p.pointer
        raise TypeError(t)

    def spell(self, t):
        """The readable type spelling used in tables and manifests."""
        p = self.profile
        if isinstance(t, Scalar):
            return {"xen_native_ulong_t": "unsigned long", "xen_native_long_t": "long"}.get(t.name, t.name)
        if isinstance(t, Named):
            return t.name
        if isinstance(t, EnumRef):
            return t.key
        if isinstance(t, Array):
            return f"{self.spell(t.elem)}[{'' if t.dim is None else t.dim}]"
        if isinstance(t, Handle):
            return (p.handle64 if t.wide else p.handle).prefix + t.name
        if isinstance(t, RecordRef):
            return t.key
        if isinstance(t, Record):
            return f"{t.kind} <anon>"
        if isinstance(t, Void):
            return "void"
        if isinstance(t, Pointer):
            return f"{self.spell(t.target)} *"
        raise TypeError(t)

    # -- records ---------------------------------------------------------------
    def handle_layout(self, shape, name):
        """Layout of the wrapper record `shape.prefix + name` on this profile."""
        key = ("handle", shape.prefix, name)
        if key in self._cache:
            return self._cache[key]
        hd = self.module.handles.get(name)
        target = self.spell(hd.target) if hd else name
        if name.startswith("const_") and hd:
            target = self.spell(hd.target)
        ptr = self.profile.pointer
        pfield = FieldLayout("p", 0, ptr, ptr, f"{target} *")
        if shape.q is None:
            lay = RecordLayout(shape.kind, ptr, ptr, (pfield,))
        else:
            qs, qa = scalar_size_align(shape.q, self.profile)
            qname = "uint64_t" if shape.q == "uint64_aligned_t" else "unsigned long"
            size, align = max(ptr, qs), max(ptr, qa)
            inner = (pfield, FieldLayout("q", 0, qs, qa, qname))
            if shape.anon:
                u = RecordLayout("union", size, align, inner)
                lay = RecordLayout(shape.kind, size, align,
                                   (FieldLayout(None, 0, size, align, "union <anon>", anon=u),))
            else:
                lay = RecordLayout(shape.kind, size, align, inner)
        self._cache[key] = lay
        return lay

    def record(self, rec):
        key = id(rec)
        if key in self._cache:
            return self._cache[key]
        self._cache[key] = None         # recursion guard
        lay = self._struct(rec) if rec.kind == "struct" else self._union(rec)
        self._cache[key] = lay
        return lay

    def _field(self, f, offset, bit_offset=None):
        size, align = self.size_align(f.type)
        anon = self.record(f.type) if isinstance(f.type, Record) else None
        return FieldLayout(f.name, offset, size, align, self.spell(f.type),
                           f.bits, bit_offset, anon)

    def _union(self, rec):
        fields, size, align = [], 0, 1
        for f in rec.fields:
            fl = self._field(f, 0, 0 if f.bits is not None else None)
            if f.bits is not None:
                # a bit-field member occupies the bytes its bits need, not its
                # type's size (`union { uint64_t x : 9; }` is 4 bytes on x86_32)
                falign = fl.align if f.name is not None or self.profile.unnamed_bitfield_aligns else 1
                fields.append(FieldLayout(fl.name, 0, fl.size, falign, fl.type, f.bits, 0))
                size = max(size, _align_up(f.bits, 8) // 8)
                align = max(align, falign)
                continue
            fields.append(fl)
            size = max(size, fl.size)
            align = max(align, fl.align)
        return RecordLayout("union", _align_up(size, align), align, tuple(fields))

    def _struct(self, rec):
        fields, bitpos, align, holes = [], 0, 1, []
        end = 0                                     # first byte not yet used
        for f in rec.fields:
            size, falign = self.size_align(f.type)
            if f.bits is not None:
                # System V and AAPCS alike: a bit-field goes at the next bit
                # unless it would leave the type-sized unit that starts at the
                # bit position rounded down to the type's alignment in records
                # (4 for uint64_t on x86_32, so such a field may start at bit
                # 32); then it starts at the next such alignment boundary.
                # A zero-width bit-field moves to that boundary.
                unit, abits = size * 8, falign * 8
                if f.name is not None or self.profile.unnamed_bitfield_aligns:
                    align = max(align, falign)
                if f.bits == 0:
                    bitpos = _align_up(bitpos, abits)
                    continue
                if bitpos + f.bits > bitpos - bitpos % abits + unit:
                    bitpos = _align_up(bitpos, abits)
                storage = bitpos // unit * size
                if bitpos // 8 > end:
                    holes.append((end, bitpos // 8 - end))
                fl = self._field(f, storage, bitpos)
                fields.append(FieldLayout(fl.name, storage, size, falign, fl.type, f.bits, bitpos))
                bitpos += f.bits
                end = _align_up(bitpos, 8) // 8
                continue
            offset = _align_up(_align_up(bitpos, 8) // 8, falign)
            if offset > end:
                holes.append((end, offset - end))
            fields.append(self._field(f, offset))
            end = offset + size
            bitpos = end * 8
            align = max(align, falign)
        size = _align_up(end, align)
        if size > end:
            holes.append((end, size - end))
        return RecordLayout("struct", size, align, tuple(fields), tuple(holes))


def named_members(lay, base=0, prefix=""):
    """(C member path, offset, FieldLayout) of every member `offsetof` can
    name: members of anonymous members are reached directly, bit-fields are
    left out (offsetof cannot name them)."""
    for f in lay.fields:
        if f.bit_size is not None:
            continue
        if f.name is None:
            if f.anon is not None:
                yield from named_members(f.anon, base + f.offset, prefix)
            continue
        yield prefix + f.name, base + f.offset, f
        if f.anon is not None:
            yield from named_members(f.anon, base + f.offset, prefix + f.name + ".")


def all_holes(lay, base=0, prefix=""):
    """Every hole of a layout, nested anonymous records included: (offset, size, where)."""
    out = [(base + o, s, prefix or "<record>") for o, s in lay.holes]
    for f in lay.fields:
        if f.anon is not None:
            out += all_holes(f.anon, base + f.offset, f"{prefix}{f.name or '<anon>'}.")
    return sorted(out)
