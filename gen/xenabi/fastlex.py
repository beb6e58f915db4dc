"""A faster token scanner behind pycparser 2.21's CLexer.

pycparser lexes with PLY, whose scanner tries one large ordered alternation
of regular expressions at every token: about 9 microseconds a token here,
over a third of the generator's parsing time.  This module puts a scanner in
front of it that gives the parser exactly the tokens PLY would, for the text
the generator parses (preprocessed descriptions: identifiers, numbers,
punctuation, string and character constants, line markers, pragmas), and
hands any other text to PLY whole.

How it stays exact:
- Every regular expression and table comes from CLexer itself (its
  identifier, number, character and string expressions, its keyword map and
  its punctuation rules), compiled with the PLY lexer's own flags, and is
  tried in the order PLY tries them (function rules in definition order,
  then string rules longest expression first: for punctuation that is the
  longest literal).
- What depends on the parser's state is done when the parser asks for the
  token, as PLY does it: whether an identifier is a typedef name, the scope
  callbacks of '{' and '}', and the file name a line marker sets.
- Text the scanner does not handle (wide literals, an invalid octal or
  character constant, a '#' that is neither a line marker nor a pragma, a
  character C does not use, a malformed marker) makes the whole input go to
  PLY's scanner, so that every error reads exactly as before.
tests/test_fastlex.py compares the two scanners token for token (type,
value, line, position, file name) over every unit the generator parses and
over edge cases.

With another pycparser (3.x has its own scanner) install() does nothing.
"""
import re

try:
    from pycparser.c_lexer import CLexer
except ImportError:         # pragma: no cover - pycparser is a requirement
    CLexer = None


class Token:
    """What PLY's yacc reads of a token (it sets `lexer` on an error token)."""
    __slots__ = ("type", "value", "lineno", "lexpos", "lexer")


# event kinds of a scanned input
_TOK, _ID, _LBRACE, _RBRACE, _FILE = range(5)


class _Tables:
    """CLexer's rules, compiled once with the PLY lexer's flags."""

    def __init__(self, flags):
        c = CLexer
        comp = lambda pattern: re.compile(pattern, flags)      # noqa: E731
        self.keywords = dict(c.keyword_map)
        # the number rules, in the order PLY tries them (None: an error rule)
        self.numbers = [(comp(c.floating_constant), "FLOAT_CONST"),
                        (comp(c.hex_floating_constant), "HEX_FLOAT_CONST"),
                        (comp(c.hex_constant), "INT_CONST_HEX"),
                        (comp(c.bin_constant), "INT_CONST_BIN"),
                        (comp(c.bad_octal_constant), None),
                        (comp(c.octal_constant), "INT_CONST_OCT"),
                        (comp(c.decimal_constant), "INT_CONST_DEC")]
        self.chars = [(comp(c.multicharacter_constant), "INT_CONST_CHAR"),
                      (comp(c.char_const), "CHAR_CONST")]
        self.bad_string = comp(c.bad_string_literal)
        self.string = comp(c.string_literal)
        # punctuation: every string rule but the string literal, each a
        # plain literal (checked), longest expression first as PLY orders them
        rules = []
        for name in dir(c):
            value = getattr(c, name)
            if (not name.startswith("t_") or not isinstance(value, str) or "ignore" in name
                    or name == "t_STRING_LITERAL"):
                continue
            literal = re.sub(r"\\(.)", r"\1", value)
            if re.search(r"[.^$*+?{}\[\]|()]", re.sub(r"\\.", "", value)) or not comp(value).fullmatch(literal):
                raise ValueError(f"CLexer.{name} is not a plain literal")
            rules.append((len(value), literal, name[2:]))
        rules.sort(key=lambda r: -r[0])
        self.punct = {literal: name for _, literal, name in rules}
        self.scan = re.compile(
            r"(?P<ws>[ \t]+)|(?P<nl>\n+)|(?P<id>" + c.identifier + r")|(?P<num>(?=\.?[0-9]))"
            r"|(?P<op>" + "|".join(re.escape(lit) for _, lit, _ in rules) + r"|[{}])|(?P<other>.)", re.S)
        # a line marker as cpp writes it: `# N "file" flags...`, or `# N`
        self.marker = re.compile(r'[ \t]*(0|[1-9][0-9]*)(?:[ \t]+"([^"\\\n]*)")?(?:[ \t]+[0-9]+)*[ \t]*\n')


_TABLES = {}


