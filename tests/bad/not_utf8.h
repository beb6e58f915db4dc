/* SPDX-License-Identifier: MIT */
/* expect: 4: byte 0xff is not UTF-8 text */
struct a {
    uint8_t ÿx;
};
