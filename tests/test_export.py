#!/usr/bin/env python3
"""xenabi export: every style, its manifest, and what a later export sees.

For each style (upstream, linux, minios, freebsd): the export writes the
public headers where the style keeps them, its manifest lists every file
with the SHA-256 of what is there, and every header compiles in place (one
unit of all of them, x86_64, tools view, gcc -Wall -Werror).  Then, on the
upstream export: a file changed by hand stops the next export (exit 1,
naming it) and shows in --status; --force overwrites it; a file the
consumer added is left alone; an export pinned to 0x00040400 removes the
headers a guest cannot use there, unchanged ones only.  The Linux export
is in the kernel's spellings (records by tag, Linux's handle macros), and
every profile's layout assertions hold over it.  Last, the Linux export
stands in for the kernel's include/xen/interface under
linux-libc-dev's own driver headers, and their layouts and ioctl numbers
equal those of the exported include/uapi/xen headers (tests/linux_uapi.py).
"""
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "gen"))
from xenabi import export  # noqa: E402
from xenabi.export import MANIFEST, STYLES  # noqa: E402
from xenabi.profiles import PROFILES  # noqa: E402
from compile_matrix import compiler_cmd  # noqa: E402

ENV = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "gen"))
# the header whose #error refuses the tools view (its description says `view guest`)
GUEST_ONLY = ("dom0_ops.h",)


def xenabi(*args):
    return subprocess.run([sys.executable, "-m", "xenabi", "--root", ROOT, "export", *args],
                          capture_output=True, text=True, env=ENV)


def linux_spellings(tmp, expect):
    """The Linux export names records by their tags and handles with
    Linux's macros: no renamed typedef and no upstream handle macro outside
    the machinery's own definitions; and the generator's layout assertions
    of every profile (every record's size, alignment and member offsets),
    in the same spellings, hold over it for each profile's target."""
    iface = os.path.join(tmp, "linux", "include", "xen", "interface")
    texts = {}
    for base, _, fs in os.walk(iface):
        for f in fs:
            if f.endswith(".h"):
                with open(os.path.join(base, f)) as fh:
                    texts[os.path.relpath(os.path.join(base, f), iface)] = fh.read()
    # the renames, from the generated (upstream-spelled) headers
    public = os.path.join(ROOT, "include", "xen", "public")
    renames = export.linux_renames([open(os.path.join(public, p)).read() for p in texts
                                    if os.path.exists(os.path.join(public, p))])
    left, upstream_macros, linux_macros = [], [], 0
    for p, t in texts.items():
        left += [f"{p}: {m.group(0).strip()}" for m in re.finditer(r"^typedef (struct|union) \w+ (\w+);", t, re.M)
                 if m.group(2) in renames]
        logical = re.sub(r"\\\n", " ", t).split("\n")
        upstream_macros += [f"{p}: {line.strip()}" for line in logical
                            if re.search(r"\b(DEFINE_XEN_GUEST_HANDLE|XEN_GUEST_HANDLE(_64|_PARAM)?)\(\w+\)", line)
                            and not re.match(r"\s*#\s*define\s+\w*GUEST_HANDLE", line)]
        linux_macros += len(re.findall(r"\b(DEFINE_GUEST_HANDLE_STRUCT|GUEST_HANDLE)\(", t))
    expect(len(renames) >= 200, f"linux: only {len(renames)} record typedefs to rename")
    expect(not left, f"linux: record typedefs left: {left[:5]}")
    expect(not upstream_macros, f"linux: upstream's handle macros left: {upstream_macros[:5]}")
    ok = []
    for profile in PROFILES:
        lay = os.path.join(tmp, f"linux-layout-{profile}")
        os.makedirs(os.path.join(lay, "xen", "layout"))
        os.symlink(iface, os.path.join(lay, "xen", "public"))
        os.symlink(os.path.join(tmp, "linux", "include", "uapi", "xen"), os.path.join(lay, "xen", "linux"))
        with open(os.path.join(ROOT, "include", "xen", "layout", f"{profile}.h")) as fh:
            asserts = export.linux_spellings(fh.read(), renames)
        with open(os.path.join(lay, "xen", "layout", f"{profile}.h"), "w") as fh:
            fh.write(asserts)
        # the compile matrix's command for the profile (its own freestanding headers only)
        cmd = compiler_cmd(profile, "gcc" if PROFILES[profile].family == "x86" else "clang")
        src = f'#include <stdint.h>\n#include "xen/layout/{profile}.h"\nint xenabi_unit;\n'
        r = subprocess.run([*cmd, "-fsyntax-only",
                            "-x", "c", "-std=gnu11", "-Wall", "-Werror", "-D__XEN_TOOLS__", "-I", lay,
                            "-I", os.path.join(tmp, "linux", "include"), "-"],
                           input=src, capture_output=True, text=True)
        n = asserts.count("XENABI_ASSERT(")
        if expect(r.returncode == 0 and n > 1000,
                  f"linux: {profile}'s layout assertions ({n}) fail over the Linux spellings:\n{r.stderr[-1500:]}"):
            ok.append(f"{profile} {n}")
    print(f"linux: {len(renames)} record typedefs written as their records, {linux_macros} handles with Linux's "
          f"macros, none of upstream's left; the layout assertions hold over it: {', '.join(ok)}")


