/* SPDX-License-Identifier: MIT */
/*
 * x86 part of the PMU virtualisation interface (pmu.h): the register
 * snapshot and the vendor counter contexts in the xen_pmu_data page shared
 * between Xen and each vCPU of a PV(H) guest.
 */
#pragma xenabi profiles x86_32 x86_64

#ifndef XEN_PUBLIC_ARCH_X86_PMU_H
#define XEN_PUBLIC_ARCH_X86_PMU_H

/*
 * Upstream relies on its includer (pmu.h) for xen.h; included here so the
 * header also compiles on its own.
 */
#include "../xen.h"

/*
 * AMD counter context.  counters and ctrls are byte offsets, from the start
 * of xen_pmu_arch.c.amd, of the counter and control MSR banks (which lie in
 * regs[] and beyond); read-only for PV(H) guests.
 */
struct xen_pmu_amd_ctxt {
    uint32_t counters;
    uint32_t ctrls;

    /* the counter MSR values */
    __extension__ uint64_t regs[XEN_FLEX_ARRAY_DIM];
};
typedef struct xen_pmu_amd_ctxt xen_pmu_amd_ctxt_t;
DEFINE_XEN_GUEST_HANDLE(xen_pmu_amd_ctxt_t);

/* An Intel counter MSR and its control MSR. */
struct xen_pmu_cntr_pair {
    uint64_t counter;
    uint64_t control;
};
typedef struct xen_pmu_cntr_pair xen_pmu_cntr_pair_t;
DEFINE_XEN_GUEST_HANDLE(xen_pmu_cntr_pair_t);

/*
 * Intel counter context.  fixed_counters and arch_counters are byte
 * offsets, from the start of xen_pmu_arch.c.intel, of the fixed-counter
 * bank and of the architectural counter pairs; read-only for PV(H) guests.
 */
struct xen_pmu_intel_ctxt {
    uint32_t fixed_counters;
    uint32_t arch_counters;

    /* global and debug MSRs */
    uint64_t global_ctrl;
    uint64_t global_ovf_ctrl;
    uint64_t global_status;
    uint64_t fixed_ctrl;
    uint64_t ds_area;
    uint64_t pebs_enable;
    uint64_t debugctl;

    /* the fixed and architectural counter MSR values */
    __extension__ uint64_t regs[XEN_FLEX_ARRAY_DIM];
};
typedef struct xen_pmu_intel_ctxt xen_pmu_intel_ctxt_t;
DEFINE_XEN_GUEST_HANDLE(xen_pmu_intel_ctxt_t);

/* Registers of the interrupted context, as the sample saw them. */
struct xen_pmu_regs {
    uint64_t ip;
    uint64_t sp;
    uint64_t flags;
    uint16_t cs;
    uint16_t ss;
    uint8_t cpl;            /* privilege level */
    uint8_t pad[3];
};
typedef struct xen_pmu_regs xen_pmu_regs_t;
DEFINE_XEN_GUEST_HANDLE(xen_pmu_regs_t);

/* Bits of xen_pmu_arch.pmu_flags. */
#define PMU_CACHED         (1<<0) /* context MSRs held in this page, not in hardware */
#define PMU_SAMPLE_USER    (1<<1) /* the sample hit user mode */
#define PMU_SAMPLE_REAL    (1<<2) /* the sample hit real mode */
#define PMU_SAMPLE_PV      (1<<3) /* the sampled guest is PV */

/*
 * xen_pmu_arch nests the two contexts, whose MSR banks are flexible
 * arrays: valid GNU C, but a pedantic compiler warns about it.
 */
#pragma xenabi verbatim begin
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#endif
#pragma xenabi verbatim end

/*
 * Processor state at the PMU interrupt.  While Xen has PMU_CACHED set the
 * guest may update the writable parts; XENPMU_flush hands them back to Xen
 * (which checks them, loads them and clears PMU_CACHED).
 */
struct xen_pmu_arch {
    /* Written by Xen, read by the guest; pad reserves room to grow. */
#pragma xenabi select 0
    union {
#pragma xenabi arm default
        xen_pmu_regs_t regs;
#define XENPMU_REGS_PAD_SZ  64
        uint8_t pad[XENPMU_REGS_PAD_SZ];
    } r;

    /* PMU_* bits; written by Xen, read by the guest. */
    uint64_t pmu_flags;

    /*
     * The local APIC's LVTPC value, writable by both; Xen only takes the
     * mask bit into hardware (on XENPMU_flush or XENPMU_lvtpc_set).
     */
#pragma xenabi select 0
    union {
#pragma xenabi arm default
        uint32_t lapic_lvtpc;
        uint64_t pad;
    } l;

    /*
     * The counter context of the host's vendor, writable by both (Xen
     * checks what the guest wrote on XENPMU_flush); pad sizes the fixed
     * part, the MSR banks lie at the offsets the context gives.  Which
     * context is live depends on the host CPU, not on a member, so the
     * selector is constant and picks pad: the raw bytes, which are the
     * same on 32- and 64-bit guests for either vendor.
     */
#pragma xenabi select 0
    union {
        xen_pmu_amd_ctxt_t amd;
        xen_pmu_intel_ctxt_t intel;
#define XENPMU_CTXT_PAD_SZ  128
#pragma xenabi arm default
        uint8_t pad[XENPMU_CTXT_PAD_SZ];
    } c;
};
typedef struct xen_pmu_arch xen_pmu_arch_t;
DEFINE_XEN_GUEST_HANDLE(xen_pmu_arch_t);

#pragma xenabi verbatim begin
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
#pragma xenabi verbatim end

#endif /* XEN_PUBLIC_ARCH_X86_PMU_H */
