#!/usr/bin/env python3
"""Make the committed baselines of Xen's releases (tests/baselines/): the
contract manifests of each release's public headers, by
`xenabi contract-from-headers`, for x86_32, x86_64, arm32 and arm64, gzipped
(reproducibly: no time stamp).  Needs a git clone of xen-project/xen with
its release tags (outside CI: it has no network):

    tests/tools/make_baselines.py --xen-git /path/to/xen [--out tests/baselines]
"""
import argparse
import gzip
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RELEASES = ["RELEASE-4.17.0", "RELEASE-4.18.0", "RELEASE-4.19.0", "RELEASE-4.20.0", "RELEASE-4.21.0",
            "RELEASE-4.22.0"]
REFERENCE = ("reference-c447b7308b13", "c447b7308b1330ec6dcfef37220736c28f41daa0")
PROFILES = ["x86_32", "x86_64", "arm32", "arm64"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--xen-git", required=True, help="a git directory of xen-project/xen with release tags")
    ap.add_argument("--out", default=os.path.join(ROOT, "tests", "baselines"))
    a = ap.parse_args()
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "gen"))
    for name, rev in [(t, t) for t in RELEASES] + [REFERENCE]:
        with tempfile.TemporaryDirectory() as tmp:
            arch = subprocess.run(["git", "--git-dir", a.xen_git, "archive", rev, "xen/include/public"],
                                  capture_output=True, check=True).stdout
            subprocess.run(["tar", "x", "-C", tmp], input=arch, check=True)
            out = os.path.join(tmp, "out")
            cmd = [sys.executable, "-m", "xenabi", "--root", ROOT, "contract-from-headers",
                   os.path.join(tmp, "xen", "include", "public"), "--out", out,
                   "--label", f"xen-project/xen {name} ({rev}) xen/include/public"]
            for p in PROFILES:
                cmd += ["--profile", p]
            print(f"{name}: {rev}", flush=True)
            subprocess.run(cmd, check=True, env=env)
            dest = os.path.join(a.out, name)
            os.makedirs(dest, exist_ok=True)
            for p in PROFILES:
                with open(os.path.join(out, f"{p}.json"), "rb") as fh:
                    data = fh.read()
                with open(os.path.join(dest, f"{p}.json.gz"), "wb") as fh:
                    fh.write(gzip.compress(data, compresslevel=9, mtime=0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
