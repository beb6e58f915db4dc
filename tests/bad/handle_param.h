/* SPDX-License-Identifier: MIT */
/* expect: 4: XEN_GUEST_HANDLE_PARAM is for hypercall arguments */
struct a {
    XEN_GUEST_HANDLE_PARAM(void) arg;
};
