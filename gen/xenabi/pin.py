"""Public headers pinned to one interface version, for a guest.

The generated public headers keep every interface version a guest may ask
for: `#if __XEN_INTERFACE_VERSION__ < 0x00040700` keeps an old name or
layout for a guest built against an older version, and `__XEN__` /
`__XEN_TOOLS__` sections add what the hypervisor and the toolstack see.
A guest (a kernel, a unikernel) that targets one version can vendor a tree
where those choices are already made: `xenabi headers --interface-version
V`.  Here every conditional whose value the version alone settles is
resolved, as a guest's compiler would resolve it with
`-D__XEN_INTERFACE_VERSION__=V` and neither `__XEN__` nor `__XEN_TOOLS__`
defined; a conditional that depends on anything else (the architecture,
the compiler, include guards) is kept as it is.  A header the guest cannot
include at that version (its `#error` fires unconditionally: domctl.h,
sysctl.h, dom0_ops.h from 0x00030204 on) is left out, and so is a header
that includes one.  xen-compat.h then fixes the version and refuses the
hypervisor's and the tools' builds, which need the unpinned tree.

The evaluation is three-valued (true, false, unknown), as unifdef's: in
`defined(__XEN_TOOLS__) || defined(__GNUC__)` the first term is false and
the whole is unknown, so the directive is kept unchanged (correct, since
the consumer's compiler sees the same false first term).
"""
import os
import posixpath
import re

_DIRECTIVE = re.compile(r"^\s*#\s*(if|ifdef|ifndef|elif|else|endif|error|include)\b(.*)$")
_INCLUDE = re.compile(r'^\s*"([^"]+)"')
_COMMENT = re.compile(r"/\*.*?\*/|//.*$")
_TOKEN = re.compile(r"\s*(0[xX][0-9a-fA-F]+[uUlL]*|\d+[uUlL]*|[A-Za-z_]\w*|\|\||&&|==|!=|<=|>=|<<|>>|[()!<>+\-*/%~&|^?:])")
VERSION_MACRO = "__XEN_INTERFACE_VERSION__"
# undefined in a guest's build
GUEST_UNDEFINED = ("__XEN__", "__XEN_TOOLS__")


class PinError(Exception):
    pass


class _Unknown:
    """A value the version does not settle."""


UNKNOWN = _Unknown()


def parse_version(text):
    """An interface version given on the command line (0x00040400, or
    decimal): 0 .. 0xffffffff."""
    try:
        v = int(text, 0)
    except ValueError:
        raise PinError(f"interface version {text!r}: give a number such as 0x00040400") from None
    if not 0 <= v <= 0xFFFFFFFF:
        raise PinError(f"interface version {text!r} is out of range (0 .. 0xffffffff)")
    return v


