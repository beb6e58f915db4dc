/* SPDX-License-Identifier: MIT */
/*
 * HVM parameters: the per-domain values read and written with
 * HVMOP_get_param / HVMOP_set_param (hvm/hvm_op.h), indexed by the
 * HVM_PARAM_* numbers below, with the values some of them take.
 */
#ifndef XEN_PUBLIC_HVM_PARAMS_H
#define XEN_PUBLIC_HVM_PARAMS_H

#include "hvm_op.h"

/* Retired parameters: the numbers stay reserved, their meaning is gone. */
#if defined(__XEN__) || defined(__XEN_TOOLS__)

#define HVM_PARAM_PAE_ENABLED                4
#define HVM_PARAM_DM_DOMAIN                 13
#define HVM_PARAM_MEMORY_EVENT_CR0          20
#define HVM_PARAM_MEMORY_EVENT_CR3          21
#define HVM_PARAM_MEMORY_EVENT_CR4          22
#define HVM_PARAM_MEMORY_EVENT_INT3         23
#define HVM_PARAM_NESTEDHVM                 24
#define HVM_PARAM_MEMORY_EVENT_SINGLE_STEP  25
#define HVM_PARAM_BUFIOREQ_EVTCHN           26
#define HVM_PARAM_MEMORY_EVENT_MSR          30

#endif /* defined(__XEN__) || defined(__XEN_TOOLS__) */

/*
 * How event-channel notifications for vCPU 0 reach the guest.  0: not at
 * all.  Otherwise bits 63..56 hold a HVM_PARAM_CALLBACK_TYPE_* value and
 * bits 55..0 its argument.
 */
#define HVM_PARAM_CALLBACK_IRQ 0
#define HVM_PARAM_CALLBACK_IRQ_TYPE_MASK xen_mk_ullong(0xFF00000000000000)

/* Argument: a GSI (not 0, which would read as "disabled"). */
#define HVM_PARAM_CALLBACK_TYPE_GSI      0

/*
 * Argument: a PCI INTx line; PCI domain in bits 47..32, bus 31..16,
 * devfn 15..8, INTx pin (0..3 for A..D) 1..0.
 */
#define HVM_PARAM_CALLBACK_TYPE_PCI_INTX 1

#if defined(__i386__) || defined(__x86_64__)
/*
 * Argument: an interrupt vector in bits 7..0 (available when
 * XENFEAT_hvm_callback_vector is reported).
 */
#define HVM_PARAM_CALLBACK_TYPE_VECTOR   2
#elif defined(__arm__) || defined(__aarch64__)
/*
 * Argument: a PPI number in bits 7..0 and its flags in bits 15..8 (bits
 * 55..16 zero); the interrupt controller does the masking and EOI.
 */
#define HVM_PARAM_CALLBACK_TYPE_PPI      2
#define HVM_PARAM_CALLBACK_TYPE_PPI_FLAG_MASK      0xFF00
/*
 * Flags, counted within bits 15..8: 1 (bit 8) edge-triggered rather than
 * level, 2 (bit 9) active-low rather than active-high.
 */
#define HVM_PARAM_CALLBACK_TYPE_PPI_FLAG_LOW_LEVEL 2
#endif

/* Xenstore ring frame and event channel (for the guest's xenbus; Xen does not use them). */
#define HVM_PARAM_STORE_PFN    1
#define HVM_PARAM_STORE_EVTCHN 2

/* Frames of the default IOREQ server's synchronous page and buffered ring. */
#define HVM_PARAM_IOREQ_PFN    5

#define HVM_PARAM_BUFIOREQ_PFN 6

#if defined(__i386__) || defined(__x86_64__)

/*
 * Viridian (Hyper-V compatible) enlightenments offered to the guest: a
 * mask of HVMPV_* bits, in which HVMPV_base_freq must be set.
 */
#define HVM_PARAM_VIRIDIAN     9

/*
 * The base set: the hypercall and guest-OS-id MSRs, the APIC access MSRs
 * (EOI, ICR, TPR), the VP index MSR, and the TSC and APIC frequency MSRs.
 */
#define _HVMPV_base_freq 0
#define HVMPV_base_freq  (1 << _HVMPV_base_freq)

/* Leave the two frequency MSRs out (the base set of Xen before 4.4). */
#define _HVMPV_no_freq 1
#define HVMPV_no_freq  (1 << _HVMPV_no_freq)

/* The partition reference counter MSR. */
#define _HVMPV_time_ref_count 2
#define HVMPV_time_ref_count  (1 << _HVMPV_time_ref_count)

/* The reference TSC page. */
#define _HVMPV_reference_tsc 3
#define HVMPV_reference_tsc  (1 << _HVMPV_reference_tsc)

/* Remote TLB flushes by hypercall. */
#define _HVMPV_hcall_remote_tlb_flush 4
#define HVMPV_hcall_remote_tlb_flush (1 << _HVMPV_hcall_remote_tlb_flush)

/* The APIC assist page. */
#define _HVMPV_apic_assist 5
#define HVMPV_apic_assist (1 << _HVMPV_apic_assist)

/* The crash-notification MSRs. */
#define _HVMPV_crash_ctl 6
#define HVMPV_crash_ctl (1 << _HVMPV_crash_ctl)

/* The synthetic interrupt controller MSRs. */
#define _HVMPV_synic 7
#define HVMPV_synic (1 << _HVMPV_synic)

/* The synthetic timer MSRs. */
#define _HVMPV_stimer 8
#define HVMPV_stimer (1 << _HVMPV_stimer)

