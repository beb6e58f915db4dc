/* SPDX-License-Identifier: MIT */
/* expect: 5: union selector for 'u' but the union has no 'arm' annotations */
struct a {
    uint32_t cmd;
#pragma xenabi select cmd
    union {
        uint32_t x;
        uint16_t y;
    } u;
};
