/* SPDX-License-Identifier: MIT */
/* expect: 3: 'since' takes one interface version */
#pragma xenabi since soon
struct a {
    uint32_t x;
};
