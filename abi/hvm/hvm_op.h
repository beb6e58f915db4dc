/* SPDX-License-Identifier: MIT */
/*
 * hvm_op: operations on HVM and PVH guests, issued by the guest itself
 * (parameters, time, trace records, pagetable hints) or by the toolstack
 * and introspection tools (parameters, memory types, alternate p2m views).
 *
 * HYPERVISOR_hvm_op(op, arg): <op> is an HVMOP_* value, <arg> points to the
 * structure that goes with it (NULL for the sub-ops that take none).
 */
#ifndef XEN_PUBLIC_HVM_HVM_OP_H
#define XEN_PUBLIC_HVM_HVM_OP_H

#include "../xen.h"
#include "../trace.h"
#include "../event_channel.h"

#pragma xenabi hypercall hvm_op subop=arg1

/*
 * HVMOP_set_param / HVMOP_get_param: write or read one HVM_PARAM_* value
 * (hvm/params.h) of a domain.
 */
#define HVMOP_set_param           0
#define HVMOP_get_param           1
#pragma xenabi subop hvm_op HVMOP_set_param arg2=xen_hvm_param_t:in
#pragma xenabi subop hvm_op HVMOP_get_param arg2=xen_hvm_param_t:inout

struct xen_hvm_param {
    domid_t  domid;                 /* the domain (DOMID_SELF allowed) */
    uint16_t pad;
    uint32_t index;                 /* HVM_PARAM_* */
#pragma xenabi dir in HVMOP_set_param
#pragma xenabi dir out HVMOP_get_param
    uint64_t value;
};
typedef struct xen_hvm_param xen_hvm_param_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_param_t);

/* HVMOP_altp2m_set_suppress_ve / _get_suppress_ve: one frame of a view. */
struct xen_hvm_altp2m_suppress_ve {
    uint16_t view;
    /* 0 or 1: in for set, out for get */
#pragma xenabi dir inout
    uint8_t suppress_ve;
    uint8_t pad1;
    uint32_t pad2;
    uint64_t gfn;
};

/*
 * HVMOP_altp2m_set_suppress_ve_multi: the frames <first_gfn>..<last_gfn>
 * (inclusive) of a view.  Preemptible: <first_gfn> advances as frames are
 * done.  Failures do not stop the call; the first one is reported in
 * <first_error> (a negative errno, pass 0 in) and <first_error_gfn>.
 */
struct xen_hvm_altp2m_suppress_ve_multi {
    uint16_t view;
    uint8_t suppress_ve;            /* 0 or 1 */
    uint8_t pad1;
#pragma xenabi dir inout
    int32_t first_error;
#pragma xenabi dir inout
    uint64_t first_gfn;
    uint64_t last_gfn;
#pragma xenabi dir out
    uint64_t first_error_gfn;
};

#if __XEN_INTERFACE_VERSION__ < 0x00040900

/*
 * Legacy interrupt-wire sub-ops, replaced by the XEN_DMOP_* equivalents
 * (hvm/dm_op.h) from interface 4.9 on.
 */

/* Drive a PCI INTx line of a domain (level 0: deasserted, 1: asserted). */
#define HVMOP_set_pci_intx_level  2
#pragma xenabi subop hvm_op HVMOP_set_pci_intx_level arg2=xen_hvm_set_pci_intx_level_t:in
struct xen_hvm_set_pci_intx_level {
    domid_t  domid;
    uint8_t  domain, bus, device, intx;     /* the line, in PCI topology */
    uint8_t  level;
};
typedef struct xen_hvm_set_pci_intx_level xen_hvm_set_pci_intx_level_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_set_pci_intx_level_t);

/* Drive an ISA IRQ line (0..15) of a domain. */
#define HVMOP_set_isa_irq_level   3
#pragma xenabi subop hvm_op HVMOP_set_isa_irq_level arg2=xen_hvm_set_isa_irq_level_t:in
struct xen_hvm_set_isa_irq_level {
    domid_t  domid;
    uint8_t  isa_irq;
    uint8_t  level;
};
typedef struct xen_hvm_set_isa_irq_level xen_hvm_set_isa_irq_level_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_set_isa_irq_level_t);

