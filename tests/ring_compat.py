#!/usr/bin/env python3
"""A 64-bit backend serving a 32-bit x86 frontend over a real shared ring,
through the generated ring types and translators (compat/include/xen/compat:
DEFINE_RING_TYPES(compat_<name>, ...), xenabi_<name>_get_request and
xenabi_<name>_put_response), for every ring whose slots differ between
x86_32 and x86_64.

Three processes share one file mapped MAP_SHARED, one page set per ring:
1. a -m32 frontend (the public headers as a 32-bit guest sees them) sets up
   each shared ring with indexes a few steps before 2^32, writes requests
   filled with seeded random values (every field, union arms by their
   selectors) and pushes them, so the indexes wrap;
2. a -m64 backend under ASan and UBSan attaches the x86_32 view of each
   ring, takes every request off through the generated translator and checks
   every field of the native request, then answers each with a native
   response of seeded values, written through the generated translator;
3. the -m32 frontend again takes the responses off its ring and checks
   every field in its own layout.
The checks each program runs are counted here and must match what it
reports; a ring the test cannot drive is a failure.

    tests/ring_compat.py --generated DIR [--seed N]
"""
import argparse
import os
import random
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "gen"))
sys.path.insert(0, HERE)
from compat_roundtrip import Walker, c_lit, check_lines, fill_lines, native_of, run  # noqa: E402
from xenabi import frontend  # noqa: E402
from xenabi.emit_compat import CompatEmitter  # noqa: E402
from xenabi.emit_header import include_name  # noqa: E402

REQUESTS = 6            # per ring, across the 2^32 wrap
START = 0xfffffffd      # the first index used
SPAN = 65536            # bytes of the shared file per ring
# the memory barriers io/ring.h leaves to its user (one process at a time
# touches the ring here; full barriers all the same)
BARRIERS = ["#define xen_mb() __sync_synchronize()", "#define xen_rmb() __sync_synchronize()",
            "#define xen_wmb() __sync_synchronize()"]


def rings(em):
    out = []
    for key in em.m32.records:
        parts = em.ring_parts(key)
        if parts is not None:
            out.append(parts)
    return out


def rings_that_differ(m32):
    """Names of the rings whose slots differ in their bytes between x86_32 and
    x86_64, from upstream's layouts (tests/reference), not from the
    generator's: the request or the response has another size, or a member
    at another offset or of another size (alignment alone does not count).
    The description (m32) only names the request and response records."""
    import json
    refs = []
    for prof in ("x86_32", "x86_64"):
        with open(os.path.join(HERE, "reference", f"{prof}.json")) as fh:
            refs.append(json.load(fh)["records"])

    def shape(rec):
        return (rec["size"], tuple((f["name"], f["offset"], f["size"], f.get("bit_offset"),
                                    shape(f["anon"]) if f.get("anon") else None) for f in rec["fields"]))
    out = set()
    for key, slot in refs[0].items():
        if not key.endswith("_sring_entry") or key not in refs[1]:
            continue
        types = [m32.resolve(f.type).key for f in m32.records[key].fields]
        if any(shape(refs[0][t]) != shape(refs[1][t]) for t in types):
            out.add(key[len("union "):-len("_sring_entry")])
    return out


def scalar_leaves(leaves, what):
    """The walker's leaves, all of them values: a ring slot holds no guest
    handle or pointer, and one that did would need the test extended."""
    for path, kind, _ in leaves:
        if kind not in ("u", "s", "b"):
            raise SystemExit(f"FAIL: {what}.{path}: a {kind!r} leaf in a ring slot; this test drives values only")
    return leaves


