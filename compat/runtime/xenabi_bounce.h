/* SPDX-License-Identifier: MIT */
/*
 * xenabi bounce runtime: moves the buffers of one hypercall into
 * hypercall-safe memory and back.  Hand-written, static inline, no globals.
 *
 * A process that issues hypercalls (through privcmd or a similar driver)
 * cannot give Xen pointers to its ordinary memory: pages may be swapped
 * out, moved or not yet faulted in.  It provides a pool of memory that is
 * safe (locked, pre-faulted: how is the caller's business) and, around each
 * hypercall:
 *
 *     const struct xenabi_bounce_op *op = xenabi_bounce_lookup(nr, args[0]);
 *     rc = xenabi_bounce_in(op, args, &pool, &state);   // args now point into the pool
 *     ... issue the hypercall with args ...
 *     xenabi_bounce_out(&state);                         // results back to the caller's buffers
 *     pool.used = 0;                                     // (or wherever it was before)
 *
 * The descriptors come from the generated xen/bounce/tables.h (which
 * includes this file): for each argument that points to memory, how many
 * elements of which size and which way they flow, and the guest handles
 * inside each element with their counts and directions.
 *
 * Guarantees:
 * - the caller's memory is only read by xenabi_bounce_in, and only within
 *   the declared extents; xenabi_bounce_out writes only the output and
 *   in/out extents, and never a handle slot of the caller's structures;
 * - counts are read once, from the copy in the pool (what Xen will see),
 *   and bounded against the pool room before any multiplication;
 * - on error nothing is written to the caller's memory or to args[], the
 *   pool's `used` is back where it was, and the result is a negative Xen
 *   errno value: -XENABI_E2BIG (pool or state too small, or a count too
 *   large), -XENABI_EFAULT (a NULL buffer with a non-zero count),
 *   -XENABI_EINVAL (bad parameters, or a handle whose extent the
 *   description does not give is set).
 */
#ifndef XENABI_BOUNCE_H
#define XENABI_BOUNCE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Xen's errno values (as in xenabi_compat.h; identical redefinitions are harmless). */
#define XENABI_E2BIG 7
#define XENABI_EFAULT 14
#define XENABI_EINVAL 22

/* Directions, seen from Xen: IN is read by Xen, OUT is written by Xen. */
#define XENABI_BOUNCE_IN 1
#define XENABI_BOUNCE_OUT 2
#define XENABI_BOUNCE_INOUT 3

/* Alignment of every buffer placed in the pool (absolute address). */
#ifndef XENABI_BOUNCE_ALIGN
#define XENABI_BOUNCE_ALIGN 16
#endif

/* How many copies (argument buffers and handles) one call may record. */
#ifndef XENABI_BOUNCE_MAX
#define XENABI_BOUNCE_MAX 64
#endif
#if XENABI_BOUNCE_MAX > 65535
#error "XENABI_BOUNCE_MAX: a copy names its parent in 16 bits"
#endif

/*
 * Generated functions over one element of an argument, as it sits in the
 * pool: `count` gives the number of elements behind a handle (or in a
 * trailing flexible array), `live` whether a handle in a union arm is the
 * arm in use.  args[] are the six hypercall arguments as the caller passed
 * them.
 */
typedef uint64_t (*xenabi_bounce_count_fn)(const void *rec, const uint64_t *args);
typedef int (*xenabi_bounce_live_fn)(const void *rec, const uint64_t *args);

/* A guest handle inside each element of an argument buffer. */
struct xenabi_bounce_handle {
    uint32_t offset;                /* of the handle in the element */
    uint32_t size;                  /* of the handle: a pointer, or 8 bytes (XEN_GUEST_HANDLE_64) */
    uint8_t dir;                    /* XENABI_BOUNCE_IN / OUT / INOUT */
    uint32_t elem_size;             /* of one element it points to */
    xenabi_bounce_count_fn count;   /* NULL: extent unknown; a live, set handle is refused */
    xenabi_bounce_live_fn live;     /* NULL: always in use */
    const char *name;               /* member path, for messages */
};

/* An argument that points to memory: count elements of elem_size bytes. */
struct xenabi_bounce_arg {
    uint8_t arg;                    /* which argument holds the address: 1 to 6 */
    uint8_t dir;
    uint8_t count_arg;              /* 1 to 6: that argument is the count; 0: `count` */
    uint64_t count;
    uint32_t elem_size;
    /* A single structure ending in a counted flexible array: the array has
     * tail(structure) elements of tail_elem_size bytes from tail_offset. */
    xenabi_bounce_count_fn tail;
    uint32_t tail_offset;
    uint32_t tail_elem_size;
    const struct xenabi_bounce_handle *handles;    /* inside each element */
    uint32_t nr_handles;
    const char *name;
};

