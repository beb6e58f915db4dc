/* SPDX-License-Identifier: MIT */
/* Correct on every profile: the x86 group renders it without error (and the
   generator writes that group's files under temporary names while the other
   group still runs); the error in arm.h must still leave nothing written. */
struct fine {
    uint32_t x;
};
