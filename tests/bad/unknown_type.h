/* SPDX-License-Identifier: MIT */
/* expect: 4: unknown type name 'foo_t' */
struct a {
    foo_t x;
};
