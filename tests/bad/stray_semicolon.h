/* SPDX-License-Identifier: MIT */
/* expect: 5: syntax error: stray ';' (an empty declaration; ISO C forbids it) */
struct a {
    uint8_t x;
    ;
};
