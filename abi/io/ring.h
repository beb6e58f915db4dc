/* SPDX-License-Identifier: MIT */
/*
 * Split-driver rings: a page (or several) shared by a frontend and a
 * backend, holding a power-of-two array of slots.  The frontend produces
 * requests and consumes responses; the backend does the reverse.  Each
 * side also keeps a private structure of its own indexes.
 *
 * A protocol header declares its ring types with
 *     DEFINE_RING_TYPES(tag, request_type, response_type);
 * which gives union tag_sring_entry, struct tag_sring (the shared page),
 * struct tag_front_ring and struct tag_back_ring (each side's private
 * state), and the typedefs tag_sring_t, tag_front_ring_t, tag_back_ring_t.
 *
 * The RING_* macros below need uint8_t and friends; SHARED_RING_INIT needs
 * memset, the flexible-ring helpers grant_ref_t (and size_t and memcpy
 * with a compiler other than GCC or Clang), and every push or final check
 * needs the caller's xen_mb(), xen_rmb() and xen_wmb() (full, read and
 * write memory barriers between the two ends).
 */
#ifndef XEN_PUBLIC_IO_RING_H
#define XEN_PUBLIC_IO_RING_H

#include "../xen.h"
#include "../xen-compat.h"

/* Bound of trailing arrays in PV I/O records: 1 for old interfaces. */
#if __XEN_INTERFACE_VERSION__ < 0x00041300
#define XENPV_FLEX_ARRAY_DIM  1
#else
#define XENPV_FLEX_ARRAY_DIM  XEN_FLEX_ARRAY_DIM
#endif

#pragma xenabi verbatim begin
#if __XEN_INTERFACE_VERSION__ < 0x00030208
/* Old interfaces: the barriers are the operating system's own. */
#define xen_mb()  mb()
#define xen_rmb() rmb()
#define xen_wmb() wmb()
#endif
#pragma xenabi verbatim end

/* A free-running ring index; only its low bits select a slot. */
typedef unsigned int RING_IDX;

#pragma xenabi verbatim begin
/*
 * __RDn(x): the largest power of two not above x, for a constant x below
 * 2^n (0 stays 0).  Each level tests the upper half of its bits and
 * recurses into whichever half holds the highest set bit.
 */
#define __RD2(x)  (((x) & 0x00000002U) ? 0x2 : ((x) & 0x1))
#define __RD4(x)  (((x) & 0x0000000cU) ? __RD2((x) >> 2) << 2 : __RD2(x))
#define __RD8(x)  (((x) & 0x000000f0U) ? __RD4((x) >> 4) << 4 : __RD4(x))
#define __RD16(x) (((x) & 0x0000ff00U) ? __RD8((x) >> 8) << 8 : __RD8(x))
#define __RD32(x) (((x) & 0xffff0000U) ? __RD16((x) >> 16) << 16 : __RD16(x))

/*
 * Slots in a shared ring of _sz bytes: what is left after the header,
 * divided by the slot size and rounded down to a power of two.
 * __CONST_RING_SIZE takes the ring's tag (a constant expression, needs
 * offsetof); __RING_SIZE takes a pointer to the shared ring.
 */
