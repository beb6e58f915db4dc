/* SPDX-License-Identifier: MIT */
/*
 * The PV TPM protocol (vtpm).  Two generations: the old one-slot "ring"
 * of tpmif_tx_request, and the current protocol, in which the frontend
 * shares one page, tpmif_shared_page, holding a command followed by its
 * data; the state byte hands the page between the two ends, and the
 * response overwrites the command.
 */
#ifndef XEN_PUBLIC_IO_TPMIF_H
#define XEN_PUBLIC_IO_TPMIF_H

#include "../grant_table.h"

/* Old protocol: one packet. */
struct tpmif_tx_request {
#pragma xenabi dir in
    xen_native_ulong_t addr;    /* machine address of the packet */
#pragma xenabi dir in
    grant_ref_t ref;            /* the packet's grant */
#pragma xenabi padding
    uint16_t unused;
#pragma xenabi dir in
    uint16_t size;              /* bytes */
};
typedef struct tpmif_tx_request tpmif_tx_request_t;

/* Old protocol: ring indexes and slots. */
typedef uint32_t TPMIF_RING_IDX;

#define TPMIF_TX_RING_SIZE 1

/* One slot of the old ring. */
struct tpmif_ring {
    struct tpmif_tx_request req;
};
typedef struct tpmif_ring tpmif_ring_t;

/* The old shared page. */
struct tpmif_tx_interface {
    struct tpmif_ring ring[TPMIF_TX_RING_SIZE];
};
typedef struct tpmif_tx_interface tpmif_tx_interface_t;

/*
 * tpmif_shared_page.state: the frontend moves IDLE to SUBMIT (a command
 * is ready) and may request CANCEL; the backend moves SUBMIT to FINISH
 * (the response is ready) and CANCEL to IDLE.
 */
enum tpmif_state {
    TPMIF_STATE_IDLE,           /* nothing pending; vTPM idle */
    TPMIF_STATE_SUBMIT,         /* command ready; vTPM working */
    TPMIF_STATE_FINISH,         /* response ready; vTPM idle */
    TPMIF_STATE_CANCEL          /* cancel requested; vTPM working */
};

/*
 * Current protocol: the shared page.  The command or response starts
 * right after the extra_pages array and may continue in the extra
 * pages.
 */
struct tpmif_shared_page {
#pragma xenabi dir inout
    uint32_t length;            /* bytes of the command or response */
#pragma xenabi dir inout
    uint8_t state;              /* enum tpmif_state */
#pragma xenabi dir in
    uint8_t locality;           /* TPM locality of the command */
#pragma xenabi padding
    uint8_t pad;                /* zero */
#pragma xenabi dir in
    uint8_t nr_extra_pages;     /* more pages for long packets, or zero */
#pragma xenabi count nr_extra_pages
#pragma xenabi dir in
    __extension__ uint32_t extra_pages[0];  /* their grants */
};
typedef struct tpmif_shared_page tpmif_shared_page_t;

#endif /* XEN_PUBLIC_IO_TPMIF_H */
