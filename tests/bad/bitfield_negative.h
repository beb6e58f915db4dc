/* SPDX-License-Identifier: MIT */
/* expect: 4: bit-field width must not be negative (it is -3) */
struct a {
    uint8_t x : -3;
};
