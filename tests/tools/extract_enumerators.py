#!/usr/bin/env python3
"""Make tests/reference/enumerators.json from a Xen source tree: the value of
every enumerator upstream's public headers declare, as gcc -m64 evaluates it
(tools view, latest interface version).  The reference constants data has
#define'd integers only; enumerators (xenmem_access_t, XEN_DMOP_*, ...) come
from here.

    tests/tools/extract_enumerators.py XEN_TREE [COMMIT] > tests/reference/enumerators.json

(COMMIT names the tree's commit when it is not a git checkout.)

Enumerators are found by a scan of each header's enum bodies (comments
removed); the compiler, not the scan, gives each value.  A header that does
not compile on x86_64 on its own (other architectures' headers) is skipped
and listed under "skipped".
"""
import json
import os
import re
import subprocess
import sys
import tempfile


def enumerators(text):
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r"//[^\n]*", "", text)
    names = []
    for m in re.finditer(r"\benum\b[^{;()]*\{(.*?)\}", text, flags=re.S):
        body = "\n".join(l for l in m.group(1).splitlines() if not l.strip().startswith("#"))
        for part in body.split(","):
            n = re.match(r"\s*([A-Za-z_]\w*)", part)
            if n:
                names.append(n.group(1))
    return names


def main():
    tree = sys.argv[1]
    commit_arg = sys.argv[2] if len(sys.argv) > 2 else None
    pub = os.path.join(tree, "xen/include/public")
    commit = subprocess.run(["git", "-C", tree, "rev-parse", "HEAD"], capture_output=True,
                            text=True).stdout.strip() or commit_arg or "unknown"
    out = {"source": "xen/include/public", "commit": commit,
           "compiler": "gcc -m64 -D__XEN_TOOLS__ -D__XEN_INTERFACE_VERSION__=__XEN_LATEST_INTERFACE_VERSION__",
           "headers": {}, "skipped": {}, "not_in_this_view": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for d, _, files in sorted(os.walk(pub)):
            for f in sorted(files):
                if not f.endswith(".h"):
                    continue
                rel = os.path.relpath(os.path.join(d, f), pub)
                with open(os.path.join(d, f), errors="replace") as fh:
                    names = enumerators(fh.read())
                if not names:
                    continue
                src = os.path.join(tmp, "e.c")
                exe = os.path.join(tmp, "e")
                inc = os.path.join(tmp, "inc")
                if not os.path.exists(inc):
                    os.makedirs(inc)
                    os.symlink(pub, os.path.join(inc, "xen"))
                # names the scan found in a branch this view does not take
                # (an older interface version) are undeclared: drop, retry
                dropped = []
                while True:
                    with open(src, "w") as fh:
                        fh.write("#include <stdint.h>\n#include <stdio.h>\n#include <xen/xen.h>\n")
                        fh.write(f"#include <xen/{rel}>\nint main(void) {{\n")
                        for n in names:
                            fh.write(f'    printf("%s %lld\\n", "{n}", (long long){n});\n')
                        fh.write("    return 0;\n}\n")
                    r = subprocess.run(["gcc", "-m64", "-D__XEN_TOOLS__",
                                        "-D__XEN_INTERFACE_VERSION__=__XEN_LATEST_INTERFACE_VERSION__",
                                        "-I", inc, src, "-o", exe], capture_output=True, text=True)
                    bad = set(re.findall(r"‘(\w+)’ undeclared", r.stderr)) & set(names)
                    if r.returncode == 0 or not bad:
                        break
                    dropped += sorted(bad)
                    names = [n for n in names if n not in bad]
                if r.returncode != 0:
                    out["skipped"][rel] = (r.stderr.strip().splitlines() or ["?"])[-1][:200]
                    continue
                if dropped:
                    out["not_in_this_view"][rel] = dropped
                vals = subprocess.run([exe], capture_output=True, text=True, check=True).stdout
                out["headers"][rel] = {n: int(v) for n, v in (l.split() for l in vals.splitlines())}
    json.dump(out, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
