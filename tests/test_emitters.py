#!/usr/bin/env python3
"""Unit tests of emitter decisions that the generated-code tests cannot reach
with the real description (it has no such case)."""
import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "gen"))
sys.path.insert(0, HERE)
from test_layout import load  # noqa: E402
from xenabi.emit_compat import CompatEmitter  # noqa: E402
from xenabi.emit_hypercall import HypercallEmitter  # noqa: E402


class Dispatcher(unittest.TestCase):
    def test_subop_beyond_five_arguments_is_refused(self):
        # privcmd passes five arguments: a dispatcher reading the sub-op from
        # a sixth would read past the caller's argument array
        desc = load("#define __HYPERVISOR_far_op 60\n#define FAR_A 1\n"
                    "struct far_arg { uint32_t v; };\n"
                    "typedef struct far_arg far_arg_t;\n"
                    "#pragma xenabi hypercall far_op subop=arg6\n"
                    "#pragma xenabi subop far_op FAR_A arg1=far_arg_t:in\n")
        ops = HypercallEmitter(CompatEmitter(desc)).operations()
        self.assertEqual(ops, [("far_op", None, {}, "its sub-op is arg6; privcmd passes five arguments")])
        text = HypercallEmitter(CompatEmitter(desc)).emit()
        self.assertNotIn("a[5]]", text)
        self.assertNotIn("case __HYPERVISOR_far_op", text)


if __name__ == "__main__":
    unittest.main()
