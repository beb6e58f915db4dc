/* SPDX-License-Identifier: MIT */
/* expect: 4: 'struct a' is marked invariant but has a 3-byte hole at offset 1 */
#pragma xenabi invariant
struct a {
    uint8_t flag;
    uint32_t value;
};
