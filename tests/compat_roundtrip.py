#!/usr/bin/env python3
"""Translators against a real 32-bit producer.

1. From the description, pick every record that has generated translators.
2. Generate a producer, compile it with -m32 against the generated public
   headers and run it: it fills each record with seeded random values (the
   union arm its annotated selector picks), and prints the bytes and values.
3. Generate a consumer from that output, compile it -m64 against the compat
   headers and run it: it translates the bytes to the native layout, checks
   every field against the producer's value, translates back into a buffer
   filled with a pattern and requires the producer's exact bytes (so no
   pattern byte, no undefined byte, survives), then checks -ERANGE for a
   value that does not fit and -EINVAL for an unknown union selector.

Usage: compat_roundtrip.py --generated DIR [--seed N]   (the seed is printed)
"""
import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "gen"))
from xenabi import frontend  # noqa: E402
from xenabi.emit_compat import CompatEmitter  # noqa: E402
from xenabi.naming import cname  # noqa: E402
from xenabi.emit_header import include_name  # noqa: E402
from xenabi.profiles import SIGNED  # noqa: E402
from xenabi.model import Array, EnumRef, Handle, Pointer, Record, RecordRef, Scalar  # noqa: E402



class Walker:
    """Assigns seeded random values to the leaves of one x86_32 record."""

    GUEST_BASE = 0x10000

    def __init__(self, em, rng, mem, expected_zero):
        self.em, self.rng = em, rng
        self.mem = mem          # bytearray: the simulated guest memory
        self.expected_zero = expected_zero  # (offset, length) of output-only arrays
        self.m32 = em.m32
        self.lay = em.l32

    def const(self, expr):
        return expr.evaluate(lambda n: self.m32.constants[n].value)

    def run(self, rec):
        self.top = rec
        self.leaves = []        # (path, kind, value) kind: u/s/b/h/H/p, A: array behind a handle
        self.array_counts = {}  # handle path -> (elements, output only)
        self.count_values = {}  # count member name -> elements (arrays sharing a count agree)
        self._prescan(rec, "")
        self.values = {}        # dotted path -> value, for selectors
        self.args = [0] * 6
        self.unions = []
        self.selectors = []     # (path, arm values, has default arm, bad value or None)
        if rec.kind == "union":
            self._top_union(rec)
            return self.leaves, self.args, self.selectors
        self._record(rec, "", [(rec, "")])
        for u in self.unions:
            self._union(*u)
        return self.leaves, self.args, self.selectors

    def _top_union(self, rec):
        """A union that selects its own arm (`select` before the union): fill a
        random arm, then draw the selector member until the selector picks it."""
        sel = [a for a in rec.annotations if a.kind == "select"]
        if not sel:
            raise KeyError("union without selector")
        expr = sel[0].get("expr")
        arms = [(g, a) for g in rec.fields for a in g.annotations if a.kind == "arm" and not a.get("default")]
        every = {self.const(v) for _, a in arms for v in a.get("values")}
        every |= {self.const(v) for v in sel[0].get("unused") or ()}
        g, arm = self.rng.choice(arms)
        want = self.const(self.rng.choice(arm.get("values")))
        self._leaf(g.type, g.name)
        name = next(n for n in expr.names if n not in self.m32.constants)
        path = f"{g.name}.{name}" if name.split(".")[0] != g.name else name
        at = next(k for k, leaf in enumerate(self.leaves) if leaf[0] == path)
        width = 8 * self.lay.size_align(self.em.member_at(self.m32, rec, name).type)[0]

        def pick(n):
            return expr.evaluate(lambda x: n if x == name else self.const_named(x))
        value = next(v for v in (self.rng.randrange(0, 1 << width) for _ in range(100000)) if pick(v) == want)
        self.leaves[at] = (path, "u", value)
        bad = next(v for v in range(1 << width) if pick(v) not in every)
        self.selectors.append((path, sorted(every), False, bad))

    def const_named(self, name):
        return self.m32.constants[name].value

    def _value(self, t, bits=None):
        size = self.lay.size_align(t)[0]
        width = bits or size * 8
        signed = isinstance(t, Scalar) and t.name in SIGNED
        if signed:
            return self.rng.randrange(-(1 << (width - 1)), 1 << (width - 1)), "s"
        return self.rng.randrange(0, 1 << width), "u"

    def _leaf(self, t, path, bits=None, fixed=None):
        t = self.m32.resolve(t)
        if isinstance(t, (Scalar, EnumRef)):
            v, kind = self._value(t, bits) if fixed is None else (fixed, "u")
            if isinstance(t, EnumRef) and fixed is None:
                v, kind = self.rng.randrange(0, 1 << 31), "s"
            if bits is not None and kind == "u":
                kind = "b"      # an unsigned bit-field: no sizeof, no wide-value case
            self.leaves.append((path, kind, v))
            self.values[path] = v
        elif isinstance(t, (Handle, Pointer)) and path in self.array_counts:
            n, out_only = self.array_counts[path]
            esize = self.lay.size_align(self.m32.resolve(self.em.element_type(self.m32, t)))[0]
            off = len(self.mem)
            values = [self.rng.randrange(0, 1 << (esize * 8)) for _ in range(n)]
            for v in values:
                self.mem += v.to_bytes(esize, "little")
            if out_only:
                # output only: not read; Xen's results (zero here) are copied back
                self.expected_zero.append((off, n * esize))
                values = [0] * n
            acc = "" if isinstance(t, Pointer) else ".p"     # a user pointer has no .p wrapper
            self.leaves.append((path, "A", (self.GUEST_BASE + off, values, esize, out_only, acc)))
        elif isinstance(t, (Handle, Pointer)):
            wide = isinstance(t, Handle) and t.wide
            v = self.rng.randrange(0, 1 << (64 if wide else 32))
            self.leaves.append((path, "H" if wide else ("h" if isinstance(t, Handle) else "p"), v))
        elif isinstance(t, Array):
            for i in range(t.dim or 0):
                self._leaf(t.elem, f"{path}[{i}]")
        elif isinstance(t, RecordRef):
            rec = self.m32.records[t.key]
            self._record(rec, path + ".", [(rec, path + ".")])
        elif isinstance(t, Record):
            self._record(t, path + "." if path else "", [(t, path + ".")])

    def array_of(self, f):
        """(count token, compat element size) when the member is a handle whose
        elements the translators copy through the scratch area, else None."""
        t = self.m32.resolve(f.type)
        count = [a for a in f.annotations if a.kind == "count"]
        user = isinstance(t, Pointer) and t.user
        if not (user or isinstance(t, Handle) and not t.wide) or not count or count[0].get("bits"):
            return None
        e32 = self.m32.resolve(self.em.element_type(self.m32, t))
        e64 = self.em.m64.resolve(self.em.element_type(self.em.m64, t))
        if self.em.same_elements(e32, e64):
            return None
        toks = count[0].get("expr").tokens
        if not isinstance(e32, Scalar):
            return (toks[0] if len(toks) == 1 else None), None     # records: count forced to 0
        return (toks[0] if len(toks) == 1 else None), self.lay.size_align(e32)[0]

    def _prescan(self, rec, prefix):
        """Choose the element count of every array behind a handle, anywhere in
        the record, before any member is filled (a count may live in an
        enclosing record)."""
        for f in rec.fields:
            path = prefix + f.name if f.name else prefix.rstrip(".")
            t = self.m32.resolve(f.type)
            arr = self.array_of(f)
            if arr and arr[0]:
                token = arr[0]
                if token[0].isdigit():
                    n = int(token)
                elif "." in token:
                    continue
                else:
                    n = self.count_values.setdefault(token, self.rng.randrange(0, 7) if arr[1] else 0)
                    if arr[1] is None:
                        n = self.count_values[token] = 0
                self.array_counts[path] = (n, self.out_only(f))
                continue
            if isinstance(t, RecordRef):
                self._prescan(self.m32.records[t.key], path + ".")
            elif isinstance(t, Record):
                self._prescan(t, path + "." if f.name else prefix)

    @staticmethod
    def out_only(f):
        return {a.get("dir") for a in f.annotations if a.kind == "dir"} == {"out"}

    def _record(self, rec, prefix, scope):
        # selector fields named plainly (`select cmd`) get a value that picks an arm
        forced = {}
        # values a 32-bit guest may not use (the translator refuses them)
        refused = {self.const(v) for g in rec.fields for a in g.annotations if a.kind == "select"
                   for v in (a.get("compat_refused") or ())}
        # a list whose results count only when `valid_when MEMBER == VALUE`
        # holds: the member gets that value, so the copy-back writes them
        forced.update(valid_when_values(self.m32, rec))
        for f in rec.fields:
            t = self.m32.resolve(f.type)
            union = t if isinstance(t, Record) and t.kind == "union" else None
            sel = [a for a in f.annotations if a.kind == "select"]
            if sel and sel[0].get("member"):
                holder = self.m32.records[t.key] if isinstance(t, RecordRef) else t
                union = next(self.m32.resolve(g.type) for g in holder.fields if g.name == sel[0].get("member"))
                union = self.m32.records[union.key] if isinstance(union, RecordRef) else union
            if sel and union is not None:
                expr = sel[0].get("expr")
                arms = [a for g in union.fields for a in g.annotations if a.kind == "arm"]
                values = [self.const(v) for a in arms for v in (a.get("values") or ())
                          if self.const(v) not in refused]
                if len(expr.tokens) == 1 and values:
                    name = expr.tokens[0]
                    choice = self.rng.choice(values)
                    has_default = any(a.get("default") for g in union.fields for a in g.annotations
                                      if a.kind == "arm")
                    if re.match(r"[A-Za-z_]\w*$", name) and not re.match(r"arg[1-6]$", name) \
                            and name not in self.m32.constants and not self.copied_whole(union, prefix + f.name):
                        self.selectors.append((prefix + name, values, has_default, None))
                        # a refused value gets -EINVAL whatever the arms say
                        for r in sorted(refused):
                            if (prefix + name, values, False, r) not in self.selectors:
                                self.selectors.append((prefix + name, values, False, r))
                    if re.match(r"arg[1-6]$", name):
                        self.args[int(name[3:]) - 1] = choice
                    else:
                        forced[name] = choice
                # an arm that is itself a union may be selected by another
                # member of this record (platform_op's firmware_info: `type`
                # picks efi_info, whose arm `index` picks): that member gets a
                # value naming one of the inner arms too
                for name, values in self._inner_selectors(union):
                    if name in {g.name for g in rec.fields} and name not in forced:
                        forced[name] = self.rng.choice(values)
        for f in rec.fields:
            path = prefix + f.name if f.name else prefix.rstrip(".")
            t = self.m32.resolve(f.type)
            if {a.kind for a in f.annotations} & {"padding", "compat_only"}:
                continue        # zero: not carried to the native layout
            if isinstance(t, Record) and t.kind == "union" and f.name is None and not any(
                    a.kind == "arm" for g in t.fields for a in g.annotations):
                # aliases of one register (eax, ax, al): the first one is the value
                first = t.fields[0]
                if not {a.kind for a in first.annotations} & {"padding", "compat_only"}:
                    self._leaf(first.type, prefix + first.name, first.bits)
                continue
            if isinstance(t, RecordRef) and self.m32.records[t.key].kind == "union":
                t = self.m32.records[t.key]
            if isinstance(t, Record) and t.kind == "union":
                self.unions.append((f, t, path, scope))
                continue
            sel = [a for a in f.annotations if a.kind == "select" and a.get("member")]
            if sel:
                self.unions.append((f, t, path, scope))
                continue
            if isinstance(t, Record) and f.name is None:
                self._record(t, prefix, scope + [(t, prefix)])
                continue
            fixed = forced.get(f.name)
            if fixed is None and f.name in self.count_values:
                fixed = self.count_values[f.name]
            self._leaf(f.type, path, f.bits, fixed)

    def _inner_selectors(self, union):
        """(member name, arm values) of every single-name `select` on an arm of
        `union` that is itself a union, at any depth."""
        for g in union.fields:
            t = self.m32.resolve(g.type)
            inner = self.m32.records[t.key] if isinstance(t, RecordRef) else t
            if not (isinstance(inner, Record) and inner.kind == "union"):
                continue
            sel = [a for a in g.annotations if a.kind == "select" and not a.get("member")]
            if sel and len(sel[0].get("expr").tokens) == 1:
                values = [self.const(v) for h in inner.fields for a in h.annotations
                          if a.kind == "arm" for v in (a.get("values") or ())]
                if values:
                    yield sel[0].get("expr").tokens[0], values
            yield from self._inner_selectors(inner)

    def copied_whole(self, u32, path):
        """The union at `path` has the same bytes on x86_32 and x86_64, so the
        translator copies it whole and never reads its selector."""
        r64 = self.em.m64.records.get(self.top.key) if self.top.key else None
        f64 = self.em.member_at(self.em.m64, r64, path) if r64 is not None else None
        if f64 is None:
            return False
        u64 = self.em.m64.resolve(f64.type)
        u64 = self.em.m64.records[u64.key] if isinstance(u64, RecordRef) else u64
        return self.em.same_elements(u32, u64)

    def _lookup(self, scope, name):
        for rec, prefix in reversed(scope):
            key = prefix + name
            if key in self.values:
                return self.values[key]
        if re.match(r"arg[1-6]$", name):
            return self.args[int(name[3:]) - 1]
        return self.m32.constants[name].value

    def _union(self, f, t, path, scope):
        sel = [a for a in f.annotations if a.kind == "select"]
        if sel and sel[0].get("member"):
            # the member record holds the union: fill the record, with its union
            holder = self.m32.records[t.key] if isinstance(t, RecordRef) else t
            value = sel[0].get("expr").evaluate(lambda n: self._lookup(scope, n))
            for g in holder.fields:
                gpath = f"{path}.{g.name}"
                if g.name == sel[0].get("member"):
                    u = self.m32.resolve(g.type)
                    u = self.m32.records[u.key] if isinstance(u, RecordRef) else u
                    self._fill_arm(u, gpath, value, scope)
                else:
                    self._leaf(g.type, gpath, g.bits)
            return
        if not sel:
            if self._same_bytes(t, path):
                # no selector, but the same bytes on both ABIs: the translator
                # copies it whole; fill its first member and check that
                u = self.m32.records[t.key] if isinstance(t, RecordRef) else t
                while True:             # nested unions: down their first members
                    first = u.fields[0]
                    path = f"{path}.{first.name}"
                    inner = self.m32.resolve(first.type)
                    inner = self.m32.records[inner.key] if isinstance(inner, RecordRef) else inner
                    if not (isinstance(inner, Record) and inner.kind == "union"):
                        break
                    u = inner
                self._leaf(first.type, path, first.bits)
                return
            raise KeyError("union without selector")
        value = sel[0].get("expr").evaluate(lambda n: self._lookup(scope, n))
        self._fill_arm(t, path, value, scope)

    def _same_bytes(self, t32, path):
        """Is the member at `path` of the top record laid out byte for byte
        alike on x86_32 and x86_64 (found by the same member names)?"""
        t64 = self.em.m64.records.get(self.top.key) if self.top.key else None
        for name in [p for p in re.sub(r"\[\d+\]", "", path).split(".") if p]:
            if t64 is None:
                return False
            t64 = self.em.m64.resolve(t64)
            rec = self.em.m64.records.get(t64.key) if isinstance(t64, RecordRef) else t64
            fields = [g for g in getattr(rec, "fields", ()) if g.name == name]
            t64 = self.em.m64.resolve(fields[0].type) if fields else None
            while isinstance(t64, Array):
                t64 = self.em.m64.resolve(t64.elem)
        return t64 is not None and \
            self.em.byte_shape(self.m32, self.lay, t32) == self.em.byte_shape(self.em.m64, self.em.l64, t64)

    def _fill_arm(self, union, path, value, scope):
        if isinstance(union, RecordRef):
            union = self.m32.records[union.key]
        default = None
        for g in union.fields:
            arm = [a for a in g.annotations if a.kind == "arm"]
            if not arm:
                continue
            if arm[0].get("default"):
                default = g
                continue
            if value in [self.const(v) for v in arm[0].get("values")]:
                self._arm_member(g, f"{path}.{g.name}", scope)
                return
        if default is not None:
            self._arm_member(default, f"{path}.{default.name}", scope)

    def _arm_member(self, g, path, scope):
        """Fill the live arm; an arm that is itself a union picks its own arm."""
        t = self.m32.resolve(g.type)
        inner = self.m32.records[t.key] if isinstance(t, RecordRef) else t
        if isinstance(inner, Record) and inner.kind == "union":
            self._union(g, t, path, scope)
        else:
            self._leaf(g.type, path, g.bits)


