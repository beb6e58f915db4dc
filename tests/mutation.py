#!/usr/bin/env python3
"""Mutation test: the generator on damaged copies of the real description.

A seeded generator makes N mutants of abi/, one change each (MUTATIONS: 21
kinds: lines deleted, duplicated, truncated or swapped, types swapped,
annotations corrupted, braces, semicolons and conditionals unbalanced, stray
bytes, numbers and names changed, #define bodies emptied or redefined,
bit-field widths negated, arrays made huge, annotation expressions nested
deep, typedef chains made long, enumerators duplicated).  Each mutant runs `xenabi generate --out
DIR` in a forked child of a process that has already parsed the
description once (so a mutant re-parses only what its change touches), with
a time limit and a memory limit.  Every mutant must end one of two ways:

- rejected: exit status 1, nothing written in DIR, and an error located in
  the mutated file within two lines of the change, or elsewhere for one of
  the reasons listed in REASONS (an error on a line that uses a name the
  change took away; an error where a construct the change left open or
  closed early is found to be so);
- accepted: every generated file that differs from the unmutated output
  compiles: the layout assertions of every profile whose headers changed
  (clang, that profile's target), each changed public header alone (gcc,
  x86_64, C99 -pedantic -Wall -Wextra -Werror, tools and guest views), and
  the changed compat headers (gcc -m64, -Wall -Werror).

Anything else fails the test: a traceback, a timeout, a crash, output
written on failure, an error far from its cause, or an accepted mutant
whose output does not compile.  The counts are printed per outcome and per
kind; `--verbose` lists every mutant.

    tests/mutation.py [--count N] [--seed S] [--timeout SECONDS] [--jobs J]

The CTest test runs 500 mutants with a fixed seed; a longer run takes
another seed and count (README).
"""
import argparse
import collections
import json
import os
import random
import re
import resource
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "gen"))
from xenabi import cli, output  # noqa: E402
from xenabi.profiles import PROFILES  # noqa: E402
sys.path.insert(0, HERE)
import compile_matrix as matrix  # noqa: E402

FIXED_TYPES = ["uint8_t", "uint16_t", "uint32_t", "uint64_t", "int8_t", "int16_t", "int32_t", "int64_t",
               "xen_ulong_t", "uint64_aligned_t", "domid_t"]
BAD_TOKENS = ["@", "$", "`", "??", "0x", "1e3", "''", '"', "#", "\\", "count", "select", "->", "..", "9999999999999999999999"]
STRAY_BYTES = ["\x00", "\udcff", "\udc80", "@", "`", "$", "\\", "\x7f", "\u00e9"]
NUMBERS = ["0", "-1", "99999999999999999999", "0xffffffffffffffff", "0x7fffffff", "1 << 70", "(1/0)"]
LOCAL_DISTANCE = 2
DEFINE = re.compile(r"\s*#\s*define\s+([A-Za-z_]\w*)")
# words of C and of the preprocessor: never a name a change takes away
C_WORDS = {"include", "define", "undef", "ifdef", "ifndef", "endif", "elif", "else", "pragma", "xenabi",
           "struct", "union", "enum", "typedef", "const", "unsigned", "signed", "int", "char", "short",
           "long", "void", "defined"}
IDENT = re.compile(r"\b[A-Za-z_][A-Za-z_0-9]*\b")
# what the generator (or the preprocessor) says of a construct left open
OPEN_WORDS = re.compile(r"not closed|not finished|unterminated|is open|'\}\}?;' is missing|without (an )?#if|"
                        r"without 'verbatim")

# Errors located away from the change, for a reason the change itself gives.
REASONS = {
    "use_of_removed": "the change took a name away (deleted, renamed, emptied, an #include removed); "
                      "the error is on a line that uses that name, or names it",
    "left_open": "the change left a brace, a conditional, a comment or a declaration open (or took its "
                 "opening away); the error is where the imbalance shows",
    "closed_early": "the change closed a record early; the error is at the brace that closed it before",
    "in_macro": "the change is in a macro body; the error is where the macro is expanded, and names the "
                "macro's lines (made by macro M at path:first-last, or the compiler's 'in expansion of macro')",
    "error_directive": "the change made one of the description's own #error directives fire; the error is "
                       "at that #error, as a compiler reports it",
}
MACRO_AT = re.compile(r"\bat (abi/[\w/.-]+):(\d+)(?:-(\d+))?")


