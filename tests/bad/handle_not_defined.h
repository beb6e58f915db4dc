/* SPDX-License-Identifier: MIT */
/* expect: 4: XEN_GUEST_HANDLE(uint8_t): no DEFINE_XEN_GUEST_HANDLE(uint8_t) */
struct a {
    XEN_GUEST_HANDLE(uint8_t) buf;
};
