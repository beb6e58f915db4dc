/* SPDX-License-Identifier: MIT */
/*
 * 64-bit x86 guests.  (Skeleton.)
 */
#pragma xenabi profiles x86_64
#ifndef XEN_PUBLIC_ARCH_X86_XEN_X86_64_H
#define XEN_PUBLIC_ARCH_X86_XEN_X86_64_H

#endif /* XEN_PUBLIC_ARCH_X86_XEN_X86_64_H */
