/* SPDX-License-Identifier: MIT */
/*
 * 32-bit x86 (PAE) guests: flat segment selectors, the hypervisor's hole
 * at the top of the address space, the register frame, and the wide guest
 * handles the hypervisor and tools use.  Included by arch-x86/xen.h.
 *
 * Hypercalls: arguments 1-5 in %ebx, %ecx, %edx, %esi, %edi, result in
 * %eax; call hypercall_page + 32 * hypercall number (the page is set up by
 * the domain builder or through a Xen MSR).  The argument registers used
 * are clobbered.
 */
#pragma xenabi profiles x86_32
#ifndef XEN_PUBLIC_ARCH_X86_XEN_X86_32_H
#define XEN_PUBLIC_ARCH_X86_XEN_X86_32_H

/*
 * Flat 4GiB segments in the part of every GDT Xen reserves; they are in
 * the initial GDT too, so many kernels never load their own.  The kernel
 * runs in ring 1.
 */
#define FLAT_RING1_CS 0xe019    /* GDT entry 259 */
#define FLAT_RING1_DS 0xe021    /* GDT entry 260 */
#define FLAT_RING1_SS 0xe021    /* GDT entry 260 */
#define FLAT_RING3_CS 0xe02b    /* GDT entry 261 */
#define FLAT_RING3_DS 0xe033    /* GDT entry 262 */
#define FLAT_RING3_SS 0xe033    /* GDT entry 262 */

#define FLAT_KERNEL_CS FLAT_RING1_CS
#define FLAT_KERNEL_DS FLAT_RING1_DS
#define FLAT_KERNEL_SS FLAT_RING1_SS
#define FLAT_USER_CS    FLAT_RING3_CS
#define FLAT_USER_DS    FLAT_RING3_DS
#define FLAT_USER_SS    FLAT_RING3_SS

/* Where Xen and its read-only machine-to-phys table sit (PAE). */
#define __HYPERVISOR_VIRT_START_PAE    0xF5800000
#define __MACH2PHYS_VIRT_START_PAE     0xF5800000
#define __MACH2PHYS_VIRT_END_PAE       0xF6800000
#define HYPERVISOR_VIRT_START_PAE      xen_mk_ulong(__HYPERVISOR_VIRT_START_PAE)
#define MACH2PHYS_VIRT_START_PAE       xen_mk_ulong(__MACH2PHYS_VIRT_START_PAE)
#define MACH2PHYS_VIRT_END_PAE         xen_mk_ulong(__MACH2PHYS_VIRT_END_PAE)

/* The same for non-PAE guests, which Xen no longer supports. */
#define __HYPERVISOR_VIRT_START_NONPAE 0xFC000000
#define __MACH2PHYS_VIRT_START_NONPAE  0xFC000000
#define __MACH2PHYS_VIRT_END_NONPAE    0xFC400000
#define HYPERVISOR_VIRT_START_NONPAE   \
    xen_mk_ulong(__HYPERVISOR_VIRT_START_NONPAE)
#define MACH2PHYS_VIRT_START_NONPAE    \
    xen_mk_ulong(__MACH2PHYS_VIRT_START_NONPAE)
#define MACH2PHYS_VIRT_END_NONPAE      \
    xen_mk_ulong(__MACH2PHYS_VIRT_END_NONPAE)

#define __HYPERVISOR_VIRT_START __HYPERVISOR_VIRT_START_PAE
#define __MACH2PHYS_VIRT_START  __MACH2PHYS_VIRT_START_PAE
#define __MACH2PHYS_VIRT_END    __MACH2PHYS_VIRT_END_PAE

#ifndef HYPERVISOR_VIRT_START
#define HYPERVISOR_VIRT_START xen_mk_ulong(__HYPERVISOR_VIRT_START)
#endif

/* The machine-to-phys table: one 4-byte entry per machine frame. */
#define MACH2PHYS_VIRT_START  xen_mk_ulong(__MACH2PHYS_VIRT_START)
#define MACH2PHYS_VIRT_END    xen_mk_ulong(__MACH2PHYS_VIRT_END)
#define MACH2PHYS_NR_ENTRIES  ((MACH2PHYS_VIRT_END-MACH2PHYS_VIRT_START)>>2)
#ifndef machine_to_phys_mapping
#define machine_to_phys_mapping ((unsigned long *)MACH2PHYS_VIRT_START)
#endif

#pragma xenabi verbatim begin
#if defined(__XEN__) || defined(__XEN_TOOLS__)
/* The hypervisor and tools also see every handle as an 8-byte field, so that
 * tools-only structures have one layout for 32-bit and 64-bit callers. */
#undef ___DEFINE_XEN_GUEST_HANDLE
#define ___DEFINE_XEN_GUEST_HANDLE(name, type)                  \
    typedef struct { type *p; }                                 \
        __guest_handle_ ## name;                                \
    __extension__ typedef struct {                              \
        __extension__ union { type *p; uint64_aligned_t q; };   \
    } __guest_handle_64_ ## name
