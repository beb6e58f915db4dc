/* SPDX-License-Identifier: MIT */
/*
 * The PV camera protocol (vcamera): a frontend captures video from a
 * camera a backend provides.  The camera has a request ring
 * (xencamera_req / xencamera_resp, 64-byte slots) and an event page on
 * which the backend reports filled buffers and control changes.  The
 * frontend configures the format, asks for a number of buffers, creates
 * each one as shared pages (granted by the frontend or, when the backend
 * offers be-alloc, by the backend) listed in a chain of
 * xencamera_page_directory pages, queues them and starts the stream;
 * buffers are then named by their index.
 *
 * Set-up happens in xenstore: the frontend's device directory lists the
 * camera's formats, resolutions, frame rates, controls, max-buffers and
 * unique-id; the frontend publishes the grant and event channel of its
 * ring and of its event page; the backend publishes the protocol
 * versions it speaks and be-alloc.  Statuses are 0 or -XEN_E*; reserved
 * fields are 0.
 *
 * Directions: "in" is written by the frontend, "out" by the backend.
 */
#ifndef XEN_PUBLIC_IO_CAMERAIF_H
#define XEN_PUBLIC_IO_CAMERAIF_H

#include "ring.h"
#include "../grant_table.h"

/* The protocol version this header describes. */
#define XENCAMERA_PROTOCOL_VERSION     "1"

/* xencamera_req.operation */
#define XENCAMERA_OP_CONFIG_SET        0x00
#define XENCAMERA_OP_CONFIG_GET        0x01
#define XENCAMERA_OP_CONFIG_VALIDATE   0x02
#define XENCAMERA_OP_FRAME_RATE_SET    0x03
#define XENCAMERA_OP_BUF_GET_LAYOUT    0x04
#define XENCAMERA_OP_BUF_REQUEST       0x05
#define XENCAMERA_OP_BUF_CREATE        0x06
#define XENCAMERA_OP_BUF_DESTROY       0x07
#define XENCAMERA_OP_BUF_QUEUE         0x08
#define XENCAMERA_OP_BUF_DEQUEUE       0x09
#define XENCAMERA_OP_CTRL_ENUM         0x0a
#define XENCAMERA_OP_CTRL_SET          0x0b
#define XENCAMERA_OP_CTRL_GET          0x0c
#define XENCAMERA_OP_STREAM_START      0x0d
#define XENCAMERA_OP_STREAM_STOP       0x0e

/* xencamera_ctrl_value.type: the controls, and how many there are */
#define XENCAMERA_CTRL_BRIGHTNESS      0
#define XENCAMERA_CTRL_CONTRAST        1
#define XENCAMERA_CTRL_SATURATION      2
#define XENCAMERA_CTRL_HUE             3
#define XENCAMERA_MAX_CTRL             4

/* xencamera_ctrl_enum_resp.flags: read-only, write-only, changes by itself */
#define XENCAMERA_CTRL_FLG_RO          (1 << 0)
#define XENCAMERA_CTRL_FLG_WO          (1 << 1)
#define XENCAMERA_CTRL_FLG_VOLATILE    (1 << 2)

/* xencamera_config_resp.colorspace */
#define XENCAMERA_COLORSPACE_DEFAULT   0
#define XENCAMERA_COLORSPACE_SMPTE170M 1
#define XENCAMERA_COLORSPACE_REC709    2
#define XENCAMERA_COLORSPACE_SRGB      3
#define XENCAMERA_COLORSPACE_OPRGB     4
#define XENCAMERA_COLORSPACE_BT2020    5
#define XENCAMERA_COLORSPACE_DCI_P3    6

/* xencamera_config_resp.xfer_func: the colour space's transfer function */
#define XENCAMERA_XFER_FUNC_DEFAULT    0
#define XENCAMERA_XFER_FUNC_709        1
#define XENCAMERA_XFER_FUNC_SRGB       2
#define XENCAMERA_XFER_FUNC_OPRGB      3
#define XENCAMERA_XFER_FUNC_NONE       4
#define XENCAMERA_XFER_FUNC_DCI_P3     5
#define XENCAMERA_XFER_FUNC_SMPTE2084  6

