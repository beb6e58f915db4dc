#!/usr/bin/env python3
"""The JSON description (`xenabi describe`) against its schema, and used
alone to decode real hypercalls.

1. `xenabi describe` for every profile validates against
   gen/xenabi/description.schema.json (jsonschema, draft 2020-12), and
   documents broken on purpose (a record without its size, an unknown type
   kind, another format version, a `dir` annotation without its direction)
   do not: the schema can fail.
2. tests/describe_calls.c, built -m32 and -m64 against the generated
   headers, makes six hypercalls as a guest would (a counted handle whose
   direction depends on the sub-op, an array of records with unions chosen
   by a flag, a sub-op read from a structure member, ...) and prints each
   call's number, arguments and the bytes of the memory they point to, with
   the values it stored.  tests/json_decoder.py, which knows Xen only from
   the JSON, decodes every call on x86_32 and x86_64; each stored value must
   come back.

Needs gcc with -m32 (gcc-multilib) and python3-jsonschema: the README
installs both; either missing is a failure.
"""
import argparse
import copy
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from json_decoder import Decoder, DecodeError  # noqa: E402


def find(value, key):
    """The first value under `key` in a decoded tree (depth first)."""
    if isinstance(value, dict):
        if key in value:
            return value[key]
        for v in value.values():
            r = find(v, key)
            if r is not None:
                return r
    if isinstance(value, list):
        for v in value:
            r = find(v, key)
            if r is not None:
                return r
    return None


def check_call(decoded, expect):
    """[problem] comparing one decoded call with what the program stored."""
    bad = []
    if decoded["subop"] != expect["subop"]:
        bad.append(f"sub-op {decoded['subop']} (stored {expect['subop']})")
    args = decoded["args"]
    for key, want in expect.items():
        if key == "subop":
            continue
        if key == "extent_start":
            got = find(args, "extent_start").get("elements")
        elif key == "extent_start_dir":
            got = find(args, "extent_start")["dir"]
        elif key == "arm":
            got = find(args, "u")["arm"]
        elif key == "copies":
            got = [{"source": [c["source"]["u"]["arm"], c["source"]["u"]["value"]],
                    "dest": [c["dest"]["u"]["arm"], c["dest"]["u"]["value"]], "len": c["len"]}
                   for c in args["arg2"]["value"]]
        else:
            got = find(args, key)
        if got != want:
            bad.append(f"{key}: decoded {got!r}, stored {want!r}")
    return bad


def schema_check(desc, schema):
    import jsonschema
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    errors = list(validator.iter_errors(desc))
    problems = [f"schema: {'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in errors[:10]]
    # broken copies must fail (checked on one profile: the schema is per profile)
    one = dict(desc, profiles={"x86_64": desc["profiles"]["x86_64"]})
    rec = next(iter(one["profiles"]["x86_64"]["records"]))
    broken = {}
    d = copy.deepcopy(one)
    del d["profiles"]["x86_64"]["records"][rec]["size"]
    broken["a record without its size"] = d
    d = copy.deepcopy(one)
    d["profiles"]["x86_64"]["records"][rec]["fields"][0]["type"] = {"float": "double"}
    broken["an unknown type kind"] = d
    d = copy.deepcopy(one)
    d["version"] = 2
    broken["another format version"] = d
    d = copy.deepcopy(one)
    for r in d["profiles"]["x86_64"]["records"].values():
        f = next((f for f in r["fields"] for a in f.get("annotations", ()) if a["kind"] == "dir"), None)
        if f:
            next(a for a in f["annotations"] if a["kind"] == "dir").pop("dir")
            break
    broken["a dir annotation without its direction"] = d
    for what, doc in broken.items():
        if validator.is_valid(doc):
            problems.append(f"schema: {what} validates (the schema cannot fail there)")
    return problems, len(broken)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--generated", required=True, help="the build tree's generated folder (include/ in it)")
    a = ap.parse_args()
    if importlib.util.find_spec("jsonschema") is None:
        print("FAIL: python3-jsonschema is missing (gen/install-deps.sh test)")
        return 1
    problems = []
    with tempfile.TemporaryDirectory(prefix="xenabi-describe-") as tmp:
        out = os.path.join(tmp, "description.json")
        # its own TMPDIR: what the command leaves in it is a leak
        scratch = os.path.join(tmp, "scratch")
        os.mkdir(scratch)
        r = subprocess.run([sys.executable, "-m", "xenabi", "--root", ROOT, "describe", "--out", out],
                           capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=os.path.join(ROOT, "gen"),
                                                                    TMPDIR=scratch))
        if r.returncode != 0:
            print(f"FAIL: xenabi describe:\n{r.stdout}{r.stderr}")
            return 1
        if os.listdir(scratch):
            problems.append(f"xenabi describe left scratch files behind: {sorted(os.listdir(scratch))}")
        with open(out, encoding="utf-8") as fh:
            desc = json.load(fh)
        with open(os.path.join(ROOT, "gen", "xenabi", "description.schema.json"), encoding="utf-8") as fh:
            schema = json.load(fh)
        found, nbroken = schema_check(desc, schema)
        problems += found
        # the schema names every annotation kind a record or member may carry
        sys.path.insert(0, os.path.join(ROOT, "gen"))
        from xenabi.annotations import FIELD_KINDS, RECORD_KINDS
        kinds = set(schema["$defs"]["annotation"]["properties"]["kind"]["enum"])
        if kinds != set(FIELD_KINDS) | set(RECORD_KINDS):
            problems.append(f"schema: annotation kinds differ from the generator's: "
                            f"{sorted(kinds ^ (set(FIELD_KINDS) | set(RECORD_KINDS)))}")
        print(f"schema: the description ({len(desc['profiles'])} profiles, "
              f"{sum(len(p['records']) for p in desc['profiles'].values())} records) "
              f"{'validates' if not found else 'does NOT validate'}; {nbroken} broken copies checked")
        decoded = 0
        for bits, profile in (("32", "x86_32"), ("64", "x86_64")):
            exe = os.path.join(tmp, f"calls{bits}")
            r = subprocess.run(["gcc", f"-m{bits}", "-std=gnu11", "-Wall", "-Werror", "-I",
                                os.path.join(a.generated, "include"), os.path.join(HERE, "describe_calls.c"),
                                "-o", exe], capture_output=True, text=True)
            if r.returncode != 0:
                print(f"FAIL: describe_calls.c does not build -m{bits}:\n{r.stderr[-2000:]}")
                return 1
            calls = json.loads(subprocess.run([exe], capture_output=True, text=True, check=True).stdout)
            dec = Decoder(desc, profile)
            for c in calls:
                memory = {int(k): bytes.fromhex(v) for k, v in c["memory"].items()}
                try:
                    got = dec.decode_call(c["nr"], c["args"], memory)
                except DecodeError as e:
                    problems.append(f"{profile} {c['name']}: {e}")
                    continue
                bad = check_call(got, c["expect"])
                problems += [f"{profile} {c['name']}: {b}" for b in bad]
                decoded += 1
                print(f"{profile}: {c['name']}: {got['hypercall']}/{got['subop']}: "
                      f"{'every stored value decoded' if not bad else 'WRONG'} "
                      f"({len(c['expect']) - 1} values)")
        if decoded != 12:
            problems.append(f"{decoded} of 12 calls decoded")
    for p in problems:
        print(f"FAIL: {p}")
    print("FAIL" if problems else "OK: the description validates, and alone decodes every call on both profiles")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
