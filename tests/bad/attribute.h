/* SPDX-License-Identifier: MIT */
/* expect: 6: '__attribute__': compiler attributes */
struct a {
    uint32_t x;
};
typedef struct a a_t __attribute__((aligned(8)));
