#!/usr/bin/env python3
"""Headers pinned to an older interface version equal upstream's compiled
for that version (issue 12).

`xenabi headers --interface-version all` writes one pinned tree per
interface version the generated headers' conditionals tell apart.  Each is
turned into a contract manifest by `contract-from-headers` in a guest's
view at that version (clang, DWARF, the compiler's constants), and compared
with upstream's headers at the reference commit, compiled the same way
(tests/baselines/interface-versions/<profile>.json.xz, made by
tests/tools/make_baselines.py --only versions).  Every record (size,
alignment, members, bit offsets, member types), constant (value and type)
and enumeration must be equal, with nothing extra on either side: a pinned
tree a guest vendors declares what upstream's headers declare at that
version, no more, no less.  The unpinned tree (include/xen/public) is
compared the same way in the tools view, with the reference commit's
baseline (tests/baselines/reference-c447b7308b13).

One constant is set aside after a check: the pinned xen-compat.h defines
__XEN_INTERFACE_VERSION__ itself (to the version pinned), where upstream's
comes from the compiler's command line.

Needs clang, lld and pyelftools (the README installs them); a missing
baseline version or profile is a failure, not a skip.
"""
import argparse
import concurrent.futures
import gzip
import json
import lzma
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "gen"))
from xenabi import abidiff, fromheaders  # noqa: E402

BASELINES = os.path.join(HERE, "baselines", "interface-versions")


def ours(args):
    folder, profile, version = args
    return fromheaders.contract_from_headers(folder, profile,
                                             interface_version=None if version == TOOLS else int(version, 16))


TOOLS = "tools"
REFERENCE = os.path.join(HERE, "baselines", "reference-c447b7308b13")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--profile", action="append", help="only this profile (default: every baseline's)")
    a = ap.parse_args()
    sets = {}
    for f in sorted(os.listdir(BASELINES)):
        if f.endswith(".json.xz"):
            with lzma.open(os.path.join(BASELINES, f), "rt", encoding="utf-8") as fh:
                data = json.load(fh)
            sets[data["target"]] = data
    profiles = a.profile or sorted(sets)
    missing = [p for p in profiles if p not in sets]
    if not sets or missing:
        print(f"FAIL: no baseline for {missing or 'any profile'} in {BASELINES}")
        return 1
    with tempfile.TemporaryDirectory(prefix="xenabi-versions-") as tmp:
        pinned = os.path.join(tmp, "pinned")
        r = subprocess.run([sys.executable, "-m", "xenabi", "--root", ROOT, "headers", "--interface-version", "all",
                            "--out", pinned], capture_output=True, text=True,
                           env=dict(os.environ, PYTHONPATH=os.path.join(ROOT, "gen")))
        if r.returncode != 0:
            print(f"FAIL: xenabi headers:\n{r.stdout}{r.stderr}")
            return 1
        versions = sorted(os.listdir(pinned))
        failed = False
        for p in profiles:
            base = sorted(sets[p]["manifests"])
            if base != versions:
                print(f"FAIL: {p}: the generated headers tell apart versions {versions}, the baseline has "
                      f"{base}: remake it (tests/tools/make_baselines.py --only versions)")
                failed = True
        if failed:
            return 1
        jobs = [(os.path.join(pinned, v), p, v) for p in profiles for v in versions]
        # and the unpinned tree in the tools view, against the reference commit's
        jobs += [(os.path.join(ROOT, "include", "xen", "public"), p, TOOLS) for p in profiles]
        for p in profiles:
            with gzip.open(os.path.join(REFERENCE, f"{p}.json.gz"), "rt", encoding="utf-8") as fh:
                sets[p]["manifests"][TOOLS] = json.load(fh)
        print(f"{len(jobs)} trees to compare ({len(profiles)} profiles x ({len(versions)} interface versions "
              f"pinned + the tools view)), {a.jobs} at a time", flush=True)
        with concurrent.futures.ProcessPoolExecutor(a.jobs) as ex:
            results = list(ex.map(ours, jobs))
    per_profile = {p: [] for p in profiles}
    for (_, p, v), mine in zip(jobs, results):
        theirs = sets[p]["manifests"][v]
        problems = []
        own = mine["constants"].pop("__XEN_INTERFACE_VERSION__", None) if v != TOOLS else None
        if v != TOOLS and (own is None or own["value"] != int(v, 16)):
            problems.append(f"the pinned xen-compat.h defines __XEN_INTERFACE_VERSION__ as "
                            f"{own and hex(own['value'])}, not {v}")
        changes = abidiff.compare({p: theirs}, {p: mine})
        problems += [f"{c.verdict}: {c.kind} {c.key}: {c.what}" for c in changes]
        per_profile[p].append((v, problems, len(mine["records"]), len(mine["constants"])))
    failed = False
    # the description's own contract (`xenabi contract`: layouts from the
    # generator, constants from the compiler) against the reference too: it
    # covers more files than a compile of the public folder reaches (the
    # arch-x86/ sub-headers, the Linux interfaces), so an addition from a
    # file the reference has nothing from is scope; anything else fails
    with tempfile.TemporaryDirectory(prefix="xenabi-contract-") as tmp:
        r = subprocess.run([sys.executable, "-m", "xenabi", "--root", ROOT, "contract", "--out", tmp]
                           + [x for p in profiles for x in ("--profile", p)], capture_output=True, text=True,
                           env=dict(os.environ, PYTHONPATH=os.path.join(ROOT, "gen")))
        if r.returncode != 0:
            print(f"FAIL: xenabi contract:\n{r.stdout}{r.stderr}")
            return 1
        described = abidiff.load(tmp)
    for p in profiles:
        ref = sets[p]["manifests"][TOOLS]
        ref_files = {x.get("file") for part in ("records", "constants", "enums") for x in ref[part].values()}
        changes = abidiff.compare({p: ref}, {p: described[p]})
        scope = [c for c in changes if c.what.startswith("new ") and c.file not in ref_files]
        other = [c for c in changes if c not in scope]
        print(f"{p}: the description's contract against the reference commit's headers: "
              f"{len(other)} differences, {len(scope)} additions from files a compile of the public "
              "folder does not reach")
        for c in other[:20]:
            print(f"  {c.verdict}: {c.kind} {c.key}: {c.what}")
        failed |= bool(other)
    for p in profiles:
        equal = [row for row in per_profile[p] if not row[1]]
        print(f"{p}: {len(equal)}/{len(per_profile[p])} equal to upstream (the {len(versions)} interface "
              "versions and the tools view) "
              f"(records {min(r[2] for r in per_profile[p])}-{max(r[2] for r in per_profile[p])}, constants "
              f"{min(r[3] for r in per_profile[p])}-{max(r[3] for r in per_profile[p])} per version)")
        for v, problems, _, _ in per_profile[p]:
            for line in problems[:20]:
                print(f"  {v}: {line}")
            if len(problems) > 20:
                print(f"  {v}: ... {len(problems) - 20} more")
        failed |= len(equal) != len(per_profile[p])
    print("FAIL" if failed else "OK: every pinned tree equals upstream's headers at its interface version")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
