"""Emitter: hypercall-buffer bounce descriptors, compat/include/xen/bounce/tables.h.

A caller that issues hypercalls from ordinary memory (a toolstack process)
has to hand Xen copies of its buffers that live in memory the hypervisor may
touch ("hypercall-safe" memory).  The description already says, for every
(hypercall, sub-op), which argument points to which structure, and, for
every guest handle inside that structure, how many elements it points to and
which way they flow.  This emitter turns that into tables the hand-written
runtime compat/runtime/xenabi_bounce.h walks:

- one `struct xenabi_bounce_op` per (hypercall, sub-op), and one per
  hypercall without sub-ops, found by `xenabi_bounce_lookup(op, subop)`;
- for each argument that points to memory (`argN=TYPE:DIR` or
  `argN=TYPE[COUNT]:DIR`), a `struct xenabi_bounce_arg`: which argument,
  element size, count (1, another argument, or a constant), direction, the
  flexible array at its end if it has a counted one, and the guest handles
  inside each element;
- for each guest handle, a `struct xenabi_bounce_handle`: offset and size of
  the handle in the element, element size of its target, a generated count
  function (the `count` annotation, read from the members with their real
  types, in saturating arithmetic so that no value can wrap), a generated
  liveness function when the handle sits in a union arm whose selector is
  only known at run time, and the direction (`dir` for this sub-op; none
  applies: inout).

The header is profile-independent C: every size and offset is sizeof or
offsetof over the native public headers.  A table whose descriptors are not
the same on every profile (an arch-specific hypercall) is guarded by the
predefined macros of the profiles it exists on.

What cannot be bounced is said in a comment at the table (and listed by
`notes()`): handles in union members without an `arm` annotation (aliases
of another arm) or in unions without a selector, handles inside the
elements a handle points to (only one level is bounced), handles in
flexible arrays, the handles and trailing array of an output-only
argument.  A handle without a `count` gets a descriptor with no count
function, so that the runtime refuses a call that sets it instead of
passing the caller's own address to Xen.  Arguments passed by value
(`argN=TYPE` without a direction) are named in a comment.
"""
import re
from dataclasses import dataclass, field

from .diag import DescriptionError, Diag
from .emit_header import banner, include_name
from .layout import Layouter
from .annotations import ExprError, arg_index
from .naming import c_expr
from .model import Array, Handle, Named, Record, RecordRef, Void, member_path
from .tables import operations, type_named
from .profiles import PROFILES

OUTPUT = "compat/include/xen/bounce/tables.h"

_DIRS = {"in": "XENABI_BOUNCE_IN", "out": "XENABI_BOUNCE_OUT", "inout": "XENABI_BOUNCE_INOUT"}


def _ident(text):
    return re.sub(r"[^A-Za-z0-9_]", "_", text)


# ---- the plan: what each table holds, independent of C spelling --------------

@dataclass
class HandlePlan:
    path: str                   # C member path inside the element type
    elem: str                   # C expression: size of one element behind the handle
    dir: str                    # in / out / inout
    dir_note: str               # why this direction ("" when annotated for this table)
    count: str                  # C expression for the count (uses r and args); None: no
                                # `count` annotation, the runtime refuses a live, set handle
    live: str = None            # C condition for the union arms on the way, None: always live


@dataclass
class ArgPlan:
    argn: int                   # 1-based, as in the annotation
    ctype: str                  # C spelling of one element
    dir: str
    count_arg: int = 0          # 1-based argument holding the count, 0: `count`
    count: str = "1"            # C constant expression when count_arg is 0
    tail: tuple = None          # (member, element size, count C expression) of a counted flexible array
    handles: list = field(default_factory=list)
    spec_type: str = ""         # the type name as the annotation wrote it


@dataclass
class TablePlan:
    hypercall: str
    subop: str                  # None for a hypercall without sub-ops
    subop_arg: int              # 1-based argument holding the sub-op (0: none)
    args: list
    notes: list                 # what was left out, in words
    values: list = field(default_factory=list)     # arguments passed by value, in words
    loc: object = None          # the annotation that declares it
    files: tuple = ()           # description files declaring the table and its types

    @property
    def key(self):
        return (self.hypercall, self.subop)

    @property
    def name(self):
        return self.hypercall if self.subop is None else f"{self.hypercall}/{self.subop}"

    def signature(self):
        """Everything that ends up in C: equal signatures give identical tables."""
        return repr((self.subop_arg, [(a.argn, a.ctype, a.dir, a.count_arg, a.count, a.tail,
                                       [(h.path, h.elem, h.dir, h.dir_note, h.count, h.live)
                                        for h in a.handles]) for a in self.args], self.notes, self.values))


