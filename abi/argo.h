/* SPDX-License-Identifier: MIT */
/*
 * Argo: message passing between domains through rings that the receiving
 * guest registers in its own memory.  Xen copies a sender's data into the
 * destination ring (no shared pages between the two domains) and signals
 * the receiver; Xen mediates every transfer, so the XSM policy applies.
 *
 * HYPERVISOR_argo_op(cmd, arg1, arg2, arg3, arg4): cmd is a XEN_ARGO_OP_*
 * value; what the four arguments after it hold depends on cmd.
 * (The subop annotations number the hypercall's own arguments, so cmd is
 * their arg1 and the argN of these comments is their arg(N+1).)
 */
#ifndef XEN_PUBLIC_ARGO_H
#define XEN_PUBLIC_ARGO_H

#include "xen.h"

#pragma xenabi hypercall argo_op subop=arg1

/* A ring partner of "any domain" (wildcard rings). */
#define XEN_ARGO_DOMID_ANY       DOMID_INVALID

/* Largest ring a guest may register: 16 MiB. */
#define XEN_ARGO_MAX_RING_SIZE  (0x1000000ULL)

/* A ring's port number (its own namespace, unrelated to event channels). */
typedef uint32_t xen_argo_port_t;

/* A guest frame number, 64 bits on every architecture. */
typedef uint64_t xen_argo_gfn_t;

/*
 * Most iovs one XEN_ARGO_OP_sendv accepts (Xen keeps them on its stack
 * while sending).
 */
#define XEN_ARGO_MAXIOV          8U

/* One piece of a message to send: iov_len bytes at iov_hnd. */
typedef struct xen_argo_iov
{
#pragma xenabi count iov_len
#pragma xenabi dir in
    XEN_GUEST_HANDLE(uint8) iov_hnd;
    uint32_t iov_len;
    uint32_t pad;                   /* zero */
} xen_argo_iov_t;

/* A ring address: the port and the domain owning the ring. */
typedef struct xen_argo_addr
{
    xen_argo_port_t aport;
    domid_t domain_id;
    uint16_t pad;                   /* zero */
} xen_argo_addr_t;

/* Source and destination of a XEN_ARGO_OP_sendv. */
typedef struct xen_argo_send_addr
{
    xen_argo_addr_t src;
    xen_argo_addr_t dst;
} xen_argo_send_addr_t;

/*
 * The start of a registered ring, in the receiver's memory.  Xen writes
 * messages at tx_ptr and the receiver consumes them from rx_ptr (both byte
 * offsets into ring[]); each side must update its pointer atomically.
 */
typedef struct xen_argo_ring
{
    uint32_t rx_ptr;                /* advanced by the receiving guest */
    uint32_t tx_ptr;                /* advanced by Xen */
    /* Reserved; also puts ring[] on a message-slot boundary. */
    uint8_t reserved[56];
    /* The ring data, up to the size the ring was registered with. */
    __extension__ uint8_t ring[XEN_FLEX_ARRAY_DIM];
} xen_argo_ring_t;

/* First argument of XEN_ARGO_OP_register_ring. */
typedef struct xen_argo_register_ring
{
    xen_argo_port_t aport;
    /* The only domain allowed to send here, or XEN_ARGO_DOMID_ANY. */
    domid_t partner_id;
    uint16_t pad;                   /* zero */
    uint32_t len;                   /* ring size in bytes */
} xen_argo_register_ring_t;

/* First argument of XEN_ARGO_OP_unregister_ring. */
typedef struct xen_argo_unregister_ring
{
    xen_argo_port_t aport;
    domid_t partner_id;
    uint16_t pad;                   /* zero */
} xen_argo_unregister_ring_t;

/* Every message in a ring takes a multiple of this many bytes. */
#define XEN_ARGO_MSG_SLOT_SIZE 0x10

/* Bits of xen_argo_ring_data_ent.flags, set by XEN_ARGO_OP_notify. */
#define XEN_ARGO_RING_EXISTS            (1U << 0) /* the ring is registered */
#define XEN_ARGO_RING_SHARED            (1U << 1) /* its partner is the wildcard */
#define XEN_ARGO_RING_EMPTY             (1U << 2) /* it holds no messages */
/* Room for space_required bytes may be there now. */
#define XEN_ARGO_RING_SUFFICIENT        (1U << 3)
/* The ring is too small ever to hold space_required bytes. */
#define XEN_ARGO_RING_EMSGSIZE          (1U << 4)
/* Too many domains already wait for space in this ring. */
#define XEN_ARGO_RING_EBUSY             (1U << 5)

