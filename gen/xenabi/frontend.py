"""Front end: description files -> one Module per profile.

Each profile sees the description through the real C preprocessor, with the
macros its compilers predefine, `__XEN_TOOLS__` and the latest interface
version, exactly as the reference layouts were taken.  pycparser parses the
result; this is the only module that touches pycparser nodes.
"""
import collections.abc
import contextlib
import dataclasses
import functools
import os
import posixpath
import re
import shutil
import subprocess
import tempfile

from pycparser import c_ast, c_parser
from pycparser.c_parser import ParseError

from . import fastlex, source, xenbuild
from .annotations import FIELD_KINDS, ExprError, eval_tree, parse_int
from .diag import DescriptionError, Sink
from .model import (Array, Constant, Enum, EnumRef, Field, Handle, HandleDef,
                    Loc, Module, Named, Pointer, Record, RecordRef, Scalar, Typedef, Void)
from .profiles import FIXED_SCALARS, FORBIDDEN_TYPES, PROFILES, is_scalar

PRELUDE = os.path.join(os.path.dirname(__file__), "prelude.h")
PRELUDE_NAME = "<xenabi-prelude>"

_H_TARGET = "__xenabi_handle_target__"
_H = "__xenabi_handle__"
_H64 = "__xenabi_handle64__"
_HPARAM = "__xenabi_handle_param__"

_C_SCALARS = {
    ("char",): "char", ("signed", "char"): "signed char", ("unsigned", "char"): "unsigned char",
    ("short",): "short", ("short", "int"): "short", ("signed", "short"): "short",
    ("unsigned", "short"): "unsigned short", ("unsigned", "short", "int"): "unsigned short",
    ("int",): "int", ("signed",): "int", ("signed", "int"): "int",
    ("unsigned",): "unsigned int", ("unsigned", "int"): "unsigned int",
}


def find_cpp():
    for cand in ("cpp", "gcc", "clang"):
        exe = shutil.which(cand)
        if exe:
            return [exe] if cand == "cpp" else [exe, "-E", "-x", "c"]
    raise RuntimeError("no C preprocessor found (install gcc or clang)")


def discover(root):
    """Every description file under root/abi, as sorted relative paths.

    abi/xen.h comes first: it includes the arch headers in the order they
    need, and they are not meant to be included on their own before it."""
    out = []
    for d, _, files in os.walk(os.path.join(root, "abi")):
        for f in files:
            if f.endswith(".h"):
                out.append(os.path.relpath(os.path.join(d, f), root).replace(os.sep, "/"))
    return sorted(out, key=lambda p: (p != "abi/xen.h", p))


def _innermost(t):
    """The type node a declarator finally names (shared by `T a, b;`)."""
    while isinstance(t, (c_ast.TypeDecl, c_ast.ArrayDecl, c_ast.PtrDecl)):
        t = t.type
    return t


def _group(t):
    """What the declarators of one declaration share: its record, union or
    enum node, or its type specifier's place in the source."""
    t = _innermost(t)
    if isinstance(t, (c_ast.Struct, c_ast.Union, c_ast.Enum)):
        return id(t)
    c = t.coord
    return (tuple(getattr(t, "names", ())), c.file, c.line, c.column) if c else id(t)


