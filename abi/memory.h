/* SPDX-License-Identifier: MIT */
/*
 * HYPERVISOR_memory_op(cmd, arg): growing and shrinking a domain's memory,
 * exchanging frames, editing the guest-physical map (physmap), querying
 * memory maps and the machine-to-phys table, populate-on-demand targets,
 * and (for the toolstack) paging, access control, sharing, reserved device
 * regions and mapping of guest resources.  cmd is one of XENMEM_*; arg
 * points to the structure that goes with it.
 */
#ifndef XEN_PUBLIC_MEMORY_H
#define XEN_PUBLIC_MEMORY_H

#include "xen.h"
#include "physdev.h"

#pragma xenabi hypercall memory_op subop=arg1

/*
 * Reservation changes, all taking a struct xen_memory_reservation.  The
 * return value is how many extents were handled.
 *  increase_reservation: give the domain new extents (Xen returns MFNs);
 *  decrease_reservation: hand back the extents at the listed GMFNs;
 *  populate_physmap:     back the listed GPFNs with memory (Xen returns
 *                        the GMFNs it used and updates the M2P).
 */
#define XENMEM_increase_reservation 0
#define XENMEM_decrease_reservation 1
#define XENMEM_populate_physmap     6

#pragma xenabi subop memory_op XENMEM_increase_reservation arg2=xen_memory_reservation_t:inout
#pragma xenabi subop memory_op XENMEM_decrease_reservation arg2=xen_memory_reservation_t:in
#pragma xenabi subop memory_op XENMEM_populate_physmap arg2=xen_memory_reservation_t:inout

#if __XEN_INTERFACE_VERSION__ >= 0x00030209
/*
 * Bits of xen_memory_reservation.mem_flags.  The low byte limits the
 * address width of the allocated frames (0: no limit; ignored when
 * decreasing); the next byte holds NUMA node + 1 (0: any node).
 */
#define XENMEMF_address_bits(x)     (x)
#define XENMEMF_get_address_bits(x) ((x) & 0xffu)
#define XENMEMF_node(x)             (((x) + 1) << 8)
#define XENMEMF_get_node(x)         ((((x) >> 8) - 1) & 0xffu)
/* Fill the physmap with populate-on-demand entries instead of memory. */
#define XENMEMF_populate_on_demand  (1<<16)
/* Fail rather than fall back to another node. */
#define XENMEMF_exact_node_request  (1<<17)
#define XENMEMF_exact_node(n)       (XENMEMF_node(n) | XENMEMF_exact_node_request)
/* The node number is a virtual (vNUMA) node of the domain. */
#define XENMEMF_vnode               (1<<18)
#endif

struct xen_memory_reservation {
    /*
     * One frame number per extent: what Xen allocated (increase), what
     * the guest gives back (decrease), or the GPFNs to fill, overwritten
     * with the GMFNs used (populate).  Must be null for claim_pages.
     */
#pragma xenabi count nr_extents
#pragma xenabi dir out XENMEM_increase_reservation
#pragma xenabi dir in XENMEM_decrease_reservation XENMEM_claim_pages
#pragma xenabi dir inout XENMEM_populate_physmap XENMEM_exchange
    XEN_GUEST_HANDLE(xen_pfn_t) extent_start;

    /* How many extents, each 2^extent_order pages (and aligned so). */
    xen_ulong_t    nr_extents;
    unsigned int   extent_order;

#if __XEN_INTERFACE_VERSION__ >= 0x00030209
    /* XENMEMF_* bits. */
    unsigned int   mem_flags;
#else
    /* Address-width limit of the new frames (0: none). */
    unsigned int   address_bits;
#endif

    /* The domain to change: DOMID_SELF unless the caller is privileged. */
    domid_t        domid;
};
typedef struct xen_memory_reservation xen_memory_reservation_t;
DEFINE_XEN_GUEST_HANDLE(xen_memory_reservation_t);

/*
 * Atomically trade the extents listed in 'in' for new ones described by
 * 'out' (PV guests only).  0 on full success; otherwise a negative error,
 * with nr_exchanged saying how far Xen got.
 */
#define XENMEM_exchange             11
#pragma xenabi subop memory_op XENMEM_exchange arg2=xen_memory_exchange_t:inout

struct xen_memory_exchange {
    /* The GMFN extents to give up (in.mem_flags is not used). */
#pragma xenabi dir in
    struct xen_memory_reservation in;