class _Planner:
    """Reads one profile's module into TablePlans."""

    def __init__(self, mod):
        self.mod = mod
        self.lay = Layouter.for_module(mod)

    # -- names and types ----------------------------------------------------
    def type_spelling(self, name):
        """C spelling of a type named in a hypercall/subop annotation."""
        t = type_named(self.mod, name)
        if isinstance(t, RecordRef):
            return t.key
        return name if isinstance(t, (Named, Void)) else self.lay.spell(t)

    def record_named(self, name):
        """The record an annotation's type name stands for, or None (a scalar
        or an array type)."""
        return self.record_of(type_named(self.mod, name))

    def record_of(self, t):
        t = self.mod.resolve(t)
        if isinstance(t, RecordRef):
            return self.mod.records.get(t.key)
        return t if isinstance(t, Record) else None

    def const_value(self, name):
        c = self.mod.constants.get(name)
        return c.value if c is not None else None

    # -- expressions ----------------------------------------------------------
    def static_value(self, expr, known_args):
        """Value of a selector that needs no structure (constants, and the
        sub-op argument, which a table fixes); None when it reads a member."""
        def value(name):
            if arg_index(name) in known_args:
                return known_args[arg_index(name)]
            v = self.const_value(name)
            if v is None:
                raise KeyError(name)
            return v
        try:
            return expr.evaluate(value)
        except (KeyError, ExprError):
            return None

    def selector_c(self, expr, scope):
        """A selector as C, in signed 64-bit arithmetic as the translators use."""
        return c_expr(expr, scope, "r->", "args")

    def count_c(self, expr, scope):
        """A count as C: unsigned 64-bit, and +, -, *, / and << saturate
        (a result too large to be real stays too large: the runtime refuses
        it against the pool room instead of wrapping to a small number)."""
        toks = list(expr.tokens)
        pos = [0]

        def peek():
            return toks[pos[0]] if pos[0] < len(toks) else None

        def take():
            pos[0] += 1
            return toks[pos[0] - 1]

        def primary():
            tok = take()
            if tok == "(":
                inner = binary(0)
                take()                              # ")" (balanced: Expr checked it)
                return inner
            if tok in ("-", "~", "!", "+"):
                operand = primary()
                return {"-": f"xenabi_bounce_sub(0, {operand})", "~": f"~{operand}",
                        "!": f"(uint64_t)!{operand}", "+": operand}[tok]
            if tok[0].isdigit():
                return f"(uint64_t){tok}"
            if arg_index(tok):
                return f"args[{arg_index(tok) - 1}]"
            path = member_path(scope, tok)
            if path is not None:
                return f"(uint64_t)r->{path}"
            return f"(uint64_t)({tok})"

        levels = [("||",), ("&&",), ("|",), ("^",), ("&",), ("==", "!="), ("<", "<=", ">", ">="),
                  ("<<", ">>"), ("+", "-"), ("*", "/", "%")]
        helpers = {"*": "mul", "/": "div", "%": "mod", "+": "add", "-": "sub", "<<": "shl", ">>": "shr"}

        def binary(level):
            if level == len(levels):
                return primary()
            left = binary(level + 1)
            while peek() in levels[level]:
                op = take()
                right = binary(level + 1)
                if op in helpers:
                    left = f"xenabi_bounce_{helpers[op]}({left}, {right})"
                elif op in ("&", "|", "^"):
                    left = f"({left} {op} {right})"
                else:                               # comparisons and logic give an int
                    left = f"(uint64_t)({left} {op} {right})"
            return left

        return binary(0)

    # -- directions -----------------------------------------------------------
    def direction(self, f, subop):
        """(dir, note) of a member in the table of `subop`: its own `dir`
        that applies to this sub-op, else inout (said in a comment)."""
        general = None
        for a in f.annotations:
            if a.kind != "dir":
                continue
            listed = a.get("subops")
            if not listed:
                general = a.get("dir")
            elif subop is not None and any(
                    s == subop or (self.const_value(s) is not None and
                                   self.const_value(s) == self.const_value(subop)) for s in listed):
                return a.get("dir"), ""
        if general is not None:
            return general, ""
        return "inout", "no dir for this table: inout"

    # -- handles inside a structure ------------------------------------------------
    def walk(self, rec, prefix, scope, conds, ctx, pending=None):
        """Every guest handle reachable in `rec` without following a handle.

        prefix   C path of rec inside the argument's element type
        scope    enclosing (record, prefix) pairs, for the names annotations use
        conds    C conditions of the union arms on the way (all must hold)
        pending  {member: (selector Expr, scope)} from a `select u: EXPR` on
                 the member that holds this record
        """
        pending = pending or {}
        for f in rec.fields:
            t = self.mod.resolve(f.type)
            path = prefix + f.name if f.name else prefix.rstrip(".")
            shown = path or "<anonymous>"
            if isinstance(t, Handle):
                self.handle(f, t, path, scope, conds, ctx)
                continue
            if isinstance(t, Array):
                self.array(f, t, path, scope, conds, ctx)
                continue
            inner = self.record_of(t)
            if inner is None:
                continue
            sub = path + "." if f.name else prefix
            inner_scope = scope + [(inner, sub)]
            if inner.kind == "union":
                expr, sel_scope, unused = self.selector(f, inner, scope, inner_scope, pending)
                self.union(inner, sub, inner_scope, conds, ctx, shown, expr, sel_scope, unused)
            else:
                # `select u: EXPR` on this member picks the arm of its union u
                held = {a.get("member"): (a.get("expr"), scope, a.get("unused") or ())
                        for a in f.annotations if a.kind == "select" and a.get("member")}
                self.walk(inner, sub, inner_scope, conds, ctx, held)

    @staticmethod
    def selector(f, u, scope, inner_scope, pending):
        """(expression, the scope its names are read in, unused values) of
        what selects the arm of union member f; (None, None, ()) if nothing."""
        for a in f.annotations:
            if a.kind == "select" and not a.get("member"):
                return a.get("expr"), scope, a.get("unused") or ()
        for a in u.annotations:                 # a union that selects its own arm
            if a.kind == "select":
                return a.get("expr"), inner_scope, a.get("unused") or ()
        return pending.get(f.name, (None, None, ()))

    def union(self, u, sub, scope, conds, ctx, shown, expr, sel_scope, unused):
        """The arms of a union: each arm's handles are live when the selector
        picks the arm (decided here when the selector is a constant or the
        table's sub-op, else by a generated liveness function); members
        without `arm` are aliases of another arm and left out."""
        if expr is None:
            if self.has_handles(u):
                ctx.notes.append(f"{shown}: union without a selector: its handles are left out")
            return
        static = self.static_value(expr, ctx.known_args)
        sel_c = None
        if static is None:
            sel_c = "(" + self.selector_c(expr, sel_scope) + ")"
        arms = [(g, next((a for a in g.annotations if a.kind == "arm"), None)) for g in u.fields]
        named = [v for _, a in arms if a is not None and not a.get("default") for v in a.get("values")]
        named += list(unused)

        def picks(values):
            """C condition (or True/False when known now) that the selector is one of values."""
            if static is not None:
                return any(self.static_value(v, {}) == static for v in values)
            return " || ".join(f"{sel_c} == (int64_t)({' '.join(v.tokens)})" for v in values)

        for g, arm in arms:
            gpath = sub + g.name if g.name else sub.rstrip(".")
            if not self.has_handles(g.type):
                continue
            if arm is None:
                held = [h for h in self.handle_paths(g.type, gpath) if h != gpath]
                ctx.notes.append(f"{gpath or shown}: union member without 'arm' (an alias): left out"
                                 + (f" ({', '.join(held)})" if held else ""))
                continue
            if arm.get("default"):
                other = picks(named) if named else False
                live = (not other) if isinstance(other, bool) else f"!({other})"
            else:
                live = picks(arm.get("values"))
            if live is False:
                continue                        # this table never uses the arm
            new = conds if live is True else conds + [f"({live})"]
            t = self.mod.resolve(g.type)
            inner = self.record_of(t)
            if isinstance(t, Handle):
                self.handle(g, t, gpath, scope, new, ctx)
            elif isinstance(t, Array):
                self.array(g, t, gpath, scope, new, ctx)
            elif inner is not None:
                isub = gpath + "." if g.name else sub
                self.walk(inner, isub, scope + [(inner, isub)], new, ctx)

    def array(self, f, t, path, scope, conds, ctx):
        """A fixed array of records holding handles: each element's handles."""
        if not self.has_handles(t):
            return
        elem = self.mod.resolve(t.elem)
        inner = self.record_of(elem)
        if t.dim is None or inner is None:
            ctx.notes.append(f"{path}: handles in {'a flexible array' if t.dim is None else 'an array of handles'}"
                             ": left out")
            return
        for i in range(t.dim):
            sub = f"{path}[{i}]."
            self.walk(inner, sub, scope + [(inner, sub)], conds, ctx)

    def handle_paths(self, t, path):
        """C paths of the handles in a member of type t at path (not inside
        arrays), for notes that name what they leave out."""
        t = self.mod.resolve(t)
        if isinstance(t, Handle):
            return [path]
        rec = self.record_of(t)
        if rec is None:
            return []
        return [h for g in rec.fields
                for h in self.handle_paths(g.type, f"{path}.{g.name}" if g.name else path)]

    def has_handles(self, t, seen=None):
        seen = seen or set()
        t = self.mod.resolve(t)
        if isinstance(t, Handle):
            return True
        if isinstance(t, Array):
            return self.has_handles(t.elem, seen)
        rec = self.record_of(t)
        if rec is None or id(rec) in seen:
            return False
        seen.add(id(rec))
        return any(self.has_handles(g.type, seen) for g in rec.fields)

    def handle(self, f, t, path, scope, conds, ctx):
        count = [a for a in f.annotations if a.kind == "count"]
        direction, note = self.direction(f, ctx.subop)
        live = " && ".join(conds) if conds else None
        if not count:
            # its extent is unknown: the runtime refuses the call when the handle is
            # live and set, rather than hand Xen the caller's own address
            ctx.notes.append(f"{path}: handle without a 'count': a call that sets it is refused (-EINVAL)")
            ctx.handles.append(HandlePlan(path, "1", direction, note, None, live))
            return
        hd = self.mod.handles.get(t.name)
        target = self.mod.resolve(hd.target) if hd is not None else Void()
        if isinstance(target, Void):
            elem = "1"
        else:
            elem = f"sizeof({self.lay.spell(hd.target)})"
            if self.has_handles(target):
                ctx.notes.append(f"{path}: the elements it points to hold handles of their own, "
                                 "which are not bounced (one level only)")
        n = self.count_c(count[0].get("expr"), scope)
        if count[0].get("bits"):
            n = f"xenabi_bounce_bits({n}, {elem})"
        ctx.handles.append(HandlePlan(path, elem, direction, note, n, live))

    # -- tables ---------------------------------------------------------------
    def arg(self, argn, spec, ctx):
        typ, count, direction = spec
        ctype = self.type_spelling(typ)
        plan = ArgPlan(argn, ctype, direction, spec_type=typ)
        if count is not None:
            names = count.names
            if len(count.tokens) == 1 and arg_index(count.tokens[0]):
                plan.count_arg = arg_index(count.tokens[0])
            elif any(arg_index(n) for n in names):
                raise DescriptionError([Diag(ctx.loc, f"arg{argn}: count '{count}' combines arguments; "
                                                      "the bounce tables take one argument or a constant")])
            else:
                plan.count = f"(uint64_t)({' '.join(count.tokens)})"
        rec = self.record_named(typ)
        if rec is None:
            return plan
        if direction == "out":
            if self.has_handles(rec) or self.flexible(rec):
                ctx.notes.append(f"arg{argn}: output only, so its handles and trailing array are not "
                                 "read from the caller")
            return plan
        ctx.handles = []
        if rec.kind == "union":             # a union that selects its own arm
            scope = [(rec, "")]
            sel = next((x for x in rec.annotations if x.kind == "select"), None)
            self.union(rec, "", scope, [], ctx, typ, sel.get("expr") if sel else None, scope,
                       (sel.get("unused") or ()) if sel else ())
        else:
            self.walk(rec, "", [(rec, "")], [], ctx)
        plan.handles = ctx.handles          # declaration order: ascending offsets
        flex = self.flexible(rec)
        if flex is not None:
            fcount = [a for a in flex.annotations if a.kind == "count"]
            if not fcount:
                ctx.notes.append(f"arg{argn}: flexible array '{flex.name}' without a 'count': only the "
                                 "fixed part is bounced")
            elif count is not None:
                ctx.notes.append(f"arg{argn}: an array of records ending in a flexible array: only the "
                                 "fixed part of each is bounced")
            else:
                n = self.count_c(fcount[0].get("expr"), [(rec, "")])
                elem = self.mod.resolve(flex.type).elem
                plan.tail = (flex.name, f"sizeof({self.lay.spell(elem)})", n)
        return plan

    @staticmethod
    def flexible(rec):
        last = rec.fields[-1] if rec.fields else None
        if last is not None and isinstance(last.type, Array) and last.type.dim is None:
            return last
        return None

    def tables(self):
        return [self.table(op) for op in operations(self.mod)]

    def table(self, op):
        ctx = _Ctx(op.ann.loc, op.subop)
        if op.subop is not None:
            v = self.const_value(op.subop)
            if v is not None:
                ctx.known_args[op.subop_arg] = v
        args = []
        for argn in sorted(op.args):
            spec = op.args[argn]
            if spec[2] is None:
                ctx.values.append(f"arg{argn} ({spec[0]})")
                continue
            args.append(self.arg(argn, spec, ctx))
        files = {op.hypercall_ann.loc.path, op.ann.loc.path}
        for a in args:
            rec = self.record_named(a.spec_type)
            td = self.mod.typedefs.get(a.spec_type)
            files |= {x.loc.path for x in (rec, td) if x is not None}
        return TablePlan(op.hypercall, op.subop, op.subop_arg or 0, args, ctx.notes, ctx.values, op.ann.loc,
                         tuple(sorted(files)))