def main():
    problems = []

    def expect(cond, what):
        if not cond:
            problems.append(what)
        return cond
    with tempfile.TemporaryDirectory(prefix="xenabi-export-") as tmp:
        for style, where in STYLES.items():
            dest = os.path.join(tmp, style)
            r = xenabi(dest, "--style", style)
            if not expect(r.returncode == 0, f"{style}: export failed:\n{r.stdout}{r.stderr}"):
                continue
            root = os.path.join(dest, where["public"])
            with open(os.path.join(root, MANIFEST)) as fh:
                man = json.load(fh)
            bad = [p for p, digest in man["files"].items()
                   if hashlib.sha256(open(os.path.join(dest, p), "rb").read()).hexdigest() != digest]
            expect(not bad, f"{style}: manifest digests differ from the files: {bad[:5]}")
            expect(man["style"] == style and man["interface_version"] is None,
                   f"{style}: manifest says {man['style']}, {man['interface_version']}")
            # every public header but the arch ones (xen.h includes the right
            # one) and those that refuse the tools view by design
            headers = sorted(p for p in man["files"] if p.startswith(where["public"] + "/") and
                             not p[len(where["public"]) + 1:].startswith("arch-") and
                             p[len(where["public"]) + 1:] not in GUEST_ONLY)
            expect(len(headers) >= 59, f"{style}: only {len(headers)} public headers")
            unit = "#include <stdint.h>\n" + "".join(f'#include "{p}"\n' for p in sorted(
                headers, key=lambda p: not p.endswith("/xen.h")))
            r = subprocess.run(["gcc", "-m64", "-fsyntax-only", "-std=gnu11", "-Wall", "-Werror", "-D__XEN_TOOLS__",
                                "-ffreestanding", "-nostdinc", "-isystem",
                                subprocess.run(["gcc", "-print-file-name=include"], capture_output=True,
                                               text=True).stdout.strip(),
                                "-I", dest, "-x", "c", "-"], input=unit, capture_output=True, text=True)
            expect(r.returncode == 0, f"{style}: the exported headers do not compile in place:\n{r.stderr[-1500:]}")
            print(f"{style}: {len(man['files'])} files under {where['public']}"
                  f"{' and ' + where['linux'] if where['linux'] else ''}; manifest checked; {len(headers)} "
                  "headers compile in place")

        # a later export of the upstream tree
        dest = os.path.join(tmp, "upstream")
        mine = os.path.join(dest, "xen/include/public/memory.h")
        own = os.path.join(dest, "xen/include/public/local-notes.h")
        with open(mine, "a") as fh:
            fh.write("/* a local change */\n")
        with open(own, "w") as fh:
            fh.write("/* the consumer's own file */\n")
        r = xenabi(dest, "--style", "upstream")
        expect(r.returncode == 1 and "changed locally: xen/include/public/memory.h" in r.stderr,
               f"a local change did not stop the export: {r.returncode}\n{r.stdout}{r.stderr}")
        expect(open(mine).read().endswith("/* a local change */\n"), "the refused export overwrote the change")
        r = xenabi(dest, "--style", "upstream", "--status")
        expect(r.returncode == 1 and "changed locally: xen/include/public/memory.h" in r.stdout,
               f"--status does not show the local change:\n{r.stdout}{r.stderr}")
        r = xenabi(dest, "--style", "upstream", "--force")
        expect(r.returncode == 0 and "overwritten (was changed locally): xen/include/public/memory.h" in r.stdout,
               f"--force did not overwrite:\n{r.stdout}{r.stderr}")
        expect("a local change" not in open(mine).read(), "--force left the local change")
        r = xenabi(dest, "--style", "upstream", "--status")
        expect(r.returncode == 0, f"--status after --force:\n{r.stdout}{r.stderr}")
        r = xenabi(dest, "--style", "upstream", "--interface-version", "0x00040400")
        gone = [p for p in ("dom0_ops.h", "domctl.h", "sysctl.h")
                if os.path.exists(os.path.join(dest, "xen/include/public", p))]
        expect(r.returncode == 0 and not gone, f"the pinned export left {gone}:\n{r.stdout}{r.stderr}")
        expect(os.path.exists(own), "the export removed the consumer's own file")
        with open(os.path.join(dest, "xen/include/public", MANIFEST)) as fh:
            expect(json.load(fh)["interface_version"] == "0x00040400", "the pinned export's manifest")
        r = xenabi(dest, "--style", "minios", "--status")
        expect(r.returncode == 1 and "no minios-style export" in r.stdout, "--status of a style not exported")
        print("later exports: a local change stops the export and shows in --status, --force overwrites it, "
              "the consumer's own file stays, a pinned export removes what a guest cannot use")

        # Linux's spellings, and every layout unchanged by them
        linux_spellings(tmp, expect)

        # Linux: the export in place of the kernel's include/xen/interface
        inc = os.path.join(tmp, "linux", "include")
        r = subprocess.run([sys.executable, os.path.join(HERE, "linux_uapi.py"), "--generated", tmp,
                            "--linux-interface", inc, "--ours", f"{inc}:uapi/xen"], capture_output=True, text=True)
        print("linux: linux-libc-dev's driver headers over the exported include/xen/interface, against the "
              "exported include/uapi/xen:")
        print("  " + r.stdout.strip().replace("\n", "\n  "))
        expect(r.returncode == 0, f"linux: layouts differ or do not compile:\n{r.stdout}{r.stderr[-2000:]}")
    for p in problems:
        print(f"FAIL: {p}")
    print("FAIL" if problems else "OK: every export style, its manifest and later exports")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