class Mutator:
    """Seeded changes of one kind each; every change returns (new text, line
    of the change (1-based), what it did), or None when the file offers no
    place for that kind (another file or kind is drawn)."""

    def __init__(self, rng):
        self.rng = rng

    def pick(self, lines, pred):
        idx = [i for i, ln in enumerate(lines) if pred(ln)]
        return self.rng.choice(idx) if idx else None

    def code_line(self, ln):
        s = ln.strip()
        return bool(s) and not s.startswith(("/*", "*", "//"))

    def m_delete_line(self, ls):
        i = self.pick(ls, self.code_line)
        if i is None:
            return None
        return ls[:i] + ls[i + 1:], i + 1, f"deleted: {ls[i].strip()[:60]}"

    def m_duplicate_line(self, ls):
        i = self.pick(ls, self.code_line)
        if i is None:
            return None
        return ls[:i + 1] + [ls[i]] + ls[i + 1:], i + 2, f"duplicated: {ls[i].strip()[:60]}"

    def m_truncate_line(self, ls):
        i = self.pick(ls, lambda ln: len(ln.strip()) > 4 and self.code_line(ln))
        if i is None:
            return None
        cut = self.rng.randrange(1, len(ls[i].rstrip()))
        return ls[:i] + [ls[i][:cut]] + ls[i + 1:], i + 1, f"truncated at column {cut + 1}"

    def m_swap_lines(self, ls):
        i = self.pick(ls[:-1], self.code_line)
        if i is None or not self.code_line(ls[i + 1]) or ls[i] == ls[i + 1]:
            return None
        return ls[:i] + [ls[i + 1], ls[i]] + ls[i + 2:], i + 1, "swapped with the next line"

    def m_swap_type(self, ls):
        pat = re.compile(r"\b(" + "|".join(FIXED_TYPES) + r")\b")
        i = self.pick(ls, lambda ln: pat.search(ln) and self.code_line(ln))
        if i is None:
            return None
        old = pat.search(ls[i]).group(1)
        new = self.rng.choice([t for t in FIXED_TYPES if t != old] + ["unsigned long", "long", "size_t",
                                                                      "float", "bogus_t"])
        return ls[:i] + [pat.sub(new, ls[i], count=1)] + ls[i + 1:], i + 1, f"type {old} -> {new}"

    def m_corrupt_annotation(self, ls):
        i = self.pick(ls, lambda ln: ln.lstrip().startswith("#pragma xenabi"))
        if i is None:
            return None
        words = ls[i].split(" ")
        k = self.rng.randrange(2, len(words)) if len(words) > 2 else len(words) - 1
        tok = self.rng.choice(BAD_TOKENS)
        words[k] = tok if self.rng.random() < 0.7 else words[k] + " " + tok
        return ls[:i] + [" ".join(words)] + ls[i + 1:], i + 1, f"annotation word {k} -> {tok!r}"

    def m_extra_close_brace(self, ls):
        i = self.rng.randrange(len(ls))
        return ls[:i] + ["};"] + ls[i:], i + 1, "inserted '};'"

    def m_extra_open_brace(self, ls):
        i = self.rng.randrange(len(ls))
        return ls[:i] + ["struct xenabi_mutant {"] + ls[i:], i + 1, "inserted an unclosed struct"

    def m_drop_semicolon(self, ls):
        i = self.pick(ls, lambda ln: ";" in ln and self.code_line(ln) and not ln.lstrip().startswith("#"))
        if i is None:
            return None
        return ls[:i] + [ls[i].replace(";", "", 1)] + ls[i + 1:], i + 1, "removed a ';'"

    def m_stray_semicolon(self, ls):
        i = self.pick(ls, lambda ln: ln.strip().endswith(";") and ln.startswith((" ", "\t")))
        if i is None:
            return None
        return ls[:i + 1] + ["    ;"] + ls[i + 1:], i + 2, "inserted a stray ';'"

    def m_unbalance_conditional(self, ls):
        i = self.pick(ls, lambda ln: re.match(r"\s*#\s*(endif|else|elif|if|ifdef|ifndef)\b", ln))
        if i is None:
            return None
        if self.rng.random() < 0.5:
            return ls[:i] + ls[i + 1:], i + 1, f"deleted: {ls[i].strip()[:40]}"
        return ls[:i] + ["#if 1"] + ls[i:], i + 1, "inserted '#if 1'"

    def m_stray_byte(self, ls):
        i = self.rng.randrange(len(ls))
        col = self.rng.randrange(len(ls[i]) + 1)
        b = self.rng.choice(STRAY_BYTES)
        return ls[:i] + [ls[i][:col] + b + ls[i][col:]] + ls[i + 1:], i + 1, f"byte {b!r} at column {col + 1}"

    def m_change_number(self, ls):
        pat = re.compile(r"(?<![\w.])(0x[0-9a-fA-F]+|\d+)[uUlL]*\b")
        i = self.pick(ls, lambda ln: pat.search(ln) and self.code_line(ln) and "SPDX" not in ln)
        if i is None:
            return None
        ms = list(pat.finditer(ls[i]))
        m = self.rng.choice(ms)
        new = self.rng.choice(NUMBERS)
        return ls[:i] + [ls[i][:m.start()] + new + ls[i][m.end():]] + ls[i + 1:], i + 1, \
            f"number {m.group(0)} -> {new}"

    def m_rename_identifier(self, ls):
        pat = re.compile(r"\b[A-Za-z_][A-Za-z_0-9]{3,}\b")
        i = self.pick(ls, lambda ln: pat.search(ln) and self.code_line(ln))
        if i is None:
            return None
        m = self.rng.choice(list(pat.finditer(ls[i])))
        name = m.group(0)
        new = name[:-1] + ("x" if name[-1] != "x" else "y")
        return ls[:i] + [ls[i][:m.start()] + new + ls[i][m.end():]] + ls[i + 1:], i + 1, f"{name} -> {new}"

    def m_empty_define(self, ls):
        pat = re.compile(r"^(\s*#\s*define\s+[A-Za-z_]\w*)\s+\S.*$")
        i = self.pick(ls, lambda ln: pat.match(ln) and not ln.rstrip().endswith("\\"))
        if i is None:
            return None
        return ls[:i] + [pat.match(ls[i]).group(1)] + ls[i + 1:], i + 1, "emptied a #define"

    def m_redefine(self, ls):
        pat = re.compile(r"^(\s*#\s*define\s+[A-Za-z_]\w*)\s+\S.*$")
        i = self.pick(ls, lambda ln: pat.match(ln) and not ln.rstrip().endswith("\\"))
        if i is None:
            return None
        return ls[:i + 1] + [pat.match(ls[i]).group(1) + " 12345"] + ls[i + 1:], i + 2, \
            "redefined a macro with another value"

    def m_negative_bitfield(self, ls):
        pat = re.compile(r":\s*(\d+)\s*;")
        i = self.pick(ls, lambda ln: pat.search(ln) and self.code_line(ln))
        if i is None:
            return None
        return ls[:i] + [pat.sub(lambda m: f": -{m.group(1)};", ls[i], count=1)] + ls[i + 1:], i + 1, \
            "negative bit-field width"

    def m_huge_array(self, ls):
        pat = re.compile(r"\[([^\]]+)\]")
        i = self.pick(ls, lambda ln: pat.search(ln) and self.code_line(ln) and not ln.lstrip().startswith("#"))
        if i is None:
            return None
        new = self.rng.choice(["0x7fffffffffffffff", "0x100000000", "-1"])
        return ls[:i] + [pat.sub(f"[{new}]", ls[i], count=1)] + ls[i + 1:], i + 1, f"array bound -> {new}"

    def m_deep_expression(self, ls):
        pat = re.compile(r"^(\s*#pragma xenabi\s+(?:count|select)\s+)(\S+)(.*)$")
        i = self.pick(ls, lambda ln: pat.match(ln))
        if i is None:
            return None
        m = pat.match(ls[i])
        depth = self.rng.choice([50, 300, 3000])
        return ls[:i] + [m.group(1) + "(" * depth + m.group(2) + ")" * depth + m.group(3)] + ls[i + 1:], \
            i + 1, f"expression nested {depth} deep"

    def m_typedef_chain(self, ls):
        i = self.pick(ls, lambda ln: ln.startswith("typedef ") and ln.rstrip().endswith(";"))
        if i is None:
            return None
        depth = self.rng.choice([10, 100, 1000])
        chain = ["typedef uint32_t xenabi_chain0_t;"] + \
            [f"typedef xenabi_chain{k}_t xenabi_chain{k + 1}_t;" for k in range(depth)]
        return ls[:i + 1] + chain + ls[i + 1:], i + 2, f"a valid typedef chain {depth} deep"

    def m_duplicate_enumerator(self, ls):
        pat = re.compile(r"^(\s+)([A-Z][A-Z0-9_]+)\s*(=\s*[^,]+)?,\s*$")
        i = self.pick(ls, lambda ln: pat.match(ln))
        if i is None:
            return None
        return ls[:i + 1] + [ls[i]] + ls[i + 1:], i + 2, "duplicated an enumerator"


