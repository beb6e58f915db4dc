/* SPDX-License-Identifier: MIT */
/*
 * Linux's grant-device (/dev/xen/gntdev): user space maps pages other
 * domains granted to it, copies through grants, and exchanges grants with
 * dma-bufs.  Mapping is two steps: an ioctl reserves an mmap() offset for a
 * set of grants, then mmap() at that offset maps them.
 */
#ifndef XEN_PUBLIC_LINUX_GNTDEV_H
#define XEN_PUBLIC_LINUX_GNTDEV_H

#pragma xenabi profiles x86_32 x86_64

#include "../xen.h"
#include "../grant_table.h"
#include "ioc.h"

/* One grant to map: the granting domain and its reference. */
struct ioctl_gntdev_grant_ref {
    uint32_t domid;
    uint32_t ref;
};

/*
 * Reserve an mmap() offset for count grants; refs[] continues past the
 * structure for count entries.
 */
struct ioctl_gntdev_map_grant_ref {
    uint32_t count;
    uint32_t pad;
#pragma xenabi dir out
    uint64_t index;             /* the offset to mmap() */
#pragma xenabi count count
#pragma xenabi dir in
    struct ioctl_gntdev_grant_ref refs[1];
};

/* Drop the count grants reserved at offset index (once unmapped). */
struct ioctl_gntdev_unmap_grant_ref {
    uint64_t index;
    uint32_t count;
    uint32_t pad;
};

/* Which mmap() offset and how many pages the mapping at vaddr has. */
struct ioctl_gntdev_get_offset_for_vaddr {
    uint64_t vaddr;
#pragma xenabi dir out
    uint64_t offset;
#pragma xenabi dir out
    uint32_t count;
    uint32_t pad;
};

/* Limit how many grants this file may map at once. */
struct ioctl_gntdev_set_max_grants {
    uint32_t count;
};

/*
 * What to do when the page at mmap() offset index is unmapped: clear the
 * byte at that offset and/or signal event_channel_port.
 */
struct ioctl_gntdev_unmap_notify {
    uint64_t index;
    uint32_t action;            /* UNMAP_NOTIFY_* */
    uint32_t event_channel_port;
};

/*
 * One copy: len bytes from source to dest, each either local memory (virt)
 * or a granted page (foreign), as GNTCOPY_source_gref / GNTCOPY_dest_gref
 * in flags say.  The driver writes the outcome to status.
 */
struct gntdev_grant_copy_segment {
#pragma xenabi select (flags & GNTCOPY_source_gref) != 0
    union {
#pragma xenabi arm 0
        XENABI_USER_PTR(void) virt;
#pragma xenabi arm 1
        struct {
            grant_ref_t ref;
            uint16_t offset;
            domid_t domid;
        } foreign;
    } source;
#pragma xenabi select (flags & GNTCOPY_dest_gref) != 0
    union {
#pragma xenabi arm 0
        XENABI_USER_PTR(void) virt;
#pragma xenabi arm 1
        struct {
            grant_ref_t ref;
            uint16_t offset;
            domid_t domid;
        } foreign;
    } dest;
    uint16_t len;
    uint16_t flags;             /* GNTCOPY_* */
#pragma xenabi dir out
    int16_t status;             /* GNTST_* */
};

/* Run count copies. */
struct ioctl_gntdev_grant_copy {
    unsigned int count;
#pragma xenabi count count
#pragma xenabi dir inout
    XENABI_USER_PTR(struct gntdev_grant_copy_segment) segments;
};

#define UNMAP_NOTIFY_CLEAR_BYTE 0x1
#define UNMAP_NOTIFY_SEND_EVENT 0x2

/* dma-buf flags: write-combining or coherent buffers. */
#define GNTDEV_DMA_FLAG_WC        (1 << 0)
#define GNTDEV_DMA_FLAG_COHERENT  (1 << 1)

/*
 * Make a dma-buf of count pages granted by domid (refs[] continues past the
 * structure); its file descriptor comes back in fd.
 */
struct ioctl_gntdev_dmabuf_exp_from_refs {
    uint32_t flags;             /* GNTDEV_DMA_FLAG_* */
    uint32_t count;
#pragma xenabi dir out
    uint32_t fd;
    uint32_t domid;
#pragma xenabi count count
#pragma xenabi dir in
    uint32_t refs[1];
};

/* Wait up to wait_to_ms for the dma-buf fd to be released. */
struct ioctl_gntdev_dmabuf_exp_wait_released {
    uint32_t fd;
    uint32_t wait_to_ms;
};

/*
 * Grant the pages of dma-buf fd to domid; the count references come back
 * in refs[], which continues past the structure.
 */
struct ioctl_gntdev_dmabuf_imp_to_refs {
    uint32_t fd;
    uint32_t count;
    uint32_t domid;
    uint32_t reserved;          /* zero */
#pragma xenabi count count
#pragma xenabi dir out
    uint32_t refs[1];
};

/* End the grants made from dma-buf fd. */
struct ioctl_gntdev_dmabuf_imp_release {
    uint32_t fd;
    uint32_t reserved;
};

#define IOCTL_GNTDEV_MAP_GRANT_REF _IOC(_IOC_NONE, 'G', 0, sizeof(struct ioctl_gntdev_map_grant_ref))
#define IOCTL_GNTDEV_UNMAP_GRANT_REF _IOC(_IOC_NONE, 'G', 1, sizeof(struct ioctl_gntdev_unmap_grant_ref))
#define IOCTL_GNTDEV_GET_OFFSET_FOR_VADDR _IOC(_IOC_NONE, 'G', 2, sizeof(struct ioctl_gntdev_get_offset_for_vaddr))
#define IOCTL_GNTDEV_SET_MAX_GRANTS _IOC(_IOC_NONE, 'G', 3, sizeof(struct ioctl_gntdev_set_max_grants))
#define IOCTL_GNTDEV_SET_UNMAP_NOTIFY _IOC(_IOC_NONE, 'G', 7, sizeof(struct ioctl_gntdev_unmap_notify))
#define IOCTL_GNTDEV_GRANT_COPY _IOC(_IOC_NONE, 'G', 8, sizeof(struct ioctl_gntdev_grant_copy))
#define IOCTL_GNTDEV_DMABUF_EXP_FROM_REFS _IOC(_IOC_NONE, 'G', 9, sizeof(struct ioctl_gntdev_dmabuf_exp_from_refs))
#define IOCTL_GNTDEV_DMABUF_EXP_WAIT_RELEASED _IOC(_IOC_NONE, 'G', 10, sizeof(struct ioctl_gntdev_dmabuf_exp_wait_released))
#define IOCTL_GNTDEV_DMABUF_IMP_TO_REFS _IOC(_IOC_NONE, 'G', 11, sizeof(struct ioctl_gntdev_dmabuf_imp_to_refs))
#define IOCTL_GNTDEV_DMABUF_IMP_RELEASE _IOC(_IOC_NONE, 'G', 12, sizeof(struct ioctl_gntdev_dmabuf_imp_release))

#endif /* XEN_PUBLIC_LINUX_GNTDEV_H */