/* One ring queried by XEN_ARGO_OP_notify. */
typedef struct xen_argo_ring_data_ent
{
    xen_argo_addr_t ring;           /* the ring asked about */
#pragma xenabi dir out
    uint16_t flags;                 /* XEN_ARGO_RING_* */
    uint16_t pad;                   /* zero */
    /* Bytes of payload the caller wants to send (0: no space check). */
    uint32_t space_required;
#pragma xenabi dir out
    uint32_t max_message_size;      /* largest payload the ring can take */
} xen_argo_ring_data_ent_t;

/* Argument of XEN_ARGO_OP_notify: nent rings to query. */
typedef struct xen_argo_ring_data
{
    uint32_t nent;
    uint32_t pad;                   /* zero */
#pragma xenabi count nent
#pragma xenabi dir inout
    __extension__ xen_argo_ring_data_ent_t data[XEN_FLEX_ARRAY_DIM];
} xen_argo_ring_data_t;

/*
 * What Xen writes in front of each message in a ring.  len counts the
 * whole message, this header included.
 */
struct xen_argo_ring_message_header
{
    uint32_t len;
    xen_argo_addr_t source;         /* the sender's ring address */
    uint32_t message_type;          /* the sender's XEN_ARGO_OP_sendv arg4 */
#pragma xenabi count len - 16
    __extension__ uint8_t data[XEN_FLEX_ARRAY_DIM];
};

/*
 * XEN_ARGO_OP_register_ring: register (or, after resume, re-register) a
 * ring built from guest frames.
 *  arg1: xen_argo_register_ring_t, the ring's port and partner;
 *  arg2: array of arg3 xen_argo_gfn_t, the ring's 4 KiB frames in order;
 *  arg3: number of frames;
 *  arg4: XEN_ARGO_REGISTER_FLAG_* (32 bits).
 * Wildcard partners are accepted only when Xen enables them.
 */
#define XEN_ARGO_OP_register_ring     1
#pragma xenabi subop argo_op XEN_ARGO_OP_register_ring arg2=xen_argo_register_ring_t:in arg3=xen_argo_gfn_t[arg4]:in

/*
 * Registration flag: fail if the ring is already registered (without it,
 * the new ring replaces the old one, keeping tx_ptr where it is valid).
 */
#define XEN_ARGO_REGISTER_FLAG_FAIL_EXIST  0x1

#ifdef __XEN__
/* Every registration flag Xen knows. */
#define XEN_ARGO_REGISTER_FLAG_MASK XEN_ARGO_REGISTER_FLAG_FAIL_EXIST
#endif

/*
 * XEN_ARGO_OP_unregister_ring: remove a ring.
 *  arg1: xen_argo_unregister_ring_t; arg2: NULL; arg3, arg4: 0.
 */
#define XEN_ARGO_OP_unregister_ring     2
#pragma xenabi subop argo_op XEN_ARGO_OP_unregister_ring arg2=xen_argo_unregister_ring_t:in

/*
 * XEN_ARGO_OP_sendv: send one message gathered from several buffers.
 * Xen delivers to the ring registered at dst for exactly this sender if
 * there is one, else to a wildcard ring at dst.  Without enough room it
 * returns -EAGAIN and signals the sender once the space is there.
 *  arg1: xen_argo_send_addr_t;
 *  arg2: array of arg3 xen_argo_iov_t;
 *  arg3: number of iovs (at most XEN_ARGO_MAXIOV);
 *  arg4: message type, 32 bits chosen by the sender.
 */
#define XEN_ARGO_OP_sendv               3
#pragma xenabi subop argo_op XEN_ARGO_OP_sendv arg2=xen_argo_send_addr_t:in arg3=xen_argo_iov_t[arg4]:in

/*
 * XEN_ARGO_OP_notify: query rings (same matching as sendv) and ask to be
 * signalled when space_required bytes fit; a query that finds the space
 * cancels that pending signal.
 *  arg1: xen_argo_ring_data_t, or NULL; arg2: NULL; arg3, arg4: 0.
 */
#define XEN_ARGO_OP_notify              4
#pragma xenabi subop argo_op XEN_ARGO_OP_notify arg2=xen_argo_ring_data_t:inout

#endif /* XEN_PUBLIC_ARGO_H */
