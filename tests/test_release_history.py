#!/usr/bin/env python3
"""Xen's release history judged: `xenabi diff` over the committed baselines
(tests/baselines/, made from the release tags by tests/tools/make_baselines.py),
4.17.0 -> 4.18.0 -> ... -> 4.22.0 -> the reference commit, on x86_32, x86_64,
arm32 and arm64.

Checks facts of that history that do not come from this project (the
release tags' own headers): the domctl interface version went 0x17 -> 0x18
in 4.22 and the diff reports the bump; XEN_SYSCTL_get_cpu_levelling_caps and
kexec's v1 commands were removed, and the diff calls that breaking; a
baseline compared with itself has no change; every baseline has its four
profiles with plausible contents.  It also renders the history as Markdown
and fails when tests/baselines/REPORT.md is not that text
(`--write-report` rewrites it).
"""
import argparse
import collections
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(HERE, "baselines")
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "gen"))
from xenabi import abidiff  # noqa: E402

STEPS = ["RELEASE-4.17.0", "RELEASE-4.18.0", "RELEASE-4.19.0", "RELEASE-4.20.0", "RELEASE-4.21.0",
         "RELEASE-4.22.0", "reference-c447b7308b13"]
PROFILES = {"x86_32", "x86_64", "arm32", "arm64"}
# the guest interfaces upstream keeps stable
STABLE = ("public/xen.h", "public/memory.h", "public/grant_table.h", "public/event_channel.h",
          "public/sched.h", "public/vcpu.h")


def stable(file):
    return file is not None and (file in STABLE or file.startswith("public/io/"))


def report(history):
    out = ["# Xen's release history, judged by `xenabi diff`", "",
           "Made by `tests/test_release_history.py --write-report` from the baselines in this folder",
           "(contract manifests of each release's `xen/include/public`, `tests/tools/make_baselines.py`).",
           "Counts are over x86_32, x86_64, arm32 and arm64 together.", "",
           "| step | compatible | compatible (version bump) | breaking | breaking in stable guest headers |",
           "|---|---|---|---|---|"]
    for (a, b), changes in history:
        n = collections.Counter(c.verdict for c in changes)
        st = sum(1 for c in changes if c.verdict == abidiff.BREAKING and stable(c.file))
        out.append(f"| {a} -> {b} | {n[abidiff.COMPATIBLE]} | {n[abidiff.BUMPED]} | {n[abidiff.BREAKING]} | {st} |")
    out += ["", "Breaking changes, each once (the profiles it shows on in brackets):", ""]
    for (a, b), changes in history:
        seen = collections.OrderedDict()
        for c in changes:
            if c.verdict == abidiff.BREAKING:
                seen.setdefault((c.file or "?", c.kind, c.key, c.what), []).append(c.profile)
        out.append(f"## {a} -> {b}")
        out.append("")
        if not seen:
            out.append("none")
        for (file, kind, key, what), profiles in seen.items():
            out.append(f"- {file}: {kind} `{key}`: {what} [{', '.join(sorted(profiles))}]")
        out.append("")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--write-report", action="store_true")
    a = ap.parse_args()
    failures = []
    sets = {}
    for s in STEPS:
        try:
            sets[s] = abidiff.load(os.path.join(BASE, s))
        except abidiff.DiffError as e:
            failures.append(str(e))
            continue
        if set(sets[s]) != PROFILES:
            failures.append(f"{s}: profiles {sorted(sets[s])}, expected {sorted(PROFILES)}")
        for p, c in sets[s].items():
            if len(c["records"]) < 800 or len(c["constants"]) < 1500:
                failures.append(f"{s} {p}: only {len(c['records'])} records, {len(c['constants'])} constants")
    if failures:
        for f in failures:
            print("FAIL " + f)
        return 1
    for s in STEPS:
        if abidiff.compare(sets[s], sets[s]):
            failures.append(f"{s} compared with itself shows changes")
    pages = abidiff.page_records(os.path.dirname(HERE))    # the description marks the shared pages
    history = [((x, y), abidiff.compare(sets[x], sets[y], pages)) for x, y in zip(STEPS, STEPS[1:])]
    for (x, y), changes in history:
        n = collections.Counter(c.verdict for c in changes)
        print(f"{x} -> {y}: {n[abidiff.COMPATIBLE]} compatible, {n[abidiff.BUMPED]} with a version bump, "
              f"{n[abidiff.BREAKING]} breaking")
    steps = dict(history)

    def has(step, verdict, kind, key, words=""):
        return any(c.verdict == verdict and c.kind == kind and c.key == key and words in c.what
                   for c in steps[step])

    dv = [sets[s]["x86_64"]["constants"]["XEN_DOMCTL_INTERFACE_VERSION"]["value"] for s in STEPS[4:6]]
    if dv != [0x17, 0x18]:
        failures.append(f"XEN_DOMCTL_INTERFACE_VERSION in 4.21/4.22: {dv}, expected 0x17, 0x18")
    if not has(("RELEASE-4.21.0", "RELEASE-4.22.0"), abidiff.COMPATIBLE, "constant",
               "XEN_DOMCTL_INTERFACE_VERSION", "version bump"):
        failures.append("4.21 -> 4.22: the domctl version bump is not reported as one")
    if not has(("RELEASE-4.21.0", "RELEASE-4.22.0"), abidiff.BREAKING, "constant",
               "XEN_SYSCTL_get_cpu_levelling_caps", "removed"):
        failures.append("4.21 -> 4.22: the removal of XEN_SYSCTL_get_cpu_levelling_caps is not breaking")
    if not has(("RELEASE-4.22.0", "reference-c447b7308b13"), abidiff.BREAKING, "constant",
               "KEXEC_CMD_kexec_load_v1", "removed"):
        failures.append("4.22 -> reference: the removal of kexec's v1 load is not breaking")
    text = report(history) + "\n"
    path = os.path.join(BASE, "REPORT.md")
    if a.write_report:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
        print(f"wrote {path}")
    else:
        try:
            with open(path, encoding="utf-8") as fh:
                if fh.read() != text:
                    failures.append("tests/baselines/REPORT.md is not what the baselines give "
                                    "(tests/test_release_history.py --write-report)")
        except OSError:
            failures.append("tests/baselines/REPORT.md is missing")
    for f in failures:
        print("FAIL " + f)
    print(f"release history: {len(STEPS) - 1} steps, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