/* One (hypercall, sub-op) or one hypercall without sub-ops. */
struct xenabi_bounce_op {
    const char *name;               /* "memory_op/XENMEM_exchange" */
    uint64_t op;                    /* __HYPERVISOR_* */
    uint64_t subop;
    uint8_t has_subop;
    uint8_t subop_arg;              /* which argument holds the sub-op (1 to 6), 0: none */
    uint8_t nr_args;
    const struct xenabi_bounce_arg *args;
};

/* Caller-provided hypercall-safe memory; bounce_in places buffers from `used` on. */
struct xenabi_bounce_pool {
    void *base;
    size_t size;
    size_t used;
};

/* What bounce_in did, so that bounce_out can undo it. */
struct xenabi_bounce_copy {
    void *user;                     /* the caller's buffer (NULL for an unset handle) */
    void *pool;                     /* its copy in the pool */
    size_t len;                     /* bytes of both */
    uint8_t dir;
    uint8_t is_handle;
    uint16_t parent;                /* a handle: the copy of the argument holding it */
    uint32_t slot_size;             /* a handle: its size ... */
    size_t slot;                    /* ... and offset inside the parent's copy */
};

struct xenabi_bounce_state {
    unsigned int nr;
    struct xenabi_bounce_copy copies[XENABI_BOUNCE_MAX];
};

/* ---- saturating arithmetic for the generated count functions --------------
 * A count too large to be real stays too large (UINT64_MAX) instead of
 * wrapping around to a small number: bounce_in then refuses it. */
static inline uint64_t xenabi_bounce_add(uint64_t a, uint64_t b)
{
    return a > UINT64_MAX - b ? UINT64_MAX : a + b;
}

static inline uint64_t xenabi_bounce_sub(uint64_t a, uint64_t b)
{
    return a > b ? a - b : 0;
}

static inline uint64_t xenabi_bounce_mul(uint64_t a, uint64_t b)
{
    return b != 0 && a > UINT64_MAX / b ? UINT64_MAX : a * b;
}

static inline uint64_t xenabi_bounce_div(uint64_t a, uint64_t b)
{
    return b != 0 ? a / b : UINT64_MAX;
}

static inline uint64_t xenabi_bounce_mod(uint64_t a, uint64_t b)
{
    return b != 0 ? a % b : 0;
}

static inline uint64_t xenabi_bounce_shl(uint64_t a, uint64_t b)
{
    if (a == 0)
        return 0;
    return b >= 64 || a > (UINT64_MAX >> b) ? UINT64_MAX : a << b;
}

static inline uint64_t xenabi_bounce_shr(uint64_t a, uint64_t b)
{
    return b >= 64 ? 0 : a >> b;
}

/* Elements of elem_size bytes needed for a bit string of `bits` bits. */
static inline uint64_t xenabi_bounce_bits(uint64_t bits, uint64_t elem_size)
{
    uint64_t per = elem_size * 8;

    return bits / per + (bits % per != 0);
}

/* ---- the pool --------------------------------------------------------------- */

/* Reserve n elements of elem_size bytes (aligned); *at is where they start.
 * n is checked against the room left before it is multiplied. */
static inline int xenabi_bounce_reserve(struct xenabi_bounce_pool *pool, uint64_t n, uint64_t elem_size,
                                        unsigned char **at)
{
    size_t start = pool->used;
    size_t pad = (size_t)((uintptr_t)((unsigned char *)pool->base + start) % XENABI_BOUNCE_ALIGN);
    size_t room;

    pad = pad ? XENABI_BOUNCE_ALIGN - pad : 0;
    if (pad > pool->size - start)
        return -XENABI_E2BIG;
    start += pad;
    room = pool->size - start;
    if (elem_size != 0 && n > room / elem_size)
        return -XENABI_E2BIG;
    *at = (unsigned char *)pool->base + start;
    pool->used = start + (size_t)(n * elem_size);
    return 0;
}

static inline int xenabi_bounce_record(struct xenabi_bounce_state *st, struct xenabi_bounce_copy **c)
{
    if (st->nr >= XENABI_BOUNCE_MAX)
        return -XENABI_E2BIG;
    *c = &st->copies[st->nr++];
    memset(*c, 0, sizeof(**c));
    return 0;
}

