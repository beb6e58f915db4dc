/* SPDX-License-Identifier: MIT */
/*
 * The core guest interface: hypercall numbers, the shared-info and
 * start-info pages, and the types every other header builds on.
 * (Skeleton: being filled in.)
 */
#ifndef XEN_PUBLIC_XEN_H
#define XEN_PUBLIC_XEN_H

#include "xen-compat.h"

#if defined(__i386__) || defined(__x86_64__)
#include "arch-x86/xen.h"
#elif defined(__arm__) || defined(__aarch64__)
#include "arch-arm.h"
#elif defined(__powerpc64__)
#include "arch-ppc.h"
#elif defined(__riscv)
#include "arch-riscv.h"
#else
#error "Unsupported architecture"
#endif

#ifndef __ASSEMBLY__
/* Handles to the basic types, used by many interfaces. */
DEFINE_XEN_GUEST_HANDLE(char);
__DEFINE_XEN_GUEST_HANDLE(uchar, unsigned char);
DEFINE_XEN_GUEST_HANDLE(int);
__DEFINE_XEN_GUEST_HANDLE(uint, unsigned int);
DEFINE_XEN_GUEST_HANDLE(void);
DEFINE_XEN_GUEST_HANDLE(uint64_t);
DEFINE_XEN_GUEST_HANDLE(xen_pfn_t);
DEFINE_XEN_GUEST_HANDLE(xen_ulong_t);

typedef uint16_t domid_t;
#endif /* !__ASSEMBLY__ */

#endif /* XEN_PUBLIC_XEN_H */
