"""Facts about Xen's own build that the hypervisor drop-in output follows.

COMPAT_HEADERS: the public headers (paths under abi/) for which Xen's
include Makefile builds a compat header on x86 (x86_32 is the compat arch),
each with the Kconfig option that selects it (None: always built).  With
the option off, Xen's build writes an empty placeholder instead; the
generator always writes the full header, which is what a build with the
option on needs and harmless otherwise.
"""

COMPAT_ARCH = "x86_32"

COMPAT_HEADERS = {
    "abi/arch-x86_32.h": None,
    "abi/elfnote.h": None,
    "abi/event_channel.h": None,
    "abi/features.h": None,
    "abi/memory.h": None,
    "abi/nmi.h": None,
    "abi/physdev.h": None,
    "abi/platform.h": None,
    "abi/pmu.h": None,
    "abi/sched.h": None,
    "abi/vcpu.h": None,
    "abi/version.h": None,
    "abi/xen.h": None,
    "abi/arch-x86/pmu.h": None,
    "abi/arch-x86/xen-mca.h": None,
    "abi/arch-x86/xen.h": None,
    "abi/arch-x86/xen-x86_32.h": None,
    "abi/argo.h": "CONFIG_ARGO",
    "abi/callback.h": "CONFIG_PV",
    "abi/grant_table.h": "CONFIG_GRANT_TABLE",
    "abi/hvm/dm_op.h": "CONFIG_HVM",
    "abi/hvm/hvm_op.h": "CONFIG_HVM",
    "abi/hvm/hvm_vcpu.h": "CONFIG_HVM",
    "abi/hypfs.h": "CONFIG_HYPFS",
    "abi/kexec.h": "CONFIG_KEXEC",
    "abi/trace.h": "CONFIG_TRACEBUFFER",
    "abi/xsm/flask_op.h": "CONFIG_XSM_FLASK",
}

# Public records that Xen's own build (__XEN__) knows by another tag, because
# the hypervisor has an internal structure of the public name: the public
# headers rename them under __XEN__, and code that names the native record
# must do the same there.
HYPERVISOR_TAGS = {"cpu_user_regs": "guest_user_regs"}
