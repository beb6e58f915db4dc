/* SPDX-License-Identifier: MIT */
/*
 * x86 definitions shared by 32-bit and 64-bit guests.  (Skeleton.)
 */
#pragma xenabi profiles x86_32 x86_64
#ifndef XEN_PUBLIC_ARCH_X86_XEN_H
#define XEN_PUBLIC_ARCH_X86_XEN_H

#pragma xenabi verbatim begin
/* A guest handle wraps a guest-virtual pointer in a struct so that handles
 * to different types cannot be mixed up; const_ handles come with each. */
#define ___DEFINE_XEN_GUEST_HANDLE(name, type) \
    typedef struct { type *p; } __guest_handle_ ## name
#define __DEFINE_XEN_GUEST_HANDLE(name, type) \
    ___DEFINE_XEN_GUEST_HANDLE(name, type);   \
    ___DEFINE_XEN_GUEST_HANDLE(const_##name, const type)
#define DEFINE_XEN_GUEST_HANDLE(name)   __DEFINE_XEN_GUEST_HANDLE(name, name)
#define __XEN_GUEST_HANDLE(name)        __guest_handle_ ## name
#define XEN_GUEST_HANDLE(name)          __XEN_GUEST_HANDLE(name)
#define XEN_GUEST_HANDLE_PARAM(name)    XEN_GUEST_HANDLE(name)
#define set_xen_guest_handle_raw(hnd, val)  do { (hnd).p = val; } while (0)
#define set_xen_guest_handle(hnd, val) set_xen_guest_handle_raw(hnd, val)
#pragma xenabi verbatim end

#if defined(__i386__)
#include "xen-x86_32.h"
#elif defined(__x86_64__)
#include "xen-x86_64.h"
#endif

#ifndef __ASSEMBLY__
#pragma xenabi typedef xen_pfn_t
#pragma xenabi typedef xen_ulong_t
#endif

#endif /* XEN_PUBLIC_ARCH_X86_XEN_H */
