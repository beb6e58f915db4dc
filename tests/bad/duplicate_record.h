/* SPDX-License-Identifier: MIT */
/* expect: 6: 'struct a' is already defined */
struct a {
    uint32_t x;
};
struct a {
    uint32_t y;
};
