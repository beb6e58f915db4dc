"""The generated headers written where a consumer keeps them
(`xenabi export --style STYLE DEST`), with a manifest that lets a later
export see what the consumer changed.

Styles (folders relative to DEST):
- upstream: xen/include/public/ (Xen's own tree);
- linux:    include/xen/interface/ (the kernel's copy of the public
            headers) and include/uapi/xen/ (the driver interfaces privcmd,
            gntdev, gntalloc, evtchn), whose includes of the public headers
            become <xen/interface/...> as the kernel spells them; in the
            kernel's spellings (linux_spellings): records by their tags, not
            `_t` typedefs, and GUEST_HANDLE, DEFINE_GUEST_HANDLE_STRUCT and
            DEFINE_GUEST_HANDLE for upstream's handle macros;
- minios:   include/xen/ (Mini-OS keeps the public headers there);
- freebsd:  sys/contrib/xen/ (FreeBSD's copy).

Each export writes `.xenabi-export.json` in its folder (format
xenabi-export, version 1): the style, the interface version pinned (or
null), the newest interface version, a digest of the description it came
from, and the SHA-256 of every file written.  The next export reads it
first: a file whose content no longer matches its recorded digest was
changed by the consumer, and the export stops and names it (unless forced);
a file the manifest does not list is the consumer's own and is left alone;
a file the new export no longer has is removed when unchanged.
"""
import functools
import hashlib
import json
import os
import re

FORMAT = "xenabi-export"
VERSION = 1
MANIFEST = ".xenabi-export.json"

STYLES = {
    "upstream": {"public": "xen/include/public", "linux": None},
    "linux": {"public": "include/xen/interface", "linux": "include/uapi/xen"},
    "minios": {"public": "include/xen", "linux": None},
    "freebsd": {"public": "sys/contrib/xen", "linux": None},
}

_PUBLIC_INCLUDE = re.compile(r'^(\s*#\s*include\s+)"\.\./public/([^"]+)"', re.M)


class ExportError(Exception):
    pass


