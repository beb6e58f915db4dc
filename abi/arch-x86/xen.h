/* SPDX-License-Identifier: MIT */
/*
 * x86 definitions shared by 32-bit and 64-bit guests: guest handles, the
 * trap table, the full vCPU context, the x86 part of the shared-info page,
 * the x86 domain-creation flags and the serialised CPUID/MSR records.
 * Register layouts and address-space constants live in xen-x86_32.h and
 * xen-x86_64.h.
 */
#pragma xenabi profiles x86_32 x86_64

/*
 * Reached through xen.h only (as upstream's is), which includes it at the
 * point where it needs the guest-handle machinery: no includes of its own.
 */

#ifndef XEN_PUBLIC_ARCH_X86_XEN_H
#define XEN_PUBLIC_ARCH_X86_XEN_H

#pragma xenabi verbatim begin
/* A guest handle wraps a guest-virtual pointer in a struct so that handles
 * to different types cannot be mixed up (interface 0x00030201 and later;
 * older guests get plain pointers); const_ handles come with each. */
#if __XEN_INTERFACE_VERSION__ >= 0x00030201
#define ___DEFINE_XEN_GUEST_HANDLE(name, type) \
    typedef struct { type *p; } __guest_handle_ ## name
#else
#define ___DEFINE_XEN_GUEST_HANDLE(name, type) \
    typedef type * __guest_handle_ ## name
#endif
/* In memory (XEN_GUEST_HANDLE) and as a hypercall argument
 * (XEN_GUEST_HANDLE_PARAM) a handle is the same thing on x86. */
