/* SPDX-License-Identifier: MIT */
/* expect: 7: x86_64 member 'only64' has no x86_32 counterpart */
struct regs {
#ifdef __i386__
    uint32_t only32;
#else
    uint64_t only64;
#endif
};
