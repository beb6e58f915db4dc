/* Stand-in for the hypervisor's <xen/bug.h> (public/hvm/save.h includes it
 * under __XEN__) in xenabi's tests. */
#ifndef XENABI_TEST_XEN_BUG_H
#define XENABI_TEST_XEN_BUG_H
#define BUG() __builtin_trap()
#endif
