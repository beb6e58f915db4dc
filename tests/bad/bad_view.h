/* SPDX-License-Identifier: MIT */
/* expect: 3: bad annotation: 'view' takes guest or tools */
#pragma xenabi view hypervisor
struct a {
    uint32_t x;
};
