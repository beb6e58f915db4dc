/* SPDX-License-Identifier: MIT */
struct xen_base {
    uint32_t x;
};
