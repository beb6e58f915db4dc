#!/usr/bin/env python3
"""Benchmark: what a generated translator costs, next to a memcpy of the same
guest bytes.  For representative records: ns/op (gcc -O2, best of 5 runs of
a timed loop) and instructions/op (valgrind --tool=callgrind, difference
between two iteration counts, so start-up is not counted).  Records whose
layouts are identical have no translator at all (CHECK_ only): zero cost.

Usage: bench_compat.py --generated DIR   (after tests/run.sh, DIR is build/generated)
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RECORDS = [("xen_memory_reservation", "memory.h"), ("mmuext_op", "xen.h"), ("multicall_entry", "xen.h"),
           ("gnttab_copy", "grant_table.h"), ("start_info", "xen.h"), ("cpu_user_regs", "xen.h"),
           ("evtchn_send", "event_channel.h")]

SOURCE = r"""
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "xen/public/xen.h"
#include "xen/compat/xen.h"
#include "xen/compat/memory.h"
#include "xen/compat/grant_table.h"
#include "xen/compat/event_channel.h"

static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec * 1e9 + t.tv_nsec; }
#define SINK(p) __asm__ volatile("" : : "r"(p) : "memory")

int main(int argc, char **argv)
{
    long n = atol(argv[2]);
    const char *which = argv[1];
    long i;
    double t0;
    struct xenabi_xlat_ctx ctx;
    memset(&ctx, 0, sizeof(ctx));
%(cases)s
    return 1;
}
"""

CASE = r"""
    if (!strcmp(which, "%(name)s") || !strcmp(which, "%(name)s/memcpy")) {
        static compat_%(name)s_t c, back;
        static struct %(name)s d;
        int copy = strchr(which, '/') != NULL;
        memset(&c, 0, sizeof(c));
        %(init)s
        t0 = now();
        for (i = 0; i < n; i++) {
            SINK(&c);
            if (copy) {
                memcpy(&back, &c, sizeof(c));
            } else {
                ctx.nr_arrays = 0;
                if (xlat_%(name)s_from_compat(&d, &c, &ctx) < 0 || xlat_%(name)s_to_compat(&back, &d, &ctx) < 0)
                    return 2;
            }
            SINK(&back);
        }
        printf("%%.2f\n", (now() - t0) / n);
        return 0;
    }
"""

INIT = {"mmuext_op": "c.cmd = MMUEXT_PIN_L1_TABLE;", "gnttab_copy": "c.flags = GNTCOPY_source_gref;"}


def callgrind_ir(exe, which, n):
    with tempfile.NamedTemporaryFile(suffix=".cg") as out:
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out.name}", exe, which, str(n)],
                       capture_output=True, check=True)
        text = open(out.name).read()
    return int(re.search(r"^summary:\s+(\d+)", text, re.M).group(1))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--generated", required=True)
    a = ap.parse_args()
    cases = []
    for name, _ in RECORDS:
        if name == "evtchn_send":
            continue
        cases.append(CASE % {"name": name, "init": INIT.get(name, "")})
    with tempfile.TemporaryDirectory() as tmp:
        src, exe = os.path.join(tmp, "bench.c"), os.path.join(tmp, "bench")
        with open(src, "w") as fh:
            fh.write(SOURCE % {"cases": "".join(cases)})
        subprocess.run(["gcc", "-O2", "-std=gnu11", "-D__XEN_TOOLS__", "-I", os.path.join(a.generated, "include"),
                        "-I", os.path.join(a.generated, "compat", "include"),
                        "-I", os.path.join(ROOT, "compat", "runtime"), "-o", exe, src], check=True)
        have_vg = shutil.which("valgrind") is not None
        print(f"{'record':<26}{'guest bytes':>12}{'xlat ns/op':>12}{'memcpy ns/op':>14}"
              f"{'xlat Ir/op':>12}{'memcpy Ir/op':>14}")
        for name, header in RECORDS:
            if name == "evtchn_send":
                print(f"{'evtchn_send (identical)':<26}{'':>12}{'0':>12}{'-':>14}{'0':>12}{'-':>14}"
                      "   CHECK_ only: no code runs")
                continue
            subprocess.run(["gcc", "-m32", "-x", "c", "-std=gnu11", "-D__XEN_TOOLS__", "-I",
                                   os.path.join(a.generated, "include"), "-o", os.path.join(tmp, "sz"), "-"],
                                  input=f'#include <stdint.h>\n#include <stdio.h>\n#include "xen/public/xen.h"\n'
                                        f'#include "xen/public/{header}"\nint main(void){{printf("%zu", '
                                        f'sizeof(struct {name}));return 0;}}\n', text=True, capture_output=True)
            nbytes = subprocess.run([os.path.join(tmp, "sz")], capture_output=True, text=True).stdout
            res = {}
            for variant in (name, name + "/memcpy"):
                runs = [float(subprocess.run([exe, variant, "2000000"], capture_output=True, text=True,
                                             check=True).stdout) for _ in range(5)]
                ir = None
                if have_vg:
                    ir = (callgrind_ir(exe, variant, 20000) - callgrind_ir(exe, variant, 10000)) / 10000
                res[variant] = (min(runs), ir)
            (xn, xi), (mn, mi) = res[name], res[name + "/memcpy"]
            print(f"{name:<26}{nbytes:>12}{xn:>12.1f}{mn:>14.1f}"
                  f"{(f'{xi:.0f}' if xi is not None else '-'):>12}{(f'{mi:.0f}' if mi is not None else '-'):>14}")
        print("xlat = from_compat then to_compat (both directions); memcpy = one copy of the guest bytes")


if __name__ == "__main__":
    sys.exit(main())
