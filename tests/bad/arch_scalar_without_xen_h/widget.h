/* SPDX-License-Identifier: MIT */
/* expect: 4: 'xen_ulong_t' is declared by the architecture headers, which abi/widget.h does not include */
struct widget {
    xen_ulong_t frame;
};
