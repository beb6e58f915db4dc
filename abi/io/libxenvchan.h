/* SPDX-License-Identifier: MIT */
/*
 * The shared page of libxenvchan, a byte-stream channel between two
 * domains: the server grants a page holding vchan_interface (and
 * possibly more pages for the rings), the client maps it; the grant
 * references and event channel are found in xenstore.  Unlike io/ring.h
 * rings the two byte rings are sized at run time and both ends use them
 * the same way, so the ring.h macros do not apply.
 *
 * Directions below: "in" is written by the server (the end that shares
 * the pages), "out" by the client.
 *
 * Upstream includes <stdint.h> and <sys/types.h> here.  This header
 * includes <sys/types.h> only in a hosted environment (the declarations
 * below do not need it) so that it also compiles freestanding.
 */
#ifndef XEN_PUBLIC_IO_LIBXENVCHAN_H
#define XEN_PUBLIC_IO_LIBXENVCHAN_H

#pragma xenabi verbatim begin
#include <stdint.h>
#if !defined(__STDC_HOSTED__) || __STDC_HOSTED__
#include <sys/types.h>
#endif
#pragma xenabi verbatim end

/* Free-running byte indexes of one ring: its reader advances cons, its
 * writer prod. */
struct ring_shared {
    uint32_t cons, prod;
};

/* cli_notify and srv_notify: when the other end wants an event. */
#define VCHAN_NOTIFY_WRITE 0x1      /* after data was written */
#define VCHAN_NOTIFY_READ  0x2      /* after data was read (space freed) */

/* The channel's shared page. */
struct vchan_interface {
    /*
     * The two rings: the client writes left and reads right, the server
     * the reverse; each end advances prod of the ring it writes and cons
     * of the one it reads.
     */
#pragma xenabi on left dir inout
#pragma xenabi on right dir inout
    struct ring_shared left, right;
    /*
     * Ring sizes as powers of two, fixed once shared: 10 and 11 put that
     * ring at offset 1024 or 2048 of this page (only one ring may do
     * either), 12 and up give it 2^(order-12) pages of its own, granted
     * in grants.
     */
#pragma xenabi on left_order dir in
#pragma xenabi on right_order dir in
    uint16_t left_order, right_order;
    /* 0: that end has gone, 1: connected, 2: the client has not yet
     * connected */
#pragma xenabi on cli_live dir inout
#pragma xenabi on srv_live dir in
    uint8_t cli_live, srv_live;
    /* VCHAN_NOTIFY_* bits: the events the client (cli_notify) and the
     * server (srv_notify) should send for their actions; cleared by the
     * end that sends them */
#pragma xenabi on cli_notify dir inout
#pragma xenabi on srv_notify dir inout
    uint8_t cli_notify, srv_notify;
    /* Grants of the ring pages, left's first; fixed once shared, and
     * within this first page, before any ring placed in it. */
#pragma xenabi count ((1 << left_order) >> 12) + ((1 << right_order) >> 12)
#pragma xenabi dir in
    __extension__ uint32_t grants[0];
};

#endif /* XEN_PUBLIC_IO_LIBXENVCHAN_H */
