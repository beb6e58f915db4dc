"""Contract manifests of a tree of real C headers (a released Xen's
xen/include/public, Debian's /usr/include/xen, a vendored copy), made by a
compiler, not by the description: `xenabi contract-from-headers`.

- which headers: every .h under the folder that compiles in the tools view
  (or a guest's view at a given interface version) after <stddef.h>,
  <stdint.h> and xen.h, freestanding but for an empty <sys/types.h> (the arch headers are reached through it), and together with
  the ones before it (a header for another architecture drops out);
- records and enumerations: from the DWARF of that unit compiled with -g
  (dwarf.py), alignment from the compiler (_Alignof);
- constants: every object-like macro the folder's headers leave defined,
  evaluated by the compiler: value, signedness and width (a macro that is
  not an integer constant expression drops out);
- operations: unknown (null): hypercall tables are annotations, which C
  headers do not carry; `xenabi diff` then compares no operations.

Needs clang (any profile, freestanding) and lld, and pyelftools.
"""
import os
import re
import shutil
import subprocess
import tempfile

from . import dwarf
from .contract import FORMAT, VERSION, _VERSION_NAME, object_macros
from .profiles import PROFILES


class HeaderError(Exception):
    pass


def compiler(profile, interface_version=None):
    """The clang command for one profile: the tools view (__XEN_TOOLS__, the
    newest interface), or a guest's view at interface_version."""
    clang = shutil.which("clang")
    if clang is None:
        raise HeaderError("clang is needed (apt-get install clang lld)")
    builtin = subprocess.run([clang, "-print-file-name=include"], capture_output=True, text=True).stdout.strip()
    flags = [f for f in PROFILES[profile].clang if f not in ("-ffreestanding", "-nostdlibinc")]
    view = ["-D__XEN_TOOLS__"] if interface_version is None else \
        [f"-D__XEN_INTERFACE_VERSION__=0x{interface_version:08x}"]
    return [clang] + flags + ["-ffreestanding", "-nostdinc", "-isystem", builtin] + view + ["-std=gnu11", "-w"]


def _compiles(cmd, src, folder):
    r = subprocess.run(cmd + ["-fsyntax-only", "-x", "c", "-I", folder, "-"], input=src,
                       capture_output=True, text=True)
    return r.returncode == 0, r.stderr


# what every unit includes first: a freestanding C environment's types
# (upstream's io/ring.h uses size_t, its io/ headers uint*_t)
_PRELUDE = ("<stddef.h>", "<stdint.h>")


def _unit(headers):
    return "".join(f"#include {p}\n" for p in _PRELUDE) + "".join(f'#include "{h}"\n' for h in headers)


_INCLUDED_FROM = re.compile(r"^In file included from <stdin>:(\d+):")
_STDIN_ERROR = re.compile(r"^<stdin>:(\d+):\d+: (?:fatal )?error:")
_ANY_ERROR = re.compile(r"^\S.*?:\d+:\d+: (?:fatal )?error:")


def _first_failing(stderr, unit_lines):
    """The index in unit_lines (a unit's #include lines, from its line 1)
    of the header the compiler's first error belongs to, or None."""
    top = None
    for line in stderr.splitlines():
        m = _INCLUDED_FROM.match(line)
        if m:
            top = int(m.group(1))
            continue
        m = _STDIN_ERROR.match(line)
        if m:
            top = int(m.group(1))
        elif not _ANY_ERROR.match(line):
            continue
        return top - 1 if top is not None and 0 < top <= len(unit_lines) else None
    return None


