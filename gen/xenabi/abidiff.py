"""`xenabi diff OLD NEW`: every difference between two sets of contract
manifests (contract.py), each with a verdict.

Verdicts, worst last:
- compatible: something new (a record, a constant, an enumerator, an
  operation), or reserved/padding bytes given a name without a change of
  size or offset; a trailing [1] array made flexible; a constant's type
  changed with its value kept; a record the description marks as a shared
  page (`page`) growing into the page's unused tail; an enumerator named as
  a count (X_COUNT) moving past members added below it;
- compatible (version bump): a change that would break, inside an interface
  that carries its own version constant, when that constant changed in the
  same step;
- breaking: a removal; a size, alignment, offset or type change; a constant
  or enumerator with another value; an operation whose number, argument type,
  count or direction changed; and a change inside a versioned interface
  whose version constant did not change.

The exit status of the command is 1 when any change is breaking.
"""
import gzip
import json
import os
import re

from .contract import FORMAT

COMPATIBLE, BUMPED, BREAKING = "compatible", "compatible (version bump)", "breaking"
RANK = {COMPATIBLE: 0, BUMPED: 1, BREAKING: 2}
# names of bytes kept for later use: renaming them is how an interface grows in place
_RESERVED = re.compile(r"^_*(pad|padding|reserved|rsvd|unused|spare)\w*$", re.I)


# the interface version of the whole of Xen's headers: moving it on is the bump
GLOBAL_VERSIONS = ("__XEN_LATEST_INTERFACE_VERSION__", "__XEN_INTERFACE_VERSION__")


class DiffError(Exception):
    pass


# the manifest versions this reader understands (contract.py: what each added)
READABLE = (1, 2)


def _view(manifest):
    v = manifest.get("interface_version")
    return "the tools view" if v is None else f"a guest's view at interface version {v}"


def load(path):
    """{profile: contract} from one manifest file or a folder of them."""
    files = [path] if os.path.isfile(path) else \
        sorted(os.path.join(path, f) for f in os.listdir(path) if f.endswith((".json", ".json.gz"))) \
        if os.path.isdir(path) else None
    if files is None:
        raise DiffError(f"{path}: no such file or folder")
    out = {}
    for f in files:
        try:
            opener = gzip.open if f.endswith(".gz") else open
            with opener(f, "rt", encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, ValueError) as e:
            raise DiffError(f"{f}: not a readable JSON manifest ({e})") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise DiffError(f"{f}: not a {FORMAT} manifest (make one with `xenabi contract`)")
        if data.get("version") not in READABLE:
            raise DiffError(f"{f}: {FORMAT} version {data.get('version')} (this xenabi reads versions "
                            f"{', '.join(map(str, READABLE))})")
        out[data["target"]] = data
    if not out:
        raise DiffError(f"{path}: no manifests (*.json) in it")
    return out


class Change:
    def __init__(self, verdict, profile, kind, key, what, file=None):
        self.verdict, self.profile, self.kind, self.key, self.what, self.file = \
            verdict, profile, kind, key, what, file

    def as_json(self):
        return {"verdict": self.verdict, "profile": self.profile, "kind": self.kind, "key": self.key,
                "what": self.what, "file": self.file}


def _fields(rec, prefix=""):
    """{member path: (offset, size, type, bit offset, bit size)}, anonymous
    members flattened; the type with typedefs followed where the manifest
    gives it (ctype)."""
    out = {}
    for f in rec.get("fields", []):
        name = f.get("name")
        base = f.get("offset", 0)
        if f.get("anon"):
            # an unnamed record's members: under the member's name when it has one
            if name:
                out[prefix + name] = (base, f.get("size"), f["anon"].get("kind"), None, None)
            inner = prefix + (name + "." if name else "")
            for k, (o, s, t, bo, bs) in _fields(f["anon"], inner).items():
                out[k] = (base + o, s, t, bo, bs)
            continue
        bo, bs = f.get("bit_offset"), f.get("bit_size")
        if bs is not None and f.get("size") is not None and bs == 8 * f["size"] and bo == 8 * base:
            # a bit-field that fills its own storage unit is laid out as a
            # plain member (DWARF records it as one)
            bo = bs = None
        out[prefix + (name or "?")] = (base, f.get("size"), f.get("ctype") or f.get("type"), bo, bs)
    return out


