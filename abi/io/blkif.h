/* SPDX-License-Identifier: MIT */
/*
 * The PV block device protocol (vbd): a frontend sends block requests over
 * a shared ring (one per queue with multi-queue), the data itself moves in
 * pages the frontend grants; the backend answers each request with a
 * response carrying the request's id.  Sizes and sector numbers on the
 * ring are always in 512-byte units, whatever the disk's sector size.
 *
 * Set-up happens in xenstore: the backend publishes the disk's properties
 * and optional features (feature-barrier, feature-flush-cache,
 * feature-discard and its discard-* parameters,
 * feature-max-indirect-segments, feature-persistent,
 * multi-queue-max-queues, max-ring-page-order, sectors, sector-size,
 * info ...); the frontend publishes ring-ref(s), event-channel and the
 * protocol it speaks (io/protocols.h), then both go through the usual
 * XenbusState handshake.
 */
#ifndef XEN_PUBLIC_IO_BLKIF_H
#define XEN_PUBLIC_IO_BLKIF_H

#include "ring.h"
#include "../grant_table.h"

/* The virtual device number and a sector number (512-byte units). */
#ifndef blkif_vdev_t
#define blkif_vdev_t   uint16_t
#endif
#define blkif_sector_t uint64_t

/* blkif_request.operation */
#define BLKIF_OP_READ              0
#define BLKIF_OP_WRITE             1
/* A write ordered after every earlier write and before every later one
 * (when the backend offers feature-barrier). */
#define BLKIF_OP_WRITE_BARRIER     2
/* Flush the disk's volatile write cache (feature-flush-cache). */
#define BLKIF_OP_FLUSH_DISKCACHE   3
/* Kept for a vendor's device-specific command packets. */
#define BLKIF_OP_RESERVED_1        4
/* The range is no longer in use (trim/unmap), a blkif_request_discard;
 * with BLKIF_DISCARD_SECURE no copy of it may stay recoverable
 * (feature-discard). */
#define BLKIF_OP_DISCARD           5
/*
 * A blkif_request_indirect: its segments are not in the request but in up
 * to BLKIF_MAX_INDIRECT_PAGES_PER_REQUEST granted pages full of
 * blkif_request_segment, so a request can have more than 11 of them, up
 * to the backend's feature-max-indirect-segments (a backend without
 * indirect requests does not publish that key).
 */
#define BLKIF_OP_INDIRECT          6

/* Segments in one blkif_request (fixed by the original one-page ring). */
#define BLKIF_MAX_SEGMENTS_PER_REQUEST 11

/* Pages of segments one indirect request may name. */
#define BLKIF_MAX_INDIRECT_PAGES_PER_REQUEST 8

/*
 * One granted page of a request and the 512-byte sectors of it to
 * transfer, first_sect to last_sect inclusive (the resulting range must be
 * aligned to the disk's sector-size).
 */
struct blkif_request_segment {
    grant_ref_t gref;
    uint8_t     first_sect, last_sect;
};

/* A read or write (and the common header of every request). */
struct blkif_request {
    uint8_t        operation;       /* BLKIF_OP_* */
    uint8_t        nr_segments;     /* entries of seg used */
    blkif_vdev_t   handle;          /* read/write only */
    uint64_t       id;              /* the frontend's, returned in the response */
    blkif_sector_t sector_number;   /* first sector (read/write only) */
    struct blkif_request_segment seg[BLKIF_MAX_SEGMENTS_PER_REQUEST];
};
typedef struct blkif_request blkif_request_t;

/*
 * The slot read this way when operation is BLKIF_OP_DISCARD (no larger
 * than blkif_request).  sector_number is aligned to discard-granularity.
 */
struct blkif_request_discard {
    uint8_t        operation;       /* BLKIF_OP_DISCARD */
    uint8_t        flag;            /* 0 or BLKIF_DISCARD_SECURE */
/* erase securely (only if the backend sets discard-secure) */
#define BLKIF_DISCARD_SECURE (1<<0)
    blkif_vdev_t   handle;
    uint64_t       id;
    blkif_sector_t sector_number;
    uint64_t       nr_sectors;      /* length of the range */
};
typedef struct blkif_request_discard blkif_request_discard_t;

/* The slot read this way when operation is BLKIF_OP_INDIRECT. */
struct blkif_request_indirect {
    uint8_t        operation;       /* BLKIF_OP_INDIRECT */
    uint8_t        indirect_op;     /* BLKIF_OP_READ or BLKIF_OP_WRITE */
    uint16_t       nr_segments;     /* segments over all the indirect pages */
    uint64_t       id;
    blkif_sector_t sector_number;
    blkif_vdev_t   handle;
    grant_ref_t    indirect_grefs[BLKIF_MAX_INDIRECT_PAGES_PER_REQUEST];
#ifdef __i386__
    /* i386 only: brings the record to 64 bytes as on the other ABIs */
#pragma xenabi padding
    uint64_t       pad;
#endif
};
typedef struct blkif_request_indirect blkif_request_indirect_t;

/* The answer to one request. */
struct blkif_response {
    uint64_t        id;             /* the request's */
    uint8_t         operation;      /* the request's */
    int16_t         status;         /* BLKIF_RSP_* */
};
typedef struct blkif_response blkif_response_t;

/* blkif_response.status */
#define BLKIF_RSP_EOPNOTSUPP  -2    /* not supported (barrier writes only) */
#define BLKIF_RSP_ERROR       -1    /* failed (an I/O error) */
#define BLKIF_RSP_OKAY         0

/* The ring: blkif_sring, blkif_front_ring, blkif_back_ring and typedefs. */
DEFINE_RING_TYPES(blkif, struct blkif_request, struct blkif_response);

/* Bits of the backend's "info" key. */
#define VDISK_CDROM        0x1
#define VDISK_REMOVABLE    0x2
#define VDISK_READONLY     0x4

#endif /* XEN_PUBLIC_IO_BLKIF_H */
