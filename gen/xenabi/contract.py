"""The contract manifest of one profile: everything an ABI check compares.

Beside the layout manifest's records (the reference format, see
emit_layout), a contract carries:

- constants: every object-like macro the profile's generated headers leave
  defined (tools view; conditionals taken, later definitions and #undef
  applied, verbatim regions included) that C evaluates as an integer
  constant expression, with the value, the type ("s32", "u64", ...) and the
  header it is in, all three from the compiler as for a manifest of real
  headers (fromheaders.py), so that both kinds of manifest apply one rule;
  the description's own evaluation must agree with the compiler's;
- enums: every enumeration's enumerators and values;
- operations: every (hypercall, sub-op) of the tables with its numbers, the
  sub-op's selector (an argument, or a member of the structure an argument
  points to), and each argument's type, count and direction;
- interface_versions: the headers whose interface carries its own version
  constant (a #define named *_INTERFACE_VERSION in that header), so that a
  change there can be judged against a change of that constant.

- interface_version: null when the manifest is of the tools view (the
  newest interface, __XEN_TOOLS__ defined: what `xenabi contract` always
  makes); else the version a guest view was compiled for, "0x00040400"
  (`xenabi contract-from-headers --interface-version`).  Since VERSION 2;
  a VERSION 1 manifest is of the tools view.

Format: FORMAT and VERSION below; `xenabi diff` reads it.  A new key is a
new VERSION.  "type_names" says who spelled the member types ("xenabi" here,
"dwarf" for a manifest of real headers, fromheaders.py); member types are
compared only between manifests that spell them the same way.  A manifest
of real headers has "operations": null (C headers carry no hypercall
tables).  Making either kind needs clang and pyelftools.
"""
import os
import re

from . import emit_layout, frontend, source, tables
from .emit_layout import public_file

FORMAT = "xenabi-contract"
VERSION = 2

_MARK = re.compile(r'^# \d+ "([^"]*)"')
_DEFINE = re.compile(r"^#define ([A-Za-z_][A-Za-z_0-9]*)(\(?)(?: (.*))?$")
_UNDEF = re.compile(r"^#undef ([A-Za-z_][A-Za-z_0-9]*)")
# a header's own interface version (not the global __XEN_*INTERFACE_VERSION__)
_VERSION_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*_INTERFACE_VERSION$")


def defines(desc, profile):
    """{name: (replacement text, description path)} of the object-like
    macros the description leaves defined in the profile's tools view."""
    with desc.scratch_copy() as tmp:
        proc = frontend._start_cpp(tmp, frontend.PROFILES[profile], desc.files_for(profile),
                                   f"{profile}-contract", extra=("-dD",))
        out, err = proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"preprocessor failed for {profile}: {err.strip()[:300]}")
    return object_macros(out, lambda p: os.path.normpath(p) if os.path.normpath(p) in desc.sources
                         else None)



def object_macros(cpp_out, file_of):
    """{name: (replacement text, file)} of the object-like macros that
    preprocessor output with -dD leaves defined; file_of maps a line
    marker's path to the file to record, or None for a file not counted
    (a macro defined there, or a function-like one, drops out)."""
    out, where = {}, None
    for line in cpp_out.split("\n"):
        m = _MARK.match(line)
        if m:
            where = file_of(m.group(1)) if not m.group(1).startswith("<") else None
            continue
        m = _DEFINE.match(line)
        if m:
            if where is not None and not m.group(2):
                out[m.group(1)] = ((m.group(3) or "").strip(), where)
            else:
                out.pop(m.group(1), None)
            continue
        m = _UNDEF.match(line)
        if m:
            out.pop(m.group(1), None)
    return out


def constants(defs):
    """{name: {"value", "file"}} of the defines with an integer value."""
    known, values = {}, {}
    pending = dict(defs)
    changed = True
    while changed and pending:
        changed = False
        for name, (text, path) in list(pending.items()):
            v = source.eval_define(text, known)
            if v is not None:
                known[name] = v
                values[name] = {"value": v, "file": public_file(path)}
                del pending[name]
                changed = True
    return dict(sorted(values.items()))


def release(desc):
    """Remove the scratch folder _generated made for desc, if any (the
    command leaves with os._exit, which runs no finalizer)."""
    held = getattr(desc, "_generated_headers", None)
    if held is not None:
        held.cleanup()
        desc._generated_headers = None


