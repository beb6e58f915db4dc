"""What the libFuzzer drivers (compat_fuzz.py, guest_fuzz.py) share: building
a harness with clang's fuzzer and sanitizers against the generated headers,
a mixed time-bounded run, and a bounded run pinned to each target in turn
(XENABI_FUZZ_TARGET=k)."""
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def build(clang, source_text, generated, tmp, name):
    """Compile the harness; the executable's path, or 1 as an exit status (a missing
    toolchain is a failure: the README installs it)."""
    src, exe = os.path.join(tmp, f"{name}.c"), os.path.join(tmp, name)
    with open(src, "w") as fh:
        fh.write(source_text)
    r = subprocess.run([clang, "-g", "-O1", "-std=gnu11", "-D__XEN_TOOLS__",
                        "-fsanitize=fuzzer,address,undefined", "-fno-sanitize-recover=all",
                        "-I", os.path.join(generated, "include"),
                        "-I", os.path.join(generated, "compat", "include"),
                        "-I", os.path.join(ROOT, "compat", "runtime"), "-o", exe, src],
                       capture_output=True, text=True)
    if r.returncode != 0:
        if "fuzzer" in r.stderr and ("cannot find" in r.stderr or "No such file" in r.stderr):
            print("FAIL: clang's libFuzzer runtime is not installed (libclang-rt-14-dev)")
            return 1
        print(r.stderr[:4000])
        return 1
    return exe


def run_mixed(exe, corpus, seconds):
    """All targets together for `seconds`; the number of failures (0 or 1)."""
    os.makedirs(corpus, exist_ok=True)
    r = subprocess.run([exe, corpus, f"-max_total_time={seconds}", "-max_len=4096", "-print_final_stats=1"],
                       capture_output=True, text=True)
    print("\n".join(line for line in r.stderr.splitlines()[-40:]
                    if line.startswith("stat::") or "ERROR" in line or "SUMMARY" in line or "Done" in line))
    if r.returncode != 0:
        print(r.stderr[-6000:])
    return int(r.returncode != 0)


def run_each(exe, tmp, names, runs):
    """Each target on its own for `runs` inputs; the number that failed."""
    failed = 0
    for k, name in enumerate(names if runs else []):
        corpus = os.path.join(tmp, f"corpus{k}")
        os.makedirs(corpus, exist_ok=True)
        r = subprocess.run([exe, corpus, f"-runs={runs}", "-max_len=4096"], capture_output=True, text=True,
                           env=dict(os.environ, XENABI_FUZZ_TARGET=str(k)))
        if r.returncode != 0:
            failed += 1
            print(f"FAIL {name}:\n{r.stderr[-3000:]}")
    return failed
