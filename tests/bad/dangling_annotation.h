/* SPDX-License-Identifier: MIT */
/* expect: 5: 'dir' is not followed by a member */
struct a {
    uint32_t x;
#pragma xenabi dir out
};
