"""Output: the set of generated files, written atomically and only when changed."""
import os
import tempfile

from . import (checks, emit_bounce, emit_compat, emit_header, emit_hypercall, emit_ioctl, emit_layout,
               emit_xen, frontend)
from .diag import DescriptionError, Sink
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


def run_parallel(fn, items):
    """[fn(item) ...] in forked worker processes (in order), or here when
    there is one item or one worker."""
    if len(items) <= 1 or worker_count() <= 1:
        return [fn(i) for i in items]
    import concurrent.futures
    import multiprocessing
    ctx = multiprocessing.get_context("fork")
    with concurrent.futures.ProcessPoolExecutor(min(len(items), worker_count()), mp_context=ctx) as ex:
        return list(ex.map(fn, items))


def render(root):
    """Load, check and render everything: {relative path: text}."""
    desc = frontend.load(root)
    sink = Sink()
    checks.check(desc, sink)
    sink.raise_if_any()
    # The emitters are independent: two groups of about equal cost run in
    # parallel (forked, so the description is not copied), merged in order.
    parts = run_parallel(_PartRenderer(desc), ["layout", "code"])
    outputs, diags = {}, []
    for out, d in parts:
        outputs.update(out)
        diags += d
    if diags:
        raise DescriptionError(diags)
    return desc, dict(sorted(outputs.items()))


class _PartRenderer:
    """Renders one group of outputs; picklable by reference to the forked
    parent's description (a module-level holder), returns (outputs, diags)."""

    def __init__(self, desc):
        _PartRenderer.desc = desc

    def __call__(self, part):
        desc, sink, outputs = _PartRenderer.desc, Sink(), {}
        try:
            if part == "layout":
                for name, mod in desc.modules.items():
                    # a guest-view header refuses the tools view the checks compile in
                    headers = [emit_header.output_path(p) for p in desc.files_for(name)
                               if desc.sources[p].view != "guest"]
                    outputs[f"include/xen/layout/{name}.json"] = emit_layout.manifest_text(mod)
                    outputs[f"include/xen/layout/{name}.h"] = emit_layout.assertions(mod, headers)
            else:
                for path, src in desc.sources.items():
                    outputs[emit_header.output_path(path)] = emit_header.emit(src, sink)
                sink.raise_if_any()
                if "x86_32" in desc.modules and "x86_64" in desc.modules:
                    # the x86 compat translators, and what builds on them: the
                    # PRIVCMD_HYPERCALL dispatcher and the drivers' compat_ioctl
                    em = emit_compat.CompatEmitter(desc)
                    outputs.update(emit_compat.emit_all(desc, sink, em))
                    outputs.update(emit_hypercall.emit_all(em))
                    outputs.update(emit_ioctl.emit_all(em, desc, sink))
                outputs.update(emit_bounce.emit_all(desc))
                # Xen's own compat headers: the hypervisor view is parsed here,
                # on first use, beside the layout part
                if desc.hypervisor and "x86_64" in desc.modules:
                    outputs.update(emit_xen.emit_all(desc, sink))
        except DescriptionError as e:
            return {}, list(e.diags)
        return outputs, list(sink.diags)


_UMASK = os.umask(0o022)
os.umask(_UMASK)


def write_file(path, text):
    """Write text to path via a temporary file and rename; False if unchanged."""
    try:
        with open(path, encoding="utf-8") as fh:
            if fh.read() == text:
                return False
    except FileNotFoundError:
        pass
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path) or ".", prefix=".xenabi-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.chmod(tmp, 0o666 & ~_UMASK)     # mkstemp makes 0600; a generated file is an ordinary one
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
    return True


def existing_owned(root):
    out = set()
    for d in OWNED:
        for base, _, files in os.walk(os.path.join(root, d)):
            for f in files:
                out.add(os.path.relpath(os.path.join(base, f), root).replace(os.sep, "/"))
    return out


def write_all(root, outputs, prune=True):
    """Write every output under root; remove owned files no longer generated."""
    changed = [p for p, text in outputs.items() if write_file(os.path.join(root, p), text)]
    removed = []
    if prune:
        for p in sorted(existing_owned(root) - set(outputs)):
            os.unlink(os.path.join(root, p))
            removed.append(p)
        # and the folders that held only stale files
        for p in removed:
            d = os.path.dirname(os.path.join(root, p))
            while os.path.isdir(d) and not os.listdir(d) and \
                    any(os.path.abspath(d).startswith(os.path.join(os.path.abspath(root), o) + os.sep)
                        for o in OWNED):
                os.rmdir(d)
                d = os.path.dirname(d)
    return changed, removed


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
