/* SPDX-License-Identifier: MIT */
/*
 * Grant tables: how a domain lets other domains map, copy or take over its
 * memory.  Each domain keeps an array of grant entries shared with Xen; the
 * index of an entry (a grant reference) is the capability another domain
 * presents to GNTTABOP_* operations.  Split device drivers are built on it.
 */
#ifndef XEN_PUBLIC_GRANT_TABLE_H
#define XEN_PUBLIC_GRANT_TABLE_H

#include "xen.h"

/*
 * Updating entries safely (the granting guest and Xen share them):
 * - to publish an entry, write domid and frame, then a write barrier, then
 *   flags (with the entry type);
 * - to revoke an unused GTF_permit_access entry, check that neither
 *   GTF_reading nor GTF_writing is set and clear flags with a compare-and-
 *   exchange; an entry still in use cannot be revoked;
 * - to revoke an unused GTF_accept_transfer entry, clear flags the same
 *   way if GTF_transfer_committed is not set; once it is set, wait for
 *   GTF_transfer_completed before touching the entry;
 * - to make an entry read-only, set GTF_readonly with a compare-and-
 *   exchange that checks GTF_writing is clear; to make it writable again,
 *   clear the bit atomically.
 */

/* Index of an entry in a domain's grant table. */
typedef uint32_t grant_ref_t;

/*
 * The table is an array of entries in pages shared by Xen and the granting
 * guest.  Below, [GST] marks fields the guest writes and Xen reads, [XEN]
 * the reverse.
 */

/*
 * Version 1 entry: kept for compatibility; version 2 is preferred where
 * both sides support it.
 */
#if __XEN_INTERFACE_VERSION__ < 0x0003020a
/* Old guests know the version 1 entry by its original name. */
#define grant_entry_v1 grant_entry
#define grant_entry_v1_t grant_entry_t
#endif
struct grant_entry_v1 {
    uint16_t flags;     /* GTF_* type and flags [XEN,GST] */
    domid_t  domid;     /* the domain the grant is for [GST] */
    /*
     * The frame: for GTF_permit_access the GFN <domid> may map [GST]; for
     * GTF_accept_transfer the GFN that receives the page [GST], replaced
     * by the transferred MFN once GTF_transfer_completed is set (non-
     * translated guests only) [XEN].
     */
    uint32_t frame;
};
typedef struct grant_entry_v1 grant_entry_v1_t;

/*
 * The first entries survive a change of table version; the toolstack may
 * fill them in when it builds the domain.
 */
#define GNTTAB_NR_RESERVED_ENTRIES     8
#define GNTTAB_RESERVED_CONSOLE        0
#define GNTTAB_RESERVED_XENSTORE       1

/* Entry type, in the low bits of flags. */
#define GTF_invalid         (0U<<0)     /* no access */
#define GTF_permit_access   (1U<<0)     /* <domid> may map/access <frame> */
#define GTF_accept_transfer (2U<<0)     /* <domid> may give us one page */
#define GTF_transitive      (3U<<0)     /* access via another grant, no maps */
#define GTF_type_mask       (3U<<0)

/*
 * Flags of GTF_permit_access and GTF_transitive entries: GTF_readonly
 * [GST] restricts <domid> to reading; GTF_reading and GTF_writing [XEN]
 * say the entry is currently in use.  Only for GTF_permit_access: the x86
 * cache attributes GTF_PWT, GTF_PCD, GTF_PAT for mappings [GST], and
 * GTF_sub_page [GST] which grants copy access to part of the page only.
 */
#define _GTF_readonly       (2)
#define GTF_readonly        (1U<<_GTF_readonly)
#define _GTF_reading        (3)
#define GTF_reading         (1U<<_GTF_reading)
#define _GTF_writing        (4)
#define GTF_writing         (1U<<_GTF_writing)
#define _GTF_PWT            (5)
#define GTF_PWT             (1U<<_GTF_PWT)
#define _GTF_PCD            (6)
#define GTF_PCD             (1U<<_GTF_PCD)
#define _GTF_PAT            (7)
#define GTF_PAT             (1U<<_GTF_PAT)
#define _GTF_sub_page       (8)
#define GTF_sub_page        (1U<<_GTF_sub_page)

/*
 * Flags of GTF_accept_transfer entries, both set by Xen: committed means a
 * transfer is under way and the guest must leave the entry alone; completed
 * follows once the frame field holds the new page.
 */
