/* SPDX-License-Identifier: MIT */
/*
 * Linux's privcmd device (/dev/xen/privcmd): how a privileged user-space
 * toolstack issues hypercalls and maps other domains' memory.  Every
 * pointer below is a user-space address in the caller's process; counts
 * say how many elements each points to.
 */
#ifndef XEN_PUBLIC_LINUX_PRIVCMD_H
#define XEN_PUBLIC_LINUX_PRIVCMD_H

#pragma xenabi profiles x86_32 x86_64

#include "../xen.h"
#include "ioc.h"

/*
 * One hypercall: its number and up to five arguments, each widened to 64
 * bits.  Pointer arguments point to structures in the layout of the
 * hypercall's interface; a 32-bit caller's go through the generated
 * hypercall dispatcher.
 */
#pragma xenabi hypercall_args
struct privcmd_hypercall {
    uint64_t op;
    uint64_t arg[5];
};

/* Map npages frames starting at frame mfn at user address va. */
struct privcmd_mmap_entry {
    uint64_t va;
    uint64_t mfn;               /* a guest frame number, despite the name */
    uint64_t npages;
};

struct privcmd_mmap {
    int num;                    /* entries in entry[] */
    domid_t dom;                /* the domain whose memory is mapped */
#pragma xenabi count num
#pragma xenabi dir in
    XENABI_USER_PTR(struct privcmd_mmap_entry) entry;
};

/*
 * Map num frames of domain dom at user address addr.  The driver marks the
 * frames it could not map by setting bits of PRIVCMD_MMAPBATCH_MFN_ERROR
 * (or PRIVCMD_MMAPBATCH_PAGED_ERROR for a paged-out frame) in their arr[]
 * entries.
 */
struct privcmd_mmapbatch {
    int num;
    domid_t dom;
    uint64_t addr;
#pragma xenabi count num
#pragma xenabi dir inout
    XENABI_USER_PTR(xen_pfn_t) arr;
};

#define PRIVCMD_MMAPBATCH_MFN_ERROR     0xf0000000U
#define PRIVCMD_MMAPBATCH_PAGED_ERROR   0x80000000U

/* As privcmd_mmapbatch, with the errors in a separate array of errnos. */
struct privcmd_mmapbatch_v2 {
    unsigned int num;
    domid_t dom;
    uint64_t addr;
#pragma xenabi count num
#pragma xenabi dir in
    XENABI_USER_PTR(const xen_pfn_t) arr;
#pragma xenabi count num
#pragma xenabi dir out
    XENABI_USER_PTR(int) err;
};

/* One buffer of a device-model operation: size bytes at uptr. */
struct privcmd_dm_op_buf {
#pragma xenabi count size
#pragma xenabi dir inout
    XENABI_USER_PTR(void) uptr;
    xen_native_ulong_t size;    /* size_t in Linux */
};

/* HYPERVISOR_dm_op on domain dom with num buffers. */
struct privcmd_dm_op {
    domid_t dom;
    uint16_t num;
#pragma xenabi count num
#pragma xenabi dir in
    XENABI_USER_PTR(const struct privcmd_dm_op_buf) ubufs;
};

/* Map num frames of resource (type, id), from frame idx on, at addr. */
struct privcmd_mmap_resource {
    domid_t dom;
    uint32_t type;
    uint32_t id;
    uint32_t idx;
    uint64_t num;
    uint64_t addr;
};

#define IOCTL_PRIVCMD_HYPERCALL _IOC(_IOC_NONE, 'P', 0, sizeof(struct privcmd_hypercall))
#define IOCTL_PRIVCMD_MMAP _IOC(_IOC_NONE, 'P', 2, sizeof(struct privcmd_mmap))
#define IOCTL_PRIVCMD_MMAPBATCH _IOC(_IOC_NONE, 'P', 3, sizeof(struct privcmd_mmapbatch))
#define IOCTL_PRIVCMD_MMAPBATCH_V2 _IOC(_IOC_NONE, 'P', 4, sizeof(struct privcmd_mmapbatch_v2))
#define IOCTL_PRIVCMD_DM_OP _IOC(_IOC_NONE, 'P', 5, sizeof(struct privcmd_dm_op))
#define IOCTL_PRIVCMD_RESTRICT _IOC(_IOC_NONE, 'P', 6, sizeof(domid_t))
#define IOCTL_PRIVCMD_MMAP_RESOURCE _IOC(_IOC_NONE, 'P', 7, sizeof(struct privcmd_mmap_resource))

#endif /* XEN_PUBLIC_LINUX_PRIVCMD_H */
