/* SPDX-License-Identifier: MIT */
/*
 * The PV network device protocol (vif).  Each queue has a transmit ring
 * (frontend packets out: netif_tx_request, answered by netif_tx_response)
 * and a receive ring (the frontend posts empty granted pages as
 * netif_rx_request, the backend fills them and answers netif_rx_response).
 * A packet may take several slots, and extra-info slots (netif_extra_info)
 * may follow its first one.  An optional control ring carries hashing and
 * grant-mapping requests (xen_netif_ctrl_*).
 *
 * Negotiation is in xenstore: feature-rx-notify, feature-split-event-channels
 * (event-channel-tx / -rx), multi-queue-max-queues and
 * multi-queue-num-queues (keys of queue N under queue-N), feature-sg,
 * feature-gso-tcpv4/-tcpv6, feature-no-csum-offload,
 * feature-ipv6-csum-offload, feature-multicast-control,
 * feature-dynamic-multicast-control, feature-ctrl-ring (ctrl-ring-ref,
 * event-channel-ctrl), tx-ring-ref, rx-ring-ref, request-rx-copy ...
 * Notifications follow the rings' req_event/rsp_event hold-off.
 */
#ifndef XEN_PUBLIC_IO_NETIF_H
#define XEN_PUBLIC_IO_NETIF_H

#include "ring.h"
#include "../grant_table.h"

/*
 * Slots per packet every backend must accept from a frontend that did not
 * negotiate anything (older Linux's MAX_SKB_FRAGS).
 */
#define XEN_NETIF_NR_SLOTS_MIN 18

/*
 * Hash types the control ring can enable (bit numbers _X, masks X), and
 * hash algorithms.  Toeplitz is the one of Microsoft's RSS specification.
 */
#define _XEN_NETIF_CTRL_HASH_TYPE_IPV4 0
#define XEN_NETIF_CTRL_HASH_TYPE_IPV4 \
    (1 << _XEN_NETIF_CTRL_HASH_TYPE_IPV4)
#define _XEN_NETIF_CTRL_HASH_TYPE_IPV4_TCP 1
#define XEN_NETIF_CTRL_HASH_TYPE_IPV4_TCP \
    (1 << _XEN_NETIF_CTRL_HASH_TYPE_IPV4_TCP)
#define _XEN_NETIF_CTRL_HASH_TYPE_IPV6 2
#define XEN_NETIF_CTRL_HASH_TYPE_IPV6 \
    (1 << _XEN_NETIF_CTRL_HASH_TYPE_IPV6)
#define _XEN_NETIF_CTRL_HASH_TYPE_IPV6_TCP 3
#define XEN_NETIF_CTRL_HASH_TYPE_IPV6_TCP \
    (1 << _XEN_NETIF_CTRL_HASH_TYPE_IPV6_TCP)

#define XEN_NETIF_CTRL_HASH_ALGORITHM_NONE 0
#define XEN_NETIF_CTRL_HASH_ALGORITHM_TOEPLITZ 1

#pragma xenabi verbatim begin
#ifdef XEN_NETIF_DEFINE_TOEPLITZ
/*
 * The Toeplitz hash of buf under key (keys shorter than needed are padded
 * with zero bytes).  For every set bit of the input, taken most
 * significant first, the 32 key bits starting at that bit's position are
 * XORed into the result; a 64-bit window over the key keeps those bits in
 * its upper half.
 */
static uint32_t xen_netif_toeplitz_hash(const uint8_t *key,
                                        unsigned int keylen,
                                        const uint8_t *buf,
                                        unsigned int buflen)
{
    uint64_t window = 0, acc = 0;
    unsigned int k, i, bit;

    for (k = 0; k < 8; k++)
        window = (window << 8) | (k < keylen ? key[k] : 0);

    for (i = 0; i < buflen; i++, k++) {
        for (bit = 0; bit < 8; bit++) {
            if (buf[i] & (0x80 >> bit))
                acc ^= window;
            window <<= 1;
        }
        /* the window moved by a byte: bring in the next key byte */
        window |= k < keylen ? key[k] : 0;
    }

    return (uint32_t)(acc >> 32);
}
#endif
#pragma xenabi verbatim end

/*
 * A control-ring request.  The meaning of data[] and of the response's
 * data depends on type:
 *   GET_HASH_FLAGS: response data = the hash types the backend supports;
 *   SET_HASH_FLAGS: data[0] = the hash types to use (0: none);
 *   SET_HASH_KEY: data[0] = a grant of a page holding the key,
 *       data[1] = key length in octets;
 *   GET_HASH_MAPPING_SIZE: response data = largest mapping table;
 *   SET_HASH_MAPPING_SIZE: data[0] = entries of the mapping table (0: none);
 *   SET_HASH_MAPPING: data[0] = a grant of a page of uint32_t queue
 *       numbers, data[1] = how many, data[2] = first table entry to set;
 *   SET_HASH_ALGORITHM: data[0] = XEN_NETIF_CTRL_HASH_ALGORITHM_*;
 *   GET_GREF_MAPPING_SIZE: data[0] = queue; response data = most grants
 *       that queue may have mapped;
 *   ADD_GREF_MAPPING: data[0] = queue, data[1] = a writable grant of a page
 *       of xen_netif_gref, data[2] = how many; all are mapped or none (the
 *       response status says which; the entries' status is not used);
 *   DEL_GREF_MAPPING: the same arguments to unmap them; each entry's
 *       status says whether it was, response data counts those that were.
 * Unused data words are 0.
 */
