#!/usr/bin/env python3
"""The Rust crate (`xenabi rust`) compiled with Debian's rustc for all six
profiles' targets.

Debian's rustc (1.63) ships `core` for its host only; Debian's rust-src
carries core's source, so this test builds core's metadata for the five
other targets (i686, armv7, aarch64, riscv64gc and powerpc64le, Linux
triples: only their layout rules matter, nothing is linked), with an empty
`compiler_builtins` beside it (a no_std crate depends on it by name; its
code is only needed at link time).  RUSTC_BOOTSTRAP=1 lets the stable
compiler build core, as Rust's own build does.  The sysroot is cached in the
folder given by --sysroot (CTest: the build tree), keyed by rustc's version.

For every target:
- the crate as generated compiles (`--emit metadata`, `-D warnings`): every
  record's and handle's compile-time size and alignment assertion holds;
- a copy with every named member's offset asserted at compile time as well
  (the crate's own run-time offset test turned into constants, which needs
  const `offset_from`: a nightly feature in 1.63, hence RUSTC_BOOTSTRAP)
  compiles.
On x86_64 the crate is also built as a test binary and run (`rustc --test`:
the offsets at run time, and every bit-field accessor: all ones written into
a zeroed record must set exactly the bits the description gives the member,
read back, and clear again).  Copies with one size wrong and with one offset
wrong must not compile (on x86_64 and on arm32), so the assertions can fail.
The counts are checked against the JSON description: every record and handle
asserted, every named member's offset checked, on every profile.

Needs /usr/bin/rustc and rust-src (gen/install-deps.sh test): missing, the
test fails.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RUSTC = "/usr/bin/rustc"
HOST = "x86_64"
# profile -> target triple whose layout rules are the profile's
TRIPLES = {"x86_32": "i686-unknown-linux-gnu", "x86_64": None, "arm32": "armv7-unknown-linux-gnueabihf",
           "arm64": "aarch64-unknown-linux-gnu", "riscv64": "riscv64gc-unknown-linux-gnu",
           "ppc64": "powerpc64le-unknown-linux-gnu"}
# the profile where the wrong copies are tried besides the host
CROSS_PROBE = "arm32"
EMPTY_BUILTINS = "#![no_std]\n#![feature(compiler_builtins)]\n#![compiler_builtins]\n"
CONST_OFFSET = ("    macro_rules! offset {\n        ($t:ty, $f:tt) => {{\n"
                "            let u = core::mem::MaybeUninit::<$t>::uninit();\n            let p = u.as_ptr();\n"
                "            unsafe { (core::ptr::addr_of!((*p).$f) as *const u8).offset_from(p as *const u8) "
                "as usize }\n        }};\n    }\n")
CHECK = re.compile(r'check\(offset!\(([\w#]+), ([\w#]+)\), (\d+), "')
SIZE = re.compile(r"(const _: \(\) = assert!\(core::mem::size_of::<(\w+)>\(\) == )(\d+)")


def run(args, env=None):
    return subprocess.run(args, capture_output=True, text=True, env=env)


def rustc(*args, bootstrap=False):
    env = dict(os.environ, RUSTC_BOOTSTRAP="1") if bootstrap else None
    return run([RUSTC, "--edition", "2018", "-D", "warnings", *args], env=env)


def core_source(version):
    """core's lib.rs from rust-src of this rustc, or None."""
    m = re.match(r"rustc (\d+\.\d+\.\d+)", version)
    path = f"/usr/src/rustc-{m.group(1)}/library/core/src/lib.rs" if m else ""
    return path if os.path.exists(path) else None


def build_sysroot(sysroot, version, core, jobs=2):
    """Core's metadata (and an empty compiler_builtins) for every cross
    target under sysroot, jobs at a time; reused when its stamp names this
    rustc.  Returns an error text or None."""
    stamp = os.path.join(sysroot, "stamp")
    triples = [t for t in TRIPLES.values() if t]
    if os.path.exists(stamp) and open(stamp).read() == version + "\n":
        return None
    shutil.rmtree(sysroot, ignore_errors=True)
    env = dict(os.environ, RUSTC_BOOTSTRAP="1")

    def one(triple):
        lib = os.path.join(sysroot, "lib", "rustlib", triple, "lib")
        os.makedirs(lib)
        r = run([RUSTC, "--edition", "2021", "--crate-type", "rlib", "--crate-name", "core", "--target", triple,
                 "--emit", "metadata", "-C", "panic=abort", core, "-o", os.path.join(lib, "libcore.rmeta")], env)
        if r.returncode != 0:
            return f"core for {triple}:\n{r.stderr[-2000:]}"
        src = os.path.join(lib, "compiler_builtins.rs")
        with open(src, "w") as fh:
            fh.write(EMPTY_BUILTINS)
        r = run([RUSTC, "--edition", "2021", "--crate-type", "rlib", "--crate-name", "compiler_builtins",
                 "--target", triple, "--sysroot", sysroot, "--emit", "metadata", "-C", "panic=abort", src,
                 "-o", os.path.join(lib, "libcompiler_builtins.rmeta")], env)
        return None if r.returncode == 0 else f"compiler_builtins for {triple}:\n{r.stderr[-2000:]}"

    print(f"building core for {len(triples)} targets from rust-src (about 30 s each, {jobs} at a time)", flush=True)
    with ThreadPoolExecutor(jobs) as pool:
        errors = [e for e in pool.map(one, triples) if e]
    if errors:
        return "\n".join(errors)
    with open(stamp, "w") as fh:
        fh.write(version + "\n")
    return None


