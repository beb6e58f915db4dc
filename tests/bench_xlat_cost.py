#!/usr/bin/env python3
"""Benchmark: instructions per call of the project's translators
(xlat_<name>_from_compat / _to_compat, compat/include/xen/compat) against
the upstream-form XLAT_<name> macros (compat/xen/compat/xlat.h, the form
Xen's own pipeline generates and Xen's code calls), for every record both
translate, measured with valgrind's callgrind.

Inputs are all-zero structures (counts 0, so no array is walked), as in
issue 10's measurement.  Each translation runs inside its own noinline
wrapper, called N times; callgrind's inclusive cost of the wrapper divided
by N is the figure (the wrapper's call and return are in both columns).
XLAT_'s guest-handle hooks convert the handle (as Xen's do: the 32-bit
guest address into the native handle, or back), and its unions take their
first arm;
the project's translators take the arm the zero selector names, and a
record whose zero input they refuse (an invalid selector) is listed as not
measured, never as cheap.

    tests/bench_xlat_cost.py --generated build/generated [--calls N] [--json FILE]

Target (issue 10): at most 1.2 times XLAT_'s instructions in each direction.
The exit status is 0 when everything was measured, whatever the ratios.
"""
import argparse
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "gen"))
from xenabi import frontend  # noqa: E402
from xenabi.emit_compat import CompatEmitter  # noqa: E402
from xenabi.emit_header import include_name  # noqa: E402
from xenabi.naming import cname  # noqa: E402
from xenabi.emit_xen import XenCompat  # noqa: E402
from xenabi.naming import tag_name  # noqa: E402
from xenabi.xenbuild import COMPAT_HEADERS  # noqa: E402
sys.path.insert(0, HERE)
from xen_compat_consumer import hooks_of, xen_includes, xlat_bodies, xlat_use  # noqa: E402

XEN_FLAGS = ["-m64", "-std=gnu99", "-O2", "-ffreestanding", "-nostdinc", "-fno-builtin", "-D__XEN__", "-w"]


def plan(generated):
    desc = frontend.load(ROOT, profiles=["x86_32", "x86_64"])
    em, xc = CompatEmitter(desc), XenCompat(desc)
    xc.xlat_header()            # fills xc.hook_paths
    with open(os.path.join(generated, "compat/xen/compat/xlat.h"), encoding="utf-8") as fh:
        xlat = fh.read()
    bodies = xlat_bodies(xlat)
    pairs = []
    for path in COMPAT_HEADERS:
        if path not in desc.sources:
            continue
        for rec in xc.records(path):
            if rec.key in em.translated and tag_name(rec.key) in bodies:
                pairs.append((rec, path))
    return em, xc, bodies, pairs


