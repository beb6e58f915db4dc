#!/usr/bin/env python3
"""Make the committed baselines (tests/baselines/), by
`xenabi contract-from-headers`, for x86_32, x86_64, arm32 and arm64:

- releases: the contract manifests of each release's public headers (and
  the reference commit's), tools view, gzipped (reproducibly: no time stamp);
- interface-versions: the reference commit's headers in a guest's view at
  every interface version their conditionals tell apart, one manifest per
  version, all of a profile's in one xz file (they differ little, and xz
  sees that; gzip's window does not).

Needs a git clone of xen-project/xen with its release tags (outside CI: it
has no network):

    tests/tools/make_baselines.py --xen-git /path/to/xen [--out tests/baselines] [--only releases|versions]
"""
import argparse
import gzip
import json
import lzma
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RELEASES = ["RELEASE-4.17.0", "RELEASE-4.18.0", "RELEASE-4.19.0", "RELEASE-4.20.0", "RELEASE-4.21.0",
            "RELEASE-4.22.0"]
REFERENCE = ("reference-c447b7308b13", "c447b7308b1330ec6dcfef37220736c28f41daa0")
PROFILES = ["x86_32", "x86_64", "arm32", "arm64"]


def headers(xen_git, rev, tmp):
    """Extract rev's xen/include/public under tmp; its path."""
    arch = subprocess.run(["git", "--git-dir", xen_git, "archive", rev, "xen/include/public"],
                          capture_output=True, check=True).stdout
    subprocess.run(["tar", "x", "-C", tmp], input=arch, check=True)
    return os.path.join(tmp, "xen", "include", "public")


def contracts(folder, out, label, env, version=None):
    """{profile: manifest text} of folder by contract-from-headers."""
    cmd = [sys.executable, "-m", "xenabi", "--root", ROOT, "contract-from-headers", folder, "--out", out,
           "--label", label]
    if version is not None:
        cmd += ["--interface-version", f"0x{version:08x}"]
    for p in PROFILES:
        cmd += ["--profile", p]
    subprocess.run(cmd, check=True, env=env)
    texts = {}
    for p in PROFILES:
        with open(os.path.join(out, f"{p}.json"), encoding="utf-8") as fh:
            texts[p] = fh.read()
    return texts


def releases(a, env):
    for name, rev in [(t, t) for t in RELEASES] + [REFERENCE]:
        with tempfile.TemporaryDirectory() as tmp:
            print(f"{name}: {rev}", flush=True)
            texts = contracts(headers(a.xen_git, rev, tmp), os.path.join(tmp, "out"),
                              f"xen-project/xen {name} ({rev}) xen/include/public", env)
            dest = os.path.join(a.out, name)
            os.makedirs(dest, exist_ok=True)
            for p in PROFILES:
                with open(os.path.join(dest, f"{p}.json.gz"), "wb") as fh:
                    fh.write(gzip.compress(texts[p].encode(), compresslevel=9, mtime=0))


def versions(a, env):
    sys.path.insert(0, os.path.join(ROOT, "gen"))
    from xenabi import pin
    name, rev = REFERENCE
    with tempfile.TemporaryDirectory() as tmp:
        folder = headers(a.xen_git, rev, tmp)
        tree = {}
        for base, _, files in os.walk(folder):
            for f in files:
                with open(os.path.join(base, f), encoding="utf-8", errors="replace") as fh:
                    tree[os.path.relpath(os.path.join(base, f), folder)] = fh.read()
        label = f"xen-project/xen {name} ({rev}) xen/include/public"
        sets = {p: {} for p in PROFILES}
        for v in pin.interface_versions(tree):
            print(f"{name}: interface version 0x{v:08x}", flush=True)
            for p, text in contracts(folder, os.path.join(tmp, "out"), label, env, v).items():
                sets[p][f"0x{v:08x}"] = json.loads(text)
    dest = os.path.join(a.out, "interface-versions")
    os.makedirs(dest, exist_ok=True)
    for p in PROFILES:
        data = json.dumps({"format": "xenabi-contract-set", "source": label, "target": p,
                           "view": "guest, -D__XEN_INTERFACE_VERSION__=<version>", "manifests": sets[p]},
                          indent=1, sort_keys=True) + "\n"
        with open(os.path.join(dest, f"{p}.json.xz"), "wb") as fh:
            fh.write(lzma.compress(data.encode(), preset=9 | lzma.PRESET_EXTREME))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--xen-git", required=True, help="a git directory of xen-project/xen with release tags")
    ap.add_argument("--out", default=os.path.join(ROOT, "tests", "baselines"))
    ap.add_argument("--only", choices=["releases", "versions"])
    a = ap.parse_args()
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "gen"))
    if a.only != "versions":
        releases(a, env)
    if a.only != "releases":
        versions(a, env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