class _Expr:
    """Evaluates one #if expression with the version known, the guest's
    undefined macros known, and every other identifier unknown."""

    def __init__(self, text, version):
        text = _COMMENT.sub(" ", text).strip()
        self.toks, pos = [], 0
        while pos < len(text):
            m = _TOKEN.match(text, pos)
            if not m:
                raise PinError(f"cannot read the condition {text!r}")
            self.toks.append(m.group(1))
            pos = m.end()
            while pos < len(text) and text[pos].isspace():
                pos += 1
        self.i, self.version, self.text = 0, version, text

    def value(self):
        v = self._ternary()
        if self.i != len(self.toks):
            raise PinError(f"cannot read the condition {self.text!r}")
        return v

    def _peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None

    def _take(self, tok=None):
        t = self._peek()
        if t is None or (tok is not None and t != tok):
            raise PinError(f"cannot read the condition {self.text!r}")
        self.i += 1
        return t

    def _ternary(self):
        c = self._binary(0)
        if self._peek() != "?":
            return c
        self._take("?")
        a = self._ternary()
        self._take(":")
        b = self._ternary()
        if c is UNKNOWN:
            return a if a == b and a is not UNKNOWN else UNKNOWN
        return a if c else b

    _LEVELS = [("||",), ("&&",), ("|",), ("^",), ("&",), ("==", "!="), ("<", ">", "<=", ">="), ("<<", ">>"),
               ("+", "-"), ("*", "/", "%")]

    def _binary(self, level):
        if level == len(self._LEVELS):
            return self._unary()
        left = self._binary(level + 1)
        while self._peek() in self._LEVELS[level]:
            op = self._take()
            right = self._binary(level + 1)
            left = _apply(op, left, right)
        return left

    def _unary(self):
        t = self._peek()
        if t in ("!", "-", "~", "+"):
            self._take()
            v = self._unary()
            if v is UNKNOWN:
                return UNKNOWN
            return {"!": int(not v), "-": -v, "~": ~v, "+": v}[t]
        if t == "(":
            self._take("(")
            v = self._ternary()
            self._take(")")
            return v
        if t == "defined":
            self._take()
            paren = self._peek() == "("
            if paren:
                self._take("(")
            name = self._take()
            if paren:
                self._take(")")
            if name in GUEST_UNDEFINED:
                return 0
            if name == VERSION_MACRO:
                return 1
            return UNKNOWN
        self._take()
        if t is None:
            raise PinError(f"cannot read the condition {self.text!r}")
        if t[0].isdigit():
            return int(t.rstrip("uUlL"), 0)
        if t == VERSION_MACRO:
            return self.version
        if t in GUEST_UNDEFINED:
            return 0
        if self._peek() == "(":
            # a function-like macro's call: unknown, whatever its arguments
            depth = 0
            while True:
                tok = self._take()
                depth += tok == "("
                depth -= tok == ")"
                if depth == 0:
                    break
        return UNKNOWN


def _apply(op, a, b):
    if op == "||":
        if a is not UNKNOWN and a:
            return 1
        if b is not UNKNOWN and b:
            return 1
        return UNKNOWN if UNKNOWN in (a, b) else 0
    if op == "&&":
        if (a is not UNKNOWN and not a) or (b is not UNKNOWN and not b):
            return 0
        return UNKNOWN if UNKNOWN in (a, b) else 1
    if UNKNOWN in (a, b):
        return UNKNOWN
    if op in ("/", "%") and b == 0:
        raise PinError("division by zero in a condition")
    return {"|": a | b, "^": a ^ b, "&": a & b, "==": int(a == b), "!=": int(a != b), "<": int(a < b),
            ">": int(a > b), "<=": int(a <= b), ">=": int(a >= b), "<<": a << b, ">>": a >> b,
            "+": a + b, "-": a - b, "*": a * b, "/": int(a / b), "%": a % b}[op]


def condition(kind, rest, version):
    """True, False or UNKNOWN for one #if/#ifdef/#ifndef/#elif line."""
    if kind in ("ifdef", "ifndef"):
        words = _COMMENT.sub(" ", rest).split()
        name = words[0] if words else ""
        if name in GUEST_UNDEFINED:
            known = False
        elif name == VERSION_MACRO:
            known = True
        else:
            return UNKNOWN
        return known if kind == "ifdef" else not known
    v = _Expr(rest, version).value()
    return v if v is UNKNOWN else bool(v)


class _Frame:
    def __init__(self, kept, emitting_parent):
        self.kept = kept              # the directives of this conditional stay in the output
        self.taken = False            # a branch known true was found (later ones are dropped)
        self.active = False           # the current branch's lines are output
        self.parent = emitting_parent
        self.closed = False           # an #elif became this conditional's #else
        self.guard = False


def _logical_lines(text):
    """[(first physical line index, [physical lines])] with backslash
    continuations joined for directives."""
    lines = text.split("\n")
    out, i = [], 0
    while i < len(lines):
        start, group = i, [lines[i]]
        while group[-1].endswith("\\") and i + 1 < len(lines) and group[0].lstrip().startswith("#"):
            i += 1
            group.append(lines[i])
        out.append((start, group))
        i += 1
    return out


