/* SPDX-License-Identifier: MIT */
/*
 * tmem_op: transcendent memory, a cache of guest pages kept by Xen in
 * otherwise unused memory (ephemeral or persistent pools of pages named by
 * pool, object id and index).  Removed from Xen: the whole interface exists
 * only for guests that ask for an interface version below 0x00041300, so
 * the tools view (and the generator) sees none of it.
 */
#ifndef XEN_PUBLIC_TMEM_H
#define XEN_PUBLIC_TMEM_H

#include "xen.h"

#if __XEN_INTERFACE_VERSION__ < 0x00041300

/* Version of the tmem ABI. */
#define TMEM_SPEC_VERSION          1

/* Values of tmem_op.cmd. */
#define TMEM_NEW_POOL              1
#define TMEM_DESTROY_POOL          2
#define TMEM_PUT_PAGE              4
#define TMEM_GET_PAGE              5
#define TMEM_FLUSH_PAGE            6
#define TMEM_FLUSH_OBJECT          7
#if __XEN_INTERFACE_VERSION__ < 0x00040400
/* Commands dropped in interface 0x00040400. */
#define TMEM_NEW_PAGE              3
#define TMEM_READ                  8
#define TMEM_WRITE                 9
#define TMEM_XCHG                 10
#endif

/* Privileged commands, later moved to a sysctl (SET_AUTH, SET_POOL). */
#define TMEM_AUTH                 101
#define TMEM_RESTORE_NEW          102

/* Bits of creat.flags for TMEM_NEW_POOL. */
#define TMEM_POOL_PERSIST          1
#define TMEM_POOL_SHARED           2
#define TMEM_POOL_PRECOMPRESSED    4
#define TMEM_POOL_PAGESIZE_SHIFT   4
#define TMEM_POOL_PAGESIZE_MASK  0xf
#define TMEM_POOL_VERSION_SHIFT   24
#define TMEM_POOL_VERSION_MASK  0xff
#define TMEM_POOL_RESERVED_BITS  0x00ffff00

/* Client flags kept across save/restore. */
#define TMEM_CLIENT_COMPRESS       1
#define TMEM_CLIENT_FROZEN         2

/* Error numbers particular to tmem. */
#define EFROZEN                 1000
#define EEMPTY                  1001

/* An object id: 192 bits. */
struct xen_tmem_oid {
    uint64_t oid[3];
};
typedef struct xen_tmem_oid xen_tmem_oid_t;
DEFINE_XEN_GUEST_HANDLE(xen_tmem_oid_t);

#ifndef __ASSEMBLER__
#if __XEN_INTERFACE_VERSION__ < 0x00040400
typedef xen_pfn_t tmem_cli_mfn_t;
#endif
typedef XEN_GUEST_HANDLE(char) tmem_cli_va_t;

/*
 * The argument of HYPERVISOR_tmem_op(tmem_op_t *).  (No hypercall or
 * select annotations: the generator never sees this version range.)
 */
struct tmem_op {
    uint32_t cmd;                 /* TMEM_* */
    int32_t pool_id;
    union {
        /* TMEM_NEW_POOL. */
        struct {
            uint64_t uuid[2];     /* shared pools: the pool's UUID */
            uint32_t flags;       /* TMEM_POOL_* */
            uint32_t arg1;
        } creat;
        /* Every other command. */
        struct {
#if __XEN_INTERFACE_VERSION__ < 0x00040600
            uint64_t oid[3];
#else
            xen_tmem_oid_t oid;
#endif
            uint32_t index;       /* page within the object */
            uint32_t tmem_offset;
            uint32_t pfn_offset;
            uint32_t len;
            xen_pfn_t cmfn;       /* the guest's frame */
        } gen;
    } u;
};
typedef struct tmem_op tmem_op_t;
DEFINE_XEN_GUEST_HANDLE(tmem_op_t);
#endif

#endif /* __XEN_INTERFACE_VERSION__ < 0x00041300 */

#endif /* XEN_PUBLIC_TMEM_H */
