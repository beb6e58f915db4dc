/* SPDX-License-Identifier: MIT */
/* expect: 8: would be 18446744073709551624 bytes on x86_64, larger than any object there */
/* the record is too large because of a member of a member: reported there */
struct widget {
    uint64_t id;
    union {
        struct {
            uint16_t slots[0x7fffffffffffffff];
        } big;
        uint32_t small;
    } u;
};
