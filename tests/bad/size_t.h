/* SPDX-License-Identifier: MIT */
/* expect: 4: type 'size_t' changes size between profiles */
struct a {
    size_t len;
};