def _record_changes(key, old, new, types=True, page=False):
    """[(verdict, what)] for one record in both sets (member types compared
    when both sides spell them the same way); page: the record is a whole
    shared page (the description's `page` annotation)."""
    out = []
    of, nf = _fields(old), _fields(new)
    # a trailing array of a fixed length made flexible (T x[1] -> T x[]):
    # the memory it describes keeps its layout; only sizeof changes
    flex = None
    if of and nf:
        lo, ln = max(of, key=lambda k: of[k][0]), max(nf, key=lambda k: nf[k][0])
        ot, nt = of[lo][2] or "", nf[ln][2] or ""
        if lo == ln and of[lo][0] == nf[ln][0] and nt.endswith("[]") and re.sub(r"\[\d+\]$", "[]", ot) == nt \
                and ot != nt:
            flex = lo
            out.append((COMPATIBLE, f"trailing array {lo} made flexible ({ot} -> {nt}): the layout of the "
                                    "memory it describes is unchanged"))
    old_align = old.get("align") if new.get("align") is not None else None
    new_align = new.get("align") if old_align is not None else None
    grew_at_tail = new["size"] > old["size"] and new_align == old_align
    def parent(path):
        return path.rsplit(".", 1)[0] if "." in path else None

    for name, (o, s, t, bo, bs) in of.items():
        if name == flex or (parent(name) in of and parent(name) not in nf):
            continue            # reported with the member it is part of
        if name in nf:
            n = nf[name]
            if (o, s, bo, bs) != (n[0], n[1], n[3], n[4]):
                out.append((BREAKING, f"member {name}: offset {o} size {s} -> offset {n[0]} size {n[1]}"))
                grew_at_tail = False
            elif types and t != n[2]:
                out.append((BREAKING, f"member {name}: type {t} -> {n[2]}"))
            continue
        # gone by that name: the same bytes under another name?
        same = [m for m, v in nf.items() if m not in of and (v[0], v[1], v[3], v[4]) == (o, s, bo, bs)]
        if same and _RESERVED.match(name.split(".")[-1]):
            out.append((COMPATIBLE, f"reserved member {name} now named {same[0]}"))
        elif same:
            out.append((BREAKING, f"member {name} renamed {same[0]}"))
        else:
            out.append((BREAKING, f"member {name} removed"))
            grew_at_tail = False
    added = [m for m in nf if m not in of and not (parent(m) in nf and parent(m) not in of)
             and not any(c[1].endswith(f"now named {m}") or c[1].endswith(f"renamed {m}") for c in out)]
    if new["size"] != old["size"] or new_align != old_align:
        what = f"size {old['size']} -> {new['size']}, align {old_align} -> {new_align}"
        if flex and new_align == old_align and new["size"] < old["size"] and \
                all(v != BREAKING for v, _ in out):
            out.append((COMPATIBLE, f"{what}, from the flexible {flex}"))
        elif grew_at_tail and all(nf[m][0] >= old["size"] for m in added) and page \
                and new["size"] <= SHARED_PAGE:
            # the bytes were already in the shared page; both ends use them
            # only once they agree to (a feature bit)
            out.append((COMPATIBLE, f"grew into its shared page's unused tail ({what}; new: "
                                    f"{', '.join(added) or 'padding'})"))
        elif grew_at_tail and all(nf[m][0] >= old["size"] for m in added):
            out.append((BREAKING, f"grew at the tail ({what}; new: {', '.join(added) or 'padding'})"))
        else:
            out.append((BREAKING, what))
    else:
        for m in added:
            out.append((COMPATIBLE, f"member {m} added in bytes that were padding"))
    if new.get("kind") != old.get("kind"):
        out.append((BREAKING, f"{old.get('kind')} -> {new.get('kind')}"))
    return out