struct xen_netif_ctrl_request {
    uint16_t id;                /* returned in the response */
    uint16_t type;              /* XEN_NETIF_CTRL_TYPE_* */

#define XEN_NETIF_CTRL_TYPE_INVALID               0
#define XEN_NETIF_CTRL_TYPE_GET_HASH_FLAGS        1
#define XEN_NETIF_CTRL_TYPE_SET_HASH_FLAGS        2
#define XEN_NETIF_CTRL_TYPE_SET_HASH_KEY          3
#define XEN_NETIF_CTRL_TYPE_GET_HASH_MAPPING_SIZE 4
#define XEN_NETIF_CTRL_TYPE_SET_HASH_MAPPING_SIZE 5
#define XEN_NETIF_CTRL_TYPE_SET_HASH_MAPPING      6
#define XEN_NETIF_CTRL_TYPE_SET_HASH_ALGORITHM    7
#define XEN_NETIF_CTRL_TYPE_GET_GREF_MAPPING_SIZE 8
#define XEN_NETIF_CTRL_TYPE_ADD_GREF_MAPPING      9
#define XEN_NETIF_CTRL_TYPE_DEL_GREF_MAPPING     10

    uint32_t data[3];
};

/* The answer to a control-ring request. */
struct xen_netif_ctrl_response {
    uint16_t id;                /* the request's */
    uint16_t type;              /* the request's */
    uint32_t status;            /* XEN_NETIF_CTRL_STATUS_* */

#define XEN_NETIF_CTRL_STATUS_SUCCESS           0
#define XEN_NETIF_CTRL_STATUS_NOT_SUPPORTED     1
#define XEN_NETIF_CTRL_STATUS_INVALID_PARAMETER 2
#define XEN_NETIF_CTRL_STATUS_BUFFER_OVERFLOW   3

    uint32_t data;              /* by type, see the request */
};

/* One grant of an ADD/DEL_GREF_MAPPING table. */
struct xen_netif_gref {
       grant_ref_t ref;
       uint16_t flags;          /* XEN_NETIF_CTRLF_GREF_*, from the frontend */

#define _XEN_NETIF_CTRLF_GREF_readonly    0
#define XEN_NETIF_CTRLF_GREF_readonly    (1U<<_XEN_NETIF_CTRLF_GREF_readonly)

       uint16_t status;         /* XEN_NETIF_CTRL_STATUS_*, from the backend */
};

/* The control ring. */
DEFINE_RING_TYPES(xen_netif_ctrl,
                  struct xen_netif_ctrl_request,
                  struct xen_netif_ctrl_response);

/* netif_tx_request.flags (bit numbers _X, masks X). */
/* the checksum is not filled in yet (offloaded) */
#define _NETTXF_csum_blank     (0)
#define  NETTXF_csum_blank     (1U<<_NETTXF_csum_blank)
/* the data was checked against its checksum */
#define _NETTXF_data_validated (1)
#define  NETTXF_data_validated (1U<<_NETTXF_data_validated)
/* the packet goes on in the next slot */
#define _NETTXF_more_data      (2)
#define  NETTXF_more_data      (1U<<_NETTXF_more_data)
/* netif_extra_info slots follow */
#define _NETTXF_extra_info     (3)
#define  NETTXF_extra_info     (1U<<_NETTXF_extra_info)

/* Largest packet a transmit request can describe. */
#define XEN_NETIF_MAX_TX_SIZE 0xFFFF

/*
 * A packet, or a piece of one, to send.  In the first slot of a packet,
 * size is the whole packet's length; in the others, the piece's.
 */
struct netif_tx_request {
    grant_ref_t gref;           /* the page holding the data */
    uint16_t offset;            /* of the data in that page */
    uint16_t flags;             /* NETTXF_* */
    uint16_t id;                /* returned in the response */
    uint16_t size;              /* bytes */
};
typedef struct netif_tx_request netif_tx_request_t;

