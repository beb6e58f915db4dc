#!/usr/bin/env python3
"""Benchmark: `xenabi generate` from scratch (empty output directory) for
everything described; reports wall time (best and median of N runs), CPU
time per run (which other load on the machine does not inflate), and the
peak resident memory of the generator process, and the cpp child it runs."""
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def one_run(python):
    with tempfile.TemporaryDirectory() as out:
        env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "gen"))
        t0 = time.perf_counter()
        r = subprocess.run([python, "-m", "xenabi", "--root", ROOT, "generate", "--out", out],
                           env=env, capture_output=True, text=True)
        wall = time.perf_counter() - t0
        if r.returncode != 0:
            sys.exit(f"generate failed:\n{r.stderr}")
        files = sum(len(f) for _, _, f in os.walk(out))
        size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(out) for f in fs)
    return wall, files, size


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    python = sys.executable
    walls = []
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    for _ in range(runs):
        wall, files, size = one_run(python)
        walls.append(wall)
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak_kib = r1.ru_maxrss
    cpu = (r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime) / runs
    abi = [os.path.join(d, f) for d, _, fs in os.walk(os.path.join(ROOT, "abi")) for f in fs]
    lines = sum(sum(1 for _ in open(p, encoding="utf-8")) for p in abi)
    print(f"xenabi generate from scratch: {len(abi)} description files ({lines} lines) -> "
          f"{files} files ({size / 1024:.0f} KiB), 6 profiles")
    print(f"wall time: best {min(walls):.2f} s, median {statistics.median(walls):.2f} s over {runs} runs")
    print(f"CPU time per run (user + system, generator and cpp): {cpu:.2f} s")
    print(f"peak memory (largest child process, RSS): {peak_kib / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