/* xencamera_config_resp.ycbcr_enc: the Y'CbCr encoding */
#define XENCAMERA_YCBCR_ENC_IGNORE           0
#define XENCAMERA_YCBCR_ENC_601              1
#define XENCAMERA_YCBCR_ENC_709              2
#define XENCAMERA_YCBCR_ENC_XV601            3
#define XENCAMERA_YCBCR_ENC_XV709            4
#define XENCAMERA_YCBCR_ENC_BT2020           5
#define XENCAMERA_YCBCR_ENC_BT2020_CONST_LUM 6

/* xencamera_config_resp.quantization: the range of the values */
#define XENCAMERA_QUANTIZATION_DEFAULT       0
#define XENCAMERA_QUANTIZATION_FULL_RANGE    1
#define XENCAMERA_QUANTIZATION_LIM_RANGE     2

/* xencamera_evt.type */
#define XENCAMERA_EVT_FRAME_AVAIL      0x00
#define XENCAMERA_EVT_CTRL_CHANGE      0x01

/* xenstore: the device type, and the names and values of its keys */
#define XENCAMERA_DRIVER_NAME          "vcamera"

/* separate list items, width from height and numerator from denominator */
#define XENCAMERA_LIST_SEPARATOR       ","
#define XENCAMERA_RESOLUTION_SEPARATOR "x"
#define XENCAMERA_FRACTION_SEPARATOR   "/"

#define XENCAMERA_FIELD_BE_VERSIONS    "versions"
#define XENCAMERA_FIELD_FE_VERSION     "version"
#define XENCAMERA_FIELD_REQ_RING_REF   "req-ring-ref"
#define XENCAMERA_FIELD_REQ_CHANNEL    "req-event-channel"
#define XENCAMERA_FIELD_EVT_RING_REF   "evt-ring-ref"
#define XENCAMERA_FIELD_EVT_CHANNEL    "evt-event-channel"
#define XENCAMERA_FIELD_MAX_BUFFERS    "max-buffers"
#define XENCAMERA_FIELD_CONTROLS       "controls"
#define XENCAMERA_FIELD_FORMATS        "formats"
#define XENCAMERA_FIELD_FRAME_RATES    "frame-rates"
#define XENCAMERA_FIELD_BE_ALLOC       "be-alloc"
#define XENCAMERA_FIELD_UNIQUE_ID      "unique-id"

/* items of the controls list, one per XENCAMERA_CTRL_* */
#define XENCAMERA_CTRL_BRIGHTNESS_STR  "brightness"
#define XENCAMERA_CTRL_CONTRAST_STR    "contrast"
#define XENCAMERA_CTRL_SATURATION_STR  "saturation"
#define XENCAMERA_CTRL_HUE_STR         "hue"

/* suffix of a big-endian pixel format's FOURCC in the formats list */
#define XENCAMERA_FOURCC_BIGENDIAN_STR "-BE"

/* Planes a buffer may have at most. */
#define XENCAMERA_MAX_PLANE            4

/*
 * XENCAMERA_OP_CONFIG_SET and XENCAMERA_OP_CONFIG_VALIDATE: the capture
 * format wanted (VALIDATE only asks whether it would be accepted).  The
 * configuration the backend settles on comes back in the response.
 */
struct xencamera_config_req {
    uint32_t pixel_format;          /* a FOURCC code */
    uint32_t width;                 /* pixels */
    uint32_t height;                /* pixels */
};

/* XENCAMERA_OP_FRAME_RATE_SET: frames per second, as a fraction. */
struct xencamera_frame_rate_req {
    uint32_t frame_rate_numer;
    uint32_t frame_rate_denom;
};

/*
 * XENCAMERA_OP_BUF_REQUEST and its answer: the number of buffers wanted
 * (0 releases them all), and the number the backend will use.
 */
struct xencamera_buf_request {
    uint8_t num_bufs;
};

/*
 * XENCAMERA_OP_BUF_CREATE: buffer index (below the num_bufs the backend
 * granted), where each plane starts in it, and its first page directory.
 */
struct xencamera_buf_create_req {
    uint8_t index;
    uint8_t reserved[3];
    uint32_t plane_offset[XENCAMERA_MAX_PLANE];     /* bytes */
    grant_ref_t gref_directory;
};

/*
 * A page of a buffer's directory: the next directory page (0 on the last
 * one) and grants of buffer pages; the whole chain names the buffer's
 * size rounded up to 4 KiB pages.
 */
struct xencamera_page_directory {
    grant_ref_t gref_dir_next_page;
#pragma xenabi count ((1 << XEN_PAGE_SHIFT) - 4) / 4
    __extension__ grant_ref_t gref[XENPV_FLEX_ARRAY_DIM];
};