/* Route PCI link 0..3 to ISA IRQ 1..15 (0 disconnects the link). */
#define HVMOP_set_pci_link_route  4
#pragma xenabi subop hvm_op HVMOP_set_pci_link_route arg2=xen_hvm_set_pci_link_route_t:in
struct xen_hvm_set_pci_link_route {
    domid_t  domid;
    uint8_t  link;
    uint8_t  isa_irq;
};
typedef struct xen_hvm_set_pci_link_route xen_hvm_set_pci_link_route_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_set_pci_link_route_t);

#endif /* __XEN_INTERFACE_VERSION__ < 0x00040900 */

/* HVMOP_flush_tlbs: flush the TLBs of all the caller's vCPUs; <arg> is NULL. */
#define HVMOP_flush_tlbs          5
#pragma xenabi subop hvm_op HVMOP_flush_tlbs

/*
 * Memory types of guest frames (HVMOP_get_mem_type, XEN_DMOP_set_mem_type).
 * Not declared when the hypervisor generates its compat headers, which
 * would otherwise define these values twice.
 */
#ifndef XEN_GENERATING_COMPAT_HEADERS

typedef enum {
    HVMMEM_ram_rw,                  /* ordinary RAM */
    HVMMEM_ram_ro,                  /* RAM whose writes are dropped */
    HVMMEM_mmio_dm,                 /* every access goes to the device model */
#if __XEN_INTERFACE_VERSION__ < 0x00040700
    HVMMEM_mmio_write_dm,           /* reads from RAM, writes to the device model */
#else
    HVMMEM_unused,                  /* reserved: setting it fails */
#endif
    /*
     * Frames an IOREQ server has claimed (XEN_DMOP_map_mem_type_to_ioreq_server);
     * only HVMMEM_ram_rw frames may become this type, and only back to
     * HVMMEM_ram_rw from it.
     */
    HVMMEM_ioreq_server
} hvmmem_type_t;

#endif /* XEN_GENERATING_COMPAT_HEADERS */

/*
 * HVMOP_pagetable_dying: a PV-on-HVM guest's hint that the top-level
 * pagetable at <gpa> is about to be freed (lets shadow paging drop it).
 */
#define HVMOP_pagetable_dying        9
#pragma xenabi subop hvm_op HVMOP_pagetable_dying arg2=xen_hvm_pagetable_dying_t:in
struct xen_hvm_pagetable_dying {
    domid_t  domid;
    uint16_t pad[3];
    uint64_t gpa;                   /* guest physical address of the pagetable */
};
typedef struct xen_hvm_pagetable_dying xen_hvm_pagetable_dying_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_pagetable_dying_t);

/* HVMOP_get_time: Xen's system time, nanoseconds since boot. */
#define HVMOP_get_time              10
#pragma xenabi subop hvm_op HVMOP_get_time arg2=xen_hvm_get_time_t:out
struct xen_hvm_get_time {
#pragma xenabi dir out
    uint64_t now;
};
typedef struct xen_hvm_get_time xen_hvm_get_time_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_get_time_t);

/*
 * HVMOP_xentrace: the guest adds a record to Xen's trace buffers (class
 * TRC_GUEST): event <event>, with <extra_bytes> bytes of <extra> as data.
 */
#define HVMOP_xentrace              11
#pragma xenabi subop hvm_op HVMOP_xentrace arg2=xen_hvm_xentrace_t:in
struct xen_hvm_xentrace {
    uint16_t event, extra_bytes;
    uint8_t extra[TRACE_EXTRA_MAX * sizeof(uint32_t)];
};
typedef struct xen_hvm_xentrace xen_hvm_xentrace_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_xentrace_t);

/* Tools-only sub-ops; they may change. */
#if defined(__XEN__) || defined(__XEN_TOOLS__)

