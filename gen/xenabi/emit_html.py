"""The HTML reference: static pages made from the JSON description
(`xenabi html --out DIR`).

- index.html: every header with what it declares, and a search over every
  record, constant and (hypercall, sub-op) (search.js, with its index in
  search-index.js: no server, no network; file:// works);
- h/<header>.html: one page per header: its records, its constants (value
  and C type, per profile where they differ), its hypercall and sub-op table
  with each argument's type, count and direction (and h/constants.html:
  every constant);
- r/<record>.html: one page per record: size and alignment per profile, a
  byte map per profile (16 bytes a row, each member in its own colour,
  holes hatched; a member whose place or size differs between profiles is
  marked on every map), and a table of the members with their offsets per
  profile and their annotations in words (who writes the member, what
  counts a handle's elements, which value selects a union's arm, since
  which interface version).
"""
import html
import json
import re

_CSS = """\
body { font-family: sans-serif; margin: 1.5em; color: #222; max-width: 110em; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 1.5em; }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border: 1px solid #ccc; padding: 0.15em 0.5em; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
code, .mono { font-family: monospace; }
.differs { background: #fff0c0; }
.map { border-collapse: collapse; margin: 0.3em 0 1em 0; }
.map td { width: 2.6em; height: 1.4em; border: 1px solid #999; font-size: 0.7em; text-align: center;
          overflow: hidden; white-space: nowrap; padding: 0 0.1em; }
.map td.hole { background: repeating-linear-gradient(45deg, #fff, #fff 3px, #e05050 3px, #e05050 5px); }
.map td.diff { outline: 2px solid #d08000; outline-offset: -2px; }
.map td.off { border: none; color: #777; text-align: right; width: 3.5em; }
.map tr.gap td { border: none; color: #777; text-align: left; }
.legend span { display: inline-block; padding: 0 0.4em; margin: 0.1em; border: 1px solid #999; }
#results li { margin: 0.1em 0; }
.note { color: #555; font-size: 0.9em; }
"""

_SEARCH_JS = """\
// Filters the search index (search-index.js) as the reader types.
(function () {
  var box = document.getElementById('q');
  var list = document.getElementById('results');
  function show() {
    var q = box.value.trim().toLowerCase();
    while (list.firstChild) { list.removeChild(list.firstChild); }
    if (q.length < 2) { return; }
    var shown = 0;
    for (var i = 0; i < XENABI_INDEX.length && shown < 200; i++) {
      var e = XENABI_INDEX[i];
      if (e[0].toLowerCase().indexOf(q) < 0) { continue; }
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = e[2];
      a.textContent = e[0];
      li.appendChild(a);
      li.appendChild(document.createTextNode(' (' + e[1] + ')'));
      list.appendChild(li);
      shown++;
    }
  }
  box.addEventListener('input', show);
  // index.html#q=WORDS opens with that search made
  if (location.hash.indexOf('#q=') === 0) {
    box.value = decodeURIComponent(location.hash.substring(3));
  }
  show();
})();
"""

_DIR_WORDS = {"in": "the guest writes it, Xen reads it", "out": "Xen writes it back to the guest",
              "inout": "the guest writes it and Xen writes it back"}


def _e(text):
    return html.escape(str(text), quote=True)


def slug(key):
    return re.sub(r"[^A-Za-z0-9_.-]", "-", key)


def record_href(key, depth):
    return ("../" * depth) + "r/" + slug(key) + ".html"


def header_href(path, depth):
    return ("../" * depth) + "h/" + slug(path) + ".html"


def _page(title, body, depth, scripts=()):
    up = "../" * depth
    js = "".join(f'<script src="{up}{s}"></script>' for s in scripts)
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{_e(title)}</title>'
            f'<link rel="stylesheet" href="{up}style.css"></head><body>'
            f'<p class="note"><a href="{up}index.html">xenabi reference</a></p>{body}{js}</body></html>\n')


def type_text(t):
    """A member's type in C-like words."""
    if "scalar" in t:
        return t["scalar"]
    if "typedef" in t:
        return t["typedef"]
    if "inline" in t:
        return f"{t['inline']['kind']} {{...}}"
    if "record" in t and "handle" not in t:
        return t["record"]
    if "enum" in t:
        return t["enum"]
    if "array" in t:
        return f"{type_text(t['array'])}[{'' if t['dim'] is None else t['dim']}]"
    if "handle" in t:
        return f"XEN_GUEST_HANDLE({type_text(t['handle'])})"
    if "pointer" in t:
        return f"{type_text(t['pointer'])} *"
    return "void"


