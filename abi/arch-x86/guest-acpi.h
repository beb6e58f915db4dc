/* SPDX-License-Identifier: MIT */
/*
 * Where Xen's virtual ACPI hardware for HVM/PVH guests keeps vCPU hotplug
 * state, for the toolstack that builds the guest's ACPI tables.
 */
#pragma xenabi profiles x86_32 x86_64

#ifndef XEN_PUBLIC_ARCH_X86_GUEST_ACPI_H
#define XEN_PUBLIC_ARCH_X86_GUEST_ACPI_H

#ifdef __XEN_TOOLS__

/*
 * I/O port of the bitmap of online vCPUs (one bit per vCPU) and its length
 * in bytes; HVM_MAX_VCPUS comes from hvm/hvm_info_table.h, which the user
 * includes.
 */
#define XEN_ACPI_CPU_MAP             0xaf00
#define XEN_ACPI_CPU_MAP_LEN         ((HVM_MAX_VCPUS + 7) / 8)

/* GPE0 status bit raised when a vCPU is plugged or unplugged. */
#define XEN_ACPI_GPE0_CPUHP_BIT      2

#endif /* __XEN_TOOLS__ */

#endif /* XEN_PUBLIC_ARCH_X86_GUEST_ACPI_H */
