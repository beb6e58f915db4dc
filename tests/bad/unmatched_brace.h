/* SPDX-License-Identifier: MIT */
/* expect: 6: syntax error: unmatched '}' (no '{' open here) */
struct a {
    uint8_t x;
};
};
