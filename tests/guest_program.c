/* SPDX-License-Identifier: MIT */
/* Code written the way guest kernels and toolstacks use Xen's public headers
 * (handle macros, typedef names, sub-op constants, version logic); it must
 * compile unchanged against the generated headers on every profile. */
#ifndef __XEN_TOOLS__
/* a guest names the interface version it is written against */
#define __XEN_INTERFACE_VERSION__ 0x00040400
#endif
#include <stdint.h>
#include "xen/public/xen.h"
#include "xen/public/memory.h"
#include "xen/public/grant_table.h"
#include "xen/public/event_channel.h"
#include "xen/public/sched.h"
#include "xen/public/vcpu.h"
#include "xen/public/version.h"
#include "xen/public/physdev.h"
#include "xen/public/features.h"
#include "xen/public/nmi.h"

struct my_args { uint32_t a; };
typedef struct my_args my_args_t;
DEFINE_XEN_GUEST_HANDLE(my_args_t);

int xenabi_guest_program(xen_pfn_t *frames, unsigned int n, evtchn_port_t *ports);

int xenabi_guest_program(xen_pfn_t *frames, unsigned int n, evtchn_port_t *ports)
{
    struct xen_memory_reservation res;
    struct gnttab_setup_table setup;
    struct gnttab_copy copy;
    struct evtchn_send send;
    struct sched_poll poll;
    struct vcpu_register_vcpu_info info;
    xen_feature_info_t feature;
    XEN_GUEST_HANDLE(my_args_t) mine;
    shared_info_t *shared = 0;
    int op = XENMEM_increase_reservation + GNTTABOP_copy + EVTCHNOP_send + SCHEDOP_poll
             + VCPUOP_register_vcpu_info + XENVER_get_features + PHYSDEVOP_eoi + XENNMI_register_callback
             + __HYPERVISOR_memory_op + XENFEAT_auto_translated_physmap;

    set_xen_guest_handle(res.extent_start, frames);
    res.nr_extents = n;
    res.extent_order = 0;
    res.mem_flags = 0;
    res.domid = DOMID_SELF;
    setup.dom = DOMID_SELF;
    setup.nr_frames = n;
    set_xen_guest_handle(setup.frame_list, frames);
    copy.source.u.ref = 1;
    copy.dest.u.gmfn = frames[0];
    copy.flags = GNTCOPY_source_gref;
    send.port = ports[0];
    set_xen_guest_handle(poll.ports, ports);
    poll.nr_ports = 1;
    poll.timeout = 0;
    info.mfn = frames[0];
    info.offset = 0;
    feature.submap_idx = 0;
    set_xen_guest_handle(mine, (my_args_t *)0);
    (void)shared;
    (void)mine;
    return op + (int)res.nr_extents + (int)setup.nr_frames + copy.flags + (int)send.port
           + (int)poll.nr_ports + (int)info.offset + (int)feature.submap_idx
           + (int)(sizeof(struct vcpu_info) != 0) + __XEN_INTERFACE_VERSION__ * 0;
}
