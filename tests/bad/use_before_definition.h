/* SPDX-License-Identifier: MIT */
/* expect: 4: 'struct later' is not defined before this use */
struct a {
    struct later l;
};
struct later {
    uint32_t x;
};
