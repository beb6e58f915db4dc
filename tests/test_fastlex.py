#!/usr/bin/env python3
"""gen/xenabi/fastlex.py against PLY's scanner: the same tokens, token for
token (type, value, line, position, and the file name the parser would read
at that token), for every unit the generator parses on every profile and
view, and for edge cases each scanner must agree on (or the fast one must
hand to PLY).  Also: a whole parse with each gives the same AST and the
same errors."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "gen"))
from pycparser import c_parser  # noqa: E402
from pycparser.c_parser import ParseError  # noqa: E402
from xenabi import fastlex, frontend  # noqa: E402

EDGES = [
    "int a;\n",
    "typedef int T; T x; struct s { T y; };\n",
    "int a = 0x1fULL + 017 + 0b101u + 10lu + 0 + 1.5e3f + .5 + 3. + 0x1p3;\n",
    "int b = 08;\n",                                  # invalid octal: PLY's error
    "char c = 'a', d = '\\n', e = 'ab', f = '\\x41';\n",
    "char g = '';\n",
    "char h = L'a';\n",
    'char *s = "abc\\n", *w = L"wide", *u = u8"x";\n',
    'char *bad = "\\q";\n',
    "int x = a->b + c++ - --d << 2 >> 3 <= 4 >= 5 == 6 != 7 && 8 || 9 ... ;\n",
    "a += 1; b -= 2; c *= 3; d /= 4; e %= 5; f <<= 6; g >>= 7; h &= 8; i |= 9; j ^= 1;\n",
    '# 1 "abi/xen.h"\nint a;\n# 7 "abi/other.h" 1\nint b;\n# 3 "abi/xen.h" 2\nint c;\n',
    "# 12\nint a;\n",
    "#line 5 \"f.h\"\nint a;\n",
    '# 1 "with\\\\backslash.h"\nint a;\n',
    "#pragma xenabi handle count=nr in\nint a;\n",
    "#pragma   spaced   words   \nint a;\n",
    "#pragma\nint a;\n",
    "#pragma pragma twice\nint a;\n",
    "#pragma xenabi at end of input",
    "# define X 1\nint a;\n",
    "int a; @\n",
    "int a;\r\nint b;\n",
    "int $dollar_ok;\n",
    "struct { int a : 3; } s;\n\n\n\nint z;\n",
    "int a\n",
    "}\n",
    "int f(int TT) { TT = 10; }\n",
]


def stream(parser, text):
    """[(type, value, lineno, lexpos, filename)] as the parser would read them."""
    parser.clex.filename = "<unit>"
    parser.clex.reset_lineno()
    parser._scope_stack = [dict(T=True)]
    parser.clex.input(text)
    out = []
    while True:
        try:
            tok = parser.clex.token()
        except ParseError as e:             # a scanning error, as the parser reports it
            out.append(("ERROR", str(e)))
            return out
        except AssertionError:              # '}' with no scope open: the parser's assertion
            out.append(("SCOPE",))
            return out
        if tok is None:
            out.append(("EOF", parser.clex.lexer.lineno, parser.clex.filename))
            return out
        out.append((tok.type, tok.value, tok.lineno, tok.lexpos, parser.clex.filename))


def parsed(parser, text):
    try:
        return repr(parser.parse(text, "<unit>"))
    except ParseError as e:
        return f"ParseError: {e}"
    except Exception as e:          # what the generator catches (scope underflow)
        return f"{type(e).__name__}"


def pair():
    """(a parser with PLY's scanner, one with the fast scanner)"""
    slow, fast = c_parser.CParser(), c_parser.CParser()
    fastlex.install(fast.clex)
    return slow, fast


def main():
    slow, fast = c_parser.CParser(), c_parser.CParser()
    if not fastlex.install(fast.clex):
        print("FAIL: the fast scanner does not install on this pycparser")
        return 1
    # every unit the generator parses
    texts = []
    orig = frontend._SeededParser.parse

    def recording(self, text, filename="", debug=False):
        texts.append(text)
        return orig(self, text, filename, debug)

    frontend._SeededParser.parse = recording
    try:
        desc = frontend.load(ROOT, lazy=True)
        for name in desc.names:
            desc.modules[name]
            sink = frontend.Sink()
            desc.check_guest_view(name, sink)
            sink.raise_if_any()
    except frontend.DescriptionError as e:
        print(f"FAIL: the description does not load with the fast scanner:\n{str(e)[:2000]}")
        return 1
    finally:
        frontend._SeededParser.parse = orig
    units, tokens, fellback = 0, 0, 0
    for text in dict.fromkeys(texts):
        a, b = stream(slow, text), stream(fast, text)
        if a != b:
            first = next(i for i, (x, y) in enumerate(zip(a + [None], b + [None])) if x != y)
            print(f"FAIL: the scanners differ at token {first} of a unit: PLY {a[first:first + 3]}, "
                  f"fast {b[first:first + 3]}")
            return 1
        fellback += fast.clex.lexer.fallback
        units += 1
        tokens += len(a)
    if fellback:
        print(f"FAIL: {fellback} of the generator's units went to PLY's scanner (the fast one should scan "
              "all of them)")
        return 1
    print(f"generator's units: {units} distinct, {tokens} tokens, identical; none handed to PLY")
    handed = 0
    for text in EDGES:
        # fresh parsers: PLY keeps its state (a pragma left open) across inputs
        slow, fast = pair()
        a, b = stream(slow, text), stream(fast, text)
        if a != b:
            print(f"FAIL: the scanners differ on {text!r}:\n  PLY  {a}\n  fast {b}")
            return 1
        handed += fast.clex.lexer.fallback
        slow, fast = pair()
        pa, pb = parsed(slow, text), parsed(fast, text)
        if pa != pb:
            print(f"FAIL: parsing {text!r} differs:\n  PLY  {pa}\n  fast {pb}")
            return 1
    if not 0 < handed < len(EDGES):
        print(f"FAIL: {handed} of {len(EDGES)} edge cases handed to PLY: both scanners are not exercised")
        return 1
    print(f"edge cases: {len(EDGES)} identical (tokens and parse), {handed} of them handed to PLY's scanner")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
