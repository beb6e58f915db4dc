"""Emitter: the hypercall dispatcher for 32-bit callers on a 64-bit kernel,
compat/include/xen/compat/hypercall.h.

Linux's PRIVCMD_HYPERCALL hands a hypercall number and five arguments to
Xen.  When the caller is a 32-bit process on a 64-bit kernel, the structures
its pointer arguments point to have the x86_32 layout, and Xen would read
them with the x86_64 one.  From the description's `hypercall` and `subop`
tables this module generates one function per (hypercall, sub-op):

- every argument the table types (`argN=TYPE`, `argN=TYPE[COUNT]:DIR`) is
  read from the caller once, translated with the generated translators into
  the caller's scratch area (arrays behind its handles included), and the
  native copy is what the hypervisor gets; results come back through the
  copy-back translators (`dir out` / `inout` members and arrays only);
- an argument whose layout is the same on both ABIs is passed on as the
  caller's own pointer (widened); a value argument (`argN=TYPE` without a
  direction) is passed on as it is;
- a hypercall or sub-op the tables do not describe is refused with -ENOSYS,
  never passed on untranslated; so is `multicall`, whose entries name other
  hypercalls with arguments of their own.

`xenabi_compat_hypercall()` dispatches on the hypercall number and sub-op.
"""
from .naming import cname
from .emit_header import banner
from .annotations import arg_index
from .model import Array, RecordRef, Scalar, Void
from .profiles import SIGNED
from .tables import operations, type_named

OUTPUT = "compat/include/xen/compat/hypercall.h"

# hypercalls whose arguments name further hypercalls: not translatable as data
REFUSED = {"multicall": "its entries are hypercalls of their own, each needing translation"}


