"""Output: the set of generated files, written atomically and only when changed."""
import os
import re
import tempfile

from . import (checks, compile_check, emit_bounce, emit_compat, emit_header, emit_hypercall, emit_ioctl, emit_layout,
               emit_xen, frontend)
from .diag import DescriptionError, Diag, Sink
from .profiles import PROFILES

# Directories whose every file the generator owns (a stale file is drift too).
OWNED = ("include/xen/public", "include/xen/layout", "include/xen/linux", "compat/include", "compat/xen")


def worker_count():
    """Worker processes for the emitters:
    XENABI_JOBS, or the machine's cores (at most 2: there are two groups)."""
    env = os.environ.get("XENABI_JOBS")
    if env and env.isdigit() and int(env) > 0:
        return int(env)
    return min(2, os.cpu_count() or 1)


def run_parallel(fn, items, then=None):
    """[fn(item) ...] in order: the first item here, the others in forked
    worker processes at the same time (all here when there is one worker).
    then(first result), if given, runs here while the workers may still run."""
    if len(items) <= 1 or worker_count() <= 1:
        first = fn(items[0])
        if then:
            then(first)
        return [first] + [fn(i) for i in items[1:]]
    import concurrent.futures
    import multiprocessing
    ctx = multiprocessing.get_context("fork")
    with concurrent.futures.ProcessPoolExecutor(min(len(items) - 1, worker_count() - 1),
                                                mp_context=ctx) as ex:
        rest = [ex.submit(fn, i) for i in items[1:]]     # forks before fn runs here
        first = fn(items[0])
        if then:
            then(first)
        return [first] + [f.result() for f in rest]


# The two groups of work render() runs side by side: the x86 profiles with
# everything built on them (the compat layer, the hypervisor's headers), and
# the other profiles with the public headers.  Each worker parses only the
# profiles it needs (the measured split: about equal cost).
PARTS = {
    "x86": ("x86_32", "x86_64"),
    "other": ("arm32", "arm64", "riscv64", "ppc64"),
}
# the view render() parses before forking (the one sharing most with the others)
WARM = "x86_64"


def render(root, stage=None):
    """Load, check and render everything: {relative path: text}.
    stage({path: text}), if given, is handed what is ready (and free of
    errors so far) while the other group is still being rendered; render's
    result, or its error, decides what becomes of it (Staged)."""
    desc = frontend.load(root, lazy=True)
    sink, check = Sink(), None
    try:
        # the view parsed first is preprocessed while the headers are emitted
        desc.start([WARM])
        # the public headers come from the text alone: emitted here, and their
        # compile check started, so that the compilers run beside the parsing
        headers = {path: emit_header.emit_mapped(src, sink) for path, src in desc.sources.items()}
        outputs = {emit_header.output_path(p): text for p, (text, _) in headers.items()}
        if not sink.diags:
            check = compile_check.Check(desc, headers, [n for n in desc.names if n in desc.modules])
        # the regions most views share, parsed once before the workers fork
        # (each would parse them again into its own cache)
        if WARM in desc.names:
            desc.warm(WARM)
        # forked workers, so the description is not copied; merged in order
        def ready(first):
            out, d, _, _ = first
            if stage and not d and not sink.diags:
                stage({**outputs, **out})

        parts = run_parallel(_PartRenderer(desc), list(PARTS), ready)
        diags, invariant, tables = list(sink.diags), {}, {}
        for out, d, inv, tab in parts:
            outputs.update(out)
            diags += d
            invariant.update(inv)
            tables.update(tab)
        if check is not None and not diags:
            # the headers' compile errors only when the description has no
            # other: they would be consequences of those
            own = Sink()
            check.finish(own)
            diags += own.diags
    finally:
        desc.collect()          # (nothing pending unless something above failed)
        if check is not None:
            check.cancel()
    sink = Sink()
    checks.compare_invariant({n: invariant[n] for n in desc.modules if n in invariant}, sink)
    diags += sink.diags
    if diags:
        raise DescriptionError([_with_macro_origin(desc, d) for d in diags])
    # the bounce tables merge every profile's
    outputs.update(emit_bounce.emit_all(desc, tables))
    return desc, dict(sorted(outputs.items()))


def _with_macro_origin(desc, diag):
    """An error at a declaration a macro makes names that macro's definition
    (where a change to the macro body shows only at its uses)."""
    if "macro" in diag.message or "(no ';')" in diag.message:
        return diag             # a gcc note says it already; or the line's own punctuation
    named = re.search(r"\(([a-z0-9_]+(?:, [a-z0-9_]+)*); (?:tools|guest)", diag.message)
    note = desc.macro_origin(diag.loc, named.group(1).split(", ") if named else None)
    return Diag(diag.loc, diag.message + note, diag.severity) if note else diag


