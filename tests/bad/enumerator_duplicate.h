/* SPDX-License-Identifier: MIT */
/* expect: 5: enumerator 'XENABI_B' is already declared */
enum xenabi_e {
    XENABI_B,
    XENABI_B,
};
struct a {
    uint8_t x;
};
