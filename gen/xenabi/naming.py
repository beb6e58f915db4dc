"""How generated C names things: one home for the spellings every emitter and
test shares.

- the project's own compat layer (compat/include/xen/compat): translators
  `xlat_<cname>_from_compat` etc., `CHECK_<cname>`, `XLAT_<cname>`;
- Xen's compat namespace (compat/xen/compat, emit_xen): `compat_<tag_name>`,
  `CHECK_<tag_name>`, `XLAT_<tag_name>`, typedefs by `type_name`;
- annotation expressions as C text (`c_expr`).
"""
import re

from .annotations import arg_index
from .model import member_path

# dialect scalars as Xen's compat namespace spells them
COMPAT_SCALARS = {
    "uint64_t": "uint64_compat_t", "int64_t": "int64_compat_t",
    "xen_ulong_t": "compat_ulong_t", "xen_pfn_t": "compat_pfn_t", "xen_long_t": "compat_long_t",
    "xen_native_ulong_t": "unsigned int", "xen_native_long_t": "int",
}


def cname(key):
    """The short name upstream uses in CHECK_/XLAT_: the tag or typedef name."""
    return key.split()[-1]


def c_expr(ann_expr, scope, base, args):
    """C text of an annotation expression in signed 64-bit arithmetic: members
    read from the structure at `base` ("s." or "r->"), hypercall arguments
    from the array `args`, constants by name."""
    out = []
    for tok in ann_expr.tokens:
        if tok[0].isalpha() or tok[0] == "_":
            if arg_index(tok):
                out.append(f"(int64_t){args}[{arg_index(tok) - 1}]")
                continue
            path = member_path(scope, tok)
            out.append(f"(int64_t){base}{path}" if path is not None else tok)
        else:
            out.append(tok)
    return " ".join(out)


def tag_name(key):
    """`struct xen_foo` -> `foo`, `struct xenpf_foo` -> `pf_foo`: the name in
    compat_<name>, CHECK_<name> and XLAT_<name>."""
    return re.sub(r"^xen_?", "", key.split()[-1])


def type_name(name):
    """A typedef or handle name in the compat namespace."""
    if name in COMPAT_SCALARS:
        return COMPAT_SCALARS[name]
    if re.fullmatch(r"u?int(8|16|32)_t|u?int64_aligned_t", name):
        return name
    m = re.fullmatch(r"xen_?(\w*)_t", name)
    if m:
        return f"compat_{m.group(1)}_t"
    if name.endswith("_t"):
        return name[:-2] + "_compat_t"
    return re.sub(r"\blong\b", "int", name)
