"""The annotation vocabulary: `#pragma xenabi KIND ...` lines.

Annotations say what a layout cannot: how many elements a handle points to,
which way data flows, which union arm is live, which structure each
(hypercall, sub-op) takes, since when an element exists.  They are plain
pragma lines, so description files stay valid C.  This module turns the text
after `xenabi` into an Annotation; it knows nothing of records (checks.py
resolves the names).

Field annotations (inside a record body, apply to the next member):
  count [bits] EXPR        elements behind the handle (or flexible array) in
                           the next field; EXPR uses sibling fields (dotted
                           paths into nested records), argN (a hypercall
                           argument), integers, constants, + - * << ( )
                           `bits`: EXPR counts bits, rounded up to elements
  dir in|out|inout [SUBOP...]
                           direction of the data, for all sub-ops or only the
                           listed ones
  select [MEMBER:] EXPR [unused V, ...] [compat_refused V, ...]
                           the next field is a union (or holds the union
                           MEMBER); EXPR over fields and constants picks the
                           arm; for the `unused` values the union holds nothing
                           (any other value without an arm is invalid); the
                           `compat_refused` values are not for 32-bit guests:
                           the x86 compat translator returns -EINVAL for them
  arm VALUE[, VALUE...]    inside a union: the arm is live when the selector
  arm default              equals one of the VALUEs (constants or integers)
  since VERSION            the element exists from interface VERSION on
  valid_when EXPR          an output list means something only when EXPR (over
                           the record's members, as Xen left them) holds:
                           otherwise nothing is written back to the guest's
                           list (setup_table's frames when status is not okay)

Field annotations for the x86 compat translators (see abi/README.md), for
records whose x86_32 and x86_64 definitions differ in more than widths:
  padding                  reserved bytes: never read, written as zero
  bitmap                   an array of words used as a bit string: the
                           shorter view's bits are carried, the rest of the
                           longer one must be zero
  compat_only              an x86_32 member with no x86_64 counterpart; the
                           hypervisor reads it from the compat structure
  native_only              an x86_64 member with no x86_32 counterpart; zero
                           when translated from a 32-bit guest
  compat_at PATH           on an x86_64 member: its x86_32 counterpart is the
                           member at PATH (dotted) of the same record

Record annotations (before a top-level declaration, apply to it):
  hypercall_args           a Linux ioctl argument holding a hypercall number
                           and its arguments (privcmd_hypercall): 32-bit
                           callers go through the generated dispatcher
  select EXPR [unused ...] before a top-level union: EXPR over the union's own
                           members picks the arm (as for a member's select)
  invariant                the record has no holes and one layout everywhere
  empty                    the record has no members (a GNU C extension some
                           upstream arch headers use; size 0 in C, and the
                           public header marks it __extension__)
  opaque                   the record only travels inside byte buffers that
                           nothing translates (the HVM save image): the x86
                           compat layer gives it no translator even when its
                           x86_32 and x86_64 layouts differ
  page                     the record is the layout of a whole shared page (a
                           console or xenstore page): members added in bytes
                           of the page past its old end are compatible, when
                           both ends agree to use them (xenabi diff)
  whole                    Xen cannot continue the operation part way (it has
                           no continuation): the x86 compat translator takes
                           its lists whole or fails with -E2BIG, never
                           returning a partial count.  A record with more
                           than one translated list is always taken whole.
  since VERSION

File and table annotations (top level, stand alone):
  profiles P...            this file applies to these profiles only
  typedef NAME             emit the profile spelling of vocabulary type NAME
  view guest|tools         the header compiles in that view only (upstream
                           refuses the other with #error, in a verbatim
                           region); a `guest` header declares nothing in the
                           tools view and gets no layout checks or compat
                           header
  verbatim begin|end       lines in between are macro interface: emitted as
                           they are, never parsed
  hypercall NAME [subop=argN | subop=argN.MEMBER] [argN=SPEC...]
  subop HYPERCALL CONST [argN=SPEC...]
                           SPEC is TYPE[:DIR] or TYPE[COUNT]:DIR (an array of
                           COUNT elements, COUNT an argument or integer)
"""
import re

from .model import Annotation

DIRECTIONS = ("in", "out", "inout")
XLAT_KINDS = ("padding", "bitmap", "compat_only", "native_only", "compat_at")
FIELD_KINDS = ("count", "dir", "select", "arm", "since", "valid_when") + XLAT_KINDS
RECORD_KINDS = ("invariant", "empty", "opaque", "whole", "page", "since", "hypercall_args")
TABLE_KINDS = ("hypercall", "subop")
FILE_KINDS = ("profiles", "typedef", "verbatim", "view")
ANNOTATION_KINDS = FIELD_KINDS + ("invariant", "empty", "opaque", "whole", "page", "hypercall_args") + TABLE_KINDS + \
    FILE_KINDS

