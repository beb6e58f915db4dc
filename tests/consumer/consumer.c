/*
 * A consumer of the installed xenabi: the public headers, a layout
 * assertion file, and one compat translator with its runtime, built and run.
 * Prints what it checked; exits non-zero on any mismatch.
 */
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <stddef.h>

#define __XEN_TOOLS__ 1
#include <xen/public/xen.h>
#include <xen/public/memory.h>
#include <xen/public/io/blkif.h>
#include <xen/compat/memory.h>

#if !defined(EXPECT_INTERFACE_VERSION) || __XEN_LATEST_INTERFACE_VERSION__ != EXPECT_INTERFACE_VERSION
#error "the headers found are not the installed package's"
#endif

int main(void)
{
    int bad = 0;
    struct compat_xen_memory_reservation c;
    struct xen_memory_reservation n;

    /* layouts a 64-bit consumer relies on */
    bad |= sizeof(struct xen_memory_reservation) != 32;
    bad |= offsetof(struct xen_memory_reservation, domid) != 24;
    bad |= sizeof(struct compat_xen_memory_reservation) != 20;
    bad |= sizeof(blkif_request_t) != 112;

    /* a 32-bit guest's reservation, translated by the generated code */
    memset(&c, 0, sizeof(c));
    c.nr_extents = 7;
    c.extent_order = 9;
    c.domid = DOMID_SELF;
    memset(&n, 0, sizeof(n));
    bad |= xlat_xen_memory_reservation_from_compat(&n, &c, NULL) != 0;
    bad |= n.nr_extents != 7 || n.extent_order != 9 || n.domid != DOMID_SELF;

    printf("consumer: interface 0x%08x, %s, translation %s\n", __XEN_LATEST_INTERFACE_VERSION__,
#ifdef GENERATED_HERE
           "headers generated at build time",
#else
           "installed headers",
#endif
           bad ? "WRONG" : "ok");
    return bad;
}
