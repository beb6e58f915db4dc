/* SPDX-License-Identifier: MIT */
/*
 * 64-bit x86 guests: flat segment selectors, the hypervisor's hole in the
 * address space, segment-base and iret hypercalls and the register frame.
 * Included by arch-x86/xen.h.
 *
 * Hypercalls: arguments 1-5 in %rdi, %rsi, %rdx, %r10, %r8, result in
 * %rax; call hypercall_page + 32 * hypercall number (the page is set up by
 * the domain builder or through a Xen MSR).  The argument registers used
 * are clobbered.
 */
#pragma xenabi profiles x86_64
#ifndef XEN_PUBLIC_ARCH_X86_XEN_X86_64_H
#define XEN_PUBLIC_ARCH_X86_XEN_X86_64_H

/*
 * Flat segments in the part of every GDT Xen reserves; they are in the
 * initial GDT too, so many kernels never load their own.  Kernel and user
 * space both run in ring 3, so the kernel and user selectors are the same.
 */
#define FLAT_RING3_CS32 0xe023  /* GDT entry 260 */
#define FLAT_RING3_CS64 0xe033  /* GDT entry 262 */
#define FLAT_RING3_DS32 0xe02b  /* GDT entry 261 */
#define FLAT_RING3_DS64 0x0000  /* the null selector */
#define FLAT_RING3_SS32 0xe02b  /* GDT entry 261 */
#define FLAT_RING3_SS64 0xe02b  /* GDT entry 261 */

#define FLAT_KERNEL_DS64 FLAT_RING3_DS64
#define FLAT_KERNEL_DS32 FLAT_RING3_DS32
#define FLAT_KERNEL_DS   FLAT_KERNEL_DS64
#define FLAT_KERNEL_CS64 FLAT_RING3_CS64
#define FLAT_KERNEL_CS32 FLAT_RING3_CS32
#define FLAT_KERNEL_CS   FLAT_KERNEL_CS64
#define FLAT_KERNEL_SS64 FLAT_RING3_SS64
#define FLAT_KERNEL_SS32 FLAT_RING3_SS32
#define FLAT_KERNEL_SS   FLAT_KERNEL_SS64

#define FLAT_USER_DS64 FLAT_RING3_DS64
#define FLAT_USER_DS32 FLAT_RING3_DS32
#define FLAT_USER_DS   FLAT_USER_DS64
#define FLAT_USER_CS64 FLAT_RING3_CS64
#define FLAT_USER_CS32 FLAT_RING3_CS32
#define FLAT_USER_CS   FLAT_USER_CS64
#define FLAT_USER_SS64 FLAT_RING3_SS64
#define FLAT_USER_SS32 FLAT_RING3_SS32
#define FLAT_USER_SS   FLAT_USER_SS64

/* Xen's part of the address space, starting with the machine-to-phys table. */
#define __HYPERVISOR_VIRT_START 0xFFFF800000000000
#define __HYPERVISOR_VIRT_END   0xFFFF880000000000
#define __MACH2PHYS_VIRT_START  0xFFFF800000000000
#define __MACH2PHYS_VIRT_END    0xFFFF804000000000

#ifndef HYPERVISOR_VIRT_START
#define HYPERVISOR_VIRT_START xen_mk_ulong(__HYPERVISOR_VIRT_START)
#define HYPERVISOR_VIRT_END   xen_mk_ulong(__HYPERVISOR_VIRT_END)
#endif

/* The machine-to-phys table: one 8-byte entry per machine frame. */
#define MACH2PHYS_VIRT_START  xen_mk_ulong(__MACH2PHYS_VIRT_START)
#define MACH2PHYS_VIRT_END    xen_mk_ulong(__MACH2PHYS_VIRT_END)
#define MACH2PHYS_NR_ENTRIES  ((MACH2PHYS_VIRT_END-MACH2PHYS_VIRT_START)>>3)
#ifndef machine_to_phys_mapping
#define machine_to_phys_mapping ((unsigned long *)HYPERVISOR_VIRT_START)
#endif

/*
 * HYPERVISOR_set_segment_base(which, base): load a segment base; returns
 * 0 on success.  For SEGBASE_GS_USER_SEL, base[15:0] is the selector to
 * load into the user %gs.
 */
#define SEGBASE_FS          0
#define SEGBASE_GS_USER     1
#define SEGBASE_GS_KERNEL   2
#define SEGBASE_GS_USER_SEL 3

/*
 * HYPERVISOR_iret(): return from the kernel through Xen, with a struct
 * iret_context on the kernel stack (its first member at %rsp).  It does
 * not return on success.  A saved CS of ring 0, 1 or 2 means kernel mode,
 * ring 3 user mode.  With VGCF_in_syscall in flags only RAX, RIP, RFLAGS
 * and RSP are restored (a SYSRET-style return); otherwise RAX, R11, RCX,
 * CS:RIP, RFLAGS and SS:RSP.  Other registers keep their values.
 */
#define _VGCF_in_syscall 8
#define VGCF_in_syscall  (1<<_VGCF_in_syscall)

#ifndef __ASSEMBLER__

struct iret_context {
    uint64_t rax, r11, rcx, flags, rip, cs, rflags, rsp, ss;
};

