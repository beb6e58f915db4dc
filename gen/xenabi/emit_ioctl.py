"""Emitter: compat_ioctl for the Linux Xen drivers described in abi/linux/,
compat/include/xen/compat/linux/<driver>_ioctl.h.

For each `#define NAME _IOC(...)` of a driver description:
- `COMPAT_NAME`: the number a 32-bit caller computes (its size field is the
  argument's x86_32 size);
- an argument with the same bytes on x86_32 and x86_64 (and so the same
  number) is checked at compile time and passed on to the driver's ordinary
  ioctl with the caller's pointer widened;
- any other argument is read once, translated into the caller's scratch area
  with the generated translators (arrays behind its pointers included), given
  to the driver in the native layout, and its output members and arrays are
  copied back; a trailing counted array (the `[1]` idiom) comes along;
- an argument marked `hypercall_args` goes through the generated hypercall
  dispatcher (xen/compat/hypercall.h).
A table maps compat numbers to handlers, and `xenabi_<driver>_compat_ioctl()`
is the one function a driver's compat_ioctl calls; an unknown number gives
-ENOTTY.
"""
from .naming import cname
from .emit_header import banner, include_name
from .model import Array, Named, RecordRef

_DIRS = {"_IOC_NONE": 0, "_IOC_WRITE": 1, "_IOC_READ": 2, "_IOC_READ|_IOC_WRITE": 3}


def ioc(direction, letter, nr, size):
    """The generic Linux encoding (x86): dir 30-31, size 16-29, type 8-15, nr 0-7."""
    return (_DIRS[direction] << 30) | (size << 16) | (ord(letter) << 8) | nr


