#!/usr/bin/env python3
"""32-bit user space on a 64-bit kernel: the generated compat_ioctl handlers
and PRIVCMD_HYPERCALL dispatcher against a simulated kernel and hypervisor.

1. For every ioctl whose argument is translated, and every (hypercall,
   sub-op) whose argument structure is translated, the Walker of
   compat_roundtrip.py picks seeded random values (and the arrays behind
   pointers and handles); a program compiled with -m32 against the generated
   public headers lays the structures out and prints their bytes.
2. A -m64 program (ASan, UBSan) holds those bytes as the caller's memory and
   runs each case through xenabi_<driver>_compat_ioctl() or, for hypercalls,
   through IOCTL_PRIVCMD_HYPERCALL with a privcmd_hypercall in that memory.
   The simulated driver / hypervisor checks the command, every native field
   and every array element against the logged values, then writes results
   into the output members and output arrays; the case then checks that the
   caller's memory shows exactly those results.
3. Error cases: an unknown ioctl (-ENOTTY), an unknown hypercall and an
   unknown sub-op (-ENOSYS, the hypervisor never called), multicall (-ENOSYS),
   a count too large for the scratch area (-E2BIG, the caller's memory
   untouched, the driver never called), a result that does not fit 32 bits
   (-ERANGE), and null pointers with zero counts.

Usage: guest_compat.py --generated DIR [--seed N]
"""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "gen"))
sys.path.insert(0, HERE)
from compat_roundtrip import Walker, check_lines, fill_lines, native_of, valid_when_values  # noqa: E402
from xenabi import frontend  # noqa: E402
from xenabi.emit_compat import CompatEmitter  # noqa: E402
from xenabi.emit_header import include_name  # noqa: E402
from xenabi.emit_hypercall import HypercallEmitter  # noqa: E402
from xenabi.emit_ioctl import IoctlEmitter  # noqa: E402
from xenabi.tables import operations  # noqa: E402
from xenabi.model import Handle, Pointer, Record, RecordRef, Scalar  # noqa: E402

BASE = Walker.GUEST_BASE


def cspell(em, key):
    """The C type of a record as a 32-bit caller lays it out."""
    return key if em.identical(key) else em.compat_spelling(key)


def out_scalars(em, rec32, subop, prefix=""):
    """x86_32 paths of the integer members copy-back writes for this sub-op
    (direct members and members of nested structs)."""
    out = []
    for f in rec32.fields:
        if f.name is None:
            continue
        t = em.m32.resolve(f.type)
        cond = em.out_condition(f)
        live = cond == "1" or (cond and subop is not None and any(
            a.kind == "dir" and a.get("dir") in ("out", "inout") and subop in (a.get("subops") or ())
            for a in f.annotations))
        if live and isinstance(t, Scalar) and f.bits is None:
            out.append(prefix + f.name)
        elif cond is None and isinstance(t, RecordRef) and em.m32.records[t.key].kind == "struct":
            out += out_scalars(em, em.m32.records[t.key], subop, prefix + f.name + ".")
        elif cond is None and isinstance(t, Record) and t.kind == "struct" and f.name:
            out += out_scalars(em, t, subop, prefix + f.name + ".")
    return out


def out_arrays(em, rec32):
    """{x86_32 path: True} of pointer/handle members whose arrays are written back."""
    res = {}
    for f in rec32.fields:
        t = em.m32.resolve(f.type)
        if isinstance(t, (Handle, Pointer)) and any(a.kind == "dir" and a.get("dir") in ("out", "inout")
                                                    and not a.get("subops") for a in f.annotations):
            res[f.name] = True
    return res


def reference_layouts(desc, tmp):
    """x86_32 layouts the byte-by-byte check uses, independent of the
    generator's layout code: upstream Xen's (tests/reference/x86_32.json),
    and for the Linux driver records what gcc -m32 makes of linux-libc-dev's
    own headers (the probe of linux_uapi.py)."""
    import json
    from linux_uapi import FILES, probe_source
    with open(os.path.join(HERE, "reference", "x86_32.json")) as fh:
        ref = json.load(fh)["records"]
    src, exe = os.path.join(tmp, "linux_probe.c"), os.path.join(tmp, "linux_probe")
    with open(src, "w") as fh:
        fh.write("#include <stdio.h>\n#include <stddef.h>\n#include <sys/ioctl.h>\n#include <linux/types.h>\n"
                 "#include <xen/interface/xen.h>\n" + "".join(f"#include <xen/{f}.h>\n" for f in FILES) +
                 "int main(void)\n{\n" + probe_source(desc.modules["x86_32"], desc) + "\n    return 0;\n}\n")
    run(["gcc", "-m32", "-std=gnu11", "-I", os.path.join(HERE, "linux_uapi"), "-o", exe, src])
    import re
    for line in run([exe]).splitlines():
        m = re.fullmatch(r"(.+) size (\d+) align \d+", line)
        if m:
            ref.setdefault(m.group(1), {"size": int(m.group(2)), "fields": []})
            continue
        m = re.fullmatch(r"([^.]+)\.(\w+) at (\d+) size (\d+)", line)     # top-level members only
        if m:
            ref[m.group(1)]["fields"].append({"name": m.group(2), "offset": int(m.group(3)),
                                              "size": int(m.group(4))})
    return ref


