/* SPDX-License-Identifier: MIT */
/* expect: 4: bare 'long' */
struct a {
    long x;
};
