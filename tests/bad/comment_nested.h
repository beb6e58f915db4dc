/* SPDX-License-Identifier: MIT */
/* expect: 4: inside a comment: the comment opened at abi/comment_nested.h:3:1 is not closed before it */
/* a comment that lost its end
 * and runs into /* another */
struct a {
    uint8_t x;
};