def modules(text):
    """{profile: (arch, module text)} of the crate's per-profile modules."""
    heads = list(re.finditer(r'#\[cfg\(target_arch = "([^"]+)"\)\]\npub mod (\w+) \{', text))
    out = {}
    for i, m in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        out[m.group(2)] = (m.group(1), text[m.start():end])
    return out


def with_const_offsets(text, mods):
    """The crate with a module per profile asserting every offset the
    run-time test checks, at compile time."""
    extra = []
    for profile, (arch, body) in mods.items():
        lines = "\n".join(f"    const _: () = assert!(offset!({t}, {f}) == {n});" for t, f, n in CHECK.findall(body))
        extra.append(f'#[cfg(target_arch = "{arch}")]\nmod const_offsets_{profile} {{\n'
                     f"    #![allow(unused_imports)]\n    use crate::{profile}::*;\n{CONST_OFFSET}{lines}\n}}")
    return "#![feature(const_ptr_offset_from)]\n" + text + "\n" + "\n".join(extra) + "\n"


def named_bitfields(fields):
    """Named bit-fields among these members and those of the records
    declared in place inside them."""
    n = 0
    for f in fields:
        n += f["name"] is not None and "bit_size" in f
        t = f["type"]
        while "array" in t:
            t = t["array"]
        if "inline" in t:
            n += named_bitfields(t["inline"]["fields"])
    return n