#define _GTF_transfer_committed (2)
#define GTF_transfer_committed  (1U<<_GTF_transfer_committed)
#define _GTF_transfer_completed (3)
#define GTF_transfer_completed  (1U<<_GTF_transfer_completed)

/*
 * Version 2 entries do the same job and add sub-page and transitive
 * grants.  A table holds entries of one version only; which version a peer
 * uses does not change how grant references are used.
 */
#if __XEN_INTERFACE_VERSION__ >= 0x0003020a
/* The start shared by version 1 and 2 entries (see grant_entry_v1). */
struct grant_entry_header {
    uint16_t flags;
    domid_t  domid;
};
typedef struct grant_entry_header grant_entry_header_t;

/* A version 2 entry: the member in use follows from hdr.flags. */
#pragma xenabi select hdr.flags & (GTF_type_mask | GTF_sub_page)
union grant_entry_v2 {
#pragma xenabi arm GTF_invalid
    grant_entry_header_t hdr;

    /* Whole-page grants (GTF_accept_transfer, or GTF_permit_access
     * without GTF_sub_page); frame as in version 1, but 64 bits wide. */
#pragma xenabi arm GTF_permit_access, GTF_accept_transfer
    struct {
        grant_entry_header_t hdr;
        uint32_t pad0;
        uint64_t frame;
    } full_page;

    /* GTF_permit_access with GTF_sub_page: <domid> may access bytes
     * [page_off, page_off + length) of <frame>. */
#pragma xenabi arm GTF_permit_access | GTF_sub_page
    struct {
        grant_entry_header_t hdr;
        uint16_t page_off;
        uint16_t length;
        uint64_t frame;
    } sub_page;

    /* GTF_transitive: <domid> may use grant <gref> of <trans_domid> as if
     * it were ours (copy only; Xen refuses to map it). */
#pragma xenabi arm GTF_transitive
    struct {
        grant_entry_header_t hdr;
        domid_t trans_domid;
        uint16_t pad0;
        grant_ref_t gref;
    } transitive;

    uint32_t __spacer[4];   /* makes the entry 16 bytes */
};
typedef union grant_entry_v2 grant_entry_v2_t;

/* Version 2 keeps each entry's status flags in separate status frames. */
typedef uint16_t grant_status_t;

#endif /* __XEN_INTERFACE_VERSION__ >= 0x0003020a */

/*
 * HYPERVISOR_grant_table_op(cmd, args, count): args points to an array of
 * <count> structures of the type that goes with cmd (GNTTABOP_<name> takes
 * struct gnttab_<name>).
 */
#define GNTTABOP_map_grant_ref        0
#define GNTTABOP_unmap_grant_ref      1
#define GNTTABOP_setup_table          2
#define GNTTABOP_dump_table           3
#define GNTTABOP_transfer             4
#define GNTTABOP_copy                 5
#define GNTTABOP_query_size           6
#define GNTTABOP_unmap_and_replace    7
#if __XEN_INTERFACE_VERSION__ >= 0x0003020a
#define GNTTABOP_set_version          8
#define GNTTABOP_get_status_frames    9
#define GNTTABOP_get_version          10
#define GNTTABOP_swap_grant_ref       11
#define GNTTABOP_cache_flush          12
#endif /* __XEN_INTERFACE_VERSION__ >= 0x0003020a */

#pragma xenabi hypercall grant_table_op subop=arg1 arg3=uint32_t
#pragma xenabi subop grant_table_op GNTTABOP_map_grant_ref arg2=gnttab_map_grant_ref_t[arg3]:inout
#pragma xenabi subop grant_table_op GNTTABOP_unmap_grant_ref arg2=gnttab_unmap_grant_ref_t[arg3]:inout
#pragma xenabi subop grant_table_op GNTTABOP_setup_table arg2=gnttab_setup_table_t[arg3]:inout
#pragma xenabi subop grant_table_op GNTTABOP_dump_table arg2=gnttab_dump_table_t[arg3]:inout
#pragma xenabi subop grant_table_op GNTTABOP_transfer arg2=gnttab_transfer_t[arg3]:inout
#pragma xenabi subop grant_table_op GNTTABOP_copy arg2=gnttab_copy_t[arg3]:inout
#pragma xenabi subop grant_table_op GNTTABOP_query_size arg2=gnttab_query_size_t[arg3]:inout
#pragma xenabi subop grant_table_op GNTTABOP_unmap_and_replace arg2=gnttab_unmap_and_replace_t[arg3]:inout
#pragma xenabi subop grant_table_op GNTTABOP_set_version arg2=gnttab_set_version_t[arg3]:inout
#pragma xenabi subop grant_table_op GNTTABOP_get_status_frames arg2=gnttab_get_status_frames_t[arg3]:inout
#pragma xenabi subop grant_table_op GNTTABOP_get_version arg2=gnttab_get_version_t[arg3]:inout
#pragma xenabi subop grant_table_op GNTTABOP_swap_grant_ref arg2=gnttab_swap_grant_ref_t[arg3]:inout
#pragma xenabi subop grant_table_op GNTTABOP_cache_flush arg2=gnttab_cache_flush_t[arg3]:in