    /*
     * The replacement extents: same domain and same total number of pages
     * as 'in', a list that does not overlap in's.  Holds GPFNs on entry
     * and the allocated GMFNs on return.
     */
#pragma xenabi dir inout
    struct xen_memory_reservation out;

    /*
     * How many 'in' extents were exchanged (the first nr_exchanged of
     * each list); the rest are untouched.  The caller must zero it.
     */
#pragma xenabi dir inout
    xen_ulong_t nr_exchanged;
};
typedef struct xen_memory_exchange xen_memory_exchange_t;
DEFINE_XEN_GUEST_HANDLE(xen_memory_exchange_t);

/* Highest machine frame of mapped RAM, as the return value; arg unused. */
#define XENMEM_maximum_ram_page     2
#pragma xenabi subop memory_op XENMEM_maximum_ram_page

/* Names the domain for the queries below (DOMID_SELF allowed). */
struct xen_memory_domain {
    domid_t domid;
};

/* Current or maximum reservation of a domain, in pages. */
#define XENMEM_current_reservation  3
#define XENMEM_maximum_reservation  4

/* Highest GFN the domain uses. */
#define XENMEM_maximum_gpfn         14

#pragma xenabi subop memory_op XENMEM_current_reservation arg2=xen_memory_domain:in
#pragma xenabi subop memory_op XENMEM_maximum_reservation arg2=xen_memory_domain:in
#pragma xenabi subop memory_op XENMEM_maximum_gpfn arg2=xen_memory_domain:in

/*
 * The MFNs of the 2MB extents holding the machine-to-phys table (only on
 * architectures that have one).  Unused 2MB slots read as MFN 0.
 */
#define XENMEM_machphys_mfn_list    5
struct xen_machphys_mfn_list {
    /* Room in extent_start. */
    unsigned int max_extents;

    /* Filled with the extent MFNs. */
#pragma xenabi count max_extents
#pragma xenabi dir out
    XEN_GUEST_HANDLE(xen_pfn_t) extent_start;

    /* How many entries Xen wrote (at most max_extents). */
#pragma xenabi dir out
    unsigned int nr_extents;
};
typedef struct xen_machphys_mfn_list xen_machphys_mfn_list_t;
DEFINE_XEN_GUEST_HANDLE(xen_machphys_mfn_list_t);

/*
 * Like XENMEM_machphys_mfn_list, but for the compatibility (32-bit) M2P
 * table; the same thing when the caller is itself a compat guest.
 */
#define XENMEM_machphys_compat_mfn_list     25

#pragma xenabi subop memory_op XENMEM_machphys_mfn_list arg2=xen_machphys_mfn_list_t:inout
#pragma xenabi subop memory_op XENMEM_machphys_compat_mfn_list arg2=xen_machphys_mfn_list_t:inout

/*
 * Where the machine-to-phys table is mapped in the guest's virtual
 * address space (where the architecture maps one).
 */
#define XENMEM_machphys_mapping     12
#pragma xenabi subop memory_op XENMEM_machphys_mapping arg2=xen_machphys_mapping_t:out

struct xen_machphys_mapping {
    /* Virtual start and end of the table. */
    xen_ulong_t v_start, v_end;
    /* Largest MFN the table covers. */
    xen_ulong_t max_mfn;
};
typedef struct xen_machphys_mapping xen_machphys_mapping_t;
DEFINE_XEN_GUEST_HANDLE(xen_machphys_mapping_t);

/* What an add_to_physmap index refers to (enum phys_map_space). */
#define XENMAPSPACE_shared_info  0 /* the shared-info page */
#define XENMAPSPACE_grant_table  1 /* a grant-table frame */
#define XENMAPSPACE_gmfn         2 /* a GMFN of the domain */
#define XENMAPSPACE_gmfn_range   3 /* 'size' GMFNs; add_to_physmap only */
#define XENMAPSPACE_gmfn_foreign 4 /* a GMFN of another domain; batch only */
#define XENMAPSPACE_dev_mmio     5 /* device MMIO; Arm only, mapped as normal
                                      write-back cacheable memory */

/*
 * Make a page appear at a given GPFN of a translated guest.
 */
#define XENMEM_add_to_physmap      7
#pragma xenabi subop memory_op XENMEM_add_to_physmap arg2=xen_add_to_physmap_t:inout

