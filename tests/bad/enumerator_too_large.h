/* SPDX-License-Identifier: MIT */
/* expect: 4: enumerator 'XENABI_BIG' = 4294967296 does not fit in an int (ISO C) */
enum xenabi_e {
    XENABI_BIG = 0x100000000,
};
struct a {
    uint8_t x;
};