/* netif_extra_info.type: which member of u is used. */
#define XEN_NETIF_EXTRA_TYPE_NONE      (0)  /* invalid */
#define XEN_NETIF_EXTRA_TYPE_GSO       (1)  /* u.gso */
#define XEN_NETIF_EXTRA_TYPE_MCAST_ADD (2)  /* u.mcast */
#define XEN_NETIF_EXTRA_TYPE_MCAST_DEL (3)  /* u.mcast */
#define XEN_NETIF_EXTRA_TYPE_HASH      (4)  /* u.hash */
#define XEN_NETIF_EXTRA_TYPE_MAX       (5)

/* netif_extra_info.flags: another extra-info slot follows. */
#define _XEN_NETIF_EXTRA_FLAG_MORE (0)
#define XEN_NETIF_EXTRA_FLAG_MORE  (1U<<_XEN_NETIF_EXTRA_FLAG_MORE)

/* u.gso.type */
#define XEN_NETIF_GSO_TYPE_NONE         (0)
#define XEN_NETIF_GSO_TYPE_TCPV4        (1)
#define XEN_NETIF_GSO_TYPE_TCPV6        (2)

/*
 * An extra-info slot, in place of a request (or, on the receive ring, of
 * a response) after a packet's first slot.
 */
struct netif_extra_info {
    uint8_t type;               /* XEN_NETIF_EXTRA_TYPE_* */
    uint8_t flags;              /* XEN_NETIF_EXTRA_FLAG_* */
#pragma xenabi select type unused XEN_NETIF_EXTRA_TYPE_NONE
    union {
        /* segmentation offload */
#pragma xenabi arm XEN_NETIF_EXTRA_TYPE_GSO
        struct {
            uint16_t size;      /* largest payload of one segment */
            uint8_t type;       /* XEN_NETIF_GSO_TYPE_* */
            uint8_t pad;
            uint16_t features;  /* XEN_NETIF_GSO_FEAT_* (none defined) */
        } gso;

        /* a multicast address to add or remove (feature-multicast-control) */
#pragma xenabi arm XEN_NETIF_EXTRA_TYPE_MCAST_ADD, XEN_NETIF_EXTRA_TYPE_MCAST_DEL
        struct {
            uint8_t addr[6];
        } mcast;

        /* the packet's hash, as the control ring configured it */
#pragma xenabi arm XEN_NETIF_EXTRA_TYPE_HASH
        struct {
            uint8_t type;       /* an _XEN_NETIF_CTRL_HASH_TYPE_* number */
            uint8_t algorithm;  /* XEN_NETIF_CTRL_HASH_ALGORITHM_* */
            uint8_t value[4];
        } hash;

        uint16_t pad[3];
    } u;
};
typedef struct netif_extra_info netif_extra_info_t;

/* The answer to the first slot of a sent packet (others get NETIF_RSP_NULL). */
struct netif_tx_response {
    uint16_t id;
    int16_t  status;            /* NETIF_RSP_* */
};
typedef struct netif_tx_response netif_tx_response_t;

/* An empty page posted for the backend to receive into. */
struct netif_rx_request {
    uint16_t    id;             /* returned in the response */
    uint16_t    pad;
    grant_ref_t gref;
};
typedef struct netif_rx_request netif_rx_request_t;

/* netif_rx_response.flags (bit numbers _X, masks X). */
/* the data was checked against its checksum */
#define _NETRXF_data_validated (0)
#define  NETRXF_data_validated (1U<<_NETRXF_data_validated)
/* the checksum is not filled in (offloaded) */
#define _NETRXF_csum_blank     (1)
#define  NETRXF_csum_blank     (1U<<_NETRXF_csum_blank)
/* the packet goes on in the next slot */
#define _NETRXF_more_data      (2)
#define  NETRXF_more_data      (1U<<_NETRXF_more_data)
/* netif_extra_info slots follow */
#define _NETRXF_extra_info     (3)
#define  NETRXF_extra_info     (1U<<_NETRXF_extra_info)
/* old GSO scheme: this slot holds only a GSO prefix (kept for old peers) */
#define _NETRXF_gso_prefix     (4)
#define  NETRXF_gso_prefix     (1U<<_NETRXF_gso_prefix)

/* A received packet, or a piece of one. */
struct netif_rx_response {
    uint16_t id;                /* the request's */
    uint16_t offset;            /* of the data in the page */
    uint16_t flags;             /* NETRXF_* */
    int16_t  status;            /* bytes received, or a negative NETIF_RSP_* */
};
typedef struct netif_rx_response netif_rx_response_t;

/* The transmit and receive rings. */
DEFINE_RING_TYPES(netif_tx, struct netif_tx_request, struct netif_tx_response);
DEFINE_RING_TYPES(netif_rx, struct netif_rx_request, struct netif_rx_response);

/* Response status values. */
#define NETIF_RSP_DROPPED         -2
#define NETIF_RSP_ERROR           -1
#define NETIF_RSP_OKAY             0
/* no response: the slot was an auxiliary one (extra info) */
#define NETIF_RSP_NULL             1

#endif /* XEN_PUBLIC_IO_NETIF_H */
