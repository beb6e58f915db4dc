/* SPDX-License-Identifier: MIT */
/* expect: 4: pointer: pointers change size */
struct a {
    uint8_t *buf;
};
