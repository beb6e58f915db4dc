"""Compare generated layout manifests with another manifest (a reference, or
an older version of the interface): the basis of ABI checks in CI."""
import json


def _fields(fields, prefix=""):
    """Flatten fields to {path: (offset, size, bit_size)}; anonymous members by position."""
    out = {}
    for i, f in enumerate(fields):
        name = f["name"] if f["name"] is not None else f"<anon{i}>"
        out[prefix + name] = (f["offset"], f["size"], f.get("bit_size"))
        if f.get("anon"):
            out.update(_fields(f["anon"]["fields"], prefix + name + "."))
    return out


def record_differences(mine, ref):
    """Human-readable differences between two records of the manifest format."""
    diffs = []
    for k in ("kind", "size", "align"):
        if ref.get(k) is not None and mine.get(k) != ref.get(k):
            diffs.append(f"{k} {mine.get(k)} != {ref.get(k)}")
    a, b = _fields(mine["fields"]), _fields(ref["fields"])
    if list(a) != list(b):
        missing = [n for n in b if n not in a]
        extra = [n for n in a if n not in b]
        if missing or extra:
            diffs.append(f"members: missing {missing}, extra {extra}")
        else:
            diffs.append("member order differs")
    for n in a:
        if n in b and a[n] != b[n]:
            diffs.append(f"{n}: offset/size/bits {a[n]} != {b[n]}")
    return diffs


def load(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def compare(mine, ref, files=None, allow=None):
    """Compare manifest dicts.  Returns (equal, compared, problems, allowed, only_mine, only_ref).

    files: if given, only reference records from these files are expected.
    allow: {record key: reason} of differences accepted with a reason.
    """
    allow = allow or {}
    mrec, rrec = mine["records"], ref["records"]
    equal, problems, allowed = 0, [], []
    common = sorted(set(mrec) & set(rrec))
    for key in common:
        d = record_differences(mrec[key], rrec[key])
        if not d:
            equal += 1
        elif key in allow:
            allowed.append((key, d, allow[key]))
        else:
            problems.append((key, d))
    only_mine = sorted(set(mrec) - set(rrec))
    only_ref = sorted(k for k in set(rrec) - set(mrec) if files is None or rrec[k].get("file") in files)
    return equal, len(common), problems, allowed, only_mine, only_ref
