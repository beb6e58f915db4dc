/* SPDX-License-Identifier: MIT */
/*
 * Initial register state of a vCPU of an HVM or PVH guest, as given to
 * VCPUOP_initialise for such a guest: either 32-bit protected-mode state
 * (paging optional) or 64-bit long-mode state, chosen by <mode>.
 */
#ifndef XEN_PUBLIC_HVM_HVM_VCPU_H
#define XEN_PUBLIC_HVM_HVM_VCPU_H

#include "../xen.h"

/* Start in 32-bit protected mode (or compatibility mode, with EFER.LMA). */
struct vcpu_hvm_x86_32 {
    uint32_t eax;
    uint32_t ecx;
    uint32_t edx;
    uint32_t ebx;
    uint32_t esp;
    uint32_t ebp;
    uint32_t esi;
    uint32_t edi;
    uint32_t eip;
    uint32_t eflags;

    uint32_t cr0;
    uint32_t cr3;
    uint32_t cr4;

    uint32_t pad1;

    /*
     * Only for NXE (32-bit paging with no-execute) or LME/LMA (start in
     * compatibility mode); other bits are not for setting here.
     */
    uint64_t efer;

    /* Hidden parts of the segment registers. */
    uint32_t cs_base;
    uint32_t ds_base;
    uint32_t ss_base;
    uint32_t es_base;
    uint32_t tr_base;
    uint32_t cs_limit;
    uint32_t ds_limit;
    uint32_t ss_limit;
    uint32_t es_limit;
    uint32_t tr_limit;
    /*
     * Access rights, in the descriptor's order with the gap closed: bits
     * 0-3 type, 4 S, 5-6 DPL, 7 P (descriptor bits 40-47), 8 AVL, 9 L,
     * 10 D/B, 11 G (descriptor bits 52-55); bits 12-15 must be zero.
     */
    uint16_t cs_ar;
    uint16_t ds_ar;
    uint16_t ss_ar;
    uint16_t es_ar;
    uint16_t tr_ar;

    uint16_t pad2[3];
};
typedef struct vcpu_hvm_x86_32 xen_vcpu_hvm_x86_32_t;

/*
 * Start in 64-bit long mode; Xen sets the hidden segment state itself to
 * flat 64-bit segments.  (To start in compatibility mode use the 32-bit
 * form with EFER.LME/LMA.)
 */
struct vcpu_hvm_x86_64 {
    uint64_t rax;
    uint64_t rcx;
    uint64_t rdx;
    uint64_t rbx;
    uint64_t rsp;
    uint64_t rbp;
    uint64_t rsi;
    uint64_t rdi;
    uint64_t rip;
    uint64_t rflags;

    uint64_t cr0;
    uint64_t cr3;
    uint64_t cr4;
    uint64_t efer;
};
typedef struct vcpu_hvm_x86_64 xen_vcpu_hvm_x86_64_t;

struct vcpu_hvm_context {
/* Values of <mode>: which member of cpu_regs Xen reads. */
#define VCPU_HVM_MODE_32B 0  /* cpu_regs.x86_32 */
#define VCPU_HVM_MODE_64B 1  /* cpu_regs.x86_64 */
    uint32_t mode;

    uint32_t pad;

#pragma xenabi select mode
    union {
#pragma xenabi arm VCPU_HVM_MODE_32B
        xen_vcpu_hvm_x86_32_t x86_32;
#pragma xenabi arm VCPU_HVM_MODE_64B
        xen_vcpu_hvm_x86_64_t x86_64;
    } cpu_regs;
};
typedef struct vcpu_hvm_context vcpu_hvm_context_t;
DEFINE_XEN_GUEST_HANDLE(vcpu_hvm_context_t);

#endif /* XEN_PUBLIC_HVM_HVM_VCPU_H */
