/* SPDX-License-Identifier: MIT */
/* expect: 5: unknown type name 'uint32_tt' */
#pragma xenabi profiles arm32 arm64
struct broken {
    uint32_tt y;
};
