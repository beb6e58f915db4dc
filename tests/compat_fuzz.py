#!/usr/bin/env python3
"""libFuzzer over every generated translator.

One fuzz binary holds a target per translated record, and one per x86_32
ring a backend attaches (a page of arbitrary bytes, indexes included: taking
a request off and putting a response on stay inside the page): it
dispatches on its first input byte, or, with XENABI_FUZZ_TARGET=k in the environment, always
to record k (each translator fuzzed on its own).  For each input:
- guest bytes -> from_compat must not crash or read out of bounds; when it
  succeeds, to_compat into two buffers pre-filled with different patterns
  must give identical bytes (every byte written to the guest is defined),
  and translating that result again must reproduce it (idempotent);
- arbitrary native bytes -> to_compat must not crash, and must be
  deterministic in the same two-pattern sense when it succeeds.
Built with clang -fsanitize=fuzzer,address,undefined; bounded by time.

Usage: compat_fuzz.py --generated DIR [--seconds N] [--runs-per-target N] [--corpus DIR]
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
from xenabi.naming import cname  # noqa: E402


RING_PAGE = 8192        # bytes of a fuzzed ring page


def source(em, keys, rings=()):
    paths = sorted({em.m64.records[k].path for k in keys} |
                   {em.m32.records[f"union {name}_sring_entry"].path for name, _, _ in rings})
    out = ["#include <stdint.h>", "#include <stddef.h>", "#include <string.h>", "#include <stdlib.h>",
           '#include "xen/public/xen.h"'] + [f'#include "xen/compat/{p[len("abi/"):]}"' for p in paths]
    out += ["#define TRAP() __builtin_trap()",
            "int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)", "{",
            "    struct xenabi_xlat_ctx ctx;", "    static int only = -2;", "    if (size < 1)", "        return 0;",
            "    if (only == -2) {", '        const char *e = getenv("XENABI_FUZZ_TARGET");',
            "        only = e ? atoi(e) : -1;", "    }",
            "    memset(&ctx, 0, sizeof(ctx));",
            f"    switch (only >= 0 ? only : data[0] % {len(keys) + len(rings)}) {{"]
    for i, k in enumerate(keys):
        n, native, compat = cname(k), k, em.compat_spelling(k)
        out += [f"    case {i}: {{",
                f"        {compat} c, b1, b2, b3; {native} d, d2; size_t len = size - 1;",
                "        memset(&c, 0, sizeof(c));",
                "        memcpy(&c, data + 1, len < sizeof(c) ? len : sizeof(c));",
                "        if (len > sizeof(c))",
                "            memcpy(ctx.arg, data + 1 + sizeof(c), len - sizeof(c) < sizeof(ctx.arg) ? "
                "len - sizeof(c) : sizeof(ctx.arg));",
                f"        if (xlat_{n}_from_compat(&d, &c, &ctx) == 0) {{",
                "            memset(&b1, 0xa5, sizeof(b1)); memset(&b2, 0x5a, sizeof(b2));",
                f"            if (xlat_{n}_to_compat(&b1, &d, &ctx) != 0 || xlat_{n}_to_compat(&b2, &d, &ctx) != 0)",
                "                TRAP();                     /* what came from a guest fits a guest */",
                "            if (memcmp(&b1, &b2, sizeof(b1)) != 0)",
                "                TRAP();                     /* a byte was left unwritten */",
                f"            if (xlat_{n}_from_compat(&d2, &b1, &ctx) != 0)",
                "                TRAP();",
                f"            if (xlat_{n}_to_compat(&b3, &d2, &ctx) != 0 || memcmp(&b1, &b3, sizeof(b1)) != 0)",
                "                TRAP();                     /* not idempotent */",
                "            memcpy(&b2, &c, sizeof(b2));",
                f"            (void)xlat_{n}_copyback(&b2, &d, &ctx);   /* must not crash or overrun */",
                "        }",
                "        memset(&d, 0, sizeof(d));",
                "        memcpy(&d, data + 1, len < sizeof(d) ? len : sizeof(d));",
                "        memset(&b1, 0xa5, sizeof(b1)); memset(&b2, 0x5a, sizeof(b2));",
                f"        if (xlat_{n}_to_compat(&b1, &d, &ctx) == 0) {{",
                f"            if (xlat_{n}_to_compat(&b2, &d, &ctx) != 0 || memcmp(&b1, &b2, sizeof(b1)) != 0)",
                "                TRAP();",
                "        }",
                "        break;", "    }"]
    for i, (name, req, rsp) in enumerate(rings, start=len(keys)):
        # a ring page of arbitrary bytes (indexes included): taking a request
        # off and putting a response on must stay inside the page
        out += [f"    case {i}: {{",
                f"        static union {{ struct compat_{name}_sring s; unsigned char b[{RING_PAGE}]; }} page;",
                f"        struct compat_{name}_back_ring br; {req} d; {rsp} r; size_t len = size - 1;",
                "        memset(&page, 0, sizeof(page));",
                "        memcpy(page.b, data + 1, len < sizeof(page) ? len : sizeof(page));",
                "        BACK_RING_ATTACH(&br, &page.s, page.s.rsp_prod, sizeof(page));",
                f"        if (xenabi_{name}_get_request(&br, page.s.req_prod - 1, &d, &ctx) == 0) {{",
                "            memset(&r, 0, sizeof(r));",
                "            memcpy(&r, data + 1, len < sizeof(r) ? len : sizeof(r));",
                f"            (void)xenabi_{name}_put_response(&br, br.rsp_prod_pvt, &r, &ctx);",
                "        }",
                "        break;", "    }"]
    out += ["    }", "    return 0;", "}"]
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--generated", required=True)
    ap.add_argument("--seconds", type=int, default=20)
    ap.add_argument("--corpus", default=None, help="keep the corpus here (default: a temporary directory)")
    ap.add_argument("--runs-per-target", type=int, default=0,
                    help="then fuzz each translator on its own for this many inputs")
    a = ap.parse_args()
    clang = shutil.which("clang")
    if not clang:
        print("FAIL: no clang")
        return 1
    desc = frontend.load(ROOT, profiles=["x86_32", "x86_64"])
    em = CompatEmitter(desc)
    order = {k: i for i, k in enumerate(em.m64.records)}
    keys = sorted(em.translated, key=order.get)
    # and a target per x86_32 ring (get_request, put_response) for backends
    rings = [p for p in (em.ring_parts(k) for k in em.m32.records) if p is not None]
    with tempfile.TemporaryDirectory() as tmp:
        exe = fuzzing.build(clang, source(em, keys, rings), a.generated, tmp, "fuzz")
        if not isinstance(exe, str):
            return exe
        failed = fuzzing.run_mixed(exe, a.corpus or os.path.join(tmp, "corpus"), a.seconds)
        failed += fuzzing.run_each(exe, tmp, keys + [f"ring {r[0]}" for r in rings], a.runs_per_target)
        print(f"fuzzed {len(keys)} translators and {len(rings)} rings together for {a.seconds} s"
              + (f", then each on its own for {a.runs_per_target} inputs" if a.runs_per_target else "")
              + f": {'FAILED' if failed else 'no failure'}")
        return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
