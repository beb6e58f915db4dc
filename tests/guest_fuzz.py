#!/usr/bin/env python3
"""libFuzzer over the guest-side compat layer: the generated PRIVCMD_HYPERCALL
dispatcher and every driver's generated compat_ioctl.

Input: byte 0 picks the target (the hypercall dispatcher, or one driver),
the next bytes pick the operation and its arguments, the rest is the
caller's memory (mapped at a fixed address).  The simulated hypervisor and
driver overwrite whatever native data they were handed that lies in the
scratch area with more input bytes (arbitrary results), so the copy-back
paths see hostile values too.  Properties, besides ASan/UBSan finding no
error: nothing outside the caller's memory is touched (the accessors refuse
it), an unknown hypercall, sub-op or ioctl number never reaches the
hypervisor or driver, and every return value is a result or one of the
documented errors.

Usage: guest_fuzz.py --generated DIR [--seconds N] [--runs-per-target N]
A missing libFuzzer runtime is a failure (tests/run.sh installs it).
"""
import argparse
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "gen"))
sys.path.insert(0, HERE)
import fuzzing  # noqa: E402
from xenabi import frontend  # noqa: E402
from xenabi.emit_compat import CompatEmitter  # noqa: E402
from xenabi.emit_hypercall import HypercallEmitter  # noqa: E402
from xenabi.tables import operations  # noqa: E402

SOURCE = r"""
#include <stdint.h>
#include <stddef.h>
#include <string.h>
#include <stdlib.h>
#include "xen/public/xen.h"
%(includes)s
#define TRAP() __builtin_trap()
#define BASE 0x10000u

static unsigned char umem[2048];
static unsigned char scratch[4096];
static const uint8_t *in;
static size_t in_len, in_pos;
static int called, allow_call;

static uint8_t next(void) { return in_pos < in_len ? in[in_pos++] : 0; }
static uint32_t next32(void) { uint32_t v = next(); v |= (uint32_t)next() << 8; v |= (uint32_t)next() << 16; return v | (uint32_t)next() << 24; }

static int from_user(void *o, void *dst, uint64_t a, size_t len)
{
    (void)o;
    if (a < BASE || a - BASE > sizeof(umem) || len > sizeof(umem) - (a - BASE))
        return -1;
    memcpy(dst, umem + (a - BASE), len);
    return 0;
}
static int to_user(void *o, uint64_t a, const void *src, size_t len)
{
    (void)o;
    if (a < BASE || a - BASE > sizeof(umem) || len > sizeof(umem) - (a - BASE))
        return -1;
    memcpy(umem + (a - BASE), src, len);
    return 0;
}
static struct xenabi_xlat_ctx *cur;
/* a hypervisor or driver writing results: arbitrary bytes into native data
 * it was handed inside the scratch area */
static void scribble(void *p)
{
    unsigned char *b = p;
    if (b < scratch || b >= scratch + cur->scratch_used)
        return;
    while (b < scratch + cur->scratch_used && in_pos < in_len)
        *b++ = next();
}
static long hypervisor(void *opaque, uint64_t op, const uint64_t a[5])
{
    unsigned int i;
    (void)opaque; (void)op;
    if (!allow_call)
        TRAP();                 /* an operation the tables do not describe got through */
    called++;
    for (i = 0; i < 5; i++)
        scribble((void *)(uintptr_t)a[i]);
    return (long)(int8_t)next();
}
static long native_ioctl(void *drv, unsigned int cmd, void *karg)
{
    (void)drv; (void)cmd;
    called++;
    scribble(karg);
    return (long)(int8_t)next();
}
static long passthrough(void *drv, unsigned int cmd, uint64_t uarg)
{
    (void)drv; (void)cmd; (void)uarg;
    called++;
    return 0;
}

static const uint64_t hypercalls[] = { %(hypercalls)s };
/* (hypercall, index of its sub-op argument or -1, sub-op) the tables describe */
static const struct { uint64_t op; int si; uint64_t sub; } described[] = { %(described)s };
static int is_described(uint64_t op, const uint64_t a[5])
{
    size_t i;
    for (i = 0; i < sizeof(described) / sizeof(described[0]); i++)
        if (described[i].op == op && (described[i].si < 0 || a[described[i].si] == described[i].sub))
            return 1;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct xenabi_ioctl_ops ops = { native_ioctl, passthrough, hypervisor };
    struct xenabi_xlat_ctx ctx;
    static int only = -2;
    long rc;
    int target;

    if (size < 1)
        return 0;
    if (only == -2) {
        const char *e = getenv("XENABI_FUZZ_TARGET");
        only = e ? atoi(e) : -1;
    }
    target = only >= 0 ? only : data[0] %% %(ntargets)d;
    in = data + 1; in_len = size - 1; in_pos = 0;
    called = 0;
    memset(&ctx, 0, sizeof(ctx));
    ctx.copy_from_guest = from_user;
    ctx.copy_to_guest = to_user;
    ctx.scratch = scratch;
    ctx.scratch_size = 64 + next() * 16;     /* from tiny to the whole area */
    if (ctx.scratch_size > sizeof(scratch))
        ctx.scratch_size = sizeof(scratch);
    cur = &ctx;
    if (target == 0) {
        uint64_t a[5], op;
        unsigned int i;
        uint8_t pick = next();
        op = pick < 2 * (sizeof(hypercalls) / sizeof(hypercalls[0])) ? hypercalls[pick %% (sizeof(hypercalls) / sizeof(hypercalls[0]))] : pick;
        for (i = 0; i < 5; i++) {
            uint32_t v = next32();
            /* mostly addresses inside the caller's memory, sometimes anything */
            a[i] = (v & 0x80000000u) ? v : BASE + (v %% sizeof(umem));
            if (i == 0 || (v & 0x40000000u))
                a[i] = v & 0xff;                 /* sub-ops and counts are small numbers */
        }
        for (i = 0; i < sizeof(umem); i++)
            umem[i] = next();
        allow_call = is_described(op, a);
        rc = xenabi_compat_hypercall(&ctx, op, a, hypervisor, NULL);
        if (called > 1)
            TRAP();
        if (called == 0 && !(rc == -XENABI_ENOSYS || rc == -XENABI_EFAULT || rc == -XENABI_E2BIG ||
                             rc == -XENABI_EINVAL || rc == -XENABI_ERANGE))
            TRAP();                 /* refused, but not with a documented error */
        return 0;
    }
%(drivers)s
    return 0;
}
"""

