/* SPDX-License-Identifier: MIT */
/*
 * The PV USB protocol (pvUSB, device type "qusb"): the frontend drives a
 * virtual USB host controller with up to 31 ports whose devices the
 * backend owns.  Two shared rings and one event channel: on the urb ring
 * the frontend sends USB requests (URBs) and the backend answers them; on
 * the conn ring the backend reports device plug and unplug events,
 * answering dummy requests the frontend queued in advance.
 *
 * Set-up in xenstore: the backend publishes num-ports, usb-ver and the
 * physical device of each port (port/N); the frontend publishes
 * urb-ring-ref, conn-ring-ref, event-channel and protocol.
 */
#ifndef XEN_PUBLIC_IO_USBIF_H
#define XEN_PUBLIC_IO_USBIF_H

#include "ring.h"
#include "../grant_table.h"

/* The USB version of the virtual host controller (usb-ver). */
enum usb_spec_version {
    USB_VER_UNKNOWN = 0,
    USB_VER_USB11,
    USB_VER_USB20,
    USB_VER_USB30               /* not implemented; no trailing comma (C89) */
};

/*
 * usbif_urb_request.pipe: the port (bits 0-4), an unlink flag (bit 5),
 * the direction (bit 7, set for device to host), the device address
 * (bits 8-14), the endpoint (bits 15-18) and the transfer type (bits
 * 30-31).
 */
#define USBIF_PIPE_PORT_MASK    0x0000001f
#define USBIF_PIPE_UNLINK       0x00000020
#define USBIF_PIPE_DIR          0x00000080
#define USBIF_PIPE_DEV_MASK     0x0000007f
#define USBIF_PIPE_DEV_SHIFT    8
#define USBIF_PIPE_EP_MASK      0x0000000f
#define USBIF_PIPE_EP_SHIFT     15
#define USBIF_PIPE_TYPE_MASK    0x00000003
#define USBIF_PIPE_TYPE_SHIFT   30
#define USBIF_PIPE_TYPE_ISOC    0
#define USBIF_PIPE_TYPE_INT     1
#define USBIF_PIPE_TYPE_CTRL    2
#define USBIF_PIPE_TYPE_BULK    3

#pragma xenabi verbatim begin
/* Read and build the fields of a pipe value. */
#define usbif_pipeportnum(pipe)             ((pipe) & USBIF_PIPE_PORT_MASK)
#define usbif_setportnum_pipe(pipe, portnum) ((pipe) | (portnum))

#define usbif_pipeunlink(pipe)              ((pipe) & USBIF_PIPE_UNLINK)
#define usbif_pipesubmit(pipe)              (!usbif_pipeunlink(pipe))
#define usbif_setunlink_pipe(pipe)          ((pipe) | USBIF_PIPE_UNLINK)

#define usbif_pipein(pipe)                  ((pipe) & USBIF_PIPE_DIR)
#define usbif_pipeout(pipe)                 (!usbif_pipein(pipe))

#define usbif_pipedevice(pipe) \
    (((pipe) >> USBIF_PIPE_DEV_SHIFT) & USBIF_PIPE_DEV_MASK)
#define usbif_pipeendpoint(pipe) \
    (((pipe) >> USBIF_PIPE_EP_SHIFT) & USBIF_PIPE_EP_MASK)

#define usbif_pipetype(pipe) \
    (((pipe) >> USBIF_PIPE_TYPE_SHIFT) & USBIF_PIPE_TYPE_MASK)
#define usbif_pipeisoc(pipe)  (usbif_pipetype(pipe) == USBIF_PIPE_TYPE_ISOC)
#define usbif_pipeint(pipe)   (usbif_pipetype(pipe) == USBIF_PIPE_TYPE_INT)
#define usbif_pipectrl(pipe)  (usbif_pipetype(pipe) == USBIF_PIPE_TYPE_CTRL)
#define usbif_pipebulk(pipe)  (usbif_pipetype(pipe) == USBIF_PIPE_TYPE_BULK)
#pragma xenabi verbatim end

/* Buffer segments one request can carry. */
#define USBIF_MAX_SEGMENTS_PER_REQUEST (16)
/* Ports of one virtual host controller. */
#define USBIF_MAX_PORTNR        31
/* Bytes of each ring. */
#define USBIF_RING_SIZE         4096

/* Part of a data buffer (or of the isochronous frame descriptors). */
struct usbif_request_segment {
    grant_ref_t gref;           /* the granted page */
    uint16_t offset;            /* bytes into the page */
    uint16_t length;            /* bytes */
};

/*
 * A USB request (or, with USBIF_PIPE_UNLINK in pipe, the cancellation of
 * an earlier one).  seg holds nr_buffer_segs segments of the data buffer,
 * then, for isochronous requests, u.isoc.nr_frame_desc_segs segments of
 * the frame descriptors.
 */
