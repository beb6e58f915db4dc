"""Checks: the dialect's rules that need the whole model.

The front end already rejected what cannot be modelled (bare long, pointers,
unknown types...).  This pass checks what the model says: duplicate members,
bit-field widths, flexible arrays, guest handles, every annotation's names
and types, and that records marked invariant have no holes and one layout.
Every problem is reported with its location; nothing stops at the first.
"""

from .annotations import ExprError, arg_index, eval_tree
from .layout import Layouter, all_holes
from .model import Array, EnumRef, Handle, Named, Pointer, Record, RecordRef, Scalar
from .profiles import PROFILE_SCALARS, PROFILES, SPELLING, is_scalar
from .tables import type_named



def check(desc, sink):
    compare_invariant({name: check_profile(mod, sink, desc) for name, mod in desc.modules.items()}, sink)


def check_profile(mod, sink, desc=None):
    """Check one profile's module; returns its invariant records' layouts,
    for compare_invariant (which needs every profile's).  With the
    description (its include graph), also that every file includes what it uses."""
    _Checker(mod, sink).run()
    if desc is not None:
        _declared_where_visible(mod, sink, desc)
    return _invariant_layouts(mod, sink)


# The dialect's scalars whose C declaration is in the architecture headers
# (the others are C's own or <stdint.h>'s).
ARCH_SCALARS = set(PROFILE_SCALARS) - set(SPELLING)


def _declared_where_visible(mod, sink, desc):
    """Every type a file uses is declared in a file it includes (directly or
    not), so that each generated header compiles on its own: the description
    is parsed as one unit, where a missing #include goes unnoticed."""
    where = {}
    for table in (mod.typedefs, mod.records, mod.enums, mod.handles):
        for name, decl in table.items():
            where[id(table), name] = decl.loc.path

    def uses(t, refs, scalars, through_pointer=False):
        """The declarations t names (refs: (table, name)) and the scalars it
        lays out (scalars; not those only behind a pointer)."""
        if isinstance(t, Named):
            refs.append((mod.typedefs, t.name))
        elif isinstance(t, RecordRef):
            refs.append((mod.records, t.key))
        elif isinstance(t, EnumRef):
            refs.append((mod.enums, t.key))
        elif isinstance(t, Handle):
            refs.append((mod.handles, t.name))
        elif isinstance(t, Scalar):
            if not through_pointer:
                scalars.add(t.name)
        elif isinstance(t, Array):
            uses(t.elem, refs, scalars, through_pointer)
        elif isinstance(t, Pointer):
            uses(t.target, refs, scalars, True)
        elif isinstance(t, Record):
            for f in t.fields:
                uses(f.type, refs, scalars, through_pointer)
        return refs, scalars

    def check_uses(path, loc, t):
        refs, scalars = uses(t, [], set())
        scalars &= ARCH_SCALARS
        if scalars and "abi/xen.h" not in desc.visible(path) and "abi/xen.h" in desc.sources:
            sink.error(loc, f"'{sorted(scalars)[0]}' is declared by the architecture headers, which "
                            f"{path} does not include (include xen.h: each generated header must "
                            "compile on its own)")
        for table, name in refs:
            decl = where.get((id(table), name))
            if decl is not None and decl != path and decl in desc.sources and decl not in desc.visible(path):
                sink.error(loc, f"'{name}' is declared in {decl}, which {path} does not include "
                                "(each generated header must compile on its own)")

    for rec in mod.records.values():
        if rec.loc.path in desc.sources:
            for f in rec.fields:
                check_uses(rec.loc.path, f.loc, f.type)
    for td in mod.typedefs.values():
        if td.loc.path in desc.sources:
            check_uses(td.loc.path, td.loc, td.type)


# the size of the pages Xen shares with guests (XEN_PAGE_SIZE)
SHARED_PAGE = 4096


