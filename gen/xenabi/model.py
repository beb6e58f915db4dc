"""The description model: small immutable types with source locations.

Only the front end builds these from pycparser nodes; every later pass
(checks, layout, emitters) works on this model alone.
"""
from dataclasses import dataclass, field
from typing import Optional, Tuple


@dataclass(frozen=True, order=True)
class Loc:
    path: str
    line: int
    col: int = 1

    def __str__(self):
        return f"{self.path}:{self.line}:{self.col}"


# ---- annotations ---------------------------------------------------------

@dataclass(frozen=True)
class Annotation:
    """One `#pragma xenabi KIND ...` line, already parsed.

    kind  one of ANNOTATION_KINDS (see annotations.py)
    args  a dict-like tuple of (key, value) pairs, value strings or tuples
    """
    kind: str
    args: Tuple
    loc: Loc

    def get(self, key, default=None):
        for k, v in self.args:
            if k == key:
                return v
        return default


# ---- types ---------------------------------------------------------------

@dataclass(frozen=True)
class Scalar:
    name: str                   # dialect spelling: "uint32_t", "xen_ulong_t", ...


@dataclass(frozen=True)
class Named:
    """A use of a typedef name declared in the description."""
    name: str


@dataclass(frozen=True)
class RecordRef:
    key: str                    # "struct foo", "union bar" or a typedef name


@dataclass(frozen=True)
class EnumRef:
    key: str                    # "enum foo" or a typedef name


@dataclass(frozen=True)
class Array:
    elem: object
    dim: Optional[int]          # None: flexible array member


@dataclass(frozen=True)
class Handle:
    name: str                   # the name inside XEN_GUEST_HANDLE(name)
    wide: bool                  # XEN_GUEST_HANDLE_64


@dataclass(frozen=True)
class Void:
    pass


@dataclass(frozen=True)
class Pointer:
    """A raw pointer: allowed only as a union arm that cannot change the
    union's layout (checks.py); upstream keeps two such legacy arms.  A user
    pointer (XENABI_USER_PTR(T), user=True) is a Linux user-space address in
    an ioctl argument: pointer-sized on each profile, allowed anywhere.  A
    local pointer (XENABI_LOCAL_PTR(T), local=True) points into the memory of
    the program holding the record (a ring end's private state, a table in a
    header): pointer-sized on each profile, never part of a hypercall or a
    compat translation."""
    target: object
    user: bool = False
    local: bool = False


@dataclass(frozen=True)
class Ioctl:
    """`#define NAME _IOC(DIR, 'T', NR, sizeof(TYPE))`: a Linux ioctl number,
    whose size field depends on the argument's layout on each profile."""
    name: str
    dir: str                    # "_IOC_NONE", "_IOC_READ", "_IOC_WRITE" or "_IOC_READ|_IOC_WRITE"
    type: str                   # the one-character driver letter
    nr: int
    arg: Optional[str]          # the argument type as written (None: size 0)
    loc: Loc


# ---- declarations --------------------------------------------------------

@dataclass(frozen=True)
class Field:
    name: Optional[str]         # None for an anonymous struct/union member
    type: object                # a type above, or an inline Record
    loc: Loc
    bits: Optional[int] = None
    annotations: Tuple[Annotation, ...] = ()


@dataclass(frozen=True)
class Record:
    key: Optional[str]          # None for an anonymous inline record
    kind: str                   # "struct" or "union"
    fields: Tuple[Field, ...]
    loc: Loc
    annotations: Tuple[Annotation, ...] = ()
    parent: Optional[str] = None    # key of the record this one is declared in, "" if that
                                    # one is anonymous (C++ scopes nested records)

    @property
    def path(self):
        return self.loc.path


@dataclass(frozen=True)
class Typedef:
    name: str
    type: object
    loc: Loc


@dataclass(frozen=True)
class Enum:
    key: str
    values: Tuple[Tuple[str, Optional[int]], ...]
    loc: Loc


@dataclass(frozen=True)
class HandleDef:
    """DEFINE_XEN_GUEST_HANDLE(name) or __DEFINE_XEN_GUEST_HANDLE(name, type)."""
    name: str
    target: object
    loc: Loc


@dataclass(frozen=True)
class Constant:
    name: str
    text: str                   # the replacement text as written
    value: Optional[int]        # its integer value, when it has one
    loc: Loc


@dataclass
class Module:
    """Everything one profile's view of the description declares.

    Keys keep declaration order (Python dicts are ordered).
    """
    profile: str
    records: dict = field(default_factory=dict)      # key -> Record
    typedefs: dict = field(default_factory=dict)     # name -> Typedef
    enums: dict = field(default_factory=dict)        # key -> Enum
    handles: dict = field(default_factory=dict)      # name -> HandleDef
    constants: dict = field(default_factory=dict)   # name -> Constant
    annotations: list = field(default_factory=list)  # top-level Annotations
    files: tuple = ()                                # description files seen

    def resolve(self, t):
        """Follow typedef names to the underlying type."""
        # iterative: a chain of any length; a typedef names only earlier
        # ones, so a chain longer than there are typedefs cannot happen
        for _ in range(len(self.typedefs) + 1):
            if not isinstance(t, Named):
                return t
            t = self.typedefs[t.name].type
        raise ValueError(f"typedef cycle through '{t.name}'")


def member_path(scope, dotted):
    """C path of the member an annotation names (`nr_extents`, `in.nr_extents`),
    searching the enclosing records from the innermost outwards.  scope is
    [(record, C prefix of its members)], outermost first; members of an
    anonymous member are reached directly, as in C.  None if no record has it."""
    first = dotted.split(".")[0]
    for rec, prefix in reversed(scope):
        for f in rec.fields:
            if f.name == first:
                return prefix + dotted
            if f.name is None and isinstance(f.type, Record):
                if any(g.name == first for g in f.type.fields):
                    return prefix + dotted
    return None
