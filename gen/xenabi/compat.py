"""The compat verdict: for every record, are the x86_32 (guest) and x86_64
(hypervisor) layouts identical, and if not, why.

Identical records get compile-time CHECK_ assertions and no code; the others
get compat types and translators.  The decision is computed from the two
layouts, never kept by hand.
"""
import re
from dataclasses import dataclass
from typing import Tuple

from .layout import Layouter
from .model import Array, EnumRef, Handle, Pointer, Record, RecordRef, Scalar

GUEST, NATIVE = "x86_32", "x86_64"
_OTHER_MEMBERS = "members differ between the two definitions"     # a root cause


@dataclass(frozen=True)
class Verdict:
    key: str
    identical: bool
    reasons: Tuple[str, ...]        # root causes, "member: rule"
    guest_only: bool = False        # the record exists on x86_32 only
    native_only: bool = False
    local: bool = False             # holds or is reached by a local pointer: no compat view (_local_records)
    # identical bytes, only the record's own alignment differs (8-byte members
    # 4-aligned on x86_32): nothing to translate when it stands alone; the
    # compat type is the native one with the x86_32 alignment, and a record
    # holding it is translated where that alignment moves its members
    align_only: bool = False


def _rule(t32, t64, lay32, lay64, p32=GUEST, p64=NATIVE):
    """Why one member's type differs between two profiles (root cause only)."""
    mod32, mod64 = lay32.module, lay64.module
    r32, r64 = mod32.resolve(t32), mod64.resolve(t64)
    while isinstance(r32, Array) and isinstance(r64, Array):
        r32, r64 = mod32.resolve(r32.elem), mod64.resolve(r64.elem)
    (s32, a32), (s64, a64) = lay32.size_align(r32), lay64.size_align(r64)
    if isinstance(r32, Handle):
        if s32 != s64:
            return f"guest handle is {s32} bytes on {p32}, {s64} on {p64}"
        return "64-bit guest handle layout differs"
    if isinstance(r32, Pointer):
        return f"pointer is {s32} bytes on {p32}, {s64} on {p64}"
    if isinstance(r32, Scalar):
        if s32 != s64:
            return f"{r32.name} is {s32} bytes on {p32}, {s64} on {p64}"
        return f"{r32.name} is {a32}-aligned on {p32}, {a64}-aligned on {p64}"
    if isinstance(r32, (RecordRef, Record)):
        name = r32.key if isinstance(r32, RecordRef) else f"anonymous {r32.kind}"
        return f"contains {name}, which differs"
    if isinstance(r32, EnumRef):
        return "enum"
    return "layout differs"


def _walk(rec32, rec64, lay32, lay64, prefix, out, p32=GUEST, p64=NATIVE):
    l32, l64 = lay32.record(rec32), lay64.record(rec64)
    mod32, mod64 = lay32.module, lay64.module
    names32 = [f.name for f in rec32.fields]
    if names32 != [f.name for f in rec64.fields]:
        out.append(f"{prefix or '<record>'}: {_OTHER_MEMBERS}")
        return
    for f32, f64, fl32, fl64 in zip(rec32.fields, rec64.fields, l32.fields, l64.fields):
        name = prefix + (f32.name or "<anon>")
        t32, t64 = mod32.resolve(f32.type), mod64.resolve(f64.type)
        if isinstance(t32, Record) and isinstance(t64, Record):
            if lay32.record(t32) != lay64.record(t64):
                _walk(t32, t64, lay32, lay64, name + ".", out, p32, p64)
            continue
        if (fl32.size, fl32.align) != (fl64.size, fl64.align):
            out.append(f"{name}: {_rule(f32.type, f64.type, lay32, lay64, p32, p64)}")
    if not out:
        if l32.size != l64.size:
            out.append(f"{prefix or '<record>'}: tail padding ({l32.size} vs {l64.size} bytes)")
        elif l32.align != l64.align:
            out.append(f"{prefix or '<record>'}: alignment ({l32.align} vs {l64.align})")
        elif any(a.offset != b.offset for a, b in zip(l32.fields, l64.fields)):
            out.append(f"{prefix or '<record>'}: member offsets differ")


def _same(l32, l64, align=True):
    """The same layout; with align=False, the same bytes (size, and every
    member's offset and size) whatever the alignments."""
    def sig(lay):
        return (lay.kind, lay.size, lay.align if align else None,
                tuple((f.name, f.offset, f.size, f.bit_size, f.bit_offset, sig(f.anon) if f.anon else None)
                      for f in lay.fields))
    return sig(l32) == sig(l64)


def _local_records(mod):
    """Keys of the records found from local pointers (XENABI_LOCAL_PTR): those
    holding one (a ring end's private state, a table entry in a header), and
    the record one points to with the element type of its trailing array (a
    ring's shared page and its slot).  They live in one program's memory or
    in memory shared by a frontend and a backend, never in a hypercall
    argument: the two ends must agree on their bytes themselves, so a
    32/64-bit difference gets no translator."""
    out = set()

    def local_targets(rec):
        for f in rec.fields:
            t = mod.resolve(f.type)
            if isinstance(t, Pointer) and t.local:
                yield mod.resolve(t.target)
            elif isinstance(t, Record):
                yield from local_targets(t)

    for key, rec in mod.records.items():
        for target in local_targets(rec):
            out.add(key)
            if not isinstance(target, RecordRef):
                continue
            out.add(target.key)
            page = mod.records[target.key]
            last = mod.resolve(page.fields[-1].type) if page.fields else None
            if isinstance(last, Array):
                slot = mod.resolve(last.elem)
                if isinstance(slot, RecordRef):
                    out.add(slot.key)
    return out


