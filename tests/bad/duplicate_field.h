/* SPDX-License-Identifier: MIT */
/* expect: 5: duplicate member 'x' */
struct a {
    uint32_t x;
    uint16_t x;
};
