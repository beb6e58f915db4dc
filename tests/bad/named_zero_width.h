/* SPDX-License-Identifier: MIT */
/* expect: 4: zero-width bit-field 'gap' must be unnamed */
struct a {
    uint32_t gap : 0;
    uint32_t x;
};
