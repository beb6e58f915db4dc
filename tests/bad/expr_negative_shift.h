/* SPDX-License-Identifier: MIT */
/* expect: 6: 'select': shift count -1 is outside 0..63 */
#define A 1
struct t {
    uint32_t size;
#pragma xenabi select size << -1
    union {
#pragma xenabi arm A
        uint32_t x;
#pragma xenabi arm 2
        uint32_t y;
    } u;
};
