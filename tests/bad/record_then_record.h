/* SPDX-License-Identifier: MIT */
/* expect: 5: declaration not finished (no ';') where the next one starts */
struct a {
    uint8_t x;
}

struct b {
    uint8_t y;
};