class _PartRenderer:
    """Parses, checks and renders one group of PARTS; picklable by reference
    to the forked parent's description (a module-level holder).  Returns
    (outputs, diags, {profile: invariant layouts})."""

    def __init__(self, desc):
        _PartRenderer.desc = desc

    def __call__(self, part):
        desc, sink, outputs, invariant = _PartRenderer.desc, Sink(), {}, {}
        return self._render(part, desc, sink, outputs, invariant, {})

    @staticmethod
    def _render(part, desc, sink, outputs, invariant, mods):
        desc.prepare(PARTS[part])           # this half's views, preprocessed here
        for name in PARTS[part]:
            if name not in desc.modules:
                continue
            try:
                mods[name] = desc.modules[name]
            except DescriptionError as e:
                sink.diags += e.diags
                continue
            invariant[name] = checks.check_profile(mods[name], sink, desc)
            desc.check_guest_view(name, sink)
        if sink.diags:
            return {}, list(sink.diags), invariant, {}
        try:
            tables = {name: emit_bounce.plan_profile(mod) for name, mod in mods.items()}
            for name, mod in mods.items():
                # a guest-view header refuses the tools view the checks compile in
                headers = [emit_header.output_path(p) for p in desc.files_for(name)
                           if desc.sources[p].view != "guest"]
                outputs[f"include/xen/layout/{name}.json"] = emit_layout.manifest_text(mod)
                outputs[f"include/xen/layout/{name}.h"] = emit_layout.assertions(mod, headers)
            if "x86_32" in mods and "x86_64" in mods:
                # the x86 compat translators, and what builds on them: the
                # PRIVCMD_HYPERCALL dispatcher and the drivers' compat_ioctl
                em = emit_compat.CompatEmitter(desc)
                outputs.update(emit_compat.emit_all(desc, sink, em))
                outputs.update(emit_hypercall.emit_all(em))
                outputs.update(emit_ioctl.emit_all(em, desc, sink))
                # Xen's own compat headers, from the hypervisor view
                if desc.hypervisor:
                    outputs.update(emit_xen.emit_all(desc, sink))
        except DescriptionError as e:
            return {}, list(e.diags), invariant, {}
        return outputs, list(sink.diags), invariant, tables


_UMASK = os.umask(0o022)
os.umask(_UMASK)


def _stage_file(path, text):
    """text written beside path under a temporary name: that name, or None
    when path already holds text."""
    try:
        with open(path, encoding="utf-8") as fh:
            if fh.read() == text:
                return None
    except FileNotFoundError:
        pass
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path) or ".", prefix=".xenabi-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.chmod(tmp, 0o666 & ~_UMASK)     # mkstemp makes 0600; a generated file is an ordinary one
    except BaseException:
        os.unlink(tmp)
        raise
    return tmp


def write_file(path, text):
    """Write text to path via a temporary file and rename; False if unchanged."""
    tmp = _stage_file(path, text)
    if tmp is not None:
        os.replace(tmp, path)
    return tmp is not None


class Staged:
    """A set of files written under temporary names beside their targets
    (add), then put in place together (commit) or removed (abort): a failure
    while writing or rendering leaves the tree as it was."""

    def __init__(self, root):
        self.root = root
        self.files = {}             # path -> (text, temporary name or None: unchanged)
        self.seen = set()           # folders known to exist
        self.made = []              # folders made here (removed again by abort)

    def add(self, outputs):
        for p, text in outputs.items():
            old = self.files.get(p)
            if old is not None and old[0] == text:
                continue
            if old is not None and old[1] is not None:
                os.unlink(old[1])
            path = os.path.join(self.root, p)
            d = os.path.dirname(path)
            while d and d not in self.seen:
                self.seen.add(d)
                if os.path.isdir(d):
                    break
                self.made.append(d)
                d = os.path.dirname(d)
            self.files[p] = (text, _stage_file(path, text))

    def abort(self):
        for _, tmp in self.files.values():
            if tmp is not None:
                os.unlink(tmp)
        self.files = {}
        for d in sorted(self.made, key=len, reverse=True):
            try:
                os.rmdir(d)
            except OSError:
                pass                # not made here after all, or not empty
        self.made = []

    def commit(self, outputs, prune):
        """Put outputs (all staged) in place; with prune, remove the owned
        files no longer generated.  (changed, removed) paths."""
        stray = set(self.files) - set(outputs)
        for p in stray:
            tmp = self.files.pop(p)[1]
            if tmp is not None:
                os.unlink(tmp)
        changed = []
        for p in outputs:
            tmp = self.files[p][1]
            if tmp is not None:
                os.replace(tmp, os.path.join(self.root, p))
                changed.append(p)
        self.files = {}
        removed = _prune(self.root, outputs) if prune else []
        return changed, removed


def existing_owned(root):
    out = set()
    for d in OWNED:
        for base, _, files in os.walk(os.path.join(root, d)):
            for f in files:
                out.add(os.path.relpath(os.path.join(base, f), root).replace(os.sep, "/"))
    return out


def write_all(root, outputs, prune=True, staged=None):
    """Write every output under root (each file changed, or none of them);
    with prune, remove owned files no longer generated.  staged: a Staged
    holding some of them already.  (changed, removed) paths."""
    staged = staged or Staged(root)
    try:
        staged.add(outputs)
        return staged.commit(outputs, prune)
    except BaseException:
        staged.abort()
        raise


def _prune(root, outputs):
    """Remove the owned files under root that outputs lacks, and the owned
    folders left empty: the paths removed."""
    removed = sorted(existing_owned(root) - set(outputs))
    for p in removed:
        os.unlink(os.path.join(root, p))
    for p in removed:
        d = os.path.dirname(os.path.join(root, p))
        while os.path.isdir(d) and not os.listdir(d) and \
                any(os.path.abspath(d).startswith(os.path.join(os.path.abspath(root), o) + os.sep)
                    for o in OWNED):
            os.rmdir(d)
            d = os.path.dirname(d)
    return removed


def differences(root, outputs):
    """Files that differ from what the generator produces, stale files included."""
    diffs = []
    for p, text in outputs.items():
        try:
            with open(os.path.join(root, p), encoding="utf-8") as fh:
                if fh.read() != text:
                    diffs.append((p, "differs"))
        except FileNotFoundError:
            diffs.append((p, "missing"))
    for p in sorted(existing_owned(root) - set(outputs)):
        diffs.append((p, "not generated (stale)"))
    return diffs


__all__ = ["render", "write_all", "differences", "PROFILES"]