_TOKEN = re.compile(r"\s*(0[xX][0-9a-fA-F]+[uUlL]*|\d+[uUlL]*|[A-Za-z_][A-Za-z_0-9.]*"
                    r"|<<|>>|==|!=|<=|>=|&&|\|\||[-+*/%&|^~!()<>:,=\[\]?])")
_IDENT = re.compile(r"[A-Za-z_][A-Za-z_0-9]*$")
_ARG = re.compile(r"arg([1-6])$")


def arg_index(name):
    """1..6 for a hypercall argument name `argN`, else None."""
    m = _ARG.match(name)
    return int(m.group(1)) if m else None


class AnnotationError(Exception):
    pass


def tokenize(text):
    pos, out = 0, []
    text = text.rstrip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            raise AnnotationError(f"unexpected character {text[pos:].strip()[:1]!r}")
        out.append(m.group(1))
        pos = m.end()
    return out


def parse_int(tok):
    """A C integer literal (with U/L suffixes) or None."""
    t = tok.rstrip("uUlL")
    try:
        return int(t, 16) if t[:2] in ("0x", "0X") else int(t, 8 if len(t) > 1 and t[0] == "0" else 10)
    except ValueError:
        return None


class ExprError(AnnotationError):
    """An expression that does not evaluate: an unknown name, division by
    zero, a shift count outside 0..63, a value beyond 64 bits."""


# Binary operators by precedence, loosest first (C's order).
_BINARY = (("||",), ("&&",), ("|",), ("^",), ("&",), ("==", "!="), ("<", ">", "<=", ">="),
           ("<<", ">>"), ("+", "-"), ("*", "/", "%"))
_PREC = {op: i for i, ops in enumerate(_BINARY) for op in ops}
_UNARY = ("-", "+", "!", "~")
MAX_TOKENS = 256            # with MAX_NESTING, bounds parse and evaluation depth:
MAX_NESTING = 32            # no recursion limit is reachable from a description
_LO, _HI = -(1 << 63), (1 << 64) - 1


def _check_range(v):
    if not _LO <= v <= _HI:
        raise ExprError("value beyond 64 bits")
    return v


class Expr:
    """A small C integer expression: its tokens (emitters print them as C)
    and a syntax tree (the generator evaluates it in bounded 64-bit
    arithmetic; there is no Python eval)."""

    def __init__(self, tokens):
        if not tokens:
            raise AnnotationError("expected an expression")
        if len(tokens) > MAX_TOKENS:
            raise AnnotationError(f"expression longer than {MAX_TOKENS} tokens")
        self.tokens = tuple(tokens)
        self._pos, self._depth = 0, 0
        if len(tokens) == 1 and tokens[0] not in _UNARY and tokens[0] != "(":
            self.tree = self._unary()       # one operand: most #define values
        else:
            self.tree = self._parse(0)
        if self._pos != len(self.tokens):
            raise AnnotationError(f"unexpected {self.tokens[self._pos]!r} in expression")
        del self._pos, self._depth
        self.names = tuple(t for t in tokens if t[0].isalpha() or t[0] == "_")

    # -- parsing: precedence climbing over the token list -----------------
    def _peek(self):
        return self.tokens[self._pos] if self._pos < len(self.tokens) else None

    def _parse(self, level):
        if level == len(_BINARY):
            return self._unary()
        left = self._parse(level + 1)
        while self._peek() in _BINARY[level]:
            op = self.tokens[self._pos]
            self._pos += 1
            left = ("bin", op, left, self._parse(level + 1))
        return left

    def _unary(self):
        t = self._peek()
        if t is None:
            raise AnnotationError("expression ends where an operand is expected")
        self._pos += 1
        if t in _UNARY or t == "(":
            self._depth = getattr(self, "_depth", 0) + 1
            if self._depth > MAX_NESTING:
                raise AnnotationError(f"expression nested deeper than {MAX_NESTING} levels")
            try:
                if t != "(":
                    return ("un", t, self._unary())
                inner = self._parse(0)
                if self._peek() != ")":
                    raise AnnotationError("unbalanced '(' in expression")
                self._pos += 1
                return inner
            finally:
                self._depth -= 1
        if t[0].isdigit():
            v = parse_int(t)
            if v is None or v > _HI:
                raise AnnotationError(f"{t!r} is not a 64-bit integer literal")
            return ("num", v)
        if t[0].isalpha() or t[0] == "_":
            return ("name", t)
        raise AnnotationError(f"unexpected {t!r} in expression")

    def __str__(self):
        return " ".join(self.tokens)

    def __eq__(self, other):
        return isinstance(other, Expr) and other.tokens == self.tokens

    def __hash__(self):
        return hash(self.tokens)

    def evaluate(self, lookup):
        """Value of the expression; lookup(name) gives each name's value
        (a KeyError from it means the name is unknown).  Raises ExprError."""
        return _eval(self.tree, lookup)


