/* SPDX-License-Identifier: MIT */
/* expect: 3: unknown pragma 'pack' */
#pragma pack(1)
struct a {
    uint32_t x;
};
