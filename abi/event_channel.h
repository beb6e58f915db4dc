/* SPDX-License-Identifier: MIT */
/*
 * Event channels: Xen's virtual interrupt lines.  A port is bound to a
 * source (another domain, a VIRQ, a physical IRQ, an IPI) and raising it
 * sets a pending bit that the guest's upcall handler consumes.  The pending
 * and mask bits live in shared_info (2-level ABI) or in guest-provided pages
 * (FIFO ABI).
 */
#ifndef XEN_PUBLIC_EVENT_CHANNEL_H
#define XEN_PUBLIC_EVENT_CHANNEL_H

#include "xen.h"

/*
 * HYPERVISOR_event_channel_op(cmd, arg): cmd is one of EVTCHNOP_*, arg
 * points to the struct evtchn_<name> that goes with it.
 */
#define EVTCHNOP_bind_interdomain 0
#define EVTCHNOP_bind_virq        1
#define EVTCHNOP_bind_pirq        2
#define EVTCHNOP_close            3
#define EVTCHNOP_send             4
#define EVTCHNOP_status           5
#define EVTCHNOP_alloc_unbound    6
#define EVTCHNOP_bind_ipi         7
#define EVTCHNOP_bind_vcpu        8
#define EVTCHNOP_unmask           9
#define EVTCHNOP_reset           10
#define EVTCHNOP_init_control    11
#define EVTCHNOP_expand_array    12
#define EVTCHNOP_set_priority    13
#ifdef __XEN__
/* Continuation of EVTCHNOP_reset, used inside the hypervisor only. */
#define EVTCHNOP_reset_cont      14
#endif

#pragma xenabi hypercall event_channel_op subop=arg1
#pragma xenabi subop event_channel_op EVTCHNOP_bind_interdomain arg2=evtchn_bind_interdomain_t:inout
#pragma xenabi subop event_channel_op EVTCHNOP_bind_virq arg2=evtchn_bind_virq_t:inout
#pragma xenabi subop event_channel_op EVTCHNOP_bind_pirq arg2=evtchn_bind_pirq_t:inout
#pragma xenabi subop event_channel_op EVTCHNOP_close arg2=evtchn_close_t:in
#pragma xenabi subop event_channel_op EVTCHNOP_send arg2=evtchn_send_t:in
#pragma xenabi subop event_channel_op EVTCHNOP_status arg2=evtchn_status_t:inout
#pragma xenabi subop event_channel_op EVTCHNOP_alloc_unbound arg2=evtchn_alloc_unbound_t:inout
#pragma xenabi subop event_channel_op EVTCHNOP_bind_ipi arg2=evtchn_bind_ipi_t:inout
#pragma xenabi subop event_channel_op EVTCHNOP_bind_vcpu arg2=evtchn_bind_vcpu_t:in
#pragma xenabi subop event_channel_op EVTCHNOP_unmask arg2=evtchn_unmask_t:in
#pragma xenabi subop event_channel_op EVTCHNOP_reset arg2=evtchn_reset_t:in
#pragma xenabi subop event_channel_op EVTCHNOP_init_control arg2=evtchn_init_control_t:inout
#pragma xenabi subop event_channel_op EVTCHNOP_expand_array arg2=evtchn_expand_array_t:in
#pragma xenabi subop event_channel_op EVTCHNOP_set_priority arg2=evtchn_set_priority_t:in

/* The legacy single-argument form takes a struct evtchn_op (see below). */
#pragma xenabi hypercall event_channel_op_compat arg1=evtchn_op_t:inout

/* A local event-channel port number. */
typedef uint32_t evtchn_port_t;
DEFINE_XEN_GUEST_HANDLE(evtchn_port_t);

/*
 * EVTCHNOP_alloc_unbound: create a free port in <dom> that <remote_dom>
 * may later connect to with EVTCHNOP_bind_interdomain.  Unprivileged
 * callers must pass DOMID_SELF as <dom>; <remote_dom> may be DOMID_SELF
 * for a loopback channel.
 */
struct evtchn_alloc_unbound {
    domid_t dom, remote_dom;
    /* The new port in <dom>. */
    #pragma xenabi dir out
    evtchn_port_t port;
};
typedef struct evtchn_alloc_unbound evtchn_alloc_unbound_t;

/*
 * EVTCHNOP_bind_interdomain: connect a new local port to the unbound port
 * <remote_port> of <remote_dom>, which must accept connections from the
 * caller.  The new local port starts out pending.
 */