def result_bytes(m32, ref, key, subop, values):
    """The set of byte offsets of x86_32 record `key` that are results for
    this sub-op: the members annotated `dir out`/`inout` (for it, or for all
    sub-ops), as upstream lays them out, nested structs looked into, their
    padding and guest handles (addresses, not results) left out; inside a
    union, those of the arm the caller's selector (`values`: x86_32 path ->
    the value the caller wrote) names.  Every other byte must stay as the
    caller left it."""
    def live(f):
        return any(a.kind == "dir" and a.get("dir") in ("out", "inout") and
                   (not a.get("subops") or subop in a.get("subops")) for a in f.annotations)

    def fields(rec, rkey, rrec=None):
        rf = {x["name"]: x for x in (rrec or ref[rkey])["fields"]}
        for f in rec.fields:
            if f.name not in rf:
                raise SystemExit(f"FAIL: {rkey}.{f.name}: not in the reference layout")
            yield f, rf[f.name]

    def annotated(rec):
        """Does any member of rec, at any depth, carry a `dir` annotation?"""
        for f in rec.fields:
            t = m32.resolve(f.type)
            t = m32.records[t.key] if isinstance(t, RecordRef) else t
            if any(a.kind == "dir" for a in f.annotations) or (isinstance(t, Record) and annotated(t)):
                return True
        return False

    def whole(t, off, size):
        t = m32.resolve(t)
        if isinstance(t, (Handle, Pointer)):
            return set()
        if isinstance(t, RecordRef) and m32.records[t.key].kind == "struct":
            out = set()
            for g, rg in fields(m32.records[t.key], t.key):
                if not any(a.kind == "padding" for a in g.annotations):
                    out |= whole(g.type, off + rg["offset"], rg["size"])
            return out
        return set(range(off, off + size))

    def const(v):
        return v.evaluate(lambda n: m32.constants[n].value)

    def walk(rec, rkey, base, prefix, rrec=None):
        out = set()
        for f, rf in fields(rec, rkey, rrec):
            t = m32.resolve(f.type)
            inner = m32.records[t.key] if isinstance(t, RecordRef) else t if isinstance(t, Record) else None
            if live(f):
                out |= whole(f.type, base + rf["offset"], rf["size"])
            elif inner is not None and inner.kind == "struct":
                rr = ref[t.key] if isinstance(t, RecordRef) else rf["anon"]
                out |= walk(inner, t.key if isinstance(t, RecordRef) else f"{rkey}.{f.name}",
                            base + rf["offset"], prefix + f.name + ".", rr)
            elif inner is not None and annotated(inner):
                # a union holding results: those of the arm the caller selected
                sel = [a for a in f.annotations if a.kind == "select" and not a.get("member")]

                def lookup(n):
                    if prefix + n in values:
                        return values[prefix + n]
                    return m32.constants[n].value
                try:
                    want = sel[0].get("expr").evaluate(lookup)
                except (IndexError, KeyError):
                    raise SystemExit(f"FAIL: {rkey}.{f.name}: a union holding results whose selector this "
                                     "test cannot evaluate")
                rr = ref[t.key] if isinstance(t, RecordRef) else rf["anon"]
                arms = [(g, [a for a in g.annotations if a.kind == "arm"]) for g in inner.fields]
                hit = [g for g, a in arms if a and not a[0].get("default") and
                       want in [const(v) for v in a[0].get("values")]]
                hit = hit or [g for g, a in arms if a and a[0].get("default")]
                for g in hit[:1]:
                    rg = {x["name"]: x for x in rr["fields"]}[g.name]
                    one = type("One", (), {"fields": [g]})
                    out |= walk(one, f"{rkey}.{f.name}", base + rf["offset"], prefix + f.name + ".",
                                {"fields": [rg]})
        return out

    return walk(m32.records[key], key, 0, "")


class Case:
    def __init__(self, name, rec, plan, kind, **kw):
        self.name, self.rec, self.plan, self.kind = name, rec, plan, kind
        self.__dict__.update(kw)


def native_element_size(em, rec, path):
    """Size of the elements the native member for `path` points to."""
    f = em.member_at(em.m64, em.m64.records[rec.key], native_of(em, rec, path))
    return em.l64.size_align(em.m64.resolve(em.element_type(em.m64, f.type)))[0]


