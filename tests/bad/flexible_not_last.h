/* SPDX-License-Identifier: MIT */
/* expect: 4: flexible array 'data' must be the last member */
struct a {
    uint8_t data[];
    uint32_t len;
};
