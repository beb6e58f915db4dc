#!/usr/bin/env python3
"""Benchmark: `xenabi generate` from scratch (empty output directory) for
everything described; reports wall time (best and median of N runs), CPU
time per run (user + system of the generator, its worker and cpp), and the
peak resident memory of the largest of those processes.

Byte code: the runs use a scratch byte-code cache (PYTHONPYCACHEPREFIX)
that one untimed first run fills, as an installed package's or a writable
checkout's __pycache__ is filled once.  Some environments set
PYTHONDONTWRITEBYTECODE, which would otherwise make every run compile the
generator (and pycparser's tables) again; the first run's time is printed
on its own."""
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def one_run(python, pycache):
    """(wall s, cpu s, peak RSS KiB, files, bytes) of one generate."""
    with tempfile.TemporaryDirectory() as out, tempfile.TemporaryFile() as err:
        env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "gen"), PYTHONPYCACHEPREFIX=pycache)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        t0 = time.perf_counter()
        p = subprocess.Popen([python, "-m", "xenabi", "--root", ROOT, "generate", "--out", out],
                             env=env, stdout=subprocess.DEVNULL, stderr=err)
        # this child's own resource use (with the processes it waited for),
        # not that of every child this benchmark has run
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        if p.returncode != 0:
            err.seek(0)
            sys.exit(f"generate failed:\n{err.read().decode(errors='replace')}")
        files = sum(len(f) for _, _, f in os.walk(out))
        size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(out) for f in fs)
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss, files, size


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    python = sys.executable
    with tempfile.TemporaryDirectory() as pycache:
        first = one_run(python, pycache)[0]
        results = [one_run(python, pycache) for _ in range(runs)]
    walls = [r[0] for r in results]
    _, _, _, files, size = results[-1]
    abi = [os.path.join(d, f) for d, _, fs in os.walk(os.path.join(ROOT, "abi")) for f in fs]
    lines = sum(sum(1 for _ in open(p, encoding="utf-8")) for p in abi)
    print(f"xenabi generate from scratch: {len(abi)} description files ({lines} lines) -> "
          f"{files} files ({size / 1024:.0f} KiB), 6 profiles")
    print(f"wall time: best {min(walls):.2f} s, median {statistics.median(walls):.2f} s over {runs} runs")
    print(f"CPU time per run (user + system, generator, worker and cpp): median "
          f"{statistics.median(r[1] for r in results):.2f} s")
    print(f"peak memory (largest process of a run, RSS): {max(r[2] for r in results) / 1024:.1f} MiB")
    print(f"first run, filling the byte-code cache (not counted above): {first:.2f} s")


if __name__ == "__main__":
    main()
