/* expect: 1: a description must start with an SPDX-License-Identifier line */
struct a { uint32_t x; };
