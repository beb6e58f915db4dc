/* SPDX-License-Identifier: MIT */
/*
 * Fixed places of the legacy HVM guest memory layout: where the domain
 * builder puts the E820 map for the firmware, and the MMIO hole below 4 GiB.
 */
#ifndef XEN_PUBLIC_HVM_E820_H
#define XEN_PUBLIC_HVM_E820_H

#include "../xen.h"

/* The E820 page (guest-physical), and the entry count and table in it. */
#define HVM_E820_PAGE        0x00090000
#define HVM_E820_NR_OFFSET   0x000001E8
#define HVM_E820_OFFSET      0x000002D0

/* RAM below 4 GiB ends where the MMIO hole starts; the hole ends at 4 GiB. */
#define HVM_BELOW_4G_RAM_END        0xF0000000
#define HVM_BELOW_4G_MMIO_START     HVM_BELOW_4G_RAM_END
#define HVM_BELOW_4G_MMIO_LENGTH    ((xen_mk_ullong(1) << 32) - \
                                     HVM_BELOW_4G_MMIO_START)

#endif /* XEN_PUBLIC_HVM_E820_H */
