/* SPDX-License-Identifier: MIT */
/*
 * Feature bits a guest reads with XENVER_get_features (version.h): bit N of
 * submap number N / 32 tells whether the feature numbered N is available.
 */
#ifndef XEN_PUBLIC_FEATURES_H
#define XEN_PUBLIC_FEATURES_H

/* PV: page tables may be written directly, without write protection. */
#define XENFEAT_writable_page_tables       0

/* PV: descriptor tables may be written directly, without write protection. */
#define XENFEAT_writable_descriptor_tables 1

/*
 * Xen translates between guest-physical and machine addresses itself, so
 * the guest uses guest frame numbers in page tables and hypercalls.
 */
#define XENFEAT_auto_translated_physmap    2

/* The guest kernel runs in supervisor mode (x86 ring 0). */
#define XENFEAT_supervisor_mode_kernel     3

/* x86 PAE: page directories need not be allocated below 4GB. */
#define XENFEAT_pae_pgdir_above_4gb        4

/* x86: MMU_PT_UPDATE_PRESERVE_AD is supported. */
#define XENFEAT_mmu_pt_update_preserve_ad  5

/* x86: MMUEXT_CLEAR_PAGE and MMUEXT_COPY_PAGE are supported. */
#define XENFEAT_highmem_assist             6

/* Grant mappings of PV guests may use the PTE bits available to software. */
#define XENFEAT_gnttab_map_avail_bits      7

/* x86 HVM: event upcalls may be delivered through a callback vector. */
#define XENFEAT_hvm_callback_vector        8

/* x86 HVM: the PV clock is safe to use. */
#define XENFEAT_hvm_safe_pvclock           9

/* x86 HVM: physical IRQs can be routed to event channels. */
#define XENFEAT_hvm_pirqs                 10

/* The domain may run as dom0. */
#define XENFEAT_dom0                      11

/*
 * Bit 12 was XENFEAT_grant_map_identity (grant mappings also made at
 * pfn == mfn).  Withdrawn: upstream keeps the name only inside a comment,
 * so it is not defined here either.
 */

/* XENMEMF_vnode may be used in memory_op to name a virtual NUMA node. */
#define XENFEAT_memory_op_vnode_supported 13

/* Arm: the SMC Calling Convention is supported. */
#define XENFEAT_ARM_SMCCC_supported       14

/* x86 PVH dom0: the RSDP may be anywhere, not only below 1MB. */
#define XENFEAT_linux_rsdp_unrestricted   15

/*
 * The domain's memory is (direct_mapped) or is not (not_direct_mapped)
 * mapped 1:1, gfn == mfn.  With neither bit (older Xen) the guest has to
 * guess from its kind.
 */
#define XENFEAT_not_direct_mapped         16
#define XENFEAT_direct_mapped             17

/*
 * VCPUOP_register_runstate_phys_area and
 * VCPUOP_register_vcpu_time_phys_area may be used.
 */
#define XENFEAT_runstate_phys_area        18
#define XENFEAT_vcpu_time_phys_area       19

/*
 * Device models get every MSI-X vector control write forwarded, not just
 * unmasking ones.
 */
#define XENFEAT_dm_msix_all_writes        20

/* Number of 32-bit submaps the feature bits occupy. */
#define XENFEAT_NR_SUBMAPS 1

#endif /* XEN_PUBLIC_FEATURES_H */
