"""The `xenabi` command line: a thin layer over the passes."""
import argparse
import json
import os
import sys

from . import compare as cmp
from . import emit_layout, frontend, output
from .diag import DescriptionError
from .layout import Layouter
from .profiles import PROFILES

DEFAULT_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _report(e):
    for d in e.diags:
        print(d, file=sys.stderr)
    n = len(e.diags)
    print(f"xenabi: {n} error{'s' if n != 1 else ''}; nothing written", file=sys.stderr)
    return 1


def cmd_generate(args):
    out = os.path.abspath(args.out) if args.out else args.root
    # what is ready is written (under temporary names) while the rest renders
    staged = output.Staged(out)
    try:
        _, outputs = output.render(args.root, stage=staged.add)
    except BaseException:
        staged.abort()
        raise
    changed, removed = output.write_all(out, outputs, staged=staged)
    for p in changed:
        print(f"wrote {p}")
    for p in removed:
        print(f"removed {p}")
    print(f"xenabi: {len(outputs)} files, {len(changed)} changed, {len(removed)} removed")
    return 0


def cmd_xen_compat(args):
    """Xen's compat headers and xlat.h only, into a Xen build's include folder."""
    from . import emit_xen
    from .diag import Sink
    desc = _modules(args, [emit_xen.COMPAT_ARCH, emit_xen.NATIVE])
    outputs = emit_xen.emit_all(desc, Sink())
    prefix = emit_xen.OUT[:-len("compat/")]
    outputs = {p[len(prefix):]: text for p, text in outputs.items()}
    changed, _ = output.write_all(os.path.abspath(args.out), outputs, prune=False)
    if args.verbose:
        for p in changed:
            print(f"wrote {p}")
    print(f"xenabi xen-compat: {len(outputs)} files under {args.out}/compat, {len(changed)} changed")
    return 0


def cmd_check(args):
    _, outputs = output.render(args.root)
    diffs = output.differences(args.root, outputs)
    if args.diff and diffs:
        import difflib
        for p, what in diffs:
            if what == "differs":
                with open(os.path.join(args.root, p), encoding="utf-8") as fh:
                    old = fh.read().splitlines(keepends=True)
                sys.stdout.writelines(difflib.unified_diff(old, outputs[p].splitlines(keepends=True),
                                                           f"a/{p}", f"b/{p}"))
    for p, what in diffs:
        print(f"{p}: {what}", file=sys.stderr)
    if diffs:
        print(f"xenabi check: {len(diffs)} of {len(outputs)} generated files differ from the "
              "committed tree; run `xenabi generate` and commit", file=sys.stderr)
        return 1
    print(f"xenabi check: {len(outputs)} generated files match the committed tree")
    return 0


def _modules(args, profiles=None):
    desc = frontend.load(args.root, profiles=profiles)
    from . import checks
    from .diag import Sink
    sink = Sink()
    checks.check(desc, sink)
    sink.raise_if_any()
    return desc


def cmd_manifest(args):
    desc = _modules(args, [args.profile])
    sys.stdout.write(emit_layout.manifest_text(desc.modules[args.profile]))
    return 0


def cmd_contract(args):
    from . import contract
    profiles = args.profile or list(PROFILES)
    from .fromheaders import HeaderError
    desc = _modules(args, profiles)
    try:
        outputs = {f"{p}.json": json.dumps(contract.contract(desc, p), indent=1, sort_keys=True) + "\n"
                   for p in profiles}
    except (HeaderError, RuntimeError) as e:
        print(f"xenabi contract: {e}", file=sys.stderr)
        return 1
    except ImportError:
        print("xenabi contract: pyelftools is needed (apt-get install python3-pyelftools)", file=sys.stderr)
        return 1
    finally:
        contract.release(desc)
    changed, _ = output.write_all(os.path.abspath(args.out), outputs, prune=False)
    print(f"xenabi contract: {len(outputs)} manifests under {args.out}, {len(changed)} changed")
    return 0


