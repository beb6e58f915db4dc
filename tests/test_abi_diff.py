#!/usr/bin/env python3
"""ABI diff corpus: every case in tests/abi_diff/cases.txt edits the base
description (tests/abi_diff/*.h) once; the contract manifests of the base
and of the edit (x86_64) are compared, and the worst verdict must be the one
the case states.  A case whose edit does not apply exactly once, or whose
edited description does not generate, fails.  Then `xenabi diff` itself runs
on one breaking and one compatible pair: exit status, JSON, --accept."""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(HERE, "abi_diff")
sys.path.insert(0, os.path.join(ROOT, "gen"))
from xenabi import abidiff, checks, contract, frontend  # noqa: E402
from xenabi.diag import DescriptionError, Sink  # noqa: E402

PROFILE = "x86_64"
VERDICTS = {"compatible": abidiff.COMPATIBLE, "bump": abidiff.BUMPED, "breaking": abidiff.BREAKING,
            "none": None}
MIN_CASES = 40


def parse_cases(path):
    cases, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            key, _, value = line.partition(": ")
            if line.endswith(":") and not value:
                key, value = line[:-1], ""
            if key == "case":
                cur = {"name": value, "line": n}
                cases.append(cur)
            elif cur is not None and key in ("verdict", "file", "old", "new"):
                cur[key] = value.replace("\\n", "\n")
            else:
                raise SystemExit(f"{path}:{n}: cannot read '{line}'")
    for c in cases:
        missing = {"verdict", "file", "old", "new"} - set(c)
        if missing or c["verdict"] not in VERDICTS:
            raise SystemExit(f"{path}:{c['line']}: case {c['name']}: missing {sorted(missing)} or bad verdict")
    return cases


def make_root(tmp, edit=None):
    root = tempfile.mkdtemp(dir=tmp)
    os.makedirs(os.path.join(root, "abi"))
    for f in sorted(os.listdir(CORPUS)):
        if f.endswith(".h"):
            with open(os.path.join(CORPUS, f), encoding="utf-8") as fh:
                text = fh.read()
            if edit and edit["file"] == f:
                if text.count(edit["old"]) != 1:
                    raise ValueError(f"its 'old' text occurs {text.count(edit['old'])} times in {f}, not once")
                text = text.replace(edit["old"], edit["new"])
            with open(os.path.join(root, "abi", f), "w", encoding="utf-8") as fh:
                fh.write(text)
    return root


def contract_of(root):
    desc = frontend.load(root, profiles=[PROFILE])
    sink = Sink()
    checks.check(desc, sink)
    sink.raise_if_any()
    return contract.contract(desc, PROFILE)


def main():
    cases = parse_cases(os.path.join(CORPUS, "cases.txt"))
    failures = []
    if len(cases) < MIN_CASES:
        failures.append(f"only {len(cases)} cases (at least {MIN_CASES})")
    if len({c["name"] for c in cases}) != len(cases):
        failures.append("two cases have the same name")
    with tempfile.TemporaryDirectory() as tmp:
        base = {PROFILE: contract_of(make_root(tmp))}
        by_verdict = {}
        for c in cases:
            try:
                root = make_root(tmp, c)
                new = {PROFILE: contract_of(root)}
            except (ValueError, DescriptionError) as e:
                failures.append(f"{c['name']}: the edited description is not usable: {e}")
                continue
            # the shared-page records as `xenabi diff` finds them (the edited description's)
            changes = abidiff.compare(base, new, abidiff.page_records(root))
            got = abidiff.worst(changes)
            by_verdict[c["verdict"]] = by_verdict.get(c["verdict"], 0) + 1
            status = "ok" if got == VERDICTS[c["verdict"]] else "FAIL"
            print(f"{status:4s} {c['name']:40s} expected {c['verdict']:10s} got {got or 'none'}")
            if status == "FAIL":
                failures.append(f"{c['name']}: expected {c['verdict']}, got {got or 'none'}:\n" +
                                "\n".join(f"    {ch.verdict}: {ch.kind} {ch.key}: {ch.what}" for ch in changes))
        print(f"cases by expected verdict: {by_verdict}")
        failures += cli_checks(tmp, cases)
    for f in failures:
        print("FAIL " + f)
    print(f"abi diff corpus: {len(cases)} cases, {len(failures)} failures")
    return 1 if failures else 0


def run_cli(*args, root=ROOT):
    """xenabi with the description under root (the shared-page records
    `xenabi diff` reads come from there)."""
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "gen"))
    return subprocess.run([sys.executable, "-m", "xenabi", "--root", root] + list(args),
                          capture_output=True, text=True, env=env)


def cli_checks(tmp, cases):
    """The command: manifests written by `xenabi contract`, exit 1 on a
    breaking change and 0 otherwise, JSON output, --accept."""
    out = []
    pick = {c["verdict"]: c for c in cases}
    dirs, roots = {}, {}
    for label, edit in (("base", None), ("breaking", pick["breaking"]), ("compatible", pick["compatible"])):
        root, d = make_root(tmp, edit), os.path.join(tmp, f"contract-{label}")
        env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "gen"))
        r = subprocess.run([sys.executable, "-m", "xenabi", "--root", root, "contract", "--profile", PROFILE,
                            "--out", d], capture_output=True, text=True, env=env)
        if r.returncode != 0:
            out.append(f"xenabi contract ({label}) failed: {r.stderr}")
            return out
        dirs[label], roots[label] = d, root
    r = run_cli("diff", dirs["base"], dirs["breaking"])
    if r.returncode != 1 or "verdict: breaking" not in r.stdout:
        out.append(f"diff of a breaking change: exit {r.returncode}, expected 1\n{r.stdout}{r.stderr}")
    r = run_cli("diff", "--json", dirs["base"], dirs["compatible"], root=roots["compatible"])
    try:
        data = json.loads(r.stdout)
    except ValueError:
        data = None
    if r.returncode != 0 or not data or any(d["verdict"] != abidiff.COMPATIBLE for d in data):
        out.append(f"diff --json of a compatible change: exit {r.returncode}\n{r.stdout}{r.stderr}")
    r = run_cli("diff", "--accept", dirs["base"], dirs["breaking"])
    again = run_cli("diff", dirs["base"], dirs["breaking"])
    if r.returncode != 0 or again.returncode != 0 or "verdict: no change" not in again.stdout:
        out.append(f"--accept did not make the new manifests the baseline\n{r.stdout}{again.stdout}")
    r = run_cli("diff", dirs["base"], os.path.join(tmp, "nothing-here"))
    if r.returncode != 2 or "no such file" not in r.stderr:
        out.append(f"a missing manifest folder: exit {r.returncode}, expected 2 with a message\n{r.stderr}")
    print(f"xenabi diff command: {4 - len(out)} of 4 checks passed")
    return out


if __name__ == "__main__":
    sys.exit(main())
