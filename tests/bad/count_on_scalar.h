/* SPDX-License-Identifier: MIT */
/* expect: 5: 'count' annotates a guest handle, a user pointer or a trailing array */
struct a {
    uint32_t n;
#pragma xenabi count n
    uint32_t not_a_handle;
};
