/* SPDX-License-Identifier: MIT */
/*
 * The PV framebuffer protocol (vfb).  The frontend shares one page,
 * xenfb_page: its header describes the framebuffer and lists the page
 * directory of the framebuffer's frames; at byte offsets within the same
 * page lie two event rings of fixed-size slots.  The out ring carries the
 * frontend's events (updated rectangles, resolution changes) to the
 * backend, the in ring the backend's events to the frontend.  Each ring
 * has free-running producer/consumer indexes in the page header.
 */
#ifndef XEN_PUBLIC_IO_FBIF_H
#define XEN_PUBLIC_IO_FBIF_H

/* Frontend to backend events (the out ring). */

/* A rectangle of the framebuffer has changed and should be redrawn. */
#define XENFB_TYPE_UPDATE 2

struct xenfb_update
{
#pragma xenabi dir in
    uint8_t type;               /* XENFB_TYPE_UPDATE */
#pragma xenabi dir in
    int32_t x;                  /* top left corner, pixels */
#pragma xenabi dir in
    int32_t y;
#pragma xenabi dir in
    int32_t width;              /* pixels */
#pragma xenabi dir in
    int32_t height;
};

/* The frontend changed resolution (backend offers feature-resize). */
#define XENFB_TYPE_RESIZE 3

struct xenfb_resize
{
#pragma xenabi dir in
    uint8_t type;               /* XENFB_TYPE_RESIZE */
#pragma xenabi dir in
    int32_t width;              /* pixels */
#pragma xenabi dir in
    int32_t height;             /* pixels */
#pragma xenabi dir in
    int32_t stride;             /* bytes per line */
#pragma xenabi dir in
    int32_t depth;              /* bits per pixel */
#pragma xenabi dir in
    int32_t offset;             /* bytes into the framebuffer */
};

/* Bytes of one out-ring slot. */
#define XENFB_OUT_EVENT_SIZE 40

/* One out-ring slot: type says which event it holds. */
#pragma xenabi select type
union xenfb_out_event
{
#pragma xenabi arm default
    uint8_t type;
#pragma xenabi arm XENFB_TYPE_UPDATE
    struct xenfb_update update;
#pragma xenabi arm XENFB_TYPE_RESIZE
    struct xenfb_resize resize;
    char pad[XENFB_OUT_EVENT_SIZE];
};

/* Backend to frontend events (the in ring). */

/* How often the backend will redraw: the frontend may skip updates. */
#define XENFB_TYPE_REFRESH_PERIOD 1
/* period: the framebuffer is not being displayed */
#define XENFB_NO_REFRESH 0

struct xenfb_refresh_period
{
#pragma xenabi dir out
    uint8_t type;               /* XENFB_TYPE_REFRESH_PERIOD */
#pragma xenabi dir out
    uint32_t period;            /* milliseconds, or XENFB_NO_REFRESH */
};

/* Bytes of one in-ring slot. */
#define XENFB_IN_EVENT_SIZE 40

/* One in-ring slot: type says which event it holds. */
#pragma xenabi select type
union xenfb_in_event
{
#pragma xenabi arm default
    uint8_t type;
#pragma xenabi arm XENFB_TYPE_REFRESH_PERIOD
    struct xenfb_refresh_period refresh_period;
    char pad[XENFB_IN_EVENT_SIZE];
};

/* Where the rings lie in the shared page, their bytes and slots. */
#define XENFB_IN_RING_SIZE 1024
#define XENFB_IN_RING_LEN (XENFB_IN_RING_SIZE / XENFB_IN_EVENT_SIZE)
#define XENFB_IN_RING_OFFS 1024
#pragma xenabi verbatim begin
/* The in ring of a shared page, and its slot for free-running index idx. */
#define XENFB_IN_RING(page) \
    ((union xenfb_in_event *)((char *)(page) + XENFB_IN_RING_OFFS))
#define XENFB_IN_RING_REF(page, idx) \
    (XENFB_IN_RING((page))[(idx) % XENFB_IN_RING_LEN])
#pragma xenabi verbatim end

#define XENFB_OUT_RING_SIZE 2048
#define XENFB_OUT_RING_LEN (XENFB_OUT_RING_SIZE / XENFB_OUT_EVENT_SIZE)
#define XENFB_OUT_RING_OFFS (XENFB_IN_RING_OFFS + XENFB_IN_RING_SIZE)
#pragma xenabi verbatim begin
/* The out ring of a shared page, and its slot for free-running index idx. */
#define XENFB_OUT_RING(page) \
    ((union xenfb_out_event *)((char *)(page) + XENFB_OUT_RING_OFFS))
#define XENFB_OUT_RING_REF(page, idx) \
    (XENFB_OUT_RING((page))[(idx) % XENFB_OUT_RING_LEN])
#pragma xenabi verbatim end

/* The shared page's header, filled by the frontend. */
struct xenfb_page
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

#pragma xenabi dir in
    int32_t width;              /* pixels */
#pragma xenabi dir in
    int32_t height;             /* pixels */
#pragma xenabi dir in
    uint32_t line_length;       /* bytes per row */
#pragma xenabi dir in
    uint32_t mem_length;        /* bytes of the whole framebuffer */
#pragma xenabi dir in
    uint8_t depth;              /* bits per pixel */

    /*
     * Page directory: frame numbers of pages that each hold
     * PAGE_SIZE / sizeof(pd[0]) frame numbers of the framebuffer, so
     * the entry width (4 or 8 bytes: a C long) bounds its size.  Unused
     * entries are zero.
     */
#pragma xenabi dir in
    xen_native_ulong_t pd[256];
};

/* Defaults a kernel frontend uses when the toolstack sets none. */
#ifdef __KERNEL__
#define XENFB_WIDTH 800
#define XENFB_HEIGHT 600
#define XENFB_DEPTH 32
#endif

#endif /* XEN_PUBLIC_IO_FBIF_H */
