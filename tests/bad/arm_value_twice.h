/* SPDX-License-Identifier: MIT */
/* expect: 11: arm value CMD_TWO (= 2) also selects 'x' */
#define CMD_ONE 1
#define CMD_TWO 2
struct a {
    uint32_t cmd;
#pragma xenabi select cmd
    union {
#pragma xenabi arm CMD_ONE, CMD_TWO
        uint32_t x;
#pragma xenabi arm CMD_TWO
        uint16_t y;
    } u;
};
