/* SPDX-License-Identifier: MIT */
/* expect: 4: array size must be positive, not -1 */
struct a {
    uint8_t pad[-1];
};
