/* SPDX-License-Identifier: MIT */
/* expect: 5: 'arm' annotates a member of a union */
struct a {
    uint32_t kind;
#pragma xenabi arm 1
    uint32_t x;
};
