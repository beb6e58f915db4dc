/* SPDX-License-Identifier: MIT */
/*
 * Xen's services under the Arm SMC Calling Convention (SMC/HVC calls):
 * revision numbers and UIDs of the Xen hypervisor service and of the
 * standard service calls Xen implements.
 */
#pragma xenabi profiles arm32 arm64

#ifndef XEN_PUBLIC_ARCH_ARM_SMCCC_H
#define XEN_PUBLIC_ARCH_ARM_SMCCC_H

#include "../xen.h"

/*
 * Revision of Xen's hypervisor service (not the Xen version): the major
 * number goes up when a call is removed, the minor one when a call is
 * added.
 */
#define XEN_SMCCC_MAJOR_REVISION 0
#define XEN_SMCCC_MINOR_REVISION 1

/* UID of Xen's hypervisor service (a random UUID). */
#define XEN_SMCCC_UID XEN_DEFINE_UUID(0xa71812dcU, 0xc698, 0x4369, 0x9acf, \
                                      0x79, 0xd1, 0x8d, 0xde, 0xe6, 0x67)

/* Revision of the standard service calls. */
#define SSSC_SMCCC_MAJOR_REVISION 0
#define SSSC_SMCCC_MINOR_REVISION 1

/* UID of the standard service calls (a random UUID). */
#define SSSC_SMCCC_UID XEN_DEFINE_UUID(0xf863386fU, 0x4b39, 0x4cbd, 0x9220,\
                                       0xce, 0x16, 0x41, 0xe5, 0x9f, 0x6f)

#endif /* XEN_PUBLIC_ARCH_ARM_SMCCC_H */