def native_of(em, rec, path):
    """The x86_64 member path of the x86_32 leaf `path` of rec: the same path,
    except in records translated by name (members renamed or moved, see
    CompatEmitter.pairs).  None: the value is not carried; ("bitmap", path,
    byte offset): a word of a bit string, compared as bytes."""
    m = {}
    if rec.kind == "struct" and rec.key and rec.key in em.m64.records:
        r64 = em.m64.records[rec.key]
        if em.by_name(rec, r64):
            m = em.pairs(rec, r64)[1]
    for cpath in sorted(m, key=len, reverse=True):
        if path == cpath or path.startswith((cpath + ".", cpath + "[")):
            if m[cpath] is None:
                return None
            return _native_rest(em, em.member_at(em.m32, rec, cpath), m[cpath], path[len(cpath):])
    if m:
        raise KeyError(f"{rec.key}: {path} has no native counterpart")
    name = re.match(r"[A-Za-z_]\w*", path).group(0)
    return _native_rest(em, em.member_at(em.m32, rec, name), name, path[len(name):])


def _native_rest(em, f, npath, rest):
    if not rest:
        return npath
    idx = re.match(r"(\[\d+\])*", rest).group(0)
    t = em.m32.resolve(f.type)
    if idx and any(a.kind == "bitmap" for a in f.annotations):
        esize = em.l32.size_align(em.m32.resolve(t.elem))[0]
        return ("bitmap", npath, int(idx[1:-1]) * esize)
    for _ in range(idx.count("[")):
        t = em.m32.resolve(t.elem)
    rest = rest[len(idx):]
    if not rest:
        return npath + idx
    inner = em.m32.records[t.key] if isinstance(t, RecordRef) else t
    sub = native_of(em, inner, rest[1:])
    if sub is None or isinstance(sub, tuple):
        return sub if sub is None else (sub[0], f"{npath}{idx}.{sub[1]}", sub[2])
    return f"{npath}{idx}.{sub}"


