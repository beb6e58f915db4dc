#!/usr/bin/env python3
"""Bad descriptions: each case in tests/bad/ must make `xenabi generate` exit 1
with `abi/<case>.h:LINE:COL: error: ...` containing the expected text, print
no traceback, and write nothing.

A case states its expectation on its first or second line:
    /* expect: LINE: message text */
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BAD = os.path.join(HERE, "bad")
EXPECT = re.compile(r"/\* expect: (\d+): (.*?) \*/")
GNU = re.compile(r"^abi/[\w/.-]+:\d+:\d+: error: .+$")


def run_generate(root):
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "gen"))
    return subprocess.run([sys.executable, "-m", "xenabi", "--root", root, "generate"],
                          capture_output=True, text=True, env=env)


class BadDescriptions(unittest.TestCase):
    def test_cases(self):
        # a case is one file, or a folder of files (an error across files),
        # one of which states the expectation
        cases = sorted(f for f in os.listdir(BAD) if f.endswith(".h") or os.path.isdir(os.path.join(BAD, f)))
        self.assertGreaterEqual(len(cases), 25)
        for case in cases:
            with self.subTest(case=case):
                src = os.path.join(BAD, case)
                files = sorted(os.listdir(src)) if os.path.isdir(src) else [None]
                found = []
                for f in files:
                    with open(os.path.join(src, f) if f else src, errors="replace") as fh:
                        m = EXPECT.search(fh.read(400))
                    if m:
                        found.append((f or case, m))
                self.assertEqual(len(found), 1, f"{case}: not one expect comment")
                where, m = found[0]
                line, text = int(m.group(1)), m.group(2)
                with tempfile.TemporaryDirectory() as root:
                    os.makedirs(os.path.join(root, "abi"))
                    for f in files:
                        shutil.copy(os.path.join(src, f) if f else src, os.path.join(root, "abi", f or case))
                    r = run_generate(root)
                    self.assertEqual(r.returncode, 1, f"{case}: exit {r.returncode}\n{r.stderr}")
                    self.assertNotIn("Traceback", r.stderr)
                    errors = [l for l in r.stderr.splitlines() if ": error: " in l]
                    for l in errors:
                        self.assertRegex(l, GNU)
                    want = f"abi/{where}:{line}:"
                    hits = [l for l in errors if l.startswith(want) and text in l]
                    self.assertTrue(hits, f"{case}: expected '{want}... error: ...{text}...', got:\n{r.stderr}")
                    self.assertIn("nothing written", r.stderr)
                    self.assertEqual(sorted(os.listdir(root)), ["abi"], f"{case}: something was written")


class GoodDescriptionStillWorks(unittest.TestCase):
    """The harness itself: a correct description generates (so the cases fail for their reason)."""

    def test_good(self):
        with tempfile.TemporaryDirectory() as root:
            os.makedirs(os.path.join(root, "abi"))
            with open(os.path.join(root, "abi", "ok.h"), "w") as fh:
                fh.write("/* SPDX-License-Identifier: MIT */\nstruct a {\n    uint32_t x;\n};\n")
            r = run_generate(root)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertTrue(os.path.exists(os.path.join(root, "include/xen/public/ok.h")))


if __name__ == "__main__":
    unittest.main(verbosity=2)
