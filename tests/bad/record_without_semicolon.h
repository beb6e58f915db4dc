/* SPDX-License-Identifier: MIT */
/* expect: 5: declaration not finished (no ';') at the end of its file */
struct a {
    uint8_t x;
}