/*
 * The general-purpose registers and segment selectors of a vCPU, as saved
 * on entry to Xen.  Each register is declared through a __DECL_REG_* macro
 * (the names upstream's tools key on: xen-foreign's mkheader.py supplies its
 * own definitions of them per foreign architecture).  The hypervisor and
 * tools get every name of a register (rax, eax, ax, al, ah); GNU C guests
 * get rax and eax (the latter 64 bits wide, with _eax the 32-bit half);
 * other guests use the 64-bit names only.
 */
#if defined(__XEN__) || defined(__XEN_TOOLS__)
#define __DECL_REG_LOHI(which) __XEN_ANON_MEMBER union { \
    uint64_t r ## which ## x; \
    uint32_t e ## which ## x; \
    uint16_t which ## x; \
    __XEN_ANON_MEMBER struct { \
        uint8_t which ## l; \
        uint8_t which ## h; \
    }; \
}
#define __DECL_REG_LO8(name) __XEN_ANON_MEMBER union { \
    uint64_t r ## name; \
    uint32_t e ## name; \
    uint16_t name; \
    uint8_t name ## l; \
}
#define __DECL_REG_LO16(name) __XEN_ANON_MEMBER union { \
    uint64_t r ## name; \
    uint32_t e ## name; \
    uint16_t name; \
}
#define __DECL_REG_HI(num) __XEN_ANON_MEMBER union { \
    uint64_t r ## num; \
    uint32_t r ## num ## d; \
    uint16_t r ## num ## w; \
    uint8_t r ## num ## b; \
}
#elif defined(__GNUC__) && !defined(__STRICT_ANSI__)
#define __DECL_REG(name) union { \
    uint64_t r ## name, e ## name; \
    uint32_t _e ## name; \
}
#else
#define __DECL_REG(name) uint64_t r ## name
#endif

#ifndef __DECL_REG_LOHI
#define __DECL_REG_LOHI(name) __DECL_REG(name ## x)
#define __DECL_REG_LO8        __DECL_REG
#define __DECL_REG_LO16       __DECL_REG
#define __DECL_REG_HI(num)    uint64_t r ## num
#endif

/* Inside Xen this structure is guest_user_regs: Xen has its own cpu_user_regs. */
#ifdef __XEN__
#define cpu_user_regs guest_user_regs
#endif

struct cpu_user_regs {
#pragma xenabi native_only
    __DECL_REG_HI(15);
#pragma xenabi native_only
    __DECL_REG_HI(14);
#pragma xenabi native_only
    __DECL_REG_HI(13);
#pragma xenabi native_only
    __DECL_REG_HI(12);
    __DECL_REG_LO8(bp);
    __DECL_REG_LOHI(b);
#pragma xenabi native_only
    __DECL_REG_HI(11);
#pragma xenabi native_only
    __DECL_REG_HI(10);
#pragma xenabi native_only
    __DECL_REG_HI(9);
#pragma xenabi native_only
    __DECL_REG_HI(8);
    __DECL_REG_LOHI(a);
    __DECL_REG_LOHI(c);
    __DECL_REG_LOHI(d);
    __DECL_REG_LO8(si);
    __DECL_REG_LO8(di);
    uint32_t error_code;        /* Xen-private */
    uint32_t entry_vector;      /* Xen-private */
    __DECL_REG_LO16(ip);
    uint16_t cs;
#pragma xenabi padding
    uint16_t _pad0[1];
    uint8_t  saved_upcall_mask;
#pragma xenabi padding
    uint8_t  _pad1[3];
    __DECL_REG_LO16(flags);     /* rflags.IF is the inverse of saved_upcall_mask */
    __DECL_REG_LO8(sp);
    uint16_t ss;
#pragma xenabi padding
    uint16_t _pad2[3];
    uint16_t es;
#pragma xenabi padding
    uint16_t _pad3[3];
    uint16_t ds;
#pragma xenabi padding
    uint16_t _pad4[3];
    uint16_t fs;
#pragma xenabi padding
    uint16_t _pad5[3];
    uint16_t gs;
#pragma xenabi padding
    uint16_t _pad6[3];
};

#ifdef __XEN__
#undef cpu_user_regs
#else
typedef struct cpu_user_regs cpu_user_regs_t;
DEFINE_XEN_GUEST_HANDLE(cpu_user_regs_t);
#endif

#undef __DECL_REG
#undef __DECL_REG_LOHI
#undef __DECL_REG_LO8
#undef __DECL_REG_LO16
#undef __DECL_REG_HI

/* %cr3 holds a page-table frame number shifted into place. */
#define xen_pfn_to_cr3(pfn) ((unsigned long)(pfn) << 12)
#define xen_cr3_to_pfn(cr3) ((unsigned long)(cr3) >> 12)

/* The x86 part of vcpu_info, padded so that vcpu_info is 64 bytes. */
struct arch_vcpu_info {
    xen_native_ulong_t cr2;     /* faulting address of the last page fault */
#pragma xenabi padding
    xen_native_ulong_t pad;
};
typedef struct arch_vcpu_info arch_vcpu_info_t;

/* A callback entry point: just an address (the code segment is implied). */
typedef xen_native_ulong_t xen_callback_t;

/* HYPERVISOR_set_callbacks(event_address, failsafe_address, syscall_address) */

#endif /* !__ASSEMBLER__ */

#endif /* XEN_PUBLIC_ARCH_X86_XEN_X86_64_H */