def cmd_contract_from_headers(args):
    from . import fromheaders, pin
    outputs = {}
    try:
        version = None if args.interface_version is None else pin.parse_version(args.interface_version)
    except pin.PinError as e:
        print(f"xenabi contract-from-headers: {e}", file=sys.stderr)
        return 2
    for p in args.profile or list(PROFILES):
        try:
            c = fromheaders.contract_from_headers(args.folder, p, progress=lambda m: print(m, file=sys.stderr),
                                                  label=args.label, interface_version=version)
        except (fromheaders.HeaderError, OSError) as e:
            print(f"xenabi contract-from-headers: {p}: {e}", file=sys.stderr)
            return 1
        except ImportError:
            print("xenabi contract-from-headers: pyelftools is needed (apt-get install python3-pyelftools)",
                  file=sys.stderr)
            return 1
        outputs[f"{p}.json"] = json.dumps(c, indent=1, sort_keys=True) + "\n"
    changed, _ = output.write_all(os.path.abspath(args.out), outputs, prune=False)
    print(f"xenabi contract-from-headers: {len(outputs)} manifests under {args.out}, {len(changed)} changed")
    return 0


def _profile_option(parser):
    parser.add_argument("--profile", action="append", choices=list(PROFILES),
                        help="only this profile (repeatable; default: every profile)")


def _description(args, profiles, command):
    """The JSON description's model, or None after saying why not (its
    constants need clang)."""
    from . import contract, describe
    from .fromheaders import HeaderError
    desc = _modules(args, profiles)
    try:
        return describe.description(desc, profiles)
    except (HeaderError, RuntimeError) as e:
        print(f"xenabi {command}: {e}", file=sys.stderr)
    except ImportError:
        print(f"xenabi {command}: pyelftools is needed (apt-get install python3-pyelftools)", file=sys.stderr)
    finally:
        contract.release(desc)
    return None


def cmd_describe(args):
    """The JSON description of the whole model (describe.py)."""
    from . import describe
    profiles = args.profile or list(PROFILES)
    model = _description(args, profiles, "describe")
    if model is None:
        return 1
    text = json.dumps(model, indent=1, sort_keys=True) + "\n"
    if args.out == "-":
        sys.stdout.write(text)
        return 0
    output.write_file(os.path.abspath(args.out), text)
    print(f"xenabi describe: {args.out} ({len(text) // 1024} KiB, {len(profiles)} profiles, format "
          f"{describe.FORMAT} version {describe.VERSION})")
    return 0


def cmd_export(args):
    """The generated headers in a consumer's layout, with a manifest."""
    from . import export, pin
    dest = os.path.abspath(args.dest)
    try:
        old, changed, deleted = export.status(dest, args.style)
    except export.ExportError as e:
        print(f"xenabi export: {e}", file=sys.stderr)
        return 1
    if args.status:
        if old is None:
            print(f"xenabi export: no {args.style}-style export under {args.dest}")
            return 1
        for p in changed:
            print(f"changed locally: {p}")
        for p in deleted:
            print(f"deleted locally: {p}")
        print(f"xenabi export: {args.style} export of interface {old.get('interface_version') or 'newest'} "
              f"under {args.dest}: {len(old.get('files', {}))} files, {len(changed)} changed and "
              f"{len(deleted)} deleted locally")
        return 1 if changed or deleted else 0
    if changed and not args.force:
        for p in changed:
            print(f"changed locally: {p}", file=sys.stderr)
        print(f"xenabi export: {len(changed)} file(s) under {args.dest} differ from what the last export "
              "wrote; keep your changes elsewhere, or --force to overwrite them", file=sys.stderr)
        return 1
    desc, outputs = output.render(args.root)
    public, linux = _under(outputs, "include/xen/public/"), _under(outputs, "include/xen/linux/")
    try:
        latest = pin.latest_version(public)
        version = None
        if args.interface_version is not None:
            version = pin.resolve(args.interface_version, public)[0]
            public, left_out = pin.pin_tree(public, version, latest)
            if left_out:
                print(f"xenabi export: left out at interface 0x{version:08x} (they refuse a guest): "
                      f"{', '.join(left_out)}")
    except pin.PinError as e:
        print(f"xenabi export: {e}", file=sys.stderr)
        return 1
    try:
        written = export.files(args.style, public, linux)
    except export.ExportError as e:
        print(f"xenabi export: {e}", file=sys.stderr)
        return 1
    man = export.manifest(args.style, written, version, latest, export.description_digest(desc))
    changes = output.write_all(dest, written, prune=False)[0]
    removed = []
    for p in sorted(set((old or {}).get("files", {})) - set(written)):
        if p not in changed and os.path.exists(os.path.join(dest, p)):
            os.unlink(os.path.join(dest, p))
            removed.append(p)
    output.write_file(os.path.join(dest, export.STYLES[args.style]["public"], export.MANIFEST),
                      json.dumps(man, indent=1, sort_keys=True) + "\n")
    for p in changed:
        print(f"overwritten (was changed locally): {p}")
    print(f"xenabi export: {args.style} style, {len(written)} files under {args.dest}, {len(changes)} written, "
          f"{len(removed)} removed")
    return 0