def eval_tree(node, lookup=None):
    """Value of a syntax tree of ("num", v), ("name", n), ("un", op, x) and
    ("bin", op, a, b) nodes (the front end builds them from C constant
    expressions).  Raises ExprError; an operator C has but this does not is a
    KeyError."""
    return _eval(node, lookup or (lambda n: None))


def _eval(node, lookup):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "name":
        v = lookup(node[1])
        if not isinstance(v, int):
            raise ExprError(f"'{node[1]}' has no integer value")
        return _check_range(v)
    if kind == "un":
        v = _eval(node[2], lookup)
        op = node[1]
        return _check_range(-v if op == "-" else v if op == "+" else int(not v) if op == "!" else ~v)
    op, a = node[1], _eval(node[2], lookup)
    if op == "&&":
        return int(bool(a) and bool(_eval(node[3], lookup)))
    if op == "||":
        return int(bool(a) or bool(_eval(node[3], lookup)))
    b = _eval(node[3], lookup)
    if op in ("<<", ">>"):
        if not 0 <= b <= 63:
            raise ExprError(f"shift count {b} is outside 0..63")
        return _check_range(a << b if op == "<<" else a >> b)
    if op in ("/", "%"):
        if b == 0:
            raise ExprError("division by zero")
        q = abs(a) // abs(b) * (1 if (a < 0) == (b < 0) else -1)     # C truncates toward zero
        return _check_range(q if op == "/" else a - b * q)
    return _check_range({
        "+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b,
        "&": lambda: a & b, "|": lambda: a | b, "^": lambda: a ^ b,
        "==": lambda: int(a == b), "!=": lambda: int(a != b), "<": lambda: int(a < b),
        ">": lambda: int(a > b), "<=": lambda: int(a <= b), ">=": lambda: int(a >= b)}[op]())


def _split_arm_values(tokens):
    vals, cur = [], []
    for t in tokens + [","]:
        if t == ",":
            if not cur:
                raise AnnotationError("empty value in 'arm' list")
            vals.append(Expr(cur))
            cur = []
        else:
            cur.append(t)
    return tuple(vals)


def _arg_spec(key, toks):
    """argN=TYPE[COUNT]:DIR -> (argN, type, count Expr or None, dir or None)."""
    if not _ARG.match(key):
        raise AnnotationError(f"expected argN=..., got {key!r}")
    if not toks or not _IDENT.match(toks[0]):
        raise AnnotationError(f"{key}: expected a type name")
    typ, rest, count, direction = toks[0], toks[1:], None, None
    if rest and rest[0] == "[":
        if "]" not in rest:
            raise AnnotationError(f"{key}: missing ']'")
        end = rest.index("]")
        count = Expr(rest[1:end])
        rest = rest[end + 1:]
    if rest:
        if rest[0] != ":" or len(rest) != 2 or rest[1] not in DIRECTIONS:
            raise AnnotationError(f"{key}: expected ':in', ':out' or ':inout' after the type")
        direction = rest[1]
    return (key, (typ, count, direction))


def _key_values(tokens):
    """Split `k=v... k=v...` into [(k, [tokens])]."""
    out, i = [], 0
    while i < len(tokens):
        if i + 1 >= len(tokens) or tokens[i + 1] != "=":
            raise AnnotationError(f"expected key=value, got {tokens[i]!r}")
        key, j = tokens[i], i + 2
        while j < len(tokens) and not (j + 1 < len(tokens) and tokens[j + 1] == "="
                                       and _IDENT.match(tokens[j])):
            j += 1
        out.append((key, tokens[i + 2:j]))
        i = j
    return out