def _generated(desc):
    """A scratch folder holding the headers generate() writes for desc,
    made once per description (every profile's constants are read there);
    release() removes it."""
    held = getattr(desc, "_generated_headers", None)
    if held is None:
        import tempfile
        from . import emit_header
        from .diag import Sink
        sink = Sink()
        texts = {p: emit_header.emit_mapped(src, sink)[0] for p, src in desc.sources.items()}
        sink.raise_if_any()
        held = tempfile.TemporaryDirectory(prefix="xenabi-contract-", dir=frontend._scratch_parent())
        emit_header.write_headers(texts, os.path.join(held.name, "include"))
        desc._generated_headers = held
    return held.name


def compiled_constants(desc, profile, evaluated):
    """{name: {"value", "type", "file"}}: every object-like macro the
    profile's generated headers leave defined (tools view) that the compiler
    evaluates as an integer constant expression, with the value and type it
    gives, as contract-from-headers reads a real header tree (so that the
    two kinds of manifest apply one rule).  Where the description's own
    evaluator found a value too (`evaluated`), the two must agree modulo the
    type's width (it has no C types: ~0U is -1 to it); a RuntimeError lists
    any that do not."""
    from . import emit_header, fromheaders
    files = [p for p in desc.files_for(profile) if desc.sources[p].view != "guest"]
    files.sort(key=lambda p: p != "abi/xen.h")
    tmp = _generated(desc)
    folder = os.path.join(tmp, "include")
    cmd, headers = fromheaders.compiler(profile), [emit_header.include_name(p) for p in files]
    # every macro the headers leave defined (verbatim regions' too, which
    # the description's preprocessor does not see), by description file
    back = {"public/" + emit_header.include_name(p): public_file(p) for p in desc.sources}
    macros = {n: back[f] for n, f in fromheaders._macros(cmd, headers, folder).items() if f in back}
    got = fromheaders._constants(cmd, headers, folder, macros, tmp)
    wrong = [f"{n}: {evaluated[n]['value']} by the description, {g['value']} by the compiler"
             for n, g in got.items()
             if n in evaluated and (g["value"] - evaluated[n]["value"]) % (1 << int(g["type"][1:])) != 0]
    lost = sorted(set(evaluated) - set(got))
    if wrong or lost:
        raise RuntimeError(f"{profile}: constants the compiler evaluates otherwise: {'; '.join(wrong[:10])}"
                           + (f"; not an integer constant expression in C: {', '.join(lost[:10])}" if lost else ""))
    return got


def _arg(spec):
    typ, count, direction = spec
    return {"type": typ, "count": " ".join(count.tokens) if count is not None else None, "dir": direction}


def operations(mod, values):
    """The tables' operations, with numbers, plus the sub-ops selected by a
    structure member (which give the dispatchers no operation of their own)."""
    def number(name):
        c = values.get(name)
        return c["value"] if c else None

    out = []
    for op in tables.operations(mod):
        out.append({"hypercall": op.hypercall, "number": number(f"__HYPERVISOR_{op.hypercall}"),
                    "subop": op.subop, "subop_value": number(op.subop) if op.subop else None,
                    "selector": f"arg{op.subop_arg}" if op.subop_arg else None,
                    "args": {f"arg{i}": _arg(s) for i, s in sorted(op.args.items())},
                    "file": public_file(op.ann.loc.path)})
    calls = {a.get("name"): a for a in mod.annotations if a.kind == "hypercall"}
    for ann in mod.annotations:
        hc = calls.get(ann.get("hypercall")) if ann.kind == "subop" else None
        if hc is None or hc.get("subop_member") is None:
            continue
        arg, member = hc.get("subop_member")
        specs = {**{k: v for k, v in hc.args if tables.arg_index(k)},
                 **{k: v for k, v in ann.args if tables.arg_index(k)}}
        out.append({"hypercall": hc.get("name"), "number": number(f"__HYPERVISOR_{hc.get('name')}"),
                    "subop": ann.get("name"), "subop_value": number(ann.get("name")),
                    "selector": f"{arg}.{member}",
                    "args": {k: _arg(v) for k, v in sorted(specs.items())},
                    "file": public_file(ann.loc.path)})
    return out


def contract(desc, profile):
    mod = desc.modules[profile]
    layout = emit_layout.manifest(mod)
    defs = defines(desc, profile)
    values = compiled_constants(desc, profile, constants(defs))
    enums = {}
    for key, e in mod.enums.items():
        enums[key] = {"values": {n: v for n, v in e.values}, "file": public_file(e.loc.path)}
    versions = {c["file"]: name for name, c in values.items() if _VERSION_NAME.match(name)}
    return {"format": FORMAT, "version": VERSION, "generator": "xenabi", "target": profile,
            "type_names": "xenabi", "records": layout["records"], "constants": values, "enums": dict(sorted(enums.items())),
            "operations": operations(mod, values), "interface_versions": dict(sorted(versions.items())),
            "interface_version": None}
