"""A hypercall decoder that knows Xen only through xenabi's JSON description
(`xenabi describe`): what a tracer (strace-like), a fuzzer or an emulator
would write instead of hand-keeping Xen's structures.

decode_call(profile, nr, args, memory) finds the (hypercall, sub-op) in the
profile's operation table (the sub-op from an argument, or from a member of
the structure an argument points to), then decodes each pointer argument's
structure from the guest memory given ({address: bytes}): scalars by their
size and signedness, arrays, nested and unnamed records, unions by their
annotated selector and arms, and guest handles by their count annotation,
each member with the direction its annotations give for that sub-op.
Nothing here names a Xen structure.
"""


class DecodeError(Exception):
    pass


class Memory:
    def __init__(self, regions):
        self.regions = sorted(regions.items())

    def read(self, addr, size):
        for base, data in self.regions:
            if base <= addr and addr + size <= base + len(data):
                return data[addr - base:addr - base + size]
        raise DecodeError(f"no guest memory at {addr:#x} ({size} bytes)")


class Decoder:
    def __init__(self, description, profile):
        self.p = description["profiles"][profile]
        self.constants = {n: c["value"] for n, c in self.p["constants"].items()}
        self.order = self.p["abi"]["endian"]

    # -- types ------------------------------------------------------------------
    def size_of(self, t):
        if "scalar" in t:
            return self.p["scalars"][t["scalar"]]["size"]
        if "typedef" in t:
            return self.size_of(self.p["typedefs"][t["typedef"]]["type"])
        if "inline" in t:
            return t["inline"]["size"]
        if "record" in t and "handle" not in t:
            return self.p["records"][t["record"]]["size"]
        if "enum" in t:
            return 4
        if "array" in t:
            return (t["dim"] or 0) * self.size_of(t["array"])
        if "handle" in t:
            return self.p["handles"][t["record"]]["size"]
        if "pointer" in t:
            return self.p["abi"]["pointer"]
        raise DecodeError(f"no size for {t}")

    def resolve(self, t):
        while "typedef" in t:
            t = self.p["typedefs"][t["typedef"]]["type"]
        return t

    def type_named(self, name):
        """A type as an operation's argument spells it."""
        if name in self.p["typedefs"]:
            return {"typedef": name}
        if name in self.p["records"]:
            return {"record": name}
        if name in self.p["scalars"]:
            return {"scalar": name}
        raise DecodeError(f"unknown argument type {name}")

    def scalar(self, raw, name):
        return int.from_bytes(raw, self.order, signed=self.p["scalars"][name]["signed"])

    # -- expressions -------------------------------------------------------------
    def evaluate(self, tree, scope):
        kind = tree[0]
        if kind == "num":
            return tree[1]
        if kind == "name":
            name = tree[1]
            if name in scope:
                return scope[name]
            if name in self.constants:
                return self.constants[name]
            raise DecodeError(f"'{name}' is neither a member in scope nor a constant")
        if kind == "un":
            v = self.evaluate(tree[2], scope)
            return {"-": -v, "+": v, "!": int(not v), "~": ~v}[tree[1]]
        a, b = self.evaluate(tree[2], scope), self.evaluate(tree[3], scope)
        return {"||": lambda: int(bool(a or b)), "&&": lambda: int(bool(a and b)), "|": lambda: a | b,
                "^": lambda: a ^ b, "&": lambda: a & b, "==": lambda: int(a == b), "!=": lambda: int(a != b),
                "<": lambda: int(a < b), ">": lambda: int(a > b), "<=": lambda: int(a <= b),
                ">=": lambda: int(a >= b), "<<": lambda: a << b, ">>": lambda: a >> b, "+": lambda: a + b,
                "-": lambda: a - b, "*": lambda: a * b, "/": lambda: a // b, "%": lambda: a % b}[tree[1]]()

    # -- values ------------------------------------------------------------------
    def value(self, t, raw, mem, scope, subop, annotations=(), selectors=None):
        """The decoded value of type t in raw bytes; annotations: the
        member's own (count, dir, select)."""
        t = self.resolve(t)
        if "scalar" in t:
            return self.scalar(raw, t["scalar"])
        if "enum" in t:
            return int.from_bytes(raw[:4], self.order, signed=True)
        if "array" in t:
            n, size = t["dim"], self.size_of(t["array"])
            return [self.value(t["array"], raw[i * size:(i + 1) * size], mem, scope, subop) for i in range(n or 0)]
        if "handle" in t:
            ptr = int.from_bytes(raw[:self.p["abi"]["pointer"]], self.order)
            out = {"address": ptr, "dir": direction(annotations, subop)}
            count = next((a for a in annotations if a["kind"] == "count"), None)
            if count is not None and ptr:
                n = self.evaluate(count["expr"]["tree"], scope)
                size = self.size_of(t["handle"])
                data = mem.read(ptr, n * size)
                out["elements"] = [self.value(t["handle"], data[i * size:(i + 1) * size], mem, {}, subop)
                                   for i in range(n)]
            return out
        rec = t["inline"] if "inline" in t else self.p["records"][t["record"]]
        return self.record(rec, raw, mem, scope, subop, selectors or {})

    def record(self, rec, raw, mem, outer, subop, selectors):
        """{member: value}; a union gives {"arm": name, "value": ...} for the
        arm its selector picks (selectors: union member -> selector value,
        from the enclosing record's select annotations)."""
        if rec["kind"] == "union":
            sel = selectors.get(None)
            select = next((a for a in rec.get("annotations", ()) if a["kind"] == "select"), None)
            if sel is None and select is not None:
                sel = self.evaluate(select["expr"]["tree"], outer)
            if sel is None:
                raise DecodeError("a union without a selector")
            arm = self.arm(rec, sel)
            if arm is None:
                return {"arm": None, "selector": sel}
            f = arm
            return {"arm": f["name"], "value": self.value(f["type"], raw[f["offset"]:f["offset"] + f["size"]],
                                                           mem, outer, subop, f.get("annotations", ()))}
        out, scope = {}, dict(outer)
        # a count or a selector may name a member declared after the one it
        # governs: the record's scalar members are known first
        for f in rec["fields"]:
            t = self.resolve(f["type"])
            if f["name"] and "bit_size" not in f and ("scalar" in t or "enum" in t):
                scope[f["name"]] = self.value(t, raw[f["offset"]:f["offset"] + f["size"]], mem, {}, subop)
        for f in rec["fields"]:
            part = raw[f["offset"]:f["offset"] + f["size"]]
            anns = f.get("annotations", ())
            inner = {}
            for a in anns:
                if a["kind"] == "select":
                    v = self.evaluate(a["expr"]["tree"], scope)
                    inner[a.get("member")] = v
            if "bit_size" in f:
                whole = int.from_bytes(part, self.order)
                v = (whole >> (f["bit_offset"] - 8 * f["offset"])) & ((1 << f["bit_size"]) - 1)
            elif inner and None in inner:
                v = self.value(f["type"], part, mem, scope, subop, anns, {None: inner[None]})
            elif inner:
                rt = self.resolve(f["type"])
                sub = rt["inline"] if "inline" in rt else self.p["records"][rt["record"]]
                v = self.record_with_union(sub, part, mem, scope, subop, inner)
            else:
                v = self.value(f["type"], part, mem, scope, subop, anns)
            if f["name"] is None:
                out.update(v)           # an unnamed member's members are the record's
                scope.update(v)
            else:
                out[f["name"]] = v
                scope[f["name"]] = v
            if any(a["kind"] == "dir" for a in anns):
                out.setdefault("__dir__", {})[f["name"]] = direction(anns, subop)
        return out

    def record_with_union(self, rec, raw, mem, scope, subop, selectors):
        """A record one of whose members is a union selected from outside."""
        out = {}
        for f in rec["fields"]:
            part = raw[f["offset"]:f["offset"] + f["size"]]
            if f["name"] in selectors:
                out[f["name"]] = self.value(f["type"], part, mem, scope, subop, (), {None: selectors[f["name"]]})
            else:
                out[f["name"]] = self.value(f["type"], part, mem, scope, subop, f.get("annotations", ()))
        return out

    def arm(self, union, sel):
        default = None
        for f in union["fields"]:
            for a in f.get("annotations", ()):
                if a["kind"] != "arm":
                    continue
                if a.get("default"):
                    default = f
                elif any(self.evaluate(v["tree"], {}) == sel for v in a["values"]):
                    return f
        return default

    # -- calls -------------------------------------------------------------------
    def operation(self, nr, args, mem):
        """The operation entry for a call, and its sub-op value."""
        ops = [o for o in self.p["operations"] if o["number"] == nr]
        if not ops:
            raise DecodeError(f"hypercall {nr} is not in the table")
        selector = next((o["selector"] for o in ops if o["selector"]), None)
        if selector is None:
            return ops[0], None
        arg, _, member = selector.partition(".")
        if not member:
            value = args[int(arg[3:]) - 1]
        else:
            # the sub-op is a member of the structure that argument points to
            spec = next(o for o in ops if o["subop"])["args"][arg]
            value = self.member_value(self.type_named(spec["type"]), args[int(arg[3:]) - 1], member, mem)
        for o in ops:
            if o["subop"] is not None and o["subop_value"] == value:
                return o, value
        raise DecodeError(f"hypercall {nr}: no sub-op {value} in the table")

    def member_value(self, t, addr, member, mem):
        rec = self.p["records"][self.resolve(t)["record"]]
        for f in rec["fields"]:
            if f["name"] == member:
                return self.value(f["type"], mem.read(addr + f["offset"], f["size"]), mem, {}, None)
        raise DecodeError(f"no member {member}")

    def decode_call(self, nr, args, memory):
        mem = Memory(memory)
        op, _ = self.operation(nr, args, mem)
        out = {"hypercall": op["hypercall"], "subop": op["subop"], "args": {}}
        for name, spec in sorted(op["args"].items()):
            i = int(name[3:]) - 1
            t = self.type_named(spec["type"])
            rt = self.resolve(t)
            if "scalar" in rt:
                out["args"][name] = args[i]
                continue
            count = spec["count"]
            n = 1 if count is None else (args[int(count[3:]) - 1] if isinstance(count, str) else count)
            size = self.size_of(t)
            data = mem.read(args[i], n * size)
            values = [self.value(t, data[k * size:(k + 1) * size], mem, {f"arg{j + 1}": a for j, a in enumerate(args)},
                                 op["subop"]) for k in range(n)]
            out["args"][name] = {"dir": spec["dir"], "value": values if count is not None else values[0]}
        return out


def direction(annotations, subop):
    """The member's direction for this sub-op: a `dir` naming the sub-op,
    else a `dir` naming none, else None (the argument's own)."""
    general = None
    for a in annotations:
        if a["kind"] != "dir":
            continue
        if subop in a["subops"]:
            return a["dir"]
        if not a["subops"]:
            general = a["dir"]
    return general