struct xen_add_to_physmap {
    /* The domain whose physmap changes. */
    domid_t domid;

    /* Page count, for XENMAPSPACE_gmfn_range. */
    uint16_t    size;

    /* XENMAPSPACE_*. */
    unsigned int space;

/* Or'ed into idx to map grant-table status frames instead. */
#define XENMAPIDX_grant_table_status 0x80000000U

    /* Index of the page within 'space'. */
    xen_ulong_t idx;

    /* Where in 'domid' the page goes. */
    xen_pfn_t     gpfn;
};
typedef struct xen_add_to_physmap xen_add_to_physmap_t;
DEFINE_XEN_GUEST_HANDLE(xen_add_to_physmap_t);

/* add_to_physmap for many pages at once, with one error per page. */
#define XENMEM_add_to_physmap_batch 23
#pragma xenabi subop memory_op XENMEM_add_to_physmap_batch arg2=xen_add_to_physmap_batch_t:inout

struct xen_add_to_physmap_batch {
    /* The domain whose physmap changes. */
    domid_t domid;
    /* XENMAPSPACE_*. */
    uint16_t space;

    /* Length of idxs, gpfns and errs. */
    uint16_t size;

#if __XEN_INTERFACE_VERSION__ < 0x00040700
    /* Source domain for XENMAPSPACE_gmfn_foreign, else 0. */
    domid_t foreign_domid;
#else
#pragma xenabi select space
    union xen_add_to_physmap_batch_extra {
        /* Source domain of the pages. */
#pragma xenabi arm XENMAPSPACE_gmfn_foreign
        domid_t foreign_domid;
        /* Every other space: must be 0. */
#pragma xenabi arm default
        uint16_t res0;
    } u;
#endif

    /* Indexes within 'space'. */
#pragma xenabi count size
#pragma xenabi dir in
    XEN_GUEST_HANDLE(xen_ulong_t) idxs;

    /* Target GPFNs in 'domid'. */
#pragma xenabi count size
#pragma xenabi dir in
    XEN_GUEST_HANDLE(xen_pfn_t) gpfns;

    /* Result of each page (0 or a negative error). */
#pragma xenabi count size
#pragma xenabi dir out
    XEN_GUEST_HANDLE(int) errs;
};
typedef struct xen_add_to_physmap_batch xen_add_to_physmap_batch_t;
DEFINE_XEN_GUEST_HANDLE(xen_add_to_physmap_batch_t);

#if __XEN_INTERFACE_VERSION__ < 0x00040400
/* The batch call's name before interface 4.4. */
#define XENMEM_add_to_physmap_range XENMEM_add_to_physmap_batch
#define xen_add_to_physmap_range xen_add_to_physmap_batch
typedef struct xen_add_to_physmap_batch xen_add_to_physmap_range_t;
DEFINE_XEN_GUEST_HANDLE(xen_add_to_physmap_range_t);
#endif

/* Remove the page mapped at a GPFN of a translated guest. */
#define XENMEM_remove_from_physmap      15
#pragma xenabi subop memory_op XENMEM_remove_from_physmap arg2=xen_remove_from_physmap_t:in

struct xen_remove_from_physmap {
    /* The domain whose physmap changes. */
    domid_t domid;

    /* The GPFN to unmap. */
    xen_pfn_t     gpfn;
};
typedef struct xen_remove_from_physmap xen_remove_from_physmap_t;
DEFINE_XEN_GUEST_HANDLE(xen_remove_from_physmap_t);

/* Sub-op 8 (translate_gpfn_list) no longer exists. */

/*
 * The domain's pseudo-physical memory map as set at build time by
 * XENMEM_set_memory_map.
 */
#define XENMEM_memory_map           9
struct xen_memory_map {
    /* Capacity of buffer in entries on entry; entries written on return. */
#pragma xenabi dir inout
    unsigned int nr_entries;

    /*
     * E820-style entries (the BIOS INT 15h, AX=E820h format: 64-bit base,
     * 64-bit length, 32-bit type, 20 bytes each, packed).
     */
#pragma xenabi count nr_entries * 20
#pragma xenabi dir out XENMEM_memory_map XENMEM_machine_memory_map
#pragma xenabi dir in XENMEM_set_memory_map
    XEN_GUEST_HANDLE(void) buffer;
};
typedef struct xen_memory_map xen_memory_map_t;
DEFINE_XEN_GUEST_HANDLE(xen_memory_map_t);

