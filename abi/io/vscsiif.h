/* SPDX-License-Identifier: MIT */
/*
 * The PV SCSI protocol (vscsi).  The frontend sends SCSI commands to
 * logical units the backend exports, over one shared ring; data moves in
 * pages the frontend grants, either named directly in the request or,
 * with the backend's feature-sg-grant, through granted pages holding
 * more segment descriptors.
 *
 * Set-up in xenstore: per virtual host, the backend lists its devices
 * under vscsi-devs/dev-N (p-dev: the physical device, v-dev: the
 * "host:channel:target:lun" the frontend sees, and a state each); the
 * frontend publishes ring-ref, event-channel and protocol.  Devices are
 * added and removed while connected by moving the host through
 * XenbusStateReconfiguring.
 */
#ifndef XEN_PUBLIC_IO_VSCSIIF_H
#define XEN_PUBLIC_IO_VSCSIIF_H

#include "ring.h"
#include "../grant_table.h"

/* vscsiif_request.act */
/* run the CDB in cmnd on channel/id/lun */
#define VSCSIIF_ACT_SCSI_CDB         1
/* abort the running request ref_rqid on channel/id/lun */
#define VSCSIIF_ACT_SCSI_ABORT       2
/* reset the target channel/id */
#define VSCSIIF_ACT_SCSI_RESET       3
/* the retired vscsiif_sg_list preset; the value stays reserved */
#define VSCSIIF_ACT_SCSI_SG_PRESET   4

/*
 * Segments in one request; with feature-sg-grant, also the most granted
 * pages of segment descriptors one request may name.
 */
#define VSCSIIF_SG_TABLESIZE             26

/* Sizes fixed by the original protocol (changing them breaks peers). */
#define VSCSIIF_MAX_COMMAND_SIZE         16
#define VSCSIIF_SENSE_BUFFERSIZE         96
#define VSCSIIF_PAGE_SIZE              4096

/* A granted page and the bytes of it that belong to the transfer. */
struct scsiif_request_segment {
    grant_ref_t gref;
    uint16_t offset;            /* bytes into the page */
    uint16_t length;            /* bytes */
};
typedef struct scsiif_request_segment vscsiif_segment_t;

#pragma xenabi verbatim begin
/* Segment descriptors in one granted page. */
#define VSCSIIF_SG_PER_PAGE (VSCSIIF_PAGE_SIZE / sizeof(struct scsiif_request_segment))
#pragma xenabi verbatim end

/* A request: 252 bytes on every ABI. */
struct vscsiif_request {
#pragma xenabi dir in
    uint16_t rqid;              /* the frontend's, returned in the response */
#pragma xenabi dir in
    uint8_t act;                /* VSCSIIF_ACT_* */
#pragma xenabi dir in
    uint8_t cmd_len;            /* bytes of cmnd used */
#pragma xenabi dir in
    uint8_t cmnd[VSCSIIF_MAX_COMMAND_SIZE]; /* the SCSI CDB */
#pragma xenabi dir in
    uint16_t timeout_per_command;   /* seconds, 0 for the default (unused) */
    /* the logical unit */
#pragma xenabi on channel dir in
#pragma xenabi on id dir in
#pragma xenabi on lun dir in
    uint16_t channel, id, lun;
#pragma xenabi dir in
    uint16_t ref_rqid;          /* the request an abort refers to */
#pragma xenabi dir in
    uint8_t sc_data_direction;  /* 1 to the device, 2 from it, 3 none */
    /*
     * Entries of seg used; with VSCSIIF_SG_GRANT set, the low 7 bits
     * count granted pages of segment descriptors instead (their lengths
     * add up to the descriptors' bytes).
     */
#pragma xenabi dir in
    uint8_t nr_segments;
/* nr_segments: seg names pages of descriptors (feature-sg-grant) */
#define VSCSIIF_SG_GRANT    0x80
#pragma xenabi dir in
    vscsiif_segment_t seg[VSCSIIF_SG_TABLESIZE];
#pragma xenabi padding
    uint32_t reserved[3];
};
typedef struct vscsiif_request vscsiif_request_t;

/* Retired: segments preset for the following request. */
#pragma xenabi verbatim begin
#define VSCSIIF_SG_LIST_SIZE ((sizeof(vscsiif_request_t) - 4) \
                              / sizeof(vscsiif_segment_t))