class HypercallEmitter:
    def __init__(self, em):
        self.em = em
        self.m32, self.m64 = em.m32, em.m64

    # -- the tables -------------------------------------------------------------
    def operations(self):
        """[(hypercall, subop constant or None, {argN: spec}, refusal or None)]:
        the tables' operations (one per sub-op value: an alias of a dispatched
        sub-op is left out) and the hypercalls that are refused."""
        out, seen, described = [], set(), set()
        for op in operations(self.m64):
            described.add(op.hypercall)
            if op.hypercall in REFUSED:
                if (op.hypercall, None) not in seen:
                    seen.add((op.hypercall, None))
                    out.append((op.hypercall, None, {}, REFUSED[op.hypercall]))
                continue
            if op.subop is None and not op.args:
                out.append((op.hypercall, None, {}, "the tables do not describe its arguments"))
                continue
            if (op.subop_arg or 0) > 5:
                # privcmd passes five arguments: a sub-op in arg6 cannot be read
                if (op.hypercall, None) not in seen:
                    seen.add((op.hypercall, None))
                    out.append((op.hypercall, None, {}, f"its sub-op is arg{op.subop_arg}; "
                                                        "privcmd passes five arguments"))
                continue
            value = self.m64.constants[op.subop].value if op.subop else None
            if (op.hypercall, value) in seen:
                continue        # an alias of a sub-op already dispatched
            seen.add((op.hypercall, value))
            out.append((op.hypercall, op.subop, {f"arg{n}": spec for n, spec in op.args.items()}, None))
        return out

    def resolve(self, mod, name):
        """The model type a table's TYPE names (None for void)."""
        t = type_named(mod, name)
        return None if isinstance(t, Void) else mod.resolve(t)

    # -- one operation ------------------------------------------------------------
    def function(self, hc, sub, args):
        fn = f"xenabi_hc_{hc}" + (f"_{sub}" if sub else "")
        lines = [f"/* {hc}" + (f", {sub}" if sub else "") + " */",
                 f"static inline long {fn}(struct xenabi_xlat_ctx *ctx, uint64_t op, const uint64_t a[5],",
                 "                         xenabi_hypercall_fn call, void *opaque)", "{",
                 "    uint64_t n[5];", "    uint64_t k;", "    long ret;", "    int rc = 0;"]
        decls, pre, post = [], [], []
        for key in sorted(args):
            typ, count, direction = args[key]
            i = int(key[3:]) - 1
            if i > 4:
                pre += [f"    /* {key}: beyond the five arguments privcmd passes */", "    return -XENABI_ENOSYS;"]
                continue
            if direction is None and count is None:
                pre.append(f"    /* {key}: a {typ} value, passed on as it is */")
                continue
            d, p, q = self.argument(key, i, typ, count, direction or "inout", sub)
            decls += d
            pre += p
            post += q
        lines += decls + ["", "    memcpy(n, a, sizeof(n));", "    (void)k;", "    (void)ctx;"] + pre + [
            "    ret = call(opaque, op, n);"] + post + ["    (void)rc;", "    return ret;", "}", ""]
        return fn, lines

    def count_expr(self, count):
        if count is None:
            return "1"
        toks = count.tokens
        if len(toks) == 1 and arg_index(toks[0]):
            return f"a[{arg_index(toks[0]) - 1}]"
        if len(toks) == 1 and toks[0].isdigit():
            return toks[0]
        raise ValueError(f"count {count} is neither an argument nor an integer")

    def argument(self, key, i, typ, count, direction, sub=None):
        """(declarations, statements before the call, statements after it) for
        one pointer argument."""
        t32, t64 = self.resolve(self.m32, typ), self.resolve(self.m64, typ)
        cnt = self.count_expr(count)
        copy_out = direction in ("out", "inout")
        if t32 is None or self.em.same_elements(t32, t64):
            return [], [f"    /* {key}: {typ}[{cnt}] has one layout on both ABIs: the caller's pointer */",
                        f"    n[{i}] = (uint64_t)(uintptr_t)XENABI_COMPAT_PTR(ctx, a[{i}]);"], []
        ranges = None       # the whole element is the result
        if isinstance(t32, RecordRef) and t32.key in self.em.translated:
            ranges = self.em.out_ranges(t32.key, sub, base=f"cv{i}[k].")
            ctype = self.em.compat_spelling(t32.key)
            ntype = t64.key
            conv_in = f"xlat_{cname(t32.key)}_from_compat(&nv{i}[k], &cv{i}[k], ctx)"
            conv_out = f"xlat_{cname(t32.key)}_copyback(&cv{i}[k], &nv{i}[k], ctx)"
        elif isinstance(t32, Scalar) and isinstance(t64, Scalar):
            ctype = self.em.ctype(t32, "")
            ntype = self.em.l64.spell(t64)
            signed = "s" if t32.name in SIGNED else "u"
            conv_in = f"(nv{i}[k] = cv{i}[k], 0)"
            conv_out = f"xenabi_fits_{signed}32(nv{i}[k]) ? -XENABI_ERANGE : (cv{i}[k] = ({ctype})nv{i}[k], 0)"
        elif isinstance(t32, Array):
            raise ValueError(f"{key}: {typ} is an array type whose layout differs")
        else:
            raise ValueError(f"{key}: {typ} has no translator")
        pre = [f"    /* {key}: {typ}[{cnt}], {direction}: translated into the scratch area */",
               "    {", f"        uint64_t cnt = {cnt};",
               f"        if (cnt > ctx->scratch_size / (sizeof({ctype}) + sizeof({ntype})))",
               "            return -XENABI_E2BIG;     /* bounded before any multiplication */",
               f"        cv{i} = ({ctype} *)xenabi_scratch_alloc(ctx, (size_t)cnt * sizeof({ctype}));",
               f"        nv{i} = ({ntype} *)xenabi_scratch_alloc(ctx, (size_t)cnt * sizeof({ntype}));",
               f"        if (cnt != 0 && (cv{i} == NULL || nv{i} == NULL))",
               "            return -XENABI_E2BIG;",
               f"        if (cnt != 0 && a[{i}] == 0)",
               "            return -XENABI_EFAULT;",
               f"        if (cnt != 0 && (rc = xenabi_from_guest(ctx, cv{i}, a[{i}], (size_t)cnt * sizeof({ctype}))) != 0)",
               "            return rc;                /* the caller's array, read once */",
               "        for (k = 0; k < cnt; k++) {",
               f"            if ((rc = {conv_in}) != 0)",
               "                return rc > 0 ? -XENABI_E2BIG : rc;   /* > 0: did not fit the scratch area */",
               "        }",
               f"        n{i}_count = cnt;",
               f"        n[{i}] = cnt ? (uint64_t)(uintptr_t)nv{i} : 0;",
               "    }"]
        decls = [f"    {ctype} *cv{i} = NULL;", f"    {ntype} *nv{i} = NULL;", f"    uint64_t n{i}_count = 0;"]
        if copy_out and ranges is None:
            post = [f"    /* {key}: results back to the caller */",
                    f"    for (k = 0; k < n{i}_count; k++) {{",
                    f"        if ((rc = {conv_out}) != 0)",
                    "            return rc;",
                    "    }",
                    f"    if (n{i}_count != 0 && (rc = xenabi_to_guest(ctx, a[{i}], cv{i}, (size_t)n{i}_count * sizeof(*cv{i}))) != 0)",
                    "        return rc;"]
        elif copy_out:
            # only the result members' bytes go back: every other byte of the
            # caller's structure stays as the caller (or another thread) left it
            post = [f"    /* {key}: results back to the caller, their bytes only */",
                    f"    for (k = 0; k < n{i}_count; k++) {{",
                    f"        if ((rc = {conv_out}) != 0)",
                    "            return rc;"]
            for cond, rs in ranges:
                ind = "        " if cond is None else "            "
                body = [f"{ind}if ((rc = xenabi_to_guest(ctx, a[{i}] + k * sizeof(*cv{i}) + {o}, "
                        f"(const char *)&cv{i}[k] + {o}, {n})) != 0)\n{ind}    return rc;" for o, n in rs]
                post += body if cond is None else [f"        if ({cond}) {{"] + body + ["        }"]
            post += ["    }"]
        else:
            post = [f"    (void)n{i}_count;"]
        return decls, pre, post

    # -- the file --------------------------------------------------------------------
    def emit(self):
        out = ["/* SPDX-License-Identifier: MIT */",
               banner("the hypercall and subop tables of abi/"),
               "/* Hypercalls from a 32-bit caller (x86_32 layouts) on a 64-bit kernel: each",
               " * described (hypercall, sub-op) translates its arguments to the native",
               " * layout in the caller's scratch area, calls `call`, and translates the",
               " * results back.  Anything the tables do not describe returns -ENOSYS. */",
               "#ifndef XEN_COMPAT_HYPERCALL_H", "#define XEN_COMPAT_HYPERCALL_H", "",
               '#include "xenabi_compat.h"']
        paths = sorted({r.path for r in self.m64.records.values() if r.path in self.m32.files
                        and not r.path.startswith("abi/linux/")})
        out += [f'#include "xen/compat/{p[len("abi/"):]}"' for p in paths]
        out.append("")
        dispatch, refused = {}, []
        for hc, sub, args, why in self.operations():
            if why:
                refused.append((hc, why))
                continue
            try:
                fn, body = self.function(hc, sub, args)
            except ValueError as e:
                refused.append((f"{hc} {sub or ''}".strip(), str(e)))
                continue
            out += body
            dispatch.setdefault(hc, []).append((sub, fn))
        out += ["/* Not dispatched (-ENOSYS):"] + [f" *   {h}: {w}" for h, w in refused] + [" */", ""]
        out += ["static inline long xenabi_compat_hypercall(struct xenabi_xlat_ctx *ctx, uint64_t op,",
                "                                           const uint64_t a[5], xenabi_hypercall_fn call,",
                "                                           void *opaque)", "{",
                "    unsigned int i;", "",
                "    ctx->scratch_used = 0;", "    ctx->nr_arrays = 0;", "    ctx->start = 0;",
                "    ctx->sel_valid = 0;", "    for (i = 0; i < 5; i++)", "        ctx->arg[i] = a[i];",
                "    ctx->arg[5] = 0;", "    switch (op) {"]
        subop_arg = {op.hypercall: op.subop_arg for op in operations(self.m64)}
        for hc, entries in dispatch.items():
            out.append(f"    case __HYPERVISOR_{hc}:")
            if entries[0][0] is None:
                out.append("        ctx->subop_valid = 0;")
                out.append(f"        return {entries[0][1]}(ctx, op, a, call, opaque);")
                continue
            s = subop_arg[hc] - 1
            out += [f"        ctx->subop = (int64_t)a[{s}];", "        ctx->subop_valid = 1;",
                    f"        switch (a[{s}]) {{"]
            for sub, fn in entries:
                out.append(f"        case {sub}: return {fn}(ctx, op, a, call, opaque);")
            out += ["        default: return -XENABI_ENOSYS;", "        }"]
        out += ["    default:", "        return -XENABI_ENOSYS;", "    }", "}", "",
                "#endif /* XEN_COMPAT_HYPERCALL_H */", ""]
        return "\n".join(out)


def emit_all(em):
    return {OUTPUT: HypercallEmitter(em).emit()}