#define __CONST_RING_SIZE(_s, _sz)                                          \
    (__RD32(((_sz) - offsetof(struct _s##_sring, ring)) /                   \
            sizeof(((struct _s##_sring *)0)->ring[0])))
#define __RING_SIZE(_s, _sz)                                                \
    (__RD32(((_sz) - (long)(_s)->ring + (long)(_s)) / sizeof((_s)->ring[0])))
#pragma xenabi verbatim end

/*
 * The ring types of one protocol.  The shared page starts with the four
 * indexes, a few bytes some protocols use for their own flags (pvt) and
 * padding to 64 bytes; the slots follow.  Each private structure points
 * at the shared page it was attached to.
 */
#define DEFINE_RING_TYPES(__name, __req_t, __rsp_t)                         \
                                                                            \
/* one slot: a request until the backend answers it in place */             \
__extension__ union __name##_sring_entry {                                  \
    __req_t req;                                                            \
    __rsp_t rsp;                                                            \
};                                                                          \
                                                                            \
/* the shared page */                                                       \
struct __name##_sring {                                                     \
    RING_IDX req_prod, req_event;                                           \
    RING_IDX rsp_prod, rsp_event;                                           \
    union {                                                                 \
        struct {                                                            \
            uint8_t smartpoll_active;                                       \
        } netif;                                                            \
        struct {                                                            \
            uint8_t msg;                                                    \
        } tapif_user;                                                       \
        uint8_t pvt_pad[4];                                                 \
    } pvt;                                                                  \
    uint8_t __pad[44];                                                      \
    __extension__ union __name##_sring_entry ring[XENPV_FLEX_ARRAY_DIM];    \
};                                                                          \
                                                                            \
/* the frontend's private indexes */                                        \
struct __name##_front_ring {                                                \
    RING_IDX req_prod_pvt;                                                  \
    RING_IDX rsp_cons;                                                      \
    unsigned int nr_ents;                                                   \
    XENABI_LOCAL_PTR(struct __name##_sring) sring;                          \
};                                                                          \
                                                                            \
/* the backend's private indexes */                                         \
struct __name##_back_ring {                                                 \
    RING_IDX rsp_prod_pvt;                                                  \
    RING_IDX req_cons;                                                      \
    unsigned int nr_ents;                                                   \
    XENABI_LOCAL_PTR(struct __name##_sring) sring;                          \
};                                                                          \
                                                                            \
typedef struct __name##_sring __name##_sring_t;                             \
typedef struct __name##_front_ring __name##_front_ring_t;                   \
typedef struct __name##_back_ring __name##_back_ring_t

#pragma xenabi verbatim begin
/*
 * Ring operations.  _r is a front or back ring, _s a shared ring.  They
 * take no locks and do no flow control: a frontend must not have more
 * than RING_SIZE() requests outstanding.
 */

/* Only the frontend initialises the shared page. */
#define SHARED_RING_INIT(_s) do {                                           \
    (_s)->req_prod = 0;                                                     \
    (_s)->rsp_prod = 0;                                                     \
    (_s)->req_event = 1;                                                    \
    (_s)->rsp_event = 1;                                                    \
    (void)memset((_s)->pvt.pvt_pad, 0, sizeof((_s)->pvt.pvt_pad));          \
    (void)memset((_s)->__pad, 0, sizeof((_s)->__pad));                      \
} while (0)

/* Attach a private ring to a shared ring of __size bytes at index _i. */
#define FRONT_RING_ATTACH(_r, _s, _i, __size) do {                          \
    (_r)->req_prod_pvt = (_i);                                              \
    (_r)->rsp_cons = (_i);                                                  \
    (_r)->nr_ents = __RING_SIZE(_s, __size);                                \
    (_r)->sring = (_s);                                                     \
} while (0)

#define BACK_RING_ATTACH(_r, _s, _i, __size) do {                           \
    (_r)->rsp_prod_pvt = (_i);                                              \
    (_r)->req_cons = (_i);                                                  \
    (_r)->nr_ents = __RING_SIZE(_s, __size);                                \
    (_r)->sring = (_s);                                                     \
} while (0)

#define FRONT_RING_INIT(_r, _s, __size) FRONT_RING_ATTACH(_r, _s, 0, __size)
#define BACK_RING_INIT(_r, _s, __size)  BACK_RING_ATTACH(_r, _s, 0, __size)

/* Initialise the shared page and attach the frontend to it. */
#define XEN_FRONT_RING_INIT(r, s, size) do {                                \
    SHARED_RING_INIT(s);                                                    \
    FRONT_RING_INIT(r, s, size);                                            \
} while (0)

/* Number of slots. */
#define RING_SIZE(_r) ((_r)->nr_ents)

/* Frontend: slots not holding an unanswered request. */
#define RING_FREE_REQUESTS(_r)                                              \
    (RING_SIZE(_r) - ((_r)->req_prod_pvt - (_r)->rsp_cons))

/* Frontend: no slot left for another request. */
#define RING_FULL(_r) (RING_FREE_REQUESTS(_r) == 0)

/* Frontend: responses published but not yet consumed. */
#define XEN_RING_NR_UNCONSUMED_RESPONSES(_r)                                \
    ((_r)->sring->rsp_prod - (_r)->rsp_cons)

/*
 * Backend: requests published but not yet consumed, capped by the slots
 * the backend has not yet answered (a bad frontend cannot push more).
 */
#ifdef __GNUC__
#define XEN_RING_NR_UNCONSUMED_REQUESTS(_r) ({                              \
    unsigned int req = (_r)->sring->req_prod - (_r)->req_cons;              \
    unsigned int rsp = RING_SIZE(_r) -                                      \
        ((_r)->req_cons - (_r)->rsp_prod_pvt);                              \
    req < rsp ? req : rsp;                                                  \
})
#else
#define XEN_RING_NR_UNCONSUMED_REQUESTS(_r)                                 \
    ((((_r)->sring->req_prod - (_r)->req_cons) <                            \
      (RING_SIZE(_r) - ((_r)->req_cons - (_r)->rsp_prod_pvt))) ?            \
     ((_r)->sring->req_prod - (_r)->req_cons) :                             \
     (RING_SIZE(_r) - ((_r)->req_cons - (_r)->rsp_prod_pvt)))
