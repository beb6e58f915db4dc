/* SPDX-License-Identifier: MIT */
/* expect: 6: comment not closed by the end of the file */
struct a {
    uint8_t x;
};
/* a comment with no end