/*
 * XENCAMERA_OP_BUF_DESTROY, _BUF_QUEUE, _BUF_DEQUEUE: a buffer's index;
 * XENCAMERA_OP_CTRL_ENUM: a control's index.
 */
struct xencamera_index {
    uint8_t index;
};

/*
 * XENCAMERA_OP_CTRL_SET, the answer to XENCAMERA_OP_CTRL_GET and the
 * XENCAMERA_EVT_CTRL_CHANGE event: a control and its value.
 */
struct xencamera_ctrl_value {
    uint8_t type;                   /* XENCAMERA_CTRL_* */
    uint8_t reserved[7];
    int64_t value;
};

/* XENCAMERA_OP_CTRL_GET */
struct xencamera_get_ctrl_req {
    uint8_t type;                   /* XENCAMERA_CTRL_* */
};

/* The answer to the XENCAMERA_OP_CONFIG_* requests: the configuration. */
struct xencamera_config_resp {
    uint32_t pixel_format;          /* a FOURCC code */
    uint32_t width;                 /* pixels */
    uint32_t height;                /* pixels */
    uint32_t colorspace;            /* XENCAMERA_COLORSPACE_* */
    uint32_t xfer_func;             /* XENCAMERA_XFER_FUNC_* */
    uint32_t ycbcr_enc;             /* XENCAMERA_YCBCR_ENC_* */
    uint32_t quantization;          /* XENCAMERA_QUANTIZATION_* */
    uint32_t displ_asp_ratio_numer; /* display aspect ratio */
    uint32_t displ_asp_ratio_denom;
    uint32_t frame_rate_numer;      /* frames per second */
    uint32_t frame_rate_denom;
};

/*
 * The answer to XENCAMERA_OP_BUF_GET_LAYOUT: the planes of every buffer
 * of the current configuration (their offsets are per buffer).
 */
struct xencamera_buf_get_layout_resp {
    uint8_t num_planes;             /* at most XENCAMERA_MAX_PLANE */
    uint8_t reserved[3];
    uint32_t size;                  /* bytes of a buffer */
    uint32_t plane_size[XENCAMERA_MAX_PLANE];       /* bytes */
    uint32_t plane_stride[XENCAMERA_MAX_PLANE];     /* bytes per line */
};

/* The answer to XENCAMERA_OP_CTRL_ENUM: one control and its range. */
struct xencamera_ctrl_enum_resp {
    uint8_t index;                  /* the request's */
    uint8_t type;                   /* XENCAMERA_CTRL_* */
    uint8_t reserved[2];
    uint32_t flags;                 /* XENCAMERA_CTRL_FLG_* */
    int64_t min;
    int64_t max;
    int64_t step;
    int64_t def_val;                /* default */
};

/* XENCAMERA_EVT_FRAME_AVAIL: a buffer holds a new frame. */
struct xencamera_frame_avail_evt {
    uint8_t index;                  /* the buffer */
    uint8_t reserved[3];
    uint32_t used_sz;               /* bytes of the frame */
    uint32_t seq_num;               /* increases by one per frame; a gap
                                       means frames were dropped */
};

/* A request (64 bytes). */
struct xencamera_req {
#pragma xenabi dir in
    uint16_t id;                    /* the frontend's, returned in the response */
#pragma xenabi dir in
    uint8_t operation;              /* XENCAMERA_OP_* */
    uint8_t reserved[5];
#pragma xenabi select operation unused XENCAMERA_OP_CONFIG_GET, XENCAMERA_OP_BUF_GET_LAYOUT, XENCAMERA_OP_STREAM_START, XENCAMERA_OP_STREAM_STOP
#pragma xenabi dir in
    union {
#pragma xenabi arm XENCAMERA_OP_CONFIG_SET, XENCAMERA_OP_CONFIG_VALIDATE
        struct xencamera_config_req config;
#pragma xenabi arm XENCAMERA_OP_FRAME_RATE_SET
        struct xencamera_frame_rate_req frame_rate;
#pragma xenabi arm XENCAMERA_OP_BUF_REQUEST
        struct xencamera_buf_request buf_request;
#pragma xenabi arm XENCAMERA_OP_BUF_CREATE
        struct xencamera_buf_create_req buf_create;
#pragma xenabi arm XENCAMERA_OP_BUF_DESTROY, XENCAMERA_OP_BUF_QUEUE, XENCAMERA_OP_BUF_DEQUEUE, XENCAMERA_OP_CTRL_ENUM
        struct xencamera_index index;
#pragma xenabi arm XENCAMERA_OP_CTRL_SET
        struct xencamera_ctrl_value ctrl_value;
#pragma xenabi arm XENCAMERA_OP_CTRL_GET
        struct xencamera_get_ctrl_req get_ctrl;
        uint8_t reserved[56];
    } req;
};

