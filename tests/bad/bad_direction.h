/* SPDX-License-Identifier: MIT */
/* expect: 5: 'dir' takes in, out or inout */
DEFINE_XEN_GUEST_HANDLE(uint8_t);
struct a {
#pragma xenabi dir sideways
    XEN_GUEST_HANDLE(uint8_t) buf;
};
