/* SPDX-License-Identifier: MIT */
/* expect: 4: declaration not finished (no ';') where an annotation follows */
struct a {
    uint32_t n
#pragma xenabi count n
    XEN_GUEST_HANDLE_64(uint8) p;
};
