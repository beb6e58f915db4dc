"""ABI profiles: every per-target fact the generator uses, in one table.

Layout is a pure function of (type, profile).  Nothing else in the generator
asks which architecture it is working for; it asks the profile.
"""
from dataclasses import dataclass


@dataclass(frozen=True)
class HandleShape:
    """How one family of guest-handle wrapper records is laid out.

    kind:  "struct" or "union"
    q:     None, or the scalar type of the integer member `q` that widens the
           handle ("xen_native_ulong_t" or "uint64_aligned_t")
    anon:  the pointer and q sit in an anonymous union inside a struct
    """
    prefix: str
    kind: str
    q: object = None
    anon: bool = False


@dataclass(frozen=True)
class Profile:
    name: str
    family: str                 # which arch description files apply
    cpp_defines: tuple          # what the compiler predefines for the target
    pointer: int                # size and alignment of a data pointer
    int64_align: int            # alignment of 8-byte scalars inside records
    ulong_spelling: str         # C spelling of xen_ulong_t / xen_pfn_t
    long_spelling: str          # C spelling of xen_long_t
    handle: HandleShape         # what XEN_GUEST_HANDLE(T) names
    handle64: HandleShape       # what XEN_GUEST_HANDLE_64(T) names
    extra_handles: tuple        # wrapper records defined but not used directly
    gcc: tuple                  # gcc flags, or () when gcc cannot target it
    clang: tuple                # clang flags
    qemu: str = ""              # qemu-user binary to run target programs
    # AAPCS: an unnamed bit-field (zero-width or not) still gives the record
    # the alignment of its declared type; the System V ABIs ignore it
    unnamed_bitfield_aligns: bool = False

    @property
    def handle_shapes(self):
        seen, out = set(), []
        for s in (self.handle, self.handle64) + self.extra_handles:
            if s.prefix not in seen:
                seen.add(s.prefix)
                out.append(s)
        return out


_X86_H = HandleShape("__guest_handle_", "struct")
_X86_H64 = HandleShape("__guest_handle_64_", "struct", "uint64_aligned_t", True)
_ARM_H = HandleShape("__guest_handle_", "union", "xen_native_ulong_t")
_ARM_H64 = HandleShape("__guest_handle_64_", "union", "uint64_aligned_t")

_FREESTANDING = ("-ffreestanding", "-nostdlibinc")

PROFILES = {
    p.name: p for p in (
        Profile("x86_32", "x86", ("__i386__",), 4, 4, "unsigned long", "long",
                _X86_H, _X86_H64, (), ("-m32",), ("-m32",)),
        Profile("x86_64", "x86", ("__x86_64__",), 8, 8, "unsigned long", "long",
                _X86_H, _X86_H, (), ("-m64",), ("-m64",)),
        Profile("arm32", "arm", ("__arm__",), 4, 8, "uint64_t", "int64_t",
                _ARM_H64, _ARM_H64, (_ARM_H,), (),
                ("--target=armv7a-linux-gnueabihf",) + _FREESTANDING, "qemu-arm",
                unnamed_bitfield_aligns=True),
        Profile("arm64", "arm", ("__aarch64__",), 8, 8, "uint64_t", "int64_t",
                _ARM_H64, _ARM_H64, (_ARM_H,), (),
                ("--target=aarch64-linux-gnu",) + _FREESTANDING, "qemu-aarch64",
                unnamed_bitfield_aligns=True),
        Profile("riscv64", "riscv", ("__riscv", "__riscv_xlen=64"), 8, 8,
                "uint64_t", "int64_t", _ARM_H64, _ARM_H64, (_ARM_H,), (),
                ("--target=riscv64-linux-gnu",) + _FREESTANDING),
        Profile("ppc64", "ppc", ("__powerpc64__", "__PPC64__"), 8, 8,
                "uint64_t", "int64_t", _ARM_H64, _ARM_H64, (_ARM_H,), (),
                ("--target=powerpc64le-linux-gnu",) + _FREESTANDING),
    )
}

# Scalars every profile agrees on: name -> size.  8-byte ones take the
# profile's int64_align inside records.
FIXED_SCALARS = {
    "char": 1, "signed char": 1, "unsigned char": 1,
    "short": 2, "unsigned short": 2,
    "int": 4, "unsigned int": 4,
    "int8_t": 1, "uint8_t": 1, "int16_t": 2, "uint16_t": 2,
    "int32_t": 4, "uint32_t": 4, "int64_t": 8, "uint64_t": 8,
}

# Scalars that exist in the dialect but are resolved per profile.
#   "long":  the size of a C long (== pointer on every profile)
#   "xen":   xen_ulong_t and friends: long on x86, 64-bit elsewhere
#   "8/8":   always 8 bytes, 8-aligned
PROFILE_SCALARS = {
    "xen_native_ulong_t": "long", "xen_native_long_t": "long",
    "xen_ulong_t": "xen", "xen_long_t": "xen", "xen_pfn_t": "xen",
    "uint64_aligned_t": "8/8", "int64_aligned_t": "8/8",
}

# Names the prelude declares only so that they can be rejected with a
# location: their size differs between profiles or they are host types.
FORBIDDEN_TYPES = {
    "size_t", "ssize_t", "ptrdiff_t", "uintptr_t", "intptr_t", "wchar_t", "bool",
}

# How the public headers spell the dialect-only names.
SPELLING = {
    "xen_native_ulong_t": "unsigned long",
    "xen_native_long_t": "long",
}

SIGNED = {"char", "signed char", "short", "int", "int8_t", "int16_t", "int32_t",
          "int64_t", "int64_aligned_t", "xen_long_t", "xen_native_long_t"}


def scalar_size_align(name, profile):
    """(size, alignment inside a record) of a dialect scalar on a profile."""
    if name in FIXED_SCALARS:
        size = FIXED_SCALARS[name]
        return size, (profile.int64_align if size == 8 else size)
    rule = PROFILE_SCALARS[name]
    if rule == "long":
        return profile.pointer, profile.pointer
    if rule == "8/8":
        return 8, 8
    if profile.ulong_spelling == "unsigned long":
        return profile.pointer, profile.pointer
    return 8, profile.int64_align


def typedef_spelling(name, profile):
    """C spelling of a profile-dependent vocabulary typedef on a profile."""
    if name in ("xen_ulong_t", "xen_pfn_t"):
        return profile.ulong_spelling
    if name == "xen_long_t":
        return profile.long_spelling
    raise KeyError(name)


def is_scalar(name):
    return name in FIXED_SCALARS or name in PROFILE_SCALARS