DRIVER = r"""
    if (target == %(k)d) {
        unsigned int i, n = sizeof(xenabi_%(drv)s_compat_ioctls) / sizeof(xenabi_%(drv)s_compat_ioctls[0]);
        uint8_t pick = next();
        unsigned int cmd = pick < 2 * n ? xenabi_%(drv)s_compat_ioctls[pick %% n].compat_cmd : next32();
        uint32_t arg = BASE + (next() * 8u) %% sizeof(umem);
        int known = 0;
        for (i = 0; i < n; i++)
            known |= xenabi_%(drv)s_compat_ioctls[i].compat_cmd == cmd;
        for (i = 0; i < sizeof(umem); i++)
            umem[i] = next();
        allow_call = 1;
        rc = xenabi_%(drv)s_compat_ioctl(&ops, NULL, cmd, arg, &ctx);
        if (!known && (rc != -XENABI_ENOTTY || called != 0))
            TRAP();                 /* an unknown number reached the driver */
        if (called > 1)
            TRAP();
        return 0;
    }
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--generated", required=True)
    ap.add_argument("--seconds", type=int, default=10)
    ap.add_argument("--runs-per-target", type=int, default=0)
    a = ap.parse_args()
    clang = shutil.which("clang")
    if not clang:
        print("FAIL: no clang")
        return 1
    desc = frontend.load(ROOT, profiles=["x86_32", "x86_64"])
    em = CompatEmitter(desc)
    ops = HypercallEmitter(em).operations()
    hcs = sorted({em.m64.constants[f"__HYPERVISOR_{hc}"].value for hc, _, _, why in ops})
    subarg = {op.hypercall: op.subop_arg for op in operations(em.m64)}
    described = []
    for hc, sub, _, why in ops:
        if why:
            continue
        si = subarg[hc] - 1 if sub else -1
        described.append(f"{{ {em.m64.constants[f'__HYPERVISOR_{hc}'].value}u, {si}, "
                         f"{em.m64.constants[sub].value if sub else 0}u }}")
    drivers = sorted(p[len("abi/linux/"):-2] for p, s in desc.sources.items()
                     if p.startswith("abi/linux/") and s.ioctls)
    src_text = SOURCE % {
        "includes": "\n".join(f'#include "xen/compat/linux/{d}_ioctl.h"' for d in drivers),
        "hypercalls": ", ".join(map(str, hcs)),
        "described": ", ".join(described),
        "ntargets": 1 + len(drivers),
        "drivers": "".join(DRIVER % {"k": k + 1, "drv": d} for k, d in enumerate(drivers)),
    }
    with tempfile.TemporaryDirectory() as tmp:
        exe = fuzzing.build(clang, src_text, a.generated, tmp, "guest_fuzz")
        if not isinstance(exe, str):
            return exe
        failed = fuzzing.run_mixed(exe, os.path.join(tmp, "corpus"), a.seconds)
        names = ["hypercall dispatcher"] + [f"{d} compat_ioctl" for d in drivers]
        failed += fuzzing.run_each(exe, tmp, names, a.runs_per_target)
        print(f"fuzzed the hypercall dispatcher ({len(hcs)} hypercalls) and {len(drivers)} drivers' compat_ioctl "
              f"for {a.seconds} s" + (f", then each on its own for {a.runs_per_target} inputs" if a.runs_per_target
                                     else "") + f": {'FAILED' if failed else 'no failure'}")
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