MUTATIONS = sorted(n[2:] for n in dir(Mutator) if n.startswith("m_"))


def make_mutants(abi_files, count, seed):
    """[(path, text, line, kind, what, names taken away)] of `count` mutants,
    reproducible from seed."""
    rng = random.Random(seed)
    mut = Mutator(rng)
    texts = {}
    for p in abi_files:
        with open(os.path.join(ROOT, p), encoding="utf-8") as fh:
            texts[p] = fh.read()
    out, attempts = [], 0
    while len(out) < count:
        attempts += 1
        if attempts > count * 50:
            raise SystemExit("mutation: cannot make enough mutants (no place for the kinds drawn)")
        kind = MUTATIONS[len(out) % len(MUTATIONS)] if rng.random() < 0.5 else rng.choice(MUTATIONS)
        path = rng.choice(abi_files)
        r = getattr(mut, "m_" + kind)(texts[path].split("\n"))
        if r is None:
            continue
        new, line, what = r
        text = "\n".join(new)
        # the names the change took away (fewer uses than before): an error
        # where one of them is used is caused by the change
        before, after = collections.Counter(IDENT.findall(texts[path])), collections.Counter(IDENT.findall(text))
        removed = {n for n, c in before.items() if after[n] < c and len(n) > 2 and n not in C_WORDS}
        # and the macros whose definition the change altered (emptied, cut)
        gone = set(texts[path].split("\n")) - set(new)
        removed |= {m.group(1) for m in map(DEFINE.match, gone) if m}
        out.append((path, text, line, kind, what, removed))
    return out