def output_ranges(em, rec32, rec64, base=0, prefix="", leaves=()):
    """Byte ranges of the x86_32 record that copy-back may write when no
    sub-operation is given: members with an unconditional `dir out|inout`
    (handles excluded: their elements live in guest memory); of such a
    union translated arm by arm, the arm the walker filled (the one the
    selector picks); a union with the same bytes on both ABIs is copied whole."""
    lay = em.l32.record(rec32)
    out = []
    if em.by_name(rec32, rec64):
        return out              # no output members: the emitter refuses copy-back for these
    for f32, f64, fl in zip(rec32.fields, rec64.fields, lay.fields):
        t32, t64 = em.m32.resolve(f32.type), em.m64.resolve(f64.type)
        inner = em.m32.records[t32.key] if isinstance(t32, RecordRef) else t32
        if em.out_condition(f32) == "1":
            same = em.byte_shape(em.m32, em.l32, t32) == em.byte_shape(em.m64, em.l64, t64)
            if isinstance(inner, Record) and inner.kind == "union" and not same and any(
                    a.kind == "select" for a in f32.annotations):
                # a union translated arm by arm: only the live arm is written
                # (one with the same bytes on both ABIs is copied whole)
                out += _live_arm_ranges(em, f32, f64, inner, base + fl.offset, f"{prefix}{f32.name}.", leaves)
            elif not isinstance(t32, Handle):
                out.append((base + fl.offset, fl.size, True))
            continue
        if isinstance(t32, RecordRef) and em.m32.records[t32.key].kind == "struct":
            out += output_ranges(em, em.m32.records[t32.key], em.m64.records[t64.key], base + fl.offset,
                                 prefix + (f"{f32.name}." if f32.name else ""), leaves)
        elif isinstance(t32, Record) and t32.kind == "struct":
            out += output_ranges(em, t32, t64, base + fl.offset, prefix + (f"{f32.name}." if f32.name else ""),
                                 leaves)
    return out


