/* SPDX-License-Identifier: MIT */
/* expect: 4: inside a comment (a comment's end is missing before it) */
/* a comment that lost its end
 * and runs into /* another */
struct a {
    uint8_t x;
};
