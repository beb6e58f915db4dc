/* SPDX-License-Identifier: MIT */
/*
 * PV Calls: a frontend hands POSIX socket calls (socket, connect, bind,
 * listen, accept, poll, close) to a backend that performs them in its own
 * network stack.  Commands and their results travel on one command ring;
 * each connected or accepted socket then has its own data ring, a pair of
 * byte rings (io/ring.h's flex rings) whose indexes live in a
 * pvcalls_data_intf page.  The specification is docs/misc/pvcalls.pandoc
 * in the Xen tree; this header is its C form.
 *
 * Directions: "in" is written by the frontend, "out" by the backend.
 * The helpers need grant_ref_t (from grant_table.h, included) and, with
 * a compiler other than GCC or Clang, size_t and memcpy.
 */
#ifndef XEN_PUBLIC_IO_PVCALLS_H
#define XEN_PUBLIC_IO_PVCALLS_H

#include "../grant_table.h"
#include "ring.h"

/*
 * The index page of one socket's data ring.  The in ring carries data
 * from the backend to the frontend, the out ring the other way; each
 * ring's indexes and error sit on their own cache line.
 */
struct pvcalls_data_intf {
    /* in_cons: the frontend's; in_prod and in_error (0 or a negative
     * errno): the backend's */
#pragma xenabi dir in
#pragma xenabi on in_prod dir out
#pragma xenabi on in_error dir out
    RING_IDX in_cons, in_prod, in_error;

    uint8_t pad1[52];

    /* out_prod: the frontend's; out_cons and out_error: the backend's */
#pragma xenabi dir out
#pragma xenabi on out_prod dir in
#pragma xenabi on out_error dir out
    RING_IDX out_cons, out_prod, out_error;

    uint8_t pad2[52];

#pragma xenabi dir in
    RING_IDX ring_order;            /* the buffer is 2^ring_order pages */
#pragma xenabi count 1 << ring_order
#pragma xenabi dir in
    __extension__ grant_ref_t ref[XEN_FLEX_ARRAY_DIM];   /* its pages */
};
/* struct pvcalls_data and the pvcalls_* ring helpers */
DEFINE_XEN_FLEX_RING(pvcalls);

/* xen_pvcalls_request.cmd (echoed in xen_pvcalls_response.cmd) */
#define PVCALLS_SOCKET         0
#define PVCALLS_CONNECT        1
#define PVCALLS_RELEASE        2
#define PVCALLS_BIND           3
#define PVCALLS_LISTEN         4
#define PVCALLS_ACCEPT         5
#define PVCALLS_POLL           6

/*
 * A command.  Sockets are named by an id the frontend chooses; addresses
 * are a struct sockaddr of len bytes, in Linux's layout.  connect and
 * accept also pass the grant of the new socket's data-ring index page and
 * the event channel of its data ring.
 */
struct xen_pvcalls_request {
#pragma xenabi dir in
    uint32_t req_id;                /* the frontend's, echoed in the response */
#pragma xenabi dir in
    uint32_t cmd;                   /* PVCALLS_* */
#pragma xenabi select cmd
#pragma xenabi dir in
    union {
#pragma xenabi arm PVCALLS_SOCKET
        struct xen_pvcalls_socket {
            uint64_t id;            /* the new socket */
            uint32_t domain;        /* socket(2) arguments */
            uint32_t type;
            uint32_t protocol;
            uint8_t pad[4];
        } socket;
#pragma xenabi arm PVCALLS_CONNECT
        struct xen_pvcalls_connect {
            uint64_t id;
            uint8_t addr[28];
            uint32_t len;           /* bytes of addr used */
            uint32_t flags;         /* none defined: 0 */
            grant_ref_t ref;        /* the data ring's index page */
            uint32_t evtchn;        /* the data ring's event channel */
            uint8_t pad[4];
        } connect;
#pragma xenabi arm PVCALLS_RELEASE
        struct xen_pvcalls_release {
            uint64_t id;            /* socket to close */
            uint8_t reuse;          /* 1: keep the data ring for reuse */
            uint8_t pad[7];
        } release;
#pragma xenabi arm PVCALLS_BIND
        struct xen_pvcalls_bind {
            uint64_t id;
            uint8_t addr[28];
            uint32_t len;           /* bytes of addr used */
        } bind;
#pragma xenabi arm PVCALLS_LISTEN
        struct xen_pvcalls_listen {
            uint64_t id;
            uint32_t backlog;
            uint8_t pad[4];
        } listen;
#pragma xenabi arm PVCALLS_ACCEPT
        struct xen_pvcalls_accept {
            uint64_t id;            /* the listening socket */
            uint64_t id_new;        /* the accepted one */
            grant_ref_t ref;        /* its data ring's index page */
            uint32_t evtchn;        /* its data ring's event channel */
        } accept;
#pragma xenabi arm PVCALLS_POLL
        struct xen_pvcalls_poll {
            uint64_t id;            /* a listening socket */
        } poll;
        /* sets the union's size to 56 bytes on every ABI */
        struct xen_pvcalls_dummy {
            uint8_t dummy[56];
        } dummy;
    } u;
};

/* The result of a command: which socket it was about. */
struct xen_pvcalls_response {
#pragma xenabi dir out
    uint32_t req_id;                /* the request's */
#pragma xenabi dir out
    uint32_t cmd;                   /* the request's */
#pragma xenabi dir out
    int32_t ret;                    /* 0, or a negative errno */
    uint32_t pad;
#pragma xenabi select cmd
#pragma xenabi dir out
    union {
#pragma xenabi arm PVCALLS_SOCKET
        struct _xen_pvcalls_socket {
            uint64_t id;
        } socket;
#pragma xenabi arm PVCALLS_CONNECT
        struct _xen_pvcalls_connect {
            uint64_t id;
        } connect;
#pragma xenabi arm PVCALLS_RELEASE
        struct _xen_pvcalls_release {
            uint64_t id;
        } release;
#pragma xenabi arm PVCALLS_BIND
        struct _xen_pvcalls_bind {
            uint64_t id;
        } bind;
#pragma xenabi arm PVCALLS_LISTEN
        struct _xen_pvcalls_listen {
            uint64_t id;
        } listen;
#pragma xenabi arm PVCALLS_ACCEPT
        struct _xen_pvcalls_accept {
            uint64_t id;
        } accept;
#pragma xenabi arm PVCALLS_POLL
        struct _xen_pvcalls_poll {
            uint64_t id;
        } poll;
        struct _xen_pvcalls_dummy {
            uint8_t dummy[8];
        } dummy;
    } u;
};

/* The command ring: xen_pvcalls_sring, xen_pvcalls_front_ring, ... */
DEFINE_RING_TYPES(xen_pvcalls, struct xen_pvcalls_request,
                  struct xen_pvcalls_response);

#endif /* XEN_PUBLIC_IO_PVCALLS_H */
