/* SPDX-License-Identifier: MIT */
/*
 * The PV console page: two byte rings (input to the guest, output from
 * it) with free-running indexes, shared by the guest and the console
 * backend.
 */
#ifndef XEN_PUBLIC_IO_CONSOLE_H
#define XEN_PUBLIC_IO_CONSOLE_H

typedef uint32_t XENCONS_RING_IDX;

#pragma xenabi verbatim begin
/* Offset of free-running index idx in the byte array ring. */
#define MASK_XENCONS_IDX(idx, ring) ((idx) & (sizeof(ring)-1))
#pragma xenabi verbatim end

/* The console page: it may grow into its unused tail (features both ends agree on). */
#pragma xenabi page
struct xencons_interface {
    char in[1024];              /* backend to guest */
    char out[2048];             /* guest to backend */
    XENCONS_RING_IDX in_cons, in_prod;
    XENCONS_RING_IDX out_cons, out_prod;
/* connection values, set by the backend */
#define XENCONSOLE_DISCONNECTED 1
#define XENCONSOLE_CONNECTED    0
    uint8_t connection;
};

#pragma xenabi verbatim begin
/* On request, the byte-stream helpers of io/ring.h for these rings. */
#ifdef XEN_WANT_FLEX_CONSOLE_RING
#include "ring.h"
DEFINE_XEN_FLEX_RING(xencons);
#endif
#pragma xenabi verbatim end

#endif /* XEN_PUBLIC_IO_CONSOLE_H */
