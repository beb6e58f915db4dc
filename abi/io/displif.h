/* SPDX-License-Identifier: MIT */
/*
 * The PV display protocol (vdispl): a frontend drives the connectors
 * (outputs) of a virtual display a backend provides.  Each connector has
 * a request ring (xendispl_req / xendispl_resp, 64-byte slots) and an
 * event page on which the backend reports completed page flips.
 * Display buffers are shared pages, granted by the frontend or (with
 * XENDISPL_DBUF_FLG_REQ_ALLOC, when the backend offers be-alloc) by the
 * backend, and listed in a chain of xendispl_page_directory pages.
 * Requests that are not about one connector (buffer creation and
 * destruction, framebuffer attach and detach) go to connector 0's ring.
 * Buffers and framebuffers are named by 64-bit cookies the frontend
 * picks; 0 is never a valid cookie.
 *
 * Set-up happens in xenstore: the frontend's device directory lists the
 * connectors with their resolution and unique-id; the frontend publishes,
 * per connector, the grant and event channel of its ring and of its
 * event page; the backend publishes the protocol versions it speaks and
 * be-alloc.  Statuses are 0 or -XEN_E*; reserved fields are 0.
 *
 * Directions: "in" is written by the frontend, "out" by the backend.
 */
#ifndef XEN_PUBLIC_IO_DISPLIF_H
#define XEN_PUBLIC_IO_DISPLIF_H

#include "ring.h"
#include "../grant_table.h"

/* The protocol version this header describes, as a string and a number. */
#define XENDISPL_PROTOCOL_VERSION     "2"
#define XENDISPL_PROTOCOL_VERSION_INT  2

/* xendispl_req.operation (0 to 15 are reserved) */
#define XENDISPL_OP_DBUF_CREATE       0x10
#define XENDISPL_OP_DBUF_DESTROY      0x11
#define XENDISPL_OP_FB_ATTACH         0x12
#define XENDISPL_OP_FB_DETACH         0x13
#define XENDISPL_OP_SET_CONFIG        0x14
#define XENDISPL_OP_PG_FLIP           0x15
/* from protocol version 2 on */
#define XENDISPL_OP_GET_EDID          0x16

/* xendispl_evt.type */
#define XENDISPL_EVT_PG_FLIP          0x00

/* xenstore: the device type, and the names and values of its keys */
#define XENDISPL_DRIVER_NAME          "vdispl"

/* separate the items of a list value and width from height */
#define XENDISPL_LIST_SEPARATOR       ","
#define XENDISPL_RESOLUTION_SEPARATOR "x"

#define XENDISPL_FIELD_BE_VERSIONS    "versions"
#define XENDISPL_FIELD_FE_VERSION     "version"
#define XENDISPL_FIELD_REQ_RING_REF   "req-ring-ref"
#define XENDISPL_FIELD_REQ_CHANNEL    "req-event-channel"
#define XENDISPL_FIELD_EVT_RING_REF   "evt-ring-ref"
#define XENDISPL_FIELD_EVT_CHANNEL    "evt-event-channel"
#define XENDISPL_FIELD_RESOLUTION     "resolution"
#define XENDISPL_FIELD_BE_ALLOC       "be-alloc"
#define XENDISPL_FIELD_UNIQUE_ID      "unique-id"

/* EDID: bytes of a block, most blocks, and the
 * least a frontend grants for XENDISPL_OP_GET_EDID */
#define XENDISPL_EDID_BLOCK_SIZE      128
#define XENDISPL_EDID_BLOCK_COUNT     256
#define XENDISPL_EDID_MAX_SIZE        (XENDISPL_EDID_BLOCK_SIZE * XENDISPL_EDID_BLOCK_COUNT)

/* xendispl_dbuf_create_req.flags: the backend allocates the buffer. */
#define XENDISPL_DBUF_FLG_REQ_ALLOC       (1 << 0)

/*
 * XENDISPL_OP_DBUF_CREATE: a display buffer of buffer_sz bytes whose
 * pages the directory chain starting at gref_directory lists.  The
 * frontend always grants the directory pages; with REQ_ALLOC the backend
 * allocates the buffer and fills in the grants of its pages, otherwise
 * the frontend does.
 */
struct xendispl_dbuf_create_req {
    uint64_t dbuf_cookie;           /* the new buffer */
    uint32_t width;                 /* pixels */
    uint32_t height;                /* pixels */
    uint32_t bpp;                   /* bits per pixel */
    uint32_t buffer_sz;             /* bytes */
    uint32_t flags;                 /* XENDISPL_DBUF_FLG_* */
    grant_ref_t gref_directory;     /* first page directory */
    uint32_t data_ofs;              /* bytes into the buffer where pixels start */
};

/*
 * A page of a buffer's directory: the next directory page (0 on the last
 * one) and grants of buffer pages; the whole chain names buffer_sz
 * rounded up to 4 KiB pages.
 */
struct xendispl_page_directory {
    grant_ref_t gref_dir_next_page;
#pragma xenabi count ((1 << XEN_PAGE_SHIFT) - 4) / 4
    __extension__ grant_ref_t gref[XENPV_FLEX_ARRAY_DIM];
};

/* XENDISPL_OP_DBUF_DESTROY */
struct xendispl_dbuf_destroy_req {
    uint64_t dbuf_cookie;
};

/* XENDISPL_OP_FB_ATTACH: a framebuffer on an existing display buffer. */
struct xendispl_fb_attach_req {
    uint64_t dbuf_cookie;
    uint64_t fb_cookie;             /* the new framebuffer */
    uint32_t width;                 /* pixels */
    uint32_t height;                /* pixels */
    uint32_t pixel_format;          /* a FOURCC code */
};

