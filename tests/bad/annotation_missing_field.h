/* SPDX-License-Identifier: MIT */
/* expect: 6: 'count' names 'nr', which is neither a member */
DEFINE_XEN_GUEST_HANDLE(uint8_t);
struct a {
    uint32_t count;
#pragma xenabi count nr
    XEN_GUEST_HANDLE(uint8_t) buf;
};
