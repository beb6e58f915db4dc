/* SPDX-License-Identifier: MIT */
#pragma xenabi profiles x86_32 x86_64
struct widget_arch {
    uint32_t x;
};
