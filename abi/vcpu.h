/* SPDX-License-Identifier: MIT */
/*
 * vcpu_op: bringing vCPUs up and down, reading their run-state accounting,
 * per-vCPU timers, and registering the guest memory areas Xen keeps
 * updated for each vCPU (vcpu_info, runstate, secondary time info).
 */
#ifndef XEN_PUBLIC_VCPU_H
#define XEN_PUBLIC_VCPU_H

#include "xen.h"

/*
 * HYPERVISOR_vcpu_op(cmd, vcpuid, arg): cmd is a VCPUOP_* value, vcpuid
 * the vCPU it acts on, arg the sub-op's structure (NULL where unused).
 */
#pragma xenabi hypercall vcpu_op subop=arg1

/*
 * Give a vCPU its initial register state (once only); arg is the
 * architecture's vcpu_guest_context.  The vCPU runs after VCPUOP_up.
 */
#define VCPUOP_initialise            0
#pragma xenabi subop vcpu_op VCPUOP_initialise arg3=vcpu_guest_context_t:in

/* Make an initialised vCPU runnable. */
#define VCPUOP_up                    1

/*
 * Make a vCPU non-runnable.  Asynchronous unless a vCPU downs itself; a
 * down vCPU still references its page tables and descriptor tables.
 */
#define VCPUOP_down                  2

/* Returns 1 when the vCPU is up, 0 otherwise. */
#define VCPUOP_is_up                 3

/* Copy the vCPU's run-state accounting into a vcpu_runstate_info. */
#define VCPUOP_get_runstate_info     4
#pragma xenabi subop vcpu_op VCPUOP_get_runstate_info arg3=vcpu_runstate_info_t:out

/* Where a vCPU's time has gone, all times in ns of system time. */
struct vcpu_runstate_info {
    int      state;             /* current state, a RUNSTATE_* value */
    uint64_t state_entry_time;  /* when the current state was entered */
    uint64_t time[4];           /* total time spent in each RUNSTATE_* */
};
typedef struct vcpu_runstate_info vcpu_runstate_info_t;
DEFINE_XEN_GUEST_HANDLE(vcpu_runstate_info_t);

/*
 * Flag in state_entry_time, set while Xen rewrites a registered runstate
 * area (when VMASST_TYPE_runstate_update_flag is enabled).
 */
#define XEN_RUNSTATE_UPDATE          (xen_mk_ullong(1) << 63)

#define RUNSTATE_running  0     /* on a physical CPU */
#define RUNSTATE_runnable 1     /* could run, waiting for a physical CPU */
#define RUNSTATE_blocked  2     /* idle, waiting for an event */
#define RUNSTATE_offline  3     /* neither runnable nor blocked (paused...) */

/*
 * Ask Xen to keep a copy of the vCPU's vcpu_runstate_info in guest memory,
 * updated whenever the vCPU is scheduled.  One area per vCPU.  On x86 the
 * address is a guest virtual address (or handle).
 */
#define VCPUOP_register_runstate_memory_area 5
#pragma xenabi subop vcpu_op VCPUOP_register_runstate_memory_area arg3=vcpu_register_runstate_memory_area_t:in
struct vcpu_register_runstate_memory_area {
    /* Which form is meant depends on the sub-op. */
    #pragma xenabi select arg1
    union {
        #pragma xenabi arm default
        #pragma xenabi count 1
        #pragma xenabi dir out
        XEN_GUEST_HANDLE(vcpu_runstate_info_t) h;
        /* legacy raw-pointer view of h; p fixes the union at 8 bytes */
        struct vcpu_runstate_info *v;
        #pragma xenabi arm VCPUOP_register_runstate_phys_area
        uint64_t p;             /* guest physical address */
    } addr;
};
typedef struct vcpu_register_runstate_memory_area vcpu_register_runstate_memory_area_t;
DEFINE_XEN_GUEST_HANDLE(vcpu_register_runstate_memory_area_t);

/*
 * The vCPU's periodic timer (one per vCPU).  Periods below 1ms may be
 * refused.
 */
#define VCPUOP_set_periodic_timer    6  /* arg: vcpu_set_periodic_timer_t */
#define VCPUOP_stop_periodic_timer   7  /* arg: NULL */
#pragma xenabi subop vcpu_op VCPUOP_set_periodic_timer arg3=vcpu_set_periodic_timer_t:in
struct vcpu_set_periodic_timer {
    uint64_t period_ns;
};
typedef struct vcpu_set_periodic_timer vcpu_set_periodic_timer_t;
DEFINE_XEN_GUEST_HANDLE(vcpu_set_periodic_timer_t);

