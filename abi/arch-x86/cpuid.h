/* SPDX-License-Identifier: MIT */
/*
 * Xen's CPUID leaves on x86: how a guest detects Xen and reads the
 * features and parameters Xen advertises to it.  Constants only.
 *
 * The leaves start at the first multiple of 0x100 from 0x40000000 on that
 * no other hypervisor interface uses (0x40000100 when Viridian leaves are
 * present at 0x40000000).  Below, leaf N means base + N - 1.
 */
#pragma xenabi profiles x86_32 x86_64

#ifndef XEN_PUBLIC_ARCH_X86_CPUID_H
#define XEN_PUBLIC_ARCH_X86_CPUID_H

/* Lowest possible base of Xen's leaves; XEN_CPUID_LEAF(i) is leaf i + 1. */
#define XEN_CPUID_FIRST_LEAF 0x40000000
#pragma xenabi verbatim begin
#define XEN_CPUID_LEAF(i)    (XEN_CPUID_FIRST_LEAF + (i))
#pragma xenabi verbatim end

/*
 * Leaf 1 (base + 0): EAX is the highest Xen leaf available; EBX, ECX, EDX
 * spell "XenVMMXenVMM", the signature that identifies Xen.
 */
#define XEN_CPUID_SIGNATURE_EBX 0x566e6558  /* "XenV" */
#define XEN_CPUID_SIGNATURE_ECX 0x65584d4d  /* "MMXe" */
#define XEN_CPUID_SIGNATURE_EDX 0x4d4d566e  /* "nVMM" */

/*
 * Leaf 2 (base + 1): EAX holds the Xen version, major in bits 31:16 and
 * minor in bits 15:0.  EBX..EDX are zero (reserved).
 */

/*
 * Leaf 3 (base + 2): EAX is the number of hypercall pages (always at least
 * one), EBX the first of Xen's MSRs (write a page address there to get a
 * hypercall page), ECX and EDX feature bits (unused ones zero).
 */

/* ECX: MMU_PT_UPDATE_PRESERVE_AD is available to this guest. */
#define _XEN_CPUID_FEAT1_MMU_PT_UPDATE_PRESERVE_AD 0
#define XEN_CPUID_FEAT1_MMU_PT_UPDATE_PRESERVE_AD  (1u<<0)

/*
 * Leaf 4 (base + 3): time.
 *   sub-leaf 0: EAX flags below; EBX the TSC mode (XEN_CPUID_TSC_MODE_*);
 *               ECX the guest TSC frequency in kHz; EDX the guest TSC
 *               incarnation (bumped on each migration)
 *   sub-leaf 1: EAX/EBX the TSC offset (low/high 32 bits); ECX the
 *               multiplier and EDX the shift converting TSC ticks to ns
 *   sub-leaf 2: EAX the host TSC frequency in kHz
 */
#define XEN_CPUID_TSC_EMULATED               (1u << 0)  /* TSC reads are emulated */
#define XEN_CPUID_HOST_TSC_RELIABLE          (1u << 1)  /* host TSC known reliable */
#define XEN_CPUID_RDTSCP_INSTR_AVAIL         (1u << 2)  /* RDTSCP usable */

#define XEN_CPUID_TSC_MODE_DEFAULT           (0)    /* emulate only when needed */
#define XEN_CPUID_TSC_MODE_ALWAYS_EMULATE    (1u)
#define XEN_CPUID_TSC_MODE_NEVER_EMULATE     (2u)
#define XEN_CPUID_TSC_MODE_PVRDTSCP          (3u)   /* native, with TSC_AUX */

/*
 * Leaf 5 (base + 4): HVM guests.  Sub-leaf 0: EAX flags below; EBX the
 * vCPU id and ECX the domain id, when the matching flag is set.
 */
#define XEN_HVM_CPUID_APIC_ACCESS_VIRT (1u << 0) /* APIC register accesses virtualised */
#define XEN_HVM_CPUID_X2APIC_VIRT      (1u << 1) /* x2APIC accesses virtualised */
/* Pages mapped from other domains are also mapped in the IOMMU. */
#define XEN_HVM_CPUID_IOMMU_MAPPINGS   (1u << 2)
#define XEN_HVM_CPUID_VCPU_ID_PRESENT  (1u << 3) /* EBX holds the vCPU id */
#define XEN_HVM_CPUID_DOMID_PRESENT    (1u << 4) /* ECX holds the domain id */
/*
 * Extended destination id: with non-remappable interrupt format, IO-APIC
 * RTE bits 55:49 and MSI address bits 11:5 carry the high bits of a 15-bit
 * destination id (APIC ids below 32768).
 */
#define XEN_HVM_CPUID_EXT_DEST_ID      (1u << 5)
/* Per-vCPU upcall vectors work for physical IRQs bound to event channels. */
#define XEN_HVM_CPUID_UPCALL_VECTOR    (1u << 6)

/*
 * Leaf 6 (base + 5): PV guests.  Sub-leaf 0: EAX the highest sub-leaf;
 * EBX bits 7:0 the widest machine address in bits, hotplug memory
 * included.
 */
#define XEN_CPUID_MACHINE_ADDRESS_WIDTH_MASK (0xffu << 0)

/* Xen leaves beyond the first (leaf 1 + this is the last one). */
#define XEN_CPUID_MAX_NUM_LEAVES 5

#endif /* XEN_PUBLIC_ARCH_X86_CPUID_H */