def usable_headers(cmd, folder):
    """The folder's headers that compile (after xen.h), in an order that
    compiles together: each header in name order is kept if it compiles
    after the ones kept before it.  C reads a unit in order, so when the
    first error of a unit lies in header h, every header before h compiles
    with its predecessors and h does not: one compile per header dropped,
    not one per header."""
    # foreign/: the tools' copies of every architecture's headers, renamed
    # (not the interface itself)
    found = sorted(os.path.relpath(os.path.join(b, f), folder) for b, _, fs in os.walk(folder)
                   for f in fs if f.endswith(".h") and os.path.relpath(b, folder).split(os.sep)[0] != "foreign")
    if "xen.h" not in found:
        raise HeaderError(f"{folder}: no xen.h (give the folder that holds Xen's public headers)")
    ok, err = _compiles(cmd, _unit(["xen.h"]), folder)
    if not ok:
        raise HeaderError(f"{folder}/xen.h does not compile for this profile:\n{err[:1500]}")
    kept, todo = ["xen.h"], [h for h in found if h != "xen.h" and not h.startswith("arch-")]
    while todo:
        ok, err = _compiles(cmd, _unit(kept + todo), folder)
        if ok:
            return kept + todo
        # the unit: the prelude's lines, then one line per header
        at = _first_failing(err, list(_PRELUDE) + kept + todo)
        if at is None or at < len(_PRELUDE) + len(kept):
            # not in one of the candidates: try them one at a time
            return _one_at_a_time(cmd, folder, kept, todo)
        bad = at - len(_PRELUDE) - len(kept)
        kept += todo[:bad]
        todo = todo[bad + 1:]
    return kept


def _one_at_a_time(cmd, folder, kept, todo):
    for h in todo:
        if _compiles(cmd, _unit(kept + [h]), folder)[0]:
            kept = kept + [h]
    return kept


def _records(cmd, headers, folder, tmp):
    obj = os.path.join(tmp, "unit.o")
    src = _unit(headers) + "int xenabi_unit;\n"
    r = subprocess.run(cmd + ["-x", "c", "-g", "-gdwarf-4", "-fno-eliminate-unused-debug-types", "-c",
                              "-I", folder, "-o", obj, "-"], input=src, capture_output=True, text=True)
    if r.returncode != 0:
        raise HeaderError(f"the headers do not compile together:\n{r.stderr[:1500]}")
    so = os.path.join(tmp, "unit.so")     # lld applies the relocations pyelftools cannot (riscv64)
    r = subprocess.run(cmd + ["-nostdlib", "-shared", "-fuse-ld=lld", "-o", so, obj], capture_output=True,
                       text=True)
    if r.returncode != 0:
        raise HeaderError(f"cannot link the unit (is lld installed?):\n{r.stderr[:1000]}")
    return dwarf.read(so)


def _public(path, folder):
    if path is None:
        return None
    full = os.path.normpath(path if os.path.isabs(path) else os.path.join(folder, path))
    rel = os.path.relpath(full, os.path.normpath(folder))
    return None if rel.startswith("..") else "public/" + rel


def _macros(cmd, headers, folder):
    """{name: public file} of the object-like macros with a body the
    folder's headers leave defined."""
    r = subprocess.run(cmd + ["-E", "-dD", "-x", "c", "-I", folder, "-"], input=_unit(headers),
                       capture_output=True, text=True)
    if r.returncode != 0:
        raise HeaderError(f"the preprocessor failed:\n{r.stderr[:1000]}")
    defs = object_macros(r.stdout, lambda p: _public(p, folder))
    return {name: where for name, (body, where) in defs.items() if body}


def _arrays(obj, names, count):
    """{name: [count integers]} of arrays of unsigned long long in an object."""
    from elftools.elf.elffile import ELFFile
    out = {}
    with open(obj, "rb") as fh:
        elf = ELFFile(fh)
        order = "little" if elf.little_endian else "big"
        symtab = elf.get_section_by_name(".symtab")
        for name in names:
            sym = symtab.get_symbol_by_name(name)[0]
            data = elf.get_section(sym["st_shndx"]).data()[sym["st_value"]:sym["st_value"] + 8 * count]
            out[name] = [int.from_bytes(data[i:i + 8], order) for i in range(0, 8 * count, 8)]
    return out


# what is stored of each constant: value, signedness, width, type class
_PROBES = (("xc_v", "(unsigned long long)({})"),
           ("xc_s", "((__typeof__({}))0 - 1) < 0"),
           ("xc_w", "sizeof({})"),
           ("xc_k", "__builtin_classify_type({})"))


