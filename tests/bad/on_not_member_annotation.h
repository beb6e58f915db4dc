/* SPDX-License-Identifier: MIT */
/* expect: 4: 'on x' takes a member annotation, not 'invariant' */
struct a {
#pragma xenabi on x invariant
    uint32_t x, y;
};