def sha256(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def files(style, public, linux):
    """{path under DEST: text} of one export; public and linux: {path in
    that generated folder: text}."""
    where = STYLES[style]
    if style == "linux":
        renames = linux_renames(list(public.values()) + list(linux.values()))
        public = {p: linux_spellings(t, renames, p == "xen.h") for p, t in public.items()}
        linux = {p: linux_spellings(t, renames) for p, t in linux.items()}
    out = {f"{where['public']}/{p}": t for p, t in public.items()}
    if where["linux"]:
        for p, t in linux.items():
            out[f"{where['linux']}/{p}"] = _PUBLIC_INCLUDE.sub(r"\1<xen/interface/\2>", t)
    return out


# ---- Linux's spellings ---------------------------------------------------
# The kernel's copy of the interface names a record by its tag alone
# (kernel style has no typedefs of structs) and spells the handle macros its
# own way; its asm/xen/interface.h defines them.  Here upstream's machinery
# stays (the arch headers define it, and what Linux's macros mean on each
# architecture is exactly that), Linux's names are defined on top of it in
# xen.h, and the headers are written with Linux's names.

_RECORD_TYPEDEF = re.compile(r"^typedef (struct|union) (\w+) (\w+);[ \t]*\n", re.M)
# a name defined otherwise: a typedef line, the end of a typedef's body, a macro
_OTHER_DEFINITION = re.compile(r"^[ \t]*typedef\b[^;{}]*?\b(\w+)[ \t]*;|\}[ \t]*(\w+)[ \t]*;"
                               r"|^[ \t]*#[ \t]*define[ \t]+(\w+)", re.M)
# a definition of the handle machinery itself (left as it is)
_MACHINERY = re.compile(r"^\s*#\s*define\s+\w*GUEST_HANDLE\w*")
_DEFINE_HANDLE = re.compile(r"\bDEFINE_XEN_GUEST_HANDLE\((\w+)\)")
_DEFINE_HANDLE_TYPE = re.compile(r"\b__DEFINE_XEN_GUEST_HANDLE\(")
_USE_HANDLE = re.compile(r"\bXEN_GUEST_HANDLE(_64|_PARAM)?\((\w+)\)")
_COMPAT_INCLUDE = '#include "xen-compat.h"\n'
LINUX_MACROS = """
/* Linux's names for the guest handle macros (xenabi export --style linux):
 * the same handles, defined by upstream's macros of each architecture */
#define __DEFINE_GUEST_HANDLE(name, type) __DEFINE_XEN_GUEST_HANDLE(name, type)
#define DEFINE_GUEST_HANDLE_STRUCT(name)  __DEFINE_XEN_GUEST_HANDLE(name, struct name)
#define DEFINE_GUEST_HANDLE(name)         DEFINE_XEN_GUEST_HANDLE(name)
#define GUEST_HANDLE(name)                XEN_GUEST_HANDLE(name)
#define GUEST_HANDLE_64(name)             XEN_GUEST_HANDLE_64(name)
#define GUEST_HANDLE_PARAM(name)          XEN_GUEST_HANDLE_PARAM(name)
"""


def linux_renames(texts):
    """{typedef name: (kind, tag)} of every `typedef struct tag name;` (or
    union) line of these headers: the names Linux spells as the record.  A
    name that is also defined otherwise (another record in another branch,
    a scalar on another architecture, a macro), equal to its tag, or whose
    tag is a macro, keeps its typedef."""
    seen, other = {}, set()
    for text in texts:
        for kind, tag, name in _RECORD_TYPEDEF.findall(text):
            seen.setdefault(name, set()).add((kind, tag))
        other.update(_OTHER_DEFINITION.findall(_RECORD_TYPEDEF.sub("", text)))
    macros = {group[2] for group in other if group[2]}
    other = {n for group in other for n in group if n}
    out = {}
    for name, records in sorted(seen.items()):
        if len(records) != 1 or name in other:
            continue
        kind, tag = records.pop()
        # a tag that is a macro (xenpf_settime is xenpf_settime32 or 64)
        # would be expanded inside Linux's handle macro, naming another handle
        if tag != name and tag not in macros:
            out[name] = (kind, tag)
    return out


@functools.lru_cache(maxsize=4)
def _rename_patterns(names):
    """(a use of one of these names, a handle type named after one), compiled
    once per set of renames rather than once per header."""
    alternatives = "|".join(map(re.escape, names))
    return (re.compile(r"(?<![\w.>])(?<!struct )(?<!union )(" + alternatives + r")\b"),
            re.compile(r"\b__guest_handle_((?:64_)?(?:const_)?)(" + alternatives + r")\b"))


def linux_spellings(text, renames, is_xen_h=False):
    """One header in Linux's spellings: the typedef lines of renames
    dropped, every use of those names written as the record, the handle
    macros as Linux names them; xen.h also defines Linux's names."""
    if not renames:
        return text
    text = _RECORD_TYPEDEF.sub(lambda m: "" if m.group(3) in renames else m.group(0), text)
    words, handles = _rename_patterns(tuple(renames))

    def define(m):
        name = m.group(1)
        if name not in renames:
            return f"DEFINE_GUEST_HANDLE({name})"
        kind, tag = renames[name]
        return f"DEFINE_GUEST_HANDLE_STRUCT({tag})" if kind == "struct" else f"__DEFINE_GUEST_HANDLE({tag}, union {tag})"

    def use(m):
        name = m.group(2)
        return f"GUEST_HANDLE{m.group(1) or ''}({renames[name][1] if name in renames else name})"

    out, machinery = [], False
    for line in text.split("\n"):
        machinery = machinery or bool(_MACHINERY.match(line))
        if not machinery:
            line = _DEFINE_HANDLE.sub(define, line)
            line = _DEFINE_HANDLE_TYPE.sub("__DEFINE_GUEST_HANDLE(", line)
            line = _USE_HANDLE.sub(use, line)
            line = handles.sub(lambda m: f"__guest_handle_{m.group(1)}{renames[m.group(2)][1]}", line)
            line = words.sub(lambda m: " ".join(renames[m.group(1)]), line)
        machinery = machinery and line.endswith("\\")
        out.append(line)
    text = "\n".join(out)
    if is_xen_h:
        if _COMPAT_INCLUDE not in text:
            raise ExportError("xen.h does not include xen-compat.h: no place for Linux's handle macros")
        text = text.replace(_COMPAT_INCLUDE, _COMPAT_INCLUDE + LINUX_MACROS, 1)
    return text


def _read(path):
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            return fh.read()
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        return ""               # not text: certainly not what was written


def status(dest, style):
    """(previous manifest or None, [paths changed locally], [paths deleted
    locally]) of an earlier export of this style under dest."""
    path = os.path.join(dest, STYLES[style]["public"], MANIFEST)
    text = _read(path)
    if text is None:
        return None, [], []
    try:
        old = json.loads(text)
    except ValueError:
        raise ExportError(f"{path}: not a readable export manifest") from None
    if old.get("format") != FORMAT or old.get("version") != VERSION:
        raise ExportError(f"{path}: not a {FORMAT} version {VERSION} manifest")
    if old.get("style") != style:
        raise ExportError(f"{path}: that folder holds a {old.get('style')}-style export, not {style}")
    changed, deleted = [], []
    for p, digest in sorted(old.get("files", {}).items()):
        now = _read(os.path.join(dest, p))
        if now is None:
            deleted.append(p)
        elif sha256(now) != digest:
            changed.append(p)
    return old, changed, deleted


def manifest(style, written, interface_version, latest, description_digest):
    return {"format": FORMAT, "version": VERSION, "generator": "xenabi", "style": style,
            "interface_version": None if interface_version is None else f"0x{interface_version:08x}",
            "latest_interface_version": f"0x{latest:08x}", "description": description_digest,
            "files": {p: sha256(t) for p, t in sorted(written.items())}}


def description_digest(desc):
    """One digest of every description file (path and text)."""
    h = hashlib.sha256()
    for path in sorted(desc.sources):
        h.update(path.encode() + b"\0" + desc.sources[path].text.encode() + b"\0")
    return h.hexdigest()
