"""Contract manifests of a tree of real C headers (a released Xen's
xen/include/public, Debian's /usr/include/xen, a vendored copy), made by a
compiler, not by the description: `xenabi contract-from-headers`.

- which headers: every .h under the folder that compiles in the tools view
  after xen.h (the arch headers are reached through it), and together with
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


def compiler(profile):
    clang = shutil.which("clang")
    if clang is None:
        raise HeaderError("clang is needed (apt-get install clang lld)")
    builtin = subprocess.run([clang, "-print-file-name=include"], capture_output=True, text=True).stdout.strip()
    flags = [f for f in PROFILES[profile].clang if f not in ("-ffreestanding", "-nostdlibinc")]
    return [clang] + flags + ["-ffreestanding", "-nostdinc", "-isystem", builtin, "-D__XEN_TOOLS__",
                              "-std=gnu11", "-w"]


def _compiles(cmd, src, folder):
    r = subprocess.run(cmd + ["-fsyntax-only", "-x", "c", "-I", folder, "-"], input=src,
                       capture_output=True, text=True)
    return r.returncode == 0, r.stderr


def _unit(headers):
    return "#include <stdint.h>\n" + "".join(f'#include "{h}"\n' for h in headers)


def usable_headers(cmd, folder):
    """The folder's headers that compile (after xen.h), in an order that
    compiles together."""
    # foreign/: the tools' copies of every architecture's headers, renamed
    # (not the interface itself)
    found = sorted(os.path.relpath(os.path.join(b, f), folder) for b, _, fs in os.walk(folder)
                   for f in fs if f.endswith(".h") and os.path.relpath(b, folder).split(os.sep)[0] != "foreign")
    if "xen.h" not in found:
        raise HeaderError(f"{folder}: no xen.h (give the folder that holds Xen's public headers)")
    kept = ["xen.h"]
    ok, err = _compiles(cmd, _unit(kept), folder)
    if not ok:
        raise HeaderError(f"{folder}/xen.h does not compile for this profile:\n{err[:1500]}")
    for h in found:
        if h == "xen.h" or h.startswith("arch-"):
            continue
        if _compiles(cmd, _unit(kept + [h]), folder)[0]:
            kept.append(h)
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


def _constants(cmd, headers, folder, macros, tmp):
    """{name: {"value", "type", "file"}}: each macro evaluated by the
    compiler as data in an object; those that do not compile as an integer
    constant expression are dropped, a round at a time."""
    from elftools.elf.elffile import ELFFile
    names = sorted(macros)
    for _ in range(12):
        head = _unit(headers)
        first = head.count("\n") + 1
        body = []
        for i, n in enumerate(names):
            body.append(f"const unsigned long long xc_v{i} = (unsigned long long)({n}); "
                        f"const int xc_s{i} = ((__typeof__({n}))0 - 1) < 0; "
                        f"const int xc_w{i} = (int)sizeof({n}); "
                        f"const int xc_k{i} = __builtin_classify_type({n});")
        obj = os.path.join(tmp, "constants.o")
        r = subprocess.run(cmd + ["-x", "c", "-O0", "-fno-common", "-c", "-I", folder, "-o", obj, "-",
                                  "-ferror-limit=0"], input=head + "\n".join(body) + "\n",
                           capture_output=True, text=True)
        if r.returncode == 0:
            break
        bad = {int(m.group(1)) - first for m in re.finditer(r"^<stdin>:(\d+):\d+: error", r.stderr, re.M)}
        bad = {b for b in bad if 0 <= b < len(names)}
        if not bad:
            raise HeaderError(f"cannot evaluate the constants:\n{r.stderr[:1500]}")
        names = [n for i, n in enumerate(names) if i not in bad]
    else:
        raise HeaderError("cannot evaluate the constants (too many rounds)")
    got = {}
    with open(obj, "rb") as fh:
        elf = ELFFile(fh)
        little = elf.little_endian
        for sym in elf.get_section_by_name(".symtab").iter_symbols():
            m = re.fullmatch(r"xc_([vswk])(\d+)", sym.name)
            if not m:
                continue
            data = elf.get_section(sym["st_shndx"]).data()
            raw = data[sym["st_value"]:sym["st_value"] + sym["st_size"]]
            got.setdefault(int(m.group(2)), {})[m.group(1)] = int.from_bytes(raw, "little" if little else "big")
    out = {}
    for i, n in enumerate(names):
        g = got.get(i)
        if not g or g.get("k") not in (1, 2, 3):     # integer, char or enumeral; not a pointer or a float
            continue
        width = g["w"] * 8
        v = g["v"] & ((1 << width) - 1)
        if g["s"] and v >= 1 << (width - 1):
            v -= 1 << width
        out[n] = {"value": v, "type": f"{'s' if g['s'] else 'u'}{width}", "file": macros[n]}
    return dict(sorted(out.items()))


def _aligns(cmd, headers, folder, keys, tmp):
    """{record key: alignment} by the compiler (DWARF does not say it)."""
    from elftools.elf.elffile import ELFFile
    keys = sorted(keys)
    src = _unit(headers) + "".join(f"const int xa_{i} = (int)_Alignof({k});\n" for i, k in enumerate(keys))
    obj = os.path.join(tmp, "aligns.o")
    r = subprocess.run(cmd + ["-x", "c", "-c", "-I", folder, "-o", obj, "-"], input=src,
                       capture_output=True, text=True)
    if r.returncode != 0:
        return {}
    out = {}
    with open(obj, "rb") as fh:
        elf = ELFFile(fh)
        for sym in elf.get_section_by_name(".symtab").iter_symbols():
            m = re.fullmatch(r"xa_(\d+)", sym.name)
            if m:
                data = elf.get_section(sym["st_shndx"]).data()
                out[keys[int(m.group(1))]] = int.from_bytes(data[sym["st_value"]:sym["st_value"] + 4],
                                                            "little" if elf.little_endian else "big")
    return out


def contract_from_headers(folder, profile, progress=None, label=None):
    """The contract manifest of the headers in folder; label names where
    they came from in the manifest (default: the folder's path)."""
    folder = os.path.abspath(folder)
    cmd = compiler(profile)
    say = progress or (lambda msg: None)
    headers = usable_headers(cmd, folder)
    say(f"{profile}: {len(headers)} headers compile together")
    with tempfile.TemporaryDirectory(prefix="xenabi-headers-") as tmp:
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
            "interface_versions": dict(sorted(versions.items()))}
