/* SPDX-License-Identifier: MIT */
/* expect: 4: 'on dst' names no member declared with the declaration that follows it */
struct a {
#pragma xenabi on dst dir out
    struct end { uint32_t v; } src, dest;
    uint32_t n;
};
