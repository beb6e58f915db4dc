"""The generated public headers, compiled.

The front end parses what the description declares, but some of a
description reaches the generated headers as text only: verbatim regions
(upstream's handle macros, ring macros, X-macro lists) and the bodies of
`#define`s, which only a compiler sees, where they are expanded.  So the
headers generate() would write are compiled here, before anything is
written: on every profile generated, in the tools view and in the guest
view, all of a profile's headers in one unit, as C99 with -pedantic -Wall
-Wextra -Werror (the c99 row of the project's compile matrix).

The host's gcc does it for every profile: -m32 or -m64 for the pointer
width, and the target's predefined macros in place of x86's, so that the
headers take that architecture's branches.  This checks the text, not the
target's layout (the layout assertions and the test suite do that with a
compiler for each target).  Without gcc, clang with the profile's target.

One trap a unit of all headers hides: upstream's xen.h defines
uint64_aligned_t and int64_aligned_t for the hypervisor and the tools only,
so a guest-visible header that uses them must define a fallback itself (as
memory.h does); in a unit of all headers another header's fallback covers
for it.  So each guest-visible header that uses them is also preprocessed
on its own, in the guest view, and must leave them defined.

A compiler's error in a generated header is reported at the description
line that header line came from (emit_header.emit_mapped keeps the map).
"""
import os
import re
import shlex
import shutil
import signal
import subprocess
import tempfile

from . import emit_header, frontend
from .model import Loc
from .profiles import PROFILES

_X86_MACROS = ("__i386__", "__i386", "i386", "__x86_64__", "__x86_64", "__amd64__", "__amd64")
_FLAGS = ["-x", "c", "-std=c99", "-pedantic", "-Wall", "-Wextra", "-Werror",
          "-ffreestanding", "-nostdinc"]
_DIAG = re.compile(r"^(?P<path>[^:\s][^:]*):(?P<line>\d+):(?:(?P<col>\d+):)?\s*"
                   r"(?P<sev>error|fatal error|note|warning):\s*(?P<msg>.*)$")
VIEWS = ("tools", "guest")
_ENV = dict(os.environ, LC_ALL="C")     # plain quotes in the compiler's messages
_PREFIX = "the generated header does not compile"
# names upstream's headers give as macros that xen.h leaves out of the guest view
GUEST_FALLBACKS = ("uint64_aligned_t", "int64_aligned_t")
_WORD = re.compile(r"\b(" + "|".join(GUEST_FALLBACKS) + r")\b")


def _compiler():
    """(kind, path, builtin include folder) of the compiler to use."""
    for kind in ("gcc", "clang"):
        exe = shutil.which(kind)
        if exe:
            r = subprocess.run([exe, "-print-file-name=include"], capture_output=True, text=True)
            builtin = r.stdout.strip()
            if r.returncode == 0 and os.path.isdir(builtin):
                return kind, exe, builtin
    return None


def command(compiler, profile):
    """The compiler command a profile's units share (gcc: the same for
    every profile of one pointer width; the target's macros are in the
    units, unit_macros)."""
    kind, exe, builtin = compiler
    prof = PROFILES[profile]
    if kind == "gcc":
        cmd = [exe, "-m32" if prof.pointer == 4 else "-m64"]
    else:
        cmd = [exe] + [f for f in prof.clang if f not in ("-ffreestanding", "-nostdlibinc")]
    return cmd + _FLAGS + ["-isystem", builtin]


def unit_macros(compiler, profile, view):
    """The lines that start a unit: the target's predefined macros in place
    of x86's when gcc stands in for another architecture, and the view."""
    prof = PROFILES[profile]
    lines = []
    if compiler[0] == "gcc" and prof.family != "x86":
        lines += [f"#undef {m}" for m in _X86_MACROS]
        lines += [f"#define {d.replace('=', ' ')}" if "=" in d else f"#define {d} 1" for d in prof.cpp_defines]
    if view == "tools":
        lines.append("#define __XEN_TOOLS__ 1")
    return lines


def unit(desc, profile, view, macros=()):
    """The source of one check: every header of the profile the view can
    include, xen.h first (the arch headers are reached through it)."""
    paths = [p for p in desc.files_for(profile) if desc.sources[p].view in ("", view)]
    paths.sort(key=lambda p: p != "abi/xen.h")
    lines = list(macros) + ["#include <stdint.h>"] + [f'#include "{emit_header.include_name(p)}"' for p in paths]
    return "\n".join(lines + ["int xenabi_compile_check_unit;", ""])


