/* SPDX-License-Identifier: MIT */
/*
 * dom0_op: the control interface of Xen 3.2 and older, replaced by
 * platform_op (platform.h), domctl and sysctl.  Kept for source
 * compatibility only: any interface version from 0x00030204 on (which
 * includes the tools view) refuses the header with #error, and the names
 * below map the surviving operations onto their platform_op equivalents.
 */
#ifndef XEN_PUBLIC_DOM0_OPS_H
#define XEN_PUBLIC_DOM0_OPS_H

#include "xen.h"

/* Compiles in guest views of interface versions before 0x00030204 only. */
#pragma xenabi view guest

/*
 * The refusal is a verbatim region so that the generator, which reads the
 * description with the latest interface version, does not stop on it.
 */
#pragma xenabi verbatim begin
#if __XEN_INTERFACE_VERSION__ >= 0x00030204
#error "dom0_ops.h is a compatibility interface only"
#endif
#pragma xenabi verbatim end

/*
 * Everything else exists only where the #error above does not fire.
 * Upstream includes platform.h unconditionally; including it here instead
 * changes nothing a compiler can observe and keeps the generator, which
 * never enters this region, independent of platform.h.
 */
#if __XEN_INTERFACE_VERSION__ < 0x00030204
#include "platform.h"

#define DOM0_INTERFACE_VERSION XENPF_INTERFACE_VERSION

/* Old names of platform_op operations and their structures. */
#define DOM0_SETTIME          XENPF_settime
#define dom0_settime          xenpf_settime
#define dom0_settime_t        xenpf_settime_t

#define DOM0_ADD_MEMTYPE      XENPF_add_memtype
#define dom0_add_memtype      xenpf_add_memtype
#define dom0_add_memtype_t    xenpf_add_memtype_t

#define DOM0_DEL_MEMTYPE      XENPF_del_memtype
#define dom0_del_memtype      xenpf_del_memtype
#define dom0_del_memtype_t    xenpf_del_memtype_t

#define DOM0_READ_MEMTYPE     XENPF_read_memtype
#define dom0_read_memtype     xenpf_read_memtype
#define dom0_read_memtype_t   xenpf_read_memtype_t

#define DOM0_MICROCODE        XENPF_microcode_update
#define dom0_microcode        xenpf_microcode_update
#define dom0_microcode_t      xenpf_microcode_update_t

#define DOM0_PLATFORM_QUIRK   XENPF_platform_quirk
#define dom0_platform_quirk   xenpf_platform_quirk
#define dom0_platform_quirk_t xenpf_platform_quirk_t

typedef uint64_t cpumap_t;

/* Not supported any more; the definition keeps old sources compiling. */
#define DOM0_MSR                 15
struct dom0_msr {
    uint32_t write;            /* in: non-zero writes the MSR */
    cpumap_t cpu_mask;         /* in */
    uint32_t msr;              /* in */
    uint32_t in1;              /* in: low word to write */
    uint32_t in2;              /* in: high word to write */
    uint32_t out1;             /* out: low word read */
    uint32_t out2;             /* out: high word read */
};
typedef struct dom0_msr dom0_msr_t;
DEFINE_XEN_GUEST_HANDLE(dom0_msr_t);

/* Not supported any more; the definition keeps old sources compiling. */
#define DOM0_PHYSICAL_MEMORY_MAP 40
struct dom0_memory_map_entry {
    uint64_t start, end;
    uint32_t flags;            /* reserved */
    uint8_t  is_ram;
};
typedef struct dom0_memory_map_entry dom0_memory_map_entry_t;
DEFINE_XEN_GUEST_HANDLE(dom0_memory_map_entry_t);

/* The argument of the old dom0_op hypercall. */
struct dom0_op {
    uint32_t cmd;                  /* DOM0_* */
    uint32_t interface_version;    /* DOM0_INTERFACE_VERSION */
    union {
        struct dom0_msr               msr;
        struct dom0_settime           settime;
        struct dom0_add_memtype       add_memtype;
        struct dom0_del_memtype       del_memtype;
        struct dom0_read_memtype      read_memtype;
        struct dom0_microcode         microcode;
        struct dom0_platform_quirk    platform_quirk;
        struct dom0_memory_map_entry  physical_memory_map;
        uint8_t                       pad[128];
    } u;
};
typedef struct dom0_op dom0_op_t;
DEFINE_XEN_GUEST_HANDLE(dom0_op_t);

#endif /* __XEN_INTERFACE_VERSION__ < 0x00030204 */

#endif /* XEN_PUBLIC_DOM0_OPS_H */
