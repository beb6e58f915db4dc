/* SPDX-License-Identifier: MIT */
/* expect: 4: bare 'unsigned long' */
struct a {
    unsigned long x;
};