/* Retired: use XENMEM_access_op_set_access (memory.h). */
#define HVMOP_set_mem_access        12

/* Retired: use XENMEM_access_op_get_access (memory.h). */
#define HVMOP_get_mem_access        13

#endif /* defined(__XEN__) || defined(__XEN_TOOLS__) */

/* HVMOP_get_mem_type: the hvmmem_type_t of frame <pfn> of a domain. */
#define HVMOP_get_mem_type    15
#pragma xenabi subop hvm_op HVMOP_get_mem_type arg2=xen_hvm_get_mem_type_t:inout
struct xen_hvm_get_mem_type {
    domid_t domid;
#pragma xenabi dir out
    uint16_t mem_type;              /* hvmmem_type_t */
    uint16_t pad[2];
    uint64_t pfn;
};
typedef struct xen_hvm_get_mem_type xen_hvm_get_mem_type_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_get_mem_type_t);

/* Tools-only definitions; they may change. */
#if defined(__XEN__) || defined(__XEN_TOOLS__)

/*
 * Buffered-ioreq modes of an IOREQ server (handle_bufioreq of
 * XEN_DMOP_create_ioreq_server); they live here for older users.
 */
#define HVM_IOREQSRV_BUFIOREQ_OFF    0  /* no buffered ring */
#define HVM_IOREQSRV_BUFIOREQ_LEGACY 1  /* a ring with the original pointer protocol */
/* A ring whose read pointer Xen updates, and whose pointer pair it reads, atomically. */
#define HVM_IOREQSRV_BUFIOREQ_ATOMIC 2

#endif /* defined(__XEN__) || defined(__XEN_TOOLS__) */

#if defined(__i386__) || defined(__x86_64__)

/*
 * HVMOP_set_evtchn_upcall_vector: deliver vCPU <vcpu>'s event-channel
 * upcalls on interrupt vector <vector>, instead of through the domain-wide
 * callback set with HVM_PARAM_CALLBACK_IRQ.
 */
#define HVMOP_set_evtchn_upcall_vector 23
#pragma xenabi subop hvm_op HVMOP_set_evtchn_upcall_vector arg2=xen_hvm_evtchn_upcall_vector_t:in
struct xen_hvm_evtchn_upcall_vector {
    uint32_t vcpu;
    uint8_t vector;
};
typedef struct xen_hvm_evtchn_upcall_vector xen_hvm_evtchn_upcall_vector_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_evtchn_upcall_vector_t);

#endif /* defined(__i386__) || defined(__x86_64__) */

/*
 * HVMOP_guest_request_vm_event: the guest asks for a vm_event to be sent
 * to its monitor; <arg> is NULL.
 */
#define HVMOP_guest_request_vm_event 24
#pragma xenabi subop hvm_op HVMOP_guest_request_vm_event

/*
 * HVMOP_altp2m: alternate p2m views of a domain (for introspection): a
 * struct xen_hvm_altp2m_op whose <cmd> is an HVMOP_altp2m_* value.
 */
#define HVMOP_altp2m 25
#pragma xenabi subop hvm_op HVMOP_altp2m arg2=xen_hvm_altp2m_op_t:inout

/*
 * In the per-command structures below, a member that one command reads
 * and another writes is marked inout: a `dir` list names hvm_op sub-ops,
 * and all of these travel under HVMOP_altp2m.
 */

/* The value of xen_hvm_altp2m_op.version. */
#define HVMOP_ALTP2M_INTERFACE_VERSION 0x00000001

/* HVMOP_altp2m_get_domain_state / _set_domain_state. */
struct xen_hvm_altp2m_domain_state {
    /* altp2m on (1) or off (0): in for set, out for get */
#pragma xenabi dir inout
    uint8_t state;
};
typedef struct xen_hvm_altp2m_domain_state xen_hvm_altp2m_domain_state_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_altp2m_domain_state_t);

