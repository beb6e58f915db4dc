/* SPDX-License-Identifier: MIT */
/* expect: 3: unknown profile 'mips64' */
#pragma xenabi profiles x86_64 mips64
struct a {
    uint32_t x;
};