struct evtchn_bind_interdomain {
    domid_t remote_dom;
    evtchn_port_t remote_port;
    #pragma xenabi dir out
    evtchn_port_t local_port;
};
typedef struct evtchn_bind_interdomain evtchn_bind_interdomain_t;

/*
 * EVTCHNOP_bind_virq: bind a new port to virtual IRQ <virq> (VIRQ_*, see
 * xen.h) on <vcpu>.  Global VIRQs are bound on vCPU 0 and may be moved
 * with EVTCHNOP_bind_vcpu; per-vCPU VIRQs stay where they were bound.
 */
struct evtchn_bind_virq {
    uint32_t virq;
    uint32_t vcpu;
    #pragma xenabi dir out
    evtchn_port_t port;
};
typedef struct evtchn_bind_virq evtchn_bind_virq_t;

/*
 * EVTCHNOP_bind_pirq: bind a new port to physical IRQ <pirq> (privileged;
 * at most one port per domain for each PIRQ).
 */
struct evtchn_bind_pirq {
    uint32_t pirq;
/* The IRQ line may be shared with other domains. */
#define BIND_PIRQ__WILL_SHARE 1
    uint32_t flags;                 /* BIND_PIRQ__* */
    #pragma xenabi dir out
    evtchn_port_t port;
};
typedef struct evtchn_bind_pirq evtchn_bind_pirq_t;

/* EVTCHNOP_bind_ipi: a new port for inter-vCPU notifications to <vcpu>. */
struct evtchn_bind_ipi {
    uint32_t vcpu;
    #pragma xenabi dir out
    evtchn_port_t port;
};
typedef struct evtchn_bind_ipi evtchn_bind_ipi_t;

/*
 * EVTCHNOP_close: release local <port>; an interdomain peer goes back to
 * the unbound state.
 */
struct evtchn_close {
    evtchn_port_t port;
};
typedef struct evtchn_close evtchn_close_t;

/* EVTCHNOP_send: raise the event at the remote end of local <port>. */
struct evtchn_send {
    evtchn_port_t port;
};
typedef struct evtchn_send evtchn_send_t;

/*
 * EVTCHNOP_status: report what <port> of <dom> is bound to.  Querying
 * another domain's port needs privilege.
 */
struct evtchn_status {
    domid_t  dom;
    evtchn_port_t port;
/* Values of <status>. */
#define EVTCHNSTAT_closed       0   /* free */
#define EVTCHNSTAT_unbound      1   /* allocated, waiting for a peer */
#define EVTCHNSTAT_interdomain  2   /* connected to another domain */
#define EVTCHNSTAT_pirq         3   /* bound to a physical IRQ */
#define EVTCHNSTAT_virq         4   /* bound to a virtual IRQ */
#define EVTCHNSTAT_ipi          5   /* bound to an IPI */
    #pragma xenabi dir out
    uint32_t status;
    /* The vCPU that receives the notifications. */
    #pragma xenabi dir out
    uint32_t vcpu;
    /* Details of the binding, by <status>. */
    #pragma xenabi select status
    #pragma xenabi dir out
    union {
        #pragma xenabi arm EVTCHNSTAT_unbound
        struct {
            domid_t dom;            /* the domain allowed to connect */
        } unbound;
        #pragma xenabi arm EVTCHNSTAT_interdomain
        struct {
            domid_t dom;            /* the peer */
            evtchn_port_t port;
        } interdomain;
        #pragma xenabi arm EVTCHNSTAT_pirq
        uint32_t pirq;
        #pragma xenabi arm EVTCHNSTAT_virq
        uint32_t virq;
    } u;
};
typedef struct evtchn_status evtchn_status_t;

/*
 * EVTCHNOP_bind_vcpu: deliver <port>'s notifications to <vcpu> from now
 * on.  Not possible for IPI and per-vCPU VIRQ ports; other ports start on
 * vCPU 0.
 */
struct evtchn_bind_vcpu {
    evtchn_port_t port;
    uint32_t vcpu;
};
typedef struct evtchn_bind_vcpu evtchn_bind_vcpu_t;

/*
 * EVTCHNOP_unmask: clear the mask bit of local <port>, notifying its vCPU
 * if the port is pending.
 */
struct evtchn_unmask {
    evtchn_port_t port;
};
typedef struct evtchn_unmask evtchn_unmask_t;

/*
 * EVTCHNOP_reset: close every port of <dom> (DOMID_SELF, or any domain for
 * a privileged caller).  For the caller itself this also drops the FIFO
 * control blocks and returns to the 2-level ABI.
 */
struct evtchn_reset {
    domid_t dom;
};
typedef struct evtchn_reset evtchn_reset_t;

