/*
 * Hypercalls as a guest makes them, for the JSON-description decoder test
 * (test_description.py): each call's number and arguments, the bytes of the
 * guest memory its arguments point to, and the values the program stored,
 * as JSON on stdout.  Built -m32 and -m64 against the generated headers; the
 * decoder sees only the bytes and xenabi's JSON description.
 */
#define __XEN_TOOLS__ 1
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <xen/public/xen.h>
#include <xen/public/memory.h>
#include <xen/public/event_channel.h>
#include <xen/public/grant_table.h>
#include <xen/public/sched.h>
#include <xen/public/domctl.h>

static int first_region;

static void region(const void *p, size_t n)
{
    const unsigned char *b = p;
    printf("%s\"%llu\": \"", first_region ? "" : ", ", (unsigned long long)(uintptr_t)p);
    for (size_t i = 0; i < n; i++)
        printf("%02x", b[i]);
    printf("\"");
    first_region = 0;
}

static void call(int first, const char *name, unsigned long nr, unsigned long a1, unsigned long a2,
                 unsigned long a3)
{
    printf("%s\n {\"name\": \"%s\", \"nr\": %lu, \"args\": [%lu, %lu, %lu], \"memory\": {", first ? "" : ",",
           name, nr, a1, a2, a3);
    first_region = 1;
}

int main(void)
{
    static xen_pfn_t frames[3] = {0x1234, 0x5678, 0x9abc};
    static struct xen_memory_reservation res;
    static struct evtchn_bind_interdomain bind;
    static struct gnttab_copy copy[2];
    static struct sched_shutdown shut;
    static struct xen_domctl dom;

    printf("[");
    /* memory_op(XENMEM_decrease_reservation, &res): a counted handle */
    set_xen_guest_handle(res.extent_start, frames);
    res.nr_extents = 3;
    res.extent_order = 9;
    res.mem_flags = 0;
    res.domid = DOMID_SELF;
    call(1, "decrease_reservation", __HYPERVISOR_memory_op, XENMEM_decrease_reservation, (uintptr_t)&res, 0);
    region(&res, sizeof(res));
    region(frames, sizeof(frames));
    printf("}, \"expect\": {\"subop\": \"XENMEM_decrease_reservation\", \"extent_order\": 9, "
           "\"domid\": %u, \"nr_extents\": 3, \"extent_start\": [4660, 22136, 39612], "
           "\"extent_start_dir\": \"in\"}}", DOMID_SELF);

    /* the same record for increase_reservation: the frames are output */
    call(0, "increase_reservation", __HYPERVISOR_memory_op, XENMEM_increase_reservation, (uintptr_t)&res, 0);
    region(&res, sizeof(res));
    region(frames, sizeof(frames));
    printf("}, \"expect\": {\"subop\": \"XENMEM_increase_reservation\", \"extent_start_dir\": \"out\"}}");

    /* event_channel_op(EVTCHNOP_bind_interdomain, &bind) */
    bind.remote_dom = 7;
    bind.remote_port = 42;
    bind.local_port = 0xdeadbeef;
    call(0, "bind_interdomain", __HYPERVISOR_event_channel_op, EVTCHNOP_bind_interdomain, (uintptr_t)&bind, 0);
    region(&bind, sizeof(bind));
    printf("}, \"expect\": {\"subop\": \"EVTCHNOP_bind_interdomain\", \"remote_dom\": 7, \"remote_port\": 42}}");

    /* grant_table_op(GNTTABOP_copy, copy, 2): an array, unions by flags */
    copy[0].source.u.ref = 77;
    copy[0].source.domid = 3;
    copy[0].source.offset = 16;
    copy[0].dest.u.gmfn = 0x4321;
    copy[0].dest.domid = DOMID_SELF;
    copy[0].len = 100;
    copy[0].flags = GNTCOPY_source_gref;
    copy[1].source.u.gmfn = 0x8765;
    copy[1].dest.u.ref = 99;
    copy[1].len = 8;
    copy[1].flags = GNTCOPY_dest_gref;
    call(0, "gnttab_copy", __HYPERVISOR_grant_table_op, GNTTABOP_copy, (uintptr_t)copy, 2);
    region(copy, sizeof(copy));
    printf("}, \"expect\": {\"subop\": \"GNTTABOP_copy\", \"copies\": ["
           "{\"source\": [\"ref\", 77], \"dest\": [\"gmfn\", 17185], \"len\": 100}, "
           "{\"source\": [\"gmfn\", 34661], \"dest\": [\"ref\", 99], \"len\": 8}]}}");

    /* sched_op(SCHEDOP_shutdown, &shut) */
    shut.reason = SHUTDOWN_crash;
    call(0, "shutdown", __HYPERVISOR_sched_op, SCHEDOP_shutdown, (uintptr_t)&shut, 0);
    region(&shut, sizeof(shut));
    printf("}, \"expect\": {\"subop\": \"SCHEDOP_shutdown\", \"reason\": %u}}", SHUTDOWN_crash);

    /* domctl(&dom): the sub-op is the structure's own cmd member */
    dom.cmd = XEN_DOMCTL_max_mem;
    dom.interface_version = XEN_DOMCTL_INTERFACE_VERSION;
    dom.domain = 5;
    dom.u.max_mem.max_memkb = 0x123456789ULL;
    call(0, "domctl_max_mem", __HYPERVISOR_domctl, (uintptr_t)&dom, 0, 0);
    region(&dom, sizeof(dom));
    printf("}, \"expect\": {\"subop\": \"XEN_DOMCTL_max_mem\", \"domain\": 5, \"arm\": \"max_mem\", "
           "\"max_memkb\": %llu}}", 0x123456789ULL);
    printf("\n]\n");
    return 0;
}