def _under(outputs, prefix):
    """{path below prefix: text} of the generated files under prefix."""
    return {p[len(prefix):]: t for p, t in outputs.items() if p.startswith(prefix)}


def _from_description(args, command, profiles, build, what):
    """Write what build(the JSON description's model) makes under args.out."""
    model = _description(args, profiles, command)
    if model is None:
        return 1
    files = build(model)
    changed, _ = output.write_all(os.path.abspath(args.out), files, prune=False)
    print(f"xenabi {command}: {what} under {args.out} ({len(profiles)} profiles), {len(files)} files, "
          f"{len(changed)} written")
    return 0


def cmd_rust(args):
    """The Rust crate (emit_rust.py)."""
    from . import emit_rust
    return _from_description(args, "rust", args.profile or list(PROFILES), emit_rust.crate, "crate xen-abi")


def cmd_html(args):
    """The HTML reference (emit_html.py)."""
    from . import emit_html
    return _from_description(args, "html", list(PROFILES), emit_html.site, "the reference (open index.html)")


def cmd_headers(args):
    """The public headers pinned to interface versions, for guests."""
    from . import pin
    _, outputs = output.render(args.root)
    headers = _under(outputs, "include/xen/public/")
    try:
        latest = pin.latest_version(headers)
        wanted = list(dict.fromkeys(v for spec in args.interface_version for v in pin.resolve(spec, headers)))
        trees = {v: pin.pin_tree(headers, v, latest) for v in wanted}
    except pin.PinError as e:
        print(f"xenabi headers: {e}", file=sys.stderr)
        return 1
    outputs = {}
    for v, (tree, _) in trees.items():
        sub = "" if len(trees) == 1 else f"0x{v:08x}/"
        outputs.update((sub + p, t) for p, t in tree.items())
    out = os.path.abspath(args.out)
    changed, _ = output.write_all(out, outputs, prune=False)
    removed = pin.remove_stale(out, outputs)
    for v, (tree, refused) in trees.items():
        left = f"; left out (they refuse a guest at this version): {', '.join(refused)}" if refused else ""
        print(f"xenabi headers: 0x{v:08x}: {len(tree)} headers{left}")
    print(f"xenabi headers: {len(outputs)} files under {args.out}, {len(changed)} changed, {len(removed)} removed")
    return 0