def verdicts(desc, guest=GUEST, native=NATIVE):
    """Verdict for every record of two profiles' views (x86_32 as the guest,
    x86_64 as the hypervisor by default), in declaration order."""
    mod32, mod64 = desc.modules[guest], desc.modules[native]
    lay32, lay64 = Layouter.for_module(mod32), Layouter.for_module(mod64)
    out = []
    keys = list(mod64.records) + [k for k in mod32.records if k not in mod64.records]
    local = _local_records(mod32) | _local_records(mod64)
    done = {}                       # key -> identical, for the records decided so far
    for key in keys:
        if key not in mod32.records:
            out.append(Verdict(key, False, (f"exists on {native} only",), native_only=True))
            continue
        if key not in mod64.records:
            out.append(Verdict(key, False, (f"exists on {guest} only",), guest_only=True))
            continue
        r32, r64 = mod32.records[key], mod64.records[key]
        rl32, rl64 = lay32.record(r32), lay64.record(r64)
        if _same(rl32, rl64):
            out.append(Verdict(key, True, ()))
            done[key] = True
            continue
        if _same(rl32, rl64, align=False) and _members_identical(r32, mod32, done):
            out.append(Verdict(key, True, (f"alignment only ({rl32.align} on {guest}, {rl64.align} on {native}): "
                                           "the same bytes",), align_only=True))
            done[key] = True
            continue
        reasons = []
        _walk(r32, r64, lay32, lay64, "", reasons, guest, native)
        out.append(Verdict(key, False, tuple(reasons) or ("layout differs",), local=key in local))
    return out


def _members_identical(rec, mod, done):
    """Is every record a member of rec is declared as (at any depth of inline
    records and arrays) itself identical?  The layout comparison sees a member
    record's size and offset only: a member of the same size whose own
    members moved (xendispl_req's union arms) still differs."""
    for f in rec.fields:
        t = mod.resolve(f.type)
        while isinstance(t, Array):
            t = mod.resolve(t.elem)
        if isinstance(t, RecordRef) and not done.get(t.key, False):
            return False
        if isinstance(t, Record) and not _members_identical(t, mod, done):
            return False
    return True


def report(desc):
    vs = verdicts(desc)
    lines = []
    for v in vs:
        verdict = "CHECK" if v.identical else ("guest-only" if v.guest_only else
                                               "native-only" if v.native_only else
                                               "local" if v.local else "TRANSLATE")
        lines.append(f"{verdict:<10} {v.key}")
        for r in v.reasons:
            lines.append(f"{'':<10}   {r}")
    same = sum(v.identical for v in vs)
    lines.append(f"{len(vs)} records: {same} identical (CHECK), {len(vs) - same} differ (translate)")
    return "\n".join(lines) + "\n"


# Profiles the interface means to lay out identically: each is compared with
# the reference profile of its family.  (x86_32 and x86_64 are not meant to
# agree: that pair is the compat verdict.)
INVARIANT_PAIRS = (("arm32", "arm64"), ("riscv64", "arm64"), ("ppc64", "arm64"))


def invariance(desc, pairs=INVARIANT_PAIRS):
    """Records that differ between profiles meant to be size-invariant:
    {(a, b): [Verdict...]} for records both profiles have; records on one
    side only (arch files) are not differences."""
    out = {}
    for a, b in pairs:
        if a not in desc.modules or b not in desc.modules:
            continue
        ma, mb = desc.modules[a], desc.modules[b]
        diff = [v for v in verdicts(desc, a, b) if not v.identical and not v.guest_only and not v.native_only]
        # records each architecture defines its own way (arch files), and
        # records that differ only by holding one: expected, not holes
        # (a record, or a union in it, declaring other members per architecture
        # under #if is architecture-specific too)
        arch = {v.key for v in diff if ma.records[v.key].loc.path != mb.records[v.key].loc.path
                or _per_architecture(v.reasons)}
        changed = True
        while changed:
            changed = False
            for v in diff:
                if v.key not in arch and all(_holds(r) in arch for r in v.reasons):
                    arch.add(v.key)
                    changed = True
        out[(a, b)] = ([v for v in diff if v.key not in arch], [v for v in diff if v.key in arch])
    return out


def _per_architecture(reasons):
    """The record (or a union in it) declares other members per architecture,
    and nothing else differs except records it holds."""
    return any(_OTHER_MEMBERS in r for r in reasons) and \
        all(_OTHER_MEMBERS in r or _holds(r) for r in reasons)


def _holds(reason):
    """The record a 'contains X, which differs' reason names, else None."""
    m = re.search(r": contains (.+), which differs$", reason)
    return m.group(1) if m else None


def invariance_report(desc):
    lines = []
    res = invariance(desc)
    for (a, b), (vs, arch) in res.items():
        common = sum(1 for k in desc.modules[a].records if k in desc.modules[b].records)
        lines.append(f"== {a} vs {b}: {len(vs)} of {common} common records differ "
                     f"(and {len(arch)} architecture-specific records, expected to)")
        for v in vs:
            f = desc.modules[b].records[v.key].loc
            lines.append(f"DIFFERS    {v.key}  ({f.path}:{f.line})")
            for r in v.reasons:
                lines.append(f"{'':<10}   {r}")
        for v in arch:
            lines.append(f"ARCH       {v.key}")
    vs = verdicts(desc)
    same = sum(v.identical for v in vs)
    lines.append(f"== {GUEST} vs {NATIVE} (compat): {len(vs)} records, {same} CHECK, {len(vs) - same} translate "
                 "(xenabi compat-report lists them)")
    return "\n".join(lines) + "\n"