def _constants(cmd, headers, folder, macros, tmp):
    """{name: {"value", "type", "file"}}: each macro evaluated by the
    compiler as data in an object (four arrays, an element per line); those
    that do not compile as an integer constant expression are dropped, a
    round at a time."""
    names = sorted(macros)
    obj = os.path.join(tmp, "constants.o")
    for _ in range(12):
        lines, where = _unit(headers).rstrip("\n").split("\n"), {}
        for array, probe in _PROBES:
            lines.append(f"const unsigned long long {array}[] = {{")
            for i, n in enumerate(names):
                lines.append(f"    (unsigned long long)({probe.format(n)}),")
                where[len(lines)] = i
            lines.append("    0 };")
        r = subprocess.run(cmd + ["-x", "c", "-O0", "-fno-common", "-c", "-I", folder, "-o", obj, "-",
                                  "-ferror-limit=0"], input="\n".join(lines) + "\n",
                           capture_output=True, text=True)
        if r.returncode == 0:
            break
        bad = {where.get(int(m.group(1))) for m in re.finditer(r"^<stdin>:(\d+):\d+: error", r.stderr, re.M)}
        if None in bad or not bad:
            raise HeaderError(f"cannot evaluate the constants:\n{r.stderr[:1500]}")
        names = [n for i, n in enumerate(names) if i not in bad]
    else:
        raise HeaderError("cannot evaluate the constants (too many rounds)")
    got = _arrays(obj, [a for a, _ in _PROBES], len(names))
    out = {}
    for i, n in enumerate(names):
        v, signed, size, kind = (got[a][i] for a, _ in _PROBES)
        if kind not in (1, 2, 3):     # integer, char or enumeral; not a pointer or a float
            continue
        width = size * 8
        v &= (1 << width) - 1
        if signed and v >= 1 << (width - 1):
            v -= 1 << width
        out[n] = {"value": v, "type": f"{'s' if signed else 'u'}{width}", "file": macros[n]}
    return dict(sorted(out.items()))


def _aligns(cmd, headers, folder, keys, tmp):
    """{record key: alignment} by the compiler (DWARF does not say it)."""
    keys = sorted(keys)
    src = _unit(headers) + "const unsigned long long xa[] = {\n" + \
        "".join(f"    _Alignof({k}),\n" for k in keys) + "    0 };\n"
    obj = os.path.join(tmp, "aligns.o")
    r = subprocess.run(cmd + ["-x", "c", "-c", "-I", folder, "-o", obj, "-"], input=src,
                       capture_output=True, text=True)
    if r.returncode != 0:
        return {}
    return dict(zip(keys, _arrays(obj, ["xa"], len(keys))["xa"]))


def contract_from_headers(folder, profile, progress=None, label=None, interface_version=None):
    """The contract manifest of the headers in folder; label names where
    they came from in the manifest (default: the folder's path);
    interface_version: a guest's view at that version, not the tools'."""
    folder = os.path.abspath(folder)
    say = progress or (lambda msg: None)
    with tempfile.TemporaryDirectory(prefix="xenabi-headers-") as tmp:
        # a freestanding compile has no <sys/types.h>; upstream's
        # io/libxenvchan.h includes it and uses nothing from it
        stub = os.path.join(tmp, "hosted")
        os.makedirs(os.path.join(stub, "sys"))
        with open(os.path.join(stub, "sys", "types.h"), "w", encoding="utf-8") as fh:
            fh.write("/* empty: a hosted environment's header, for headers that include it */\n")
        cmd = compiler(profile, interface_version) + ["-isystem", stub]
        headers = usable_headers(cmd, folder)
        say(f"{profile}: {len(headers)} headers compile together")
        records, enums = _records(cmd, headers, folder, tmp)
        records = {k: r for k, r in records.items() if _public(r.get("decl_file"), folder)}
        aligns = _aligns(cmd, headers, folder, records, tmp)
        for k, r in records.items():
            r["file"] = _public(r.pop("decl_file"), folder)
            r["align"] = aligns.get(k)
        enums = {k: {"values": e["values"], "file": _public(e["decl_file"], folder)}
                 for k, e in enums.items() if _public(e["decl_file"], folder)}
        constants = _constants(cmd, headers, folder, _macros(cmd, headers, folder), tmp)
    say(f"{profile}: {len(records)} records, {len(enums)} enumerations, {len(constants)} constants")
    versions = {c["file"]: n for n, c in constants.items() if _VERSION_NAME.match(n)}
    return {"format": FORMAT, "version": VERSION, "generator": "xenabi contract-from-headers",
            "target": profile, "type_names": "dwarf", "source": label or folder,
            "records": dict(sorted(records.items())), "constants": constants,
            "enums": dict(sorted(enums.items())), "operations": None,
            "interface_versions": dict(sorted(versions.items())),
            "interface_version": None if interface_version is None else f"0x{interface_version:08x}"}