/* IPIs by hypercall. */
#define _HVMPV_hcall_ipi 9
#define HVMPV_hcall_ipi (1 << _HVMPV_hcall_ipi)

/* Processor sets in sparse (ex) format in hypercalls. */
#define _HVMPV_ex_processor_masks 10
#define HVMPV_ex_processor_masks (1 << _HVMPV_ex_processor_masks)

/* No limit of 64 virtual processors. */
#define _HVMPV_no_vp_limit 11
#define HVMPV_no_vp_limit (1 << _HVMPV_no_vp_limit)

/* vCPU hot-plug. */
#define _HVMPV_cpu_hotplug 12
#define HVMPV_cpu_hotplug (1 << _HVMPV_cpu_hotplug)

/* Every HVMPV_* bit. */
#define HVMPV_feature_mask \
        (HVMPV_base_freq | \
         HVMPV_no_freq | \
         HVMPV_time_ref_count | \
         HVMPV_reference_tsc | \
         HVMPV_hcall_remote_tlb_flush | \
         HVMPV_apic_assist | \
         HVMPV_crash_ctl | \
         HVMPV_synic | \
         HVMPV_stimer | \
         HVMPV_hcall_ipi | \
         HVMPV_ex_processor_masks | \
         HVMPV_no_vp_limit | \
         HVMPV_cpu_hotplug)

#endif

/*
 * How virtual timers treat ticks a vCPU missed while it was not running
 * (x86 only):
 *  delay_for_missed_ticks (default): deliver them all when the vCPU runs
 *    again, its clock stepping through each one;
 *  no_delay_for_missed_ticks: deliver them all, the clock following real
 *    time meanwhile;
 *  no_missed_ticks_pending: keep none pending; the tick timer keeps
 *    running across a preemption so that ticks still arrive;
 *  one_missed_tick_pending: merge them into one late tick, the clock
 *    following real time.
 */
#define HVM_PARAM_TIMER_MODE   10
#define HVMPTM_delay_for_missed_ticks    0
#define HVMPTM_no_delay_for_missed_ticks 1
#define HVMPTM_no_missed_ticks_pending   2
#define HVMPTM_one_missed_tick_pending   3

/* Boolean: offer the guest an HPET (x86 only). */
#define HVM_PARAM_HPET_ENABLED 11

/* Identity-map page directory for EPT guests running with paging off. */
#define HVM_PARAM_IDENT_PT     12

/* The guest's ACPI sleep state (x86: S0 or S3). */
#define HVM_PARAM_ACPI_S_STATE 14

/* Task-state segment for Intel guests in real mode. */
#define HVM_PARAM_VM86_TSS     15

/* Boolean: align periodic virtual timers so their interrupts coincide. */
#define HVM_PARAM_VPT_ALIGN    16

/* Console ring frame and event channel. */
#define HVM_PARAM_CONSOLE_PFN    17
#define HVM_PARAM_CONSOLE_EVTCHN 18

/*
 * Which port set the ACPI PM1a blocks and PM timer use: 0 (default) or 1,
 * the ACPI_*_V0 and ACPI_*_V1 addresses of hvm/ioreq.h.
 */
#define HVM_PARAM_ACPI_IOPORTS_LOCATION 19

/* Frames of the vm_event rings (paging, monitor, sharing). */
#define HVM_PARAM_PAGING_RING_PFN   27
#define HVM_PARAM_MONITOR_RING_PFN  28
#define HVM_PARAM_SHARING_RING_PFN  29

/* The SHUTDOWN_* reason used when the guest triple-faults. */
#define HVM_PARAM_TRIPLE_FAULT_REASON 31

/* First frame and count of the frames reserved for IOREQ servers' pages. */
#define HVM_PARAM_IOREQ_SERVER_PFN 32
#define HVM_PARAM_NR_IOREQ_SERVER_PAGES 33

/* Guest physical address of the VM generation ID. */
#define HVM_PARAM_VM_GENERATION_ID_ADDR 34

/*
 * altp2m mode (XEN_ALTP2M_*): disabled (default); mixed (both the guest
 * and outside tools may use every altp2m operation); external (outside
 * tools only); limited (the guest may only switch views with VMFUNC and
 * receive #VE).
 */
#define HVM_PARAM_ALTP2M       35
#define XEN_ALTP2M_disabled      0
#define XEN_ALTP2M_mixed         1
#define XEN_ALTP2M_external      2
#define XEN_ALTP2M_limited       3

/*
 * Width in bytes of the x87 FIP/FDP that Xen saves and restores, as the
 * hardware cannot restore all of FIP/FDP/FCS/FDS: 8 (64-bit FIP/FDP, FCS
 * and FDS cleared; the default with CPUID FPCSDS), 4 (32-bit FIP/FDP plus
 * FCS/FDS), or 0 (Xen chooses from the values; the default without
 * FPCSDS).  Leave it at 8 on CPUs with FPCSDS, which never save FCS/FDS.
 */
#define HVM_PARAM_X87_FIP_WIDTH 36

/* HVM_PARAM_VM86_TSS with its size: address in bits 31..0, size in bits 63..32. */
#define HVM_PARAM_VM86_TSS_SIZED 37

/* Machine-check capabilities offered to the guest (XEN_HVM_MCA_CAP_*). */
#define HVM_PARAM_MCA_CAP 38
#define XEN_HVM_MCA_CAP_LMCE   (xen_mk_ullong(1) << 0)  /* local machine checks */
#define XEN_HVM_MCA_CAP_MASK   XEN_HVM_MCA_CAP_LMCE

/* One more than the highest parameter number. */
#define HVM_NR_PARAMS 39

#endif /* XEN_PUBLIC_HVM_PARAMS_H */