def _pairs(add, kind, olds, news, what_new, label=str, files=None, added=COMPATIBLE):
    """(label, old, new) of the keys in both; reports the keys in one only
    (new: `added`, gone: breaking).  files: the file of every entry, when
    the entries do not carry their own."""
    def file_of(entry):
        return files if files is not None else entry.get("file")
    for key in sorted(set(olds) | set(news), key=lambda k: tuple(x or "" for x in k) if isinstance(k, tuple) else k):
        o, n = olds.get(key), news.get(key)
        if o is None:
            add(added, kind, label(key), what_new, file_of(n))
        elif n is None:
            add(BREAKING, kind, label(key), "removed", file_of(o))
        else:
            yield label(key), o, n


def _op_key(op):
    return (op["hypercall"], op.get("subop"))


_COUNT_NAME = re.compile(r"(?:_COUNT|_NR|_NUM)$|^NR_")


def _count_sentinel(name, old, new):
    """True when enumerator `name` is named as a count (X_COUNT, X_NR, NR_X)
    and is, on both sides, one more than the largest of the others (the
    last of a contiguous list, counting it), and no other old enumerator
    changed or went away.  (A last enumerator with another name is a value
    callers pass, as xenmem_access_t's XENMEM_access_default: moving it
    breaks them.)"""
    if not _COUNT_NAME.search(name):
        return False
    def counts(values):
        # one more than the largest enumerator below it (manifests keep no
        # declaration order; a value above it, such as an "invalid" marker,
        # is not counted; a retired value may leave a gap)
        n = values.get(name)
        below = [v for k, v in values.items() if k != name and v is not None and v < (n or 0)]
        return bool(below) and n == max(below) + 1
    unchanged = all(new.get(k) == v for k, v in old.items() if k != name)
    return unchanged and counts(old) and counts(new)


def compare_profile(profile, old, new, pages=()):
    """[Change] between two contracts of one profile; pages: the records
    that are a whole shared page (page_records)."""
    changes = []

    def add(verdict, kind, key, what, file):
        changes.append(Change(verdict, profile, kind, key, what, file))

    types = old.get("type_names") == new.get("type_names")
    for key, o, n in _pairs(add, "record", old["records"], new["records"], "new record"):
        for verdict, what in _record_changes(key, o, n, types, key in pages):
            add(verdict, "record", key, what, n.get("file"))
    for name, o, n in _pairs(add, "constant", old["constants"], new["constants"], "new constant"):
        if o["value"] != n["value"]:
            add(BREAKING, "constant", name, f"value {o['value']:#x} -> {n['value']:#x}", n["file"])
        elif o.get("type") and n.get("type") and o["type"] != n["type"]:
            # the same value in another integer type: C code keeps working
            add(COMPATIBLE, "constant", name, f"type {o['type']} -> {n['type']} (same value)", n["file"])
    for key, o, n in _pairs(add, "enum", old["enums"], new["enums"], "new enumeration"):
        for name, ov, nv in _pairs(lambda v, k, kk, what, f: add(v, k, key, f"enumerator {kk}: {what}", f),
                                   "enum", o["values"], n["values"], "new", files=n["file"]):
            if ov != nv and _count_sentinel(name, o["values"], n["values"]):
                # `..., LAST, X_COUNT }`: it counts the others, and moved
                # because enumerators were added before it, none changed
                add(COMPATIBLE, "enum", key, f"enumerator {name}: {ov} -> {nv}, the count of the "
                                             "enumerators before it (new ones were added)", n["file"])
            elif ov != nv:
                add(BREAKING, "enum", key, f"enumerator {name}: {ov} -> {nv}", n["file"])
    if old.get("operations") is None or new.get("operations") is None:
        return _versioned(changes, old, new)      # a manifest of C headers knows no operations
    ops = [{_op_key(op): op for op in side["operations"]} for side in (old, new)]
    for label, o, n in _pairs(add, "operation", *ops, "new operation",
                              label=lambda k: k[0] + (f"/{k[1]}" if k[1] else "")):
        for what in ("number", "subop_value", "selector"):
            if o.get(what) != n.get(what):
                add(BREAKING, "operation", label, f"{what} {o.get(what)} -> {n.get(what)}", n["file"])
        for arg, oa, na in _pairs(lambda v, k, a, what, f: add(v, k, label, f"{a} {what}", f),
                                  "operation", o["args"], n["args"], "added", files=n["file"],
                                  added=BREAKING):
            for part in ("type", "count", "dir"):
                if oa[part] != na[part]:
                    add(BREAKING, "operation", label, f"{arg} {part} {oa[part]} -> {na[part]}", n["file"])
    return _versioned(changes, old, new)