/* The answer to one request (64 bytes). */
struct xencamera_resp {
#pragma xenabi dir out
    uint16_t id;                    /* the request's */
#pragma xenabi dir out
    uint8_t operation;              /* the request's */
    uint8_t reserved;
#pragma xenabi dir out
    int32_t status;                 /* 0 or -XEN_E* */
#pragma xenabi select operation unused XENCAMERA_OP_FRAME_RATE_SET, XENCAMERA_OP_BUF_CREATE, XENCAMERA_OP_BUF_DESTROY, XENCAMERA_OP_BUF_QUEUE, XENCAMERA_OP_BUF_DEQUEUE, XENCAMERA_OP_CTRL_SET, XENCAMERA_OP_STREAM_START, XENCAMERA_OP_STREAM_STOP
#pragma xenabi dir out
    union {
#pragma xenabi arm XENCAMERA_OP_CONFIG_SET, XENCAMERA_OP_CONFIG_GET, XENCAMERA_OP_CONFIG_VALIDATE
        struct xencamera_config_resp config;
#pragma xenabi arm XENCAMERA_OP_BUF_GET_LAYOUT
        struct xencamera_buf_get_layout_resp buf_layout;
#pragma xenabi arm XENCAMERA_OP_BUF_REQUEST
        struct xencamera_buf_request buf_request;
#pragma xenabi arm XENCAMERA_OP_CTRL_ENUM
        struct xencamera_ctrl_enum_resp ctrl_enum;
#pragma xenabi arm XENCAMERA_OP_CTRL_GET
        struct xencamera_ctrl_value ctrl_value;
        uint8_t reserved1[56];
    } resp;
};

/* An event from the backend (64 bytes), on the event page. */
struct xencamera_evt {
#pragma xenabi dir out
    uint16_t id;                    /* the backend's */
#pragma xenabi dir out
    uint8_t type;                   /* XENCAMERA_EVT_* */
    uint8_t reserved[5];
#pragma xenabi select type
#pragma xenabi dir out
    union {
#pragma xenabi arm XENCAMERA_EVT_FRAME_AVAIL
        struct xencamera_frame_avail_evt frame_avail;
#pragma xenabi arm XENCAMERA_EVT_CTRL_CHANGE
        struct xencamera_ctrl_value ctrl_value;
        uint8_t reserved[56];
    } evt;
};

/* The request ring: xen_cameraif_sring, xen_cameraif_front_ring, ... */
DEFINE_RING_TYPES(xen_cameraif, struct xencamera_req, struct xencamera_resp);

/*
 * The event page: a page the frontend grants (evt-ring-ref), starting
 * with these indexes; xencamera_evt slots fill the rest.  The backend
 * produces, the frontend consumes.
 */
struct xencamera_event_page {
#pragma xenabi dir in
    uint32_t in_cons;
#pragma xenabi dir out
    uint32_t in_prod;
    uint8_t reserved[56];
};

/* Bytes of the event page; where its slots start, their bytes and number. */
#define XENCAMERA_EVENT_PAGE_SIZE 4096
#define XENCAMERA_IN_RING_OFFS (sizeof(struct xencamera_event_page))
#define XENCAMERA_IN_RING_SIZE (XENCAMERA_EVENT_PAGE_SIZE - XENCAMERA_IN_RING_OFFS)
#define XENCAMERA_IN_RING_LEN (XENCAMERA_IN_RING_SIZE / sizeof(struct xencamera_evt))

#pragma xenabi verbatim begin
/* The event slots of an event page, and the slot of index idx. */
#define XENCAMERA_IN_RING(page) \
    ((struct xencamera_evt *)((char *)(page) + XENCAMERA_IN_RING_OFFS))
#define XENCAMERA_IN_RING_REF(page, idx) \
    (XENCAMERA_IN_RING((page))[(idx) % XENCAMERA_IN_RING_LEN])
#pragma xenabi verbatim end

#endif /* XEN_PUBLIC_IO_CAMERAIF_H */