class Description:
    """The loaded description: source files plus, per profile, the Module of
    each view the generator reads.  A view is preprocessed by prepare() and
    parsed on first use, in the process that uses it: the generator's two
    halves each preprocess and parse only the profiles they render
    (output.render)."""

    def __init__(self, sources, names):
        self.sources = sources          # path -> SourceFile
        self.names = tuple(names)       # the profiles loaded
        self._runs = {}                 # (view kind, profile) -> (view, files, _Finished)
        self._pending = None            # (scratch folder, running preprocessors) of start()
        self._visible = {}              # path -> visible(path)
        self._macros = None             # macros(): every #define, found on first use
        # profile name -> Module
        self.modules = _LazyModules(self, "tools", self.names)
        # profile name -> Module as the hypervisor's own build sees the
        # description (__XEN__ defined): what Xen's compat headers declare
        self.hypervisor = _LazyModules(self, "xen", [n for n in HYPERVISOR_VIEWS if n in self.names])
        # the guest view, read for its errors only (check_guest_view): one
        # profile per architecture family
        families, self._guest = set(), []
        for n in self.names:
            if PROFILES[n].family not in families:
                families.add(PROFILES[n].family)
                self._guest.append(n)

    def files_for(self, profile):
        return [p for p, s in self.sources.items() if not s.profiles or profile in s.profiles]

    def includes(self, path):
        """Description files `path` names in its #include lines (any profile)."""
        out = []
        for line in self.sources[path].lines:
            m = _INCLUDE_LINE.match(line)
            if m:
                full = posixpath.normpath(posixpath.join(posixpath.dirname(path), m.group(1)))
                if full in self.sources:
                    out.append(full)
        return out

    def reach(self, path):
        """Every description file `path` includes, directly or not."""
        seen, todo = set(), [path] if path in self.sources else []
        while todo:
            for q in self.includes(todo.pop()):
                if q not in seen:
                    seen.add(q)
                    todo.append(q)
        return seen

    def visible(self, path):
        """The files whose declarations `path` may use: itself and what it
        includes; an architecture header also sees xen.h, which includes it
        (upstream's rule, and the compile matrix's)."""
        if path not in self._visible:
            out = {path} | self.reach(path)
            if path.startswith("abi/arch-"):
                out |= {"abi/xen.h"} | self.reach("abi/xen.h")
            self._visible[path] = out
        return self._visible[path]

    def _views(self, name):
        """(kind, view, files) of every view of one profile: its tools view;
        the hypervisor's, for the headers Xen builds compat headers of; the
        guest's (no __XEN_TOOLS__, so interface version 0 and every legacy
        branch, and __STRICT_ANSI__), headers for the tools view only left out."""
        prof, files = PROFILES[name], self.files_for(name)
        out = [("tools", prof, files)]
        if name in HYPERVISOR_VIEWS:
            out.append(("xen", dataclasses.replace(prof, cpp_defines=prof.cpp_defines + ("__XEN__",)),
                        [p for p in files if p in xenbuild.COMPAT_HEADERS]))
        if name in self._guest:
            out.append(("guest", dataclasses.replace(prof, cpp_defines=prof.cpp_defines + ("__STRICT_ANSI__",)),
                        [p for p in files if self.sources[p].view != "tools"]))
        return out

    @contextlib.contextmanager
    def scratch_copy(self):
        """A temporary folder holding what the preprocessor reads of every
        description file (its cpp_text), at its own path."""
        with tempfile.TemporaryDirectory(prefix="xenabi-", dir=_scratch_parent()) as tmp:
            for s in self.sources.values():
                dst = os.path.join(tmp, s.path)
                os.makedirs(os.path.dirname(dst), exist_ok=True)
                with open(dst, "w", encoding="utf-8") as fh:
                    fh.write(s.cpp_text)
            yield tmp

    def prepare(self, names):
        """Preprocess every view of these profiles not preprocessed yet, all
        at once (separate processes), in this process."""
        self.start(names)
        self.collect()

    def start(self, names):
        """Start the preprocessor on every view of these profiles not
        preprocessed yet; collect() (or prepare()) waits for them."""
        self.collect()
        todo = [(kind, name, view, files) for name in names if name in self.names
                for kind, view, files in self._views(name) if (kind, name) not in self._runs]
        if not todo:
            return
        scratch = self.scratch_copy()
        tmp = scratch.__enter__()
        try:
            self._pending = (scratch, [(kind, name, view, files, _start_cpp(tmp, view, files, f"{name}-{kind}",
                                                                            tools=kind != "guest"))
                                       for kind, name, view, files in todo])
        except BaseException:
            scratch.__exit__(None, None, None)
            raise

    def collect(self):
        """Wait for the preprocessors start() began (their files go with
        the scratch folder, removed here)."""
        pending, self._pending = self._pending, None
        if pending is None:
            return
        scratch, procs = pending
        try:
            for kind, name, view, files, proc in procs:
                self._runs[(kind, name)] = (view, files, _finish(proc))
        finally:
            scratch.__exit__(None, None, None)

    def warm(self, name, kind="tools"):
        """Parse one view into the process's chunk cache (_ChunkCache) and
        nothing more: processes forked after this find every region that
        view shares with theirs already parsed.  Its errors are not reported
        here; the view's own parse reports them."""
        self.prepare([name])
        self.pragma_index               # built here, before the workers fork
        view, _, done = self._runs[(kind, name)]
        if done.returncode == 0:
            try:
                _CHUNKS.parse(_unit_text(view, done.out))
            except ParseError:
                pass

    def parse(self, kind, name, sink, lenient=False):
        self.prepare([name])
        view, files, done = self._runs[(kind, name)]
        return _parse_profile(view, files, self.sources, sink, done, lenient, self.pragma_index)

    @functools.cached_property
    def pragma_index(self):
        """_pragma_index of the sources, built once for every view."""
        return _pragma_index(self.sources)

    def macros(self):
        """{macro name: [(path, first line, last line, body)]} of every
        #define in the description (verbatim regions too), continuation
        lines included."""
        if self._macros is None:
            self._macros = {}
            for src in self.sources.values():
                lines, i = src.lines, 0
                while i < len(lines):
                    m = _DEFINE_LINE.match(lines[i])
                    start = i
                    while lines[i].rstrip().endswith("\\") and i + 1 < len(lines):
                        i += 1
                    if m:
                        body = " ".join(lines[start:i + 1])[m.end():]
                        self._macros.setdefault(m.group(1), []).append((src.path, start + 1, i + 1, body))
                    i += 1
        return self._macros

    def macro_origin(self, loc, profiles=None):
        """For an error at a line that is one macro invocation (a declaration
        made by a macro), the description macros it expands, transitively:
        ' (made by macro M at path:first-last, ...)', or ''.  Only
        definitions the line can see count: in files it reaches, and on the
        profiles given when the error names them."""
        src = self.sources.get(loc.path)
        if src is None or not 0 < loc.line <= len(src.lines):
            return ""
        m = _INVOCATION_LINE.match(src.lines[loc.line - 1])
        macros = self.macros()
        if not m or m.group(1) not in macros:
            return ""
        visible = set(self.visible(loc.path)) | {loc.path}

        def seen_here(path):
            p = self.sources[path].profiles
            return path in visible and (not profiles or not p or set(p) & set(profiles))
        seen, todo, out = {m.group(1)}, [m.group(1)], []
        while todo and len(out) < 8:
            name = todo.pop(0)
            for path, a, b, body in macros[name]:
                if not seen_here(path):
                    continue
                out.append(f"{name} at {path}:{a}" + (f"-{b}" if b != a else ""))
                for ident in _IDENT_RE.findall(body):
                    if ident in macros and ident not in seen:
                        seen.add(ident)
                        todo.append(ident)
        return " (made by macro " + ", ".join(out) + ")"

    def check_guest_view(self, name, sink):
        """Parse and convert one architecture's guest view for its errors
        only: the branches the tools view skips are read too.  Each error
        says which view it is in."""
        if name not in self._guest:
            return
        own = Sink()
        self.parse("guest", name, own, lenient=True)
        for d in own.diags:
            sink.error(d.loc, f"{d.message} ({GUEST_VIEW}, {name})")


def load(root, paths=None, profiles=None, lazy=False):
    """Load the description; raises DescriptionError on bad input.

    Not lazy: every view of every profile is preprocessed and parsed here.
    Lazy: only the sources are read here; a profile's views are preprocessed
    (Description.prepare) and parsed on first use of desc.modules[name], and
    its errors are raised then."""
    sink = Sink()
    paths = paths or discover(root)
    sources = {}
    for p in paths:
        try:
            with open(os.path.join(root, p), "rb") as fh:
                data = fh.read()
        except OSError as e:
            sink.error(Loc(p, 1), f"cannot read description: {e}")
            continue
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            line = data.count(b"\n", 0, e.start) + 1
            col = len(data[data.rfind(b"\n", 0, e.start) + 1:e.start].decode("utf-8", "replace")) + 1
            sink.error(Loc(p, line, col), f"byte 0x{data[e.start]:02x} is not UTF-8 text")
            continue
        sources[p] = source.load(p, text, sink)
    for s in sources.values():
        for _, ann in s.pragmas:
            if ann.kind == "profiles":
                for n in ann.get("names"):
                    if n not in PROFILES:
                        sink.error(ann.loc, f"unknown profile '{n}' (known: {', '.join(PROFILES)})")
    _latest_version_covers_gates(sources, sink)
    sink.raise_if_any()
    desc = Description(sources, profiles or PROFILES)
    if not lazy:
        desc.prepare(desc.names)
        for name in desc.names:
            try:
                desc.modules[name]
            except DescriptionError as e:
                sink.diags += e.diags
            desc.check_guest_view(name, sink)
        sink.raise_if_any()
    return desc