def cmd_diff(args):
    from . import abidiff
    try:
        changes = abidiff.compare(abidiff.load(args.old), abidiff.load(args.new), abidiff.page_records(args.root))
    except abidiff.DiffError as e:
        print(f"xenabi diff: {e}", file=sys.stderr)
        return 2
    where = abidiff.locate(args.root, changes)
    if args.json:
        print(json.dumps([dict(c.as_json(), where=where.get(id(c))) for c in changes], indent=1))
    else:
        for c in changes:
            if c.verdict == abidiff.COMPATIBLE and not args.all:
                continue
            at = f"  [{where[id(c)]}]" if id(c) in where else ""
            print(f"{c.verdict.upper():26s} {c.profile:8s} {c.kind} {c.key}: {c.what}{at}")
        counts = {v: sum(1 for c in changes if c.verdict == v) for v in abidiff.RANK}
        print("xenabi diff: " + ", ".join(f"{n} {v}" for v, n in counts.items()) +
              f"; verdict: {abidiff.worst(changes) or 'no change'}")
    if args.accept:
        if not os.path.isdir(args.old) or not os.path.isdir(args.new):
            print("xenabi diff: --accept needs two folders", file=sys.stderr)
            return 2
        import shutil
        for f in sorted(os.listdir(args.new)):
            if f.endswith(".json"):
                shutil.copyfile(os.path.join(args.new, f), os.path.join(args.old, f))
        print(f"xenabi diff: {args.old} now holds {args.new}'s manifests")
        return 0
    return 1 if abidiff.worst(changes) == abidiff.BREAKING else 0


def _flatten(fields, prefix=""):
    rows = []
    for f in fields:
        name = prefix + (f.name or "<anon>")
        if f.bit_size is not None:
            name += f":{f.bit_size}"
        rows.append((name, f))
        if f.anon is not None:
            rows += _flatten(f.anon.fields, name + ".")
    return rows


def cmd_show(args):
    desc = _modules(args)
    key = args.record
    found = {}
    for name, mod in desc.modules.items():
        lay = Layouter.for_module(mod)
        cands = [key, f"struct {key}", f"union {key}"]
        for c in cands:
            if c in mod.records:
                found[name] = (c, mod.records[c], lay.record(mod.records[c]))
                break
            if c in mod.typedefs:
                t = mod.resolve(mod.typedefs[c].type)
                rec = mod.records.get(getattr(t, "key", None)) if not hasattr(t, "fields") else t
                if rec is not None:
                    found[name] = (rec.key or c, rec, lay.record(rec))
                    break
    if not found:
        print(f"xenabi show: no record '{key}' on any profile", file=sys.stderr)
        return 1
    profiles = [p for p in PROFILES if p in found]
    first = found[profiles[0]]
    print(f"{first[0]}  ({first[1].loc})")
    absent = [p for p in PROFILES if p not in found]
    # rows: member names in declaration order, merged over profiles
    order, cells = [], {}
    for p in profiles:
        _, _, rl = found[p]
        prev = None
        rows = _flatten(rl.fields)
        ends = {}
        for name, f in rows:
            if name not in cells:
                order.append(name)
                cells[name] = {}
            cells[name][p] = f"{f.offset}:{f.size}"
            if "." not in name:
                ends[f.offset + f.size] = name
            prev = name
        for off, size in rl.holes:
            after = ends.get(off, prev)
            hname = "  (tail padding)" if off + size == rl.size else f"  (hole after {after})"
            if hname not in cells:
                # the row goes right after the member the hole follows
                at = order.index(after) + 1 if after in order and hname != "  (tail padding)" else len(order)
                order.insert(at, hname)
                cells[hname] = {}
            cells[hname][p] = f"{off}:{size}"
        cells.setdefault("(size/align)", {})[p] = f"{rl.size}/{rl.align}"
    order.append("(size/align)")
    w = max(len(n) for n in order) + 2
    print("member".ljust(w) + "".join(p.ljust(11) for p in profiles) + " differs")
    for name in order:
        row = cells[name]
        vals = [row.get(p, "-") for p in profiles]
        mark = "*" if len(set(vals)) > 1 else ""
        print(name.ljust(w) + "".join(v.ljust(11) for v in vals) + " " + mark)
    print("offset:size in bytes; holes include tail padding; * marks a difference between profiles")
    if absent:
        print(f"not present on: {', '.join(absent)}")
    return 0


def cmd_compat_report(args):
    from . import compat
    desc = _modules(args, [compat.GUEST, compat.NATIVE])
    sys.stdout.write(compat.report(desc))
    return 0


