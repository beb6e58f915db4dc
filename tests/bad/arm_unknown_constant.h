/* SPDX-License-Identifier: MIT */
/* expect: 8: 'arm' value 'CMD_NOPE' is not a defined constant */
#define CMD_ONE 1
struct a {
    uint32_t cmd;
#pragma xenabi select cmd
    union {
#pragma xenabi arm CMD_NOPE
        uint32_t x;
    } u;
};
