/* SPDX-License-Identifier: MIT */
/* expect: 10: a second 'arm default' (the first is 'x') */
#define CMD_ONE 1
struct a {
    uint32_t cmd;
#pragma xenabi select cmd
    union {
#pragma xenabi arm default
        uint32_t x;
#pragma xenabi arm default
        uint16_t y;
    } u;
};
