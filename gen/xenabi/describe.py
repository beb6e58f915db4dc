"""The JSON description: the whole model, for programs that are not
compilers (`xenabi describe`).

Tracers that decode hypercalls, fuzzers that build arguments, emulators
that check a guest's buffers need what the C headers say and what they do
not: each record's layout on each profile, each member's type as a tree,
what counts a handle's elements, which way data flows, which value selects
a union's arm, and the (hypercall, sub-op) tables with each argument's
type.  This module writes all of it as one JSON document; its schema is
gen/xenabi/description.schema.json (JSON Schema, draft 2020-12), and
FORMAT/VERSION below version it (a change of meaning or a removed key is a
new VERSION; a new optional key is not).

Per profile:
- "abi": pointer size, byte order, the alignment of 8-byte scalars in
  records; "scalars": every scalar spelling the description uses, with size,
  alignment and signedness;
- "typedefs": name -> type; "records": key -> {kind, size, align, file,
  line, fields, annotations}; "enums"; "constants" (name -> {value, type
  ("s32", "u64", ...), file}: every macro the generated headers leave
  defined that C evaluates as an integer, as the compiler evaluates it; so
  making the description needs clang, as `xenabi contract` does);
  "operations": every (hypercall,
  sub-op) with numbers, selector and each argument's type, count and
  direction (as in the contract manifest);
- a field: name (null for an anonymous member), offset, size, bit_offset and
  bit_size for bit-fields, "type", and "annotations" (count, dir, select,
  arm, since, valid_when, and the compat kinds), each with its expression
  as text and as a tree.

A type is one of: {"scalar": NAME}, {"typedef": NAME}, {"record": KEY},
{"record": null, "inline": RECORD} (an unnamed record, laid out in place),
{"enum": KEY}, {"array": TYPE, "dim": N or null (flexible)},
{"handle": TYPE, "record": KEY of the wrapper record, "wide": bool} (a guest
handle: an address in the guest, of elements of TYPE), {"pointer": TYPE},
{"void": true}.
"""
from . import contract
from .annotations import Expr
from .layout import Layouter
from .model import Array, EnumRef, Handle, Named, Pointer, Record, RecordRef, Scalar, Void
from .profiles import FIXED_SCALARS, PROFILE_SCALARS, PROFILES, SIGNED, scalar_size_align

FORMAT = "xenabi-description"
VERSION = 1


def _expr(e):
    return {"text": " ".join(e.tokens), "tree": _tree(e.tree)}


def _tree(node):
    """An expression tree as JSON: ["num", v], ["name", n], ["un", op, x],
    ["bin", op, a, b]."""
    if node[0] == "num":
        return ["num", node[1]]
    if node[0] == "name":
        return ["name", node[1]]
    if node[0] == "un":
        return ["un", node[1], _tree(node[2])]
    return ["bin", node[1], _tree(node[2]), _tree(node[3])]


def _value(v):
    if isinstance(v, Expr):
        return _expr(v)
    if isinstance(v, tuple):
        return [_value(x) for x in v]
    return v


def annotation(a):
    out = {"kind": a.kind}
    for k, v in a.args:
        out[k] = _value(v)
    out["line"] = a.loc.line
    return out


class _Describer:
    def __init__(self, mod):
        self.mod, self.lay = mod, Layouter.for_module(mod)
        self.prof = PROFILES[mod.profile]
        self.scalars = set()

    def type(self, t):
        if isinstance(t, Scalar):
            self.scalars.add(t.name)
            return {"scalar": t.name}
        if isinstance(t, Named):
            return {"typedef": t.name}
        if isinstance(t, RecordRef):
            return {"record": t.key}
        if isinstance(t, Record):
            return {"record": None, "inline": self.record(t)}
        if isinstance(t, EnumRef):
            return {"enum": t.key}
        if isinstance(t, Array):
            return {"array": self.type(t.elem), "dim": t.dim}
        if isinstance(t, Handle):
            shape = self.prof.handle64 if t.wide else self.prof.handle
            hd = self.mod.handles.get(t.name)
            target = self.type(hd.target) if hd else {"typedef": t.name}
            return {"handle": target, "record": shape.prefix + t.name, "wide": t.wide}
        if isinstance(t, Pointer):
            return {"pointer": self.type(t.target)}
        if isinstance(t, Void):
            return {"void": True}
        raise TypeError(t)

    def record(self, rec):
        lay = self.lay.record(rec)
        fields = []
        laid = iter(lay.fields)
        for f in rec.fields:
            if f.bits == 0:
                continue            # a zero-width bit-field: no member, only alignment
            fl = next(laid)
            d = {"name": f.name, "offset": fl.offset, "size": fl.size, "type": self.type(f.type),
                 "line": f.loc.line}
            if fl.bit_size is not None:
                d["bit_offset"], d["bit_size"] = fl.bit_offset, fl.bit_size
            if f.annotations:
                d["annotations"] = [annotation(a) for a in f.annotations]
            fields.append(d)
        out = {"kind": rec.kind, "size": lay.size, "align": lay.align, "fields": fields}
        if rec.annotations:
            out["annotations"] = [annotation(a) for a in rec.annotations]
        return out


def profile_description(desc, name):
    mod = desc.modules[name]
    prof = PROFILES[name]
    d = _Describer(mod)
    records = {}
    for key, rec in mod.records.items():
        r = d.record(rec)
        r["file"], r["line"] = rec.loc.path[len("abi/"):], rec.loc.line
        records[key] = r
    typedefs = {n: {"type": d.type(t.type), "file": t.loc.path[len("abi/"):]} for n, t in mod.typedefs.items()}
    handles = {}
    for hname, hd in mod.handles.items():
        for shape in prof.handle_shapes:
            hl = d.lay.handle_layout(shape, hname)
            handles[shape.prefix + hname] = {"target": d.type(hd.target), "size": hl.size, "align": hl.align,
                                              "kind": hl.kind, "file": hd.loc.path[len("abi/"):]}
    for s in FIXED_SCALARS:
        d.scalars.add(s)
    scalars = {}
    for s in sorted(d.scalars):
        if s not in FIXED_SCALARS and s not in PROFILE_SCALARS:
            continue
        size, align = scalar_size_align(s, prof)
        # plain char is unsigned on Arm, RISC-V and POWER
        signed = s in SIGNED and not (s == "char" and prof.family != "x86")
        scalars[s] = {"size": size, "align": align, "signed": signed}
    values = contract.compiled_constants(desc, name, contract.constants(contract.defines(desc, name)))
    return {
        "abi": {"pointer": prof.pointer, "endian": "little", "int64_align": prof.int64_align,
                "family": prof.family},
        "scalars": scalars,
        "typedefs": typedefs,
        "records": records,
        "handles": handles,
        "enums": {k: {"values": {n: v for n, v in e.values}, "file": e.loc.path[len("abi/"):]}
                  for k, e in mod.enums.items()},
        "constants": {n: {"value": c["value"], "type": c["type"], "file": c["file"][len("public/"):]}
                      for n, c in sorted(values.items())},
        "operations": contract.operations(mod, values),
    }


def description(desc, profiles=None):
    names = [p for p in (profiles or desc.names) if p in desc.modules]
    latest = None
    for c in desc.sources["abi/xen-compat.h"].constants if "abi/xen-compat.h" in desc.sources else ():
        if c.name == "__XEN_LATEST_INTERFACE_VERSION__":
            latest = c.value
    return {"format": FORMAT, "version": VERSION, "generator": "xenabi",
            "interface_version": None if latest is None else f"0x{latest:08x}",
            "profiles": {n: profile_description(desc, n) for n in names}}
