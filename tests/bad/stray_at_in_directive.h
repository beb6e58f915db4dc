/* SPDX-License-Identifier: MIT */
/* expect: 4: '@' outside a string or a comment (not a character of C's grammar) */
/* in a conditional the generator does not take: still an error */
#if @defined(__STDC_VERSION__)
#define WIDGET_C99 1
#endif
struct widget {
    uint32_t x;
};