def plan_cases(em, desc, rng, mem):
    ie, he = IoctlEmitter(em, desc), HypercallEmitter(em)
    cases = []
    for path, src in desc.sources.items():
        if not path.startswith("abi/linux/"):
            continue
        drv = path[len("abi/linux/"):-2]
        for io in src.ioctls:
            _, _, kind = ie.handler(io, path)
            if kind != "translate":
                continue
            key = ie.arg_type(em.m64, io.arg).key
            rec = em.m32.records[key]
            zeroed = []
            plan = Walker(em, rng, mem, zeroed).run(rec)
            tail = ie.trailing(rec, em.m64.records[key])
            if tail:
                # a trailing array continues past the structure: a small count,
                # its elements follow the structure in the caller's memory
                n = rng.randrange(2, 6)
                plan[0][:] = [(p, k, n if p == tail[1] else v) for p, k, v in plan[0]]
            cases.append(Case(io.name, rec, plan, "ioctl", drv=drv, cmd=io.name, subop=None, tail=tail,
                              tail_n=n if tail else 0, copy_out=True, extra=[]))
    for hc, sub, args, why in he.operations():
        if why:
            continue
        typed = [(k, v) for k, v in args.items() if v[2] is not None or v[1] is not None]
        if len(typed) != 1:
            continue        # one structure (or array of structures) argument
        key, (typ, count, direction) = typed[0]
        if count is not None and not (len(count.tokens) == 1 and count.tokens[0].startswith("arg")):
            continue
        t = he.resolve(em.m32, typ)
        if not isinstance(t, RecordRef) or not (t.key in em.translated or em.identical(t.key)):
            continue
        rec = em.m32.records[t.key]
        zeroed = []
        try:
            plan = Walker(em, rng, mem, zeroed).run(rec)
            # an array argument: two more elements, each with values of its own
            extra = [Walker(em, rng, mem, []).run(rec) for _ in range(2 if count is not None else 0)]
        except KeyError:
            continue
        si = next(op.subop_arg for op in operations(em.m64) if op.hypercall == hc)
        si = si - 1 if si else None
        hargs = list(plan[1][:5])
        if si is not None:
            want = em.m64.constants[sub].value
            if hargs[si] not in (0, want):
                continue    # the record's selector needs another sub-op
            hargs[si] = want
        if count is not None:
            hargs[int(count.tokens[0][3:]) - 1] = 1 + len(extra)
        same = em.same_elements(t, he.resolve(em.m64, typ))
        cases.append(Case(f"{hc}/{sub}", rec, plan, "hypercall", hc=hc, sub=sub, argi=int(key[3:]) - 1,
                          hargs=hargs, subop=sub, same=same, tail=None, copy_out=direction != "in",
                          extra=extra))
    return cases


def producer(cases):
    lines = ["#include <stdint.h>", "#include <stdio.h>", "#include <string.h>",
             '#include "xen/public/xen.h"']
    for h in sorted({c.rec.path for c in cases}):
        lines.append(f'#include "{include_name(h)}"')
    lines += ["static void dump(int i, const void *p, size_t n)", "{",
              "    const unsigned char *b = p; size_t k;", '    printf("%d ", i);',
              '    for (k = 0; k < n; k++) printf("%02x", b[k]);', '    printf("\\n");', "}",
              "int main(void)", "{"]
    for n, c in enumerate(cases):
        for e, plan in enumerate([c.plan] + c.extra):
            lines += ["    {", f"        {c.rec.key} r;", "        memset(&r, 0, sizeof(r));"]
            lines += fill_lines(plan[0]) + [f"        dump({n * 16 + e}, &r, sizeof(r));", "    }"]
    return "\n".join(lines + ["    return 0;", "}"]) + "\n"


def field_checks(em, c, d, plan=None):
    """EXPECT lines comparing the native structure `d` with the logged values."""
    return check_lines(em, c.rec, (plan or c.plan)[0], d, c.name, subop=c.subop)