/* XENDISPL_OP_FB_DETACH */
struct xendispl_fb_detach_req {
    uint64_t fb_cookie;
};

/*
 * XENDISPL_OP_SET_CONFIG: show framebuffer fb_cookie in this rectangle
 * of the connector (within its resolution); all zeros turns the
 * connector off.
 */
struct xendispl_set_config_req {
    uint64_t fb_cookie;
    uint32_t x;                     /* pixels */
    uint32_t y;                     /* pixels */
    uint32_t width;                 /* pixels */
    uint32_t height;                /* pixels */
    uint32_t bpp;                   /* bits per pixel */
};

/* XENDISPL_OP_PG_FLIP: show framebuffer fb_cookie from now on. */
struct xendispl_page_flip_req {
    uint64_t fb_cookie;
};

/*
 * XENDISPL_OP_GET_EDID: the backend writes the connector's EDID into a
 * buffer the frontend grants (at least XENDISPL_EDID_MAX_SIZE bytes,
 * listed like a display buffer's pages).
 */
struct xendispl_get_edid_req {
    uint32_t buffer_sz;             /* bytes */
    grant_ref_t gref_directory;     /* first page directory */
};

/* The answer to XENDISPL_OP_GET_EDID. */
struct xendispl_get_edid_resp {
    uint32_t edid_sz;               /* bytes written */
};

/* XENDISPL_EVT_PG_FLIP: a page flip has completed. */
struct xendispl_pg_flip_evt {
    uint64_t fb_cookie;
};

/* A request (64 bytes). */
struct xendispl_req {
#pragma xenabi dir in
    uint16_t id;                    /* the frontend's, returned in the response */
#pragma xenabi dir in
    uint8_t operation;              /* XENDISPL_OP_* */
    uint8_t reserved[5];
#pragma xenabi select operation
#pragma xenabi dir in
    union {
#pragma xenabi arm XENDISPL_OP_DBUF_CREATE
        struct xendispl_dbuf_create_req dbuf_create;
#pragma xenabi arm XENDISPL_OP_DBUF_DESTROY
        struct xendispl_dbuf_destroy_req dbuf_destroy;
#pragma xenabi arm XENDISPL_OP_FB_ATTACH
        struct xendispl_fb_attach_req fb_attach;
#pragma xenabi arm XENDISPL_OP_FB_DETACH
        struct xendispl_fb_detach_req fb_detach;
#pragma xenabi arm XENDISPL_OP_SET_CONFIG
        struct xendispl_set_config_req set_config;
#pragma xenabi arm XENDISPL_OP_PG_FLIP
        struct xendispl_page_flip_req pg_flip;
#pragma xenabi arm XENDISPL_OP_GET_EDID
        struct xendispl_get_edid_req get_edid;
        uint8_t reserved[56];
    } op;
};

/* The answer to one request (64 bytes). */
struct xendispl_resp {
#pragma xenabi dir out
    uint16_t id;                    /* the request's */
#pragma xenabi dir out
    uint8_t operation;              /* the request's */
    uint8_t reserved;
#pragma xenabi dir out
    int32_t status;                 /* 0 or -XEN_E* */
#pragma xenabi select operation unused XENDISPL_OP_DBUF_CREATE, XENDISPL_OP_DBUF_DESTROY, XENDISPL_OP_FB_ATTACH, XENDISPL_OP_FB_DETACH, XENDISPL_OP_SET_CONFIG, XENDISPL_OP_PG_FLIP
#pragma xenabi dir out
    union {
#pragma xenabi arm XENDISPL_OP_GET_EDID
        struct xendispl_get_edid_resp get_edid;
        uint8_t reserved1[56];
    } op;
};

/* An event from the backend (64 bytes), on the event page. */
struct xendispl_evt {
#pragma xenabi dir out
    uint16_t id;                    /* the backend's */
#pragma xenabi dir out
    uint8_t type;                   /* XENDISPL_EVT_* */
    uint8_t reserved[5];
#pragma xenabi select type
#pragma xenabi dir out
    union {
#pragma xenabi arm XENDISPL_EVT_PG_FLIP
        struct xendispl_pg_flip_evt pg_flip;
        uint8_t reserved[56];
    } op;
};

/* The request ring: xen_displif_sring, xen_displif_front_ring, ... */
DEFINE_RING_TYPES(xen_displif, struct xendispl_req, struct xendispl_resp);

/*
 * The event page: a page the frontend grants (evt-ring-ref), starting
 * with these indexes; xendispl_evt slots fill the rest.  The backend
 * produces, the frontend consumes.
 */
struct xendispl_event_page {
#pragma xenabi dir in
    uint32_t in_cons;
#pragma xenabi dir out
    uint32_t in_prod;
    uint8_t reserved[56];
};

/* Bytes of the event page; where its slots start, their bytes and number. */
#define XENDISPL_EVENT_PAGE_SIZE 4096
#define XENDISPL_IN_RING_OFFS (sizeof(struct xendispl_event_page))
#define XENDISPL_IN_RING_SIZE (XENDISPL_EVENT_PAGE_SIZE - XENDISPL_IN_RING_OFFS)
#define XENDISPL_IN_RING_LEN (XENDISPL_IN_RING_SIZE / sizeof(struct xendispl_evt))

#pragma xenabi verbatim begin
/* The event slots of an event page, and the slot of index idx. */
#define XENDISPL_IN_RING(page) \
    ((struct xendispl_evt *)((char *)(page) + XENDISPL_IN_RING_OFFS))
#define XENDISPL_IN_RING_REF(page, idx) \
    (XENDISPL_IN_RING((page))[(idx) % XENDISPL_IN_RING_LEN])
#pragma xenabi verbatim end

#endif /* XEN_PUBLIC_IO_DISPLIF_H */