def cmd_invariance(args):
    from . import compat
    desc = _modules(args)
    sys.stdout.write(compat.invariance_report(desc))
    return 0


def cmd_compare(args):
    desc = _modules(args, [args.profile] if args.profile else None)
    try:
        allow = cmp.parse_allow(args.allow) if args.allow else []
    except (OSError, ValueError) as e:
        print(f"xenabi compare: {e}", file=sys.stderr)
        return 2
    status = 0
    total_eq = total = 0
    for name, mod in desc.modules.items():
        ref_path = os.path.join(args.reference, f"{name}.json")
        if not os.path.exists(ref_path):
            print(f"{name}: no reference manifest, skipped")
            continue
        ref = cmp.load(ref_path)
        mine = emit_layout.manifest(mod)
        files = {emit_layout.public_file(p) for p in mod.files}
        eq, n, problems, allowed, only_mine, only_ref = cmp.compare(mine, ref, files, allow, name)
        total_eq += eq
        total += n
        print(f"{name}: {eq}/{n} equal, {len(allowed)} allowed, {len(problems)} different, "
              f"{len(only_ref)} reference records not described, {len(only_mine)} not in reference")
        if args.strict and only_ref:
            for key in only_ref:
                print(f"  NOT DESCRIBED {key} ({ref['records'][key].get('file')})")
        for key, d in problems:
            print(f"  DIFF {key}: " + "; ".join(d))
        for key, d, why in allowed:
            print(f"  allowed {key}: {'; '.join(d)} ({'; '.join(why)})")
        if args.verbose:
            for key in only_ref:
                print(f"  not described: {key}")
            for key in only_mine:
                print(f"  not in reference: {key}")
        if problems or (args.strict and only_ref):
            status = 1
    print(f"total: {total_eq}/{total} equal")
    return status


