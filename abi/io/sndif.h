/* SPDX-License-Identifier: MIT */
/*
 * The PV sound protocol (vsnd): a frontend drives the PCM streams of
 * virtual sound cards a backend provides.  Each stream has a request ring
 * (xensnd_req / xensnd_resp, one slot of 64 bytes each) and an event page
 * on which the backend reports the stream's position (xensnd_evt).
 * Sample data and volume or mute values move through a buffer the
 * frontend grants at XENSND_OP_OPEN, described by a chain of
 * xensnd_page_directory pages; offset and length in later requests point
 * into that buffer.
 *
 * Set-up happens in xenstore: the frontend's device directory describes
 * the cards, their PCM devices and streams with the ranges they accept
 * (channels-min/max, sample-rates, sample-formats, buffer-size, names,
 * stream type and unique-id); the frontend publishes, per stream, the
 * grant and event channel of its ring and of its event page; the backend
 * publishes the protocol versions it speaks.  Statuses are 0 or -XEN_E*.
 * Reserved fields are 0.
 *
 * Directions: "in" is written by the frontend, "out" by the backend.
 */
#ifndef XEN_PUBLIC_IO_SNDIF_H
#define XEN_PUBLIC_IO_SNDIF_H

#include "ring.h"
#include "../grant_table.h"

/* The protocol version this header describes. */
#define XENSND_PROTOCOL_VERSION         2

/* xensnd_open_req.pcm_format; also bit numbers of xensnd_query_hw_param.formats */
#define XENSND_PCM_FORMAT_S8            0
#define XENSND_PCM_FORMAT_U8            1
#define XENSND_PCM_FORMAT_S16_LE        2
#define XENSND_PCM_FORMAT_S16_BE        3
#define XENSND_PCM_FORMAT_U16_LE        4
#define XENSND_PCM_FORMAT_U16_BE        5
#define XENSND_PCM_FORMAT_S24_LE        6
#define XENSND_PCM_FORMAT_S24_BE        7
#define XENSND_PCM_FORMAT_U24_LE        8
#define XENSND_PCM_FORMAT_U24_BE        9
#define XENSND_PCM_FORMAT_S32_LE        10
#define XENSND_PCM_FORMAT_S32_BE        11
#define XENSND_PCM_FORMAT_U32_LE        12
#define XENSND_PCM_FORMAT_U32_BE        13
#define XENSND_PCM_FORMAT_F32_LE        14
#define XENSND_PCM_FORMAT_F32_BE        15
#define XENSND_PCM_FORMAT_F64_LE        16
#define XENSND_PCM_FORMAT_F64_BE        17
#define XENSND_PCM_FORMAT_IEC958_SUBFRAME_LE 18
#define XENSND_PCM_FORMAT_IEC958_SUBFRAME_BE 19
#define XENSND_PCM_FORMAT_MU_LAW        20
#define XENSND_PCM_FORMAT_A_LAW         21
#define XENSND_PCM_FORMAT_IMA_ADPCM     22
#define XENSND_PCM_FORMAT_MPEG          23
#define XENSND_PCM_FORMAT_GSM           24

/* xensnd_req.operation */
#define XENSND_OP_OPEN                  0
#define XENSND_OP_CLOSE                 1
#define XENSND_OP_READ                  2
#define XENSND_OP_WRITE                 3
#define XENSND_OP_SET_VOLUME            4
#define XENSND_OP_GET_VOLUME            5
#define XENSND_OP_MUTE                  6
#define XENSND_OP_UNMUTE                7
#define XENSND_OP_TRIGGER               8
#define XENSND_OP_HW_PARAM_QUERY        9

/* xensnd_trigger_req.type */
#define XENSND_OP_TRIGGER_START         0
#define XENSND_OP_TRIGGER_PAUSE         1
#define XENSND_OP_TRIGGER_STOP          2
#define XENSND_OP_TRIGGER_RESUME        3

/* xensnd_evt.type */
#define XENSND_EVT_CUR_POS              0

/* xenstore: the device type, and the names and values of its keys */
#define XENSND_DRIVER_NAME              "vsnd"

/* separates the items of a list value */
#define XENSND_LIST_SEPARATOR           ","

#define XENSND_FIELD_BE_VERSIONS        "versions"
#define XENSND_FIELD_FE_VERSION         "version"
#define XENSND_FIELD_VCARD_SHORT_NAME   "short-name"
#define XENSND_FIELD_VCARD_LONG_NAME    "long-name"
#define XENSND_FIELD_RING_REF           "ring-ref"
#define XENSND_FIELD_EVT_CHNL           "event-channel"
#define XENSND_FIELD_EVT_RING_REF       "evt-ring-ref"
#define XENSND_FIELD_EVT_EVT_CHNL       "evt-event-channel"
#define XENSND_FIELD_DEVICE_NAME        "name"
#define XENSND_FIELD_TYPE               "type"
#define XENSND_FIELD_STREAM_UNIQUE_ID   "unique-id"
#define XENSND_FIELD_CHANNELS_MIN       "channels-min"
#define XENSND_FIELD_CHANNELS_MAX       "channels-max"
#define XENSND_FIELD_SAMPLE_RATES       "sample-rates"
#define XENSND_FIELD_SAMPLE_FORMATS     "sample-formats"
#define XENSND_FIELD_BUFFER_SIZE        "buffer-size"

