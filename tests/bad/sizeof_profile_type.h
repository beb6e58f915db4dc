/* SPDX-License-Identifier: MIT */
/* expect: 4: array size is not an integer constant */
struct a {
    uint8_t raw[2 * sizeof(xen_ulong_t)];
};
