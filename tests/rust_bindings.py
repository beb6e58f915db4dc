#!/usr/bin/env python3
"""The Rust crate (`xenabi rust`) compiled and tested with Debian's rustc.

Debian's rustc (1.63) carries `core` for its host only, so the crate is
compiled for x86_64: there every record's compile-time assertion (size and
alignment) must hold, `-D warnings`; `rustc --test` then checks every named
member's offset at run time.  The other profiles' modules are generated
but cannot be compiled here (no `core` for their targets), and this test
says so.  To show the assertions can fail, a copy of the crate with one
record's size changed must not compile.

Needs /usr/bin/rustc (apt-get install rustc; gen/install-deps.sh test):
missing, the test fails.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RUSTC = "/usr/bin/rustc"


def rustc(*args):
    return subprocess.run([RUSTC, "--edition", "2018", "-D", "warnings", *args], capture_output=True, text=True)


def main():
    if not os.path.exists(RUSTC):
        print(f"FAIL: {RUSTC} is missing (apt-get install rustc; gen/install-deps.sh test)")
        return 1
    version = subprocess.run([RUSTC, "--version"], capture_output=True, text=True).stdout.strip()
    with tempfile.TemporaryDirectory(prefix="xenabi-rust-") as tmp:
        crate = os.path.join(tmp, "xen-abi")
        r = subprocess.run([sys.executable, "-m", "xenabi", "--root", ROOT, "rust", "--out", crate],
                           capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=os.path.join(ROOT, "gen")))
        if r.returncode != 0:
            print(f"FAIL: xenabi rust:\n{r.stdout}{r.stderr}")
            return 1
        lib = os.path.join(crate, "src", "lib.rs")
        with open(lib) as fh:
            text = fh.read()
        modules = re.findall(r'#\[cfg\(target_arch = "([^"]+)"\)\]\npub mod (\w+)', text)
        host = text.split("pub mod x86_64 {", 1)[1].split("\npub mod ", 1)[0]
        asserts = host.count("const _: () = assert!(core::mem::size_of::<")
        offsets = host.count("        check(offset!(")
        r = rustc("--crate-type", "lib", "--crate-name", "xen_abi", lib, "-o", os.path.join(tmp, "libxen_abi.rlib"))
        if r.returncode != 0:
            print(f"FAIL: the crate does not compile for x86_64 ({version}):\n{r.stderr[-3000:]}")
            return 1
        print(f"x86_64: the crate compiles with {version}: {asserts} records' size and alignment asserted "
              "at compile time")
        exe = os.path.join(tmp, "layout_tests")
        r = rustc("--test", lib, "-o", exe)
        if r.returncode != 0:
            print(f"FAIL: the crate's tests do not compile:\n{r.stderr[-3000:]}")
            return 1
        r = subprocess.run([exe], capture_output=True, text=True)
        if r.returncode != 0 or "test result: ok. 1 passed" not in r.stdout:
            print(f"FAIL: member offsets differ on x86_64:\n{r.stdout[-3000:]}{r.stderr[-2000:]}")
            return 1
        print(f"x86_64: {offsets} member offsets checked by rustc --test")
        # the assertions can fail: one record's size made wrong
        m = re.search(r"(const _: \(\) = assert!\(core::mem::size_of::<(\w+)>\(\) == )(\d+)", host)
        broken = text.replace(m.group(0), m.group(1) + str(int(m.group(3)) + 1), 1)
        bad = os.path.join(tmp, "broken.rs")
        with open(bad, "w") as fh:
            fh.write(broken)
        r = rustc("--crate-type", "lib", "--crate-name", "xen_abi", bad, "-o", os.path.join(tmp, "broken.rlib"))
        if r.returncode == 0:
            print(f"FAIL: a crate asserting a wrong size for {m.group(2)} compiles: the assertions check nothing")
            return 1
        print(f"x86_64: a copy asserting a wrong size for {m.group(2)} is refused")
        others = [mod for _, mod in modules if mod != "x86_64"]
        print(f"not compiled (Debian's rustc has no core for their targets): the modules {', '.join(others)}")
        # every record and handle of the description asserted, every named member checked
        out = os.path.join(tmp, "description.json")
        subprocess.run([sys.executable, "-m", "xenabi", "--root", ROOT, "describe", "--profile", "x86_64",
                        "--out", out], check=True, capture_output=True,
                       env=dict(os.environ, PYTHONPATH=os.path.join(ROOT, "gen")))
        with open(out) as fh:
            p = json.load(fh)["profiles"]["x86_64"]
        want_records = len(p["records"]) + len(p["handles"])
        want_offsets = sum(1 for r in p["records"].values() for f in r["fields"]
                           if f["name"] is not None and "bit_size" not in f)
        if len(modules) != 6 or asserts < want_records or offsets != want_offsets:
            print(f"FAIL: {len(modules)} modules (6 expected), {asserts} assertions (records and handles: "
                  f"{want_records}), {offsets} offsets (named members: {want_offsets})")
            return 1
    print("OK: the Rust crate's x86_64 layout equals the description's")
    return 0


if __name__ == "__main__":
    sys.exit(main())