def _live_arm_ranges(em, f32, f64, union32, base, at, leaves):
    """The bytes of the arm(s) the walker filled in a selected union; an arm
    that is itself a selected union translated arm by arm narrows to its own
    live arm."""
    u64 = em.m64.resolve(f64.type)
    u64 = em.m64.records[u64.key] if isinstance(u64, RecordRef) else u64
    out = []
    for arm, arm64, al in zip(union32.fields, u64.fields, em.l32.record(union32).fields):
        if not any(p == at + arm.name or p.startswith((at + arm.name + ".", at + arm.name + "["))
                   for p, _, _ in leaves):
            continue
        t32, t64 = em.m32.resolve(arm.type), em.m64.resolve(arm64.type)
        inner = em.m32.records[t32.key] if isinstance(t32, RecordRef) else t32
        same = em.byte_shape(em.m32, em.l32, t32) == em.byte_shape(em.m64, em.l64, t64)
        # an inline union is copied back arm by arm; a union type goes through
        # its own translator, which writes it whole (the live arm, zero elsewhere)
        if isinstance(t32, Record) and inner.kind == "union" and not same and \
                any(a.kind == "select" for a in arm.annotations):
            out += _live_arm_ranges(em, arm, arm64, inner, base + al.offset, f"{at}{arm.name}.", leaves)
        else:
            # the arm's members must come back; its padding may be copied
            # with them (an arm with the same bytes is copied whole) or not
            out.append((base + al.offset, al.size, False))
            out += _member_ranges(em, t32, base + al.offset, al.size)
    return out