# ---- running one mutant --------------------------------------------------------

class Job:
    """One mutant in a forked child: the child writes the mutant into its
    own copy of the description (slot), runs `xenabi generate` on it into an
    empty folder, then judges the result itself (it has the unmutated output
    in memory, inherited) and sends one JSON line.  The parent enforces the
    time limit on generation (a line 'generated' ends it), and a generous
    one on the compile checks that follow."""
    COMPILE_LIMIT = 300.0

    def __init__(self, n, mutant, slot, base, cmds, timeout):
        self.n, self.mutant, self.slot, self.timeout = n, mutant, slot, timeout
        self.t0 = time.perf_counter()
        rfd, wfd = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:
            code = 0
            try:
                os.close(rfd)
                code = _child(mutant, slot, base, cmds, wfd)
            except BaseException:
                code = 72
            finally:
                os._exit(code)
        os.close(wfd)
        self.fd, self.buf, self.generated = rfd, b"", None   # seconds to generate, once known

    def deadline(self):
        return self.t0 + (self.timeout if self.generated is None else self.timeout + self.COMPILE_LIMIT)

    def read(self):
        """False when the child closed its end."""
        chunk = os.read(self.fd, 65536)
        self.buf += chunk
        if b"generated\n" in self.buf and not self.generated:
            self.generated = time.perf_counter() - self.t0
        return bool(chunk)

    def finish(self, killed):
        if killed:
            os.kill(self.pid, signal.SIGKILL)
        os.close(self.fd)
        _, ws = os.waitpid(self.pid, 0)
        secs = time.perf_counter() - self.t0
        if killed:
            return {"outcome": "FAIL timeout" if self.generated is None else "FAIL compile checks took too long",
                    "err": ""}, secs
        last = self.buf.decode("utf-8", "replace").strip().split("\n")[-1]
        try:
            return json.loads(last), secs
        except ValueError:
            code = os.waitstatus_to_exitcode(ws)
            return {"outcome": f"FAIL child ended with {code}", "err": self.buf.decode("utf-8", "replace")}, secs


