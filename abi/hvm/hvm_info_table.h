/* SPDX-License-Identifier: MIT */
/*
 * The HVM information table: what the domain builder tells the guest's
 * firmware (hvmloader) about the domain, at a fixed guest-physical address.
 */
#ifndef XEN_PUBLIC_HVM_HVM_INFO_TABLE_H
#define XEN_PUBLIC_HVM_HVM_INFO_TABLE_H

/* Where the table is: frame, offset in that frame, physical address. */
#define HVM_INFO_PFN         0x09F
#define HVM_INFO_OFFSET      0x800
#define HVM_INFO_PADDR       ((HVM_INFO_PFN << 12) + HVM_INFO_OFFSET)

/* Most vCPUs an HVM guest can have (limited by the vLAPIC ID scheme). */
#define HVM_MAX_VCPUS        128

/*
 * A guest may rely on Xen's vCPU id (as used by VCPUOP_* and some
 * EVTCHNOP_* calls) being the ACPI processor id of the vCPU in the MADT
 * (not its APIC id).
 */

struct hvm_info_table {
    char        signature[8];   /* "HVM INFO" */
    uint32_t    length;         /* of the table, bytes */
    uint8_t     checksum;       /* makes the byte sum of the table zero */

    uint8_t     apic_mode;      /* firmware should describe APICs (MADT, MP) */

    uint32_t    nr_vcpus;

    /*
     * Guest memory map, in 4 KiB frame numbers; a range whose field is 0
     * does not exist.  RAM below 4 GiB runs from 0 to low_mem_pgend
     * (exclusive; the VGA hole 0xA0000-0xBFFFF aside), frames from
     * reserved_mem_pgstart to 4 GiB are reserved for special mappings, and
     * RAM above 4 GiB runs from 4 GiB to high_mem_pgend (exclusive).
     */
    uint32_t    low_mem_pgend;
    uint32_t    reserved_mem_pgstart;
    uint32_t    high_mem_pgend;

    /* One bit per vCPU: online at boot. */
    uint8_t     vcpu_online[(HVM_MAX_VCPUS + 7)/8];
};

#endif /* XEN_PUBLIC_HVM_HVM_INFO_TABLE_H */
