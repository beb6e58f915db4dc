/* SPDX-License-Identifier: MIT */
/*
 * 64-bit PowerPC guests.  The port is young: most per-architecture state
 * is still a placeholder.  Guest handles and all 64-bit fields in memory
 * are 8 bytes and 8-aligned.
 */
#pragma xenabi profiles ppc64
#ifndef XEN_PUBLIC_ARCH_PPC_H
#define XEN_PUBLIC_ARCH_PPC_H

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
#ifdef __XEN_TOOLS__
/* Read the pointer back out of a handle (tools only). */
#define get_xen_guest_handle(val, hnd)  do { val = (hnd).p; } while (0)
#endif
#pragma xenabi verbatim end

#ifndef __ASSEMBLER__
#pragma xenabi typedef xen_pfn_t
#define PRI_xen_pfn PRIx64
#define PRIu_xen_pfn PRIu64

/*
 * Only vCPU 0 has a vcpu_info slot in shared_info; every other vCPU
 * registers its own with VCPUOP_register_vcpu_info.
 */
#define XEN_LEGACY_MAX_VCPUS 1

#pragma xenabi typedef xen_ulong_t
#define PRI_xen_ulong PRIx64
#endif /* !__ASSEMBLER__ */

#ifndef __ASSEMBLER__

/* Registers a guest can see, saved and restored on every entry to Xen. */
struct vcpu_guest_core_regs
{
    uint64_t gprs[32];          /* r0-r31 */
    uint64_t lr;                /* link register */
    uint64_t ctr;               /* count register */
    uint64_t srr0;              /* save/restore registers */
    uint64_t srr1;
    uint64_t pc;
    uint64_t msr;               /* machine state */
    uint64_t fpscr;             /* floating-point status and control */
    uint64_t xer;               /* fixed-point exception register */
    uint64_t hid4;              /* for debugging only */
    uint64_t dar;               /* for debugging only */
    uint32_t dsisr;             /* for debugging only */
    uint32_t cr;                /* condition register */
    uint32_t __pad;             /* spare */
    uint32_t entry_vector;
};
typedef struct vcpu_guest_core_regs vcpu_guest_core_regs_t;

/* Time-base counter value. */
typedef uint64_t tsc_timestamp_t;

/* vCPU state exchanged with the toolstack. */
struct vcpu_guest_context {
    vcpu_guest_core_regs_t user_regs;
    uint64_t sdr1;              /* page-table base */
};
typedef struct vcpu_guest_context vcpu_guest_context_t;
DEFINE_XEN_GUEST_HANDLE(vcpu_guest_context_t);

/* Time base value at boot, published in shared_info. */
struct arch_shared_info {
    uint64_t boot_timebase;
};

/* No per-vCPU or domain-creation state specific to PowerPC yet. */
#pragma xenabi empty
struct arch_vcpu_info {
};

#pragma xenabi empty
struct xen_arch_domainconfig {
};

/* Placeholder: no architectural PMU state in the PMU interface. */
typedef struct xen_pmu_arch { uint8_t dummy; } xen_pmu_arch_t;

#endif /* !__ASSEMBLER__ */

#endif /* XEN_PUBLIC_ARCH_PPC_H */
