/* SPDX-License-Identifier: MIT */
/* expect: 8: 'arm': constant 'A' has no integer value */
#define A (1 << 99)
struct t {
    uint32_t size;
#pragma xenabi select size
    union {
#pragma xenabi arm A
        uint32_t x;
#pragma xenabi arm 2
        uint32_t y;
    } u;
};
