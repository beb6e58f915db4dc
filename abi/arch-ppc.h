/* SPDX-License-Identifier: MIT */
/*
 * PPC guests.  (Skeleton.)
 */
#pragma xenabi profiles ppc64
#ifndef XEN_PUBLIC_ARCH_PPC_H
#define XEN_PUBLIC_ARCH_PPC_H

#pragma xenabi verbatim begin
#if defined(__XEN__) || defined(__XEN_TOOLS__) || defined(__GNUC__)
#define  int64_aligned_t  int64_t __attribute__((__aligned__(8)))
#define uint64_aligned_t uint64_t __attribute__((__aligned__(8)))
#endif
/* Every handle in memory is 8 bytes and 8-aligned, on 32-bit guests too;
 * the __guest_handle_ form (register width) is for hypercall arguments. */
#define ___DEFINE_XEN_GUEST_HANDLE(name, type)                  \
    typedef union { type *p; unsigned long q; }                 \
        __guest_handle_ ## name;                                \
    typedef union { type *p; uint64_aligned_t q; }              \
        __guest_handle_64_ ## name
#define __DEFINE_XEN_GUEST_HANDLE(name, type) \
    ___DEFINE_XEN_GUEST_HANDLE(name, type);   \
    ___DEFINE_XEN_GUEST_HANDLE(const_##name, const type)
#define DEFINE_XEN_GUEST_HANDLE(name)   __DEFINE_XEN_GUEST_HANDLE(name, name)
#define __XEN_GUEST_HANDLE(name)        __guest_handle_64_ ## name
#define XEN_GUEST_HANDLE(name)          __XEN_GUEST_HANDLE(name)
#define XEN_GUEST_HANDLE_PARAM(name)    __guest_handle_ ## name
#define set_xen_guest_handle_raw(hnd, val)                  \
    do {                                                    \
        __typeof__(&(hnd)) xenabi_sxghr_tmp_ = &(hnd);      \
        xenabi_sxghr_tmp_->q = 0;                           \
        xenabi_sxghr_tmp_->p = (val);                       \
    } while ( 0 )
#define set_xen_guest_handle(hnd, val) set_xen_guest_handle_raw(hnd, val)
#pragma xenabi verbatim end

#ifndef __ASSEMBLY__
#pragma xenabi typedef xen_pfn_t
#pragma xenabi typedef xen_ulong_t
#endif

#endif /* XEN_PUBLIC_ARCH_PPC_H */
