/* SPDX-License-Identifier: MIT */
/* expect: 4: 'bitmap' annotates a fixed array of integers */
struct pending {
#pragma xenabi bitmap
    xen_ulong_t word;
};