/*
 * EVTCHNOP_init_control: switch to the FIFO ABI by registering the calling
 * <vcpu>'s control block, at byte <offset> in the frame <control_gfn>.
 * Events already pending are dropped, so do this before binding ports.
 */
struct evtchn_init_control {
    uint64_t control_gfn;
    uint32_t offset;
    uint32_t vcpu;
    /* Number of bits in an event word's LINK field. */
    #pragma xenabi dir out
    uint8_t link_bits;
    uint8_t _pad[7];
};
typedef struct evtchn_init_control evtchn_init_control_t;

/* EVTCHNOP_expand_array: give the FIFO event array one more page. */
struct evtchn_expand_array {
    uint64_t array_gfn;
};
typedef struct evtchn_expand_array evtchn_expand_array_t;

/* EVTCHNOP_set_priority: FIFO priority of <port> (see EVTCHN_FIFO_PRIORITY_*). */
struct evtchn_set_priority {
    evtchn_port_t port;
    uint32_t priority;
};
typedef struct evtchn_set_priority evtchn_set_priority_t;

/*
 * Argument of the old HYPERVISOR_event_channel_op_compat(op), replaced by
 * event_channel_op in interface 0x00030202: the command and its data in
 * one block.
 */
struct evtchn_op {
    uint32_t cmd;                   /* EVTCHNOP_* */
    #pragma xenabi select cmd
    union {
        #pragma xenabi arm EVTCHNOP_alloc_unbound
        evtchn_alloc_unbound_t    alloc_unbound;
        #pragma xenabi arm EVTCHNOP_bind_interdomain
        evtchn_bind_interdomain_t bind_interdomain;
        #pragma xenabi arm EVTCHNOP_bind_virq
        evtchn_bind_virq_t        bind_virq;
        #pragma xenabi arm EVTCHNOP_bind_pirq
        evtchn_bind_pirq_t        bind_pirq;
        #pragma xenabi arm EVTCHNOP_bind_ipi
        evtchn_bind_ipi_t         bind_ipi;
        #pragma xenabi arm EVTCHNOP_close
        evtchn_close_t            close;
        #pragma xenabi arm EVTCHNOP_send
        evtchn_send_t             send;
        #pragma xenabi arm EVTCHNOP_status
        evtchn_status_t           status;
        #pragma xenabi arm EVTCHNOP_bind_vcpu
        evtchn_bind_vcpu_t        bind_vcpu;
        #pragma xenabi arm EVTCHNOP_unmask
        evtchn_unmask_t           unmask;
    } u;
};
typedef struct evtchn_op evtchn_op_t;
DEFINE_XEN_GUEST_HANDLE(evtchn_op_t);

/*
 * 2-level ABI: one pending and one mask bit per port in shared_info,
 * found through a per-vCPU selector word.
 */
#define EVTCHN_2L_NR_CHANNELS (sizeof(xen_ulong_t) * sizeof(xen_ulong_t) * 64)

/*
 * FIFO ABI: each port has a 32-bit event word in the guest's event array;
 * pending events are linked into one queue per priority and vCPU.
 */

/* Priorities: 0 is the most urgent, 15 the least. */
#define EVTCHN_FIFO_PRIORITY_MAX     0
#define EVTCHN_FIFO_PRIORITY_DEFAULT 7
#define EVTCHN_FIFO_PRIORITY_MIN     15

#define EVTCHN_FIFO_MAX_QUEUES (EVTCHN_FIFO_PRIORITY_MIN + 1)

typedef uint32_t event_word_t;

/* Bit numbers of the flags in an event word. */
#define EVTCHN_FIFO_PENDING 31
#define EVTCHN_FIFO_MASKED  30
#define EVTCHN_FIFO_LINKED  29
#define EVTCHN_FIFO_BUSY    28

/* The low bits of an event word: the next port in the queue. */
#define EVTCHN_FIFO_LINK_BITS 17
#define EVTCHN_FIFO_LINK_MASK ((1 << EVTCHN_FIFO_LINK_BITS) - 1)

#define EVTCHN_FIFO_NR_CHANNELS (1 << EVTCHN_FIFO_LINK_BITS)

/* Per-vCPU FIFO control block, registered with EVTCHNOP_init_control. */
struct evtchn_fifo_control_block {
    uint32_t ready;                 /* bit N: queue N is non-empty */
    uint32_t _rsvd;
    uint32_t head[EVTCHN_FIFO_MAX_QUEUES]; /* first port of each queue */
};
typedef struct evtchn_fifo_control_block evtchn_fifo_control_block_t;

#endif /* XEN_PUBLIC_EVENT_CHANNEL_H */
