/* SPDX-License-Identifier: MIT */
/*
 * The xenstore wire protocol: every message, on the socket to xenstored or
 * on a domain's shared xenstore page, is an xsd_sockmsg header followed by
 * len bytes of payload (mostly NUL-terminated strings).  Errors come back
 * as XS_ERROR with the errno name as the payload.
 */
#ifndef XEN_PUBLIC_IO_XS_WIRE_H
#define XEN_PUBLIC_IO_XS_WIRE_H

/* xsd_sockmsg.type: the operation, or XS_WATCH_EVENT / XS_ERROR replies. */
enum xsd_sockmsg_type
{
    XS_CONTROL,
/* old name of XS_CONTROL */
#define XS_DEBUG XS_CONTROL
    XS_DIRECTORY,
    XS_READ,
    XS_GET_PERMS,
    XS_WATCH,
    XS_UNWATCH,
    XS_TRANSACTION_START,
    XS_TRANSACTION_END,
    XS_INTRODUCE,
    XS_RELEASE,
    XS_GET_DOMAIN_PATH,
    XS_WRITE,
    XS_MKDIR,
    XS_RM,
    XS_SET_PERMS,
    XS_WATCH_EVENT,
    XS_ERROR,
    XS_IS_DOMAIN_INTRODUCED,
    XS_RESUME,
    XS_SET_TARGET,
    /* one number (the withdrawn XS_RESTRICT) stays unused */
    XS_RESET_WATCHES = XS_SET_TARGET + 2,
    XS_DIRECTORY_PART,
    XS_GET_FEATURE,
    XS_SET_FEATURE,
    XS_GET_QUOTA,
    XS_SET_QUOTA,

    XS_TYPE_COUNT,      /* one more than the last valid type */

    XS_INVALID = 0xffff /* never a valid type */
};

/* An errno value and its name, as XS_ERROR carries it. */
struct xsd_errors
{
    int errnum;
    XENABI_LOCAL_PTR(const char) errstring;
};

#pragma xenabi verbatim begin
/*
 * With <errno.h> included first: the table of the errno names xenstored
 * may send, in protocol order (new ones are only ever appended).
 */
#ifdef EINVAL
#define XSD_ERROR(x) { x, #x }
static const struct xsd_errors xsd_errors[]
#if defined(__GNUC__)
__attribute__((unused))
#endif
    = {
    XSD_ERROR(EINVAL),
    XSD_ERROR(EACCES),
    XSD_ERROR(EEXIST),
    XSD_ERROR(EISDIR),
    XSD_ERROR(ENOENT),
    XSD_ERROR(ENOMEM),
    XSD_ERROR(ENOSPC),
    XSD_ERROR(EIO),
    XSD_ERROR(ENOTEMPTY),
    XSD_ERROR(ENOSYS),
    XSD_ERROR(EROFS),
    XSD_ERROR(EBUSY),
    XSD_ERROR(EAGAIN),
    XSD_ERROR(EISCONN),
    XSD_ERROR(E2BIG),
    XSD_ERROR(EPERM),
};
#endif
#pragma xenabi verbatim end

/* The header of every message; the payload follows it. */
struct xsd_sockmsg
{
    uint32_t type;      /* an xsd_sockmsg_type */
    uint32_t req_id;    /* chosen by the client, echoed in the reply */
    uint32_t tx_id;     /* transaction, 0 for none */
    uint32_t len;       /* payload bytes */
};

/* The strings of an XS_WATCH_EVENT payload, in this order. */
enum xs_watch_type
{
    XS_WATCH_PATH = 0,
    XS_WATCH_TOKEN
};

/*
 * The shared xenstore page of a domain: two byte rings, requests to
 * xenstored and its replies (with watch events), with free-running
 * indexes.
 */
#define XENSTORE_RING_SIZE 1024
typedef uint32_t XENSTORE_RING_IDX;
#pragma xenabi verbatim begin
#define MASK_XENSTORE_IDX(idx) ((idx) & (XENSTORE_RING_SIZE-1))
#pragma xenabi verbatim end
/* The xenstore page: it may grow into its unused tail (features both ends agree on). */
#pragma xenabi page
struct xenstore_domain_interface {
    char req[XENSTORE_RING_SIZE];   /* to xenstored */
    char rsp[XENSTORE_RING_SIZE];   /* from xenstored */
    XENSTORE_RING_IDX req_cons, req_prod;
    XENSTORE_RING_IDX rsp_cons, rsp_prod;
    uint32_t server_features;       /* XENSTORE_SERVER_FEATURE_*, set by the server */
    uint32_t connection;            /* XENSTORE_CONNECTED or _RECONNECT */
    uint32_t error;                 /* XENSTORE_ERROR_* */
    uint32_t evtchn_port;
};

/* Largest payload of a message (larger ones break the connection). */
#define XENSTORE_PAYLOAD_MAX 4096

/* Longest absolute and relative paths (longer ones get an error). */
#define XENSTORE_ABS_PATH_MAX 3072
#define XENSTORE_REL_PATH_MAX 2048

/* server_features bits */
#define XENSTORE_SERVER_FEATURE_RECONNECTION 1  /* the ring can be reset */
#define XENSTORE_SERVER_FEATURE_ERROR        2  /* the error field is used */
#define XENSTORE_SERVER_FEATURE_WATCHDEPTH   4  /* XS_WATCH takes a depth */
#define XENSTORE_SERVER_FEATURE_DOMID_ANY    8  /* DOMID_ANY in permissions */

/* connection values */
#define XENSTORE_CONNECTED 0    /* normal operation */
#define XENSTORE_RECONNECT 1    /* a reset is in progress */

/* error values */
#define XENSTORE_ERROR_NONE    0
#define XENSTORE_ERROR_COMM    1    /* communication failed */
#define XENSTORE_ERROR_RINGIDX 2    /* an index was out of range */
#define XENSTORE_ERROR_PROTO   3    /* the protocol was broken (payload too long) */

#endif /* XEN_PUBLIC_IO_XS_WIRE_H */