class _Checker:
    def __init__(self, mod, sink):
        self.mod, self.sink = mod, sink
        self.lay = Layouter.for_module(mod)
        self._local_cache = {}          # id(record) -> where its local pointer is (_local_suffix)
        self._tables = {}               # (kind, name, hypercall) -> where the table is declared

    def err(self, loc, msg):
        self.sink.error(loc, msg)

    def run(self):
        for rec in self.mod.records.values():
            self._record(rec, [rec])
            self._size_limit(rec)
        for ann in self.mod.annotations:
            self._table(ann)

    def _size_limit(self, rec):
        """No object larger than the profile's compilers accept (PTRDIFF_MAX)."""
        limit = (1 << (8 * PROFILES[self.mod.profile].pointer - 1)) - 1
        rl = self.lay.record(rec)
        if rl.size <= limit:
            return
        # the innermost member that makes it too large: into members that are
        # records themselves too large (an array of them is its own cause)
        where, cur, cur_rl = rec.loc, rec, rl
        while True:
            byname = {f.name: f for f in cur.fields}
            hit = next((f for f in cur_rl.fields if f.offset + f.size > limit), None)
            field = byname.get(hit.name) if hit is not None else None
            if field is None:
                break
            where = field.loc
            inner = self.record_of(field.type)
            if inner is None or inner is cur:
                break
            cur, cur_rl = inner, self.lay.record(inner)
            if cur_rl.size <= limit:
                break
        self.err(where, f"'{rec.key}' would be {rl.size} bytes on {self.mod.profile}, larger than any "
                        f"object there ({limit} bytes)")

    # -- helpers -------------------------------------------------------------
    def record_of(self, t):
        t = self.mod.resolve(t)
        if isinstance(t, RecordRef):
            return self.mod.records.get(t.key)
        return t if isinstance(t, Record) else None

    def is_integer(self, t):
        t = self.mod.resolve(t)
        return isinstance(t, (Scalar, EnumRef))

    def members(self, rec):
        """(name, Field) of a record, looking through anonymous members."""
        for f in rec.fields:
            if f.name is None:
                inner = self.record_of(f.type)
                if inner is not None:
                    yield from self.members(inner)
            else:
                yield f.name, f

    def lookup(self, scope, dotted):
        """Resolve a dotted member path from the innermost record outwards."""
        parts = dotted.split(".")
        for rec in reversed(scope):
            found = dict(self.members(rec)).get(parts[0])
            if found is None:
                continue
            for p in parts[1:]:
                inner = self.record_of(found.type)
                if inner is None:
                    return None
                found = dict(self.members(inner)).get(p)
                if found is None:
                    return None
            return found
        return None

    def constant_parts_ok(self, ann, expr):
        """Every part of an expression that uses only constants evaluates
        (shift counts 0..63, no division by zero, 64 bits, integer constants);
        the parts that read members or arguments are evaluated at run time."""
        consts = self.mod.constants

        def is_const(node):
            if node[0] == "num":
                return True
            if node[0] == "name":
                return node[1] in consts
            return all(is_const(k) for k in node[2:])

        def lookup(name):
            return consts[name].value

        def walk(node):
            if node[0] in ("num", "name"):
                if node[0] == "name" and node[1] in consts and consts[node[1]].value is None:
                    self.err(ann.loc, f"'{ann.kind}': constant '{node[1]}' has no integer value")
                    return False
                return True
            kids_ok = all(walk(k) for k in node[2:])
            if kids_ok and node[0] == "bin" and node[1] in ("/", "%", "<<", ">>") and is_const(node[3]):
                # a member divided by zero, or shifted too far, fails whatever it holds
                try:
                    right = eval_tree(node[3], lookup)
                except ExprError:
                    right = None
                if right == 0 and node[1] in ("/", "%"):
                    self.err(ann.loc, f"'{ann.kind}': division by zero in '{expr}'")
                    return False
                if right is not None and node[1] in ("<<", ">>") and not 0 <= right <= 63:
                    self.err(ann.loc, f"'{ann.kind}': shift count {right} is outside 0..63 in '{expr}'")
                    return False
            if kids_ok and is_const(node):
                try:
                    eval_tree(node, lookup)
                except ExprError as e:
                    self.err(ann.loc, f"'{ann.kind}': {e} in '{expr}'")
                    return False
            return kids_ok

        walk(expr.tree)

    def names_ok(self, ann, expr, scope, what, want_integer=True):
        """Every name in an expression is a member, an argument or a constant."""
        self.constant_parts_ok(ann, expr)
        for name in expr.names:
            if arg_index(name):
                continue
            if name in self.mod.constants:
                continue
            f = self.lookup(scope, name)
            if f is None:
                self.err(ann.loc, f"'{ann.kind}' names '{name}', which is neither a member of "
                                  f"'{scope[0].key}' nor a constant")
            elif want_integer and not self.is_integer(f.type):
                self.err(ann.loc, f"{what} '{name}' is not an integer member")

    # -- records -------------------------------------------------------------
    def _record(self, rec, scope):
        seen = {}
        for name, f in self.members(rec):
            if name in seen:
                self.err(f.loc, f"duplicate member '{name}' in '{scope[0].key}' (first at line {seen[name].line})")
            else:
                seen[name] = f.loc
        for i, f in enumerate(rec.fields):
            self._field(rec, f, scope, last=(i == len(rec.fields) - 1))
        if rec.kind == "union":
            self._arms_unambiguous(rec)
        for ann in rec.annotations:
            if ann.kind != "select":
                continue
            if rec.kind != "union":
                self.err(ann.loc, f"'select' before a declaration needs a union, but '{rec.key}' is a struct")
                continue
            if not any(a.kind == "arm" for uf in rec.fields for a in uf.annotations):
                self.err(ann.loc, f"union selector for '{rec.key}' but the union has no 'arm' annotations")
            self.names_ok(ann, ann.get("expr"), scope, "selector", want_integer=True)
        empty = any(a.kind == "empty" for a in rec.annotations)
        if not rec.fields and not empty:
            self.err(rec.loc, f"'{rec.key or rec.kind}' has no members: empty records are a GNU extension "
                              "whose size differs between C and C++; mark an upstream one with "
                              "'#pragma xenabi empty'")
        if rec.fields and empty:
            self.err(rec.loc, f"'{rec.key}' is marked empty but has members")
        for ann in rec.annotations:
            if ann.kind == "page" and self.lay.record(rec).size > SHARED_PAGE:
                self.err(ann.loc, f"'{rec.key}' is marked as a shared page but is {self.lay.record(rec).size} "
                                  f"bytes on {self.mod.profile}, more than a page ({SHARED_PAGE})")

    def _pointer(self, rec, f, t):
        """A pointer is allowed only as a union arm that a sibling of at least
        pointer size and alignment already sizes on this profile."""
        if t.user or t.local:
            return          # a Linux user pointer or a local one: pointer-sized on every profile by definition
        if rec.kind != "union":
            self.err(f.loc, "pointer: pointers change size between profiles; use XEN_GUEST_HANDLE(T) "
                            "or XEN_GUEST_HANDLE_64(T)")
            return
        ptr = PROFILES[self.mod.profile].pointer
        for other in rec.fields:
            if other is f or isinstance(self.mod.resolve(other.type), Pointer):
                continue
            size, align = self.lay.size_align(other.type)
            if size >= ptr and align >= ptr:
                return
        self.err(f.loc, f"pointer member '{f.name}' would change the layout of its union on "
                        f"{self.mod.profile}: a pointer is only allowed beside a member that fixes the "
                        "union's size and alignment (e.g. uint64_t)")

    def _field(self, rec, f, scope, last):
        t = self.mod.resolve(f.type)
        if isinstance(t, Pointer):
            self._pointer(rec, f, t)
            if not (t.user or t.local):
                return
        if f.bits is not None:
            if not isinstance(t, (Scalar, EnumRef)):
                self.err(f.loc, f"bit-field '{f.name}' must have an integer type")
            else:
                size, _ = self.lay.size_align(t)
                if f.bits > size * 8:
                    self.err(f.loc, f"bit-field '{f.name}' is {f.bits} bits wide, wider than its "
                                    f"{size * 8}-bit type")
                if f.bits == 0 and f.name is not None:
                    self.err(f.loc, f"zero-width bit-field '{f.name}' must be unnamed")
        if isinstance(t, Array) and t.dim is None and not (last and rec.kind == "struct"):
            self.err(f.loc, f"flexible array '{f.name}' must be the last member of a struct")
        base = t
        while isinstance(base, Array):
            base = self.mod.resolve(base.elem)
        if isinstance(base, Handle) and base.name not in self.mod.handles:
            self.err(f.loc, f"XEN_GUEST_HANDLE({base.name}): no DEFINE_XEN_GUEST_HANDLE({base.name}) "
                            "before this use")
        inner = self.record_of(t) if isinstance(t, Record) else None
        if inner is not None:
            self._record(inner, scope + [inner])
        for ann in f.annotations:
            self._field_annotation(rec, f, ann, scope)

    def _field_annotation(self, rec, f, ann, scope):
        t = self.mod.resolve(f.type)
        if ann.kind == "count":
            trailing = isinstance(t, Array) and rec.fields and f is rec.fields[-1] and t.dim in (None, 0, 1)
            if not (isinstance(t, Handle) or (isinstance(t, Pointer) and t.user) or trailing):
                self.err(ann.loc, f"'count' annotates a guest handle, a user pointer or a trailing "
                                  f"array (flexible, GNU [0] or the old [1] idiom), but '{f.name}' is none of these")
            self.names_ok(ann, ann.get("expr"), scope, "count")
        elif ann.kind == "dir":
            for sub in ann.get("subops"):
                if sub not in self.mod.constants:
                    self.err(ann.loc, f"'dir' names sub-op '{sub}', which is not a defined constant")
        elif ann.kind == "select":
            union = t
            member = ann.get("member")
            target = self.record_of(t)
            if member is not None:
                holder = target
                found = dict(self.members(holder)).get(member) if holder else None
                union = self.record_of(found.type) if found else None
                if found is None:
                    self.err(ann.loc, f"'select {member}:' but '{f.name}' has no member '{member}'")
                    return
            else:
                union = target
            if union is None or union.kind != "union":
                self.err(ann.loc, "'select' needs a union, but the selected member is not one")
                return
            arms = [a for uf in union.fields for a in uf.annotations if a.kind == "arm"]
            if not arms:
                self.err(ann.loc, f"union selector for '{f.name}' but the union has no 'arm' annotations")
            self.names_ok(ann, ann.get("expr"), scope, "selector", want_integer=True)
            for v in ann.get("unused") or ():
                for name in v.names:
                    if name not in self.mod.constants:
                        self.err(ann.loc, f"'select ... unused' value '{name}' is not a defined constant")
        elif ann.kind == "bitmap":
            elem = t
            while isinstance(elem, Array):
                elem = self.mod.resolve(elem.elem)
            if not isinstance(t, Array) or t.dim is None or not isinstance(elem, Scalar):
                self.err(ann.loc, f"'bitmap' annotates a fixed array of integers, but '{f.name}' is not one")
        elif ann.kind == "arm":
            if rec.kind != "union":
                self.err(ann.loc, "'arm' annotates a member of a union")
            for v in ann.get("values") or ():
                for name in v.names:
                    if name not in self.mod.constants:
                        self.err(ann.loc, f"'arm' value '{name}' is not a defined constant")
                if all(n in self.mod.constants for n in v.names):
                    self.constant_parts_ok(ann, v)

    def _arms_unambiguous(self, union):
        """One selector value names one arm: no value twice, one default at
        most, one 'arm' line per member (a later one would be ignored)."""
        seen, default = {}, None
        for f in union.fields:
            arms = [a for a in f.annotations if a.kind == "arm"]
            for extra in arms[1:]:
                self.err(extra.loc, f"a second 'arm' for member '{f.name}' (one 'arm' line lists all its values)")
            if not arms:
                continue
            arm = arms[0]
            if arm.get("default"):
                if default is not None:
                    self.err(arm.loc, f"a second 'arm default' (the first is '{default}')")
                default = default or f.name
                continue
            for v in arm.get("values") or ():
                try:
                    value = v.evaluate(lambda n: self.mod.constants[n].value)
                except (ExprError, KeyError, TypeError):
                    continue            # reported as an unknown or bad value
                if value in seen and seen[value] != f.name:
                    self.err(arm.loc, f"arm value {' '.join(v.tokens)} (= {value}) also selects "
                                      f"'{seen[value]}'")
                seen.setdefault(value, f.name)

    # -- tables --------------------------------------------------------------
    def _type_exists(self, name):
        return (name in self.mod.typedefs or f"struct {name}" in self.mod.records
                or name in self.mod.records or is_scalar(name) or name == "void")

    def _args(self, ann):
        seen = set()
        for key, val in ann.args:
            if key in seen:
                self.err(ann.loc, f"'{key}' given twice (the later one would be ignored)")
            seen.add(key)
            if not arg_index(key):
                continue
            typ, count, _ = val
            if not self._type_exists(typ):
                self.err(ann.loc, f"{key}: unknown type '{typ}'")
            else:
                where = self._local_pointer(self.record_of(type_named(self.mod, typ)), typ)
                if where:
                    self.err(ann.loc, f"{key}: '{typ}' holds a local pointer ({where}), which points into "
                                      "one program's own memory and cannot be a hypercall argument")
            if count is not None:
                for n in count.names:
                    if not arg_index(n) and n not in self.mod.constants:
                        self.err(ann.loc, f"{key}: count '{n}' is neither an argument nor a constant")
                self.constant_parts_ok(ann, count)

    def _subop_member(self, ann):
        """subop=argN.MEMBER: argN points to a record with an integer MEMBER."""
        arg, member = ann.get("subop_member")
        spec = dict(ann.args).get(arg)
        if spec is None:
            self.err(ann.loc, f"subop={arg}.{member}: the line gives no {arg}=TYPE to find {member} in")
            return
        if not self._type_exists(spec[0]):
            return                      # reported by _args
        rec = self.record_of(type_named(self.mod, spec[0]))
        field = dict(self.members(rec)).get(member) if rec is not None else None
        if field is None or not self.is_integer(field.type):
            self.err(ann.loc, f"subop={arg}.{member}: '{spec[0]}' has no integer member '{member}'")

    def _local_pointer(self, rec, path):
        """The member path of a local pointer (XENABI_LOCAL_PTR) in rec, or None."""
        suffix = self._local_suffix(rec)
        return None if suffix is None else path + suffix

    def _local_suffix(self, rec):
        """Where in rec a local pointer sits (".a.b", "" for none found is None);
        computed once per record (many tables name the same large records)."""
        if rec is None:
            return None
        cache = self._local_cache
        if id(rec) in cache:
            return cache[id(rec)]
        cache[id(rec)] = None           # a record holding itself finds nothing more
        found = None
        for f in rec.fields:
            t = self.mod.resolve(f.type)
            while isinstance(t, Array):
                t = self.mod.resolve(t.elem)
            here = f".{f.name}" if f.name else ""
            if isinstance(t, Pointer) and t.local:
                found = here
                break
            inner = self._local_suffix(self.record_of(t))
            if inner is not None:
                found = here + inner
                break
        cache[id(rec)] = found
        return found

    def _table(self, ann):
        key = (ann.kind, ann.get("name"), ann.get("hypercall"))
        first = self._tables.setdefault(key, ann.loc)
        if first != ann.loc:
            self.err(ann.loc, f"'{ann.kind} {' '.join(k for k in key[:0:-1] if k)}' is declared twice "
                              f"(first at {first}; the later one would be ignored)")
        if ann.kind == "hypercall":
            name = ann.get("name")
            if f"__HYPERVISOR_{name}" not in self.mod.constants:
                self.err(ann.loc, f"hypercall '{name}': no constant __HYPERVISOR_{name}")
            self._args(ann)
            if ann.get("subop_member") is not None:
                self._subop_member(ann)
        elif ann.kind == "subop":
            hc = ann.get("hypercall")
            calls = [a for a in self.mod.annotations if a.kind == "hypercall" and a.get("name") == hc]
            if not calls:
                self.err(ann.loc, f"sub-op of '{hc}', which no 'hypercall' annotation declares")
            elif calls[0].get("subop") is None and calls[0].get("subop_member") is None:
                self.err(ann.loc, f"sub-op of '{hc}', whose hypercall line ({calls[0].loc}) names no sub-op "
                                  "selector (subop=argN, or subop=argN.MEMBER): the line would be ignored")
            if ann.get("name") not in self.mod.constants:
                self.err(ann.loc, f"sub-op '{ann.get('name')}' is not a defined constant")
            self._args(ann)


def _invariant_layouts(mod, sink):
    """Records marked invariant: no holes (reported here); returns
    {key: (loc, layout signature)} for compare_invariant."""
    out = {}
    lay = Layouter.for_module(mod)
    for key, rec in mod.records.items():
        if not any(a.kind == "invariant" for a in rec.annotations):
            continue
        rl = lay.record(rec)
        for off, size, where in all_holes(rl):
            sink.error(rec.loc, f"'{key}' is marked invariant but has a {size}-byte hole at offset "
                                f"{off} ({where}) on {mod.profile}")
        out[key] = (rec.loc, (rl.size, rl.align, tuple((f.name, f.offset, f.size) for f in rl.fields)))
    return out


def compare_invariant(by_profile, sink):
    """Records marked invariant have one layout on every profile
    (by_profile: profile name -> _invariant_layouts, in profile order)."""
    seen = {}
    for profile, layouts in by_profile.items():
        for key, (loc, sig) in layouts.items():
            if key in seen and seen[key][1] != sig:
                sink.error(loc, f"'{key}' is marked invariant but its layout differs between "
                                f"{seen[key][0]} and {profile}")
            seen.setdefault(key, (profile, sig))
