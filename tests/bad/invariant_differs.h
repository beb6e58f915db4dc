/* SPDX-License-Identifier: MIT */
/* expect: 4: 'struct a' is marked invariant but its layout differs between x86_32 and x86_64 */
#pragma xenabi invariant
struct a {
    xen_ulong_t value;
};
