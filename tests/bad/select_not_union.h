/* SPDX-License-Identifier: MIT */
/* expect: 5: 'select' needs a union */
struct a {
    uint32_t cmd;
#pragma xenabi select cmd
    uint32_t not_a_union;
};
