/* SPDX-License-Identifier: MIT */
/*
 * xencomm descriptors: a list of guest-physical addresses, one per page,
 * of a buffer that is contiguous in the guest's virtual address space, so
 * that Xen can copy to and from the buffer without walking guest page
 * tables.
 */
#ifndef XEN_PUBLIC_XENCOMM_H
#define XEN_PUBLIC_XENCOMM_H

/*
 * This header includes nothing; the bound of a trailing array is needed
 * here too (the same definition as xen.h's, so either may come first).
 */
#pragma xenabi verbatim begin
#ifndef XEN_FLEX_ARRAY_DIM
#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L
#define XEN_FLEX_ARRAY_DIM
#elif defined(__GNUC__)
#define XEN_FLEX_ARRAY_DIM  0
#else
#define XEN_FLEX_ARRAY_DIM  1
#endif
#endif
#pragma xenabi verbatim end

/* Value of xencomm_desc.magic: the ASCII bytes "XCOM". */
#define XENCOMM_MAGIC 0x58434F4D
/* An address meaning "no address". */
#define XENCOMM_INVALID (~0UL)

struct xencomm_desc {
    uint32_t magic;                 /* XENCOMM_MAGIC */
    uint32_t nr_addrs;              /* entries in address[] */
#pragma xenabi count nr_addrs
    __extension__ uint64_t address[XEN_FLEX_ARRAY_DIM];
};

#endif /* XEN_PUBLIC_XENCOMM_H */