class _Ctx:
    """What one table's walk collects."""

    def __init__(self, loc, subop):
        self.loc, self.subop = loc, subop
        self.known_args = {}        # 1-based argument -> value fixed by the table (the sub-op)
        self.notes, self.handles, self.values = [], [], []


# ---- profiles -------------------------------------------------------------------

def profile_condition(profiles):
    """#if condition true on exactly these profiles (None: all of them)."""
    if set(profiles) == set(PROFILES):
        return None
    return " || ".join(f"defined({PROFILES[p].cpp_defines[0]})" for p in PROFILES if p in profiles)


def plan_profile(mod):
    """One profile's TablePlans (plain data: they travel between processes)."""
    tables = _Planner(mod).tables()
    _no_duplicates(mod, tables)
    return tables


def plan_all(desc, by_profile=None):
    """[(TablePlan, profiles)] in first-declared order; one entry per
    distinct table, with the profiles it holds on.  by_profile: profile name
    -> plan_profile, when already made (otherwise made here)."""
    order, variants = [], {}
    for name in PROFILES:
        if by_profile is not None:
            tables = by_profile.get(name)
        else:
            tables = plan_profile(desc.modules[name]) if name in desc.modules else None
        if tables is None:
            continue
        for t in tables:
            if t.key not in variants:
                order.append(t.key)
                variants[t.key] = []
            for entry in variants[t.key]:
                if entry[0].signature() == t.signature():
                    entry[1].append(name)
                    break
            else:
                variants[t.key].append((t, [name]))
    return [(t, tuple(ps)) for key in order for t, ps in variants[key]]