class IoctlEmitter:
    def __init__(self, em, desc):
        self.em, self.desc = em, desc
        self.m32, self.m64 = em.m32, em.m64

    def arg_type(self, mod, text):
        """The model type of the text inside sizeof()."""
        words = text.split()
        if len(words) == 2 and words[0] in ("struct", "union"):
            return RecordRef(f"{words[0]} {words[1]}")
        return mod.resolve(Named(text)) if text in mod.typedefs else None

    def trailing(self, rec32, rec64):
        """(member, count member, element size, dir) of a counted trailing `[1]` array, or None."""
        last32, last64 = rec32.fields[-1], rec64.fields[-1]
        count = [a for a in last32.annotations if a.kind == "count"]
        t32 = self.m32.resolve(last32.type)
        if not count or not isinstance(t32, Array):
            return None
        toks = count[0].get("expr").tokens
        esize = self.em.l32.size_align(t32.elem)[0]
        if len(toks) != 1 or esize != self.em.l64.size_align(self.m64.resolve(last64.type).elem)[0]:
            raise ValueError(f"{rec32.key}.{last32.name}: a trailing array needs a member count "
                             "and the same elements on both ABIs")
        dirs = {a.get("dir") for a in last32.annotations if a.kind == "dir"} or {"inout"}
        return last32.name, toks[0], esize, dirs

    def handler(self, io, path):
        """(handler function name, lines or [] for a shared handler, kind)."""
        t32, t64 = self.arg_type(self.m32, io.arg or ""), self.arg_type(self.m64, io.arg or "")
        fn = f"xenabi_{io.name.lower()}"
        if io.arg is None:
            return "xenabi_ioctl_passthrough", [], "pass"       # no argument (size 0)
        if t32 is None or t64 is None:
            raise ValueError(f"{io.name}: sizeof({io.arg}) names no described type")
        rec = self.m64.records.get(t64.key) if isinstance(t64, RecordRef) else None
        if rec is not None and any(a.kind == "hypercall_args" for a in rec.annotations):
            ctype = self.em.compat_spelling(rec.key) if rec.key in self.em.translated else rec.key
            lines = [f"/* {io.name}: a hypercall, through the generated dispatcher */",
                     f"static inline long {fn}(const struct xenabi_ioctl_ops *ops, void *drv, unsigned int cmd,",
                     "                        uint32_t arg, struct xenabi_xlat_ctx *ctx)", "{",
                     f"    {ctype} c;", "    uint64_t a[5];", "    unsigned int i;", "    int rc;", "",
                     "    (void)cmd;",
                     "    if ((rc = xenabi_from_guest(ctx, &c, arg, sizeof(c))) != 0)",
                     "        return rc;", "    for (i = 0; i < 5; i++)", "        a[i] = c.arg[i];",
                     "    return xenabi_compat_hypercall(ctx, c.op, a, ops->hypercall, drv);", "}", ""]
            return fn, lines, "hypercall"
        if self.em.same_elements(t32, t64):
            return "xenabi_ioctl_passthrough", [], "pass"
        if rec is None or rec.key not in self.em.translated:
            raise ValueError(f"{io.name}: argument {io.arg} has no translator")
        rec32 = self.m32.records[rec.key]
        ctype, ntype, n = self.em.compat_spelling(rec.key), rec.key, cname(rec.key)
        tail = self.trailing(rec32, rec)
        has_out = bool(self.em.copyback_fields(rec32, rec, "", [(rec32, "")], "    "))
        lines = [f"/* {io.name}: {io.arg} differs; translated */",
                 f"static inline long {fn}(const struct xenabi_ioctl_ops *ops, void *drv, unsigned int cmd,",
                 "                        uint32_t arg, struct xenabi_xlat_ctx *ctx)", "{",
                 f"    {ctype} c;", f"    {ntype} *nat;", "    uint64_t extra = 0;", "    long ret;", "    int rc;", "",
                 "    if ((rc = xenabi_from_guest(ctx, &c, arg, sizeof(c))) != 0)",
                 "        return rc;                    /* the caller's structure, read once */"]
        if tail:
            member, cnt, esize, dirs = tail
            lines += [f"    /* {member}[] continues past the structure for {cnt} elements */",
                      f"    extra = c.{cnt} > 1 ? (uint64_t)c.{cnt} - 1 : 0;",
                      f"    if (extra > ctx->scratch_size / {esize})",
                      "        return -XENABI_E2BIG;"]
        lines += [f"    nat = ({ntype} *)xenabi_scratch_alloc(ctx, sizeof(*nat) + (size_t)extra * "
                  f"{tail[2] if tail else 1});",
                  "    if (nat == NULL)", "        return -XENABI_E2BIG;",
                  f"    if ((rc = xlat_{n}_from_compat(nat, &c, ctx)) != 0)",
                  "        return rc > 0 ? -XENABI_E2BIG : rc;   /* > 0: an array did not fit the scratch area */"]
        if tail and dirs & {"in", "inout"}:
            member, cnt, esize, _ = tail
            lines += [f"    if (extra != 0 && (rc = xenabi_from_guest(ctx, (char *)nat + offsetof({ntype}, {member}) + {esize}, "
                      f"arg + offsetof({ctype}, {member}) + {esize}, (size_t)extra * {esize})) != 0)",
                      "        return rc;"]
        lines += ["    ret = ops->native(drv, cmd, nat);"]
        if has_out:
            # only the result members' bytes go back to the caller
            lines += [f"    if ((rc = xlat_{n}_copyback(&c, nat, ctx)) != 0)", "        return rc;"]
            for cond, rs in self.em.out_ranges(rec.key, base="c."):
                ind = "    " if cond is None else "        "
                body = [f"{ind}if ((rc = xenabi_to_guest(ctx, arg + {o}, (const char *)&c + {o}, {size})) != 0)\n"
                        f"{ind}    return rc;" for o, size in rs]
                lines += body if cond is None else [f"    if ({cond}) {{"] + body + ["    }"]
        if tail and dirs & {"out", "inout"}:
            member, cnt, esize, _ = tail
            lines += ["    if (extra != 0 && (rc = xenabi_to_guest(ctx, arg + offsetof(" + ctype + f", {member}) + "
                      f"{esize}, (char *)nat + offsetof({ntype}, {member}) + {esize}, (size_t)extra * {esize})) != 0)",
                      "        return rc;"]
        lines += ["    (void)extra;", "    return ret;", "}", ""]
        return fn, lines, "translate"

    def driver(self, path, sink):
        src = self.desc.sources[path]
        rel = path[len("abi/"):-len(".h")]           # linux/privcmd
        drv = rel.split("/")[-1]
        guard = "XEN_COMPAT_" + "".join(ch if ch.isalnum() else "_" for ch in rel).upper() + "_IOCTL_H"
        out = ["/* SPDX-License-Identifier: MIT */", banner(path),
               f"/* compat_ioctl for the {drv} driver: 32-bit callers on a 64-bit kernel. */",
               f"#ifndef {guard}", f"#define {guard}", "", "#include <stddef.h>",
               '#include "xenabi_compat.h"', f'#include "{include_name(path)}"',
               f'#include "xen/compat/{rel}.h"', '#include "xen/compat/hypercall.h"', "",
               "/* ioctl numbers as a 32-bit caller computes them */"]
        table, bodies, counts = [], [], {"pass": 0, "translate": 0, "hypercall": 0}
        numbers = {}            # (ABI, number) -> the ioctl that has it
        for io in src.ioctls:
            t32 = self.arg_type(self.m32, io.arg) if io.arg else None
            t64 = self.arg_type(self.m64, io.arg) if io.arg else None
            if io.arg and (t32 is None or t64 is None or
                           isinstance(t32, RecordRef) and t32.key not in self.m32.records):
                sink.error(io.loc, f"{io.name}: sizeof({io.arg}) names no described type")
                continue
            size32 = self.em.l32.size_align(t32)[0] if t32 is not None else 0
            size64 = self.em.l64.size_align(t64)[0] if t64 is not None else 0
            if size32 >= 1 << 14 or size64 >= 1 << 14 or io.nr > 255:
                sink.error(io.loc, f"{io.name}: the argument size or number does not fit the _IOC encoding")
                continue
            for abi, number in (("x86_32", ioc(io.dir, io.type, io.nr, size32)),
                                ("x86_64", ioc(io.dir, io.type, io.nr, size64))):
                other = numbers.setdefault((abi, number), io.name)
                if other != io.name:
                    sink.error(io.loc, f"{io.name}: the same ioctl number as {other} on {abi} "
                                       f"(0x{number:x}): a driver could not tell them apart")
            out.append(f"#define COMPAT_{io.name} 0x{ioc(io.dir, io.type, io.nr, size32):x}U"
                       f"   /* native: 0x{ioc(io.dir, io.type, io.nr, size64):x} */")
            try:
                fn, lines, kind = self.handler(io, path)
            except ValueError as e:
                sink.error(io.loc, str(e))
                continue
            counts[kind] += 1
            bodies += lines
            table.append(f"    {{ COMPAT_{io.name}, {io.name}, \"{io.name}\", {fn} }},")
            if kind == "pass":
                table[-1] += "   /* same bytes: passed on */"
                bodies = [f"XENABI_COMPAT_ASSERT(COMPAT_{io.name} == {io.name}, "
                          f"\"{io.name}: same argument bytes, same number\");"] + bodies
        out += [""] + bodies
        out += [f"/* {counts['pass']} passed on, {counts['translate']} translated, "
                f"{counts['hypercall']} through the hypercall dispatcher */",
                f"static const struct xenabi_compat_ioctl xenabi_{drv}_compat_ioctls[] = {{"] + table + ["};", "",
                f"/* The {drv} driver's compat_ioctl: -ENOTTY for a number it does not know. */",
                f"static inline long xenabi_{drv}_compat_ioctl(const struct xenabi_ioctl_ops *ops, void *drv,",
                "                                       unsigned int cmd, uint32_t arg, struct xenabi_xlat_ctx *ctx)",
                "{", "    size_t i;", "",
                f"    for (i = 0; i < sizeof(xenabi_{drv}_compat_ioctls) / sizeof(xenabi_{drv}_compat_ioctls[0]); i++)",
                f"        if (xenabi_{drv}_compat_ioctls[i].compat_cmd == cmd) {{",
                "            ctx->scratch_used = 0;", "            ctx->nr_arrays = 0;", "            ctx->start = 0;",
                "            ctx->sel_valid = 0;", "            ctx->subop_valid = 0;",
                f"            return xenabi_{drv}_compat_ioctls[i].handler(ops, drv, "
                f"xenabi_{drv}_compat_ioctls[i].native_cmd, arg, ctx);",
                "        }", "    return -XENABI_ENOTTY;", "}", "", f"#endif /* {guard} */", ""]
        return "\n".join(out)


def emit_all(em, desc, sink):
    """{path: text} of one compat_ioctl header per description file with ioctl numbers."""
    ie = IoctlEmitter(em, desc)
    out = {f"compat/include/xen/compat/{p[len('abi/'):-2]}_ioctl.h": ie.driver(p, sink)
           for p, src in desc.sources.items() if src.ioctls and p in em.m64.files}
    sink.raise_if_any()
    return out
