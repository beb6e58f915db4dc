"""Line-level view of a description file.

The C parser never sees preprocessor directives, so this pass reads them
from the text: object-like #define constants, `#pragma xenabi` lines (with
their line numbers), the file's profile list and its verbatim regions.
It also gives the text the preprocessor is run on (verbatim regions blanked,
line numbers kept).
"""
import re
from dataclasses import dataclass

from . import annotations
from .model import Constant, Ioctl, Loc

_PRAGMA = re.compile(r"^\s*#\s*pragma\s+xenabi\b(.*)$")
_DEFINE = re.compile(r"^\s*#\s*define\s+([A-Za-z_][A-Za-z_0-9]*)(\(?)(.*)$")
_IOC = re.compile(r"^_IOC\(\s*(_IOC_NONE|_IOC_READ|_IOC_WRITE|_IOC_READ\s*\|\s*_IOC_WRITE)\s*,\s*'(.)'\s*,"
                  r"\s*(\d+)\s*,\s*(?:sizeof\(\s*([A-Za-z_][A-Za-z_0-9 ]*?)\s*\)|0)\s*\)$")
_FORBIDDEN_WORDS = re.compile(r"\b(__attribute__|__attribute|__declspec|_Alignas|alignas|__packed|__aligned)\b")


@dataclass
class SourceFile:
    path: str                 # relative to the repository root, e.g. abi/xen.h
    text: str
    lines: list               # raw lines, without newlines
    pragmas: list             # (0-based line indices of the pragma, Annotation)
    constants: list           # Constant
    profiles: tuple           # () means every profile
    verbatim: set             # 0-based indices of lines inside verbatim regions
    verbatim_markers: set     # 0-based indices of the begin/end pragma lines themselves
    cpp_text: str
    ioctls: list              # Ioctl: `#define NAME _IOC(...)` lines
    view: str = ""            # "guest" or "tools": the only view the header compiles in


def _logical_lines(lines):
    """Yield (first 0-based index, joined text, indices) for backslash-continued lines."""
    i = 0
    while i < len(lines):
        start, parts, idx = i, [], []
        while True:
            line = lines[i]
            idx.append(i)
            if line.endswith("\\") and i + 1 < len(lines):
                parts.append(line[:-1])
                i += 1
                continue
            parts.append(line)
            i += 1
            break
        yield start, " ".join(parts), idx


# what can change the meaning of the text after it: a string, a comment start
_SPECIAL = re.compile(r'"|/\*|//')


def _strip_comments(text, in_comment, nested=None):
    """Remove /* */ and // comments from one logical line; track open
    comments.  nested (a list) gets the offset of every '/*' inside a
    comment (compilers warn: most often a lost '*/')."""
    out, i, n = [], 0, len(text)
    while i < n:
        if in_comment:
            end = text.find("*/", i)
            inner = text.find("/*", i, n if end < 0 else end)
            if inner >= 0 and nested is not None:
                nested.append(inner)
            if end < 0:
                return "".join(out), True
            i, in_comment = end + 2, False
            continue
        m = _SPECIAL.search(text, i)
        if m is None:
            out.append(text[i:])
            break
        out.append(text[i:m.start()])
        tok, i = m.group(0), m.start()
        if tok == "/*":
            in_comment, i = True, i + 2
            out.append(" ")
        elif tok == "//":
            break
        else:                               # a string literal, kept whole
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
    return "".join(out), in_comment


def eval_define(text, known):
    """Integer value of a #define replacement text, or None."""
    try:
        toks = annotations.tokenize(text)
    except annotations.AnnotationError:
        return None
    if not toks:
        return None
    try:
        expr = annotations.Expr(toks)
        return expr.evaluate(lambda n: known[n])
    except Exception:  # not an integer expression: a string, a cast, a macro call
        return None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# printable ASCII that is no C token outside strings, character constants and
# comments ('$' only as a GNU extension in identifiers, which clang -pedantic refuses)
_STRAY = re.compile(r"[$@`]")


def _stray_character(path, lines, idx, joined, in_comment, sink):
    """Report the first '$', '@' or '`' of a logical line that is outside
    comments, strings and character constants, at its physical line."""
    for m in _STRAY.finditer(joined):
        p = m.start()
        before, open_comment = _strip_comments(joined[:p], in_comment)
        if open_comment or before.count('"') % 2 or (joined[p - 1:p] == "'" and joined[p + 1:p + 2] == "'"):
            continue
        k, off = 0, p
        while k < len(idx) - 1 and off >= len(lines[idx[k]]):
            off -= len(lines[idx[k]])
            k += 1
        what = "a GNU extension in identifiers that strict compilers refuse" if m.group(0) == "$" else \
            "not a character of C's grammar"
        sink.error(Loc(path, idx[k] + 1, off + 1), f"'{m.group(0)}' outside a string or a comment ({what})")
        return


_DIRECTIVES = {"if", "ifdef", "ifndef", "elif", "else", "endif", "define", "undef", "include", "error",
               "warning", "pragma", "line"}
_DIRECTIVE = re.compile(r"^\s*#\s*([A-Za-z_]\w*)?")