def _versioned(changes, old, new):
    """Inside an interface with its own version constant, a breaking change
    is a version bump when that constant changed in the same step."""
    versions = {**old.get("interface_versions", {}), **new.get("interface_versions", {})}
    out = []
    for c in changes:
        const = versions.get(c.file)
        if c.verdict == BREAKING and const and c.key != const:
            ov, nv = old["constants"].get(const), new["constants"].get(const)
            if ov and nv and ov["value"] != nv["value"]:
                c.verdict = BUMPED
                c.what += f" ({const} {ov['value']:#x} -> {nv['value']:#x})"
            else:
                c.what += f" (inside an interface versioned by {const}, which did not change)"
        if c.verdict == BREAKING and c.kind == "constant" and (c.key == const or c.key in GLOBAL_VERSIONS):
            c.verdict, c.what = COMPATIBLE, c.what.replace("value", "version bump:", 1)
        out.append(c)
    return out


def compare(old, new, pages=()):
    """[Change] over every profile in both sets; a profile in one set only
    is an error (compare like with like)."""
    if set(old) != set(new):
        raise DiffError(f"the two sets cover different profiles: {sorted(old)} and {sorted(new)}")
    for profile in sorted(old):
        a, b = (_view(m[profile]) for m in (old, new))
        if a != b:
            raise DiffError(f"{profile}: the two manifests are of different views ({a} and {b}); compare "
                            "like with like")
    out = []
    for profile in sorted(old):
        out += compare_profile(profile, old[profile], new[profile], pages)
    return out


def worst(changes):
    return max((c.verdict for c in changes), key=RANK.get, default=None)


SHARED_PAGE = 4096
_RECORD_START = re.compile(r"^\s*(?:typedef\s+)?(struct|union)\s+([A-Za-z_][A-Za-z_0-9]*)")


def page_records(root):
    """{record key} of the records the description under root marks as a
    whole shared page: a `page` annotation (as the description's reader
    parses it) and the record declared on the lines after it."""
    from . import frontend
    out = set()
    for src in frontend.load(root, lazy=True).sources.values():
        for idx, ann in src.pragmas:
            if ann.kind != "page":
                continue
            for line in src.lines[idx[-1] + 1:idx[-1] + 4]:     # idx: the pragma's lines
                m = _RECORD_START.match(line)
                if m:
                    out.add(f"{m.group(1)} {m.group(2)}")
                    break
    return out


def locate(root, changes):
    """{change: 'abi/path:line'} for records, constants and operations found
    in the description under root (by their declaration's text)."""
    cache, out = {}, {}
    for c in changes:
        if not c.file or not c.file.startswith("public/"):
            continue
        path = os.path.join(root, "abi", c.file[len("public/"):])
        if path not in cache:
            try:
                with open(path, encoding="utf-8") as fh:
                    cache[path] = fh.read().split("\n")
            except OSError:
                cache[path] = None
        lines = cache[path]
        if lines is None:
            continue
        if c.kind == "record":
            pat = re.compile(r"^\s*(?:typedef\s+)?" + re.escape(c.key) + r"\b") if " " in c.key else \
                re.compile(r"\b" + re.escape(c.key) + r"\s*;")
        elif c.kind == "constant":
            pat = re.compile(r"^\s*#\s*define\s+" + re.escape(c.key) + r"\b")
        elif c.kind == "operation":
            pat = re.compile(r"pragma\s+xenabi\s+(?:hypercall|subop)\s+" +
                             r"\s+".join(map(re.escape, c.key.split("/"))) + r"\b")
        else:
            pat = re.compile(r"\benum\s+" + re.escape(c.key.split(" ")[-1]) + r"\b")
        for i, line in enumerate(lines):
            if pat.search(line):
                out[id(c)] = f"abi/{c.file[len('public/'):]}:{i + 1}"
                break
    return out