/*
 * The host's real memory map, in the same format.  A null buffer asks for
 * the number of entries needed.
 */
#define XENMEM_machine_memory_map   10

#pragma xenabi subop memory_op XENMEM_memory_map arg2=xen_memory_map_t:inout
#pragma xenabi subop memory_op XENMEM_machine_memory_map arg2=xen_memory_map_t:inout

/* Set another domain's pseudo-physical memory map (toolstack). */
#define XENMEM_set_memory_map       13
#pragma xenabi subop memory_op XENMEM_set_memory_map arg2=xen_foreign_memory_map_t:in

struct xen_foreign_memory_map {
    domid_t domid;
    struct xen_memory_map map;
};
typedef struct xen_foreign_memory_map xen_foreign_memory_map_t;
DEFINE_XEN_GUEST_HANDLE(xen_foreign_memory_map_t);

/* Populate-on-demand: set or read a domain's target and PoD counters. */
#define XENMEM_set_pod_target       16
#define XENMEM_get_pod_target       17

#pragma xenabi subop memory_op XENMEM_set_pod_target arg2=xen_pod_target_t:inout
#pragma xenabi subop memory_op XENMEM_get_pod_target arg2=xen_pod_target_t:inout

struct xen_pod_target {
    /* Wanted size of the domain, in pages (set only). */
    uint64_t target_pages;
    /* Pages the domain has. */
#pragma xenabi dir out
    uint64_t tot_pages;
    /* Pages in the PoD cache. */
#pragma xenabi dir out
    uint64_t pod_cache_pages;
    /* Outstanding PoD entries in the physmap. */
#pragma xenabi dir out
    uint64_t pod_entries;
    /* The domain. */
    domid_t domid;
};
typedef struct xen_pod_target xen_pod_target_t;

#if defined(__XEN__) || defined(__XEN_TOOLS__)

#pragma xenabi verbatim begin
#ifndef uint64_aligned_t
#define uint64_aligned_t uint64_t
#endif
#pragma xenabi verbatim end

/* Frames freed, or shared, by memory sharing (the return value; no arg). */
#define XENMEM_get_sharing_freed_pages    18
#define XENMEM_get_sharing_shared_pages   19

#pragma xenabi subop memory_op XENMEM_get_sharing_freed_pages
#pragma xenabi subop memory_op XENMEM_get_sharing_shared_pages

/* Guest memory paging (swapping guest frames out and back in). */
#define XENMEM_paging_op                    20
#define XENMEM_paging_op_nominate           0
#define XENMEM_paging_op_evict              1
#define XENMEM_paging_op_prep               2

#pragma xenabi subop memory_op XENMEM_paging_op arg2=xen_mem_paging_op_t:inout

struct xen_mem_paging_op {
    /* XENMEM_paging_op_*. */
    uint8_t     op;
    domid_t     domain;

    /* prep: optional page of contents to load the frame with. */
#pragma xenabi count 4096
#pragma xenabi dir in
    XEN_GUEST_HANDLE_64(const_uint8) buffer;
    /* The frame operated on. */
    uint64_aligned_t    gfn;
};
typedef struct xen_mem_paging_op xen_mem_paging_op_t;
DEFINE_XEN_GUEST_HANDLE(xen_mem_paging_op_t);

/* Per-page access permissions (for introspection / mem_access events). */
#define XENMEM_access_op                    21
#define XENMEM_access_op_set_access         0
#define XENMEM_access_op_get_access         1
/* Values 2 and 3 were the emulate on/off ops; they stay reserved. */
#define XENMEM_access_op_set_access_multi   4

#pragma xenabi subop memory_op XENMEM_access_op arg2=xen_mem_access_op_t:inout

typedef enum {
    XENMEM_access_n,
    XENMEM_access_r,
    XENMEM_access_w,
    XENMEM_access_rw,
    XENMEM_access_x,
    XENMEM_access_rx,
    XENMEM_access_wx,
    XENMEM_access_rwx,
    /* r-x that turns into rw- on the first write. */
    XENMEM_access_rx2rw,
    /* No access until touched, then rwx; the event does not pause. */
    XENMEM_access_n2rwx,
    /* Read only, but the processor's own page-table walks may still set the
     * accessed/dirty bits (paging-write capable hardware). */
    XENMEM_access_r_pw,
    /* Whatever the domain's default is. */
    XENMEM_access_default
} xenmem_access_t;