#endif

/* Define XEN_RING_HAS_UNCONSUMED_IS_BOOL to get 0/1 instead of counts. */
#ifdef XEN_RING_HAS_UNCONSUMED_IS_BOOL
#define RING_HAS_UNCONSUMED_RESPONSES(_r)                                   \
    (!!XEN_RING_NR_UNCONSUMED_RESPONSES(_r))
#define RING_HAS_UNCONSUMED_REQUESTS(_r)                                    \
    (!!XEN_RING_NR_UNCONSUMED_REQUESTS(_r))
#else
#define RING_HAS_UNCONSUMED_RESPONSES(_r) XEN_RING_NR_UNCONSUMED_RESPONSES(_r)
#define RING_HAS_UNCONSUMED_REQUESTS(_r)  XEN_RING_NR_UNCONSUMED_REQUESTS(_r)
#endif

/* Pointer to the slot of free-running index _idx, as a request/response. */
#define RING_GET_REQUEST(_r, _idx)                                          \
    (&((_r)->sring->ring[((_idx) & (RING_SIZE(_r) - 1))].req))
#define RING_GET_RESPONSE(_r, _idx)                                         \
    (&((_r)->sring->ring[((_idx) & (RING_SIZE(_r) - 1))].rsp))

/*
 * Copy a slot into *dest through a volatile read, so that the other end
 * cannot change what was checked after the check.  (GCC bug 58145 can
 * defeat this for a structure made of bit-fields only.)
 */
#define RING_COPY_(type, r, idx, dest) do {                                 \
    *(dest) = *(volatile __typeof__(dest))RING_GET_##type(r, idx);          \
} while (0)
#define RING_COPY_REQUEST(r, idx, req)  RING_COPY_(REQUEST, r, idx, req)
#define RING_COPY_RESPONSE(r, idx, rsp) RING_COPY_(RESPONSE, r, idx, rsp)

/* Backend: would consuming at _cons overrun the responses not yet made? */
#define RING_REQUEST_CONS_OVERFLOW(_r, _cons)                               \
    (((_cons) - (_r)->rsp_prod_pvt) >= RING_SIZE(_r))

/* Backend: does a frontend's producer index _prod claim too many requests? */
#define RING_REQUEST_PROD_OVERFLOW(_r, _prod)                               \
    (((_prod) - (_r)->rsp_prod_pvt) > RING_SIZE(_r))

/* Frontend: does a backend's producer index _prod claim too many responses? */
#define RING_RESPONSE_PROD_OVERFLOW(_r, _prod)                              \
    (((_prod) - (_r)->rsp_cons) > RING_SIZE(_r))

/* Publish the private producer index; the slots are written first. */
#define RING_PUSH_REQUESTS(_r) do {                                         \
    xen_wmb();                                                              \
    (_r)->sring->req_prod = (_r)->req_prod_pvt;                             \
} while (0)

#define RING_PUSH_RESPONSES(_r) do {                                        \
    xen_wmb();                                                              \
    (_r)->sring->rsp_prod = (_r)->rsp_prod_pvt;                             \
} while (0)

/*
 * Event hold-off.  The consumer stores in req_event (rsp_event) the index
 * whose arrival it wants to be told about.  A producer publishes, then
 * sets _notify when that index lies among the entries just published.  A
 * consumer about to sleep calls the final check: it asks for an event on
 * the next entry and looks again, so an entry published in between is
 * not missed; _work_to_do is non-zero when there is something to do.
 */
#define RING_PUSH_REQUESTS_AND_CHECK_NOTIFY(_r, _notify) do {               \
    RING_IDX __old = (_r)->sring->req_prod;                                 \
    RING_IDX __new = (_r)->req_prod_pvt;                                    \
    xen_wmb();                                                              \
    (_r)->sring->req_prod = __new;                                          \
    xen_mb();                                                               \
    (_notify) = ((RING_IDX)(__new - (_r)->sring->req_event) <               \
                 (RING_IDX)(__new - __old));                                \
} while (0)