def _no_duplicates(mod, tables):
    """Two tables for one (op, sub-op) value would make the lookup ambiguous."""
    seen, diags = {}, []
    for t in tables:
        op = mod.constants.get(f"__HYPERVISOR_{t.hypercall}")
        sub = mod.constants.get(t.subop) if t.subop else None
        key = (op.value if op else t.hypercall, sub.value if sub else t.subop)
        if key in seen:
            diags.append(Diag(t.loc, f"{t.name}: same hypercall and sub-op values as {seen[key]} "
                                     f"on {mod.profile}"))
        seen.setdefault(key, t.name)
    if diags:
        raise DescriptionError(diags)


def notes(desc):
    """{table name: [what was left out]} (for reports and tests)."""
    out = {}
    for t, _ in plan_all(desc):
        if t.notes:
            out.setdefault(t.name, [])
            out[t.name] += [n for n in t.notes if n not in out[t.name]]
    return out


# ---- C --------------------------------------------------------------------------

class _Writer:
    def __init__(self):
        self.lines = []
        self.functions = []         # (kind, body, profiles, name): shared by identical uses
        self.counter = 0

    def function(self, kind, ctype, expr, profiles, out):
        """Name of a count or liveness function computing `expr` over an
        element of type `ctype`; emitted into `out` the first time it is
        needed on these profiles."""
        uses_r = "r->" in expr
        uses_args = "args[" in expr
        body = [f"    const {ctype} *r = (const {ctype} *)rec;"] if uses_r else ["    (void)rec;"]
        if not uses_args:
            body.append("    (void)args;")
        body.append(f"    return {expr};")
        for k, b, ps, name in self.functions:
            if k == kind and b == body and set(profiles) <= set(ps):
                return name
        name = f"xenabi_b{kind}_{self.counter}"
        self.counter += 1
        self.functions.append((kind, body, tuple(profiles), name))
        rtype = "uint64_t" if kind == "count" else "int"
        out += [f"static {rtype} {name}(const void *rec, const uint64_t *args)", "{"] + body + ["}"]
        return name

    def table(self, t, profiles, ident):
        """(#if condition or None, lines) of one table: its functions first,
        then the handle arrays, then the argument array."""
        fns, arrays = [], []
        cond = profile_condition(profiles)
        head = [f"/* {t.name}" + (f" ({', '.join(profiles)} only)" if cond else "") + " */"]
        head += [f"/*   not bounced: {n} */" for n in t.notes]
        if t.values:
            head.append(f"/*   by value: {', '.join(t.values)} */")
        for a in t.args:
            if not a.handles:
                continue
            arrays.append(f"static const struct xenabi_bounce_handle xenabi_bh_{ident}_arg{a.argn}[] = {{")
            for h in a.handles:
                count = self.function("count", a.ctype, h.count, profiles, fns) if h.count else "NULL"
                live = self.function("live", a.ctype, h.live, profiles, fns) if h.live else "NULL"
                note = f"   /* {h.dir_note} */" if h.dir_note else ""
                if h.count is None:
                    note += "   /* no count: refused when live and set */"
                arrays += [f"    {{ .offset = offsetof({a.ctype}, {h.path}), "
                           f".size = sizeof((({a.ctype} *)0)->{h.path}),{note}",
                           f"      .dir = {_DIRS[h.dir]}, .elem_size = {h.elem}, .count = {count}, .live = {live},",
                           f"      .name = \"{h.path}\" }},"]
            arrays.append("};")
        if t.args:
            arrays.append(f"static const struct xenabi_bounce_arg xenabi_ba_{ident}[] = {{")
            for a in t.args:
                count = f".count_arg = {a.count_arg}" if a.count_arg else f".count = {a.count}"
                size = "1" if a.ctype == "void" else f"sizeof({a.ctype})"     # bytes
                arrays.append(f"    {{ .arg = {a.argn}, .dir = {_DIRS[a.dir]}, .elem_size = {size}, {count},")
                if a.tail:
                    member, elem, n = a.tail
                    fn = self.function("count", a.ctype, n, profiles, fns)
                    arrays.append(f"      .tail = {fn}, .tail_offset = offsetof({a.ctype}, {member}), "
                                  f".tail_elem_size = {elem},")
                if a.handles:
                    arrays.append(f"      .handles = xenabi_bh_{ident}_arg{a.argn}, "
                                  f".nr_handles = {len(a.handles)},")
                arrays.append(f"      .name = \"arg{a.argn}: {a.ctype}\" }},")
            arrays.append("};")
        return cond, head + fns + arrays