def target_args(profile, sysroot):
    t = TRIPLES[profile]
    return [] if t is None else ["--target", t, "--sysroot", sysroot]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sysroot", help="folder to build (and reuse) the cross targets' core in")
    ap.add_argument("--sysroot-only", action="store_true",
                    help="only build the sysroot, one target at a time (CTest's rust.sysroot, which runs beside "
                         "the other tests)")
    args = ap.parse_args()
    if args.sysroot_only and not args.sysroot:
        ap.error("--sysroot-only needs --sysroot")
    if not os.path.exists(RUSTC):
        print(f"FAIL: {RUSTC} is missing (apt-get install rustc; gen/install-deps.sh test)")
        return 1
    version = run([RUSTC, "--version"]).stdout.strip()
    core = core_source(version)
    if core is None:
        print(f"FAIL: core's source for {version} is missing (apt-get install rust-src; gen/install-deps.sh test)")
        return 1
    gen_env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "gen"))
    with tempfile.TemporaryDirectory(prefix="xenabi-rust-") as tmp:
        sysroot = os.path.abspath(args.sysroot) if args.sysroot else os.path.join(tmp, "sysroot")
        err = build_sysroot(sysroot, version, core, jobs=1 if args.sysroot_only else 2)
        if err:
            print(f"FAIL: building core from rust-src:\n{err}")
            return 1
        if args.sysroot_only:
            targets = sorted(os.listdir(os.path.join(sysroot, "lib", "rustlib")))
            print(f"OK: core for {', '.join(targets)} in {sysroot} ({version})")
            return 0
        crate = os.path.join(tmp, "xen-abi")
        r = run([sys.executable, "-m", "xenabi", "--root", ROOT, "rust", "--out", crate], gen_env)
        if r.returncode != 0:
            print(f"FAIL: xenabi rust:\n{r.stdout}{r.stderr}")
            return 1
        out = os.path.join(tmp, "description.json")
        r = run([sys.executable, "-m", "xenabi", "--root", ROOT, "describe", "--out", out], gen_env)
        if r.returncode != 0:
            print(f"FAIL: xenabi describe:\n{r.stdout}{r.stderr}")
            return 1
        with open(out) as fh:
            described = json.load(fh)["profiles"]
        lib = os.path.join(crate, "src", "lib.rs")
        with open(lib) as fh:
            text = fh.read()
        mods = modules(text)
        if sorted(mods) != sorted(TRIPLES) or sorted(described) != sorted(TRIPLES):
            print(f"FAIL: crate modules {sorted(mods)}, described profiles {sorted(described)}; "
                  f"expected {sorted(TRIPLES)}")
            return 1
        offsets_src = os.path.join(tmp, "const_offsets.rs")
        with open(offsets_src, "w") as fh:
            fh.write(with_const_offsets(text, mods))

        def one(profile):
            """(passed, report) of one profile."""
            body = mods[profile][1]
            p = described[profile]
            asserts = body.count("const _: () = assert!(core::mem::size_of::<")
            offsets = len(CHECK.findall(body))
            want_records = len(p["records"]) + len(p["handles"])
            want_offsets = sum(1 for rec in p["records"].values() for f in rec["fields"]
                               if f["name"] is not None and "bit_size" not in f)
            if asserts < want_records or offsets != want_offsets:
                return False, (f"FAIL {profile}: {asserts} assertions (records and handles: {want_records}), "
                               f"{offsets} offsets (named members: {want_offsets})")
            where = TRIPLES[profile] or "the host"
            r = rustc("--crate-type", "lib", "--crate-name", "xen_abi", "--emit", "metadata",
                      *target_args(profile, sysroot), lib, "-o", os.path.join(tmp, f"{profile}.rmeta"))
            if r.returncode != 0:
                return False, f"FAIL {profile}: the crate does not compile for {where}:\n{r.stderr[-3000:]}"
            r = rustc("--crate-type", "lib", "--crate-name", "xen_abi", "--emit", "metadata",
                      *target_args(profile, sysroot), offsets_src, "-o", os.path.join(tmp, f"{profile}-o.rmeta"),
                      bootstrap=True)
            if r.returncode != 0:
                return False, f"FAIL {profile}: member offsets differ on {where}:\n{r.stderr[-3000:]}"
            return True, (f"{profile} ({where}): {asserts} sizes and alignments and {offsets} member offsets "
                          "asserted at compile time: all hold")

        exe = os.path.join(tmp, "layout_tests")
        with ThreadPoolExecutor(2) as pool:
            # the host also runs the crate's own tests: built beside the rest
            test_build = pool.submit(rustc, "--test", lib, "-o", exe)
            results = list(pool.map(one, TRIPLES))
            r = test_build.result()
        for _, report in results:
            print(report)
        failed = sum(1 for passed, _ in results if not passed)
        if failed:
            return 1
        if r.returncode != 0:
            print(f"FAIL: the crate's tests do not compile:\n{r.stderr[-3000:]}")
            return 1
        r = run([exe])
        if r.returncode != 0 or "test result: ok. 2 passed" not in r.stdout:
            print(f"FAIL: member offsets or bit-fields differ on x86_64 at run time:\n{r.stdout[-3000:]}"
                  f"{r.stderr[-2000:]}")
            return 1
        bits = mods[HOST][1].count("        bits!(")
        want_bits = sum(named_bitfields(rec["fields"]) for rec in described[HOST]["records"].values())
        if bits != want_bits:
            print(f"FAIL: {bits} bit-field accessors tested on x86_64, {want_bits} named bit-fields described")
            return 1
        print(f"x86_64: rustc --test ran: {len(CHECK.findall(mods[HOST][1]))} member offsets checked at run time; "
              f"{bits} bit-field accessors each set exactly the bits the description gives its member")
        # the assertions can fail: a size made wrong, an offset made wrong
        wrong = []
        for profile in (HOST, CROSS_PROBE):
            head, body = text.split(mods[profile][1], 1)[0], mods[profile][1]
            tail = text[len(head) + len(body):]
            m = SIZE.search(body)
            wrong_size = head + body.replace(m.group(0), m.group(1) + str(int(m.group(3)) + 1), 1) + tail
            c = CHECK.search(body)
            wrong_offset_body = body.replace(c.group(0), c.group(0).replace(f"), {c.group(3)}, ",
                                                                           f"), {int(c.group(3)) + 1}, "), 1)
            wrong_offset = with_const_offsets(head + wrong_offset_body + tail,
                                              modules(head + wrong_offset_body + tail))
            wrong += [(profile, f"size of {m.group(2)}", wrong_size, False),
                      (profile, f"offset of {c.group(1)}.{c.group(2)}", wrong_offset, True)]

        def refused(case):
            n, (profile, what, src_text, boot) = case
            bad = os.path.join(tmp, f"broken{n}.rs")
            with open(bad, "w") as fh:
                fh.write(src_text)
            r = rustc("--crate-type", "lib", "--crate-name", "xen_abi", "--emit", "metadata",
                      *target_args(profile, sysroot), bad, "-o", os.path.join(tmp, f"broken{n}.rmeta"),
                      bootstrap=boot)
            if r.returncode == 0 or "evaluation of constant value failed" not in r.stderr:
                return False, (f"FAIL {profile}: a crate asserting a wrong {what} is not refused by const "
                               f"evaluation (rc {r.returncode}):\n{r.stderr[-2000:]}")
            return True, f"{profile}: a copy asserting a wrong {what} is refused"

        with ThreadPoolExecutor(2) as pool:
            results = list(pool.map(refused, enumerate(wrong)))
        for _, report in results:
            print(report)
        if not all(passed for passed, _ in results):
            return 1
    print(f"OK: the Rust crate's layouts equal the description's on all {len(TRIPLES)} profiles ({version})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
