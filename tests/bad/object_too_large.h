/* SPDX-License-Identifier: MIT */
/* expect: 4: 'struct a' would be 4294967296 bytes on x86_32, larger than any object there (2147483647 bytes) */
struct a {
    uint8_t x[0x100000000];
};