#pragma xenabi verbatim end

/* Retired: a request-sized slot of extra segments (starts like a request). */
struct vscsiif_sg_list {
#pragma xenabi dir in
    uint16_t rqid;              /* the request the segments belong to */
#pragma xenabi dir in
    uint8_t act;                /* VSCSIIF_ACT_SCSI_SG_PRESET */
#pragma xenabi dir in
    uint8_t nr_segments;        /* entries of seg used */
    /* VSCSIIF_SG_LIST_SIZE entries: (252 - 4) / 8 on every ABI */
#pragma xenabi dir in
    vscsiif_segment_t seg[31];
};
typedef struct vscsiif_sg_list vscsiif_sg_list_t;

/* The answer to a request: 252 bytes on every ABI. */
struct vscsiif_response {
#pragma xenabi dir out
    uint16_t rqid;              /* the request's */
#pragma xenabi dir out
    uint8_t act;                /* only meaningful with the retired preset */
#pragma xenabi dir out
    uint8_t sense_len;          /* bytes of sense_buffer used */
#pragma xenabi dir out
    uint8_t sense_buffer[VSCSIIF_SENSE_BUFFERSIZE];
#pragma xenabi dir out
    int32_t rslt;               /* XEN_VSCSIIF_RSLT_* fields */
#pragma xenabi dir out
    uint32_t residual_len;      /* bytes of the buffer not transferred */
#pragma xenabi padding
    uint32_t reserved[36];
};
typedef struct vscsiif_response vscsiif_response_t;

#pragma xenabi verbatim begin
/* vscsiif_response.rslt: the SCSI status byte and the host byte. */
#define XEN_VSCSIIF_RSLT_STATUS(x)  ((x) & 0x00ff)
#define XEN_VSCSIIF_RSLT_HOST(x)    (((x) & 0x00ff0000) >> 16)
#pragma xenabi verbatim end

/* Host byte values (Linux's DID_* codes). */
#define XEN_VSCSIIF_RSLT_HOST_OK                   0
#define XEN_VSCSIIF_RSLT_HOST_NO_CONNECT           1
#define XEN_VSCSIIF_RSLT_HOST_BUS_BUSY             2
#define XEN_VSCSIIF_RSLT_HOST_TIME_OUT             3
#define XEN_VSCSIIF_RSLT_HOST_BAD_TARGET           4
#define XEN_VSCSIIF_RSLT_HOST_ABORT                5
#define XEN_VSCSIIF_RSLT_HOST_PARITY               6
#define XEN_VSCSIIF_RSLT_HOST_ERROR                7
#define XEN_VSCSIIF_RSLT_HOST_RESET                8
#define XEN_VSCSIIF_RSLT_HOST_BAD_INTR             9
#define XEN_VSCSIIF_RSLT_HOST_PASSTHROUGH         10
#define XEN_VSCSIIF_RSLT_HOST_SOFT_ERROR          11
#define XEN_VSCSIIF_RSLT_HOST_IMM_RETRY           12
#define XEN_VSCSIIF_RSLT_HOST_REQUEUE             13
#define XEN_VSCSIIF_RSLT_HOST_TRANSPORT_DISRUPTED 14
#define XEN_VSCSIIF_RSLT_HOST_TRANSPORT_FAILFAST  15
#define XEN_VSCSIIF_RSLT_HOST_TARGET_FAILURE      16
#define XEN_VSCSIIF_RSLT_HOST_NEXUS_FAILURE       17
#define XEN_VSCSIIF_RSLT_HOST_ALLOC_FAILURE       18
#define XEN_VSCSIIF_RSLT_HOST_MEDIUM_ERROR        19
#define XEN_VSCSIIF_RSLT_HOST_TRANSPORT_MARGINAL  20
/* rslt of a reset request */
#define XEN_VSCSIIF_RSLT_RESET_SUCCESS  0x2002
#define XEN_VSCSIIF_RSLT_RESET_FAILED   0x2003

/* The ring: vscsiif_sring, vscsiif_front_ring, vscsiif_back_ring. */
DEFINE_RING_TYPES(vscsiif, struct vscsiif_request, struct vscsiif_response);

#endif /* XEN_PUBLIC_IO_VSCSIIF_H */