/* Tracks one mapping made with GNTTABOP_map_grant_ref. */
typedef uint32_t grant_handle_t;

/*
 * GNTTABOP_map_grant_ref: map grant <ref> of domain <dom> for devices
 * (GNTMAP_device_map: Xen returns the bus address in <dev_bus_addr>)
 * and/or for the CPU (GNTMAP_host_map: at the virtual address, or with
 * GNTMAP_contains_pte in the PTE at the machine address, <host_addr>).
 * On success <handle> identifies the mapping; remove it only with
 * GNTTABOP_unmap_grant_ref, or it may be accounted to the wrong grant.
 */
struct gnttab_map_grant_ref {
    uint64_t host_addr;
    uint32_t flags;                 /* GNTMAP_* */
    grant_ref_t ref;
    domid_t  dom;
    #pragma xenabi dir out
    int16_t  status;                /* GNTST_* */
    #pragma xenabi dir out
    grant_handle_t handle;
    #pragma xenabi dir out
    uint64_t dev_bus_addr;
};
typedef struct gnttab_map_grant_ref gnttab_map_grant_ref_t;
DEFINE_XEN_GUEST_HANDLE(gnttab_map_grant_ref_t);

/*
 * GNTTABOP_unmap_grant_ref: remove the mapping(s) tracked by <handle>.
 * A zero <host_addr> or <dev_bus_addr> is skipped; a non-zero one must be
 * a mapping of <handle>.  No stale TLB entries remain after the batch.
 */
struct gnttab_unmap_grant_ref {
    uint64_t host_addr;
    uint64_t dev_bus_addr;
    grant_handle_t handle;
    #pragma xenabi dir out
    int16_t  status;                /* GNTST_* */
};
typedef struct gnttab_unmap_grant_ref gnttab_unmap_grant_ref_t;
DEFINE_XEN_GUEST_HANDLE(gnttab_unmap_grant_ref_t);

/*
 * GNTTABOP_setup_table: make the table of <dom> (DOMID_SELF unless
 * privileged) at least <nr_frames> pages long and return the frames of
 * the first <nr_frames> pages in <frame_list>.  Xen does it in one go.
 */
#pragma xenabi whole
struct gnttab_setup_table {
    domid_t  dom;
    uint32_t nr_frames;
    #pragma xenabi dir out
    int16_t  status;                /* GNTST_* */
    #pragma xenabi count nr_frames
    #pragma xenabi dir out
    #pragma xenabi valid_when status == GNTST_okay
#if __XEN_INTERFACE_VERSION__ < 0x00040300
    XEN_GUEST_HANDLE(ulong) frame_list;
#else
    XEN_GUEST_HANDLE(xen_pfn_t) frame_list;
#endif
};
typedef struct gnttab_setup_table gnttab_setup_table_t;
DEFINE_XEN_GUEST_HANDLE(gnttab_setup_table_t);

/* GNTTABOP_dump_table: print <dom>'s table on the Xen console (debug). */
struct gnttab_dump_table {
    domid_t dom;
    #pragma xenabi dir out
    int16_t status;                 /* GNTST_* */
};
typedef struct gnttab_dump_table gnttab_dump_table_t;
DEFINE_XEN_GUEST_HANDLE(gnttab_dump_table_t);

/*
 * GNTTABOP_transfer: give page <mfn> to <domid>, into its accept-transfer
 * grant <ref> (PV guests only).  The caller loses the page even on failure,
 * except when the status is GNTST_bad_page.
 */
struct gnttab_transfer {
    xen_pfn_t     mfn;
    domid_t       domid;
    grant_ref_t   ref;
    #pragma xenabi dir out
    int16_t       status;           /* GNTST_* */
};
typedef struct gnttab_transfer gnttab_transfer_t;
DEFINE_XEN_GUEST_HANDLE(gnttab_transfer_t);