def _verbatim_braces(code, loc, vbraces, sink):
    """Braces balance inside a verbatim region too (vbraces: where the ones
    open are); a '}' with none open is reported where it is."""
    if code.lstrip().startswith("#") or ("{" not in code and "}" not in code):
        return
    for ch in code:
        if ch == "{":
            vbraces.append(loc)
        elif ch == "}":
            if not vbraces:
                sink.error(loc, "unmatched '}' in a verbatim region")
                return
            vbraces.pop()


def _verbatim_directive(code, loc, vcond, sink):
    """A verbatim region is copied as it is and the preprocessor never reads
    it: its directives must exist and its conditionals balance inside it
    (vcond: where the ones open in this region are)."""
    d = _DIRECTIVE.match(code)
    if not d or code.strip() == "#":
        return
    word = d.group(1)
    if word not in _DIRECTIVES:
        sink.error(loc, f"'#{word or ''}' is not a preprocessing directive (in a verbatim region, "
                        "which the preprocessor does not read)")
    elif word.startswith("if"):
        vcond.append(loc)
    elif word in ("elif", "else", "endif") and not vcond:
        sink.error(loc, f"#{word} without an #if in this verbatim region")
    elif word == "endif":
        vcond.pop()


def load(path, text, sink):
    for m in _CONTROL.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        sink.error(Loc(path, line, m.start() - text.rfind("\n", 0, m.start())),
                   f"control character U+{ord(m.group(0)):04X} (a description is plain text)")
    comment_at = None           # where the comment open at the end of a line began
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    pragmas, constants, profiles, verbatim, markers, ioctls = [], [], (), set(), set(), []
    known, in_comment, open_verbatim, view = {}, False, None, ""
    vcond = []                  # the conditionals open in the current verbatim region
    vbraces = []                # and the braces, outside directives
    for start, joined, idx in _logical_lines(lines):
        nested = []
        code, in_comment_after = _strip_comments(joined, in_comment, nested)
        if _STRAY.search(code):
            _stray_character(path, lines, idx, joined, in_comment, sink)
        for off in nested:
            opener = comment_at if in_comment and comment_at else \
                Loc(path, start + 1, joined.rfind("/*", 0, off) + 1)
            sink.error(Loc(path, start + 1, off + 1), f"'/*' inside a comment: the comment opened at {opener} "
                                                      "is not closed before it")
        if in_comment_after and not in_comment:
            comment_at = Loc(path, start + 1, joined.rfind("/*") + 1)
        was_comment = in_comment
        in_comment = in_comment_after
        if was_comment and not code.strip():
            if open_verbatim is not None:
                verbatim.update(idx)
            continue
        col = len(joined) - len(joined.lstrip()) + 1
        loc = Loc(path, start + 1, col)
        m = _PRAGMA.match(code)
        if m:
            try:
                ann = annotations.parse(m.group(1), loc)
            except annotations.AnnotationError as e:
                sink.error(loc, f"bad annotation: {e}")
                continue
            if ann.kind == "verbatim":
                if ann.get("what") == "begin":
                    if open_verbatim is not None:
                        sink.error(loc, "nested 'verbatim begin'")
                    open_verbatim = loc
                else:
                    if open_verbatim is None:
                        sink.error(loc, "'verbatim end' without 'verbatim begin'")
                    for opened in vcond:
                        sink.error(opened, "conditional not closed inside its verbatim region (a verbatim "
                                           "region must hold whole #if ... #endif groups)")
                    for opened in vbraces[:1]:
                        sink.error(opened, "'{' not closed inside its verbatim region")
                    vcond.clear()
                    vbraces.clear()
                    open_verbatim = None
                verbatim.update(idx)
                markers.update(idx)
                continue
            if open_verbatim is not None:
                sink.error(loc, "annotation inside a verbatim region")
                continue
            if ann.kind == "profiles":
                profiles = ann.get("names")
            if ann.kind == "view":
                view = ann.get("name")
            pragmas.append((tuple(idx), ann))
            continue
        if open_verbatim is not None:
            verbatim.update(idx)
            _verbatim_directive(code, loc, vcond, sink)
            _verbatim_braces(code, loc, vbraces, sink)
            continue
        for bad in _FORBIDDEN_WORDS.finditer(code):
            sink.error(Loc(path, start + 1, bad.start() + 1),
                       f"'{bad.group(0)}': compiler attributes and alignment directives are not part "
                       "of the dialect; layout is computed, and macro interface belongs in a verbatim region")
        m = _DEFINE.match(code)
        if m and not m.group(2):
            name, body = m.group(1), m.group(3).strip()
            value = eval_define(body, known)
            if value is not None:
                known[name] = value
            constants.append(Constant(name, body, value, loc))
            io = _IOC.match(body)
            if io:
                ioctls.append(Ioctl(name, "".join(io.group(1).split()), io.group(2), int(io.group(3)),
                                    io.group(4), loc))
            elif body.startswith("_IOC"):
                sink.error(loc, f"'{name}': an ioctl number is written _IOC(DIR, 'X', NR, sizeof(TYPE)) "
                                "or _IOC(DIR, 'X', NR, 0)")
    if open_verbatim is not None:
        sink.error(open_verbatim, "'verbatim begin' without 'verbatim end'")
    if in_comment:
        sink.error(comment_at, "comment not closed by the end of the file")
    cpp_lines = ["" if i in verbatim else line for i, line in enumerate(lines)]
    return SourceFile(path, text, lines, pragmas, constants, tuple(profiles),
                      verbatim, markers, "\n".join(cpp_lines) + "\n", ioctls, view)
