/* SPDX-License-Identifier: MIT */
/* expect: 6: a new declaration starts while the '{' at line 3 is open */
struct a {
    uint8_t x;

struct b {
    uint8_t y;
};