_VERSION_GATE = re.compile(r"__XEN_INTERFACE_VERSION__\s*(?:<|>|<=|>=|==|!=)\s*(0[xX][0-9a-fA-F]+|\d+)")


def _latest_version_covers_gates(sources, sink):
    """The newest interface version is the one the hypervisor and the tools
    build against, so it must not be older than a version the description
    gates on (an #if on __XEN_INTERFACE_VERSION__, a 'since'): the tools
    view would silently take the older branches."""
    latest = [c for s in sources.values() for c in s.constants if c.name == "__XEN_LATEST_INTERFACE_VERSION__"]
    if len(latest) != 1 or not isinstance(latest[0].value, int):
        return
    latest = latest[0]
    gates = []
    for s in sources.values():
        for i, line in enumerate(s.lines):
            for m in _VERSION_GATE.finditer(line):
                gates.append((int(m.group(1), 0), Loc(s.path, i + 1, m.start() + 1)))
        for _, ann in s.pragmas:
            if ann.kind == "since":
                gates.append((ann.get("version"), ann.loc))
    newer = [g for g in gates if g[0] > latest.value]
    if newer:
        version, where = max(newer, key=lambda g: g[0])
        sink.error(latest.loc, f"__XEN_LATEST_INTERFACE_VERSION__ is {latest.text}, older than the "
                               f"interface version 0x{version:08x} that {where} gates on: the hypervisor and "
                               "the tools would build against the older interface")


GUEST_VIEW = "guest view: no __XEN_TOOLS__, interface version 0, strict ISO C"


def _scratch_parent():
    """Where the preprocessor's copies of the description go: $TMPDIR when
    set, else /dev/shm when it is a writable folder (a memory file system:
    creating a file on this machine's disk costs about a millisecond, and a
    run creates about ninety), else the system default."""
    if os.environ.get("TMPDIR"):
        return None
    shm = "/dev/shm"
    return shm if os.path.isdir(shm) and os.access(shm, os.W_OK | os.X_OK) else None


class _LazyModules(collections.abc.Mapping):
    """profile name -> Module of one kind of view, parsed on first access;
    a description error in it is raised as DescriptionError at that access."""

    def __init__(self, desc, kind, names):
        self._desc, self._kind, self._names, self._done = desc, kind, tuple(names), {}

    def __getitem__(self, name):
        if name not in self._names:
            raise KeyError(name)
        if name not in self._done:
            sink = Sink()
            mod = self._desc.parse(self._kind, name, sink)
            sink.raise_if_any()
            self._done[name] = mod
        return self._done[name]

    def __contains__(self, name):
        return name in self._names          # without parsing it

    def __iter__(self):
        return iter(self._names)

    def __len__(self):
        return len(self._names)


def _finish(proc):
    out, err = proc.communicate()
    return _Finished(proc.returncode, out, err)


class _Finished:
    """A preprocessor run whose output is already collected, read as a
    running one is (_parse_profile)."""

    def __init__(self, returncode, out, err):
        self.returncode, self.out, self.err = returncode, out, err

    def communicate(self):
        return self.out, self.err


_COMPAT_DIRECTIVES = re.compile(r"^__(?:DeFiNe|UnDeF)__ .*$", re.M)

# Profiles whose hypervisor view (__XEN__ defined, as in Xen's own build) is
# loaded too, for the headers Xen builds compat headers of (and what they
# include): the compat arch, whose declarations those headers carry.
HYPERVISOR_VIEWS = (xenbuild.COMPAT_ARCH,)


_CPP_DIAG = re.compile(r"^(?P<path>[^:\s][^:]*):(?P<line>\d+):(?:(?P<col>\d+):)?\s*(?:fatal )?error:\s*(?P<msg>.*)$")


class _SeededParser(c_parser.CParser):
    """pycparser's parser, started with the typedef names seen so far
    (`seed`) instead of none, so that a translation unit can be parsed a
    piece at a time.  Both pycparser 2.21 and 3.x keep those names in
    `_scope_stack` and reset it to `[dict()]` when a parse starts."""
    seed = None

    def __init__(self):
        super().__init__()
        fastlex.install(self.clex)

    @property
    def _scope_stack(self):
        return self.__dict__.get("_xenabi_scopes")

    @_scope_stack.setter
    def _scope_stack(self, value):
        if self.seed is not None and len(value) == 1 and not value[0]:
            value = [dict(self.seed)]
        self.__dict__["_xenabi_scopes"] = value


_INCLUDE_LINE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')
_DEFINE_LINE = re.compile(r"^\s*#\s*define\s+([A-Za-z_][A-Za-z_0-9]*)")
# a line that is one macro invocation and nothing else: NAME(...) or NAME(...);
_INVOCATION_LINE = re.compile(r"^\s*([A-Za-z_][A-Za-z_0-9]*)\s*\(.*\)\s*;?\s*(?:/\*.*\*/\s*)?$")
_IDENT_RE = re.compile(r"[A-Za-z_][A-Za-z_0-9]*")
_TOP_DECL = re.compile(r"(?:__extension__\s+)?(?:struct|union|enum|typedef)\b")
# at file scope, also a macro's expansion (the preprocessor starts it with a space)
_FILE_SCOPE_DECL = re.compile(r" ?(?:__extension__\s+)?(?:struct|union|enum|typedef)\b")
_STRAY_SEMI = re.compile(r"[;{]\s*;")
_MARKER = re.compile(r'^# \d+ "[^"]*"(?: \d+)*$', re.M)


