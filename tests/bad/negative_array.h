/* SPDX-License-Identifier: MIT */
/* expect: 4: array size must not be negative (it is -1) */
struct a {
    uint8_t pad[-1];
};