def _child(mutant, slot, base, cmds, wfd):
    """In the forked child: run and judge one mutant; returns the exit code."""
    path, text, line, kind, what, removed = mutant
    root, out = os.path.join(slot, "root"), os.path.join(slot, "out")
    shutil.rmtree(out, ignore_errors=True)
    os.mkdir(out)
    target = os.path.join(root, path)
    with open(target, encoding="utf-8") as fh:
        original = fh.read()
    with open(target, "w", encoding="utf-8", errors="surrogateescape") as fh:
        fh.write(text)
    try:
        errfile = os.path.join(slot, "stderr")
        with open(errfile, "w+") as ef:
            saved_err, saved_out = os.dup(2), os.dup(1)
            os.dup2(ef.fileno(), 2)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.environ["XENABI_JOBS"] = "1"
            resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))
            crashed = False
            try:
                rc = cli.main(["--root", root, "generate", "--out", out])
            except BaseException:
                traceback.print_exc()
                crashed = True
            sys.stderr.flush()
            os.dup2(saved_err, 2)
            os.dup2(saved_out, 1)
            ef.seek(0)
            err = ef.read()
    finally:
        with open(target, "w", encoding="utf-8") as fh:
            fh.write(original)
    os.write(wfd, b"generated\n")
    if crashed:
        res = {"outcome": "FAIL traceback", "err": err}
    elif rc == 1:
        verdict = judge_rejected(path, text, line, kind, err, removed)
        if snapshot(out):
            res = {"outcome": "FAIL written on failure", "err": err}
        elif verdict in ("far", "unlocated"):
            res = {"outcome": f"FAIL rejected, error {verdict}", "err": err}
        else:
            res = {"outcome": "rejected" if verdict == "near" else f"rejected ({verdict})", "err": err}
    elif rc == 0:
        files = snapshot(out)
        changed = sorted(p for p in files if base.get(p) != files[p])
        fails = compile_changed(out, changed, cmds)
        res = {"outcome": "FAIL accepted, output does not compile" if fails else
               ("accepted, output compiles" if changed else "accepted, output unchanged"),
               "err": "\n".join(f"{w}:\n{e}" for w, e in fails)}
    else:
        res = {"outcome": f"FAIL exit {rc}", "err": err}
    os.write(wfd, (json.dumps(res) + "\n").encode())
    return 0


DIAG = re.compile(r"^(?P<path>[^:\s]+):(?P<line>\d+):(?:(?P<col>\d+):)? error: (?P<msg>.*)$")


