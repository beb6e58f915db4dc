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
        for read in ("(int64_t)a[5]", "switch (a[5])"):    # the sixth argument is never read
            self.assertNotIn(read, text)
        self.assertNotIn("case __HYPERVISOR_far_op", text)



class Expressions(unittest.TestCase):
    """Annotation expressions: parsed by a grammar, evaluated in bounded
    64-bit arithmetic with C's operators (no Python eval)."""

    def value(self, text, **names):
        from xenabi.annotations import Expr, tokenize
        return Expr(tokenize(text)).evaluate(lambda n: names[n])

    def test_c_semantics(self):
        self.assertEqual(self.value("(1 + 2) * 3 - 4 / 2 % 3"), 7)
        self.assertEqual(self.value("-7 / 2"), -3)          # truncates toward zero, as C
        self.assertEqual(self.value("-7 % 2"), -1)
        self.assertEqual(self.value("!0 && 3 || 0"), 1)
        self.assertEqual(self.value("1 << 63"), 1 << 63)
        self.assertEqual(self.value("in.nr + 1", **{"in.nr": 4}), 5)
        self.assertEqual(self.value("0 && x / 0", x=1), 0)  # && does not evaluate its right side

    def test_bounded(self):
        from xenabi.annotations import AnnotationError, ExprError
        for text, err in (("2 >> -1", ExprError), ("3 << 64", ExprError), ("1 / 0", ExprError),
                          ("1 << 63 << 1", ExprError), ("1 +", AnnotationError),
                          ("2 * * 3", AnnotationError), ("a ? b : c", AnnotationError),
                          ("(" * 33 + "1" + ")" * 33, AnnotationError),
                          (" + ".join(["1"] * 200), AnnotationError)):
            with self.subTest(text=text[:20]):
                with self.assertRaises(err):
                    self.value(text, a=1, b=2, c=3)


if __name__ == "__main__":
    unittest.main()
