/* SPDX-License-Identifier: MIT */
/* expect: 6: 'uint64_aligned_t' is not defined in the guest view where xen/public/widget.h is included on its own */
#include "xen.h"
/* a guest sees this record, but not the tools' definition of its type */
struct widget {
    uint64_aligned_t frame;
};
