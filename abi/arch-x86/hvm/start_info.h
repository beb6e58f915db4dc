/* SPDX-License-Identifier: MIT */
/*
 * The start-of-day information Xen (or the toolstack) hands a PVH guest,
 * and an HVM guest booted directly, with its physical address in %ebx.
 *
 * Every address in these structures is guest-physical, and Xen places
 * nothing at address 0, so an address of 0 means "absent".  Xen on x86
 * places all of it below 4 GiB.  Integers are little endian.
 *
 * <version> 0 had the fields up to rsdp_paddr; version 1 added
 * memmap_paddr, memmap_entries and reserved.  Later versions only add:
 * a guest reads the fields its version has and, from version 1, uses the
 * memory map only when memmap_entries is not 0.
 */
#pragma xenabi profiles x86_32 x86_64
#ifndef XEN_PUBLIC_ARCH_X86_HVM_START_INFO_H
#define XEN_PUBLIC_ARCH_X86_HVM_START_INFO_H

/* Value of <magic>: "xEn3" with the top bit of the 'E' set. */
#define XEN_HVM_START_MAGIC_VALUE 0x336ec578

/* Types of memory map entries: the ACPI address range types. */
#define XEN_HVM_MEMMAP_TYPE_RAM       1
#define XEN_HVM_MEMMAP_TYPE_RESERVED  2
#define XEN_HVM_MEMMAP_TYPE_ACPI      3
#define XEN_HVM_MEMMAP_TYPE_NVS       4
#define XEN_HVM_MEMMAP_TYPE_UNUSABLE  5
#define XEN_HVM_MEMMAP_TYPE_DISABLED  6
#define XEN_HVM_MEMMAP_TYPE_PMEM      7

/* The layout is fixed at the offsets its fields have on every compiler. */
struct hvm_start_info {
    uint32_t magic;             /* XEN_HVM_START_MAGIC_VALUE */
    uint32_t version;           /* of this structure: 0 or 1 */
    uint32_t flags;             /* SIF_* (xen.h) */
    uint32_t nr_modules;        /* entries at modlist_paddr */
    uint64_t modlist_paddr;     /* array of struct hvm_modlist_entry */
    uint64_t cmdline_paddr;     /* NUL-terminated ASCII command line */
    uint64_t rsdp_paddr;        /* ACPI RSDP */
    /* Version 1 on: */
    uint64_t memmap_paddr;      /* array of struct hvm_memmap_table_entry */
    uint32_t memmap_entries;    /* 0: no memory map given */
    uint32_t reserved;          /* zero */
};

/* One boot module (e.g. an initrd). */
struct hvm_modlist_entry {
    uint64_t paddr;             /* start of the module */
    uint64_t size;              /* bytes */
    uint64_t cmdline_paddr;     /* its NUL-terminated ASCII command line */
    uint64_t reserved;
};

/* One memory map range. */
struct hvm_memmap_table_entry {
    uint64_t addr;              /* start */
    uint64_t size;              /* bytes */
    uint32_t type;              /* XEN_HVM_MEMMAP_TYPE_* */
    uint32_t reserved;          /* zero in version 1 */
};

#endif /* XEN_PUBLIC_ARCH_X86_HVM_START_INFO_H */
