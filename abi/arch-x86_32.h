/* SPDX-License-Identifier: MIT */
/*
 * Old name of the x86 interface header, kept for guests that include it:
 * everything is in arch-x86/xen.h.
 */
#pragma xenabi profiles x86_32 x86_64
#ifndef XEN_PUBLIC_ARCH_X86_32_H
#define XEN_PUBLIC_ARCH_X86_32_H

#include "arch-x86/xen.h"

#endif /* XEN_PUBLIC_ARCH_X86_32_H */
