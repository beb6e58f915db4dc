"""The generated headers written where a consumer keeps them
(`xenabi export --style STYLE DEST`), with a manifest that lets a later
export see what the consumer changed.

Styles (folders relative to DEST):
- upstream: xen/include/public/ (Xen's own tree);
- linux:    include/xen/interface/ (the kernel's copy of the public
            headers) and include/uapi/xen/ (the driver interfaces privcmd,
            gntdev, gntalloc, evtchn), whose includes of the public headers
            become <xen/interface/...> as the kernel spells them;
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
    out = {f"{where['public']}/{p}": t for p, t in public.items()}
    if where["linux"]:
        for p, t in linux.items():
            out[f"{where['linux']}/{p}"] = _PUBLIC_INCLUDE.sub(r"\1<xen/interface/\2>", t)
    return out


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
