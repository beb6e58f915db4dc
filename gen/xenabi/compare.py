"""Compare generated layout manifests with another manifest (a reference, or
an older version of the interface): the basis of ABI checks in CI."""
import json


def _fields(fields, prefix=""):
    """Flatten fields to {path: (offset, size, bit_size, bit_offset)}; anonymous
    members by position.  bit_offset is compared only where both sides give it
    (the upstream reference data does not; the DWARF oracle does)."""
    out = {}
    for i, f in enumerate(fields):
        name = f["name"] if f["name"] is not None else f"<anon{i}>"
        out[prefix + name] = (f["offset"], f["size"], f.get("bit_size"), f.get("bit_offset"))
        if f.get("anon"):
            out.update(_fields(f["anon"]["fields"], prefix + name + "."))
    return out


def record_differences(mine, ref):
    """Differences between two records of the manifest format: [(what, text)].

    `what` names the exact property ("size", "members", "p.size", ...), so
    that an allow-list entry can accept one property and nothing else.
    """
    diffs = []
    for k in ("kind", "size", "align"):
        if ref.get(k) is not None and mine.get(k) != ref.get(k):
            diffs.append((k, f"{k} {mine.get(k)} != {ref.get(k)}"))
    a, b = _fields(mine["fields"]), _fields(ref["fields"])
    if list(a) != list(b):
        missing = [n for n in b if n not in a]
        extra = [n for n in a if n not in b]
        if missing or extra:
            diffs.append(("members", f"members: missing {missing}, extra {extra}"))
        else:
            diffs.append(("members", "member order differs"))
    for n in a:
        if n in b:
            for i, prop in enumerate(("offset", "size", "bits", "bit_offset")):
                if prop == "bit_offset" and (a[n][i] is None or b[n][i] is None):
                    continue
                if a[n][i] != b[n][i]:
                    diffs.append((f"{n}.{prop}", f"{n}.{prop} {a[n][i]} != {b[n][i]}"))
    return diffs


def parse_allow(path):
    """Allow-list: `PROFILES RECORD-GLOB PROPERTY -- reason` per line.

    PROFILES is a comma-separated list or '*'; RECORD-GLOB an fnmatch pattern;
    PROPERTY one property from record_differences ("p.size", "size", ...).
    Returns [(profiles, glob, property, reason, 'path:line')].
    """
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            head, sep, why = line.partition(" -- ")
            parts = head.split()
            if not sep or len(parts) < 3 or not why.strip():
                raise ValueError(f"{path}:{n}: error: expected 'PROFILES RECORD-GLOB PROPERTY -- reason'")
            # record keys may contain a space ("struct foo")
            out.append((parts[0].split(","), " ".join(parts[1:-1]), parts[-1], why.strip(), f"{path}:{n}"))
    return out


def allowed_by(allow, profile, key, what):
    import fnmatch
    for profiles, glob, prop, why, where in allow:
        if ("*" in profiles or profile in profiles) and fnmatch.fnmatchcase(key, glob) and prop == what:
            return why
    return None


def load(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def compare(mine, ref, files=None, allow=None, profile=None):
    """Compare manifest dicts.  Returns (equal, compared, problems, allowed, only_mine, only_ref).

    files: if given, only reference records from these files are expected.
    allow: parse_allow() entries; a record whose every difference is allowed
    counts as allowed, with the reasons.
    """
    allow = allow or []
    mrec, rrec = mine["records"], ref["records"]
    equal, problems, allowed = 0, [], []
    common = sorted(set(mrec) & set(rrec))
    for key in common:
        d = record_differences(mrec[key], rrec[key])
        if not d:
            equal += 1
            continue
        reasons = [allowed_by(allow, profile, key, what) for what, _ in d]
        if all(reasons):
            allowed.append((key, [t for _, t in d], sorted(set(reasons))))
        else:
            problems.append((key, [t for (_, t), r in zip(d, reasons) if not r]))
    only_mine = sorted(set(mrec) - set(rrec))
    only_ref = sorted(k for k in set(rrec) - set(mrec) if files is None or rrec[k].get("file") in files)
    return equal, len(common), problems, allowed, only_mine, only_ref
