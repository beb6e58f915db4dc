/* SPDX-License-Identifier: MIT */
/*
 * The PV keyboard, pointer and multi-touch protocol (vkbd).  The frontend
 * shares one page: its header holds the indexes of two event rings of
 * fixed-size slots that lie at byte offsets within the same page.  The
 * backend sends input events to the frontend over the in ring; the out
 * ring (frontend to backend) has no events defined.
 *
 * Set-up goes through xenstore: the backend publishes which devices and
 * pointer modes it offers (feature-*), the frontend requests modes
 * (request-*) and publishes the page (page-gref or the older page-ref)
 * and its event channel.
 */
#ifndef XEN_PUBLIC_IO_KBDIF_H
#define XEN_PUBLIC_IO_KBDIF_H

/* Event types (the first byte of every event). */
/* relative pointer motion */
#define XENKBD_TYPE_MOTION  1
/* not used any more */
#define XENKBD_TYPE_RESERVED 2
/* a key or button pressed or released */
#define XENKBD_TYPE_KEY     3
/* absolute pointer position (request-abs-pointer) */
#define XENKBD_TYPE_POS     4
/* a multi-touch event (request-multi-touch) */
#define XENKBD_TYPE_MTOUCH  5

/* xenkbd_mtouch.event_type */
/* a contact touched down at u.pos */
#define XENKBD_MT_EV_DOWN   0
/* a contact was lifted */
#define XENKBD_MT_EV_UP     1
/* a contact moved to u.pos */
#define XENKBD_MT_EV_MOTION 2
/* end of a group of events that belong together */
#define XENKBD_MT_EV_SYN    3
/* a contact's shape changed: u.shape */
#define XENKBD_MT_EV_SHAPE  4
/* a contact's orientation changed: u.orientation */
#define XENKBD_MT_EV_ORIENT 5

/* The device type name and the xenstore keys of the protocol. */
#define XENKBD_DRIVER_NAME             "vkbd"

#define XENKBD_FIELD_FEAT_DSBL_KEYBRD  "feature-disable-keyboard"
#define XENKBD_FIELD_FEAT_DSBL_POINTER "feature-disable-pointer"
#define XENKBD_FIELD_FEAT_ABS_POINTER  "feature-abs-pointer"
#define XENKBD_FIELD_FEAT_RAW_POINTER  "feature-raw-pointer"
#define XENKBD_FIELD_FEAT_MTOUCH       "feature-multi-touch"
#define XENKBD_FIELD_REQ_ABS_POINTER   "request-abs-pointer"
#define XENKBD_FIELD_REQ_RAW_POINTER   "request-raw-pointer"
#define XENKBD_FIELD_REQ_MTOUCH        "request-multi-touch"
#define XENKBD_FIELD_RING_GREF         "page-gref"
#define XENKBD_FIELD_EVT_CHANNEL       "event-channel"
#define XENKBD_FIELD_WIDTH             "width"
#define XENKBD_FIELD_HEIGHT            "height"
#define XENKBD_FIELD_MT_WIDTH          "multi-touch-width"
#define XENKBD_FIELD_MT_HEIGHT         "multi-touch-height"
#define XENKBD_FIELD_MT_NUM_CONTACTS   "multi-touch-num-contacts"
#define XENKBD_FIELD_UNIQUE_ID         "unique-id"

/* Older spelling of the page key: a frame number, not a grant. */
#define XENKBD_FIELD_RING_REF          "page-ref"

/* Backend to frontend events (the in ring). */

/* Relative pointer motion. */
struct xenkbd_motion
{
#pragma xenabi dir out
    uint8_t type;               /* XENKBD_TYPE_MOTION */
#pragma xenabi dir out
    int32_t rel_x;
#pragma xenabi dir out
    int32_t rel_y;
#pragma xenabi dir out
    int32_t rel_z;              /* wheel */
};

/* A key or button changed state. */
struct xenkbd_key
{
#pragma xenabi dir out
    uint8_t type;               /* XENKBD_TYPE_KEY */
#pragma xenabi dir out
    uint8_t pressed;            /* 1 down, 0 up */
#pragma xenabi dir out
    uint32_t keycode;           /* Linux input event code (KEY_*, BTN_*) */
};

/* Absolute pointer position. */
struct xenkbd_position
{
#pragma xenabi dir out
    uint8_t type;               /* XENKBD_TYPE_POS */
#pragma xenabi dir out
    int32_t abs_x;              /* within the backend's width */
#pragma xenabi dir out
    int32_t abs_y;              /* within the backend's height */
#pragma xenabi dir out
    int32_t rel_z;              /* wheel */
};

