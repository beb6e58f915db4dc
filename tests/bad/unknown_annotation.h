/* SPDX-License-Identifier: MIT */
/* expect: 5: unknown annotation 'frobnicate' */
struct a {
    uint32_t x;
#pragma xenabi frobnicate x
    uint32_t y;
};