def judge_rejected(path, mutant_text, line, kind, err, removed):
    """'near', a REASONS key, or 'far' for a rejected mutant's diagnostics."""
    diags = [m for m in map(DIAG.match, err.splitlines()) if m]
    if not diags:
        return "unlocated"
    for d in diags:
        if d["path"] == path and abs(int(d["line"]) - line) <= LOCAL_DISTANCE:
            return "near"
    for d in diags:
        try:
            if d["path"] == path:           # the error's line in the mutant, not the original
                text = mutant_text.split("\n")[int(d["line"]) - 1]
            else:
                with open(os.path.join(ROOT, d["path"]), encoding="utf-8") as fh:
                    text = fh.read().split("\n")[int(d["line"]) - 1]
        except (OSError, IndexError, ValueError):
            continue
        if set(IDENT.findall(text + " " + d["msg"])) & removed:
            return "use_of_removed"
    for d in diags:
        note = re.search(r"made by macro|in (?:expansion|definition) of macro", d["msg"])
        if not note:
            continue
        for m in MACRO_AT.finditer(d["msg"][note.start():]):
            first, last = int(m[2]), int(m[3] or m[2])
            if m[1] == path and first - LOCAL_DISTANCE <= line <= last + LOCAL_DISTANCE:
                return "in_macro"
    if any(d["msg"].startswith("#error") for d in diags):
        return "error_directive"
    same_file = [d["msg"] for d in diags if d["path"] == path]
    if any(OPEN_WORDS.search(m) for m in same_file):
        return "left_open"
    if kind == "extra_close_brace" and any("unmatched '}'" in m for m in same_file):
        return "closed_early"
    if any("unmatched '}'" in m for m in same_file):
        # an opening brace taken away: its '}' is where that shows
        with open(os.path.join(ROOT, path), encoding="utf-8") as fh:
            if mutant_text.count("{") < fh.read().count("{"):
                return "left_open"
    return "far"


# ---- compiling an accepted mutant's output --------------------------------------

def compile_changed(out, changed, cmds):
    """Compile what changed, with the compile matrix's commands and unit
    sources (tests/compile_matrix.py); [(what, compiler output)] of the
    failures."""
    fails = []

    def run(what, cmd, src):
        r = subprocess.run(cmd + ["-fsyntax-only", "-"], input=src, capture_output=True, text=True)
        if r.returncode != 0:
            fails.append((what, r.stderr[:1500]))

    inc = os.path.join(out, "include")
    public = {p[len("include/xen/"):] for p in changed
              if p.startswith("include/xen/") and not p.startswith("include/xen/layout/") and p.endswith(".h")}
    for prof in PROFILES:
        if f"include/xen/layout/{prof}.h" in changed or public:
            run(f"layout assertions {prof}", cmds[prof] + matrix.ASSERT_STANDARDS["gnu11"] + ["-I", inc, "-D__XEN_TOOLS__"],
                f'#include <stdint.h>\n#include "xen/layout/{prof}.h"\nint xenabi_unit;\n')
        # each changed public header alone, on every profile it applies to, both views
        base = cmds[prof] + matrix.STANDARDS["c99"] + matrix.WARN + ["-I", inc]
        for h in sorted(public & set(matrix.headers(inc, prof))):
            run(f"{h} ({prof}, tools)", base + ["-D__XEN_TOOLS__"], matrix.source_for([h]))
            if not matrix.only_view(inc, h, "tools"):
                run(f"{h} ({prof}, guest)", base, matrix.source_for([h]))
    compat = [p for p in changed if p.startswith("compat/include/") and p.endswith(".h")
              and "/bounce/" not in p]
    if compat:
        src = "#include <stdint.h>\n" + "".join(f'#include "{p[len("compat/include/"):]}"\n' for p in compat) + \
            "int xenabi_unit;\n"
        run("compat headers", ["gcc", "-m64", "-x", "c", "-std=gnu11", "-Wall", "-Werror", "-D__XEN_TOOLS__",
                               "-I", inc, "-I", os.path.join(out, "compat", "include"),
                               "-I", os.path.join(ROOT, "compat", "runtime")], src)
    return fails