def _includes(desc, plans):
    """The native public headers the tables need: the files that declare the
    tables and the argument types (they include what those use), each under
    the condition of the profiles it applies to; arch headers after xen.h
    (which reaches most of them, but not all: arch-x86/xen-mca.h)."""
    wanted = {"abi/xen.h"} | {p for t, _ in plans for p in t.files}
    out = []
    for path, src in desc.sources.items():
        if path not in wanted:
            continue
        rel = path[len("abi/"):]
        cond = profile_condition(src.profiles) if src.profiles else None
        line = f'#include "{include_name(path)}"'
        entry = (rel != "xen.h", rel, [f"#if {cond}", line, "#endif"] if cond else [line])
        if entry not in out:
            out.append(entry)
    return [line for _, _, lines in sorted(out) for line in lines]


def emit_all(desc, by_profile=None):
    """{OUTPUT: text}; by_profile as for plan_all."""
    plans = plan_all(desc, by_profile)
    w = _Writer()
    body, ops = [], []
    idents = {}
    for t, profiles in plans:
        ident = _ident(t.name.replace("/", "__"))
        idents[ident] = idents.get(ident, 0) + 1
        if idents[ident] > 1:
            ident += f"_{idents[ident]}"
        cond, lines = w.table(t, profiles, ident)
        if t.args or t.notes:           # a table without buffers is only an entry below
            body += ([f"#if {cond}"] if cond else []) + lines + ([f"#endif /* {cond} */"] if cond else []) + [""]
        subop = f"(uint64_t)({t.subop})" if t.subop else "0"
        entry = [f"    {{ .name = \"{t.name}\", .op = (uint64_t)(__HYPERVISOR_{t.hypercall}), "
                 f".subop = {subop}, .has_subop = {1 if t.subop else 0},",
                 f"      .subop_arg = {t.subop_arg}, .nr_args = {len(t.args)}, "
                 f".args = {'xenabi_ba_' + ident if t.args else 'NULL'} }},"]
        ops += ([f"#if {cond}"] if cond else []) + entry + (["#endif"] if cond else [])
    covered = sum(1 for t, _ in plans if t.args)
    out = ["/* SPDX-License-Identifier: MIT */",
           banner("abi/ (hypercall and subop annotations)"),
           "/*",
           " * Bounce descriptors: for every (hypercall, sub-op) the description",
           " * declares, the buffers its arguments point to and the guest handles",
           " * inside them, so that compat/runtime/xenabi_bounce.h can copy them into",
           " * hypercall-safe memory and back.  Sizes and offsets are sizeof/offsetof",
           " * over the native public headers, so one header serves every profile.",
           f" * {len(plans)} tables, {covered} with buffers.",
           " *",
           " * Layouts are the tools view: define __XEN_TOOLS__ (or __XEN__) before",
           " * including the public headers.",
           " */",
           "#ifndef XEN_BOUNCE_TABLES_H",
           "#define XEN_BOUNCE_TABLES_H",
           "",
           "#if !defined(__XEN__) && !defined(__XEN_TOOLS__)",
           "#error \"xen/bounce/tables.h describes the tools view of the interface: define __XEN_TOOLS__\"",
           "#endif",
           "",
           "#include <stddef.h>",
           "#include <stdint.h>",
           '#include "xenabi_bounce.h"'] + _includes(desc, plans) + [""] + body
    out += ["/* Every table, in declaration order; xenabi_bounce_lookup searches it. */",
            "static const struct xenabi_bounce_op xenabi_bounce_ops[] = {"] + ops + ["};", "",
            "/* The table of (op, subop), or NULL when the description has none.  For a",
            " * hypercall without sub-ops, subop is ignored. */",
            "static inline const struct xenabi_bounce_op *xenabi_bounce_lookup(uint64_t op, uint64_t subop)",
            "{",
            "    size_t i;",
            "",
            "    for (i = 0; i < sizeof(xenabi_bounce_ops) / sizeof(xenabi_bounce_ops[0]); i++) {",
            "        const struct xenabi_bounce_op *o = &xenabi_bounce_ops[i];",
            "",
            "        if (o->op == op && (!o->has_subop || o->subop == subop))",
            "            return o;",
            "    }",
            "    return NULL;",
            "}",
            "",
            "#endif /* XEN_BOUNCE_TABLES_H */", ""]
    return {OUTPUT: "\n".join(out)}