def annotation_words(a):
    k = a["kind"]
    if k == "count":
        return f"holds <code>{_e(a['expr']['text'])}</code> elements" + (" (counted in bits)" if a.get("bits") else "")
    if k == "dir":
        who = _DIR_WORDS[a["dir"]]
        subs = a.get("subops") or []
        return who + (f" (for {', '.join(_e(s) for s in subs)})" if subs else "")
    if k == "select":
        target = f" of its member <code>{_e(a['member'])}</code>" if a.get("member") else ""
        return f"a union{target}: <code>{_e(a['expr']['text'])}</code> chooses the arm"
    if k == "arm":
        if a.get("default"):
            return "the arm for every other value of the selector"
        return "the live arm when the selector is " + ", ".join(f"<code>{_e(v['text'])}</code>" for v in a["values"])
    if k == "since":
        return f"exists from interface version 0x{a['version']:08x}"
    if k == "valid_when":
        return f"meaningful only when <code>{_e(a['expr']['text'])}</code>"
    return {"padding": "reserved: never read, written as zero", "bitmap": "a bit string",
            "page": "the layout of a whole shared page (it may grow into the page's unused tail)",
            "opaque": "only travels inside byte buffers nothing translates",
            "whole": "Xen takes its lists whole (no partial completion)",
            "invariant": "one layout on every profile, no holes", "empty": "no members",
            "compat_only": "only in the 32-bit x86 layout", "native_only": "only in the 64-bit layout",
            "compat_at": f"its 32-bit counterpart is <code>{_e(a.get('path', ''))}</code>"}.get(k, _e(k))


def _members(rec, base=0, prefix=""):
    """[(path, offset, size, field)] of every member, unnamed records' members
    flattened, named inline records' members under their name."""
    out = []
    for f in rec["fields"]:
        off = base + f["offset"]
        name = f["name"]
        if name is None and "inline" in f["type"]:
            out += _members(f["type"]["inline"], off, prefix)
            continue
        path = prefix + (name or "?")
        out.append((path, off, f["size"], f))
        if "inline" in f["type"] and f["type"]["inline"]["kind"] == "struct":
            out += _members(f["type"]["inline"], off, path + ".")
    return out


def _colour(i):
    hue = (i * 67) % 360
    return f"hsl({hue}, 70%, 82%)"