def project_program(em, pairs, calls):
    paths = sorted({p for _, p in pairs})
    out = ["#include <stdint.h>", "#include <stdio.h>", "#include <string.h>", '#include "xen/public/xen.h"']
    out += [f'#include "{include_name(p)}"' for p in paths]
    out += [f'#include "xen/compat/{p[len("abi/"):]}"' for p in paths]
    out += ["static unsigned char scratch[65536];",
            "static int from_guest(void *o, void *d, uint64_t a, size_t n) { (void)o; (void)a; memset(d, 0, n); return 0; }",
            "static int to_guest(void *o, uint64_t a, const void *s, size_t n) { (void)o; (void)a; (void)s; (void)n; return 0; }"]
    main = ["int main(void)", "{", "    static struct xenabi_xlat_ctx ctx;", "    long i;", "    int rc;",
            "    ctx.copy_from_guest = from_guest;", "    ctx.copy_to_guest = to_guest;",
            "    ctx.scratch = scratch;", "    ctx.scratch_size = sizeof(scratch);"]
    for n, (rec, _) in enumerate(pairs):
        nat, cmp_ = rec.key, em.compat_spelling(rec.key)
        fn = cname(rec.key)
        out += [f"__attribute__((noinline)) int p_from_{n}({nat} *d, const {cmp_} *c, struct xenabi_xlat_ctx *x)",
                f"{{ return xlat_{fn}_from_compat(d, c, x); }}",
                f"__attribute__((noinline)) int p_to_{n}({cmp_} *c, const {nat} *d, struct xenabi_xlat_ctx *x)",
                f"{{ return xlat_{fn}_to_compat(c, d, x); }}"]
        main += ["    {", f"        static {nat} d; static {cmp_} c;",
                 "        ctx.nr_arrays = 0; ctx.scratch_used = 0;",
                 f"        rc = p_from_{n}(&d, &c, &ctx);",
                 f'        if (rc != 0) printf("reject {n} from %d\\n", rc);',
                 f"        for (i = 0; i < {calls} && rc == 0; i++) {{",
                 "            ctx.nr_arrays = 0; ctx.scratch_used = 0;",
                 f"            p_from_{n}(&d, &c, &ctx);", "        }",
                 "        ctx.nr_arrays = 0; ctx.scratch_used = 0;",
                 f"        rc = p_to_{n}(&c, &d, &ctx);",
                 f'        if (rc != 0) printf("reject {n} to %d\\n", rc);',
                 f"        for (i = 0; i < {calls} && rc == 0; i++)",
                 f"            p_to_{n}(&c, &d, &ctx);", "    }"]
    return "\n".join(out + main + ["    return 0;", "}"]) + "\n"


def upstream_form_program(xc, bodies, pairs, calls):
    out = xen_includes()
    main = ["int main(void)", "{", "    long i;"]
    for n, (rec, _) in enumerate(pairs):
        name = tag_name(rec.key)
        kind = rec.kind
        enums = []
        xc._enums(rec, name, [], enums)
        hooks = sorted(hooks_of(bodies, name))
        for direction, (dt, st, d, s) in (("from", (rec.key, f"{kind} compat_{name}", "nat", "cmp")),
                                          ("to", (f"{kind} compat_{name}", rec.key, "cmp", "nat"))):
            out.append(f"__attribute__((noinline)) void u_{direction}_{n}({dt} *{d}, const {st} *{s})")
            out.append("{")
            # what Xen's hooks do: convert the handle (a 32-bit guest address
            # one way, the native handle's pointer the other)
            out += xlat_use(enums, name, hooks, [f"XLAT_{name}({d}, {s});"],
                            lambda h, direction=direction: (
                                f"(_d_)->{xc.hook_paths[h]}.p = (void *)(uintptr_t)(_s_)->{xc.hook_paths[h]}.c;"
                                if direction == "from" else
                                f"(_d_)->{xc.hook_paths[h]}.c = (uint32_t)(uintptr_t)(_s_)->{xc.hook_paths[h]}.p;"))
            out.append("}")
        main += ["    {", f"        static {rec.key} nat; static {kind} compat_{name} cmp;",
                 f"        for (i = 0; i < {calls}; i++) u_from_{n}(&nat, &cmp);",
                 f"        for (i = 0; i < {calls}; i++) u_to_{n}(&cmp, &nat);", "    }"]
    return "\n".join(out + main + ["    return 0;", "}"]) + "\n"