#define RING_PUSH_RESPONSES_AND_CHECK_NOTIFY(_r, _notify) do {              \
    RING_IDX __old = (_r)->sring->rsp_prod;                                 \
    RING_IDX __new = (_r)->rsp_prod_pvt;                                    \
    xen_wmb();                                                              \
    (_r)->sring->rsp_prod = __new;                                          \
    xen_mb();                                                               \
    (_notify) = ((RING_IDX)(__new - (_r)->sring->rsp_event) <               \
                 (RING_IDX)(__new - __old));                                \
} while (0)

#define RING_FINAL_CHECK_FOR_REQUESTS(_r, _work_to_do) do {                 \
    (_work_to_do) = RING_HAS_UNCONSUMED_REQUESTS(_r);                       \
    if (_work_to_do)                                                        \
        break;                                                              \
    (_r)->sring->req_event = (_r)->req_cons + 1;                            \
    xen_mb();                                                               \
    (_work_to_do) = RING_HAS_UNCONSUMED_REQUESTS(_r);                       \
} while (0)

#define RING_FINAL_CHECK_FOR_RESPONSES(_r, _work_to_do) do {                \
    (_work_to_do) = RING_HAS_UNCONSUMED_RESPONSES(_r);                      \
    if (_work_to_do)                                                        \
        break;                                                              \
    (_r)->sring->rsp_event = (_r)->rsp_cons + 1;                            \
    xen_mb();                                                               \
    (_work_to_do) = RING_HAS_UNCONSUMED_RESPONSES(_r);                      \
} while (0)
#pragma xenabi verbatim end

/*
 * Byte-stream ("flex") rings: two one-way byte rings, in and out, each
 * half of a buffer of 2^order pages, with their indexes in a separate
 * shared page.  Ring pages are 4 KiB whatever the guest's page size.
 */
#ifndef XEN_PAGE_SHIFT
#define XEN_PAGE_SHIFT 12
#endif

#pragma xenabi verbatim begin
/* Bytes in one of the two rings of a buffer of 2^order pages. */
#define XEN_FLEX_RING_SIZE(order)                                           \
    (1UL << ((order) + XEN_PAGE_SHIFT - 1))

/*
 * What the flex-ring helpers are built from.  C89 has no inline keyword
 * (GNU compilers take __inline__ in every mode); GNU compilers also name
 * size_t and memcpy themselves, so the helpers compile in a freestanding
 * unit.  Any other compiler needs size_t and memcpy from the includer
 * (<string.h>).
 */
#if defined(__cplusplus) || (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L)
#define __XEN_FLEX_RING_INLINE  static inline
#elif defined(__GNUC__)
#define __XEN_FLEX_RING_INLINE  static __inline__
#else
#define __XEN_FLEX_RING_INLINE  static
#endif
#ifdef __GNUC__
#define __XEN_FLEX_RING_SIZE_T  __SIZE_TYPE__
#define __XEN_FLEX_RING_MEMCPY  __builtin_memcpy
#else
#define __XEN_FLEX_RING_SIZE_T  size_t
#define __XEN_FLEX_RING_MEMCPY  memcpy
#endif

/*
 * The helper functions of DEFINE_XEN_FLEX_RING(name), for byte rings of
 * ring_size bytes (a power of two):
 *   name##_mask(idx, size)      the offset of free-running index idx;
 *   name##_get_ring_ptr(buf, idx, size)  the byte at that offset;
 *   name##_read_packet(opaque, buf, size, masked_prod, &masked_cons, ring_size)
 *                               copy size bytes out, wrapping at the end,
 *                               and advance masked_cons;
 *   name##_write_packet(buf, opaque, size, &masked_prod, masked_cons, ring_size)
 *                               copy size bytes in, likewise;
 *   name##_queued(prod, cons, size)  bytes waiting to be read.
 */
#define __XEN_FLEX_RING_FUNCTIONS(name)                                     \
__XEN_FLEX_RING_INLINE RING_IDX name##_mask(RING_IDX idx,                   \
                                            RING_IDX ring_size)             \
{                                                                           \
    return idx & (ring_size - 1);                                           \
}                                                                           \
                                                                            \