def snapshot(out):
    files = {}
    for base, _, names in os.walk(out):
        for n in names:
            full = os.path.join(base, n)
            with open(full, "rb") as fh:
                files[os.path.relpath(full, out)] = fh.read()
    return files


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=500)
    ap.add_argument("--seed", type=int, default=None, help="default: random (printed)")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per mutant")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="mutants at a time")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    seed = a.seed if a.seed is not None else random.randrange(1 << 32)
    print(f"mutation: seed {seed}, {a.count} mutants, {len(MUTATIONS)} kinds, {a.timeout:.0f} s each")
    if shutil.which("clang") is None or shutil.which("gcc") is None:
        print("FAIL: gcc and clang are needed (the README installs them)")
        return 1
    cmds = {p: matrix.compiler_cmd(p, "clang") for p in PROFILES}
    if any(c is None or not matrix.probe(c) for c in cmds.values()):
        print("FAIL: clang cannot target every profile here (the README installs it)")
        return 1
    abi_files = sorted(os.path.relpath(os.path.join(b, n), ROOT) for b, _, ns in os.walk(os.path.join(ROOT, "abi"))
                       for n in ns if n.endswith(".h"))
    mutants = make_mutants(abi_files, a.count, seed)
    scratch = tempfile.mkdtemp(prefix="xenabi-mutation-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
    outcomes = collections.Counter()
    by_kind = collections.defaultdict(collections.Counter)
    failures = []
    try:
        root = os.path.join(scratch, "root")
        shutil.copytree(os.path.join(ROOT, "abi"), os.path.join(root, "abi"))
        # the unmutated output, and the parse cache every mutant starts from
        # (parsed in this process: XENABI_JOBS=1)
        os.environ["XENABI_JOBS"] = "1"
        t0 = time.perf_counter()
        _, base = output.render(root)
        base = {p: t.encode("utf-8") for p, t in base.items()}
        print(f"unmutated description rendered in {time.perf_counter() - t0:.1f} s ({len(base)} files)")
        t_start = time.perf_counter()
        slots = []
        for k in range(max(1, a.jobs)):
            slot = os.path.join(scratch, f"slot{k}")
            shutil.copytree(root, os.path.join(slot, "root"))
            slots.append(slot)
        free, running, todo = list(slots), {}, list(enumerate(mutants, 1))
        done = 0
        while todo or running:
            while todo and free:
                n, m = todo.pop(0)
                job = Job(n, m, free.pop(), base, cmds, a.timeout)
                running[job.fd] = job
            now = time.perf_counter()
            wait = max(0.0, min(j.deadline() for j in running.values()) - now)
            ready, _, _ = select.select(list(running), [], [], wait)
            ended = []
            for fd in ready:
                if not running[fd].read():
                    ended.append((running[fd], False))
            now = time.perf_counter()
            for job in running.values():
                if job.deadline() <= now and all(job is not e for e, _ in ended):
                    ended.append((job, True))
            for job, killed in ended:
                del running[job.fd]
                free.append(job.slot)
                res, secs = job.finish(killed)
                path, _, line, kind, what, _ = job.mutant
                if killed:      # the child had no time to put the file back
                    shutil.copyfile(os.path.join(ROOT, path), os.path.join(job.slot, "root", path))
                label = f"#{job.n} {kind} {path}:{line} ({what})"
                outcome = res["outcome"]
                outcomes[outcome] += 1
                by_kind[kind][outcome.split(",")[0].split(" (")[0]] += 1
                if outcome.startswith("FAIL"):
                    failures.append((job.n, label, outcome, res.get("err", "")))
                if a.verbose:
                    gen = f"generate {job.generated:.1f} s, " if job.generated is not None else ""
                    print(f"{label}: {outcome} [{gen}{secs:.1f} s]", flush=True)
                done += 1
                if not a.verbose and done % 50 == 0:
                    print(f"  {done}/{len(mutants)} mutants, {len(failures)} failed, "
                          f"{time.perf_counter() - t_start:.0f} s", flush=True)
        failures.sort()
        elapsed = time.perf_counter() - t_start
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print("\noutcomes:")
    for k, v in sorted(outcomes.items()):
        print(f"  {v:5d}  {k}")
    print("by kind:")
    for kind in MUTATIONS:
        print(f"  {kind:22s} " + ", ".join(f"{k} {v}" for k, v in sorted(by_kind[kind].items())))
    for k, why in REASONS.items():
        print(f"  ({k}: {why})")
    for _, label, outcome, err in failures[:40]:
        print(f"\n{outcome}: {label}\n" + "\n".join(err.strip().splitlines()[-12:]))
    if len(failures) > 40:
        print(f"\n... and {len(failures) - 40} more failures")
    print(f"\nmutation: {len(mutants)} mutants, {len(mutants) - len(failures)} as required, "
          f"{len(failures)} failed (seed {seed}; {elapsed:.0f} s, {a.jobs} at a time)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
