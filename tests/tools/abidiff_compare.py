#!/usr/bin/env python3
"""Side by side with libabigail's abidiff (Debian's abigail-tools), outside
CI: for each step of Xen's release history, abidiff's findings on the
release headers compiled with DWARF (x86_64, every type kept:
--non-reachable-types) against `xenabi diff` over the committed baselines.

For each step it prints how many types abidiff reports (added, removed,
changed), how many of those `xenabi diff` reports a change for too
(explained) and with which verdict (a compatible verdict counts as noise
that abidiff raises), how many abidiff findings `xenabi diff` has nothing
for, and what `xenabi diff` reports that abidiff cannot see (constants).

    tests/tools/abidiff_compare.py --xen-git /path/to/xen
"""
import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "gen"))
sys.path.insert(0, os.path.join(ROOT, "tests"))
from xenabi import abidiff, fromheaders  # noqa: E402
from test_release_history import BASE, STEPS  # noqa: E402

REVS = {"reference-c447b7308b13": "c447b7308b1330ec6dcfef37220736c28f41daa0"}
PROFILE = "x86_64"
_FINDING = re.compile(r"^  \[([ADC])\] '(.+?)'(?: at \S+)?(?: changed:)?$")


def build(xen_git, step, tmp):
    """A shared object of the step's public headers with their DWARF."""
    dest = os.path.join(tmp, step)
    os.makedirs(dest)
    arch = subprocess.run(["git", "--git-dir", xen_git, "archive", REVS.get(step, step), "xen/include/public"],
                          capture_output=True, check=True).stdout
    subprocess.run(["tar", "x", "-C", dest], input=arch, check=True)
    folder = os.path.join(dest, "xen", "include", "public")
    cmd = fromheaders.compiler(PROFILE)
    headers = fromheaders.usable_headers(cmd, folder)
    obj, so = os.path.join(dest, "unit.o"), os.path.join(dest, "unit.so")
    subprocess.run(cmd + ["-x", "c", "-g", "-fno-eliminate-unused-debug-types", "-c", "-I", folder, "-o", obj,
                          "-"], input=fromheaders._unit(headers) + "int xenabi_unit;\n", text=True, check=True)
    subprocess.run(cmd + ["-nostdlib", "-shared", "-fuse-ld=lld", "-o", so, obj], check=True)
    return so


def findings(old_so, new_so):
    r = subprocess.run(["abidiff", "--non-reachable-types", "--no-show-locs", old_so, new_so],
                       capture_output=True, text=True)
    out = []
    for line in r.stdout.splitlines():
        m = _FINDING.match(line)
        if m:
            out.append((m.group(1), m.group(2)))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--xen-git", required=True)
    a = ap.parse_args()
    if subprocess.run(["which", "abidiff"], capture_output=True).returncode != 0:
        print("abidiff is needed: apt-get install abigail-tools")
        return 1
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        sos = {s: build(a.xen_git, s, tmp) for s in STEPS}
        for x, y in zip(STEPS, STEPS[1:]):
            theirs = findings(sos[x], sos[y])
            old = abidiff.load(os.path.join(BASE, x, f"{PROFILE}.json.gz"))
            new = abidiff.load(os.path.join(BASE, y, f"{PROFILE}.json.gz"))
            ours = abidiff.compare(old, new)
            by_key = collections.defaultdict(list)
            for c in ours:
                if c.kind in ("record", "enum"):
                    by_key[c.key].append(c.verdict)
            explained = collections.Counter()
            unexplained, kinds = [], collections.Counter()
            for kind, name in theirs:
                # abidiff names a typedef'd enum "enum T"; xenabi keys it T
                key = name if name in by_key else name.split(" ", 1)[-1] if name.startswith("enum ") else name
                if key in by_key:
                    worst = max(by_key[key], key=abidiff.RANK.get)
                    explained["noise (compatible)" if worst != abidiff.BREAKING else "breaking"] += 1
                    continue
                unexplained.append(f"[{kind}] {name[:70]}")
                if name.startswith("typedef "):
                    kinds["typedef"] += 1           # xenabi compares what a typedef names, not typedefs
                elif "{" in name:
                    kinds["anonymous"] += 1         # xenabi reports it in the record that holds it
                else:
                    kinds["indirect"] += 1          # a pointed-to or member type changed, not this layout
            consts = sum(1 for c in ours if c.kind == "constant")
            consts_breaking = sum(1 for c in ours if c.kind == "constant" and c.verdict == abidiff.BREAKING)
            only_ours = sum(1 for k in by_key if k not in {n for _, n in theirs})
            rows.append((x, y, len(theirs), explained["breaking"], explained["noise (compatible)"],
                         f"{len(unexplained)} ({kinds['typedef']} typedef, {kinds['anonymous']} anonymous, "
                         f"{kinds['indirect']} indirect)", only_ours, consts, consts_breaking))
            for u in unexplained:
                print(f"  {x} -> {y}: abidiff only: {u}")
    print("\n| step | abidiff findings | explained, breaking | explained, compatible (noise) | "
          "abidiff only | records/enums xenabi only | constant changes (breaking) |")
    print("|---|---|---|---|---|---|---|")
    for x, y, n, br, noise, un, mine, cn, cb in rows:
        print(f"| {x} -> {y} | {n} | {br} | {noise} | {un} | {mine} | {cn} ({cb}) |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
