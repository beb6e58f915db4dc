/* SPDX-License-Identifier: MIT */
/*
 * Types of the ELF notes (name "Xen", in a PT_NOTE segment) through which
 * a guest kernel image tells the domain builder how to load and start it,
 * and of the notes Xen and the tools write into crash and core dumps.
 * A numeric note's desc is 4 or 8 bytes; a string note's is NUL-terminated
 * ASCII.  Where a note replaces a field of the old __xen_guest section,
 * that field's name is given as "legacy".
 */
#ifndef XEN_PUBLIC_ELFNOTE_H
#define XEN_PUBLIC_ELFNOTE_H

/* String: a NAME=VALUE pair. */
#define XEN_ELFNOTE_INFO           0

/* Numeric: virtual address of the entry point (legacy VIRT_ENTRY). */
#define XEN_ELFNOTE_ENTRY          1

/*
 * Numeric: virtual address of the hypercall page (legacy HYPERCALL_PAGE,
 * which held a physical page number instead).
 */
#define XEN_ELFNOTE_HYPERCALL_PAGE 2

/* Numeric: virtual address the image is mapped at, default 0 (VIRT_BASE). */
#define XEN_ELFNOTE_VIRT_BASE      3

/*
 * Numeric: how far the ELF paddr fields are from the pseudo-physical
 * addresses meant (old kernels put __PAGE_OFFSET there); default 0
 * (legacy ELF_PADDR_OFFSET, whose default was VIRT_BASE).
 */
#define XEN_ELFNOTE_PADDR_OFFSET   4

/* String: the Xen version the kernel was built for (legacy XEN_VER). */
#define XEN_ELFNOTE_XEN_VERSION    5

/* String: the guest OS name (legacy GUEST_OS). */
#define XEN_ELFNOTE_GUEST_OS       6

/* String: the guest OS version (legacy GUEST_VER). */
#define XEN_ELFNOTE_GUEST_VERSION  7

/* String: the loader type (legacy LOADER). */
#define XEN_ELFNOTE_LOADER         8

/*
 * String, 32-bit x86 only: PAE support, "yes", "no" or "bimodal" (older
 * Xen also understands "yes,bimodal"); "yes" implies page directories
 * above 4 GiB are fine (legacy PAE).
 */
#define XEN_ELFNOTE_PAE_MODE       9

/*
 * String: features the kernel supports, XENFEAT_ names without the
 * prefix, separated by '|'; a leading '!' marks a required one (legacy
 * FEATURES).
 */
#define XEN_ELFNOTE_FEATURES      10

/* String "yes" or "no": load the symbol table (legacy BSD_SYMTAB). */
#define XEN_ELFNOTE_BSD_SYMTAB    11

/*
 * Numeric: lowest address the hypervisor hole may start at (at most
 * HYPERVISOR_VIRT_START); also says the kernel copes with a higher hole.
 */
#define XEN_ELFNOTE_HV_START_LOW  12

/*
 * Numeric: maddr_t-sized mask/value pairs that identify non-present L1
 * page-table entries which still hold a valid MFN.
 */
#define XEN_ELFNOTE_L1_MFN_VALID  13

/* Numeric: the guest supports cooperative suspend cancellation (default 0). */
#define XEN_ELFNOTE_SUSPEND_CANCEL 14

/*
 * Numeric (x86-64 only): where to place the initial phys-to-machine map
 * instead of the default; the kernel must accept large (possibly
 * PFN-misaligned) pages for it and page tables not reachable through the
 * initial mapping.
 */
#define XEN_ELFNOTE_INIT_P2M      15

/* The guest accepts an initrd that is not mapped by its initial tables. */
#define XEN_ELFNOTE_MOD_START_PFN 16

/*
 * Numeric: XENFEAT_ bits the kernel supports, added to those named by
 * XEN_ELFNOTE_FEATURES (understood from Xen 4.2 on).
 */
#define XEN_ELFNOTE_SUPPORTED_FEATURES 17

/*
 * Numeric: 32-bit physical entry point, used when the kernel runs as an
 * HVM/PVH guest (started in protected mode, paging off).
 */
#define XEN_ELFNOTE_PHYS32_ENTRY 18

/*
 * A PVH kernel that can relocate itself.  Up to three 32-bit values, in
 * this order: required alignment (default 0x200000, or the largest
 * p_align of the loadable segments if that is at least 4 KiB), lowest
 * start address (default 0), highest address of the last byte (default
 * 0xffffffff).
 */
#define XEN_ELFNOTE_PHYS32_RELOC 19

/* The highest note type above. */
#define XEN_ELFNOTE_MAX XEN_ELFNOTE_PHYS32_RELOC

/* Crash dumps: one note of system information (see xen/elfcore.h). */
#define XEN_ELFNOTE_CRASH_INFO 0x1000001

/* Crash dumps: one note per CPU of registers the "CORE" note lacks. */
#define XEN_ELFNOTE_CRASH_REGS 0x1000002

/* Tool-written core dumps: an empty note marking the file as one. */
#define XEN_ELFNOTE_DUMPCORE_NONE               0x2000000

/* Core dumps: the dump header. */
#define XEN_ELFNOTE_DUMPCORE_HEADER             0x2000001

/* Core dumps: the Xen version (as XENVER_* reports it). */
#define XEN_ELFNOTE_DUMPCORE_XEN_VERSION        0x2000002

/* Core dumps: the dump format version. */
#define XEN_ELFNOTE_DUMPCORE_FORMAT_VERSION     0x2000003

#endif /* XEN_PUBLIC_ELFNOTE_H */