#undef set_xen_guest_handle_raw
#define set_xen_guest_handle_raw(hnd, val)                  \
    do { if ( sizeof(hnd) == 8 ) *(uint64_t *)&(hnd) = 0;   \
         (hnd).p = val;                                     \
    } while ( 0 )
#define  int64_aligned_t  int64_t __attribute__((aligned(8)))
#define uint64_aligned_t uint64_t __attribute__((aligned(8)))
#define __XEN_GUEST_HANDLE_64(name) __guest_handle_64_ ## name
#define XEN_GUEST_HANDLE_64(name) __XEN_GUEST_HANDLE_64(name)
#endif
#pragma xenabi verbatim end

#ifndef __ASSEMBLER__

/*
 * The general-purpose registers and segment selectors of a vCPU, as saved
 * on entry to Xen.  Each register is declared through a __DECL_REG_* macro
 * (the names upstream's tools key on: xen-foreign's mkheader.py supplies its
 * own definitions of them, and so does Xen's compat header build, for which
 * XEN_GENERATING_COMPAT_HEADERS leaves them undefined here).  The hypervisor
 * and tools get every name of a register (eax, ax, al, ah); everyone else
 * uses the 32-bit names.
 */
#if defined(XEN_GENERATING_COMPAT_HEADERS)
/* the compat header build defines the __DECL_REG_* macros itself */
#elif defined(__XEN__) || defined(__XEN_TOOLS__)
#define __DECL_REG_LO8(which) __XEN_ANON_MEMBER union { \
    uint32_t e ## which ## x; \
    uint16_t which ## x; \
    __XEN_ANON_MEMBER struct { \
        uint8_t which ## l; \
        uint8_t which ## h; \
    }; \
}
#define __DECL_REG_LO16(name) __XEN_ANON_MEMBER union { \
    uint32_t e ## name, _e ## name; \
    uint16_t name; \
}
#else
#define __DECL_REG_LO8(which) uint32_t e ## which ## x
#define __DECL_REG_LO16(name) uint32_t e ## name
#endif

/* Inside Xen this structure is guest_user_regs: Xen has its own cpu_user_regs. */
#ifdef __XEN__
#define cpu_user_regs guest_user_regs
#endif

struct cpu_user_regs {
    __DECL_REG_LO8(b);
    __DECL_REG_LO8(c);
    __DECL_REG_LO8(d);
    __DECL_REG_LO16(si);
    __DECL_REG_LO16(di);
    __DECL_REG_LO16(bp);
    __DECL_REG_LO8(a);
    uint16_t error_code;        /* Xen-private */
    uint16_t entry_vector;      /* Xen-private */
    __DECL_REG_LO16(ip);
    uint16_t cs;
    uint8_t  saved_upcall_mask;
#pragma xenabi padding
    uint8_t  _pad0;
    __DECL_REG_LO16(flags);     /* eflags.IF is the inverse of saved_upcall_mask */
    __DECL_REG_LO16(sp);
    uint16_t ss;
#pragma xenabi padding
    uint16_t _pad1;
    uint16_t es;
#pragma xenabi padding
    uint16_t _pad2;
    uint16_t ds;
#pragma xenabi padding
    uint16_t _pad3;
    uint16_t fs;
#pragma xenabi padding
    uint16_t _pad4;
    uint16_t gs;
#pragma xenabi padding
    uint16_t _pad5;
};

#ifdef __XEN__
#undef cpu_user_regs
#else
typedef struct cpu_user_regs cpu_user_regs_t;
DEFINE_XEN_GUEST_HANDLE(cpu_user_regs_t);
#endif

/*
 * A page-directory frame above 4GiB does not fit in a 32-bit %cr3 (or the
 * cr3 slots of vcpu_guest_context): these fold the frame number into the
 * register value and back.
 */
#define xen_pfn_to_cr3(pfn) (((unsigned)(pfn) << 12) | ((unsigned)(pfn) >> 20))
#define xen_cr3_to_pfn(cr3) (((unsigned)(cr3) >> 12) | ((unsigned)(cr3) << 20))

/* The x86 part of vcpu_info, padded so that vcpu_info is 64 bytes. */
struct arch_vcpu_info {
    xen_native_ulong_t cr2;     /* faulting address of the last page fault */
#pragma xenabi padding
    xen_native_ulong_t pad[5];
};
typedef struct arch_vcpu_info arch_vcpu_info_t;

/* A callback entry point: code segment and offset. */
struct xen_callback {
#pragma xenabi compat_only
    xen_native_ulong_t cs;
    xen_native_ulong_t eip;
};
typedef struct xen_callback xen_callback_t;

/* HYPERVISOR_set_callbacks(event_selector, event_address,
 *                          failsafe_selector, failsafe_address) */

/* HYPERVISOR_iret(): return from the kernel through Xen; the kernel stack
 * holds the saved EAX followed by an iret frame. */

#endif /* !__ASSEMBLER__ */

#endif /* XEN_PUBLIC_ARCH_X86_XEN_X86_32_H */