/*
 * GNTTABOP_copy: Xen copies <len> bytes from <source> to <dest>.  Each end
 * is a frame of the caller or a grant of another domain (flag set below),
 * plus a byte offset in the page; neither range may cross a page.  A third
 * domain can copy between two others that granted it access.
 */
#define _GNTCOPY_source_gref      (0)
#define GNTCOPY_source_gref       (1<<_GNTCOPY_source_gref)
#define _GNTCOPY_dest_gref        (1)
#define GNTCOPY_dest_gref         (1<<_GNTCOPY_dest_gref)

struct gnttab_copy {
    /* The two ends of the copy, each a grant or a frame of the caller. */
    #pragma xenabi on source select u: (flags & GNTCOPY_source_gref) != 0
    #pragma xenabi on dest select u: (flags & GNTCOPY_dest_gref) != 0
    struct gnttab_copy_ptr {
        union {
            #pragma xenabi arm 1
            grant_ref_t ref;        /* a grant of <domid> */
            #pragma xenabi arm 0
            xen_pfn_t   gmfn;       /* a frame of the caller */
        } u;
        domid_t  domid;
        uint16_t offset;            /* bytes into the page */
    } source, dest;
    uint16_t      len;              /* bytes to copy */
    uint16_t      flags;            /* GNTCOPY_* */
    #pragma xenabi dir out
    int16_t       status;           /* GNTST_* */
};
typedef struct gnttab_copy gnttab_copy_t;
DEFINE_XEN_GUEST_HANDLE(gnttab_copy_t);

/*
 * GNTTABOP_query_size: current and maximum size in frames of <dom>'s table
 * (DOMID_SELF unless privileged).
 */
struct gnttab_query_size {
    domid_t  dom;
    #pragma xenabi dir out
    uint32_t nr_frames;
    #pragma xenabi dir out
    uint32_t max_nr_frames;
    #pragma xenabi dir out
    int16_t  status;                /* GNTST_* */
};
typedef struct gnttab_query_size gnttab_query_size_t;
DEFINE_XEN_GUEST_HANDLE(gnttab_query_size_t);

/*
 * GNTTABOP_unmap_and_replace: like GNTTABOP_unmap_grant_ref for the host
 * mapping at <host_addr>, but the PTE is pointed at what <new_addr> maps,
 * and <new_addr>'s own PTE is cleared.  No stale TLB entries remain.
 */
struct gnttab_unmap_and_replace {
    uint64_t host_addr;
    uint64_t new_addr;
    grant_handle_t handle;
    #pragma xenabi dir out
    int16_t  status;                /* GNTST_* */
};
typedef struct gnttab_unmap_and_replace gnttab_unmap_and_replace_t;
DEFINE_XEN_GUEST_HANDLE(gnttab_unmap_and_replace_t);

#if __XEN_INTERFACE_VERSION__ >= 0x0003020a
/*
 * GNTTABOP_set_version: switch the caller's table to format <version> (1
 * or 2) while no grant is in use; <version> returns the format in effect.
 */
struct gnttab_set_version {
    #pragma xenabi dir inout
    uint32_t version;
};
typedef struct gnttab_set_version gnttab_set_version_t;
DEFINE_XEN_GUEST_HANDLE(gnttab_set_version_t);

/*
 * GNTTABOP_get_status_frames: the frames holding the version 2 status
 * words of <dom> (DOMID_SELF unless privileged), first <nr_frames> only.
 */
struct gnttab_get_status_frames {
    uint32_t nr_frames;
    domid_t  dom;
    #pragma xenabi dir out
    int16_t  status;                /* GNTST_* */
    #pragma xenabi count nr_frames
    #pragma xenabi dir out
    XEN_GUEST_HANDLE(uint64_t) frame_list;
};
typedef struct gnttab_get_status_frames gnttab_get_status_frames_t;
DEFINE_XEN_GUEST_HANDLE(gnttab_get_status_frames_t);

/* GNTTABOP_get_version: the table format <dom> uses. */
struct gnttab_get_version {
    domid_t dom;
    uint16_t pad;
    #pragma xenabi dir out
    uint32_t version;
};
typedef struct gnttab_get_version gnttab_get_version_t;
DEFINE_XEN_GUEST_HANDLE(gnttab_get_version_t);