#define __DEFINE_XEN_GUEST_HANDLE(name, type) \
    ___DEFINE_XEN_GUEST_HANDLE(name, type);   \
    ___DEFINE_XEN_GUEST_HANDLE(const_##name, const type)
#define DEFINE_XEN_GUEST_HANDLE(name)   __DEFINE_XEN_GUEST_HANDLE(name, name)
#define __XEN_GUEST_HANDLE(name)        __guest_handle_ ## name
#define XEN_GUEST_HANDLE(name)          __XEN_GUEST_HANDLE(name)
#define XEN_GUEST_HANDLE_PARAM(name)    XEN_GUEST_HANDLE(name)
#define set_xen_guest_handle_raw(hnd, val)  do { (hnd).p = val; } while (0)
#define set_xen_guest_handle(hnd, val) set_xen_guest_handle_raw(hnd, val)

/* The register structures name each register several ways (rax, eax, ax,
 * al...) through anonymous unions; marking them __extension__ keeps GNU
 * compilers quiet about that under -pedantic. */
#if defined(__GNUC__)
#define __XEN_ANON_MEMBER __extension__
#endif
#pragma xenabi verbatim end
/* Without GNU C (and for the xenabi generator) the marker is empty. */
#ifndef __XEN_ANON_MEMBER
#define __XEN_ANON_MEMBER
#endif

/*
 * Xen's compat header build (XEN_GENERATING_COMPAT_HEADERS, __XEN__) turns
 * the __DeFiNe__/__UnDeF__ lines below into directives after preprocessing:
 * a compat cpu_user_regs declares plain 32-bit registers.
 */
#if defined(__i386__)
# ifdef __XEN__
__DeFiNe__ __DECL_REG_LO8(which) uint32_t e ## which ## x
__DeFiNe__ __DECL_REG_LO16(name) union { uint32_t e ## name; }
# endif
#include "xen-x86_32.h"
# ifdef __XEN__
__UnDeF__ __DECL_REG_LO8
__UnDeF__ __DECL_REG_LO16
__DeFiNe__ __DECL_REG_LO8(which) e ## which ## x
__DeFiNe__ __DECL_REG_LO16(name) e ## name
# endif
#elif defined(__x86_64__)
#include "xen-x86_64.h"
#endif

#undef __XEN_ANON_MEMBER

#ifndef __ASSEMBLER__
/* A guest frame number is a native word; printf formats to match. */
#pragma xenabi typedef xen_pfn_t
#define PRI_xen_pfn "lx"
#define PRIu_xen_pfn "lu"
#endif

/* x86 runs PV guests, which start at the entry point their ELF notes name. */
#define XEN_HAVE_PV_GUEST_ENTRY 1

/* PV guests mask event upcalls with vcpu_info.evtchn_upcall_mask (saved in
 * cpu_user_regs.saved_upcall_mask across callbacks). */
#define XEN_HAVE_PV_UPCALL_MASK 1

/*
 * Descriptor tables.
 *
 * HYPERVISOR_set_gdt(frames[], entries) installs a GDT made of the listed
 * frames; the LDT is set with MMUEXT_SET_LDT (mmuext_op).  Xen keeps the
 * top of every GDT for its own selectors, from page 14 on, out of the way
 * of the low selector values some OSes hard-code.
 */
#define FIRST_RESERVED_GDT_PAGE  14
#define FIRST_RESERVED_GDT_BYTE  (FIRST_RESERVED_GDT_PAGE * 4096)
#define FIRST_RESERVED_GDT_ENTRY (FIRST_RESERVED_GDT_BYTE / 8)

/*
 * HYPERVISOR_update_descriptor(pa, desc): write one 8-byte descriptor
 * (native format) at machine address pa, which must lie in a descriptor
 * page or a writable page.
 */

/* vCPUs a guest that knows nothing of VCPUOP_register_vcpu_info can use:
 * that many vcpu_info slots fit in the shared-info page. */
#define XEN_LEGACY_MAX_VCPUS 32

#ifndef __ASSEMBLER__

/* A native word, the width of most hypercall arguments. */
#pragma xenabi typedef xen_ulong_t
#define PRI_xen_ulong "lx"

/* HYPERVISOR_stack_switch(ss, esp): the kernel stack for the current vCPU. */

/*
 * HYPERVISOR_set_trap_table(traps[]): install the virtual IDT.  The array
 * ends at the first entry whose address is 0.  The DPL in flags says who
 * may raise the vector with a software interrupt: 0 nobody, 1 or 2 the
 * kernel, 3 everyone (64-bit guests have no rings 1 and 2; both mean the
 * kernel).  Bit 2 of flags: mask events on entry, like an interrupt gate.
 * Xen avoids injecting #GP for RDMSR faults while no handler is
 * registered yet, as a courtesy to kernels that set up traps late; do not
 * rely on the details.
 */
#define TI_GET_DPL(_ti)      ((_ti)->flags & 3)
#define TI_GET_IF(_ti)       ((_ti)->flags & 4)
#define TI_SET_DPL(_ti,_dpl) ((_ti)->flags |= (_dpl))
#define TI_SET_IF(_ti,_if)   ((_ti)->flags |= ((!!(_if))<<2))
struct trap_info {
    uint8_t            vector;  /* exception or interrupt vector */
    uint8_t            flags;   /* bits 0-1: DPL; bit 2: mask events */
    uint16_t           cs;      /* code segment selector of the handler */
    xen_native_ulong_t address; /* handler offset; 0 ends the table */
};
typedef struct trap_info trap_info_t;
DEFINE_XEN_GUEST_HANDLE(trap_info_t);

#pragma xenabi hypercall set_trap_table arg1=trap_info_t:in

/* A raw time-stamp counter value. */
typedef uint64_t tsc_timestamp_t;

/*
 * The complete state of a PV vCPU (DOMCTL_{get,set}vcpucontext,
 * VCPUOP_initialise).  fpu_ctxt is in FXSAVE format when the CPU has FXSR,
 * else FSAVE format.  For HVM guests DOMCTL_setvcpucontext uses only
 * fpu_ctxt (when VGCF_i387_valid), flags, user_regs and debugreg[];
 * VCPUOP_initialise for HVM takes struct vcpu_hvm_context instead
 * (hvm/hvm_vcpu.h).
 */
struct vcpu_guest_context {
    /* First, so that it can be aligned for FXSAVE/FXRSTOR. */
    struct { char x[512]; } fpu_ctxt;
#define _VGCF_i387_valid               0
#define VGCF_i387_valid                (1<<_VGCF_i387_valid)
#define _VGCF_in_kernel                2
#define VGCF_in_kernel                 (1<<_VGCF_in_kernel)
#define _VGCF_failsafe_disables_events 3
#define VGCF_failsafe_disables_events  (1<<_VGCF_failsafe_disables_events)
#define _VGCF_syscall_disables_events  4
#define VGCF_syscall_disables_events   (1<<_VGCF_syscall_disables_events)
#define _VGCF_online                   5
#define VGCF_online                    (1<<_VGCF_online)
    xen_native_ulong_t flags;               /* VGCF_* */
    /* general-purpose registers; the type is guest_user_regs inside Xen */
#ifdef __XEN__
    struct guest_user_regs user_regs;
#else
    struct cpu_user_regs user_regs;
#endif
    struct trap_info trap_ctxt[256];        /* the virtual IDT */
    xen_native_ulong_t ldt_base, ldt_ents;  /* LDT: linear address, entries */
    xen_native_ulong_t gdt_frames[16], gdt_ents; /* GDT: frames, entries */
    xen_native_ulong_t kernel_ss, kernel_sp; /* kernel stack (TSS SS1/SP1) */
    /* Control registers; 64-bit guests keep the user page table in [1]. */
    xen_native_ulong_t ctrlreg[8];
    xen_native_ulong_t debugreg[8];          /* DR0-DR7 */
#ifdef __i386__
#pragma xenabi compat_only
    xen_native_ulong_t event_callback_cs;    /* event upcall entry, CS:EIP */
    xen_native_ulong_t event_callback_eip;
#pragma xenabi compat_only
    xen_native_ulong_t failsafe_callback_cs; /* failsafe entry, CS:EIP */
    xen_native_ulong_t failsafe_callback_eip;
#else
    xen_native_ulong_t event_callback_eip;
    xen_native_ulong_t failsafe_callback_eip;
#ifdef __XEN__
    union {
        xen_native_ulong_t syscall_callback_eip;
        struct {    /* the same slot, for 32-bit (compat) guests */
            unsigned int event_callback_cs;
            unsigned int failsafe_callback_cs;
        };
    };
#else
#pragma xenabi native_only
    xen_native_ulong_t syscall_callback_eip;
#endif
#endif
    xen_native_ulong_t vm_assist;            /* VMASST_TYPE_* bits */
#ifdef __x86_64__
    /* Segment bases. */
#pragma xenabi native_only
    uint64_t           fs_base;
#pragma xenabi native_only
    uint64_t           gs_base_kernel;
#pragma xenabi native_only
    uint64_t           gs_base_user;
#endif
};
typedef struct vcpu_guest_context vcpu_guest_context_t;
DEFINE_XEN_GUEST_HANDLE(vcpu_guest_context_t);

/*
 * The x86 part of the shared-info page.  The guest fills it in so that
 * tools (save/restore, dumping) can find its physical-to-machine (p2m)
 * table.
 */
struct arch_shared_info {
    /* Entries in the p2m table(s): pfns 0 .. max_pfn - 1. */
    xen_native_ulong_t max_pfn;
    /*
     * Frame of the three-level frame-list tree of the p2m: 0 while unset,
     * ~0 when the p2m is too big for it (use p2m_vaddr then).
     */
    xen_pfn_t          pfn_to_mfn_frame_list_list;
    xen_native_ulong_t nmi_reason;
    /*
     * The linear p2m list, valid when p2m_cr3 is not 0: p2m_cr3 is the page
     * table root (in the form xen_pfn_to_cr3() gives) of the address space
     * in which the list is mapped at p2m_vaddr.  The guest increments
     * p2m_generation before and after changing the list's mappings (odd:
     * update in progress) so that readers can tell a consistent view;
     * entries are written atomically.
     */
    xen_native_ulong_t p2m_cr3;
    xen_native_ulong_t p2m_vaddr;
    xen_native_ulong_t p2m_generation;
#ifdef __i386__
    /* High 32 bits of shared_info.wc_sec (no room for it there). */
#pragma xenabi compat_only
    uint32_t           wc_sec_hi;
#endif
};
typedef struct arch_shared_info arch_shared_info_t;

#if defined(__XEN__) || defined(__XEN_TOOLS__)
/*
 * The x86 part of XEN_DOMCTL_createdomain; its ABI is versioned with
 * XEN_DOMCTL_INTERFACE_VERSION.
 */
struct xen_arch_domainconfig {
    /* Devices and features Xen emulates for the domain. */
#define _XEN_X86_EMU_LAPIC          0
#define XEN_X86_EMU_LAPIC           (1U<<_XEN_X86_EMU_LAPIC)
#define _XEN_X86_EMU_HPET           1
#define XEN_X86_EMU_HPET            (1U<<_XEN_X86_EMU_HPET)
#define _XEN_X86_EMU_PM             2
#define XEN_X86_EMU_PM              (1U<<_XEN_X86_EMU_PM)
#define _XEN_X86_EMU_RTC            3
#define XEN_X86_EMU_RTC             (1U<<_XEN_X86_EMU_RTC)
#define _XEN_X86_EMU_IOAPIC         4
#define XEN_X86_EMU_IOAPIC          (1U<<_XEN_X86_EMU_IOAPIC)
#define _XEN_X86_EMU_PIC            5
#define XEN_X86_EMU_PIC             (1U<<_XEN_X86_EMU_PIC)
#define _XEN_X86_EMU_VGA            6
#define XEN_X86_EMU_VGA             (1U<<_XEN_X86_EMU_VGA)
#define _XEN_X86_EMU_IOMMU          7
#define XEN_X86_EMU_IOMMU           (1U<<_XEN_X86_EMU_IOMMU)
#define _XEN_X86_EMU_PIT            8
#define XEN_X86_EMU_PIT             (1U<<_XEN_X86_EMU_PIT)
#define _XEN_X86_EMU_USE_PIRQ       9
#define XEN_X86_EMU_USE_PIRQ        (1U<<_XEN_X86_EMU_USE_PIRQ)
#define _XEN_X86_EMU_VPCI           10
#define XEN_X86_EMU_VPCI            (1U<<_XEN_X86_EMU_VPCI)

#define XEN_X86_EMU_ALL             (XEN_X86_EMU_LAPIC | XEN_X86_EMU_HPET |  \
                                     XEN_X86_EMU_PM | XEN_X86_EMU_RTC |      \
                                     XEN_X86_EMU_IOAPIC | XEN_X86_EMU_PIC |  \
                                     XEN_X86_EMU_VGA | XEN_X86_EMU_IOMMU |   \
                                     XEN_X86_EMU_PIT | XEN_X86_EMU_USE_PIRQ |\
                                     XEN_X86_EMU_VPCI)
    uint32_t emulation_flags;

    /*
     * Accesses to MSRs Xen does not handle read as 0 and ignore writes
     * instead of raising #GP (the real MSR is never reached).
     */
#define XEN_X86_MSR_RELAXED (1u << 0)
    uint32_t misc_flags;
};

/* The highest misc_flags bit, for ABI checks in the tools. */
#define XEN_X86_MISC_FLAGS_MAX XEN_X86_MSR_RELAXED

#endif /* __XEN__ || __XEN_TOOLS__ */

/*
 * CPUID leaves and MSR values in the serialised form the toolstack and Xen
 * exchange (domain policies, migration).
 */
typedef struct xen_cpuid_leaf {
#define XEN_CPUID_NO_SUBLEAF 0xffffffffu    /* subleaf of a leaf without any */
    uint32_t leaf, subleaf;
    uint32_t a, b, c, d;                    /* EAX, EBX, ECX, EDX */
} xen_cpuid_leaf_t;
DEFINE_XEN_GUEST_HANDLE(xen_cpuid_leaf_t);

typedef struct xen_msr_entry {
    uint32_t idx;                           /* MSR index */
    uint32_t flags;                         /* reserved, must be 0 */
    uint64_t val;
} xen_msr_entry_t;
DEFINE_XEN_GUEST_HANDLE(xen_msr_entry_t);

#endif /* !__ASSEMBLER__ */

/* HYPERVISOR_fpu_taskswitch(set): set CR0.TS when set != 0, else clear it. */

/*
 * HYPERVISOR_set_debugreg(regno, value) and HYPERVISOR_get_debugreg(regno):
 * DR0-DR7.  get_debugreg returns the value, or -EINVAL cast to unsigned
 * long for a bad regno, which cannot be told from a register value.
 */

/*
 * An instruction prefix that makes Xen emulate the instruction after it
 * (only CPUID), so that PV guests see Xen's filtered CPUID.
 */
#ifdef __ASSEMBLER__
#define XEN_EMULATE_PREFIX .byte 0x0f,0x0b,0x78,0x65,0x6e ;
#define XEN_CPUID          XEN_EMULATE_PREFIX cpuid
#else
#define XEN_EMULATE_PREFIX ".byte 0x0f,0x0b,0x78,0x65,0x6e ; "
#define XEN_CPUID          XEN_EMULATE_PREFIX "cpuid"
#endif

/* The "port E9 hack": bytes written to this I/O port go to Xen's console
 * (subject to its log level). */
#define XEN_HVM_DEBUGCONS_IOPORT 0xe9

#endif /* XEN_PUBLIC_ARCH_X86_XEN_H */
