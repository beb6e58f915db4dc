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
_FLAGS = ["-fsyntax-only", "-x", "c", "-std=c99", "-pedantic", "-Wall", "-Wextra", "-Werror",
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


def command(compiler, profile, view):
    kind, exe, builtin = compiler
    prof = PROFILES[profile]
    if kind == "gcc":
        cmd = [exe, "-m32" if prof.pointer == 4 else "-m64"]
        if prof.family != "x86":
            cmd += [f"-U{m}" for m in _X86_MACROS]
            cmd += [f"-D{d}" if "=" in d else f"-D{d}=1" for d in prof.cpp_defines]
    else:
        cmd = [exe] + [f for f in prof.clang if f not in ("-ffreestanding", "-nostdlibinc")]
    cmd += _FLAGS + ["-isystem", builtin]
    if view == "tools":
        cmd.append("-D__XEN_TOOLS__")
    return cmd


def unit(desc, profile, view):
    """The source of one check: every header of the profile the view can
    include, xen.h first (the arch headers are reached through it)."""
    paths = [p for p in desc.files_for(profile) if desc.sources[p].view in ("", view)]
    paths.sort(key=lambda p: p != "abi/xen.h")
    lines = ["#include <stdint.h>"] + [f'#include "{emit_header.include_name(p)}"' for p in paths]
    return "\n".join(lines + ["int xenabi_compile_check_unit;", ""])


def alone_unit(desc_path):
    """Preprocessed in the guest view: a name of GUEST_FALLBACKS left in the
    output is one the header uses without a definition."""
    return "\n".join(["#include <stdint.h>", f'#include "{emit_header.include_name(desc_path)}"', ""])


_LINEMARK = re.compile(r'^# (\d+) "([^"]*)"')


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
        for path, (text, origins) in headers.items():
            out = os.path.join(self.dir, emit_header.output_path(path))
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with open(out, "w", encoding="utf-8") as fh:
                fh.write(text)
            self.origins[os.path.realpath(out)] = (path, origins)
        script = []

        def job(cmd, keep_output):
            n = len(script)
            out = f"{n}.out" if keep_output else "/dev/null"
            script.append(f"{' '.join(shlex.quote(c) for c in cmd)} >{out} 2>{n}.err; echo $? >{n}.rc")
            return n
        for profile in profiles:
            for view in VIEWS:
                src = os.path.join(self.dir, f"{profile}-{view}.c")
                with open(src, "w", encoding="utf-8") as fh:
                    fh.write(unit(desc, profile, view))
                self.jobs.append((profile, view, job(command(self.compiler, profile, view) + ["-I", inc, src],
                                                     False)))
        uses = {path for path, (text, _) in headers.items() if desc.sources[path].view != "tools"
                and "/arch-" not in "/" + path and "int64_aligned_t" in text and _WORD.search(text)}
        for profile in profiles:
            for path in desc.files_for(profile):
                if path not in uses:
                    continue
                unit_file = os.path.join(self.dir, f"alone-{profile}-{len(self.alone)}.c")
                with open(unit_file, "w", encoding="utf-8") as fh:
                    fh.write(alone_unit(path))
                cmd = [c for c in command(self.compiler, profile, "guest") if c != "-fsyntax-only"]
                self.alone.append((profile, path, job(cmd + ["-E", "-I", inc, unit_file], True)))
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
            for profile, view, n in self.jobs:
                rc, _, err = self._result(n)
                if rc == 0:
                    continue
                # the first error of a unit: the later ones tend to follow from it
                diags = self._diags(err)
                if not diags:
                    diags = [(Loc("abi/xen.h", 1), err.strip().splitlines()[-1] if err.strip()
                              else f"the compiler ended with status {rc}")]
                found.setdefault(diags[0], []).append((profile, view))
            for profile, path, n in self.alone:
                rc, out, err = self._result(n)
                if rc != 0:
                    diags = self._diags(err) or [(Loc(path, 1), err.strip()[-300:])]
                    found.setdefault(diags[0], []).append((profile, "guest"))
                    continue
                for name, where, line in undefined_uses(out)[:1]:
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