struct xen_mem_access_op {
    /* XENMEM_access_op_*. */
    uint8_t op;
    /* A xenmem_access_t (set: in; get: out). */
#pragma xenabi dir inout
    uint8_t access;
    domid_t domid;
    /*
     * set: number of pages from pfn; set_access_multi: length of the two
     * lists.  Not used otherwise.
     */
    uint32_t nr;
    /* First (set) or only (get) pfn; ~0 stands for the default access. */
    uint64_aligned_t pfn;
    /* set_access_multi: the pfns to change. */
#pragma xenabi count nr
#pragma xenabi dir in
    XEN_GUEST_HANDLE(const_uint64) pfn_list;
    /* set_access_multi: the xenmem_access_t of each pfn in pfn_list. */
#pragma xenabi count nr
#pragma xenabi dir in
    XEN_GUEST_HANDLE(const_uint8) access_list;
};
typedef struct xen_mem_access_op xen_mem_access_op_t;
DEFINE_XEN_GUEST_HANDLE(xen_mem_access_op_t);

/* Memory sharing (deduplication) and VM forking. */
#define XENMEM_sharing_op                   22
#define XENMEM_sharing_op_nominate_gfn      0
#define XENMEM_sharing_op_nominate_gref     1
#define XENMEM_sharing_op_share             2
#define XENMEM_sharing_op_debug_gfn         3
#define XENMEM_sharing_op_debug_mfn         4
#define XENMEM_sharing_op_debug_gref        5
#define XENMEM_sharing_op_add_physmap       6
#define XENMEM_sharing_op_audit             7
#define XENMEM_sharing_op_range_share       8
#define XENMEM_sharing_op_fork              9
#define XENMEM_sharing_op_fork_reset        10

#pragma xenabi subop memory_op XENMEM_sharing_op arg2=xen_mem_sharing_op_t:inout

/* Errors for a stale source or client sharing handle. */
#define XENMEM_SHARING_OP_S_HANDLE_INVALID  (-10)
#define XENMEM_SHARING_OP_C_HANDLE_INVALID  (-9)

/*
 * A gfn field may carry a grant reference instead, flagged by bit 62,
 * so that back ends that only see grant references can share pages.
 */
#define XENMEM_SHARING_OP_FIELD_IS_GREF_FLAG   (xen_mk_ullong(1) << 62)

#define XENMEM_SHARING_OP_FIELD_MAKE_GREF(field, val)  \
    (field) = (XENMEM_SHARING_OP_FIELD_IS_GREF_FLAG | (val))
#define XENMEM_SHARING_OP_FIELD_IS_GREF(field)         \
    ((field) & XENMEM_SHARING_OP_FIELD_IS_GREF_FLAG)
#define XENMEM_SHARING_OP_FIELD_GET_GREF(field)        \
    ((field) & (~XENMEM_SHARING_OP_FIELD_IS_GREF_FLAG))