struct usbif_urb_request {
#pragma xenabi dir in
    uint16_t id;                /* the frontend's, returned in the response */
#pragma xenabi dir in
    uint16_t nr_buffer_segs;    /* data segments in seg */
#pragma xenabi dir in
    uint32_t pipe;              /* USBIF_PIPE_* fields */
#pragma xenabi dir in
    uint16_t transfer_flags;
/* transfer_flags: a short transfer is an error */
#define USBIF_SHORT_NOT_OK      0x0001
#pragma xenabi dir in
    uint16_t buffer_length;     /* bytes of the data buffer */
    /* per transfer type; bulk requests use none of it (zero) */
#pragma xenabi select (pipe & USBIF_PIPE_UNLINK) | ((pipe >> USBIF_PIPE_TYPE_SHIFT) & USBIF_PIPE_TYPE_MASK) unused USBIF_PIPE_TYPE_BULK
#pragma xenabi dir in
    union {
        /* control: the setup packet */
#pragma xenabi arm USBIF_PIPE_TYPE_CTRL
        uint8_t ctrl[8];

        /* isochronous */
#pragma xenabi arm USBIF_PIPE_TYPE_ISOC
        struct {
            uint16_t interval;          /* milliseconds between frames */
            uint16_t start_frame;
            uint16_t number_of_packets;
            uint16_t nr_frame_desc_segs; /* descriptor segments in seg */
        } isoc;

        /* interrupt */
#pragma xenabi arm USBIF_PIPE_TYPE_INT
        struct {
            uint16_t interval;          /* milliseconds */
            uint16_t pad[3];
        } intr;

        /* unlink: which request to cancel */
#pragma xenabi arm USBIF_PIPE_UNLINK | USBIF_PIPE_TYPE_ISOC, USBIF_PIPE_UNLINK | USBIF_PIPE_TYPE_INT, USBIF_PIPE_UNLINK | USBIF_PIPE_TYPE_CTRL, USBIF_PIPE_UNLINK | USBIF_PIPE_TYPE_BULK
        struct {
            uint16_t unlink_id;         /* its id */
            uint16_t pad[3];
        } unlink;
    } u;
#pragma xenabi dir in
    struct usbif_request_segment seg[USBIF_MAX_SEGMENTS_PER_REQUEST];
};
typedef struct usbif_urb_request usbif_urb_request_t;

/* The answer to a USB request. */
struct usbif_urb_response {
#pragma xenabi dir out
    uint16_t id;                /* the request's */
#pragma xenabi dir out
    uint16_t start_frame;       /* isochronous only */
#pragma xenabi dir out
    int32_t status;             /* USBIF_STATUS_* (not isochronous) */
/* status values: 0 or a negated Linux errno value */
#define USBIF_STATUS_OK         0
#define USBIF_STATUS_NODEV      (-19)
#define USBIF_STATUS_INVAL      (-22)
#define USBIF_STATUS_STALL      (-32)
#define USBIF_STATUS_IOERROR    (-71)
#define USBIF_STATUS_BABBLE     (-75)
#define USBIF_STATUS_SHUTDOWN   (-108)
#pragma xenabi dir out
    int32_t actual_length;      /* bytes transferred */
#pragma xenabi dir out
    int32_t error_count;        /* isochronous only */
};
typedef struct usbif_urb_response usbif_urb_response_t;

/* The urb ring: usbif_urb_sring, usbif_urb_front_ring, usbif_urb_back_ring. */
DEFINE_RING_TYPES(usbif_urb, struct usbif_urb_request, struct usbif_urb_response);
#pragma xenabi verbatim begin
/* Slots of the urb ring. */
#define USB_URB_RING_SIZE __CONST_RING_SIZE(usbif_urb, USBIF_RING_SIZE)
#pragma xenabi verbatim end

/* A slot the frontend offers for one plug event. */
struct usbif_conn_request {
#pragma xenabi dir in
    uint16_t id;                /* any value, returned in the event */
};
typedef struct usbif_conn_request usbif_conn_request_t;

/* A plug event: a device appeared on, or left, a port. */
struct usbif_conn_response {
#pragma xenabi dir out
    uint16_t id;                /* the request's */
#pragma xenabi dir out
    uint8_t portnum;            /* 1 to USBIF_MAX_PORTNR */
#pragma xenabi dir out
    uint8_t speed;              /* USBIF_SPEED_* */
/* speed values; USBIF_SPEED_NONE: the device was unplugged */
#define USBIF_SPEED_NONE        0
#define USBIF_SPEED_LOW         1
#define USBIF_SPEED_FULL        2
#define USBIF_SPEED_HIGH        3
};
typedef struct usbif_conn_response usbif_conn_response_t;

/* The conn ring: usbif_conn_sring, usbif_conn_front_ring, usbif_conn_back_ring. */
DEFINE_RING_TYPES(usbif_conn, struct usbif_conn_request, struct usbif_conn_response);
#pragma xenabi verbatim begin
/* Slots of the conn ring. */
#define USB_CONN_RING_SIZE __CONST_RING_SIZE(usbif_conn, USBIF_RING_SIZE)
#pragma xenabi verbatim end

#endif /* XEN_PUBLIC_IO_USBIF_H */