/* The vCPU's single-shot timer (one per vCPU). */
#define VCPUOP_set_singleshot_timer  8  /* arg: vcpu_set_singleshot_timer_t */
#define VCPUOP_stop_singleshot_timer 9  /* arg: NULL */
#pragma xenabi subop vcpu_op VCPUOP_set_singleshot_timer arg3=vcpu_set_singleshot_timer_t:in
struct vcpu_set_singleshot_timer {
    uint64_t timeout_abs_ns;    /* absolute system time, ns */
    uint32_t flags;             /* VCPU_SSHOTTMR_* */
};
typedef struct vcpu_set_singleshot_timer vcpu_set_singleshot_timer_t;
DEFINE_XEN_GUEST_HANDLE(vcpu_set_singleshot_timer_t);

/* Fail with -ETIME if the timeout has already passed (Xen may ignore it). */
#define _VCPU_SSHOTTMR_future (0)
#define VCPU_SSHOTTMR_future  (1U << _VCPU_SSHOTTMR_future)

/*
 * Move the vCPU's vcpu_info out of the shared-info page into a guest frame
 * (needed for vCPUs beyond XEN_LEGACY_MAX_VCPUS).  Once only per vCPU;
 * the structure must not cross a page boundary.
 */
#define VCPUOP_register_vcpu_info   10  /* arg: vcpu_register_vcpu_info_t */
#pragma xenabi subop vcpu_op VCPUOP_register_vcpu_info arg3=vcpu_register_vcpu_info_t:in
struct vcpu_register_vcpu_info {
    uint64_t mfn;               /* frame to hold the vcpu_info */
    uint32_t offset;            /* byte offset within that frame */
    uint32_t rsvd;              /* reserved, zero */
};
typedef struct vcpu_register_vcpu_info vcpu_register_vcpu_info_t;
DEFINE_XEN_GUEST_HANDLE(vcpu_register_vcpu_info_t);

/* Deliver an NMI to the vCPU. */
#define VCPUOP_send_nmi             11

/*
 * The physical CPU identity of a vCPU (hardware domain only); on x86 the
 * low half is the APIC ID and the high half the ACPI ID.
 */
#define VCPUOP_get_physid           12  /* arg: vcpu_get_physid_t */
#pragma xenabi subop vcpu_op VCPUOP_get_physid arg3=vcpu_get_physid_t:out
struct vcpu_get_physid {
    #pragma xenabi dir out
    uint64_t phys_id;
};
typedef struct vcpu_get_physid vcpu_get_physid_t;
DEFINE_XEN_GUEST_HANDLE(vcpu_get_physid_t);
#define xen_vcpu_physid_to_x86_apicid(physid) ((uint32_t)(physid))
#define xen_vcpu_physid_to_x86_acpiid(physid) ((uint32_t)((physid) >> 32))

/*
 * Ask Xen to keep a second vcpu_time_info for this vCPU in guest memory,
 * e.g. one user space can map to read system time from the TSC.  The area
 * must not cross a page boundary.  New code should prefer
 * VCPUOP_register_vcpu_time_phys_area.
 */
#define VCPUOP_register_vcpu_time_memory_area   13
#pragma xenabi subop vcpu_op VCPUOP_register_vcpu_time_memory_area arg3=vcpu_register_time_memory_area_t:in
DEFINE_XEN_GUEST_HANDLE(vcpu_time_info_t);
struct vcpu_register_time_memory_area {
    /* Which form is meant depends on the sub-op. */
    #pragma xenabi select arg1
    union {
        #pragma xenabi arm default
        #pragma xenabi count 1
        #pragma xenabi dir out
        XEN_GUEST_HANDLE(vcpu_time_info_t) h;
        /* legacy raw-pointer view of h; p fixes the union at 8 bytes */
        struct vcpu_time_info *v;
        #pragma xenabi arm VCPUOP_register_vcpu_time_phys_area
        uint64_t p;             /* guest physical address */
    } addr;
};
typedef struct vcpu_register_time_memory_area vcpu_register_time_memory_area_t;
DEFINE_XEN_GUEST_HANDLE(vcpu_register_time_memory_area_t);

/*
 * Physical-address variants of sub-ops 5 and 13 (arg: the same structures,
 * using addr.p).  An area registered this way is updated as if
 * VMASST_TYPE_runstate_update_flag were on, and replaces servicing of one
 * registered by virtual address.  XENFEAT_runstate_phys_area and
 * XENFEAT_vcpu_time_phys_area say whether they are available.
 */
#define VCPUOP_register_runstate_phys_area      14
#define VCPUOP_register_vcpu_time_phys_area     15
#pragma xenabi subop vcpu_op VCPUOP_register_runstate_phys_area arg3=vcpu_register_runstate_memory_area_t:in
#pragma xenabi subop vcpu_op VCPUOP_register_vcpu_time_phys_area arg3=vcpu_register_time_memory_area_t:in

#endif /* XEN_PUBLIC_VCPU_H */