def parse(text, loc):
    """Parse the text after `#pragma xenabi`; raises AnnotationError."""
    toks = tokenize(text)
    if not toks:
        raise AnnotationError("empty annotation")
    kind, rest = toks[0], toks[1:]
    if kind == "on":
        # `on NAME KIND ...`: a member annotation for one declarator of a
        # declaration that declares several (`struct p {...} source, dest;`)
        if len(rest) < 2 or not _IDENT.match(rest[0]):
            raise AnnotationError("'on' takes a member name and a member annotation: on NAME KIND ...")
        inner = parse(" ".join(rest[1:]), loc)
        if inner.kind not in FIELD_KINDS or inner.get("on") is not None:
            raise AnnotationError(f"'on {rest[0]}' takes a member annotation, not '{inner.kind}'")
        return Annotation(inner.kind, inner.args + (("on", rest[0]),), loc)
    if kind not in ANNOTATION_KINDS:
        raise AnnotationError(f"unknown annotation '{kind}' (known: {', '.join(ANNOTATION_KINDS)})")
    args = []
    if kind == "count":
        if rest[:1] == ["bits"]:
            args.append(("bits", True))
            rest = rest[1:]
        args.append(("expr", Expr(rest)))
    elif kind == "dir":
        if not rest or rest[0] not in DIRECTIONS:
            raise AnnotationError("'dir' takes in, out or inout")
        for sub in rest[1:]:
            if not _IDENT.match(sub):
                raise AnnotationError(f"'dir': {sub!r} is not a sub-op name")
        args += [("dir", rest[0]), ("subops", tuple(rest[1:]))]
    elif kind == "select":
        if len(rest) >= 2 and rest[1] == ":":
            if not _IDENT.match(rest[0]):
                raise AnnotationError("'select': member before ':' must be a name")
            args.append(("member", rest[0]))
            rest = rest[2:]
        lists = {"unused": (), "compat_refused": ()}
        marks = sorted((rest.index(w), w) for w in lists if w in rest)
        for n, (at, word) in enumerate(marks):
            end = marks[n + 1][0] if n + 1 < len(marks) else len(rest)
            lists[word] = _split_arm_values(rest[at + 1:end])
        if marks:
            rest = rest[:marks[0][0]]
        args.append(("expr", Expr(rest)))
        args.append(("unused", lists["unused"]))
        args.append(("compat_refused", lists["compat_refused"]))
    elif kind == "arm":
        if rest == ["default"]:
            args.append(("default", True))
        else:
            args.append(("values", _split_arm_values(rest)))
    elif kind == "valid_when":
        if not rest:
            raise AnnotationError("'valid_when' takes a condition, e.g. status == GNTST_okay")
        args.append(("expr", Expr(rest)))
    elif kind == "since":
        if len(rest) != 1 or parse_int(rest[0]) is None:
            raise AnnotationError("'since' takes one interface version, e.g. 0x00040e00")
        args.append(("version", parse_int(rest[0])))
    elif kind == "compat_at":
        if len(rest) != 1 or not re.match(r"[A-Za-z_][A-Za-z_0-9]*(\.[A-Za-z_][A-Za-z_0-9]*)*$", rest[0]):
            raise AnnotationError("'compat_at' takes one member path, e.g. arch.wc_sec_hi")
        args.append(("path", rest[0]))
    elif kind in ("invariant", "empty", "opaque", "whole", "page", "hypercall_args") + XLAT_KINDS:
        if rest:
            raise AnnotationError(f"'{kind}' takes no arguments")
    elif kind == "profiles":
        if not rest:
            raise AnnotationError("'profiles' needs at least one profile")
        args.append(("names", tuple(rest)))
    elif kind == "typedef":
        if len(rest) != 1 or not _IDENT.match(rest[0]):
            raise AnnotationError("'typedef' takes one vocabulary type name")
        args.append(("name", rest[0]))
    elif kind == "view":
        if rest not in (["guest"], ["tools"]):
            raise AnnotationError("'view' takes guest or tools")
        args.append(("name", rest[0]))
    elif kind == "verbatim":
        if rest not in (["begin"], ["end"]):
            raise AnnotationError("'verbatim' takes begin or end")
        args.append(("what", rest[0]))
    elif kind == "hypercall":
        if not rest or not _IDENT.match(rest[0]):
            raise AnnotationError("'hypercall' needs a hypercall name")
        args.append(("name", rest[0]))
        for key, vals in _key_values(rest[1:]):
            if key == "subop":
                member = re.match(r"(arg[1-6])\.([A-Za-z_][A-Za-z_0-9]*)$", vals[0]) if len(vals) == 1 else None
                if member:
                    # the sub-op is a member of the structure argN points to
                    args.append(("subop_member", (member.group(1), member.group(2))))
                    continue
                if len(vals) != 1 or not _ARG.match(vals[0]):
                    raise AnnotationError("'subop=' takes an argument name, e.g. subop=arg1, or a member "
                                          "of the structure an argument points to, e.g. subop=arg1.cmd")
                args.append(("subop", vals[0]))
            else:
                args.append(_arg_spec(key, vals))
    elif kind == "subop":
        if len(rest) < 2 or not _IDENT.match(rest[0]) or not _IDENT.match(rest[1]):
            raise AnnotationError("'subop' needs a hypercall name and a sub-op constant")
        args += [("hypercall", rest[0]), ("name", rest[1])]
        for key, vals in _key_values(rest[2:]):
            args.append(_arg_spec(key, vals))
    return Annotation(kind, tuple(args), loc)