__XEN_FLEX_RING_INLINE unsigned char *name##_get_ring_ptr(                  \
    unsigned char *buf, RING_IDX idx, RING_IDX ring_size)                   \
{                                                                           \
    return buf + name##_mask(idx, ring_size);                               \
}                                                                           \
                                                                            \
__XEN_FLEX_RING_INLINE void name##_read_packet(void *opaque,                \
                                               const unsigned char *buf,    \
                                               __XEN_FLEX_RING_SIZE_T size, \
                                               RING_IDX masked_prod,        \
                                               RING_IDX *masked_cons,       \
                                               RING_IDX ring_size)          \
{                                                                           \
    RING_IDX tail = ring_size - *masked_cons;                               \
                                                                            \
    if (*masked_cons < masked_prod || size <= tail) {                       \
        __XEN_FLEX_RING_MEMCPY(opaque, buf + *masked_cons, size);           \
    } else {                                                                \
        __XEN_FLEX_RING_MEMCPY(opaque, buf + *masked_cons, tail);           \
        __XEN_FLEX_RING_MEMCPY((unsigned char *)opaque + tail, buf,         \
                               size - tail);                                \
    }                                                                       \
    *masked_cons = name##_mask(*masked_cons + size, ring_size);             \
}                                                                           \
                                                                            \
__XEN_FLEX_RING_INLINE void name##_write_packet(unsigned char *buf,         \
                                                const void *opaque,         \
                                                __XEN_FLEX_RING_SIZE_T size,\
                                                RING_IDX *masked_prod,      \
                                                RING_IDX masked_cons,       \
                                                RING_IDX ring_size)         \
{                                                                           \
    RING_IDX tail = ring_size - *masked_prod;                               \
                                                                            \
    if (*masked_prod < masked_cons || size <= tail) {                       \
        __XEN_FLEX_RING_MEMCPY(buf + *masked_prod, opaque, size);           \
    } else {                                                                \
        __XEN_FLEX_RING_MEMCPY(buf + *masked_prod, opaque, tail);           \
        __XEN_FLEX_RING_MEMCPY(buf, (const unsigned char *)opaque + tail,   \
                               size - tail);                                \
    }                                                                       \
    *masked_prod = name##_mask(*masked_prod + size, ring_size);             \
}                                                                           \
                                                                            \
__XEN_FLEX_RING_INLINE RING_IDX name##_queued(RING_IDX prod,                \
                                              RING_IDX cons,                \
                                              RING_IDX ring_size)           \
{                                                                           \
    if (prod == cons)                                                       \
        return 0;                                                           \
    prod = name##_mask(prod, ring_size);                                    \
    cons = name##_mask(cons, ring_size);                                    \
    if (prod == cons)                                                       \
        return ring_size;       /* full */                                  \
    return prod > cons ? prod - cons : ring_size - (cons - prod);           \
}
#pragma xenabi verbatim end

/* Only xenabi's generator, which skips the region above, gets here. */
#ifndef __XEN_FLEX_RING_FUNCTIONS
#define __XEN_FLEX_RING_FUNCTIONS(name)
#endif

/*
 * DEFINE_XEN_FLEX_RING(name): the helpers above and struct name##_data,
 * one end's local addresses of the two rings (the in ring is the first
 * half of the buffer, the out ring the second).
 */
#define DEFINE_XEN_FLEX_RING(name)                                          \
__XEN_FLEX_RING_FUNCTIONS(name)                                             \
                                                                            \
struct name##_data {                                                        \
    XENABI_LOCAL_PTR(unsigned char) in;                                     \
    XENABI_LOCAL_PTR(unsigned char) out;                                    \
}

/*
 * DEFINE_XEN_FLEX_RING_AND_INTF(name) adds struct name##_data_intf, the
 * shared index page: each ring's consumer and producer index on its own
 * cache line, the buffer's order and the grant references of its
 * 2^ring_order pages.
 */
#define DEFINE_XEN_FLEX_RING_AND_INTF(name)                                 \
struct name##_data_intf {                                                   \
    RING_IDX in_cons, in_prod;                                              \
                                                                            \
    uint8_t pad1[56];                                                       \
                                                                            \
    RING_IDX out_cons, out_prod;                                            \
                                                                            \
    uint8_t pad2[56];                                                       \
                                                                            \
    RING_IDX ring_order;                                                    \
    __extension__ grant_ref_t ref[XEN_FLEX_ARRAY_DIM];                      \
};                                                                          \
DEFINE_XEN_FLEX_RING(name)

#endif /* XEN_PUBLIC_IO_RING_H */