struct xen_mem_sharing_op {
    /* XENMEM_sharing_op_*. */
    uint8_t     op;
    domid_t     domain;

#pragma xenabi select op
    union {
        /* nominate_gfn / nominate_gref: make a page shareable. */
#pragma xenabi arm XENMEM_sharing_op_nominate_gfn, XENMEM_sharing_op_nominate_gref
#pragma xenabi select u: op
        struct mem_sharing_op_nominate {
            union {
#pragma xenabi arm XENMEM_sharing_op_nominate_gfn
                uint64_aligned_t gfn;
#pragma xenabi arm XENMEM_sharing_op_nominate_gref
                uint32_t      grant_ref;
            } u;
            /* The sharing handle of the page. */
#pragma xenabi dir out
            uint64_aligned_t  handle;
        } nominate;
        /* share / add_physmap: merge a client page into a source page. */
#pragma xenabi arm XENMEM_sharing_op_share, XENMEM_sharing_op_add_physmap
        struct mem_sharing_op_share {
            uint64_aligned_t source_gfn;
            uint64_aligned_t source_handle;
            uint64_aligned_t client_gfn;
            uint64_aligned_t client_handle;
            domid_t  client_domain;
        } share;
        /* range_share: share every page in [first_gfn, last_gfn]. */
#pragma xenabi arm XENMEM_sharing_op_range_share
        struct mem_sharing_op_range {
            uint64_aligned_t first_gfn;
            uint64_aligned_t last_gfn;
            /* Progress of a preempted call; 0 initially. */
            uint64_aligned_t opaque;
            domid_t client_domain;
            /* Zero. */
            uint16_t _pad[3];
        } range;
        /* debug_gfn / debug_mfn / debug_gref: print a page's state. */
#pragma xenabi arm XENMEM_sharing_op_debug_gfn, XENMEM_sharing_op_debug_mfn, XENMEM_sharing_op_debug_gref
#pragma xenabi select u: op
        struct mem_sharing_op_debug {
            union {
#pragma xenabi arm XENMEM_sharing_op_debug_gfn
                uint64_aligned_t gfn;
#pragma xenabi arm XENMEM_sharing_op_debug_mfn
                uint64_aligned_t mfn;
#pragma xenabi arm XENMEM_sharing_op_debug_gref
                uint32_t gref;
            } u;
        } debug;
        /* fork / fork_reset: make 'domain' a fork of parent_domain. */
#pragma xenabi arm XENMEM_sharing_op_fork, XENMEM_sharing_op_fork_reset
        struct mem_sharing_op_fork {
            domid_t parent_domain;
/* Let the fork keep IOMMU access (short-lived forks only). */
#define XENMEM_FORK_WITH_IOMMU_ALLOWED (1u << 0)
/* Keep interrupts from being injected (short-lived forks only). */
#define XENMEM_FORK_BLOCK_INTERRUPTS   (1u << 1)
/* fork_reset: what to reset (vCPU state, memory). */
#define XENMEM_FORK_RESET_STATE        (1u << 2)
#define XENMEM_FORK_RESET_MEMORY       (1u << 3)
            uint16_t flags;
            /* Zero. */
            uint32_t pad;
        } fork;
    } u;
};
typedef struct xen_mem_sharing_op xen_mem_sharing_op_t;
DEFINE_XEN_GUEST_HANDLE(xen_mem_sharing_op_t);

/*
 * Reserve (claim) a number of pages of free host memory for a domain
 * without allocating frames, so that building it cannot run out half
 * way.  Takes a struct xen_memory_reservation with nr_extents pages and
 * no extents, order or flags.  One claim per domain; it shrinks as the
 * domain allocates, a new claim replaces the old one (counted against
 * what the domain already has) and a claim of 0 cancels it.  Privileged
 * callers only.  No mem_flags are defined for it.
 */
#define XENMEM_claim_pages                  24
#pragma xenabi subop memory_op XENMEM_claim_pages arg2=xen_memory_reservation_t:in

/*
 * Guest-physical ranges that some devices (RMRRs and the like) need left
 * alone; the toolstack keeps guest RAM out of them.
 */
#define XENMEM_reserved_device_memory_map   27
#pragma xenabi subop memory_op XENMEM_reserved_device_memory_map arg2=xen_reserved_device_memory_map_t:inout

struct xen_reserved_device_memory {
    xen_pfn_t start_pfn;
    xen_ulong_t nr_pages;
};
typedef struct xen_reserved_device_memory xen_reserved_device_memory_t;
DEFINE_XEN_GUEST_HANDLE(xen_reserved_device_memory_t);

/* Answered in one go: Xen has no continuation for it. */
#pragma xenabi whole
struct xen_reserved_device_memory_map {
/* List every region, whatever 'dev' says. */
#define XENMEM_RDM_ALL 1
    uint32_t flags;
    /*
     * Capacity of buffer; when too small the call fails with -ERANGE and
     * this says how many entries are needed.
     */
#pragma xenabi dir inout
    unsigned int nr_entries;
#pragma xenabi count nr_entries
#pragma xenabi dir out
    XEN_GUEST_HANDLE(xen_reserved_device_memory_t) buffer;
    /* Which device's regions, unless XENMEM_RDM_ALL. */
#pragma xenabi select (flags & XENMEM_RDM_ALL) == 0
    union {
#pragma xenabi arm 1
        physdev_pci_device_t pci;
    } dev;
};
typedef struct xen_reserved_device_memory_map xen_reserved_device_memory_map_t;
DEFINE_XEN_GUEST_HANDLE(xen_reserved_device_memory_map_t);

#endif /* defined(__XEN__) || defined(__XEN_TOOLS__) */