def frontend_program(em, plan, headers):
    """-m32: `produce FILE` writes the requests, `consume FILE` checks the responses."""
    L = ["#include <stdint.h>", "#include <stdio.h>", "#include <string.h>", "#include <stdlib.h>",
         "#include <fcntl.h>", "#include <sys/mman.h>", "#include <unistd.h>"] + BARRIERS + [
         '#include "xen/public/xen.h"']
    L += [f'#include "{include_name(h)}"' for h in headers]
    L += ["static int checks, failures;",
          "#define EXPECT(c, what) do { checks++; if (!(c)) { failures++; printf(\"FAIL %s\\n\", what); } } while (0)",
          "int main(int argc, char **argv)", "{",
          "    int fd, produce;", "    unsigned char *mem;", "    if (argc != 3) return 2;",
          "    produce = !strcmp(argv[1], \"produce\");",
          "    fd = open(argv[2], O_RDWR);", "    if (fd < 0) return 2;",
          f"    mem = mmap(NULL, {SPAN * len(plan)}, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);",
          "    if (mem == MAP_FAILED) return 2;"]
    for n, (name, req, rsp, reqs, rsps) in enumerate(plan):
        L += ["    {", f"        struct {name}_sring *s = (struct {name}_sring *)(mem + {n * SPAN});",
              f"        struct {name}_front_ring fr;", "        unsigned int k;", "        (void)k;",
              "        if (produce) {",
              "            SHARED_RING_INIT(s);",
              f"            s->req_prod = s->rsp_prod = {START}u;",
              f"            s->req_event = s->rsp_event = {START}u + 1;",
              "        }",
              f"        FRONT_RING_ATTACH(&fr, s, {START}u, {SPAN});",
              f'        EXPECT(RING_SIZE(&fr) >= {REQUESTS}, "{name}: the ring holds the requests");',
              "        if (produce) {"]
        for k, leaves in enumerate(reqs):
            L += ["            {", f"                {req} r;", "                memset(&r, 0, sizeof(r));"]
            L += fill_lines(leaves, "                ")
            L += ["                memcpy(RING_GET_REQUEST(&fr, fr.req_prod_pvt), &r, sizeof(r));",
                  "                fr.req_prod_pvt++;", "            }"]
        L += ["            RING_PUSH_REQUESTS(&fr);",
              f'            EXPECT(s->req_prod == (RING_IDX)({START}u + {REQUESTS}), "{name}: requests pushed '
              'across 2^32");',
              "        } else {",
              f'            EXPECT(s->rsp_prod == (RING_IDX)({START}u + {REQUESTS}), "{name}: every request '
              'answered");']
        for k, leaves in enumerate(rsps):
            L += ["            {", f"                {rsp} r;",
                  "                memcpy(&r, RING_GET_RESPONSE(&fr, fr.rsp_cons), sizeof(r));",
                  "                fr.rsp_cons++;"]
            for path, kind, v in leaves:
                L.append(f'                EXPECT(r.{path} == {c_lit(v, kind)}, "{name}: response {k}: {path}");')
            L += ["            }"]
        L += ["        }", "    }"]
    L += ['    printf("%d checks, %d failures\\n", checks, failures);', "    return failures != 0;", "}"]
    return "\n".join(L) + "\n"