/* values of the stream "type" key */
#define XENSND_STREAM_TYPE_PLAYBACK     "p"
#define XENSND_STREAM_TYPE_CAPTURE      "c"

/* longest item of sample-rates and of sample-formats, in characters */
#define XENSND_SAMPLE_RATE_MAX_LEN      11
#define XENSND_SAMPLE_FORMAT_MAX_LEN    24

/* sample-formats items, one per XENSND_PCM_FORMAT_* */
#define XENSND_PCM_FORMAT_S8_STR        "s8"
#define XENSND_PCM_FORMAT_U8_STR        "u8"
#define XENSND_PCM_FORMAT_S16_LE_STR    "s16_le"
#define XENSND_PCM_FORMAT_S16_BE_STR    "s16_be"
#define XENSND_PCM_FORMAT_U16_LE_STR    "u16_le"
#define XENSND_PCM_FORMAT_U16_BE_STR    "u16_be"
#define XENSND_PCM_FORMAT_S24_LE_STR    "s24_le"
#define XENSND_PCM_FORMAT_S24_BE_STR    "s24_be"
#define XENSND_PCM_FORMAT_U24_LE_STR    "u24_le"
#define XENSND_PCM_FORMAT_U24_BE_STR    "u24_be"
#define XENSND_PCM_FORMAT_S32_LE_STR    "s32_le"
#define XENSND_PCM_FORMAT_S32_BE_STR    "s32_be"
#define XENSND_PCM_FORMAT_U32_LE_STR    "u32_le"
#define XENSND_PCM_FORMAT_U32_BE_STR    "u32_be"
#define XENSND_PCM_FORMAT_F32_LE_STR    "float_le"
#define XENSND_PCM_FORMAT_F32_BE_STR    "float_be"
#define XENSND_PCM_FORMAT_F64_LE_STR    "float64_le"
#define XENSND_PCM_FORMAT_F64_BE_STR    "float64_be"
#define XENSND_PCM_FORMAT_IEC958_SUBFRAME_LE_STR "iec958_subframe_le"
#define XENSND_PCM_FORMAT_IEC958_SUBFRAME_BE_STR "iec958_subframe_be"
#define XENSND_PCM_FORMAT_MU_LAW_STR    "mu_law"
#define XENSND_PCM_FORMAT_A_LAW_STR     "a_law"
#define XENSND_PCM_FORMAT_IMA_ADPCM_STR "ima_adpcm"
#define XENSND_PCM_FORMAT_MPEG_STR      "mpeg"
#define XENSND_PCM_FORMAT_GSM_STR       "gsm"

/*
 * XENSND_OP_OPEN: open a stream with these parameters and the buffer it
 * will use for every later request.  The frontend grants the buffer's
 * pages and lists them in a chain of page directories, the first one
 * being gref_directory.
 */
struct xensnd_open_req {
    uint32_t pcm_rate;              /* frames per second */
    uint8_t pcm_format;             /* XENSND_PCM_FORMAT_* */
    uint8_t pcm_channels;           /* within channels-min..channels-max */
    uint16_t reserved;
    uint32_t buffer_sz;             /* bytes of the buffer */
    grant_ref_t gref_directory;     /* first page directory */
    uint32_t period_sz;             /* bytes between XENSND_EVT_CUR_POS
                                       events; 0: no events */
};

/*
 * A page of the buffer's directory: the next directory page (0 on the
 * last one) and grants of buffer pages; the whole chain names
 * buffer_sz rounded up to 4 KiB pages.
 */
struct xensnd_page_directory {
    grant_ref_t gref_dir_next_page;
#pragma xenabi count ((1 << XEN_PAGE_SHIFT) - 4) / 4
    __extension__ grant_ref_t gref[XENPV_FLEX_ARRAY_DIM];
};

/*
 * XENSND_OP_READ/WRITE (capture/playback data) and the volume and mute
 * requests: a byte range of the buffer.  Volumes are one int32_t per
 * channel in 0.001 dB steps (0 is 0 dB); mute flags one uint8_t per
 * channel, non-zero to (un)mute it.
 */
struct xensnd_rw_req {
    uint32_t offset;                /* bytes into the buffer */
    uint32_t length;                /* bytes */
};

/* XENSND_OP_TRIGGER: start, pause, stop or resume the stream. */
struct xensnd_trigger_req {
    uint8_t type;                   /* XENSND_OP_TRIGGER_* */
};

