/* Test shim: the three Xen types Linux's user-space driver headers take from
 * the kernel's xen/interface/xen.h, which linux-libc-dev does not ship.
 * Values as Linux defines them on x86. */
#ifndef XENABI_TEST_SHIM_XEN_INTERFACE_XEN_H
#define XENABI_TEST_SHIM_XEN_INTERFACE_XEN_H
#include <stdint.h>
typedef uint16_t domid_t;
typedef unsigned long xen_pfn_t;
typedef uint32_t grant_ref_t;
#endif
