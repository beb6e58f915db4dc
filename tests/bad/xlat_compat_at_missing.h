/* SPDX-License-Identifier: MIT */
/* expect: 6: compat_at inner.hi, but x86_32 has no member inner.hi */
struct clock {
    xen_ulong_t sec;
#ifndef __i386__
#pragma xenabi compat_at inner.hi
    uint32_t hi;
#endif
};