/*
 * XENSND_OP_HW_PARAM_QUERY and its answer: the configurations the
 * frontend still considers, narrowed by the backend to what it supports
 * for them.  Repeated queries converge on the parameters of an open.
 */
struct xensnd_query_hw_param {
    uint64_t formats;               /* bit 1 << XENSND_PCM_FORMAT_* each */
    struct {
        uint32_t min;
        uint32_t max;
    } rates;                        /* frames per second */
    struct {
        uint32_t min;
        uint32_t max;
    } channels;
    struct {
        uint32_t min;
        uint32_t max;
    } buffer;                       /* frames */
    struct {
        uint32_t min;
        uint32_t max;
    } period;                       /* frames */
};

/* XENSND_EVT_CUR_POS: how far playback or capture has gone. */
struct xensnd_cur_pos_evt {
    uint64_t position;              /* bytes */
};

/* A request (64 bytes). */
struct xensnd_req {
#pragma xenabi dir in
    uint16_t id;                    /* the frontend's, returned in the response */
#pragma xenabi dir in
    uint8_t operation;              /* XENSND_OP_* */
    uint8_t reserved[5];
#pragma xenabi select operation unused XENSND_OP_CLOSE
#pragma xenabi dir in
    union {
#pragma xenabi arm XENSND_OP_OPEN
        struct xensnd_open_req open;
#pragma xenabi arm XENSND_OP_READ, XENSND_OP_WRITE, XENSND_OP_SET_VOLUME, XENSND_OP_GET_VOLUME, XENSND_OP_MUTE, XENSND_OP_UNMUTE
        struct xensnd_rw_req rw;
#pragma xenabi arm XENSND_OP_TRIGGER
        struct xensnd_trigger_req trigger;
#pragma xenabi arm XENSND_OP_HW_PARAM_QUERY
        struct xensnd_query_hw_param hw_param;
        uint8_t reserved[56];
    } op;
};

/* The answer to one request (64 bytes). */
struct xensnd_resp {
#pragma xenabi dir out
    uint16_t id;                    /* the request's */
#pragma xenabi dir out
    uint8_t operation;              /* the request's */
    uint8_t reserved;
#pragma xenabi dir out
    int32_t status;                 /* 0 or -XEN_E* */
#pragma xenabi select operation unused XENSND_OP_OPEN, XENSND_OP_CLOSE, XENSND_OP_READ, XENSND_OP_WRITE, XENSND_OP_SET_VOLUME, XENSND_OP_GET_VOLUME, XENSND_OP_MUTE, XENSND_OP_UNMUTE, XENSND_OP_TRIGGER
#pragma xenabi dir out
    union {
#pragma xenabi arm XENSND_OP_HW_PARAM_QUERY
        struct xensnd_query_hw_param hw_param;
        uint8_t reserved1[56];
    } resp;
};

/* An event from the backend (64 bytes), on the event page. */
struct xensnd_evt {
#pragma xenabi dir out
    uint16_t id;                    /* the backend's */
#pragma xenabi dir out
    uint8_t type;                   /* XENSND_EVT_* */
    uint8_t reserved[5];
#pragma xenabi select type
#pragma xenabi dir out
    union {
#pragma xenabi arm XENSND_EVT_CUR_POS
        struct xensnd_cur_pos_evt cur_pos;
        uint8_t reserved[56];
    } op;
};

/* The request ring: xen_sndif_sring, xen_sndif_front_ring, ... */
DEFINE_RING_TYPES(xen_sndif, struct xensnd_req, struct xensnd_resp);

/*
 * The event page: a page the frontend grants (evt-ring-ref), starting
 * with these indexes; xensnd_evt slots fill the rest.  The backend
 * produces, the frontend consumes.
 */
struct xensnd_event_page {
#pragma xenabi dir in
    uint32_t in_cons;
#pragma xenabi dir out
    uint32_t in_prod;
    uint8_t reserved[56];
};

/* Bytes of the event page; where its slots start, their bytes and number. */
#define XENSND_EVENT_PAGE_SIZE 4096
#define XENSND_IN_RING_OFFS (sizeof(struct xensnd_event_page))
#define XENSND_IN_RING_SIZE (XENSND_EVENT_PAGE_SIZE - XENSND_IN_RING_OFFS)
#define XENSND_IN_RING_LEN (XENSND_IN_RING_SIZE / sizeof(struct xensnd_evt))

#pragma xenabi verbatim begin
/* The event slots of an event page, and the slot of index idx. */
#define XENSND_IN_RING(page) \
    ((struct xensnd_evt *)((char *)(page) + XENSND_IN_RING_OFFS))
#define XENSND_IN_RING_REF(page, idx) \
    (XENSND_IN_RING((page))[(idx) % XENSND_IN_RING_LEN])
#pragma xenabi verbatim end

#endif /* XEN_PUBLIC_IO_SNDIF_H */
