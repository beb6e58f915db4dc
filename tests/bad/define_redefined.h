/* SPDX-License-Identifier: MIT */
/* expect: 4: "XENABI_BAD_VALUE" redefined [-Werror] */
#define XENABI_BAD_VALUE 1
#define XENABI_BAD_VALUE 2
struct a {
    uint8_t x;
};