def alone_unit(desc_path, macros=()):
    """Preprocessed in the guest view: a name of GUEST_FALLBACKS left in the
    output is one the header uses without a definition."""
    return "\n".join(list(macros) + ["#include <stdint.h>", f'#include "{emit_header.include_name(desc_path)}"', ""])


_LINEMARK = re.compile(r'^# (\d+) "([^"]*)"')


_LINEMARK_UNIT = re.compile(r'^# \d+ "([^"]*)"')
_MENTION = re.compile(r'(?:^|\s)(/[^\s:]+\.c):\d+')


def _by_unit(text, units, pattern):
    """{unit file: its part of one compiler run's output} for a run over
    several units: a line that names a unit file (a line marker of -E
    output, or a diagnostic's location or include chain, which gcc and
    clang print before the error) starts that unit's part; lines before any
    go under None."""
    units = set(units)
    parts, cur = {}, None
    for line in text.splitlines(keepends=True):
        m = pattern.search(line)
        if m and m.group(1) in units:
            cur = m.group(1)
        parts[cur] = parts.get(cur, "") + line
    return parts


def _unattributed(parts):
    """True when a failed run's errors name no unit (then every unit of the
    run is reported failed, not none)."""
    return not any(k is not None and "error" in v for k, v in parts.items())


def undefined_uses(cpp_out):
    """[(name, file, line)] of every name of GUEST_FALLBACKS in preprocessed
    text (where a defined macro would have been replaced)."""
    out, path, line = [], "", 0
    for text in cpp_out.split("\n"):
        m = _LINEMARK.match(text)
        if m:
            line, path = int(m[1]), m[2]
            continue
        for n in _WORD.findall(text):
            out.append((n, path, line))
        line += 1
    return out


