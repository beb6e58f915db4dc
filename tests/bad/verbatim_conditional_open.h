/* SPDX-License-Identifier: MIT */
/* expect: 4: conditional not closed inside its verbatim region (a verbatim region must hold whole #if ... #endif groups) */
#pragma xenabi verbatim begin
#if defined(__XEN__)
#define XENABI_ONLY_IN_XEN 1
#pragma xenabi verbatim end
struct a {
    uint8_t x;
};
