/* SPDX-License-Identifier: MIT */
/*
 * kexec_op: replacing the running hypervisor (and every domain with it) by
 * another kernel, either on request (a "default" image, much like a
 * reboot) or when Xen panics (a "crash" image, for kdump).  The control
 * domain loads and unloads images, asks where Xen keeps the memory areas a
 * crash dump needs, and starts a loaded image.
 *
 * HYPERVISOR_kexec_op(cmd, arg): cmd is a KEXEC_CMD_* value, arg the
 * structure that goes with it.
 */
#ifndef XEN_PUBLIC_KEXEC_H
#define XEN_PUBLIC_KEXEC_H

#include "xen.h"

#pragma xenabi hypercall kexec_op subop=arg1

/* Kinds of image: a normal one, and the one started when Xen crashes. */
#define KEXEC_TYPE_DEFAULT 0
#define KEXEC_TYPE_CRASH   1

/* Start the loaded image of the given type (does not return on success). */
#define KEXEC_CMD_kexec                 0
#pragma xenabi subop kexec_op KEXEC_CMD_kexec arg2=xen_kexec_exec_t:in
typedef struct xen_kexec_exec {
    int type;                   /* KEXEC_TYPE_* */
} xen_kexec_exec_t;

/*
 * Sub-ops 1 and 2 (the first load/unload interface) are gone; their
 * numbers stay taken.
 */

/* Memory areas KEXEC_CMD_kexec_get_range can report (machine addresses). */
#define KEXEC_RANGE_MA_CRASH      0 /* memory reserved for the crash image */
#define KEXEC_RANGE_MA_XEN        1 /* the hypervisor's own image */
#define KEXEC_RANGE_MA_CPU        2 /* one physical CPU's crash note */
#define KEXEC_RANGE_MA_XENHEAP    3 /* the Xen heap */
#define KEXEC_RANGE_MA_BOOT_PARAM 4 /* obsolete (ia64 boot parameters) */
#define KEXEC_RANGE_MA_EFI_MEMMAP 5 /* the EFI memory map */
#define KEXEC_RANGE_MA_VMCOREINFO 6 /* the vmcoreinfo note */

/*
 * Where a memory area lies.  The caller names the area (and, for
 * KEXEC_RANGE_MA_CPU, the physical CPU in nr); Xen returns its start and
 * size.  size and start are the guest's native long, so this record's
 * layout follows the caller's word size (4 bytes each on 32-bit guests).
 */
#define KEXEC_CMD_kexec_get_range       3
#pragma xenabi subop kexec_op KEXEC_CMD_kexec_get_range arg2=xen_kexec_range_t:inout
typedef struct xen_kexec_range {
    int range;                  /* KEXEC_RANGE_MA_* */
    int nr;                     /* CPU number for KEXEC_RANGE_MA_CPU */
#pragma xenabi dir out
    xen_native_ulong_t size;    /* bytes */
#pragma xenabi dir out
    xen_native_ulong_t start;   /* first byte */
} xen_kexec_range_t;

/*
 * One piece of an image: buf_size bytes from the caller's buffer go to
 * machine address dest_maddr; the rest of the dest_size bytes there are
 * zeroed.  A segment without a buffer only reserves the destination.
 */
typedef struct xen_kexec_segment {
    /* The source buffer; _pad keeps the union 8 bytes on every guest. */
#pragma xenabi select 0
    union {
#pragma xenabi arm default
#pragma xenabi count buf_size
#pragma xenabi dir in
        XEN_GUEST_HANDLE(const_void) h;
        uint64_t _pad;
    } buf;
    uint64_t buf_size;          /* bytes in the buffer */
    uint64_t dest_maddr;        /* machine address of the destination */
    uint64_t dest_size;         /* bytes at the destination */
} xen_kexec_segment_t;
DEFINE_XEN_GUEST_HANDLE(xen_kexec_segment_t);

/*
 * Load an image of the given type made of nr_segments segments.  A default
 * image may lie anywhere in RAM and is relocated before it runs; a crash
 * image must lie inside KEXEC_RANGE_MA_CRASH, entry point included, and the
 * caller keeps images from overlapping.
 */
#define KEXEC_CMD_kexec_load 4
#pragma xenabi subop kexec_op KEXEC_CMD_kexec_load arg2=xen_kexec_load_t:in
typedef struct xen_kexec_load {
    uint8_t  type;              /* KEXEC_TYPE_* */
    uint8_t  _pad;
    uint16_t arch;              /* ELF machine (EM_*) of the image */
    uint32_t nr_segments;
    /* The segments; _pad keeps the union 8 bytes on every guest. */
#pragma xenabi select 0
    union {
#pragma xenabi arm default
#pragma xenabi count nr_segments
#pragma xenabi dir in
        XEN_GUEST_HANDLE(xen_kexec_segment_t) h;
        uint64_t _pad;
    } segments;
    uint64_t entry_maddr;       /* machine address of the entry point */
} xen_kexec_load_t;
DEFINE_XEN_GUEST_HANDLE(xen_kexec_load_t);

/* Drop the loaded image of the given type. */
#define KEXEC_CMD_kexec_unload 5
#pragma xenabi subop kexec_op KEXEC_CMD_kexec_unload arg2=xen_kexec_unload_t:in
typedef struct xen_kexec_unload {
    uint8_t type;               /* KEXEC_TYPE_* */
} xen_kexec_unload_t;
DEFINE_XEN_GUEST_HANDLE(xen_kexec_unload_t);

/* Whether an image of the given type is loaded: returns 1 if so, 0 if not. */
#define KEXEC_CMD_kexec_status 6
#pragma xenabi subop kexec_op KEXEC_CMD_kexec_status arg2=xen_kexec_status_t:in
typedef struct xen_kexec_status {
    uint8_t type;               /* KEXEC_TYPE_* */
} xen_kexec_status_t;
DEFINE_XEN_GUEST_HANDLE(xen_kexec_status_t);

#endif /* XEN_PUBLIC_KEXEC_H */