def main(argv=None):
    # a short batch run that allocates many small objects and frees little:
    # the cyclic collector only costs time here (about a tenth of a run)
    import gc
    gc.disable()
    ap = argparse.ArgumentParser(prog="xenabi", description="Generate Xen's public interface from abi/.")
    ap.add_argument("--root", default=os.environ.get("XENABI_ROOT", DEFAULT_ROOT),
                    help="repository root holding abi/ (default: the checkout this package is in)")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("generate", help="write every generated file")
    p.add_argument("--out", help="write under this directory instead of the repository root "
                                 "(a build tree); files are written only when their content changes")
    p = sub.add_parser("xen-compat", help="write Xen's compat headers and compat/xlat.h under OUT/compat "
                                          "(in a Xen build: OUT is xen/include)")
    p.add_argument("--out", required=True, help="the folder that gets compat/ (Xen's xen/include)")
    p.add_argument("-v", "--verbose", action="store_true")
    p = sub.add_parser("check", help="regenerate in memory and fail if the committed tree differs")
    p.add_argument("--diff", action="store_true", help="print a unified diff of differing files")
    p = sub.add_parser("manifest", help="print the JSON layout manifest of one profile")
    p.add_argument("--profile", required=True, choices=list(PROFILES))
    p = sub.add_parser("contract", help="write the contract manifests (layouts, constants, enums, "
                                        "operations with directions) of every profile, for `xenabi diff`")
    p.add_argument("--out", required=True, help="folder to write <profile>.json into")
    _profile_option(p)
    p = sub.add_parser("contract-from-headers", help="write contract manifests of a tree of real C headers "
                                                     "(a released Xen's public headers, a vendored copy)")
    p.add_argument("folder", help="the folder holding the public headers (xen.h, memory.h, io/...)")
    p.add_argument("--label", help="where the headers came from, recorded in the manifests "
                                   "(default: the folder's path)")
    p.add_argument("--out", required=True, help="folder to write <profile>.json into")
    _profile_option(p)
    p.add_argument("--interface-version", metavar="V",
                   help="compile a guest's view at this interface version (0x00040400), not the tools view")
    p = sub.add_parser("describe", help="write the JSON description of the whole model (schema: "
                                        "gen/xenabi/description.schema.json)")
    p.add_argument("--out", required=True, help="the file to write ('-': standard output)")
    _profile_option(p)
    p = sub.add_parser("export", help="write the generated headers in a consumer's layout (upstream, linux, "
                                      "minios, freebsd) with a manifest of what was written")
    p.add_argument("dest", help="the consumer's tree (the style says where in it)")
    p.add_argument("--style", required=True, choices=["upstream", "linux", "minios", "freebsd"])
    p.add_argument("--interface-version", metavar="V", help="pin the public headers to this interface version "
                                                            "(as `xenabi headers`)")
    p.add_argument("--status", action="store_true", help="only say which exported files were changed or "
                                                         "deleted locally since the last export")
    p.add_argument("--force", action="store_true", help="overwrite files changed locally")
    p = sub.add_parser("rust", help="write a #![no_std] Rust crate of the interface's types and constants, "
                                    "with layout assertions per target")
    p.add_argument("--out", required=True, help="the crate's folder (Cargo.toml, src/lib.rs)")
    _profile_option(p)
    p = sub.add_parser("html", help="write the HTML reference (a page per header and per record, byte maps, "
                                    "annotations in words, search)")
    p.add_argument("--out", required=True, help="the folder to write (static files)")
    p = sub.add_parser("headers", help="write the public headers pinned to an interface version, for a guest "
                                       "(every version conditional resolved)")
    p.add_argument("--interface-version", action="append", required=True, metavar="V",
                   help="0x00040400 (or decimal), 'latest', or 'all' (one version from each range the "
                        "headers tell apart); repeatable: then one subfolder per version")
    p.add_argument("--out", required=True, help="the folder to write (it becomes the public folder: "
                                                "xen.h, memory.h, io/ ...)")
    p = sub.add_parser("diff", help="judge every difference between two sets of contract manifests")
    p.add_argument("old", help="the baseline: a contract manifest or a folder of them")
    p.add_argument("new", help="the candidate: a contract manifest or a folder of them")
    p.add_argument("--json", action="store_true", help="print the changes as JSON")
    p.add_argument("--all", action="store_true", help="list compatible changes too (default: counted)")
    p.add_argument("--accept", action="store_true",
                   help="after judging, copy NEW over OLD (a folder): the new baseline")
    p = sub.add_parser("show", help="pahole-like table of one record on every profile")
    p.add_argument("record", help="'struct foo', 'foo' or a typedef name")
    sub.add_parser("compat-report", help="every record's x86_32/x86_64 verdict (CHECK or translate) and why")
    sub.add_parser("invariance", help="records that differ between profiles meant to be size-invariant "
                                      "(arm32/riscv64/ppc64 vs arm64), by root cause; compat verdict totals")
    p = sub.add_parser("compare", help="compare layouts with reference manifests (one JSON per profile)")
    p.add_argument("reference", help="directory holding <profile>.json files")
    p.add_argument("--allow", help="allow-list file: PROFILES RECORD-GLOB PROPERTY -- reason")
    p.add_argument("--profile", choices=list(PROFILES), help="compare one profile only")
    p.add_argument("--strict", action="store_true", help="also fail on reference records not described")
    p.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    args.root = os.path.abspath(args.root)
    if not os.path.isdir(os.path.join(args.root, "abi")):
        print(f"xenabi: {args.root}: no abi/ directory (use --root)", file=sys.stderr)
        return 2
    handler = {"generate": cmd_generate, "check": cmd_check, "manifest": cmd_manifest,
               "show": cmd_show, "compare": cmd_compare, "compat-report": cmd_compat_report,
               "invariance": cmd_invariance, "xen-compat": cmd_xen_compat, "contract": cmd_contract,
               "diff": cmd_diff, "contract-from-headers": cmd_contract_from_headers, "headers": cmd_headers, "describe": cmd_describe,
               "export": cmd_export, "rust": cmd_rust,
               "html": cmd_html}[args.command]
    try:
        return handler(args)
    except DescriptionError as e:
        return _report(e)
    except BrokenPipeError:
        return 0