class _ChunkCache:
    """Parses preprocessed units a file region at a time, and each region
    once for all profiles: most of a description preprocesses to the same
    text on every profile, and pycparser is the generator's slowest pass.

    A unit is cut between top-level declarations (see _chunks).  A region's
    parse depends only on its
    text and on which of its identifiers are typedef names at that point,
    so that is the cache key; the typedef names a region declares are
    replayed on a hit.  If a region does not parse on its own, the whole
    unit is parsed as one, so that errors read as before."""

    def __init__(self):
        self.cache = {}
        self.parser = None

    MIN_LINES = 24

    def _chunks(self, text):
        """Cut a preprocessed unit between top-level declarations (a line
        ending in ';' outside braces, or an include boundary), in pieces of
        at least MIN_LINES lines; each piece starts with a line marker giving
        its file and line, so that coordinates stay exact."""
        out, cur = [], []
        path, line = "<unit>", 1
        last = ";"                  # the last character of the last line of C
        last_at = (path, line, 1)   # and where it is
        opened = []                 # (path, line, col) of every '{' not closed yet
        start = (path, line)
        for raw in text.split("\n"):
            m = _MARKER.match(raw)
            if m:
                fields = raw.split()
                if "2" in fields[3:]:
                    # leaving `path`: what it opened must be closed in it
                    if opened and opened[-1][0] == path:
                        raise ParseError("%s:%d:%d: '{' is not closed by the end of its file" % opened[-1])
                    # (a '}' at file scope ends a record: its ';' is due)
                    if last != ";" and last_at[0] == path:
                        raise ParseError("%s:%d:%d: declaration not finished (no ';') at the end of "
                                         "its file" % last_at)
                enters = any(f in ("1", "2") for f in fields[3:])
                if enters and not opened and cur:
                    out.append((start, cur))
                    cur = []
                path, line = raw.split('"')[1], int(fields[1])
                if not cur:
                    start = (path, line)
                    continue
                cur.append(raw)
                continue
            if not cur:
                start = (path, line)
            cur.append(raw)
            line += 1
            if raw.startswith("#pragma") and last not in ";{},":
                # an annotation inside an unfinished declaration
                raise ParseError("%s:%d:%d: declaration not finished (no ';') where an annotation follows"
                                 % last_at)
            if not opened and last not in ";{," and _FILE_SCOPE_DECL.match(raw) and last_at[0] == path:
                # at file scope, a declaration starts while the one before
                # it is not finished (C would read on: an old-style function,
                # or a record declarator)
                raise ParseError("%s:%d:%d: declaration not finished (no ';') where the next one starts"
                                 % last_at)
            if opened and _TOP_DECL.match(raw):
                # descriptions indent what is inside braces: a declaration at
                # the start of a line while one is open means a lost '};'
                raise ParseError("%s:%d:1: a new declaration starts while the '{' at line %d is open "
                                 "(a '};' is missing)" % (path, line - 1, opened[-1][1]))
            if not raw.startswith("#"):
                if "{" in raw or "}" in raw:
                    for col, ch in enumerate(raw, 1):
                        if ch == "{":
                            opened.append((path, line - 1, col))
                        elif ch == "}":
                            if not opened:
                                # pycparser's scope stack would underflow (an
                                # assertion, not a parse error)
                                raise ParseError(f"{path}:{line - 1}:{col}: unmatched '}}' (no '{{' open "
                                                 "here)")
                            opened.pop()
                if ";" in raw:
                    # an empty declaration (a ';' after '{' or ';'): pycparser
                    # drops it, ISO C forbids it
                    lead = raw.lstrip()
                    m = _STRAY_SEMI.search(raw)
                    if m or (lead.startswith(";") and last in ";{"):
                        col = m.end() if m else len(raw) - len(lead) + 1
                        raise ParseError(f"{path}:{line - 1}:{col}: stray ';' (an empty declaration; "
                                         "ISO C forbids it)")
                stripped = raw.rstrip()
                if stripped:
                    last, last_at = stripped[-1], (path, line - 1, len(stripped))
            if not opened and raw.rstrip().endswith(";") and len(cur) >= self.MIN_LINES:
                out.append((start, cur))
                cur = []
        if cur:
            out.append((start, cur))
        return [f'# {ln} "{p}"\n' + "\n".join(lines) + "\n" for (p, ln), lines in out]

    def parse(self, text):
        if self.parser is None:
            self.parser = _SeededParser()
        scope, ext = {}, []
        chunks = self._chunks(text)         # an unmatched '}' is reported from here
        try:
            for chunk in chunks:
                idents = set(_IDENT_RE.findall(chunk))
                key = (chunk, frozenset(n for n in idents if scope.get(n) is True),
                       frozenset(n for n in idents if scope.get(n) is False))
                hit = self.cache.get(key)
                if hit is None:
                    self.parser.seed = scope
                    ast = self.parser.parse(chunk, "<unit>")
                    top = self.parser._scope_stack[0]
                    delta = {k: v for k, v in top.items() if scope.get(k, None) != v}
                    hit = self.cache[key] = (ast.ext, delta)
                ext += hit[0]
                scope.update(hit[1])
        except ParseError:
            # report the error as a whole-unit parse would
            self.parser.seed = None
            return self.parser.parse(text, "<unit>")
        except (AssertionError, RecursionError, IndexError) as e:
            # pycparser's own invariants (not a ParseError): said where its
            # lexer stood
            lx = self.parser.clex
            where = f"{getattr(lx, 'filename', '<unit>')}:{lx.lexer.lineno}:1"
            raise ParseError(f"{where}: the parser cannot read this declaration ({type(e).__name__})") from None
        finally:
            if self.parser is not None:
                self.parser.seed = None
        return c_ast.FileAST(ext)


_CHUNKS = _ChunkCache()


def _cpp_failed(what, returncode, err, sink):
    """Report a failed preprocessor run; True if it failed."""
    if returncode == 0:
        return False
    found = False
    for line in err.splitlines():
        m = _CPP_DIAG.match(line)
        if m:
            found = True
            sink.error(Loc(os.path.normpath(m["path"]), int(m["line"]), int(m["col"] or 1)),
                       f"{m['msg']} (preprocessing for {what})")
    if not found:
        sink.error(Loc("abi", 1), f"preprocessor failed for {what}: {err.strip()[:300]}")
    return True


