#!/usr/bin/env python3
"""The generated Linux driver headers (include/xen/linux/) against
linux-libc-dev's own (/usr/include/xen/{privcmd,gntdev,gntalloc,evtchn}.h).

For x86_64 (-m64) and x86_32 (-m32), two programs print the size and
alignment of every described record, the offset and size of every member
(nested ones included) and the value of every ioctl number: one compiled
against Linux's headers (with the kernel's _IOC from <sys/ioctl.h>), one
against the generated ones (with their own _IOC fallback).  The outputs must
be identical, line for line.

Usage: linux_uapi.py --generated DIR      exit 1 also if gcc or the headers are missing
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "gen"))
from xenabi import frontend  # noqa: E402
from xenabi.layout import Layouter, named_members  # noqa: E402

FILES = ("privcmd", "gntdev", "gntalloc", "evtchn")


def probe_source(mod, desc):
    """C statements printing the facts of every record and ioctl of the linux/ files."""
    lay = Layouter.for_module(mod)
    out = []
    for key, rec in mod.records.items():
        if not rec.path.startswith("abi/linux/") or rec.key is None:
            continue
        out.append(f'    printf("{key} size %zu align %zu\\n", sizeof({key}), (size_t)__alignof__({key}));')
        for path, _, fl in named_members(lay.record(rec)):
            out.append(f'    printf("{key}.{path} at %zu size %zu\\n", offsetof({key}, {path}), '
                       f'sizeof((({key} *)0)->{path}));')
    for f in FILES:
        for io in desc.sources[f"abi/linux/{f}.h"].ioctls:
            out.append(f'    printf("{io.name} = %#lx\\n", (unsigned long){io.name});')
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--generated", required=True)
    ap.add_argument("--linux-interface", default=os.path.join(HERE, "linux_uapi"),
                    help="the folder holding xen/interface/ for Linux's own headers (default: the test shim; "
                         "a Linux-style export's include/ puts the generated public headers there)")
    ap.add_argument("--ours", default=None, help="the folder holding the generated driver headers and the "
                                                 "prefix to include them by, FOLDER:PREFIX (default: "
                                                 "GENERATED/include:xen/linux)")
    a = ap.parse_args()
    ours_dir, ours_prefix = (a.ours.rsplit(":", 1) if a.ours
                             else (os.path.join(a.generated, "include"), "xen/linux"))
    if not shutil.which("gcc") or not all(os.path.exists(f"/usr/include/xen/{f}.h") for f in FILES):
        print("FAIL: gcc or linux-libc-dev's /usr/include/xen headers missing")
        return 1
    desc = frontend.load(ROOT, profiles=["x86_32", "x86_64"])
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for profile, flag in (("x86_64", "-m64"), ("x86_32", "-m32")):
            body = probe_source(desc.modules[profile], desc)
            linux = ["#include <stdio.h>", "#include <stddef.h>", "#include <stdint.h>", "#include <sys/ioctl.h>",
                     "#include <linux/types.h>", "#include <xen/interface/xen.h>"]
            if os.path.exists(os.path.join(a.linux_interface, "xen", "interface", "grant_table.h")):
                linux.append("#include <xen/interface/grant_table.h>")    # the kernel's home of grant_ref_t
            # Linux's own driver headers, by full path: the -I folder also has xen/
            linux += [f'#include "/usr/include/xen/{f}.h"' for f in FILES]
            ours = ["#include <stdio.h>", "#include <stddef.h>", "#include <stdint.h>"]
            ours += [f'#include "{ours_prefix}/{f}.h"' for f in FILES]
            outputs = []
            for name, includes, inc in (("linux", linux, ["-I", a.linux_interface]),
                                        ("generated", ours, ["-I", ours_dir])):
                src = os.path.join(tmp, f"{name}_{profile}.c")
                exe = src[:-2]
                with open(src, "w") as fh:
                    fh.write("\n".join(includes) + "\nint main(void)\n{\n" + body + "\n    return 0;\n}\n")
                r = subprocess.run(["gcc", flag, "-std=gnu11", "-Wall", "-Werror"] + inc + ["-o", exe, src],
                                   capture_output=True, text=True)
                if r.returncode != 0:
                    print(f"FAIL: {name} {profile} does not compile:\n{r.stderr[-3000:]}")
                    return 1
                outputs.append(subprocess.run([exe], capture_output=True, text=True, check=True).stdout.splitlines())
            theirs, ours_out = outputs
            diffs = [(t, o) for t, o in zip(theirs, ours_out) if t != o]
            if len(theirs) != len(ours_out):
                diffs.append((f"{len(theirs)} lines", f"{len(ours_out)} lines"))
            for t, o in diffs:
                print(f"DIFFER {profile}: linux-libc-dev '{t}'  generated '{o}'")
            failures += len(diffs)
            records = sum(1 for line in theirs if " align " in line)
            ioctls = sum(1 for line in theirs if line.startswith("IOCTL_"))
            print(f"{profile}: {records} records, {len(theirs) - records - ioctls} members, {ioctls} ioctl numbers: "
                  f"{len(theirs) - len(diffs)} of {len(theirs)} facts identical")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
