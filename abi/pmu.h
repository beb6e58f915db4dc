/* SPDX-License-Identifier: MIT */
/*
 * xenpmu_op: virtualised performance-monitoring unit.  The control domain
 * picks the mode (who may profile whom) and features; each vCPU of a
 * profiling PV(H) guest registers a page holding a xen_pmu_data, which Xen
 * fills at every PMU interrupt before raising VIRQ_XENPMU.
 *
 * HYPERVISOR_xenpmu_op(cmd, arg): cmd is a XENPMU_* op, arg a
 * xen_pmu_params (unused by XENPMU_lvtpc_set and XENPMU_flush).
 */
#ifndef XEN_PUBLIC_PMU_H
#define XEN_PUBLIC_PMU_H

#include "xen.h"
#if defined(__i386__) || defined(__x86_64__)
#include "arch-x86/pmu.h"
#elif defined (__arm__) || defined (__aarch64__)
#include "arch-arm.h"
#elif defined (__powerpc64__)
#include "arch-ppc.h"
#elif defined(__riscv)
#include "arch-riscv.h"
#else
#error "Unsupported architecture"
#endif

/* Interface version, as XENPMU_mode_get reports it. */
#define XENPMU_VER_MAJ    0
#define XENPMU_VER_MIN    1

#pragma xenabi hypercall xenpmu_op subop=arg1

/* Operations (cmd). */
#define XENPMU_mode_get        0 /* XENPMU_MODE_* in val, and the version */
#define XENPMU_mode_set        1
#define XENPMU_feature_get     2 /* XENPMU_FEATURE_* in val */
#define XENPMU_feature_set     3
#define XENPMU_init            4 /* register vcpu's xen_pmu_data page (frame in val) */
#define XENPMU_finish          5 /* unregister it */
#define XENPMU_lvtpc_set       6 /* load the guest's LVTPC value */
#define XENPMU_flush           7 /* take back the cached context, clear PMU_CACHED */

#pragma xenabi subop xenpmu_op XENPMU_mode_get arg2=xen_pmu_params_t:inout
#pragma xenabi subop xenpmu_op XENPMU_mode_set arg2=xen_pmu_params_t:in
#pragma xenabi subop xenpmu_op XENPMU_feature_get arg2=xen_pmu_params_t:inout
#pragma xenabi subop xenpmu_op XENPMU_feature_set arg2=xen_pmu_params_t:in
#pragma xenabi subop xenpmu_op XENPMU_init arg2=xen_pmu_params_t:in
#pragma xenabi subop xenpmu_op XENPMU_finish arg2=xen_pmu_params_t:in
#pragma xenabi subop xenpmu_op XENPMU_lvtpc_set
#pragma xenabi subop xenpmu_op XENPMU_flush

/* The argument of every operation that takes one. */
struct xen_pmu_params {
    /* The interface version (in and out; filled by XENPMU_mode_get). */
#pragma xenabi dir inout
    struct {
        uint32_t maj;
        uint32_t min;
    } version;
    /* Mode, feature bits or a frame number, by operation. */
#pragma xenabi dir out XENPMU_mode_get XENPMU_feature_get
    uint64_t val;

    uint32_t vcpu;          /* the vCPU XENPMU_init/XENPMU_finish act on */
    uint32_t pad;
};
typedef struct xen_pmu_params xen_pmu_params_t;
DEFINE_XEN_GUEST_HANDLE(xen_pmu_params_t);

/*
 * Modes (bits):
 * XENPMU_MODE_OFF   no PMU virtualisation;
 * XENPMU_MODE_SELF  each guest profiles itself;
 * XENPMU_MODE_HV    as SELF, and the control domain also profiles Xen;
 * XENPMU_MODE_ALL   only the control domain profiles, everything.
 */
#define XENPMU_MODE_OFF           0
#define XENPMU_MODE_SELF          (1<<0)
#define XENPMU_MODE_HV            (1<<1)
#define XENPMU_MODE_ALL           (1<<2)

/*
 * Features (bits; Intel only, ignored on AMD):
 * XENPMU_FEATURE_INTEL_BTS   branch trace store;
 * XENPMU_FEATURE_IPC_ONLY    only the counters instructions-per-cycle needs
 *                            (instructions, cycles, reference cycles);
 * XENPMU_FEATURE_ARCH_ONLY   only the architectural events CPUID lists.
 */
#define XENPMU_FEATURE_INTEL_BTS  (1<<0)
#define XENPMU_FEATURE_IPC_ONLY   (1<<1)
#define XENPMU_FEATURE_ARCH_ONLY  (1<<2)

/*
 * On x86, xen_pmu_arch ends in flexible arrays (in its vendor contexts):
 * valid GNU C, but a pedantic compiler warns about nesting it.
 */
#pragma xenabi verbatim begin
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#endif
#pragma xenabi verbatim end

/*
 * The per-vCPU page Xen fills at each PMU interrupt.  The common part is
 * written by Xen and read by the guest; see the arch part for what the
 * guest may write.
 */
struct xen_pmu_data {
    uint32_t vcpu_id;       /* the interrupted vCPU */
    uint32_t pcpu_id;       /* its physical CPU (vcpu_id for unprivileged guests) */
    /*
     * The interrupted domain: DOMID_SELF for unprivileged guests; for the
     * control domain also DOMID_XEN or, in XENPMU_MODE_ALL, another domain.
     */
    domid_t  domain_id;

    uint8_t pad[6];

    xen_pmu_arch_t pmu;     /* the architecture's part */
};

#pragma xenabi verbatim begin
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
#pragma xenabi verbatim end

#endif /* XEN_PUBLIC_PMU_H */
