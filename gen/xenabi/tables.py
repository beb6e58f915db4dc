"""The hypercall tables of one profile's module, read once for every emitter
that needs them (the 32-bit dispatcher, the bounce descriptors, the tests):
which structure each (hypercall, sub-op) takes in which argument.
"""
from dataclasses import dataclass
from typing import Optional

from .annotations import arg_index
from .model import Annotation, Named, RecordRef, Scalar, Void


@dataclass(frozen=True)
class Operation:
    hypercall: str
    subop: Optional[str]        # the sub-op constant, None for a hypercall without sub-ops
    subop_arg: Optional[int]    # the argument (1..6) carrying the sub-op, None without sub-ops
    args: dict                  # {argument 1..6: (type name, count Expr or None, direction or None)}
    hypercall_ann: Annotation   # the `hypercall` line
    ann: Annotation             # the line the operation comes from (`subop`, or the `hypercall` line)


def operations(mod):
    """Every operation the tables describe, hypercalls in declaration order,
    each followed by its sub-ops in theirs.  A sub-op's argument specs are
    added to its hypercall's own (and replace them for the same argument).
    A hypercall with `subop=argN` but no `subop` lines gives none."""
    calls, subs = {}, {}
    for ann in mod.annotations:
        if ann.kind == "hypercall":
            calls.setdefault(ann.get("name"), ann)
        elif ann.kind == "subop":
            subs.setdefault(ann.get("hypercall"), []).append(ann)
    out = []
    for name, hc in calls.items():
        own = _specs(hc)
        if hc.get("subop") is None:
            out.append(Operation(name, None, None, own, hc, hc))
            continue
        for sub in subs.get(name, ()):
            out.append(Operation(name, sub.get("name"), arg_index(hc.get("subop")), {**own, **_specs(sub)},
                                 hc, sub))
    return out


def _specs(ann):
    return {arg_index(k): v for k, v in ann.args if arg_index(k) is not None}


def type_named(mod, name):
    """The model type a table's TYPE names: a typedef, a struct or union tag,
    or a scalar (void: Void)."""
    if name == "void":
        return Void()
    if name in mod.typedefs:
        return Named(name)
    for kind in ("struct", "union"):
        if f"{kind} {name}" in mod.records:
            return RecordRef(f"{kind} {name}")
    return Scalar(name)
