/* SPDX-License-Identifier: MIT */
/*
 * 32-bit x86 (PAE) guests.  (Skeleton.)
 */
#pragma xenabi profiles x86_32
#ifndef XEN_PUBLIC_ARCH_X86_XEN_X86_32_H
#define XEN_PUBLIC_ARCH_X86_XEN_X86_32_H

#pragma xenabi verbatim begin
#if defined(__XEN__) || defined(__XEN_TOOLS__)
/* The hypervisor and tools also see every handle as an 8-byte field, so that
 * tools-only structures have one layout for 32-bit and 64-bit callers. */
#undef ___DEFINE_XEN_GUEST_HANDLE
#define ___DEFINE_XEN_GUEST_HANDLE(name, type)                  \
    typedef struct { type *p; }                                 \
        __guest_handle_ ## name;                                \
    typedef struct { union { type *p; uint64_aligned_t q; }; }  \
        __guest_handle_64_ ## name
#undef set_xen_guest_handle_raw
#define set_xen_guest_handle_raw(hnd, val)                  \
    do { if ( sizeof(hnd) == 8 ) *(uint64_t *)&(hnd) = 0;   \
         (hnd).p = val;                                     \
    } while ( 0 )
#define  int64_aligned_t  int64_t __attribute__((aligned(8)))
#define uint64_aligned_t uint64_t __attribute__((aligned(8)))
#define __XEN_GUEST_HANDLE_64(name) __guest_handle_64_ ## name
#define XEN_GUEST_HANDLE_64(name) __XEN_GUEST_HANDLE_64(name)
#endif
#pragma xenabi verbatim end

#endif /* XEN_PUBLIC_ARCH_X86_XEN_X86_32_H */
