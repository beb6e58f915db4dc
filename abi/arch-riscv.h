/* SPDX-License-Identifier: MIT */
/*
 * RISC-V guests, modelled on the Arm interface.  The port is young: the
 * per-architecture records are still empty placeholders.  Guest handles
 * and all 64-bit fields in memory are 8 bytes and 8-aligned.
 */
#pragma xenabi profiles riscv64
#ifndef XEN_PUBLIC_ARCH_RISCV_H
#define XEN_PUBLIC_ARCH_RISCV_H

#pragma xenabi verbatim begin
#if defined(__XEN__) || defined(__XEN_TOOLS__) || defined(__GNUC__)
#define  int64_aligned_t  int64_t __attribute__((__aligned__(8)))
#define uint64_aligned_t uint64_t __attribute__((__aligned__(8)))
#endif
/* Every handle in memory is 8 bytes and 8-aligned, on 32-bit guests too;
 * the __guest_handle_ form (register width) is for hypercall arguments. */
#define ___DEFINE_XEN_GUEST_HANDLE(name, type)                  \
    typedef union { type *p; unsigned long q; }                 \
        __guest_handle_ ## name;                                \
    typedef union { type *p; uint64_aligned_t q; }              \
        __guest_handle_64_ ## name
#define __DEFINE_XEN_GUEST_HANDLE(name, type) \
    ___DEFINE_XEN_GUEST_HANDLE(name, type);   \
    ___DEFINE_XEN_GUEST_HANDLE(const_##name, const type)
#define DEFINE_XEN_GUEST_HANDLE(name)   __DEFINE_XEN_GUEST_HANDLE(name, name)
#define __XEN_GUEST_HANDLE(name)        __guest_handle_64_ ## name
#define XEN_GUEST_HANDLE(name)          __XEN_GUEST_HANDLE(name)
#define XEN_GUEST_HANDLE_PARAM(name)    __guest_handle_ ## name
#define set_xen_guest_handle_raw(hnd, val)                  \
    do {                                                    \
        __typeof__(&(hnd)) xenabi_sxghr_tmp_ = &(hnd);      \
        xenabi_sxghr_tmp_->q = 0;                           \
        xenabi_sxghr_tmp_->p = (val);                       \
    } while ( 0 )
#define set_xen_guest_handle(hnd, val) set_xen_guest_handle_raw(hnd, val)
#pragma xenabi verbatim end

#ifndef __ASSEMBLER__
#pragma xenabi typedef xen_pfn_t
#define PRI_xen_pfn PRIx64
#define PRIu_xen_pfn PRIu64

#pragma xenabi typedef xen_ulong_t
#define PRI_xen_ulong PRIx64

#if defined(__XEN__) || defined(__XEN_TOOLS__)

/* vCPU state exchanged with the toolstack: nothing defined yet. */
#pragma xenabi empty
struct vcpu_guest_context {
};
typedef struct vcpu_guest_context vcpu_guest_context_t;
DEFINE_XEN_GUEST_HANDLE(vcpu_guest_context_t);

/* RISC-V part of XEN_DOMCTL_createdomain. */
struct xen_arch_domainconfig {
    /*
     * Width in bits of guest physical addresses in the G-stage translation:
     * 34, 41, 50 or 59 for the Sv32x4, Sv39x4, Sv48x4 and Sv57x4 modes.
     */
    uint8_t gaddr_bits;
};

#endif /* __XEN__ || __XEN_TOOLS__ */

/* No per-vCPU or shared-page state specific to RISC-V yet. */
#pragma xenabi empty
struct arch_vcpu_info {
};
typedef struct arch_vcpu_info arch_vcpu_info_t;

#pragma xenabi empty
struct arch_shared_info {
};
typedef struct arch_shared_info arch_shared_info_t;

/*
 * Only vCPU 0 has a vcpu_info slot in shared_info; every other vCPU
 * registers its own with VCPUOP_register_vcpu_info.
 */
#define XEN_LEGACY_MAX_VCPUS 1

/* Placeholder: no architectural PMU state in the PMU interface. */
typedef struct xen_pmu_arch { uint8_t dummy; } xen_pmu_arch_t;

#endif /* !__ASSEMBLER__ */

#endif /* XEN_PUBLIC_ARCH_RISCV_H */