def _member_ranges(em, t32, base, size):
    """The bytes copy-back writes for a live arm: a struct's members one by
    one (its padding stays as the caller wrote it), anything else whole."""
    t32 = em.m32.resolve(t32)
    rec = em.m32.records[t32.key] if isinstance(t32, RecordRef) else t32
    if not (isinstance(rec, Record) and rec.kind == "struct"):
        return [(base, size, True)]
    out = []
    for f, fl in zip(rec.fields, em.l32.record(rec).fields):
        if f.bits is not None:
            out.append((base + fl.offset, fl.size, True))
        else:
            out += _member_ranges(em, f.type, base + fl.offset, fl.size)
    return out


def c_lit(v, kind):
    if kind == "s":
        return f"(int64_t){v}LL" if v >= 0 else f"(int64_t)({v}LL)"
    return f"UINT64_C({v})"


def fill_lines(leaves, indent="        "):
    """C statements giving the x86_32 structure `r` the walker's values."""
    out = []
    for path, kind, v in leaves:
        if kind in "Ahp":
            out.append(f"{indent}{{ uint32_t v = {v[0] if kind == 'A' else v}u; memcpy(&r.{path}, &v, 4); }}")
        elif kind == "H":
            out.append(f"{indent}{{ uint64_t v = UINT64_C({v}); memcpy(&r.{path}, &v, 8); }}")
        else:
            out.append(f"{indent}r.{path} = {c_lit(v, kind)};")
    return out


def valid_when_values(m32, rec):
    """{member: value} that the `valid_when MEMBER == VALUE` annotations of
    rec's lists ask for (setup_table: status == GNTST_okay).  Another form
    of condition is an error: no case is left out silently."""
    out = {}
    for g in rec.fields:
        for a in g.annotations:
            if a.kind != "valid_when":
                continue
            toks = a.get("expr").tokens
            if len(toks) != 3 or toks[1] != "==":
                raise SystemExit(f"FAIL: {rec.key}: valid_when {' '.join(toks)}: the tests drive "
                                 "MEMBER == VALUE only")
            out[toks[0]] = m32.constants[toks[2]].value if toks[2] in m32.constants else int(toks[2], 0)
    return out


def output_only(em, rec, path, subop):
    """Is the list at x86_32 `path` output only for this sub-op, by its `dir`
    annotations (then the translator does not read it)?"""
    if subop is None:
        return False
    f = em.member_at(em.m32, rec, path)
    dirs = [a for a in (f.annotations if f is not None else ()) if a.kind == "dir"]
    out = any(a.get("dir") == "out" and subop in (a.get("subops") or ()) for a in dirs)
    read = any(a.get("dir") in ("in", "inout") and subop in (a.get("subops") or ()) for a in dirs)
    return out and not read


def check_lines(em, rec, leaves, d, label, guard="", subop=None):
    """EXPECTs that the native structure `d` (a C prefix: "d." or "d->")
    holds the walker's values: each x86_32 leaf at its native path, arrays
    behind handles element by element (`guard` prefixes those conditions);
    a list that is output only for `subop` is not read: its native elements
    are zero."""
    out = []
    for path, kind, v in leaves:
        what = f"{label}.{path}"
        np = native_of(em, rec, path)
        if np is None:
            continue            # not carried to the native layout
        if isinstance(np, tuple):
            out.append(f'        {{ uint32_t v = {v}u; EXPECT(memcmp((const unsigned char *)&{d}{np[1]} + '
                       f'{np[2]}, &v, 4) == 0, "{what}"); }}')
        elif kind == "A":
            acc = v[4]
            unread = output_only(em, rec, path, subop)
            for k, val in enumerate(v[1]):
                want = 0 if unread else val
                out.append(f'        EXPECT({guard}{d}{np}{acc} != NULL && (uint64_t){d}{np}{acc}[{k}] == {want}u, '
                           f'"{what}[{k}]{" (output only: not read)" if unread else ""}");')
            if not v[1]:
                # an empty array at a guest address keeps a non-null native pointer
                out.append(f'        EXPECT({guard}{d}{np}{acc} != NULL, "{what}: empty, not null");')
        elif kind == "h":
            out.append(f'        EXPECT((uint64_t)(uintptr_t){d}{np}.p == {v}u, "{what}");')
        elif kind == "p":
            out.append(f'        EXPECT((uint64_t)(uintptr_t){d}{np} == {v}u, "{what}");')
        elif kind == "H":
            out.append(f'        {{ uint64_t v; memcpy(&v, &{d}{np}, 8); EXPECT(v == UINT64_C({v}), "{what}"); }}')
        elif kind == "s":
            out.append(f'        EXPECT((int64_t){d}{np} == {c_lit(v, kind)}, "{what}");')
        else:
            out.append(f'        EXPECT((uint64_t){d}{np} == {c_lit(v, kind)}, "{what}");')
    return out


def producer_source(records, plans):
    lines = ["#include <stdint.h>", "#include <stdio.h>", "#include <string.h>",
             '#include "xen/public/xen.h"']
    for h in sorted({rec.path for rec in records}):
        lines.append(f'#include "{include_name(h)}"')
    lines += ["static void dump(const char *name, const void *p, size_t n)", "{",
              "    const unsigned char *b = p; size_t i;", '    printf("REC %s ", name);',
              '    for (i = 0; i < n; i++) printf("%02x", b[i]);', '    printf("\\n");', "}",
              "int main(void)", "{"]
    for rec, (leaves, _, _, _) in zip(records, plans):
        t = rec.key
        lines.append("    {")
        lines.append(f"        {t} r;")
        lines.append("        memset(&r, 0, sizeof(r));")
        lines += fill_lines(leaves)
        lines.append(f'        dump("{cname(rec.key)}", &r, sizeof(r));')
        lines.append("    }")
    lines += ["    return 0;", "}"]
    return "\n".join(lines) + "\n"