/* The address a handle holds: its pointer member sits at offset 0 on every
 * profile (an 8-byte handle of a 32-bit build has it in the low half). */
static inline void *xenabi_bounce_get_handle(const unsigned char *slot)
{
    void *p;

    memcpy(&p, slot, sizeof(p));
    return p;
}

static inline void xenabi_bounce_set_handle(unsigned char *slot, uint32_t size, void *p)
{
    memset(slot, 0, size);
    memcpy(slot, &p, sizeof(p));
}

/* The handles of one element of an argument copied into the pool. */
static inline int xenabi_bounce_handles_in(const struct xenabi_bounce_arg *d, unsigned char *elem,
                                           unsigned int parent, const uint64_t *args,
                                           struct xenabi_bounce_pool *pool, struct xenabi_bounce_state *st)
{
    unsigned char *base = (unsigned char *)st->copies[parent].pool;
    uint32_t i;
    int rc;

    for (i = 0; i < d->nr_handles; i++) {
        const struct xenabi_bounce_handle *h = &d->handles[i];
        unsigned char *slot = elem + h->offset, *copy;
        struct xenabi_bounce_copy *c;
        uint64_t n;
        void *user;

        if (h->size < sizeof(void *) || h->size > 8 || h->offset + h->size > d->elem_size)
            return -XENABI_EINVAL;
        if (h->live != NULL && !h->live(elem, args))
            continue;
        user = xenabi_bounce_get_handle(slot);
        if (h->count == NULL) {
            if (user != NULL)
                return -XENABI_EINVAL;      /* how much Xen would touch is unknown */
            n = 0;
        } else {
            n = h->count(elem, args);
        }
        if (n != 0 && user == NULL)
            return -XENABI_EFAULT;
        /* handles must come in ascending, non-overlapping order (copy-back
         * walks them so); the generated tables list them so */
        if (st->nr > parent + 1) {
            const struct xenabi_bounce_copy *prev = &st->copies[st->nr - 1];

            if (prev->is_handle && prev->parent == parent &&
                (size_t)(slot - base) < prev->slot + prev->slot_size)
                return -XENABI_EINVAL;
        }
        if ((rc = xenabi_bounce_record(st, &c)) != 0)
            return rc;
        c->is_handle = 1;
        c->parent = (uint16_t)parent;
        c->slot = (size_t)(slot - base);
        c->slot_size = h->size;
        c->dir = h->dir;
        c->user = user;
        if (user == NULL)
            continue;                       /* unset and empty: stays NULL */
        if (n == 0) {
            /* set but empty: point into the pool, at nothing */
            c->pool = (unsigned char *)pool->base + pool->used;
        } else {
            if ((rc = xenabi_bounce_reserve(pool, n, h->elem_size, &copy)) != 0)
                return rc;
            c->pool = copy;
            c->len = (size_t)(n * h->elem_size);
            if (h->dir & XENABI_BOUNCE_IN)
                memcpy(copy, user, c->len);
            else
                memset(copy, 0, c->len);
        }
        xenabi_bounce_set_handle(slot, h->size, c->pool);
    }
    return 0;
}

/* One argument buffer (and the handles inside it) into the pool; out[] gets
 * its new address. */
static inline int xenabi_bounce_arg_in(const struct xenabi_bounce_arg *d, const uint64_t *args, uint64_t *out,
                                       struct xenabi_bounce_pool *pool, struct xenabi_bounce_state *st)
{
    void *user;
    uint64_t n, k;
    unsigned char *copy;
    struct xenabi_bounce_copy *c;
    unsigned int me;
    size_t len;
    int rc;