def consumer(em, cases, dumps, mem, rng, ref):
    """The -m64 program: simulated kernel (ioctl driver) and hypervisor."""
    # caller memory: the arrays the walker laid out, then each case's structure
    # and, for hypercalls, a privcmd_hypercall pointing at it
    for n, c in enumerate(cases):
        c.addr = BASE + len(mem)
        for e in range(1 + len(c.extra)):
            mem += dumps[n * 16 + e]          # an array argument: its elements follow each other
        if c.tail:
            mem += b"\0" * ((c.tail_n - 1) * c.tail[2])     # the rest of the trailing array
        mem += b"\0" * (-len(mem) % 8)
        if c.kind == "hypercall":
            c.hc_addr = BASE + len(mem)
            args = list(c.hargs)
            args[c.argi] = c.addr
            op = em.m64.constants[f"__HYPERVISOR_{c.hc}"].value
            for v in [op] + args:
                mem += v.to_bytes(8, "little")
    # every other (hypercall, sub-op) the dispatcher knows gets a smoke case:
    # zeroed structures in the caller's memory, checked for routing
    done = {c.name for c in cases if c.kind == "hypercall"}
    he = HypercallEmitter(em)
    smoke = []
    for hc, sub, args, why in he.operations():
        if f"{hc}/{sub}" in done:
            continue
        addrs = {}
        for k, (typ, count, direction) in sorted(args.items()):
            if direction is None and count is None:
                continue
            t = he.resolve(em.m32, typ)
            size = em.l32.size_align(t)[0] if t is not None else 8
            addrs[k] = BASE + len(mem)
            mem += b"\0" * (size + (-size % 8) or 8)
        smoke.append((hc, sub, args, why, addrs))
    drvs = sorted({c.drv for c in cases if c.kind == "ioctl"} | {"privcmd"})
    L = ["#include <stdint.h>", "#include <stdio.h>", "#include <string.h>", "#include <stddef.h>",
         '#include "xen/public/xen.h"']
    L += [f'#include "xen/compat/linux/{d}_ioctl.h"' for d in drvs]
    L += [f"static const unsigned char umem_orig[{len(mem)}] = {{{', '.join(str(b) for b in mem)}}};",
          f"static unsigned char umem[{len(mem)}];",
          "static unsigned char scratch[16384];",
          "static int failures, checks, scenario, called;",
          "#define EXPECT(cond, what) do { checks++; if (!(cond)) { failures++; printf(\"FAIL %s\\n\", what); } } while (0)",
          "static int from_user(void *o, void *dst, uint64_t a, size_t len)", "{", "    (void)o;",
          f"    if (a < {BASE} || a - {BASE} > sizeof(umem) || len > sizeof(umem) - (a - {BASE}))", "        return -1;",
          f"    memcpy(dst, umem + (a - {BASE}), len);", "    return 0;", "}",
          "static int to_user(void *o, uint64_t a, const void *src, size_t len)", "{", "    (void)o;",
          f"    if (a < {BASE} || a - {BASE} > sizeof(umem) || len > sizeof(umem) - (a - {BASE}))", "        return -1;",
          f"    memcpy(umem + (a - {BASE}), src, len);", "    return 0;", "}",
          "static void fresh(struct xenabi_xlat_ctx *ctx, size_t room)", "{",
          "    memcpy(umem, umem_orig, sizeof(umem));", "    memset(ctx, 0, sizeof(*ctx));",
          "    ctx->copy_from_guest = from_user;", "    ctx->copy_to_guest = to_user;",
          "    ctx->scratch = scratch;", "    ctx->scratch_size = room;", "    called = 0;", "}",
          f"static uint64_t rd(uint64_t a, unsigned n) {{ uint64_t v = 0; memcpy(&v, umem + (a - {BASE}), n); return v; }}",
          "static void *last_native;          /* the native argument of the last call */",
          "static void (*poke)(void *native);  /* what a driver or hypervisor writes in the special cases */",
          "static long native_ioctl(void *drv, unsigned int cmd, void *karg)", "{", "    (void)drv; (void)karg;",
          "    called++;", "    if (scenario < 0) {", "        last_native = karg;", "        if (poke)",
          "            poke(karg);", "        return 0;", "    }", "    switch (scenario) {"]
    results = {}
    for n, c in enumerate(cases):
        r32 = c.rec
        outs = out_scalars(em, r32, c.subop) if c.copy_out else []
        arrs = out_arrays(em, r32) if c.copy_out else {}
        writes, after = [], []
        success = valid_when_values(em.m32, r32)
        for p in outs:
            np = native_of(em, r32, p)
            if not isinstance(np, str):
                continue
            width = em.l32.size_align(em.member_at(em.m32, r32, p).type)[0] * 8
            ct = cspell(em, r32.key)
            for e in range(1 + len(c.extra)):           # every element of an array argument
                val = success.get(p, rng.randrange(0, 1 << min(width - 1, 15)))
                writes.append(f"        d[{e}].{np} = {val};")
                off = f"{e} * sizeof({ct}) + offsetof({ct}, {p})"
                after.append(f'        EXPECT(rd({c.addr}u + {off}, sizeof((({ct} *)0)->{p})) == {val}u, '
                             f'"{c.name}: result [{e}].{p} reached the caller");')
        for path, kind, v in c.plan[0]:
            if kind == "A" and path in arrs:
                gaddr, values, esize, _, acc = v
                np = native_of(em, r32, path)
                for k in range(len(values)):
                    val = 0x100 + k
                    writes.append(f"        d->{np}{acc}[{k}] = {val};")
                    after.append(f'        EXPECT(rd({gaddr}u + {k * esize}, {esize}) == {val}u, '
                                 f'"{c.name}: result {path}[{k}] reached the caller");')
        if c.tail and c.tail[3] & {"out", "inout"}:
            member, _, esize, _ = c.tail
            nt = c.rec.key
            for k in range(c.tail_n):
                writes.append(f"        {{ uint{esize * 8}_t v = {0x200 + k}; memcpy((char *)d + offsetof({nt}, {member}) + "
                              f"{k * esize}, &v, {esize}); }}")
                after.append(f'        EXPECT(rd({c.addr}u + offsetof({cspell(em, nt)}, {member}) + {k * esize}, '
                             f'{esize}) == {0x200 + k}u, "{c.name}: {member}[{k}] (past the structure) reached the caller");')
        if not c.copy_out:
            after.append(f'        EXPECT(memcmp(umem, umem_orig, sizeof(umem)) == 0, "{c.name}: an input-only argument: '
                         'the caller\'s memory is unchanged");')
        elif not (c.kind == "hypercall" and c.same):
            # while the driver or hypervisor runs, "another thread" changes
            # every byte of the caller's structure; afterwards only the result
            # bytes (annotations + upstream's layouts) may have been written
            ct = cspell(em, r32.key)
            size = ref[r32.key]["size"]
            total = size * (1 + len(c.extra))
            res = set()
            for e, plan in enumerate([c.plan] + c.extra):
                values = {path: v for path, kind, v in plan[0] if kind in ("u", "s", "b")}
                res |= {e * size + j for j in result_bytes(em.m32, ref, r32.key, c.subop, values)}
            mask = ", ".join("1" if j in res else "0" for j in range(total))
            writes.insert(0, f"        {{ size_t j; for (j = 0; j < {total}; j++) umem[{c.addr - BASE} + j] ^= 0x5a; }}")
            after.append(f"        {{ static const unsigned char result[{total}] = {{{mask}}}; size_t j, bad = 0;")
            after.append(f"          for (j = 0; j < {total}; j++)")
            after.append(f"              bad += !result[j] && umem[{c.addr - BASE} + j] != (umem_orig[{c.addr - BASE} + j] ^ 0x5a);")
            after.append(f'          EXPECT(bad == 0 && sizeof({ct}) == {size}, "{c.name}: every byte that is not a result stays '
                         f'as another writer left it during the call");' + " }")
        results[n] = (writes, after)
        if c.kind != "ioctl":
            continue
        d = f"(({c.rec.key} *)karg)->"
        L += [f"    case {n}: {{", f"        {c.rec.key} *d = ({c.rec.key} *)karg;",
              f'        EXPECT(cmd == {c.cmd}, "{c.name}: the driver gets its native number");']
        L += [x.replace(d, "d->") for x in field_checks(em, c, "d->")]
        L += writes + ["        return 0;", "    }"]
    L += ["    }", "    return -1;", "}",
          "static uint64_t last_op, last_args[5];", "static int hc_argi;",
          "static long hypervisor(void *opaque, uint64_t op, const uint64_t a[5])", "{",
          "    (void)opaque;", "    called++;", "    last_op = op;", "    memcpy(last_args, a, sizeof(last_args));",
          "    if (scenario < 0) {", "        last_native = (void *)(uintptr_t)a[hc_argi];", "        if (poke)",
          "            poke(last_native);", "        return 0;", "    }",
          "    switch (scenario) {"]
    for n, c in enumerate(cases):
        if c.kind != "hypercall":
            continue
        if c.same:
            # one layout on both ABIs: the hypervisor reads the caller's own memory
            L += [f"    case {n}: {{",
                  f'        EXPECT(a[{c.argi}] == {c.addr}u, "{c.name}: the caller\'s own pointer, passed on");',
                  f"        {c.rec.key} *d = ({c.rec.key} *)(umem + ({c.addr}u - {BASE}));"]
        else:
            L += [f"    case {n}: {{", f"        {c.rec.key} *d = ({c.rec.key} *)(uintptr_t)a[{c.argi}];",
                  f'        EXPECT(d != NULL && (unsigned char *)d >= scratch && (unsigned char *)d < scratch + '
                  f'sizeof(scratch), "{c.name}: the hypervisor gets a native copy");',
                  "        if (d == NULL)", "            return -1;"]
        L += field_checks(em, c, "d->")
        for e, plan in enumerate(c.extra, start=1):
            L += field_checks(em, c, f"d[{e}].", plan)
        L += results[n][0] + ["        return 7;", "    }"]
    L += ["    }", "    return -1;", "}",
          "static long passthrough(void *drv, unsigned int cmd, uint64_t uarg)",
          "{", "    (void)drv; (void)cmd; (void)uarg;", "    called++;", "    return 5;", "}",
          "int main(void)", "{", "    struct xenabi_ioctl_ops ops = { native_ioctl, passthrough, hypervisor };",
          "    struct xenabi_xlat_ctx ctx;", "    long rc;", ""]
    for n, c in enumerate(cases):
        L += ["    {", f"        scenario = {n};", "        fresh(&ctx, sizeof(scratch));"]
        if c.kind == "ioctl":
            L += [f"        rc = xenabi_{c.drv}_compat_ioctl(&ops, NULL, COMPAT_{c.cmd}, {c.addr}u, &ctx);",
                  f'        EXPECT(rc == 0 && called == 1, "{c.name}: the driver ran once and returned 0");']
        else:
            L += [f"        rc = xenabi_privcmd_compat_ioctl(&ops, NULL, COMPAT_IOCTL_PRIVCMD_HYPERCALL, {c.hc_addr}u, &ctx);",
                  f'        EXPECT(rc == 7 && called == 1, "{c.name}: the hypervisor ran once and its result came back");']
        L += results[n][1] + ["    }"]
    # the smoke cases
    for hc, sub, args, why, addrs in smoke:
        name = f"{hc}/{sub}" if sub else hc
        op = em.m64.constants[f"__HYPERVISOR_{hc}"].value
        si = next((o.subop_arg for o in operations(em.m64) if o.hypercall == hc), None)
        a = [0x11 + i for i in range(5)]
        if si:
            a[si - 1] = em.m64.constants[sub].value
        checks = []
        for k, (typ, count, direction) in sorted(args.items()):
            i = int(k[3:]) - 1
            if i > 4:
                continue
            if k in addrs:
                a[i] = addrs[k]
                if count is not None and len(count.tokens) == 1 and count.tokens[0].startswith("arg"):
                    a[int(count.tokens[0][3:]) - 1] = 1
        for k, (typ, count, direction) in sorted(args.items()):
            i = int(k[3:]) - 1
            if i > 4:
                continue
            t32, t64 = he.resolve(em.m32, typ), he.resolve(em.m64, typ)
            if k not in addrs:
                checks.append(f'EXPECT(last_args[{i}] == {a[i]}u, "{name}: {k}, a value, passed on");')
            elif t32 is None or em.same_elements(t32, t64):
                checks.append(f'EXPECT(last_args[{i}] == {a[i]}u, "{name}: {k}, one layout on both ABIs: the '
                              'caller\'s pointer");')
            else:
                checks.append(f'EXPECT((unsigned char *)(uintptr_t)last_args[{i}] >= scratch && '
                              f'(unsigned char *)(uintptr_t)last_args[{i}] < scratch + sizeof(scratch), '
                              f'"{name}: {k}: a native copy in the scratch area");')
        L += ["    {", f"        static const uint64_t a[5] = {{{', '.join(f'{x}u' for x in a)}}};",
              "        scenario = -5;", "        hc_argi = 0;", "        poke = NULL;", "        fresh(&ctx, sizeof(scratch));",
              f"        rc = xenabi_compat_hypercall(&ctx, {op}u, a, hypervisor, NULL);"]
        if why:
            L += [f'        EXPECT(rc == -XENABI_ENOSYS && called == 0, "{name}: not dispatched ({why}): -ENOSYS");']
        else:
            L += [f'        EXPECT(rc == 0 && called == 1 && last_op == {op}u, "{name}: dispatched once (zeroed '
                  'structures)");', "        if (called == 1) {"] + [f"            {c}" for c in checks] + ["        }"]
        L += ["    }"]
    # error cases
    L += ["    /* an unknown ioctl number */", "    fresh(&ctx, sizeof(scratch));",
          "    rc = xenabi_privcmd_compat_ioctl(&ops, NULL, 0x12345678u, 0, &ctx);",
          '    EXPECT(rc == -XENABI_ENOTTY && called == 0, "unknown ioctl: -ENOTTY");',
          "    /* an unknown hypercall and an unknown sub-op, and multicall */",
          "    { uint64_t a[5] = {0x3f, 0, 0, 0, 0};",
          "      fresh(&ctx, sizeof(scratch));",
          "      rc = xenabi_compat_hypercall(&ctx, 60, a, hypervisor, NULL);",
          '      EXPECT(rc == -XENABI_ENOSYS && called == 0, "unknown hypercall: -ENOSYS");',
          "      rc = xenabi_compat_hypercall(&ctx, __HYPERVISOR_memory_op, a, hypervisor, NULL);",
          '      EXPECT(rc == -XENABI_ENOSYS && called == 0, "unknown memory_op sub-op: -ENOSYS");',
          "      rc = xenabi_compat_hypercall(&ctx, __HYPERVISOR_multicall, a, hypervisor, NULL);",
          '      EXPECT(rc == -XENABI_ENOSYS && called == 0, "multicall: -ENOSYS");',
          "    }"]
    # too large for the scratch area, ERANGE, null pointers with zero counts
    for n, c in enumerate(cases):
        arrays = [(p, v) for p, k, v in c.plan[0] if k == "A" and len(v[1]) >= 2]
        if not arrays:
            continue
        call = (f"xenabi_{c.drv}_compat_ioctl(&ops, NULL, COMPAT_{c.cmd}, {c.addr}u, &ctx)" if c.kind == "ioctl"
                else f"xenabi_privcmd_compat_ioctl(&ops, NULL, COMPAT_IOCTL_PRIVCMD_HYPERCALL, {c.hc_addr}u, &ctx)")
        L += ["    {", "        size_t used;", f"        scenario = {n};", "        fresh(&ctx, sizeof(scratch));",
              f"        rc = {call};", "        used = ctx.scratch_used;", "        fresh(&ctx, used - 1);",
              f"        rc = {call};",
              f'        EXPECT(rc == -XENABI_E2BIG && called == 0, "{c.name}: too large for the scratch area: -E2BIG, '
              'nothing called");',
              f'        EXPECT(memcmp(umem, umem_orig, sizeof(umem)) == 0, "{c.name}: -E2BIG left the caller\'s memory '
              'untouched");', "    }"]
    pokes = []
    for n, c in enumerate(cases):
        arrays = [(p, v) for p, k, v in c.plan[0] if k == "A"]
        if not arrays or c.kind == "hypercall" and c.same:
            continue
        call = (f"xenabi_{c.drv}_compat_ioctl(&ops, NULL, COMPAT_{c.cmd}, {c.addr}u, &ctx)" if c.kind == "ioctl"
                else f"xenabi_privcmd_compat_ioctl(&ops, NULL, COMPAT_IOCTL_PRIVCMD_HYPERCALL, {c.hc_addr}u, &ctx)")
        ct, nt = cspell(em, c.rec.key), c.rec.key
        argi = c.argi if c.kind == "hypercall" else 0
        # null pointers with zero counts
        path, v = arrays[0]
        count = [a for a in em.member_at(em.m32, c.rec, path).annotations if a.kind == "count"][0].get("expr").tokens
        np = native_of(em, c.rec, path)
        prefix = path[:path.rindex(".") + 1] if "." in path else ""
        if len(count) == 1 and em.member_at(em.m32, c.rec, prefix + count[0]) is not None:
            count = [prefix + count[0]]
        if len(count) == 1 and not count[0].startswith("arg") and not count[0][0].isdigit():
            L += ["    {", f"        {ct} *u = ({ct} *)(umem + ({c.addr}u - {BASE}));", "        scenario = -1;",
                  f"        hc_argi = {argi};", "        poke = NULL;", "        fresh(&ctx, sizeof(scratch));",
                  f"        u->{count[0]} = 0;", f"        memset(&u->{path}, 0, sizeof(u->{path}));",
                  f"        rc = {call};",
                  f'        EXPECT(rc == 0 && called == 1, "{c.name}: a null {path} with a zero count is accepted");',
                  f'        EXPECT(called == 1 && (({nt} *)last_native)->{np}{v[4]} == NULL, "{c.name}: null {path} '
                  'stays null");', "    }"]
            # a zero count with the caller's pointer: the driver gets that
            # pointer (widened), never an address inside the translator's context
            L += ["    {", f"        {ct} *u = ({ct} *)(umem + ({c.addr}u - {BASE}));", "        scenario = -1;",
                  f"        hc_argi = {argi};", "        poke = NULL;", "        fresh(&ctx, sizeof(scratch));",
                  f"        u->{count[0]} = 0;",
                  f"        rc = {call};",
                  f'        EXPECT(rc == 0 && called == 1, "{c.name}: an empty {path} is accepted");',
                  f'        EXPECT(called == 1 && (uint64_t)(uintptr_t)(({nt} *)last_native)->{np}{v[4]} == {v[0]}u, '
                  f'"{c.name}: an empty {path} keeps the caller\'s own address");', "    }"]
        # a result that does not fit in 32 bits on the way back
        outs = out_arrays(em, c.rec) if c.copy_out else {}
        wide = [(p, v) for p, v in arrays if p in outs and v[2] == 4 and v[1]
                and native_element_size(em, c.rec, p) == 8]
        if wide:
            p, v = wide[0]
            np = native_of(em, c.rec, p)
            ok = "".join(f" (({nt} *)native)->{native_of(em, c.rec, m)} = {val};"
                         for m, val in valid_when_values(em.m32, c.rec).items())
            pokes.append(f"static void poke_{n}(void *native) {{{ok} (({nt} *)native)->{np}{v[4]}[0] = "
                         f"(__typeof__((({nt} *)native)->{np}{v[4]}[0]))UINT64_C(0x10000000000); }}")
            if ok:
                # and when the hypervisor reports failure, the guest's list is
                # left as the guest wrote it
                fail = "".join(f" (({nt} *)native)->{native_of(em, c.rec, m)} = {val + 1};"
                               for m, val in valid_when_values(em.m32, c.rec).items())
                pokes.append(f"static void poke_fail_{n}(void *native) {{{fail} (({nt} *)native)->{np}{v[4]}[0] = 0x55; }}")
                L += ["    {", "        scenario = -2;", f"        hc_argi = {argi};", f"        poke = poke_fail_{n};",
                      "        fresh(&ctx, sizeof(scratch));", f"        rc = {call};",
                      f'        EXPECT(rc == 0 && memcmp(umem, umem_orig, sizeof(umem)) != 0, "{c.name}: the call '
                      'returns (status written back)");',
                      f'        EXPECT(memcmp(umem + ({v[0]}u - {BASE}), umem_orig + ({v[0]}u - {BASE}), {v[2]}) == 0, '
                      f'"{c.name}: failed: {p}[0] is left as the guest wrote it");', "    }"]
            L += ["    {", "        scenario = -2;", f"        hc_argi = {argi};", f"        poke = poke_{n};",
                  "        fresh(&ctx, sizeof(scratch));", f"        rc = {call};",
                  f'        EXPECT(rc == -XENABI_ERANGE, "{c.name}: a result in {p} wider than 32 bits gives -ERANGE");',
                  "    }"]
    main_at = L.index("int main(void)")
    L[main_at:main_at] = pokes
    L += ['    printf("%d passed, %d failed\\n", checks - failures, failures);', "    return failures != 0;", "}"]
    return "\n".join(L) + "\n"


