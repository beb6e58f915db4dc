/* SPDX-License-Identifier: MIT */
/*
 * xencomm descriptors: a list of guest-physical addresses, one per page,
 * of a buffer that is contiguous in the guest's virtual address space, so
 * that Xen can copy to and from the buffer without walking guest page
 * tables.
 */
#ifndef XEN_PUBLIC_XENCOMM_H
#define XEN_PUBLIC_XENCOMM_H

/* Value of xencomm_desc.magic: the ASCII bytes "XCOM". */
#define XENCOMM_MAGIC 0x58434F4D
/* An address meaning "no address". */
#define XENCOMM_INVALID (~0UL)

struct xencomm_desc {
    uint32_t magic;                 /* XENCOMM_MAGIC */
    uint32_t nr_addrs;              /* entries in address[] */
    /* Upstream declares a zero-length array; the layout is the same. */
#pragma xenabi count nr_addrs
    __extension__ uint64_t address[];
};

#endif /* XEN_PUBLIC_XENCOMM_H */