def pin_text(path, text, version):
    """(pinned text, True if the header refuses a guest at this version
    unconditionally)."""
    out, stack, refused = [], [], False

    def emitting():
        return all(f.active for f in stack)

    for start, group in _logical_lines(text):
        joined = " ".join(line[:-1] if line.endswith("\\") else line for line in group)
        m = _DIRECTIVE.match(joined)
        kind = m.group(1) if m else None
        try:
            if kind in ("if", "ifdef", "ifndef"):
                parent = emitting()
                c = condition(kind, m.group(2), version) if parent else False
                f = _Frame(c is UNKNOWN, parent)
                f.guard = kind == "ifndef" and not stack     # the include guard, in practice
                f.active = parent and c is not False
                f.taken = c is True
                stack.append(f)
                if parent and f.kept:
                    out.extend(group)
                continue
            if kind == "elif":
                if not stack:
                    raise PinError("#elif without #if")
                f = stack[-1]
                if not f.parent or f.taken:
                    f.active = False
                    continue
                c = condition(kind, m.group(2), version)
                if c is False:
                    f.active = False
                    continue
                if f.kept and c is True:
                    # the consumer still chooses between the earlier
                    # branches and this one, now the last
                    out.append(re.sub(r"#(\s*)elif\b.*", r"#\1else", group[0]))
                    f.closed = True
                elif f.kept:
                    out.extend(group)
                elif c is UNKNOWN:
                    # the first branch that may be taken opens the conditional
                    out.append(re.sub(r"#(\s*)elif\b", r"#\1if", group[0], count=1))
                    out.extend(group[1:])
                    f.kept = True
                f.active = True
                f.taken = c is True
                continue
            if kind == "else":
                if not stack:
                    raise PinError("#else without #if")
                f = stack[-1]
                f.active = f.parent and not f.taken
                if f.parent and f.kept and not f.closed:
                    out.extend(group)
                f.taken = True
                continue
            if kind == "endif":
                if not stack:
                    raise PinError("#endif without #if")
                f = stack.pop()
                if f.parent and f.kept:
                    out.extend(group)
                continue
        except PinError as e:
            raise PinError(f"{path}:{start + 1}: {e}") from None
        if emitting():
            if kind == "error" and not any(f.kept and not f.guard for f in stack):
                # no condition left around it but the include guard
                refused = True
            out.extend(group)
    if stack:
        raise PinError(f"{path}: a conditional is not closed")
    return "\n".join(out), refused


def _includes(text):
    out = []
    for line in text.split("\n"):
        m = _DIRECTIVE.match(line)
        if m and m.group(1) == "include":
            q = _INCLUDE.match(m.group(2))
            if q:
                out.append(q.group(1))
    return out


def _compat_header(text, version):
    """xen-compat.h of a pinned tree: the version is fixed."""
    v = f"0x{version:08x}"
    block = (f"/*\n * {MARK} --interface-version {v}`: a guest's headers for that\n"
             " * interface version, every version choice already made.  The hypervisor and\n"
             " * the tools build against the newest interface: they need the unpinned tree.\n */\n"
             "#if defined(__XEN__) || defined(__XEN_TOOLS__)\n"
             f"#error \"these headers are pinned to interface version {v} for guests; the hypervisor "
             "and the tools need the unpinned headers\"\n"
             "#endif\n"
             f"#if defined(__XEN_INTERFACE_VERSION__) && __XEN_INTERFACE_VERSION__ != {v}\n"
             f"#error \"these headers are pinned to interface version {v}; __XEN_INTERFACE_VERSION__ "
             "names another\"\n"
             "#endif\n"
             "#undef __XEN_INTERFACE_VERSION__\n"
             f"#define __XEN_INTERFACE_VERSION__ {v}\n")
    lines, out, skipping = text.split("\n"), [], 0
    for line in lines:
        m = _DIRECTIVE.match(line)
        if skipping:
            if m and m.group(1) in ("if", "ifdef", "ifndef"):
                skipping += 1
            elif m and m.group(1) == "endif":
                skipping -= 1
            continue
        if m and m.group(1) in ("if", "ifdef", "ifndef") and ("__XEN__" in line or VERSION_MACRO in line):
            skipping = 1
            if block:
                out.append(block.rstrip("\n"))
                block = ""
            continue
        out.append(line)
    if block:
        raise PinError("xen-compat.h: no version logic found to replace")
    return "\n".join(out)