    if (d->arg < 1 || d->arg > 6 || d->count_arg > 6 || d->elem_size == 0)
        return -XENABI_EINVAL;
    user = (void *)(uintptr_t)args[d->arg - 1];
    n = d->count_arg ? args[d->count_arg - 1] : d->count;
    if (n == 0) {
        if (user != NULL)                   /* set but empty: point into the pool, at nothing */
            out[d->arg - 1] = (uint64_t)(uintptr_t)((unsigned char *)pool->base + pool->used);
        return 0;
    }
    if (user == NULL)
        return -XENABI_EFAULT;
    if ((rc = xenabi_bounce_reserve(pool, n, d->elem_size, &copy)) != 0)
        return rc;
    len = (size_t)(n * d->elem_size);
    if (d->dir & XENABI_BOUNCE_IN)
        memcpy(copy, user, len);
    else
        memset(copy, 0, len);
    if (d->tail != NULL && n == 1 && (d->dir & XENABI_BOUNCE_IN)) {
        /* a trailing flexible array: its length comes from the copy just
         * made, and only the bytes after the fixed part are read now */
        uint64_t t = d->tail(copy, args);
        size_t room = pool->size - (size_t)(copy - (unsigned char *)pool->base);

        if (d->tail_offset > d->elem_size || d->tail_elem_size == 0)
            return -XENABI_EINVAL;
        if (t > (room - d->tail_offset) / d->tail_elem_size)
            return -XENABI_E2BIG;
        if (d->tail_offset + (size_t)(t * d->tail_elem_size) > len) {
            len = d->tail_offset + (size_t)(t * d->tail_elem_size);
            memcpy(copy + d->elem_size, (unsigned char *)user + d->elem_size, len - d->elem_size);
            pool->used = (size_t)(copy - (unsigned char *)pool->base) + len;
        }
    }
    if ((rc = xenabi_bounce_record(st, &c)) != 0)
        return rc;
    me = st->nr - 1;
    c->user = user;
    c->pool = copy;
    c->len = len;
    c->dir = d->dir;
    /* an output-only buffer holds nothing of the caller's: no handles to follow */
    if (d->nr_handles != 0 && (d->dir & XENABI_BOUNCE_IN)) {
        for (k = 0; k < n; k++) {
            rc = xenabi_bounce_handles_in(d, copy + k * d->elem_size, me, args, pool, st);
            if (rc != 0)
                return rc;
        }
    }
    out[d->arg - 1] = (uint64_t)(uintptr_t)copy;
    return 0;
}

/*
 * Copy the buffers of one call into the pool and point args[] (and the
 * handles inside the copies) at them.  args[] are the six arguments of the
 * hypercall `op` describes; only the ones holding buffers change, and only
 * on success.  The state is reset; give it to xenabi_bounce_out after the
 * hypercall.
 */
static inline int xenabi_bounce_in(const struct xenabi_bounce_op *op, uint64_t args[6],
                                   struct xenabi_bounce_pool *pool, struct xenabi_bounce_state *st)
{
    uint64_t out[6];
    size_t used;
    unsigned int i;
    int rc = 0;

    if (op == NULL || args == NULL || pool == NULL || st == NULL || pool->used > pool->size ||
        (pool->base == NULL && pool->size != 0) || (op->nr_args != 0 && op->args == NULL))
        return -XENABI_EINVAL;
    st->nr = 0;
    used = pool->used;
    memcpy(out, args, sizeof(out));
    for (i = 0; i < op->nr_args && rc == 0; i++)
        rc = xenabi_bounce_arg_in(&op->args[i], args, out, pool, st);
    if (rc != 0) {
        pool->used = used;                  /* nothing of it is kept */
        st->nr = 0;
        return rc;
    }
    memcpy(args, out, sizeof(out));
    return 0;
}

/*
 * After the hypercall: copy what Xen wrote (output and in/out buffers) back
 * to the caller's buffers.  An argument structure is copied around its
 * handles, so the caller's structure keeps its own handle values.
 */
static inline int xenabi_bounce_out(const struct xenabi_bounce_state *st)
{
    unsigned int i, j;

    if (st == NULL || st->nr > XENABI_BOUNCE_MAX)
        return -XENABI_EINVAL;
    for (i = 0; i < st->nr; i++) {
        const struct xenabi_bounce_copy *c = &st->copies[i];
        size_t pos = 0;

        if (!(c->dir & XENABI_BOUNCE_OUT) || c->len == 0)
            continue;
        if (c->is_handle) {
            memcpy(c->user, c->pool, c->len);
            continue;
        }
        for (j = i + 1; j < st->nr; j++) {
            const struct xenabi_bounce_copy *h = &st->copies[j];

            if (!h->is_handle || h->parent != i)
                continue;
            memcpy((unsigned char *)c->user + pos, (const unsigned char *)c->pool + pos, h->slot - pos);
            pos = h->slot + h->slot_size;
        }
        memcpy((unsigned char *)c->user + pos, (const unsigned char *)c->pool + pos, c->len - pos);
    }
    return 0;
}

#endif /* XENABI_BOUNCE_H */