/* HVMOP_altp2m_vcpu_enable_notify: where vCPU <vcpu_id> gets #VE info. */
struct xen_hvm_altp2m_vcpu_enable_notify {
    uint32_t vcpu_id;
    uint32_t pad;
    uint64_t gfn;                   /* frame of the #VE information area */
};
typedef struct xen_hvm_altp2m_vcpu_enable_notify xen_hvm_altp2m_vcpu_enable_notify_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_altp2m_vcpu_enable_notify_t);

/* HVMOP_altp2m_vcpu_disable_notify. */
struct xen_hvm_altp2m_vcpu_disable_notify {
    uint32_t vcpu_id;
};
typedef struct xen_hvm_altp2m_vcpu_disable_notify xen_hvm_altp2m_vcpu_disable_notify_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_altp2m_vcpu_disable_notify_t);

/* HVMOP_altp2m_create_p2m (returns the new view), _destroy_p2m, _switch_p2m. */
struct xen_hvm_altp2m_view {
    /* the view: out for create, in otherwise */
#pragma xenabi dir inout
    uint16_t view;
    uint16_t hvmmem_default_access; /* xenmem_access_t (create only) */
};
typedef struct xen_hvm_altp2m_view xen_hvm_altp2m_view_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_altp2m_view_t);

#if __XEN_INTERFACE_VERSION__ < 0x00040a00
/* The name of struct xen_hvm_altp2m_mem_access before interface 4.10. */
struct xen_hvm_altp2m_set_mem_access {
    uint16_t view;
    uint16_t access;                /* xenmem_access_t */
    uint32_t pad;
    uint64_t gfn;
};
typedef struct xen_hvm_altp2m_set_mem_access xen_hvm_altp2m_set_mem_access_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_altp2m_set_mem_access_t);
#endif /* __XEN_INTERFACE_VERSION__ < 0x00040a00 */

/* HVMOP_altp2m_set_mem_access / _get_mem_access: one frame of a view. */
struct xen_hvm_altp2m_mem_access {
    uint16_t view;
    /* xenmem_access_t: in for set, out for get */
#pragma xenabi dir inout
    uint16_t access;
    uint32_t pad;
    uint64_t gfn;
};
typedef struct xen_hvm_altp2m_mem_access xen_hvm_altp2m_mem_access_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_altp2m_mem_access_t);

/*
 * HVMOP_altp2m_set_mem_access_multi: access rights for <nr> frames of a
 * view, frame pfn_list[i] getting access_list[i].  Preemptible: pass
 * <opaque> = 0; Xen keeps its progress there across continuations.
 */
struct xen_hvm_altp2m_set_mem_access_multi {
    uint16_t view;
    uint16_t pad;
    uint32_t nr;
#pragma xenabi dir inout
    uint64_t opaque;
#pragma xenabi count nr
#pragma xenabi dir in
    XEN_GUEST_HANDLE(const_uint64) pfn_list;
#pragma xenabi count nr
#pragma xenabi dir in
    XEN_GUEST_HANDLE(const_uint8) access_list;  /* xenmem_access_t values */
};

/*
 * HVMOP_altp2m_change_gfn: make <old_gfn> of a view map what <new_gfn>
 * maps; INVALID_GFN as <new_gfn> restores the original mapping.
 */
struct xen_hvm_altp2m_change_gfn {
    uint16_t view;
    uint16_t pad1;
    uint32_t pad2;
    uint64_t old_gfn;
    uint64_t new_gfn;
};
typedef struct xen_hvm_altp2m_change_gfn xen_hvm_altp2m_change_gfn_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_altp2m_change_gfn_t);

/* HVMOP_altp2m_get_p2m_idx: the view vCPU <vcpu_id> currently uses. */
struct xen_hvm_altp2m_get_vcpu_p2m_idx {
    uint32_t vcpu_id;
#pragma xenabi dir out
    uint16_t altp2m_idx;
};