class FastLexer:
    """Stands in for CLexer's PLY lexer object (`clex.lexer`): input(),
    token(), lineno, lexdata, skip(); falls back to the PLY lexer for an
    input it does not scan."""

    def __init__(self, clex, ply):
        self.clex, self.ply = clex, ply
        flags = getattr(ply, "lexreflags", re.VERBOSE)
        if flags not in _TABLES:
            _TABLES[flags] = _Tables(flags)
        self.t = _TABLES[flags]
        self.fallback = False
        self.events, self.i = [], 0
        self._lineno = self.end_lineno = 1
        self.lexdata = ""

    # PLY's rules write lineno through clex.lexer (this object)
    @property
    def lineno(self):
        return self.ply.lineno if self.fallback else self._lineno

    @lineno.setter
    def lineno(self, value):
        self._lineno = value
        self.ply.lineno = value

    def skip(self, n):
        self.ply.skip(n)

    def input(self, text):
        self.lexdata = text
        events = self._scan(text, self._lineno)
        self.fallback = events is None
        if self.fallback:
            self.ply.lineno = self._lineno
            self.ply.input(text)
        else:
            self.events, self.i = events, 0

    def token(self):
        if self.fallback:
            return self.ply.token()
        events, clex = self.events, self.clex
        while self.i < len(events):
            kind, typ, value, lineno, pos = events[self.i]
            self.i += 1
            self._lineno = lineno
            if kind == _FILE:
                clex.filename = value
                continue
            if kind == _ID:
                typ = self.t.keywords.get(value, "ID")
                if typ == "ID" and clex.type_lookup_func(value):
                    typ = "TYPEID"
            elif kind == _LBRACE:
                clex.on_lbrace_func()
            elif kind == _RBRACE:
                clex.on_rbrace_func()
            tok = Token()
            tok.type, tok.value, tok.lineno, tok.lexpos = typ, value, lineno, pos
            return tok
        self._lineno = self.end_lineno
        return None

    def _scan(self, text, lineno):
        """[(kind, type, value, lineno, position)] of text, or None where
        PLY must scan it."""
        t = self.t
        out = []
        append = out.append
        pos, end = 0, len(text)
        match = t.scan.match
        punct = t.punct
        while pos < end:
            m = match(text, pos)
            group = m.lastgroup
            if group == "ws":
                pos = m.end()
            elif group == "nl":
                lineno += m.end() - pos
                pos = m.end()
            elif group == "id":
                value = m.group()
                nxt = text[m.end():m.end() + 1]
                if nxt in ("'", '"') and value in ("L", "u", "U", "u8"):
                    return None         # a wide literal
                append((_ID, None, value, lineno, pos))
                pos = m.end()
            elif group == "num" or (group == "other" and m.group() == "'"):
                n, typ = _first(t.numbers if group == "num" else t.chars, text, pos)
                if typ is None:
                    return None         # no rule, or an error rule (an invalid octal constant)
                append((_TOK, typ, n.group(), lineno, pos))
                pos = n.end()
            elif group == "op":
                value = m.group()
                if value == "{":
                    append((_LBRACE, "LBRACE", value, lineno, pos))
                elif value == "}":
                    append((_RBRACE, "RBRACE", value, lineno, pos))
                else:
                    append((_TOK, punct[value], value, lineno, pos))
                pos = m.end()
            else:
                ch = m.group()
                if ch == "#":
                    pos, lineno = self._directive(text, pos + 1, lineno, out)
                    if pos is None:
                        return None
                elif ch == '"':
                    if t.bad_string.match(text, pos):
                        return None
                    n = t.string.match(text, pos)
                    if not n:
                        return None
                    append((_TOK, "STRING_LITERAL", n.group(), lineno, pos))
                    pos = n.end()
                else:
                    return None         # PLY reports it
        self.end_lineno = lineno
        return out

    def _directive(self, text, pos, lineno, out):
        """Scan the rest of a '#' line at pos: (position after it, line
        number), or (None, None) for PLY."""
        t = self.t
        # CLexer's own tests of what follows '#' (t_PPHASH)
        if self.clex.line_pattern.match(text, pos):
            m = t.marker.match(text, pos)
            if not m:
                return None, None
            if m.group(2) is not None:
                out.append((_FILE, None, m.group(2), lineno, pos))
            return m.end(), int(m.group(1))
        if self.clex.pragma_pattern.match(text, pos):
            start = text.index("pragma", pos)
            out.append((_TOK, "PPPRAGMA", "pragma", lineno, start))
            pos = start + 6
            while pos < len(text) and text[pos] in " \t":
                pos += 1
            if text.startswith("pragma", pos):
                return None, None
            if pos < len(text) and text[pos] != "\n":
                stop = text.find("\n", pos)
                stop = len(text) if stop < 0 else stop
                out.append((_TOK, "PPPRAGMASTR", text[pos:stop], lineno, pos))
                pos = stop
            if pos < len(text):
                pos += 1                # the newline that ends the pragma
                lineno += 1
            return pos, lineno
        return None, None               # PPHASH: PLY's


def _first(rules, text, pos):
    """(match, token type) of the first rule matching at pos (type None for
    an error rule), or (None, None)."""
    for rx, typ in rules:
        m = rx.match(text, pos)
        if m:
            return m, typ
    return None, None


def install(clex):
    """Put a FastLexer in front of a built CLexer's PLY lexer; a no-op for
    a pycparser without one."""
    ply = getattr(clex, "lexer", None)
    if CLexer is None or not isinstance(clex, CLexer) or ply is None or isinstance(ply, FastLexer) \
            or not type(ply).__module__.endswith("lex"):
        return False
    clex.lexer = FastLexer(clex, ply)
    return True
