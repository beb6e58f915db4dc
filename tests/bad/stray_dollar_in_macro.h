/* SPDX-License-Identifier: MIT */
/* expect: 5: '$' outside a string or a comment */
/* in a macro's second line (a '$' or '@' in a comment is fine) */
#define WIDGET_MASK(n)                                              \
    ((1u << (n)) - wid$get)
struct widget {
    uint32_t x;
};