def consumer_source(records, plans, dumps, em, mem):
    lines = ["#include <stdint.h>", "#include <stdio.h>", "#include <string.h>", "#include <stddef.h>",
             '#include "xen/public/xen.h"']
    for h in sorted({rec.path for rec in records}):
        lines.append(f'#include "xen/compat/{h[len("abi/"):]}"')
    lines += [f"static const unsigned char guest_orig[{max(len(mem), 1)}] = {{{', '.join(str(b) for b in mem) or '0'}}};",
              f"static unsigned char guest[{max(len(mem), 1)}], expect[{max(len(mem), 1)}];",
              "static unsigned char scratch[4096];",
              "static int from_guest(void *o, void *dst, uint64_t gaddr, size_t len)",
              "{", "    (void)o;",
              f"    if (gaddr < {Walker.GUEST_BASE} || gaddr - {Walker.GUEST_BASE} > sizeof(guest) || "
              f"len > sizeof(guest) - (gaddr - {Walker.GUEST_BASE}))", "        return -1;",
              f"    memcpy(dst, guest + (gaddr - {Walker.GUEST_BASE}), len);", "    return 0;", "}",
              "static int to_guest(void *o, uint64_t gaddr, const void *src, size_t len)",
              "{", "    (void)o;",
              f"    if (gaddr < {Walker.GUEST_BASE} || gaddr - {Walker.GUEST_BASE} > sizeof(guest) || "
              f"len > sizeof(guest) - (gaddr - {Walker.GUEST_BASE}))", "        return -1;",
              f"    memcpy(guest + (gaddr - {Walker.GUEST_BASE}), src, len);", "    return 0;", "}",
              "static void fresh(struct xenabi_xlat_ctx *ctx, size_t room)",
              "{", "    memcpy(guest, guest_orig, sizeof(guest));     /* every case starts from the guest's memory */",
              "    memset(ctx, 0, sizeof(*ctx));", "    ctx->copy_from_guest = from_guest;",
              "    ctx->copy_to_guest = to_guest;", "    ctx->scratch = scratch;", "    ctx->scratch_size = room;", "}",
              "static int failures, checks;",
              "#define EXPECT(cond, what) do { checks++; if (!(cond)) { failures++; "
              'printf("FAIL %s\\n", what); } } while (0)', "int main(void)", "{"]
    for rec, (leaves, args, selectors, zeroed) in zip(records, plans):
        n = cname(rec.key)
        native = rec.key
        compat = em.compat_spelling(rec.key)
        data = dumps[n]
        first_line = len(lines)
        lines += ["    {", f"        static const unsigned char bytes[] = {{{', '.join(f'0x{b:02x}' for b in data)}}};",
                  f"        {compat} c, back; {native} d; struct xenabi_xlat_ctx ctx; int rc; size_t i;",
                  "        fresh(&ctx, sizeof(scratch));"]
        lines += [f'        EXPECT(sizeof(c) == sizeof(bytes), "{n}: compat size equals the 32-bit size");',
                  "        memcpy(&c, bytes, sizeof(c));",
                  f"        rc = xlat_{n}_from_compat(&d, &c, &ctx);",
                  f'        EXPECT(rc == 0, "{n}: from_compat returns 0");']
        lines += check_lines(em, rec, leaves, "d.", n, guard="rc == 0 && ")
        # without a context (XLAT_(d, s) passes none): no accessors, so a list
        # with elements is -EFAULT; anything else must not touch a context
        lines += [f"        {{ {native} d2; {compat} c2; int rc2 = xlat_{n}_from_compat(&d2, &c, NULL);",
                  f'          EXPECT(rc2 == 0 || rc2 == -XENABI_EFAULT || rc2 == -XENABI_E2BIG || '
                  f'rc2 == -XENABI_EINVAL, "{n}: from_compat without a context");',
                  f"          if (rc2 == 0) {{ rc2 = xlat_{n}_to_compat(&c2, &d2, NULL);",
                  f'            EXPECT(rc2 == 0 || rc2 == -XENABI_ERANGE, "{n}: to_compat without a context"); }} }}']
        lines += ["        memset(&back, 0xa5, sizeof(back));",
                  f"        rc = xlat_{n}_to_compat(&back, &d, &ctx);",
                  f'        EXPECT(rc == 0, "{n}: to_compat returns 0");',
                  # back was filled with 0xa5: equal bytes also mean no pattern byte
                  # (no unwritten padding or union arm) reached the guest's copy
                  f'        EXPECT(memcmp(&back, bytes, sizeof(bytes)) == 0, "{n}: round trip into a 0xa5-filled '
                  'buffer gives the producer\'s exact bytes");',
                  "        memcpy(expect, guest_orig, sizeof(expect));"] + [
                  f"        memset(expect + {off}, 0, {length});   /* output only: Xen's results (zero) */"
                  for off, length in zeroed] + [
                  f'        EXPECT(memcmp(guest, expect, sizeof(guest)) == 0, "{n}: copied-back arrays: in/inout '
                  'unchanged, output-only ones hold the results");']
        # a native value or handle that does not fit in 32 bits: -ERANGE
        for path, kind, _ in leaves:
            if kind == "h":
                lines += ["        memcpy(&c, bytes, sizeof(c));", "        fresh(&ctx, sizeof(scratch));",
                          f"        rc = xlat_{n}_from_compat(&d, &c, &ctx);",
                          f"        d.{path}.p = (__typeof__(d.{path}.p))(uintptr_t)UINT64_C(0x100000000);",
                          f"        rc = xlat_{n}_to_compat(&back, &d, &ctx);",
                          f'        EXPECT(rc == -XENABI_ERANGE, "{n}.{path}: wide handle gives -ERANGE");']
                break
        for path, kind, _ in leaves:
            npath = native_of(em, rec, path)
            if kind == "u" and "[" not in path and isinstance(npath, str):
                # only where the native member is wider (decided here: C's sizeof
                # takes no bit-field, and a dead shift by 64 still warns)
                f32 = em.member_at(em.m32, rec, path)
                f64 = em.member_at(em.m64, em.m64.records.get(rec.key), npath) if rec.key else None
                if f32 is None or f64 is None or f32.bits is not None or f64.bits is not None:
                    continue
                w32, w64 = em.l32.size_align(f32.type)[0], em.l64.size_align(f64.type)[0]
                if w64 <= w32:
                    continue
                lines += ["        memcpy(&c, bytes, sizeof(c));", "        fresh(&ctx, sizeof(scratch));",
                          f"        rc = xlat_{n}_from_compat(&d, &c, &ctx);",
                          f"        d.{npath} = (__typeof__(d.{npath}))(UINT64_C(1) << {8 * w32});",
                          f"        rc = xlat_{n}_to_compat(&back, &d, &ctx);",
                          f'        EXPECT(rc == -XENABI_ERANGE, "{n}.{path}: wide value gives -ERANGE");']
        # a bit string set beyond the guest's length: -ERANGE
        for bitmap in sorted({np[1].split("[")[0] for np in (native_of(em, rec, p) for p, _, _ in leaves)
                              if isinstance(np, tuple)}):
            lines += ["        memcpy(&c, bytes, sizeof(c));", "        fresh(&ctx, sizeof(scratch));",
                      f"        rc = xlat_{n}_from_compat(&d, &c, &ctx);",
                      f"        ((unsigned char *)&d.{bitmap})[sizeof(d.{bitmap}) - 1] = 1;",
                      f"        rc = rc ? rc : xlat_{n}_to_compat(&back, &d, &ctx);",
                      f'        EXPECT(rc == -XENABI_ERANGE, "{n}.{bitmap}: a bit beyond the guest\'s bitmap gives -ERANGE");']
        # copy-back writes the output members and nothing else
        ranges = output_ranges(em, rec, em.m64.records[rec.key], leaves=leaves)
        # 1: written back exactly; 2: padding of a live arm, written back or untouched
        mask = bytearray(len(data))
        for off, length, strict in sorted(ranges, key=lambda r: r[2]):
            mask[off:off + length] = (b"\x01" if strict else b"\x02") * length
        lines += ["        fresh(&ctx, sizeof(scratch));", "        memcpy(&c, bytes, sizeof(c));",
                  f"        rc = xlat_{n}_from_compat(&d, &c, &ctx);",
                  "        memset(&back, 0xa5, sizeof(back));",
                  f"        rc = rc ? rc : xlat_{n}_copyback(&back, &d, &ctx);",
                  f'        EXPECT(rc == 0, "{n}: copy-back returns 0");',
                  f"        {{ static const unsigned char out_mask[] = {{{', '.join(str(b) for b in mask)}}};",
                  "          for (i = 0; i < sizeof(back); i++)",
                  "              if (out_mask[i] == 1 ? ((unsigned char *)&back)[i] != bytes[i]"
                  " : out_mask[i] == 2 ? (((unsigned char *)&back)[i] != bytes[i]"
                  " && ((unsigned char *)&back)[i] != 0xa5)"
                  " : ((unsigned char *)&back)[i] != 0xa5) {",
                  f'                  EXPECT(0, "{n}: copy-back writes exactly the output members"); break; }} }}']
        # arrays: a scratch area too small for all elements gives the number
        # done, and a continuation finishes; no room at all is -E2BIG
        arrays = [(p, v) for p, k, v in leaves if k == "A"]
        single = arrays if len(arrays) == 1 and len(arrays[0][1][1]) >= 2 and not arrays[0][1][3] else []
        for path, (gaddr, values, esize, _, acc) in single:
            lines += ["        fresh(&ctx, sizeof(d." + path + acc + "[0]));",
                      "        memcpy(&c, bytes, sizeof(c));",
                      f"        rc = xlat_{n}_from_compat(&d, &c, &ctx);",
                      f'        EXPECT(rc == 1, "{n}.{path}: a one-element scratch area translates one element");',
                      f'        EXPECT(rc == 1 && (uint64_t)d.{path}{acc}[0] == {values[0]}u, "{n}.{path}: the first element");',
                      "        fresh(&ctx, sizeof(scratch));", "        ctx.start = 1;",
                      f"        rc = xlat_{n}_from_compat(&d, &c, &ctx);",
                      f'        EXPECT(rc == 0, "{n}.{path}: the continuation completes");',
                      f'        EXPECT(rc == 0 && (uint64_t)d.{path}{acc}[0] == {values[1]}u, "{n}.{path}: the continuation starts at element 1");',
                      "        fresh(&ctx, 0);",
                      f"        rc = xlat_{n}_from_compat(&d, &c, &ctx);",
                      f'        EXPECT(rc == -XENABI_E2BIG, "{n}.{path}: no scratch room gives -E2BIG");',
                      "        fresh(&ctx, sizeof(scratch));",
                      f"        {{ uint32_t bad = 0xfffff000u; memcpy(&c.{path}, &bad, 4); }}",
                      f"        rc = xlat_{n}_from_compat(&d, &c, &ctx);",
                      f'        EXPECT(rc == -XENABI_EFAULT, "{n}.{path}: an unmapped guest array gives -EFAULT");',
                      "        fresh(&ctx, sizeof(scratch));"]
        # a selector that names no arm, or a value refused to 32-bit guests: -EINVAL
        for path, values, has_default, bad in selectors:
            if has_default:
                continue
            if bad is None:
                bad = next(v for v in range(0x7fff0000, 0x7fffffff) if v not in values)
            lines += ["        memcpy(&c, bytes, sizeof(c));", "        fresh(&ctx, sizeof(scratch));",
                      f"        c.{path} = {bad};",
                      f"        rc = xlat_{n}_from_compat(&d, &c, &ctx);",
                      f'        EXPECT(rc == -XENABI_EINVAL, "{n}.{path}: unknown selector gives -EINVAL");']
        # every case of this record starts from a fresh context with the
        # hypercall arguments its selectors read (`select arg1`)
        set_args = [f"        ctx.arg[{i}] = {a}u;" for i, a in enumerate(args) if a]
        body, lines[first_line:] = lines[first_line:], []
        for line in body:
            lines.append(line)
            if line.strip().startswith("fresh(&ctx,"):
                lines += set_args
        lines += ["    }"]
    lines += ['    printf("%d passed, %d failed\\n", checks - failures, failures);',
              "    return failures != 0;", "}"]
    return "\n".join(lines) + "\n"


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        sys.stdout.write(r.stdout[-4000:] + r.stderr[-4000:])
        raise SystemExit(f"failed: {' '.join(cmd[:3])} ...")
    return r.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--generated", required=True)
    ap.add_argument("--seed", type=int, default=None)
    a = ap.parse_args()
    seed = a.seed if a.seed is not None else random.randrange(1 << 32)
    print(f"seed {seed} (rerun with --seed {seed})")
    for cc in ("gcc",):
        if not shutil.which(cc):
            print(f"FAIL: no {cc}")
            return 1
    desc = frontend.load(ROOT, profiles=["x86_32", "x86_64"])
    em = CompatEmitter(desc)
    rng = random.Random(seed)
    records, plans = [], []
    mem, zeroed = bytearray(), []
    order = {k: i for i, k in enumerate(em.m32.records)}
    unexercised = []
    for key in sorted(em.translated, key=order.get):     # declaration order: reproducible
        rec = em.m32.records[key]
        try:
            zeroed = []
            plans.append(Walker(em, rng, mem, zeroed).run(rec) + (zeroed,))
            records.append(rec)
        except KeyError as e:
            unexercised.append(f"{key} ({e})")
    # A record (or union) selected from the record holding it (gnttab_copy's
    # `on source select u: ...` for gnttab_copy_ptr) has no selector of its
    # own: it is exercised inside its holder, which must itself be exercised.
    done = {r.key for r in records}
    through = {}
    def selected_members(rec):
        """(type key, field) of every member with a `select`, nested records included."""
        for f in rec.fields:
            t = em.m32.resolve(f.type)
            key = t.key if isinstance(t, (RecordRef, Record)) else None
            if key and any(a.kind == "select" for a in f.annotations):
                yield key, f
            if isinstance(t, Record):
                yield from selected_members(t)

    for key in list(unexercised):
        k = key.split(" (")[0]
        for holder in records:
            if any(tk == k for tk, _ in selected_members(holder)):
                through[k] = holder.key
        if k in through and through[k] in done:
            unexercised.remove(key)
            print(f"exercised inside {through[k]}: {k} (its union's selector is in the holder)")
    if unexercised:
        # every translator the generator emits must be exercised: one the
        # test cannot drive is a failure, not a note
        for u in unexercised:
            print(f"FAIL: translated record not exercised: {u}")
        print(f"{len(records)} exercised, {len(unexercised)} not: 0 passed, 1 failed")
        return 1

    inc = ["-I", os.path.join(a.generated, "include")]
    with tempfile.TemporaryDirectory() as tmp:
        if os.environ.get("XENABI_KEEP"):
            tmp = os.environ["XENABI_KEEP"]     # keep the generated programs for debugging
            os.makedirs(tmp, exist_ok=True)
        prod_c, prod = os.path.join(tmp, "producer.c"), os.path.join(tmp, "producer")
        with open(prod_c, "w") as fh:
            fh.write(producer_source(records, plans))
        run(["gcc", "-m32", "-std=gnu11", "-D__XEN_TOOLS__", "-w"] + inc + ["-o", prod, prod_c])
        dumps = {}
        for line in run([prod]).splitlines():
            _, name, hexbytes = line.split()
            dumps[name] = bytes.fromhex(hexbytes)
        cons_c, cons = os.path.join(tmp, "consumer.c"), os.path.join(tmp, "consumer")
        with open(cons_c, "w") as fh:
            fh.write(consumer_source(records, plans, dumps, em, mem))
        run(["gcc", "-m64", "-std=gnu11", "-D__XEN_TOOLS__", "-fsanitize=address,undefined",
             "-fno-sanitize-recover=all", "-I", os.path.join(a.generated, "compat", "include"),
             "-I", os.path.join(ROOT, "compat", "runtime")] + inc + ["-o", cons, cons_c])
        out = subprocess.run([cons], capture_output=True, text=True)
        sys.stdout.write("\n".join(out.stdout.splitlines()[-40:]) + "\n" + out.stderr[-3000:])
        print(f"{len(records)} translated records produced by a -m32 program, checked field by field "
              f"and round-tripped")
        return out.returncode


if __name__ == "__main__":
    sys.exit(main())