def byte_map(rec, colours, differs):
    """A table of the record's bytes, 16 a row; each byte names its
    innermost member (a byte several bit-fields share: striped in their
    colours, all named in its title); holes hatched; rows wholly inside one
    member beyond the first two are folded into one line."""
    size = rec["size"]
    owner = [None] * size
    shared = {}                 # byte -> [(member, first bit, last bit)] of the bit-fields in it
    for path, off, sz, f in _members(rec):
        top = path.split(".")[0]
        span = range(off, off + max(sz, 0))
        if "bit_size" in f:
            # the bytes its bits occupy, not its whole storage unit; a byte
            # several bit-fields share names them all
            first = (off - f["offset"]) * 8 + f["bit_offset"]
            span = range(first // 8, -(-(first + f["bit_size"]) // 8))
            for b in span:
                lo, hi = max(first, 8 * b), min(first + f["bit_size"], 8 * b + 8) - 1
                shared.setdefault(b, []).append((path if "." in path else top, lo, hi))
        for b in span:
            if b >= size or (owner[b] is not None and (rec["kind"] == "union" or "bit_size" in f)):
                continue        # a union's bytes: the first arm; a byte of bit-fields: the first
            owner[b] = path if "." in path else top
    shared = {b: ms for b, ms in shared.items() if len(ms) > 1 and rec["kind"] == "struct"}
    rows, r = [], 0
    while r * 16 < size:
        cells = owner[r * 16:min(size, r * 16 + 16)]
        if r >= 2 and len(set(cells)) == 1 and cells[0] is not None and (r + 1) * 16 < size \
                and set(owner[(r - 1) * 16:r * 16]) == set(cells):
            start = r
            while (r + 1) * 16 < size and set(owner[(r + 1) * 16:(r + 2) * 16]) == set(cells):
                r += 1
            rows.append(f'<tr class="gap"><td colspan="17">&#8942; {(r - start + 1) * 16} more bytes of '
                        f'<code>{_e(cells[0])}</code></td></tr>')
            r += 1
            continue
        tds = [f'<td class="off">{r * 16}</td>']
        for i, m in enumerate(cells):
            b = r * 16 + i
            if m is None:
                tds.append(f'<td class="hole" title="byte {b}: hole (padding)"></td>')
            elif b in shared:
                # a stripe of each member's colour, all named in the title
                ms = shared[b]
                # each as wide as its bits, the lowest bit leftmost
                stops = ", ".join(f"{colours.get(n.split('.')[0], '#ddd')} {100 * (lo - 8 * b) // 8}% "
                                  f"{100 * (hi + 1 - 8 * b) // 8}%" for n, lo, hi in ms)
                what = ", ".join(f"{n} (bit{'s' if lo != hi else ''} {lo}{'..' + str(hi) if lo != hi else ''})"
                                 for n, lo, hi in ms)
                cls = ' class="diff"' if any(n.split(".")[0] in differs for n, _, _ in ms) else ""
                tds.append(f'<td{cls} style="background:linear-gradient(90deg, {stops})" '
                           f'title="byte {b}: {_e(what)}">{len(ms)}&#215;</td>')
            else:
                cls = ' class="diff"' if m.split(".")[0] in differs else ""
                tds.append(f'<td{cls} style="background:{colours.get(m.split(".")[0], "#ddd")}" '
                           f'title="byte {b}: {_e(m)}">{_e(m.split(".")[-1][:4])}</td>')
        rows.append("<tr>" + "".join(tds) + "</tr>")
        r += 1
    return f'<table class="map" data-size="{size}">' + "".join(rows) + "</table>"


def record_page(key, per_profile):
    """per_profile: {profile: record json} (profiles where it exists)."""
    profiles = list(per_profile)
    first = per_profile[profiles[0]]
    tops = []
    for p in profiles:
        for path, _, _, _ in _members(per_profile[p]):
            top = path.split(".")[0]
            if top not in tops:
                tops.append(top)
    colours = {t: _colour(i) for i, t in enumerate(tops)}
    places = {p: {path: (off, sz) for path, off, sz, _ in _members(per_profile[p])} for p in profiles}
    paths = []
    for p in profiles:
        for path in places[p]:
            if path not in paths:
                paths.append(path)
    differs = {path.split(".")[0] for path in paths
               if len({places[p].get(path) for p in profiles}) > 1}
    body = [f"<h1>{_e(first['kind'])} {_e(key.split(' ', 1)[-1])}</h1>",
            f'<p>Declared in <a href="{header_href(first["file"], 1)}">{_e(first["file"])}</a> line '
            f'{first["line"]}.</p>']
    if first.get("annotations"):
        body.append("<ul>" + "".join(f"<li>{annotation_words(a)}</li>" for a in first["annotations"]) + "</ul>")
    body.append("<table><tr><th>profile</th><th>size</th><th>alignment</th></tr>" + "".join(
        f"<tr><td>{p}</td><td>{per_profile[p]['size']}</td><td>{per_profile[p]['align']}</td></tr>"
        for p in profiles) + "</table>")
    body.append('<p class="legend">' + "".join(f'<span style="background:{c}">{_e(t)}</span>'
                                               for t, c in colours.items())
                + ' <span class="hole" style="background:repeating-linear-gradient(45deg,#fff,#fff 3px,#e05050 3px,'
                  '#e05050 5px)">hole</span>'
                + (' <span class="differs">outlined: place or size differs between profiles</span>'
                   if differs else "") + "</p>")
    for p in profiles:
        body.append(f'<h2 id="map-{p}">Bytes on {p}</h2>' + byte_map(per_profile[p], colours, differs))
    rows = []
    for path in paths:
        cells = []
        for p in profiles:
            place = places[p].get(path)
            cells.append(f"<td>{place[0]}:{place[1]}</td>" if place else "<td>-</td>")
        f = next((f for p in profiles for q, _, _, f in _members(per_profile[p]) if q == path), None)
        words = "; ".join(annotation_words(a) for a in (f or {}).get("annotations", []))
        if f and "bit_size" in f:
            words = (words + "; " if words else "") + f"bits {f['bit_offset']}..{f['bit_offset'] + f['bit_size'] - 1}"
        t = f["type"] if f else {}
        tt = type_text(t)
        if "record" in t and t.get("record") and "handle" not in t:
            tt = f'<a href="{record_href(t["record"], 1)}">{_e(tt)}</a>'
        else:
            tt = _e(tt)
        cls = ' class="differs"' if path.split(".")[0] in differs else ""
        rows.append(f"<tr{cls}><td><code>{_e(path)}</code></td><td><code>{tt}</code></td>" + "".join(cells)
                    + f"<td>{words}</td></tr>")
    body.append("<h2>Members (offset:size)</h2><table><tr><th>member</th><th>type</th>"
                + "".join(f"<th>{p}</th>" for p in profiles) + "<th>annotations</th></tr>" + "".join(rows)
                + "</table>")
    return _page(f"{key} - xenabi", "".join(body), 1)


def header_page(path, records, constants, operations):
    body = [f"<h1>{_e(path)}</h1>"]
    if records:
        body.append("<h2>Records</h2><ul>" + "".join(
            f'<li><a href="{record_href(k, 1)}">{_e(k)}</a></li>' for k in records) + "</ul>")
    if operations:
        rows = []
        for o in operations:
            args = "; ".join(f"{a}: <code>{_e(s['type'])}</code>" + (f" [{_e(s['count'])}]" if s["count"] else "")
                             + (f" ({_e(s['dir'])})" if s["dir"] else "") for a, s in sorted(o["args"].items()))
            rows.append(f"<tr><td>{_e(o['hypercall'])}</td><td>{_e(o['number'])}</td><td>{_e(o['subop'] or '')}</td>"
                        f"<td>{_e('' if o['subop_value'] is None else o['subop_value'])}</td>"
                        f"<td>{_e(o['selector'] or '')}</td><td>{args}</td></tr>")
        body.append("<h2>Hypercalls and sub-ops</h2><table><tr><th>hypercall</th><th>number</th><th>sub-op</th>"
                    "<th>value</th><th>selected by</th><th>arguments</th></tr>" + "".join(rows) + "</table>")
    if constants:
        rows = []
        for n, vals in constants.items():
            distinct = set(vals.values())
            if len(distinct) == 1:
                cell = f"<td>{_e(next(iter(distinct)))}</td>"
            else:
                cell = "<td>" + ", ".join(f"{p}: {_e(v)}" for p, v in vals.items()) + "</td>"
            rows.append(f"<tr><td><code>{_e(n)}</code></td>{cell}</tr>")
        body.append("<h2>Constants</h2><table><tr><th>name</th><th>value</th></tr>" + "".join(rows) + "</table>")
    return _page(f"{path} - xenabi", "".join(body), 1)


def site(description):
    """{relative path: text} of the whole reference."""
    profiles = description["profiles"]
    records, files, consts, ops = {}, {}, {}, {}
    for p, d in profiles.items():
        for key, rec in d["records"].items():
            records.setdefault(key, {})[p] = rec
            files.setdefault(rec["file"], {}).setdefault("records", []).append(key)
        for o in d["operations"]:
            f = o["file"][len("public/"):] if o["file"].startswith("public/") else o["file"]
            k = (o["hypercall"], o["subop"])
            if k not in ops:
                ops[k] = (f, o)
                files.setdefault(f, {}).setdefault("ops", []).append(o)
    where = {}              # constant -> its header
    for p, d in profiles.items():
        for n, c in d["constants"].items():
            consts.setdefault(n, {})[p] = f"{c['value']} ({c['type']})"
            where.setdefault(n, c["file"])
            files.setdefault(c["file"], {})
    out = {"style.css": _CSS, "search.js": _SEARCH_JS}
    index = []
    for key, per in sorted(records.items()):
        out[f"r/{slug(key)}.html"] = record_page(key, per)
        index.append([key, "record", f"r/{slug(key)}.html"])
    for path, what in sorted(files.items()):
        recs = sorted(set(what.get("records", [])))
        own = {n: v for n, v in sorted(consts.items()) if where[n] == path}
        out[f"h/{slug(path)}.html"] = header_page(path, recs, own, what.get("ops", []))
        index.append([path, "header", f"h/{slug(path)}.html"])
    out["h/constants.html"] = header_page("every integer constant", [], dict(sorted(consts.items())), [])
    for n in sorted(consts):
        index.append([n, "constant", f"h/{slug(where[n])}.html"])
    for (hc, sub), (f, _) in sorted(ops.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        index.append([f"{hc} {sub}" if sub else hc, "hypercall", f"h/{slug(f)}.html"])
    out["search-index.js"] = "var XENABI_INDEX = " + json.dumps(index, separators=(",", ":")) + ";\n"
    rows = "".join(f'<li><a href="h/{slug(p)}.html">{_e(p)}</a> ({len(set(w.get("records", [])))} records'
                   f'{", " + str(len(w.get("ops", []))) + " operations" if w.get("ops") else ""})</li>'
                   for p, w in sorted(files.items()))
    body = (f"<h1>Xen's public interface</h1><p>Interface version {_e(description['interface_version'])}; "
            f"profiles {', '.join(profiles)}; {len(records)} records. Made by xenabi from its description.</p>"
            '<p><label>Search: <input id="q" type="search" placeholder="record, constant, hypercall"></label></p>'
            '<ul id="results"></ul>'
            f'<h2>Headers</h2><ul>{rows}</ul><p><a href="h/constants.html">Every integer constant</a></p>')
    out["index.html"] = _page("xenabi reference", body, 0, ("search-index.js", "search.js"))
    return out
