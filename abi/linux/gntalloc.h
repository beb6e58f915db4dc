/* SPDX-License-Identifier: MIT */
/*
 * Linux's grant-allocation device (/dev/xen/gntalloc): user space shares
 * pages of its own with another domain.  An allocation returns one grant
 * reference per page and an offset to mmap() the pages at.
 */
#ifndef XEN_PUBLIC_LINUX_GNTALLOC_H
#define XEN_PUBLIC_LINUX_GNTALLOC_H

#pragma xenabi profiles x86_32 x86_64

#include "../xen.h"
#include "ioc.h"

/*
 * Allocate count pages granted to domid.  The references come back in
 * gref_ids[], which continues past the structure for count entries.
 */
struct ioctl_gntalloc_alloc_gref {
    uint16_t domid;
    uint16_t flags;             /* GNTALLOC_FLAG_* */
    uint32_t count;
#pragma xenabi dir out
    uint64_t index;             /* mmap() offset of the pages */
#pragma xenabi count count
#pragma xenabi dir out
    uint32_t gref_ids[1];
};

/* The other domain may write the pages. */
#define GNTALLOC_FLAG_WRITABLE 1

/* Release count pages from the mmap() offset index (once unmapped). */
struct ioctl_gntalloc_dealloc_gref {
    uint64_t index;
    uint32_t count;
};

/*
 * What to do when the page at mmap() offset index is unmapped: clear the
 * byte at that offset and/or signal event_channel_port.
 */
struct ioctl_gntalloc_unmap_notify {
    uint64_t index;
    uint32_t action;            /* UNMAP_NOTIFY_* */
    uint32_t event_channel_port;
};

#define UNMAP_NOTIFY_CLEAR_BYTE 0x1
#define UNMAP_NOTIFY_SEND_EVENT 0x2

#define IOCTL_GNTALLOC_ALLOC_GREF _IOC(_IOC_NONE, 'G', 5, sizeof(struct ioctl_gntalloc_alloc_gref))
#define IOCTL_GNTALLOC_DEALLOC_GREF _IOC(_IOC_NONE, 'G', 6, sizeof(struct ioctl_gntalloc_dealloc_gref))
#define IOCTL_GNTALLOC_SET_UNMAP_NOTIFY _IOC(_IOC_NONE, 'G', 7, sizeof(struct ioctl_gntalloc_unmap_notify))

#endif /* XEN_PUBLIC_LINUX_GNTALLOC_H */