/* A multi-touch event of one contact. */
struct xenkbd_mtouch {
#pragma xenabi dir out
    uint8_t type;               /* XENKBD_TYPE_MTOUCH */
#pragma xenabi dir out
    uint8_t event_type;         /* XENKBD_MT_EV_* */
#pragma xenabi dir out
    uint8_t contact_id;         /* below multi-touch-num-contacts */
#pragma xenabi padding
    uint8_t reserved[5];
#pragma xenabi select event_type unused XENKBD_MT_EV_UP, XENKBD_MT_EV_SYN
#pragma xenabi dir out
    union {
        /* DOWN, MOTION: where the contact is */
#pragma xenabi arm XENKBD_MT_EV_DOWN, XENKBD_MT_EV_MOTION
        struct {
            int32_t abs_x;
            int32_t abs_y;
        } pos;
        /* SHAPE: the contact ellipse's axes */
#pragma xenabi arm XENKBD_MT_EV_SHAPE
        struct {
            uint32_t major;
            uint32_t minor;
        } shape;
        /* ORIENT: the angle of the major axis, -180 to 180 degrees */
#pragma xenabi arm XENKBD_MT_EV_ORIENT
        int16_t orientation;
    } u;
};

/* Bytes of one in-ring slot. */
#define XENKBD_IN_EVENT_SIZE 40

/* One in-ring slot: type says which event it holds. */
#pragma xenabi select type unused XENKBD_TYPE_RESERVED
union xenkbd_in_event
{
#pragma xenabi arm default
    uint8_t type;
#pragma xenabi arm XENKBD_TYPE_MOTION
    struct xenkbd_motion motion;
#pragma xenabi arm XENKBD_TYPE_KEY
    struct xenkbd_key key;
#pragma xenabi arm XENKBD_TYPE_POS
    struct xenkbd_position pos;
#pragma xenabi arm XENKBD_TYPE_MTOUCH
    struct xenkbd_mtouch mtouch;
    char pad[XENKBD_IN_EVENT_SIZE];
};

/* Frontend to backend events (the out ring): none defined. */

/* Bytes of one out-ring slot. */
#define XENKBD_OUT_EVENT_SIZE 40

/* One out-ring slot; only its type byte is defined. */
#pragma xenabi select type
union xenkbd_out_event
{
#pragma xenabi arm default
    uint8_t type;
    char pad[XENKBD_OUT_EVENT_SIZE];
};

/* Where the rings lie in the shared page, their bytes and slots. */
#define XENKBD_IN_RING_SIZE 2048
#define XENKBD_IN_RING_LEN (XENKBD_IN_RING_SIZE / XENKBD_IN_EVENT_SIZE)
#define XENKBD_IN_RING_OFFS 1024
#pragma xenabi verbatim begin
/* The in ring of a shared page, and its slot for free-running index idx. */
#define XENKBD_IN_RING(page) \
    ((union xenkbd_in_event *)((char *)(page) + XENKBD_IN_RING_OFFS))
#define XENKBD_IN_RING_REF(page, idx) \
    (XENKBD_IN_RING((page))[(idx) % XENKBD_IN_RING_LEN])
#pragma xenabi verbatim end

#define XENKBD_OUT_RING_SIZE 1024
#define XENKBD_OUT_RING_LEN (XENKBD_OUT_RING_SIZE / XENKBD_OUT_EVENT_SIZE)
#define XENKBD_OUT_RING_OFFS (XENKBD_IN_RING_OFFS + XENKBD_IN_RING_SIZE)
#pragma xenabi verbatim begin
/* The out ring of a shared page, and its slot for free-running index idx. */
#define XENKBD_OUT_RING(page) \
    ((union xenkbd_out_event *)((char *)(page) + XENKBD_OUT_RING_OFFS))
#define XENKBD_OUT_RING_REF(page, idx) \
    (XENKBD_OUT_RING((page))[(idx) % XENKBD_OUT_RING_LEN])
#pragma xenabi verbatim end

/* The shared page's header: the rings' free-running indexes. */
struct xenkbd_page
{
    /* the in ring: the backend produces, the frontend consumes */
#pragma xenabi dir in
    uint32_t in_cons;
#pragma xenabi dir out
    uint32_t in_prod;
    /* the out ring: the frontend produces, the backend consumes */
#pragma xenabi dir out
    uint32_t out_cons;
#pragma xenabi dir in
    uint32_t out_prod;
};

#endif /* XEN_PUBLIC_IO_KBDIF_H */