def pin_tree(headers, version, latest):
    """{path under the public folder: text} of the tree pinned to version;
    headers: the same for the unpinned tree."""
    if version > latest:
        raise PinError(f"interface version 0x{version:08x} is newer than the newest these headers "
                       f"describe (0x{latest:08x})")
    out, refused = {}, set()
    for path, text in headers.items():
        pinned, no = pin_text(path, text, version)
        if no:
            refused.add(path)
        out[path] = pinned
    # a header that includes a refused one is refused too
    changed = True
    while changed:
        changed = False
        for path, text in out.items():
            if path in refused:
                continue
            d = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
            for inc in _includes(text):
                full = posixpath.normpath(d + inc)
                if full in refused:
                    refused.add(path)
                    changed = True
                    break
    out = {p: t for p, t in out.items() if p not in refused}
    if "xen-compat.h" in out:
        out["xen-compat.h"] = _compat_header(headers["xen-compat.h"], version)
    return out, sorted(refused)


_GATE = re.compile(r"__XEN_INTERFACE_VERSION__\s*(<=|>=|==|!=|<|>)\s*(0[xX][0-9a-fA-F]+|\d+)")
_LATEST = re.compile(r"#define __XEN_LATEST_INTERFACE_VERSION__\s+(0[xX][0-9a-fA-F]+)")


def resolve(spec, headers):
    """The versions one --interface-version names: 'all' (interface_versions),
    'latest', or a number."""
    if spec == "all":
        return interface_versions(headers)
    if spec == "latest":
        return [latest_version(headers)]
    return [parse_version(spec)]


def latest_version(headers):
    """__XEN_LATEST_INTERFACE_VERSION__ of a tree ({path: text})."""
    for text in headers.values():
        m = _LATEST.search(text)
        if m:
            return int(m.group(1), 16)
    raise PinError("no __XEN_LATEST_INTERFACE_VERSION__ in the headers")


def interface_versions(headers):
    """One interface version from each range the headers' version
    conditionals tell apart, 0 up to the newest (each takes its own mix of
    branches); headers: {path: text}."""
    latest, bounds = latest_version(headers), {0}
    for text in headers.values():
        for op, v in _GATE.findall(text):
            v = int(v, 0)
            bounds |= {v} if op in ("<", ">=") else {v + 1} if op in (">", "<=") else {v, v + 1}
    return sorted(b for b in bounds if b <= latest)


MARK = "Pinned by `xenabi headers"


def remove_stale(out, written):
    """Remove the headers under out that an earlier `xenabi headers` wrote
    and this one did not (a folder holding a pinned xen-compat.h is one of
    ours; nothing else is touched).  [relative paths removed]"""
    ours = set()
    for base, _, files in os.walk(out):
        if "xen-compat.h" in files:
            with open(os.path.join(base, "xen-compat.h"), encoding="utf-8", errors="replace") as fh:
                if MARK in fh.read():
                    ours.add(base)
    removed = []
    for top in sorted(ours):
        for base, _, files in os.walk(top):
            for f in files:
                rel = os.path.relpath(os.path.join(base, f), out).replace(os.sep, "/")
                if f.endswith(".h") and rel not in written:
                    os.unlink(os.path.join(base, f))
                    removed.append(rel)
    return removed