/* HVMOP_altp2m_set_visibility: whether the guest may switch to a view. */
struct xen_hvm_altp2m_set_visibility {
    uint16_t altp2m_idx;
    uint8_t visible;
    uint8_t pad;
};

struct xen_hvm_altp2m_op {
    uint32_t version;               /* HVMOP_ALTP2M_INTERFACE_VERSION */
    uint32_t cmd;                   /* HVMOP_altp2m_* */
#define HVMOP_altp2m_get_domain_state     1
#define HVMOP_altp2m_set_domain_state     2
#define HVMOP_altp2m_vcpu_enable_notify   3
#define HVMOP_altp2m_create_p2m           4
#define HVMOP_altp2m_destroy_p2m          5
#define HVMOP_altp2m_switch_p2m           6
#define HVMOP_altp2m_set_mem_access       7
#define HVMOP_altp2m_change_gfn           8
#define HVMOP_altp2m_set_mem_access_multi 9
#define HVMOP_altp2m_set_suppress_ve      10
#define HVMOP_altp2m_get_suppress_ve      11
#define HVMOP_altp2m_get_mem_access       12
#define HVMOP_altp2m_vcpu_disable_notify  13
#define HVMOP_altp2m_get_p2m_idx          14
#define HVMOP_altp2m_set_suppress_ve_multi 15
#define HVMOP_altp2m_set_visibility       16
    domid_t domain;                 /* the domain whose views change */
    uint16_t pad1;
    uint32_t pad2;
    /* the command's structure; Xen writes back the results of get commands */
#pragma xenabi select cmd
#pragma xenabi dir inout
    union {
#pragma xenabi arm HVMOP_altp2m_get_domain_state, HVMOP_altp2m_set_domain_state
        struct xen_hvm_altp2m_domain_state         domain_state;
#pragma xenabi arm HVMOP_altp2m_vcpu_enable_notify
        struct xen_hvm_altp2m_vcpu_enable_notify   enable_notify;
#pragma xenabi arm HVMOP_altp2m_create_p2m, HVMOP_altp2m_destroy_p2m, HVMOP_altp2m_switch_p2m
        struct xen_hvm_altp2m_view                 view;
#if __XEN_INTERFACE_VERSION__ < 0x00040a00
        struct xen_hvm_altp2m_set_mem_access       set_mem_access;
#endif /* __XEN_INTERFACE_VERSION__ < 0x00040a00 */
#pragma xenabi arm HVMOP_altp2m_set_mem_access, HVMOP_altp2m_get_mem_access
        struct xen_hvm_altp2m_mem_access           mem_access;
#pragma xenabi arm HVMOP_altp2m_change_gfn
        struct xen_hvm_altp2m_change_gfn           change_gfn;
#pragma xenabi arm HVMOP_altp2m_set_mem_access_multi
        struct xen_hvm_altp2m_set_mem_access_multi set_mem_access_multi;
#pragma xenabi arm HVMOP_altp2m_set_suppress_ve, HVMOP_altp2m_get_suppress_ve
        struct xen_hvm_altp2m_suppress_ve          suppress_ve;
#pragma xenabi arm HVMOP_altp2m_set_suppress_ve_multi
        struct xen_hvm_altp2m_suppress_ve_multi    suppress_ve_multi;
#pragma xenabi arm HVMOP_altp2m_vcpu_disable_notify
        struct xen_hvm_altp2m_vcpu_disable_notify  disable_notify;
#pragma xenabi arm HVMOP_altp2m_get_p2m_idx
        struct xen_hvm_altp2m_get_vcpu_p2m_idx     get_vcpu_p2m_idx;
#pragma xenabi arm HVMOP_altp2m_set_visibility
        struct xen_hvm_altp2m_set_visibility       set_visibility;
        uint8_t pad[64];            /* fixes the union's size */
    } u;
};
typedef struct xen_hvm_altp2m_op xen_hvm_altp2m_op_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_altp2m_op_t);

#endif /* XEN_PUBLIC_HVM_HVM_OP_H */
