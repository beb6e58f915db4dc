/* SPDX-License-Identifier: MIT */
/* expect: 6: bad annotation: '99999999999999999999999' is not a 64-bit integer literal */
#define A 1
struct t {
    uint32_t size;
#pragma xenabi select size + 99999999999999999999999
    union {
#pragma xenabi arm A
        uint32_t x;
#pragma xenabi arm 2
        uint32_t y;
    } u;
};
