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


class Pinning(unittest.TestCase):
    """xenabi headers --interface-version: which conditionals the version
    settles and what the pinned text keeps."""

    def pin(self, text, version=0x00040400):
        from xenabi import pin
        return pin.pin_text("t.h", text, version)

    def test_version_conditions_resolved_both_ways(self):
        text = ("#if __XEN_INTERFACE_VERSION__ < 0x00040300\nold;\n#else\nnew;\n#endif\n"
                "#if __XEN_INTERFACE_VERSION__ >= 0x00040600\nlater;\n#endif\n")
        self.assertEqual(self.pin(text)[0], "new;\n")
        self.assertEqual(self.pin(text, 0x00040200)[0], "old;\n")

    def test_guest_undefined_macros_and_unknowns(self):
        # __XEN__/__XEN_TOOLS__ are false for a guest; anything else is the
        # consumer's to decide, so its directive stays as written
        text = ("#if defined(__XEN__) || defined(__XEN_TOOLS__)\ntools;\n#endif\n"
                "#if defined(__XEN_TOOLS__) || defined(__GNUC__)\ngnu;\n#endif\n"
                "#ifdef __i386__\nx86;\n#endif\n")
        self.assertEqual(self.pin(text)[0],
                         "#if defined(__XEN_TOOLS__) || defined(__GNUC__)\ngnu;\n#endif\n"
                         "#ifdef __i386__\nx86;\n#endif\n")

    def test_elif_chains(self):
        text = ("#if defined(__i386__)\na;\n#elif __XEN_INTERFACE_VERSION__ >= 0x00040000\nb;\n"
                "#elif defined(__arm__)\nc;\n#else\nd;\n#endif\n")
        # an unknown first branch, then a true one: it becomes the #else, the rest goes
        self.assertEqual(self.pin(text)[0], "#if defined(__i386__)\na;\n#else\nb;\n#endif\n")
        # ... or a false one: dropped, the unknown and the #else stay
        self.assertEqual(self.pin(text, 0x00030000)[0],
                         "#if defined(__i386__)\na;\n#elif defined(__arm__)\nc;\n#else\nd;\n#endif\n")
        # a false first branch: the first unknown #elif opens the conditional
        text = ("#if __XEN_INTERFACE_VERSION__ < 0x00030000\na;\n#elif defined(__arm__)\nc;\n"
                "#else\nd;\n#endif\n")
        self.assertEqual(self.pin(text)[0], "#if defined(__arm__)\nc;\n#else\nd;\n#endif\n")

    def test_nested_and_continued(self):
        text = ("#if __XEN_INTERFACE_VERSION__ < 0x00040000\n#ifdef X\nx;\n#endif\n#endif\n"
                "#if __XEN_INTERFACE_VERSION__ >= \\\n    0x00040000\nyes;\n#endif\n")
        self.assertEqual(self.pin(text)[0], "yes;\n")

    def test_refused_header(self):
        text = ("#ifndef G_H\n#define G_H\n#if !defined(__XEN__) && !defined(__XEN_TOOLS__)\n"
                "#error tools only\n#endif\n#endif\n")
        self.assertTrue(self.pin(text)[1])
        # an #error under a condition the consumer decides does not refuse it
        self.assertFalse(self.pin(text.replace("!defined(__XEN__) && !defined(__XEN_TOOLS__)",
                                               "!defined(__GNUC__)"))[1])

    def test_bad_input(self):
        from xenabi import pin
        with self.assertRaisesRegex(pin.PinError, r"t\.h:1: #endif without #if"):
            self.pin("#endif\n")
        with self.assertRaisesRegex(pin.PinError, "not closed"):
            self.pin("#if __XEN_INTERFACE_VERSION__ < 3\n")
        with self.assertRaisesRegex(pin.PinError, "cannot read the condition"):
            self.pin("#if __XEN_INTERFACE_VERSION__ < \n#endif\n")
        with self.assertRaisesRegex(pin.PinError, "out of range"):
            pin.parse_version("0x100000000")
        with self.assertRaisesRegex(pin.PinError, "newer than"):
            pin.pin_tree({"xen-compat.h": ""}, 0x50000, 0x40000)


if __name__ == "__main__":
    unittest.main()