def run(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.stdout.write(r.stdout[-4000:] + r.stderr[-4000:])
        raise SystemExit(f"failed: {' '.join(cmd[:3])} ...")
    return r.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--generated", required=True)
    ap.add_argument("--seed", type=int, default=None)
    a = ap.parse_args()
    seed = a.seed if a.seed is not None else random.randrange(1 << 32)
    print(f"seed {seed} (rerun with --seed {seed})")
    if not shutil.which("gcc"):
        print("FAIL: no gcc")
        return 1
    desc = frontend.load(ROOT, profiles=["x86_32", "x86_64"])
    em = CompatEmitter(desc)
    rng = random.Random(seed)
    mem = bytearray()
    cases = plan_cases(em, desc, rng, mem)
    inc = ["-I", os.path.join(a.generated, "include")]
    with tempfile.TemporaryDirectory() as tmp:
        if os.environ.get("XENABI_KEEP"):
            tmp = os.environ["XENABI_KEEP"]
            os.makedirs(tmp, exist_ok=True)
        src, exe = os.path.join(tmp, "caller32.c"), os.path.join(tmp, "caller32")
        with open(src, "w") as fh:
            fh.write(producer(cases))
        run(["gcc", "-m32", "-std=gnu11", "-D__XEN_TOOLS__", "-w"] + inc + ["-o", exe, src])
        dumps = {}
        for line in run([exe]).splitlines():
            n, hexbytes = line.split()
            dumps[int(n)] = bytes.fromhex(hexbytes)
        src, exe = os.path.join(tmp, "kernel64.c"), os.path.join(tmp, "kernel64")
        with open(src, "w") as fh:
            fh.write(consumer(em, cases, dumps, mem, rng, reference_layouts(desc, tmp)))
        run(["gcc", "-m64", "-std=gnu11", "-D__XEN_TOOLS__", "-fsanitize=address,undefined",
             "-fno-sanitize-recover=all", "-I", os.path.join(a.generated, "compat", "include"),
             "-I", os.path.join(ROOT, "compat", "runtime")] + inc + ["-o", exe, src])
        # the README's example driver wiring compiles against the generated API
        example = os.path.join(ROOT, "compat", "examples", "privcmd_compat_ioctl.c")
        run(["gcc", "-m64", "-std=gnu11", "-Wall", "-Wextra", "-Werror", "-DXENABI_EXAMPLE_STUBS", "-c",
             "-I", os.path.join(a.generated, "compat", "include"), "-I", os.path.join(ROOT, "compat", "runtime")]
            + inc + ["-o", os.path.join(tmp, "example.o"), example])
        print("compat/examples/privcmd_compat_ioctl.c compiles against the generated API")
        out = subprocess.run([exe], capture_output=True, text=True)
        sys.stdout.write("\n".join(out.stdout.splitlines()[-40:]) + "\n" + out.stderr[-3000:])
        ioctls = sum(c.kind == "ioctl" for c in cases)
        print(f"{ioctls} translated ioctls and {len(cases) - ioctls} (hypercall, sub-op) cases from a -m32 caller "
              "through the generated compat_ioctl; every other operation the dispatcher knows as a smoke case")
        return out.returncode


if __name__ == "__main__":
    sys.exit(main())
