#!/usr/bin/env python3
"""Compile every CHECK_ and XLAT_ of compat/xen/compat/xlat.h the way Xen's
callers use them, under Xen's compiler flags, with gcc and clang.

CI has no Xen tree, so a small stand-in for the hypervisor's <xen/compat.h>
(tests/xen_consumer/xen/compat.h) provides the handle types and Xen's own
field-check macros.  The program includes every public header and its compat
header, then, for each record:
- CHECK_<name>, at file scope, with `xen_<name>` defined to the native tag
  when the native record has no xen_ prefix, and every CHECK_ it delegates to
  (a member declared `struct X`) that xlat.h does not define (X is
  translated) defined as Xen's callers do.  Every CHECK_ is expanded on its
  own and again inside each enclosing record's (hvm.c does that with
  hvm_altp2m_op and hvm_altp2m_set_mem_access_multi), which must compile;
- Xen's own CHECK_FIELD_ on a member of a checked record, as mce.c does,
  once per record;
- XLAT_<name>(nat, cmp) and XLAT_<name>(cmp, nat) inside a function, with the
  union selector variables its enums name and a hook for every handle.
A CHECK_ whose layouts disagree fails a static assertion; an XLAT_ that names
a member, a union arm, a hook or a nested XLAT_ that does not exist does not
compile.  Then the project's own translators (compat/include/xen/compat and
the runtime) are compiled the same way: __XEN__, -nostdinc, with stand-ins
for Xen's <xen/types.h>, <xen/string.h> and <xen/bug.h>.  A missing compiler fails the test.

    tests/xen_compat_consumer.py [--root ROOT] [--generated DIR]
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

# Xen's own C flags for the hypervisor (x86_64), minus code generation ones
XEN_FLAGS = ["-m64", "-std=gnu99", "-Wall", "-Werror", "-Wstrict-prototypes", "-Wdeclaration-after-statement",
             "-Wredundant-decls", "-Wno-unused-local-typedefs", "-Wno-pointer-arith", "-fno-common",
             "-fno-strict-aliasing", "-ffreestanding", "-nostdinc", "-fno-builtin", "-D__XEN__", "-O1"]


def xen_includes():
    """As Xen's files do: each public header, then its compat header; then
    compat/xlat.h."""
    from xenabi.xenbuild import COMPAT_HEADERS
    out = ["#include <xen/compat.h>"]
    for path in COMPAT_HEADERS:
        rel = path[len("abi/"):]
        if rel not in ("arch-x86_32.h", "arch-x86/xen-x86_32.h", "arch-x86/xen.h"):
            out.append(f"#include <public/{rel}>")
        out.append(f"#include <compat/{rel}>")
    return out + ["#include <compat/xlat.h>"]


def xlat_bodies(xlat):
    """{name: body text} of every XLAT_<name>(_d_, _s_) in xlat.h."""
    return {m.group(1): m.group(2) for m in
            re.finditer(r"^#define XLAT_(\w+)\(_d_, _s_\) do \{ \\\n((?:.*\\\n)*.*)$", xlat, re.M)}


def hooks_of(bodies, name, seen=None):
    """The handle hooks XLAT_<name> needs, its nested XLAT_ calls' included
    (a caller defines them all before the use, as Xen's do)."""
    seen = seen if seen is not None else set()
    if name in seen:
        return set()
    seen.add(name)
    out = set(re.findall(r"XLAT_(\w+_HNDL_\w+)\(_d_, _s_\)", bodies[name]))
    for callee in re.findall(r"XLAT_(\w+)\(&", bodies[name]):
        out |= hooks_of(bodies, callee, seen)
    return out


def xlat_use(enums, name, hooks, calls, hook_body):
    """Lines of a function body using XLAT_<name> as Xen's callers do: a
    variable per union on its first arm, every hook defined before the calls
    (hook_body(hook) gives its statements) and undefined after."""
    out = [f"    enum XLAT_{e} {e[len(name) + 1:]} = XLAT_{e}_{members[0]};" for e, members in enums]
    out += [f"#define XLAT_{h}(_d_, _s_) do {{ {hook_body(h)} }} while (0)" for h in hooks]
    out += [f"    {c}" for c in calls]
    out += [f"    (void){e[len(name) + 1:]};" for e, _ in enums]
    return out + [f"#undef XLAT_{h}" for h in hooks]


def program(root, generated):
    sys.path.insert(0, os.path.join(root, "gen"))
    from xenabi import frontend
    from xenabi.emit_xen import XenCompat
    from xenabi.naming import tag_name
    from xenabi.xenbuild import COMPAT_HEADERS
    from xenabi.model import EnumRef, Scalar
    desc = frontend.load(root, profiles=["x86_32", "x86_64"])
    xc = XenCompat(desc)
    with open(os.path.join(generated, "compat/xen/compat/xlat.h"), encoding="utf-8") as fh:
        xlat = fh.read()
    checks = set(re.findall(r"^#define CHECK_(\w+) ", xlat, re.M))
    xlats = set(re.findall(r"^#define XLAT_(\w+)\(", xlat, re.M))
    natives = {tag_name(k): k for k in desc.modules["x86_64"].records if k.startswith(("struct ", "union "))}

    out = xen_includes()

    def aliases(names):
        """#define xen_<n> <native tag> for names whose native tag differs."""
        pre, post = [], []
        for n in sorted(names):
            native = natives[n].split()[-1]
            if native != f"xen_{n}":
                pre.append(f"#define xen_{n} {native}")
                post.append(f"#undef xen_{n}")
        return pre, post

    bodies = xlat_bodies(xlat)

    counts = {"CHECK": 0, "XLAT": 0}
    for path in COMPAT_HEADERS:
        for rec in xc.records(path):
            if rec.key not in desc.modules["x86_64"].records:
                continue
            name = tag_name(rec.key)
            if name in checks:
                body = re.search(rf"^#define CHECK_{name} \\\n((?:.*\\\n)*.*)$", xlat, re.M).group(1)
                nested = set(re.findall(r"(?<!\w)CHECK_(\w+)", body))
                # the nested checks expand here too, with their own names aliased
                pre, post = aliases({name} | (nested & checks))
                for n in sorted(nested - checks):
                    # translated: the caller supplies its check (Xen's mce.c does)
                    pre.append(f"#define CHECK_{n} struct {natives[n].split()[-1]}")
                    post.append(f"#undef CHECK_{n}")
                first = next((f.name for f in rec.fields if f.name and f.bits is None
                              and isinstance(xc.hv.resolve(f.type), (Scalar, EnumRef))), None)
                field = [f"CHECK_FIELD_({rec.kind}, {name}, {first});"] if first else []
                # twice: the CHECK_ is repeatable (static assertions); Xen's
                # callers write it with and without a semicolon (physdev.c)
                out += pre + [f"CHECK_{name};", f"CHECK_{name}"] + field + post
                counts["CHECK"] += 1
            if name in xlats:
                kind = rec.kind
                enums = []
                xc._enums(rec, name, [], enums)
                hooks = sorted(hooks_of(bodies, name))
                out.append(f"static void __maybe_unused xlat_test_{name}({natives[name]} *nat, "
                           f"{kind} compat_{name} *cmp);")
                out.append(f"static void __maybe_unused xlat_test_{name}({natives[name]} *nat, "
                           f"{kind} compat_{name} *cmp)")
                out.append("{")
                out += xlat_use(enums, name, hooks, [f"XLAT_{name}(nat, cmp);", f"XLAT_{name}(cmp, nat);"],
                                lambda h: "(void)(_d_); (void)(_s_);")
                out.append("}")
                counts["XLAT"] += 1
    return "\n".join(out) + "\n", counts, len(checks), len(xlats)


# compat/include/xen/compat files that are not for the hypervisor: the Linux
# driver side (32-bit user space on a 64-bit kernel) and a user-space
# library's header, which includes the C library's <stdint.h> as upstream's does
NOT_HYPERVISOR = ("linux/", "hypercall.h", "io/libxenvchan.h")


def own_translators(gen):
    base = os.path.join(gen, "compat/include")
    out = []
    for d, _, files in os.walk(os.path.join(base, "xen/compat")):
        for f in files:
            rel = os.path.relpath(os.path.join(d, f), base)
            if f.endswith(".h") and not rel[len("xen/compat/"):].startswith(NOT_HYPERVISOR):
                out.append(rel)
    if not out:
        raise SystemExit(f"FAIL: no translator headers under {base}")
    return sorted(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=ROOT, help="the checkout holding abi/")
    ap.add_argument("--generated", help="the generated tree to test (default: the checkout's)")
    args = ap.parse_args()
    gen = os.path.abspath(args.generated or args.root)
    text, counts, n_checks, n_xlats = program(args.root, gen)
    failed = 0
    if counts["CHECK"] != n_checks or counts["XLAT"] != n_xlats:
        print(f"FAIL: xlat.h defines {n_checks} CHECK_ and {n_xlats} XLAT_, the program uses "
              f"{counts['CHECK']} and {counts['XLAT']}")
        failed += 1
    with tempfile.TemporaryDirectory(prefix="xenabi-xenconsumer-") as tmp:
        os.symlink(os.path.join(gen, "include/xen/public"), os.path.join(tmp, "public"))
        os.symlink(os.path.join(gen, "compat/xen/compat"), os.path.join(tmp, "compat"))
        src = os.path.join(tmp, "consumer.c")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(text)
        for cc in ("gcc", "clang"):
            if shutil.which(cc) is None:
                print(f"FAIL {cc}: not installed (the README installs it)")
                failed += 1
                continue
            cmd = [cc] + XEN_FLAGS + ["-I", os.path.join(HERE, "xen_consumer"), "-I", tmp,
                                      "-c", src, "-o", os.path.join(tmp, f"consumer-{cc}.o")]
            r = subprocess.run(cmd, capture_output=True, text=True)
            if r.returncode != 0:
                print(f"FAIL {cc}: the consumer program does not compile under Xen's flags")
                print("\n".join(r.stderr.splitlines()[:40]))
                failed += 1
            else:
                print(f"ok   {cc}: {counts['CHECK']} CHECK_ and {counts['XLAT']} XLAT_ compiled "
                      f"(both directions) under {' '.join(XEN_FLAGS[:6])} ...")
        # the project's own translators (compat/include/xen/compat) inside the
        # hypervisor: __XEN__, no libc header, Xen's warnings
        own = own_translators(gen)
        src = os.path.join(tmp, "translators.c")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write("".join(f'#include "{h}"\n' for h in own))
        for cc in ("gcc", "clang"):
            if shutil.which(cc) is None:
                continue
            cmd = [cc] + XEN_FLAGS + ["-Wnested-externs", "-Wwrite-strings", "-Winit-self", "-Wvla",
                                      "-I", os.path.join(HERE, "xen_consumer"),
                                      "-I", os.path.join(gen, "include"), "-I", os.path.join(gen, "compat/include"),
                                      "-I", os.path.join(args.root, "compat/runtime"),   # hand-written, not generated
                                      "-c", src, "-o", os.path.join(tmp, f"translators-{cc}.o")]
            r = subprocess.run(cmd, capture_output=True, text=True)
            if r.returncode != 0:
                print(f"FAIL {cc}: the translators of compat/include/xen/compat do not compile under Xen's flags")
                print("\n".join(r.stderr.splitlines()[:40]))
                failed += 1
            else:
                print(f"ok   {cc}: {len(own)} translator headers and the runtime compiled under Xen's flags "
                      "(-D__XEN__ -nostdinc, no libc header)")
        # Xen's assembly sources include the public headers too: with the
        # compiler's __ASSEMBLER__ defined they must declare nothing in C
        asm = os.path.join(tmp, "public_headers.S")
        with open(asm, "w", encoding="utf-8") as fh:
            fh.write("#include <public/xen.h>\n#include <public/errno.h>\n")
        for cc in ("gcc", "clang"):
            # the hypervisor (64-bit, __XEN__) and a 32-bit guest kernel
            for m, xen in (("-m64", ["-D__XEN__"]), ("-m32", [])):
                if shutil.which(cc) is None:
                    continue
                r = subprocess.run([cc, m] + xen + ["-I", tmp, "-c", asm, "-o", os.path.join(tmp, "asm.o")],
                                   capture_output=True, text=True)
                if r.returncode != 0:
                    print(f"FAIL {cc} {m}: public/xen.h and errno.h do not assemble")
                    print("\n".join(r.stderr.splitlines()[:10]))
                    failed += 1
                else:
                    print(f"ok   {cc} {m}: public/xen.h and public/errno.h assemble (__ASSEMBLER__)")
    print(f"{'FAIL' if failed else 'PASS'}: xen compat consumer")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