def backend_program(em, plan, headers):
    L = ["#include <stdint.h>", "#include <stdio.h>", "#include <string.h>", "#include <fcntl.h>",
         "#include <sys/mman.h>", "#include <unistd.h>"] + BARRIERS + ['#include "xen/public/xen.h"']
    L += [f'#include "{include_name(h)}"' for h in headers]
    L += [f'#include "xen/compat/{h[len("abi/"):]}"' for h in headers]
    L += ["static int checks, failures;",
          "#define EXPECT(c, what) do { checks++; if (!(c)) { failures++; printf(\"FAIL %s\\n\", what); } } while (0)",
          ]
    main = ["int main(int argc, char **argv)", "{", "    int fd;", "    unsigned char *mem;",
            "    if (argc != 2) return 2;",
            "    fd = open(argv[1], O_RDWR);", "    if (fd < 0) return 2;",
            f"    mem = mmap(NULL, {SPAN * len(plan)}, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);",
            "    if (mem == MAP_FAILED) return 2;"]
    for n, (name, req, rsp, reqs, rsps) in enumerate(plan):
        rq, rs = em.m32.records[req], em.m32.records[rsp]
        # one function per ring: one huge function is slow to compile with ASan
        main.append(f"    ring_{n}(mem);")
        L += [f"static void ring_{n}(unsigned char *mem)", "{", "    int rc;", "    struct xenabi_xlat_ctx ctx;",
              "    memset(&ctx, 0, sizeof(ctx));",
              "    {", f"        struct compat_{name}_sring *s = (struct compat_{name}_sring *)(mem + {n * SPAN});",
              f"        struct compat_{name}_back_ring br;",
              f"        BACK_RING_ATTACH(&br, s, {START}u, {SPAN});",
              f'        EXPECT(RING_HAS_UNCONSUMED_REQUESTS(&br) == {REQUESTS}, "{name}: the frontend\'s requests '
              'are there");']
        for k, (ql, sl) in enumerate(zip(reqs, rsps)):
            L += ["        {", f"            {req} d;", f"            {rsp} a;",
                  f"            rc = xenabi_{name}_get_request(&br, br.req_cons, &d, &ctx);",
                  "            br.req_cons++;",
                  f'            EXPECT(rc == 0, "{name}: request {k} translates");']
            L += [x.replace("        ", "            ", 1) for x in
                  check_lines(em, rq, ql, "d.", f"{name}: request {k}", guard="rc == 0 && ")]
            L += ["            memset(&a, 0, sizeof(a));"]
            for path, kind, v in sl:
                L.append(f"            a.{native_of(em, rs, path)} = {c_lit(v, kind)};")
            L += [f"            rc = xenabi_{name}_put_response(&br, br.rsp_prod_pvt, &a, &ctx);",
                  f'            EXPECT(rc == 0, "{name}: response {k} translates");',
                  "            br.rsp_prod_pvt++;", "        }"]
        L += ["        RING_PUSH_RESPONSES(&br);", "    }", "}"]
    L += main + ['    printf("%d checks, %d failures\\n", checks, failures);', "    return failures != 0;", "}"]
    return "\n".join(L) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--generated", required=True)
    ap.add_argument("--seed", type=int)
    a = ap.parse_args()
    if shutil.which("gcc") is None:
        print("FAIL: gcc is not installed (the README installs it)")
        return 1
    seed = a.seed if a.seed is not None else random.SystemRandom().randrange(1, 1 << 32)
    print(f"seed {seed} (rerun with --seed {seed})")
    rng = random.Random(seed)
    desc = frontend.load(ROOT, profiles=["x86_32", "x86_64"])
    em = CompatEmitter(desc)
    plan = []
    for name, req, rsp in rings(em):
        rq, rs = em.m32.records[req], em.m32.records[rsp]
        reqs = [scalar_leaves(Walker(em, rng, bytearray(), []).run(rq)[0], f"{name} request")
                for _ in range(REQUESTS)]
        rsps = [scalar_leaves(Walker(em, rng, bytearray(), []).run(rs)[0], f"{name} response")
                for _ in range(REQUESTS)]
        plan.append((name, req, rsp, reqs, rsps))
    want = rings_that_differ(em.m32)
    if {p[0] for p in plan} != want:
        print(f"FAIL: the generator translates the rings {sorted(p[0] for p in plan)}; upstream's layouts say "
              f"the slots differ for {sorted(want)}")
        return 1
    if not plan:
        print("FAIL: no ring whose slots differ: nothing to test")
        return 1
    headers = sorted({em.m32.records[f"union {name}_sring_entry"].path for name, *_ in plan})
    gen = os.path.abspath(a.generated)
    inc = ["-I", os.path.join(gen, "include")]
    with tempfile.TemporaryDirectory(prefix="xenabi-ring-") as tmp:
        fe_src, be_src = os.path.join(tmp, "frontend32.c"), os.path.join(tmp, "backend64.c")
        with open(fe_src, "w") as fh:
            fh.write(frontend_program(em, plan, headers))
        with open(be_src, "w") as fh:
            fh.write(backend_program(em, plan, headers))
        fe, be = fe_src[:-2], be_src[:-2]
        run(["gcc", "-m32", "-std=gnu11", "-O1", "-Wall", "-Werror", "-Wno-unused-variable", "-D__XEN_TOOLS__"]
            + inc + ["-o", fe, fe_src])
        run(["gcc", "-m64", "-std=gnu11", "-O0", "-Wall", "-Werror", "-Wno-unused-variable",
             "-D__XEN_TOOLS__", "-fsanitize=address,undefined", "-fno-sanitize-recover=all",
             "-I", os.path.join(gen, "compat", "include"), "-I", os.path.join(ROOT, "compat", "runtime")]
            + inc + ["-o", be, be_src])
        # the README's example backend compiles against the generated API
        run(["gcc", "-m64", "-std=gnu11", "-Wall", "-Wextra", "-Werror", "-D__XEN_TOOLS__", "-c",
             "-I", os.path.join(gen, "compat", "include"), "-I", os.path.join(ROOT, "compat", "runtime")]
            + inc + ["-o", os.path.join(tmp, "ring_backend.o"), os.path.join(ROOT, "compat", "examples",
                                                                          "ring_backend.c")])
        print("compat/examples/ring_backend.c compiles against the generated API")
        shm = os.path.join(tmp, "rings")
        with open(shm, "wb") as fh:
            fh.write(b"\0" * (SPAN * len(plan)))
        outs = [run([fe, "produce", shm]), run([be, shm]), run([fe, "consume", shm])]
    # what each run must have checked: counted from the programs written above
    want = [len(plan) * 2,
            sum(1 + REQUESTS * 2 + sum(sum(1 for x in check_lines(em, em.m32.records[req], ql, "d.", "")
                                           if "EXPECT(" in x) for ql in reqs)
                for name, req, rsp, reqs, rsps in plan),
            sum(2 + sum(len(sl) for sl in rsps) for name, req, rsp, reqs, rsps in plan)]
    failed = 0
    for label, out, n in zip(("frontend (requests)", "backend", "frontend (responses)"), outs, want):
        sys.stdout.write("".join(line + "\n" for line in out.splitlines() if line.startswith("FAIL")))
        last = out.strip().splitlines()[-1]
        got = [int(w) for w in last.split() if w.isdigit()]
        if got != [n, 0]:
            print(f"FAIL {label}: '{last}', expected {n} checks and 0 failures")
            failed += 1
    print(f"{len(plan)} rings ({', '.join(p[0] for p in plan)}), {REQUESTS} requests and responses each, "
          f"indexes wrapping 2^32; {sum(want)} checks: {'FAIL' if failed else 'PASS'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