/* GNTTABOP_swap_grant_ref: exchange the contents of two of our entries. */
struct gnttab_swap_grant_ref {
    grant_ref_t ref_a;
    grant_ref_t ref_b;
    #pragma xenabi dir out
    int16_t status;                 /* GNTST_* */
};
typedef struct gnttab_swap_grant_ref gnttab_swap_grant_ref_t;
DEFINE_XEN_GUEST_HANDLE(gnttab_swap_grant_ref_t);

/*
 * GNTTABOP_cache_flush: clean and/or invalidate the data cache for
 * <length> bytes at <offset> in a page another domain granted us, named
 * by grant <a.ref> (GNTTAB_CACHE_SOURCE_GREF) or by bus address.
 */
struct gnttab_cache_flush {
    #pragma xenabi select (op & GNTTAB_CACHE_SOURCE_GREF) != 0
    union {
        #pragma xenabi arm 0
        uint64_t dev_bus_addr;
        #pragma xenabi arm 1
        grant_ref_t ref;
    } a;
    uint16_t offset;                /* bytes into the grant */
    uint16_t length;                /* bytes to flush */
#define GNTTAB_CACHE_CLEAN          (1u<<0)
#define GNTTAB_CACHE_INVAL          (1u<<1)
#define GNTTAB_CACHE_SOURCE_GREF    (1u<<31)
    uint32_t op;                    /* GNTTAB_CACHE_* */
};
typedef struct gnttab_cache_flush gnttab_cache_flush_t;
DEFINE_XEN_GUEST_HANDLE(gnttab_cache_flush_t);

#endif /* __XEN_INTERFACE_VERSION__ >= 0x0003020a */

/* Flags of gnttab_map_grant_ref.flags. */
/* Map for device (DMA) access. */
#define _GNTMAP_device_map      (0)
#define GNTMAP_device_map       (1<<_GNTMAP_device_map)
/* Map for CPU access. */
#define _GNTMAP_host_map        (1)
#define GNTMAP_host_map         (1<<_GNTMAP_host_map)
/* Map read-only. */
#define _GNTMAP_readonly        (2)
#define GNTMAP_readonly         (1<<_GNTMAP_readonly)
/* With GNTMAP_host_map: user space may use the mapping too. */
#define _GNTMAP_application_map (3)
#define GNTMAP_application_map  (1<<_GNTMAP_application_map)
/* With GNTMAP_host_map: host_addr is the machine address of a PTE to
 * write, not a virtual address. */
#define _GNTMAP_contains_pte    (4)
#define GNTMAP_contains_pte     (1<<_GNTMAP_contains_pte)

/*
 * Bits copied into the PTE's software-available bits (architecture
 * dependent; needs XENFEAT_gnttab_map_avail_bits).
 */
#define _GNTMAP_guest_avail0    (16)
#define GNTMAP_guest_avail_mask ((uint32_t)~0 << _GNTMAP_guest_avail0)

/* Status codes of the operations above: zero or negative. */
#define GNTST_okay             (0)    /* success */
#define GNTST_general_error    (-1)   /* unspecified failure */
#define GNTST_bad_domain       (-2)   /* no such domain */
#define GNTST_bad_gntref       (-3)   /* bad or unsuitable grant reference */
#define GNTST_bad_handle       (-4)   /* bad or unsuitable mapping handle */
#define GNTST_bad_virt_addr    (-5)   /* virtual address cannot be mapped */
#define GNTST_bad_dev_addr     (-6)   /* device address cannot be unmapped */
#define GNTST_no_device_space  (-7)   /* I/O MMU full */
#define GNTST_permission_denied (-8)  /* not privileged enough */
#define GNTST_bad_page         (-9)   /* unsuitable page */
#define GNTST_bad_copy_arg    (-10)   /* copy range crosses a page */
#define GNTST_address_too_big (-11)   /* page address too large to transfer */
#define GNTST_eagain          (-12)   /* not done, retry */
#define GNTST_no_space        (-13)   /* out of resources (handles...) */

/* Messages for the status codes, indexed by -status. */
#define GNTTABOP_error_msgs {                   \
    "okay",                                     \
    "undefined error",                          \
    "unrecognised domain id",                   \
    "invalid grant reference",                  \
    "invalid mapping handle",                   \
    "invalid virtual address",                  \
    "invalid device address",                   \
    "no spare translation slot in the I/O MMU", \
    "permission denied",                        \
    "bad page",                                 \
    "copy arguments cross page boundary",       \
    "page address size too large",              \
    "operation not done; try again",            \
    "out of space",                             \
}

#endif /* XEN_PUBLIC_GRANT_TABLE_H */