def _start_cpp(tmp, prof, files, unit_name=None, tools=True, extra=()):
    """Start the preprocessor on one profile's unit; _parse_profile collects it.
    Each concurrent run needs its own unit file (unit_name, default the profile's);
    extra: more preprocessor options (-dD to keep the definitions)."""
    cmd = find_cpp() + list(extra) + ["-undef", "-nostdinc", "-Werror", "-D__GNUC__=4"] + \
        (["-D__XEN_TOOLS__"] if tools else []) + ["-include", PRELUDE]
    cmd += [f"-D{d}" if "=" in d else f"-D{d}=1" for d in prof.cpp_defines]
    unit = "".join(f'#include "{p}"\n' for p in files)
    unit_file = f".unit-{unit_name or prof.name}.c"
    with open(os.path.join(tmp, unit_file), "w", encoding="utf-8") as fh:
        fh.write(unit)
    return subprocess.Popen(cmd + [unit_file], cwd=tmp, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


_MARKER_FLAGS = re.compile(r'^# (\d+) "([^"]*)"((?: \d+)*)$', re.M)


def _included_off_profile(text, profile, sources, sink):
    """A file that says which profiles it is for, included on another (its
    declarations would clash with that profile's own): reported at the
    #include line, from the preprocessor's line markers.  True if any."""
    if not any(s.profiles for s in sources.values()):
        return False
    found = False
    path, line, end = None, 0, 0
    for m in _MARKER_FLAGS.finditer(text):
        target, flags = os.path.normpath(m[2]), m[3].split()
        if "1" in flags and path in sources and target in sources:
            src = sources[target]
            if src.profiles and profile not in src.profiles:
                at = line + text.count("\n", end, m.start())
                sink.error(Loc(path, at), f"includes {target}, which is for {', '.join(src.profiles)} only "
                                          f"(its '#pragma xenabi profiles'), on {profile}")
                found = True
        path, line, end = target, int(m[1]), m.end() + 1
    return found


def _unit_text(prof, out):
    """The text pycparser reads of one view's preprocessed unit."""
    text = out.replace(f'"{PRELUDE}"', f'"{PRELUDE_NAME}"')
    if "__XEN__" in prof.cpp_defines:
        # directives meant for upstream's compat pipeline (it turns them into
        # #define/#undef after preprocessing); they declare nothing
        text = _COMPAT_DIRECTIVES.sub("", text)
    return text


def _parse_profile(prof, files, sources, sink, proc, lenient, pragma_index):
    """One profile's module from its running preprocessor (_start_cpp);
    lenient: only C's rules, not the dialect's (_Converter.lenient)."""
    out, err = proc.communicate()
    if _cpp_failed(prof.name, proc.returncode, err, sink):
        return Module(prof.name)
    text = _unit_text(prof, out)
    if _included_off_profile(text, prof.name, sources, sink):
        return Module(prof.name)
    try:
        ast = _CHUNKS.parse(text)
    except ParseError as e:
        sink.error(*_parse_error(str(e), sources))
        return Module(prof.name)
    conv = _Converter(prof.name, sink, pragma_index)
    conv.lenient = lenient
    conv.run(ast)
    mod = conv.module
    mod.files = tuple(files)
    for p in files:
        for c in sources[p].constants:
            mod.constants.setdefault(c.name, c)
    _evaluate_across_files(mod.constants)
    for e in mod.enums.values():
        for n, v in e.values:
            mod.constants.setdefault(n, Constant(n, str(v), v, e.loc))
    return mod


def _evaluate_across_files(constants):
    """Give a value to the constants defined in terms of another file's (e.g.
    __HYPERVISOR_mca as __HYPERVISOR_arch_0), which the per-file scan could
    not evaluate, now that every constant of the profile is known."""
    known = {n: c.value for n, c in constants.items() if c.value is not None}
    changed = True
    while changed:
        changed = False
        for n, c in list(constants.items()):
            if c.value is None and c.text:
                value = source.eval_define(c.text, known)
                if value is not None:
                    constants[n] = Constant(n, c.text, value, c.loc)
                    known[n] = value
                    changed = True


_C_WORDS = {"struct", "union", "enum", "typedef", "const", "volatile", "signed", "unsigned",
            "char", "short", "int", "long", "void", "float", "double", "static", "extern"}


def _unknown_type(sources, loc, token):
    """(name, column) when the parse error is an undeclared type name.

    pycparser stops either at the unknown name itself (`foo_t x;`) or just
    after it; in both cases the name is an identifier directly followed by
    the declarator."""
    src = sources.get(loc.path)
    if src is None or not 0 < loc.line <= len(src.lines):
        return None
    text = src.lines[loc.line - 1]
    here = text[max(loc.col - 1, 0):]
    ident = r"[A-Za-z_][A-Za-z_0-9]*"
    m = re.match(rf"({ident})\s+[*(]*\s*{ident}", here)
    if m and m.group(1) == token and token not in _C_WORDS:
        return token, loc.col
    before = text[:max(loc.col - 1, 0)]
    m = re.search(rf"({ident})\s*$", before)
    if m and m.group(1) not in _C_WORDS and not before[:m.start()].rstrip().endswith(("struct", "union", "enum")):
        return m.group(1), m.start() + 1
    return None


_DECL_STARTS = {"struct", "union", "enum", "typedef"}
_TRAILING_COMMENT = re.compile(r"/\*.*?\*/\s*$|//.*$")


def _starts_its_line(sources, path, line, col):
    """The token at (line, col) begins its line's declaration (after
    indentation and __extension__)."""
    src = sources.get(path)
    if src is None or not 0 < line <= len(src.lines):
        return False
    return src.lines[line - 1][:col - 1].strip() in ("", "__extension__")


def _unfinished_before(sources, path, line, col):
    """Where the declaration before `line` ends without its ';' (the parser
    stops at the next declaration's first word): the previous line of C in
    the same file, when it does not end as a declaration or a list item can
    (a '}' can, unless the next declaration starts at column 1: then that
    brace closed a record at file scope, whose ';' is due); else None."""
    src = sources.get(path)
    if src is None:
        return None
    for i in range(min(line, len(src.lines)) - 2, -1, -1):
        text = _TRAILING_COMMENT.sub("", src.lines[i]).rstrip()
        if not text or text.lstrip().startswith(("#", "/*", "*", "//")) or i in src.verbatim:
            continue
        if text[-1] in ";{,\\" or text.endswith("*/") or (text[-1] == "}" and col != 1):
            return None
        return Loc(path, i + 1, len(text))
    return None


def _typedef_left_open(sources, name):
    """Where a typedef of name ends its line without its ';' (the next
    line not continuing it), or None."""
    pat = re.compile(r"^\s*typedef\b[^;{}]*\b" + re.escape(name) + r"\s*(?:/\*.*\*/\s*)?$")
    for src in sources.values():
        for i, line in enumerate(src.lines):
            if pat.match(line):
                nxt = next((t.strip() for t in src.lines[i + 1:] if t.strip()), "")
                if not nxt.startswith((",", ";", "[", "(", "__attribute__")):
                    return Loc(src.path, i + 1, len(line.rstrip()) + 1)
    return None


def _parse_error(msg, sources):
    m = re.match(r"^(.*?):(\d+):(\d+): (.*)$", msg) or re.match(r"^(.*?):(\d+): (.*)$", msg)
    if not m:
        return Loc("abi", 1), f"syntax error: {msg}"
    path = os.path.normpath(m.group(1))
    if len(m.groups()) == 4:
        line, col, rest = int(m.group(2)), int(m.group(3)), m.group(4)
    else:
        line, col, rest = int(m.group(2)), 1, m.group(3)
    rest = rest.replace("before: ", "before '").strip()
    if rest.startswith("before '"):
        rest += "'"
    if "before" not in rest:
        # the chunker's own findings, or pycparser's end of input
        return Loc(path, line, col), f"syntax error: {rest}"
    tok = re.search(r"before '(.*)'$", rest)
    unfinished = None
    if tok and (tok.group(1) in _DECL_STARTS or _starts_its_line(sources, path, line, col)):
        unfinished = _unfinished_before(sources, path, line, col)
    if unfinished:
        return unfinished, "declaration not finished (no ';') where the next one starts"
    unknown = _unknown_type(sources, Loc(path, line, col), tok.group(1) if tok else None)
    if unknown:
        open_decl = _typedef_left_open(sources, unknown[0])
        if open_decl:
            # C read everything after it as the old-style parameter
            # declarations of a function named so; the error shows at a use
            return open_decl, (f"typedef of '{unknown[0]}' not finished (no ';'): the declarations "
                               "after it were read as part of it")
        return Loc(path, line, unknown[1]), (f"unknown type name '{unknown[0]}' (not a dialect type "
                                             "and not declared before this line)")
    return Loc(path, line, col), f"syntax error {rest} (a missing ';' or an unsupported construct)"


def _loc(node):
    c = node.coord
    if c is None:
        return Loc("<unknown>", 0)
    return Loc(_normpath(c.file) if c.file else "<unknown>", c.line or 0, c.column or 1)


@functools.lru_cache(maxsize=None)
def _normpath(path):
    return os.path.normpath(path)       # a few dozen files, asked for 70000 times


def _pragma_index(sources):
    """({(path, line): annotation}, {(line, text): [annotation]}) of every
    annotation of these sources; the same for every profile and view
    (Description.pragma_index keeps it)."""
    by_loc, by_text = {}, {}
    for src in sources.values():
        for idx, ann in src.pragmas:
            text = " ".join(" ".join(src.lines[i].rstrip("\\") for i in idx).split())
            by_loc[(ann.loc.path, ann.loc.line)] = ann
            by_text.setdefault((ann.loc.line, text), []).append(ann)
    return by_loc, by_text


class _Converter:
    def __init__(self, profile, sink, pragma_index):
        self.module = Module(profile)
        self.sink = sink
        self.enclosing = []         # keys of the named records being converted
        self.enumerators = {}       # enumerator name -> key of its enum
        # The source scan already parsed every annotation (and reported the bad
        # ones); a pragma node is matched to it by (path, line).  pycparser may
        # give a pragma at the end of an included file the includer's path, so
        # a (line, text) index resolves those.
        self.by_loc, self.by_text = pragma_index

    # -- helpers -------------------------------------------------------------
    def err(self, node_or_loc, msg):
        loc = node_or_loc if isinstance(node_or_loc, Loc) else _loc(node_or_loc)
        self.sink.error(loc, msg)

    # Set for a view read for its errors only (Description.check_guest_view):
    # upstream's legacy branches keep register-width types, host types and
    # qualifiers the dialect refuses in what it lays out; C's own rules still apply.
    lenient = False

    def dialect_err(self, node_or_loc, msg):
        if not self.lenient:
            self.err(node_or_loc, msg)

    def _pragma(self, node):
        """The annotation a pragma node stands for, or None (reported)."""
        text = node.string.strip()
        loc = _loc(node)
        if not text.startswith("xenabi"):
            word = re.match(r"[A-Za-z_0-9]*", text).group(0)
            self.err(node, f"unknown pragma '{word}': only '#pragma xenabi ...' "
                           "annotations are allowed in a description")
            return None
        ann = self.by_loc.get((loc.path, loc.line))
        if ann is None:
            cands = self.by_text.get((loc.line, " ".join(f"#pragma {text}".split())), [])
            ann = cands[0] if len(cands) == 1 else None
        return ann          # None: a bad annotation the source scan reported

    # -- top level -----------------------------------------------------------
    def run(self, ast):
        pending = []
        for node in ast.ext:
            loc = _loc(node)
            if loc.path == PRELUDE_NAME:
                continue
            if isinstance(node, c_ast.Pragma):
                ann = self._pragma(node)
                if ann is None:
                    continue
                if ann.kind in ("invariant", "empty", "opaque", "whole", "page", "since", "select", "hypercall_args"):
                    pending.append(ann)
                elif ann.kind in ("hypercall", "subop", "typedef"):
                    self.module.annotations.append(ann)
                elif ann.kind in FIELD_KINDS:
                    self.err(ann.loc, f"'{ann.kind}' annotates a record member: put it inside the record, "
                                      "on the line before the member")
                continue
            if isinstance(node, c_ast.Typedef):
                self._typedef(node, tuple(pending))
            elif isinstance(node, c_ast.Decl):
                self._decl(node, tuple(pending))
            else:
                self.err(node, "only declarations of types belong in a description")
            pending = []
        for ann in pending:
            self.err(ann.loc, f"'{ann.kind}' is not followed by a declaration")

    def _typedef(self, node, anns):
        name = node.name
        if name.startswith(_H_TARGET):
            hname = name[len(_H_TARGET):]
            target = self._type(node.type, hname, anns)
            hd = HandleDef(hname, target, _loc(node))
            self.module.handles[hname] = hd
            self.module.handles["const_" + hname] = HandleDef("const_" + hname, target, hd.loc)
            return
        if name in self.module.typedefs or is_scalar(name) or name in FORBIDDEN_TYPES:
            self.err(node, f"typedef '{name}' is already declared")
            return
        t = self._type(node.type, name, anns)
        if t is not None:
            self.module.typedefs[name] = Typedef(name, t, _loc(node))

    def _decl(self, node, anns):
        t = node.type
        if node.name is not None:
            if isinstance(t, c_ast.FuncDecl):
                self.err(node, f"function '{node.name}': a description declares types, not functions")
            else:
                self.err(node, f"object '{node.name}': a description declares types, not variables")
            return
        if isinstance(t, (c_ast.Struct, c_ast.Union)):
            if t.decls is None:
                return          # forward declaration
            self._record(t, None, anns)
        elif isinstance(t, c_ast.Enum):
            self._enum(t, None)
        else:
            self.err(node, "declaration declares nothing")

    # -- types ---------------------------------------------------------------
    def _type(self, t, name_hint, anns=()):
        """Convert a declarator type; returns a model type or None on error."""
        if isinstance(t, c_ast.TypeDecl):
            if t.quals:
                self.dialect_err(t, f"qualifier '{' '.join(t.quals)}' has no place in a layout description")
            return self._base(t.type, name_hint, anns)
        if isinstance(t, c_ast.ArrayDecl):
            elem = self._type(t.type, name_hint)
            if t.dim is None:
                return Array(elem, None) if elem is not None else None
            n = self._const_expr(t.dim)
            if n is None:
                self.err(t.dim, "array size is not an integer constant")
                return None
            if n < 0:
                self.err(t.dim, f"array size must not be negative (it is {n})")
                return None
            # n == 0: a GNU zero-length array (hvm/save.h's type-code arrays);
            # the declaration that holds one must be marked __extension__
            return Array(elem, n) if elem is not None else None
        if isinstance(t, c_ast.PtrDecl):
            user = "volatile" in t.quals            # XENABI_USER_PTR(T)
            local = "restrict" in t.quals           # XENABI_LOCAL_PTR(T)
            inner = t.type
            if (user or local) and isinstance(inner, c_ast.TypeDecl) and inner.quals == ["const"]:
                # a pointer to const: the qualifier says how the memory is
                # used, not how it is laid out
                inner = c_ast.TypeDecl(inner.declname, [], None, inner.type, coord=inner.coord)
            target = self._type(inner, name_hint)
            return Pointer(target, user, local) if target is not None else None
        if isinstance(t, c_ast.FuncDecl):
            self.err(t, "function type in a description")
            return None
        self.err(t, f"unsupported declarator {type(t).__name__}")
        return None

    def _base(self, b, name_hint, anns=()):
        if isinstance(b, c_ast.IdentifierType):
            names = tuple(b.names)
            if len(names) == 1 and not _C_SCALARS.get(names):
                n = names[0]
                if is_scalar(n):
                    return Scalar(n)
                if n in FORBIDDEN_TYPES:
                    self.dialect_err(b, f"type '{n}' changes size between profiles or is a host type; "
                                "use a fixed-width type or xen_ulong_t")
                    return None
                if n == "void":
                    return Void()
                if n in ("float", "double"):
                    self.dialect_err(b, f"floating-point type '{n}' is not part of the interface")
                    return None
                if n in ("long",):
                    self.dialect_err(b, "bare 'long' changes size between profiles; use xen_long_t, "
                                "xen_native_long_t or a fixed-width type")
                    return None
                if n in self.module.typedefs:
                    return Named(n)
                self.err(b, f"unknown type '{n}'")
                return None
            if names in _C_SCALARS:
                return Scalar(_C_SCALARS[names])
            if "long" in names:
                self.dialect_err(b, f"bare '{' '.join(names)}' changes size between profiles; use xen_ulong_t, "
                            "xen_native_ulong_t or a fixed-width type")
                return None
            if "float" in names or "double" in names:
                self.dialect_err(b, f"floating-point type '{' '.join(names)}' is not part of the interface")
                return None
            self.err(b, f"unsupported type '{' '.join(names)}'")
            return None
        if isinstance(b, (c_ast.Struct, c_ast.Union)):
            kind = "struct" if isinstance(b, c_ast.Struct) else "union"
            if b.decls is None:
                tag = b.name or ""
                for prefix, wide in ((_H, False), (_H64, True)):
                    if tag.startswith(prefix):
                        return Handle(tag[len(prefix):], wide)
                if tag.startswith(_HPARAM):
                    self.err(b, "XEN_GUEST_HANDLE_PARAM is for hypercall arguments, not record members")
                    return None
                key = f"{kind} {tag}"
                if key not in self.module.records:
                    self.err(b, f"'{key}' is not defined before this use")
                    return None
                return RecordRef(key)
            rec = self._record(b, name_hint, anns)
            if rec is None:
                return None
            return RecordRef(rec.key) if rec.key else rec
        if isinstance(b, c_ast.Enum):
            if b.values is None:
                key = f"enum {b.name}"
                if key not in self.module.enums:
                    self.err(b, f"'{key}' is not defined before this use")
                    return None
                return EnumRef(key)
            return EnumRef(self._enum(b, name_hint).key)
        self.err(b, f"unsupported type {type(b).__name__}")
        return None

    def _const_expr(self, e, names=None):
        if isinstance(e, c_ast.Constant):
            if e.type in ("int", "unsigned int", "long int", "unsigned long int",
                          "long long int", "unsigned long long int"):
                v = parse_int(e.value)
                return v if v is not None and v < 1 << 64 else None
            if e.type == "char" and len(e.value) == 3:
                return ord(e.value[1])
            return None
        if isinstance(e, c_ast.ID):
            if names and e.name in names:
                return names[e.name]
            c = self.module.constants.get(e.name)
            return c.value if c else None
        if isinstance(e, c_ast.UnaryOp) and e.op == "sizeof":
            # sizeof of a fixed-width scalar (one size on every profile)
            t = e.expr.type if isinstance(e.expr, c_ast.Typename) else None
            if isinstance(t, c_ast.TypeDecl) and isinstance(t.type, c_ast.IdentifierType):
                return FIXED_SCALARS.get(" ".join(t.type.names))
            return None
        if isinstance(e, (c_ast.UnaryOp, c_ast.BinaryOp)):
            # the operator actually written, in the same bounded 64-bit
            # arithmetic as annotations (shift counts 0..63, no division by
            # zero, nothing beyond 64 bits); anything else is not a constant
            kids = [e.expr] if isinstance(e, c_ast.UnaryOp) else [e.left, e.right]
            vals = [self._const_expr(k, names) for k in kids]
            if any(v is None for v in vals):
                return None
            if isinstance(e, c_ast.UnaryOp):
                if e.op not in ("-", "+", "~", "!"):
                    return None
                tree = ("un", e.op, ("num", vals[0]))
            else:
                tree = ("bin", e.op, ("num", vals[0]), ("num", vals[1]))
            try:
                return eval_tree(tree)
            except (ExprError, KeyError):
                return None
        if isinstance(e, c_ast.Cast):
            return self._const_expr(e.expr, names)
        return None

    def _enum(self, e, name_hint):
        key = f"enum {e.name}" if e.name else (name_hint or f"enum <anon@{_loc(e).line}>")
        vals, known, nxt = [], {}, 0
        for v in e.values.enumerators if e.values else ():
            if v.value is not None:
                n = self._const_expr(v.value, known)
                if n is None:
                    self.err(v, f"enumerator '{v.name}' has no integer value")
                    n = nxt
            else:
                n = nxt
            if v.name in known or v.name in self.enumerators:
                other = self.enumerators.get(v.name)
                self.err(v, f"enumerator '{v.name}' is already declared" + (f" in '{other}'" if other else ""))
            if not -(1 << 31) <= n < (1 << 31):
                self.err(v, f"enumerator '{v.name}' = {n} does not fit in an int (ISO C)")
            known[v.name] = n
            vals.append((v.name, n))
            nxt = n + 1
        for n, _ in vals:
            self.enumerators.setdefault(n, key)
        en = Enum(key, tuple(vals), _loc(e))
        if key in self.module.enums:
            self.err(e, f"'{key}' is already defined")
        self.module.enums[key] = en
        return en

    def _record(self, node, typedef_name, anns):
        kind = "struct" if isinstance(node, c_ast.Struct) else "union"
        key = f"{kind} {node.name}" if node.name else typedef_name
        loc = _loc(node)
        if node.name and key in self.module.records:
            prev = self.module.records[key]
            if prev.loc == loc:         # `struct s {...} a, b;` shares one node
                return prev
            self.err(node, f"'{key}' is already defined at {prev.loc}")
            return None
        fields, pending = [], []
        # the immediately enclosing record: its key, "" when it is anonymous
        parent = (self.enclosing[-1] or "") if self.enclosing else None
        self.enclosing.append(key)
        try:
            self._members(node, fields, pending)
        finally:
            self.enclosing.pop()
        for ann in pending:
            if ann.get("on") is not None:
                self.err(ann.loc, f"'on {ann.get('on')}' names no member declared with the "
                                  "declaration that follows it")
            else:
                self.err(ann.loc, f"'{ann.kind}' is not followed by a member")
        rec = Record(key if (node.name or typedef_name) else None, kind, tuple(fields), loc, tuple(anns),
                     parent if node.name else None)
        if rec.key:
            if rec.key in self.module.records:
                self.err(node, f"'{rec.key}' is already defined at {self.module.records[rec.key].loc}")
                return None
            self.module.records[rec.key] = rec
        return rec

    def _members(self, node, fields, pending):
        group_of_pending = None
        for d in node.decls or ():
            if isinstance(d, c_ast.Pragma):
                ann = self._pragma(d)
                if ann is None:
                    continue
                if ann.kind in FIELD_KINDS:
                    pending.append(ann)
                else:
                    self.err(ann.loc, f"'{ann.kind}' does not belong inside a record")
                continue
            if not isinstance(d, c_ast.Decl):
                self.err(d, "unexpected item in a record body")
                continue
            bits = None
            if d.bitsize is not None:
                bits = self._const_expr(d.bitsize)
                if bits is None:
                    self.err(d.bitsize, "bit-field width is not an integer constant")
                    continue
                if bits < 0:
                    self.err(d.bitsize, f"bit-field width must not be negative (it is {bits})")
                    continue
            t = self._type(d.type, None) if not (d.name is None and isinstance(d.type, (c_ast.Struct, c_ast.Union))) \
                else self._base(d.type, None)
            # plain annotations belong to the first declarator that follows;
            # `on NAME` ones to that declarator of the same declaration
            group = _group(d.type)
            if group_of_pending is not None and group != group_of_pending:
                for ann in pending:
                    self.err(ann.loc, f"'on {ann.get('on')}' names no member declared with the "
                                      "declaration that follows it")
                pending.clear()
            mine = [a for a in pending if a.get("on") in (None, d.name)]
            rest = [a for a in pending if a.get("on") not in (None, d.name)]
            pending.clear()
            pending.extend(rest)
            group_of_pending = group if rest else None
            if t is None:
                continue
            fields.append(Field(d.name, t, _loc(d), bits, tuple(mine)))