/*
 * Map the frames of a guest resource (ioreq server pages, grant table,
 * vmtrace buffers) directly into a tools domain.
 */
#define XENMEM_acquire_resource 28
#pragma xenabi subop memory_op XENMEM_acquire_resource arg2=xen_mem_acquire_resource_t:inout

struct xen_mem_acquire_resource {
    /* The domain owning the resource. */
    domid_t domid;
    /* XENMEM_resource_*. */
    uint16_t type;

#define XENMEM_resource_ioreq_server 0
#define XENMEM_resource_grant_table 1
#define XENMEM_resource_vmtrace_buf 2

    /*
     * Which one of that type; 0 unless the type says otherwise (ioreq
     * server: its id; grant table: XENMEM_resource_grant_table_id_*).
     */
    uint32_t id;

#define XENMEM_resource_grant_table_id_shared 0
#define XENMEM_resource_grant_table_id_status 1

    /*
     * Frames to map; Xen may update it as it goes.  With frame_list null
     * and nr_frames 0, Xen returns the size of the resource here (never 0;
     * mapping all of it may still fail).
     */
#pragma xenabi dir inout
    uint32_t nr_frames;
    /* Zero on entry (once an output flag; not to be reused as one). */
    uint32_t pad;
    /* First frame of the resource to map; ignored when nr_frames is 0. */
    uint64_t frame;

#define XENMEM_resource_ioreq_server_frame_bufioreq 0
#define XENMEM_resource_ioreq_server_frame_ioreq(n) (1 + (n))

    /*
     * PV caller: receives the resource's MFNs.  HVM caller: holds the
     * GFNs to map them at.  On -EIO only part is mapped and the caller
     * unmaps.  May be null when nr_frames is 0.
     */
#pragma xenabi count nr_frames
#pragma xenabi dir inout
    XEN_GUEST_HANDLE(xen_pfn_t) frame_list;
};
typedef struct xen_mem_acquire_resource xen_mem_acquire_resource_t;
DEFINE_XEN_GUEST_HANDLE(xen_mem_acquire_resource_t);

/* A guest reads its virtual NUMA topology. */
#define XENMEM_get_vnumainfo                26
#pragma xenabi subop memory_op XENMEM_get_vnumainfo arg2=xen_vnuma_topology_info_t:inout

/* One memory range of a virtual node. */
struct xen_vmemrange {
    uint64_t start, end;
    unsigned int flags;
    unsigned int nid;
};
typedef struct xen_vmemrange xen_vmemrange_t;
DEFINE_XEN_GUEST_HANDLE(xen_vmemrange_t);

/*
 * The guest gives the sizes of its three arrays; Xen fills them and sets
 * the counts to the real sizes (also when the arrays were too small, in
 * which case the call fails).
 */
struct xen_vnuma_topology_info {
    domid_t domid;
    uint16_t pad;
#pragma xenabi dir inout
    unsigned int nr_vnodes;
#pragma xenabi dir inout
    unsigned int nr_vcpus;
#pragma xenabi dir inout
    unsigned int nr_vmemranges;
    /* Distance matrix, nr_vnodes x nr_vnodes. */
#pragma xenabi select 1
    union {
#pragma xenabi arm 1
#pragma xenabi count nr_vnodes * nr_vnodes
#pragma xenabi dir out
        XEN_GUEST_HANDLE(uint) h;
#pragma xenabi arm 0
        uint64_t pad;
    } vdistance;
    /* The virtual node of each vCPU. */
#pragma xenabi select 1
    union {
#pragma xenabi arm 1
#pragma xenabi count nr_vcpus
#pragma xenabi dir out
        XEN_GUEST_HANDLE(uint) h;
#pragma xenabi arm 0
        uint64_t pad;
    } vcpu_to_vnode;
    /* The memory ranges. */
#pragma xenabi select 1
    union {
#pragma xenabi arm 1
#pragma xenabi count nr_vmemranges
#pragma xenabi dir out
        XEN_GUEST_HANDLE(xen_vmemrange_t) h;
#pragma xenabi arm 0
        uint64_t pad;
    } vmemrange;
};
typedef struct xen_vnuma_topology_info xen_vnuma_topology_info_t;
DEFINE_XEN_GUEST_HANDLE(xen_vnuma_topology_info_t);

/* The next free sub-op number is 29. */

#endif /* XEN_PUBLIC_MEMORY_H */
