/* SPDX-License-Identifier: MIT */
/* expect: 8: count 'inner' is not an integer member */
DEFINE_XEN_GUEST_HANDLE(uint8_t);
struct b { uint32_t n; };
struct a {
    struct b inner;
    /* the count must be an integer member, not a record */
#pragma xenabi count inner
    XEN_GUEST_HANDLE(uint8_t) buf;
};
