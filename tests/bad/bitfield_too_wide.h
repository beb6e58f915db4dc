/* SPDX-License-Identifier: MIT */
/* expect: 4: bit-field 'x' is 9 bits wide, wider than its 8-bit type */
struct a {
    uint8_t x : 9;
};