def inclusive_costs(exe, tmp, tag):
    """{function: inclusive Ir} of one run under callgrind."""
    out = os.path.join(tmp, f"{tag}.cg")
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", exe],
                   capture_output=True, check=True)
    r = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", out],
                       capture_output=True, text=True, check=True)
    costs = {}
    for line in r.stdout.splitlines():
        m = re.match(r"\s*([\d,]+)\s+\([^)]*\)\s+\S*:(\w+)\b", line) or \
            re.match(r"\s*([\d,]+)\s+\S*:(\w+)\b", line)
        if m:
            costs[m.group(2)] = int(m.group(1).replace(",", ""))
    return costs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--generated", required=True, help="generator output (build/generated after tests/run.sh)")
    ap.add_argument("--calls", type=int, default=1000)
    ap.add_argument("--json", help="also write the figures here")
    a = ap.parse_args()
    for tool in ("gcc", "valgrind", "callgrind_annotate"):
        if shutil.which(tool) is None:
            print(f"FAIL: {tool} is not installed (tests/run.sh installs it)")
            return 1
    em, xc, bodies, pairs = plan(a.generated)
    gen = os.path.abspath(a.generated)
    with tempfile.TemporaryDirectory(prefix="xenabi-xlatcost-") as tmp:
        os.symlink(os.path.join(gen, "include/xen/public"), os.path.join(tmp, "public"))
        os.symlink(os.path.join(gen, "compat/xen/compat"), os.path.join(tmp, "compat"))
        p_src, u_src = os.path.join(tmp, "project.c"), os.path.join(tmp, "upstream_form.c")
        with open(p_src, "w") as fh:
            fh.write(project_program(em, pairs, a.calls))
        with open(u_src, "w") as fh:
            fh.write(upstream_form_program(xc, bodies, pairs, a.calls))
        p_exe, u_exe = p_src[:-2], u_src[:-2]
        subprocess.run(["gcc", "-m64", "-std=gnu11", "-O2", "-w", "-D__XEN_TOOLS__",
                        "-I", os.path.join(gen, "include"), "-I", os.path.join(gen, "compat/include"),
                        "-I", os.path.join(ROOT, "compat/runtime"), "-o", p_exe, p_src], check=True)
        r = subprocess.run(["gcc"] + XEN_FLAGS + ["-I", os.path.join(HERE, "xen_consumer"), "-I", tmp,
                                                  "-c", "-o", u_exe + ".o", u_src], capture_output=True, text=True)
        if r.returncode != 0:
            print(r.stderr[-3000:])
            print("FAIL: the XLAT_ program does not compile")
            return 1
        subprocess.run(["gcc", "-m64", "-o", u_exe, u_exe + ".o"], check=True)
        rejects = subprocess.run([p_exe], capture_output=True, text=True, check=True).stdout.split("\n")
        rejected = {(int(w[1]), w[2]) for w in (x.split() for x in rejects) if len(w) == 4 and w[0] == "reject"}
        pc, uc = inclusive_costs(p_exe, tmp, "project"), inclusive_costs(u_exe, tmp, "upstream")
    rows, ratios, within = [], [], 0
    print(f"{'record':<40}{'dir':>5}{'xenabi Ir':>11}{'XLAT_ Ir':>10}{'ratio':>8}")
    for n, (rec, _) in enumerate(pairs):
        for direction in ("from", "to"):
            name = f"{rec.key} ({tag_name(rec.key)})"
            if (n, direction) in rejected:
                print(f"{name:<40}{direction:>5}{'-':>11}{'-':>10}{'':>8}   not measured: the zero input is refused")
                rows.append({"record": rec.key, "direction": direction, "measured": False})
                continue
            p = pc.get(f"p_{direction}_{n}", 0) / a.calls
            u = uc.get(f"u_{direction}_{n}", 0) / a.calls
            if p == 0 or u == 0:
                print(f"FAIL: no callgrind figure for {rec.key} {direction}")
                return 1
            ratio = p / u
            ratios.append(ratio)
            within += ratio <= 1.2
            rows.append({"record": rec.key, "direction": direction, "measured": True,
                         "xenabi_ir": round(p, 1), "xlat_ir": round(u, 1), "ratio": round(ratio, 2)})
            print(f"{name:<40}{direction:>5}{p:>11.0f}{u:>10.0f}{ratio:>8.2f}")
    geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios)) if ratios else 0
    print(f"{len(ratios)} (record, direction) pairs measured, {len(rows) - len(ratios)} not; "
          f"{within} within 1.2x of XLAT_; geometric mean ratio {geo:.2f}; worst {max(ratios):.2f}")
    if a.json:
        with open(a.json, "w") as fh:
            json.dump({"calls": a.calls, "rows": rows, "geometric_mean": round(geo, 3)}, fh, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
