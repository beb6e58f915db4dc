/* SPDX-License-Identifier: MIT */
/* expect: 3: 'verbatim begin' without 'verbatim end' */
#pragma xenabi verbatim begin
#define set_thing(x) ((x).p = 0)
struct a {
    uint32_t x;
};