class Check:
    """The compiles of one run: started with the generated headers' text,
    so that they run beside the rest of the work; `finish` waits for them
    and reports each compiler error once, at its description line."""

    def __init__(self, desc, headers, profiles):
        """headers: {description path: (text, origins)} from emit_mapped."""
        self.desc, self.jobs, self.alone, self.dir, self.shell = desc, [], [], None, None
        self.origins = {}
        self.compiler = _compiler()
        if self.compiler is None:
            return
        self.dir = tempfile.mkdtemp(prefix="xenabi-check-", dir=frontend._scratch_parent())
        inc = os.path.join(self.dir, "include")
        for real, path in emit_header.write_headers({p: t for p, (t, _) in headers.items()}, inc).items():
            self.origins[real] = (path, headers[path][1])
        # one compiler run for all the units that share a command (gcc: one
        # per pointer width), each unit's own macros at its top
        groups = {}             # (command, mode) -> [unit file]

        def add(profile, view, name, text, mode):
            src = os.path.join(self.dir, name)
            with open(src, "w", encoding="utf-8") as fh:
                fh.write(text)
            groups.setdefault((tuple(command(self.compiler, profile)), mode), []).append(src)
            return src
        for profile in profiles:
            for view in VIEWS:
                src = add(profile, view, f"{profile}-{view}.c",
                          unit(desc, profile, view, unit_macros(self.compiler, profile, view)), "-fsyntax-only")
                self.jobs.append((profile, view, src))
        uses = {path for path, (text, _) in headers.items() if desc.sources[path].view != "tools"
                and "/arch-" not in "/" + path and "int64_aligned_t" in text and _WORD.search(text)}
        for profile in profiles:
            for path in desc.files_for(profile):
                if path in uses:
                    src = add(profile, "guest", f"alone-{profile}-{len(self.alone)}.c",
                              alone_unit(path, unit_macros(self.compiler, profile, "guest")), "-E")
                    self.alone.append((profile, path, src))
        script = []
        self.runs = {}          # unit file -> its group's number
        for n, ((cmd, mode), files) in enumerate(groups.items()):
            out = f"{n}.out" if mode == "-E" else "/dev/null"
            line = " ".join(shlex.quote(c) for c in list(cmd) + [mode, "-I", inc] + files)
            script.append(f"{line} >{out} 2>{n}.err; echo $? >{n}.rc")
            self.runs.update((f, n) for f in files)
        # one shell runs the compiles one after the other: one core for
        # them, the other for the generator's own work, which they would
        # otherwise crowd out (and this process is slow to fork once per
        # compile)
        with open(os.path.join(self.dir, "run.sh"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(script + [""]))
        self.shell = subprocess.Popen(["/bin/sh", "run.sh"], cwd=self.dir, env=_ENV, stdin=subprocess.DEVNULL,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                      start_new_session=True)

    def cancel(self):
        if self.shell is not None:
            try:
                os.killpg(self.shell.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.shell.wait()
            self.shell = None
        self.jobs, self.alone = [], []
        self._remove()

    def _remove(self):
        if self.dir:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None

    def _result(self, n):
        """(status, stdout, stderr) of one job of the shell."""
        def read(name):
            try:
                with open(os.path.join(self.dir, name), encoding="utf-8", errors="replace") as fh:
                    return fh.read()
            except FileNotFoundError:
                return ""
        rc = read(f"{n}.rc").strip()
        return (int(rc) if rc.isdigit() else -1), read(f"{n}.out"), read(f"{n}.err")

    def finish(self, sink):
        """Wait, then report; a missing compiler is an error too (the check
        is part of generating)."""
        if self.compiler is None:
            sink.error(Loc("abi/xen.h", 1), "no C compiler (gcc or clang) to check the generated "
                                            "headers with: install gcc")
            return
        found = {}          # (loc, message) -> [(profile, view)]
        try:
            self.shell.wait()
            self.shell = None
            results = {}
            for n in set(self.runs.values()):
                rc, out, err = self._result(n)
                files = [f for f, m in self.runs.items() if m == n]
                results[n] = (rc, _by_unit(out, files, _LINEMARK_UNIT), _by_unit(err, files, _MENTION))
            for profile, view, src in self.jobs:
                rc, _, errs = results[self.runs[src]]
                err = errs.get(src, "")
                if rc == 0 or not (err or _unattributed(errs)):
                    continue
                # the first error of a unit: the later ones tend to follow from it
                diags = self._diags(err)
                if not diags:
                    text = (err or errs.get(None, "")).strip()
                    diags = [(Loc("abi/xen.h", 1), text.splitlines()[-1] if text
                              else f"the compiler ended with status {rc}")]
                found.setdefault(diags[0], []).append((profile, view))
            for profile, path, src in self.alone:
                rc, outs, errs = results[self.runs[src]]
                err = errs.get(src, "")
                if rc != 0 and (err or _unattributed(errs)):
                    diags = self._diags(err) or [(Loc(path, 1), (err or errs.get(None, "")).strip()[-300:])]
                    found.setdefault(diags[0], []).append((profile, "guest"))
                    continue
                for name, where, line in undefined_uses(outs.get(src, ""))[:1]:
                    key = (self._loc(where, line, 1),
                           f"'{name}' is not defined in the guest view where {emit_header.include_name(path)} "
                           "is included on its own (upstream's xen.h defines it for the hypervisor and "
                           "the tools only): define a fallback as memory.h does, or use uint64_t")
                    found.setdefault(key, []).append((profile, "guest"))
        finally:
            self.jobs, self.alone = [], []
            self._remove()
        for (loc, msg), where in found.items():
            sink.error(loc, f"{_PREFIX} ({self._where(where)}): {msg}")

    def _where(self, where):
        profiles = list(dict.fromkeys(p for p, _ in where))
        views = list(dict.fromkeys(v for _, v in where))
        kind = self.compiler[0]
        return f"{', '.join(profiles)}; {' and '.join(views)} view{'s' if len(views) > 1 else ''}; {kind}"

    def _diags(self, err):
        """[(Loc, message)] of the errors in one compiler output, each with
        the macro it came from when the compiler names one."""
        out = []
        for line in err.splitlines():
            m = _DIAG.match(line)
            if not m:
                continue
            loc = self._loc(m["path"], int(m["line"]), int(m["col"] or 1))
            if m["sev"] in ("error", "fatal error"):
                out.append([loc, m["msg"]])
            elif m["sev"] == "note" and out and "macro" in m["msg"] and loc.path.startswith("abi/") \
                    and " at " not in out[-1][1]:
                out[-1][1] += f" ({m['msg']} at {loc})"
        return [(loc, msg) for loc, msg in out]

    def _loc(self, path, line, col):
        full = os.path.realpath(os.path.join(self.dir or "", path))
        if full in self.origins:
            desc_path, origins = self.origins[full]
            origin = origins[line - 1] if 0 < line <= len(origins) else None
            if origin is None:
                return Loc(desc_path, 1)
            src_line, same = origin
            return Loc(desc_path, src_line, col if same else 1)
        return Loc("abi/xen.h", 1)

