/* SPDX-License-Identifier: MIT */
/*
 * xenabi compat runtime: the few definitions the generated translators in
 * compat/include/xen/compat/ rely on.  Hand-written, small, no globals.
 *
 * A translator converts one structure between the 32-bit guest layout
 * (x86_32, "compat") and the hypervisor's native 64-bit layout:
 *   xlat_<name>_from_compat(native *dst, const compat *src, ctx)
 *   xlat_<name>_to_compat(compat *dst, const native *src, ctx)
 * Both return 0 or a negative Xen errno value.
 */
#ifndef XENABI_COMPAT_H
#define XENABI_COMPAT_H

/* Two environments.  Inside the hypervisor (__XEN__): no libc; the integer
 * types, NULL, memcpy and memset are Xen's own.  Elsewhere (a toolstack, a
 * kernel's tests, this project's tests): the tools view of the public
 * headers (__XEN_TOOLS__) and the C library's headers.  Both views declare
 * the records the translators convert with the same layouts. */
#if defined(__XEN__)
#include <xen/types.h>
#include <xen/string.h>
#elif defined(__XEN_TOOLS__)
#include <stdint.h>
#include <string.h>
#else
#error "xenabi compat layer: define __XEN__ (hypervisor) or __XEN_TOOLS__ before including the public and compat headers"
#endif

/* Xen's errno values (public/errno.h). */
#define XENABI_E2BIG 7
#define XENABI_EFAULT 14
#define XENABI_EINVAL 22
#define XENABI_ERANGE 34
#define XENABI_ENOTTY 25            /* Linux: no such ioctl */
#define XENABI_ENOSYS 38            /* no such hypercall or sub-operation */

/* Scalars of the 32-bit guest layout, usable in a 64-bit build. */
typedef uint32_t compat_ulong_t;          /* xen_ulong_t, unsigned long */
typedef int32_t compat_long_t;            /* xen_long_t, long */
typedef uint32_t compat_pfn_t;            /* xen_pfn_t */
typedef uint32_t compat_handle_t;         /* XEN_GUEST_HANDLE(T): a 32-bit guest address */
typedef uint32_t compat_ptr_t;            /* a raw 32-bit guest pointer */
/* x86_32 aligns 8-byte scalars to 4 inside records; a typedef may lower
 * the alignment, a member attribute may not. */
typedef uint64_t __attribute__((__aligned__(4))) compat_uint64_t;
typedef int64_t __attribute__((__aligned__(4))) compat_int64_t;

/* One array translated through the scratch area (see xenabi_array_begin). */
struct xenabi_xlat_array {
    uint64_t gaddr;             /* the guest's array (a 32-bit guest address) */
    uint64_t start;             /* first element translated */
    uint64_t todo;              /* elements translated, from start on */
    void *native;               /* their native copy, inside the scratch area */
};

#define XENABI_MAX_ARRAYS 8

/*
 * Translation context.  Everything a translator needs beyond the two
 * structures is here; there is no hidden state.
 *   sel, sel_valid     a union selector computed by an enclosing record for
 *                      a union inside a member record (generated code sets
 *                      and clears it)
 *   arg[]              hypercall arguments, for annotations naming argN
 *   subop, subop_valid the sub-operation being served: copy-back writes the
 *                      members whose `dir` names it (or names no sub-op)
 *   copy_from_guest,   the caller's guest-memory accessors: copy len bytes,
 *   copy_to_guest,     return 0 or -XENABI_EFAULT
 *   opaque             passed to the accessors
 *   scratch,           a caller-supplied area where arrays whose element
 *   scratch_size,      layout differs are translated; scratch_used grows as
 *   scratch_used       arrays are placed (8-aligned)
 *   start              continuation: the first element to translate (0, or
 *                      what a previous call returned)
 *   arrays[]           what from_compat placed, so that to_compat can
 *                      restore the guest address and copy results back
 */
struct xenabi_xlat_ctx {
    int64_t sel;
    int sel_valid;
    uint64_t arg[6];
    int64_t subop;              /* the sub-operation, for `dir ... SUBOP` annotations */
    int subop_valid;
    int (*copy_from_guest)(void *opaque, void *dst, uint64_t gaddr, size_t len);
    int (*copy_to_guest)(void *opaque, uint64_t gaddr, const void *src, size_t len);
    void *opaque;
    void *scratch;
    size_t scratch_size;
    size_t scratch_used;
    uint64_t start;
    unsigned int nr_arrays;
    struct xenabi_xlat_array arrays[XENABI_MAX_ARRAYS];
};

/* A 32-bit caller's user pointer as a native pointer.  A Linux driver
 * defines XENABI_COMPAT_PTR(ctx, v) as compat_ptr(v) before including the
 * generated headers; the default zero-extends, which is what compat_ptr does
 * on x86. */
#ifndef XENABI_COMPAT_PTR
#define XENABI_COMPAT_PTR(ctx, v) ((void *)(uintptr_t)(uint32_t)(v))
#endif

/*
 * Place the native copy of a guest array of `total` elements of `esize`
 * native bytes.  Translates from ctx->start on, as many elements as the
 * scratch area holds: *todo may be less than total - start (the caller
 * continues later); it is never more.  The count is bounded by the room left
 * before anything is multiplied.  Returns 0, -XENABI_EINVAL for a start past
 * the end or too many arrays, -XENABI_E2BIG when not one element fits.
 */
static inline int xenabi_array_begin(struct xenabi_xlat_ctx *ctx, uint64_t gaddr, uint64_t total,
                                     size_t esize, struct xenabi_xlat_array **out)
{
    struct xenabi_xlat_array *a;
    size_t off = (ctx->scratch_used + 7) & ~(size_t)7;
    uint64_t room = 0, todo;

    if (ctx->start > total || ctx->nr_arrays == XENABI_MAX_ARRAYS || esize == 0 ||
        total > (UINT64_MAX >> 4))     /* keeps every element offset from overflowing */
        return -XENABI_EINVAL;
    if (gaddr == 0) {
        /* A null list stays null: nothing is read or placed, and the count
         * is left as it is (Xen takes a null list where it has nothing to
         * return, and faults on one it has to read, as it would natively). */
        a = &ctx->arrays[ctx->nr_arrays++];
        a->gaddr = 0;
        a->start = ctx->start;
        a->todo = 0;
        a->native = NULL;
        *out = a;
        return 0;
    }
    if (ctx->scratch != NULL && off <= ctx->scratch_size)
        room = (ctx->scratch_size - off) / esize;
    todo = total - ctx->start;
    if (todo > room)
        todo = room;
    if (todo == 0 && total > ctx->start)
        return -XENABI_E2BIG;
    a = &ctx->arrays[ctx->nr_arrays++];
    a->gaddr = gaddr;
    a->start = ctx->start;
    a->todo = todo;
    /* An empty list keeps the caller's own address, widened as any guest
     * pointer is (nothing behind it is read or written): never an address
     * inside this context, which a driver would otherwise be handed. */
    a->native = todo ? (void *)((char *)ctx->scratch + off) : XENABI_COMPAT_PTR(ctx, gaddr);
    if (todo) {
        memset(a->native, 0, (size_t)todo * esize);
        ctx->scratch_used = off + (size_t)todo * esize;
    }
    *out = a;
    return 0;
}

/* Issues a hypercall with native arguments and returns its result: the
 * caller's way into the hypervisor, for the generated hypercall dispatcher
 * (xen/compat/hypercall.h). */
typedef long (*xenabi_hypercall_fn)(void *opaque, uint64_t op, const uint64_t args[5]);

/* What a driver gives the generated compat_ioctl dispatchers
 * (xen/compat/linux/<driver>_ioctl.h). */
struct xenabi_ioctl_ops {
    /* The driver's ioctl on an argument already in kernel memory, in the
     * native layout (a translated 32-bit argument). */
    long (*native)(void *drv, unsigned int cmd, void *karg);
    /* The driver's ordinary ioctl on the caller's own argument, for ioctls
     * whose argument has the same bytes for 32-bit and 64-bit callers. */
    long (*passthrough)(void *drv, unsigned int cmd, uint64_t uarg);
    /* The hypervisor entry, for PRIVCMD_HYPERCALL-style ioctls. */
    xenabi_hypercall_fn hypercall;
};

/* One row of a generated compat ioctl table. */
struct xenabi_compat_ioctl {
    unsigned int compat_cmd;    /* the number a 32-bit caller uses */
    unsigned int native_cmd;    /* the driver's own number */
    const char *name;
    long (*handler)(const struct xenabi_ioctl_ops *ops, void *drv, unsigned int native_cmd,
                    uint32_t arg, struct xenabi_xlat_ctx *ctx);
};

/* The handler of an ioctl whose argument has the same bytes for 32-bit and
 * 64-bit callers: the driver's ordinary ioctl, with the pointer widened. */
static inline long xenabi_ioctl_passthrough(const struct xenabi_ioctl_ops *ops, void *drv,
                                            unsigned int native_cmd, uint32_t arg,
                                            struct xenabi_xlat_ctx *ctx)
{
    (void)ctx;
    return ops->passthrough(drv, native_cmd, (uint64_t)(uintptr_t)XENABI_COMPAT_PTR(ctx, arg));
}

/* `size` bytes of the scratch area, zeroed and 16-aligned, for a native
 * argument structure the generated dispatchers build; NULL when the area is
 * too small (the dispatchers then return -E2BIG). */
static inline void *xenabi_scratch_alloc(struct xenabi_xlat_ctx *ctx, size_t size)
{
    size_t off = (ctx->scratch_used + 15) & ~(size_t)15;
    void *p;

    if (ctx->scratch == NULL || off > ctx->scratch_size || size > ctx->scratch_size - off)
        return NULL;
    p = (char *)ctx->scratch + off;
    memset(p, 0, size);
    ctx->scratch_used = off + size;
    return p;
}

static inline struct xenabi_xlat_array *xenabi_array_find(struct xenabi_xlat_ctx *ctx, const void *native)
{
    unsigned int i;
    for (i = 0; native != NULL && i < ctx->nr_arrays; i++)
        if (ctx->arrays[i].native == native)
            return &ctx->arrays[i];
    return NULL;
}

static inline int xenabi_from_guest(struct xenabi_xlat_ctx *ctx, void *dst, uint64_t gaddr, size_t len)
{
    if (ctx->copy_from_guest == NULL)
        return -XENABI_EFAULT;
    return ctx->copy_from_guest(ctx->opaque, dst, gaddr, len) ? -XENABI_EFAULT : 0;
}

static inline int xenabi_to_guest(struct xenabi_xlat_ctx *ctx, uint64_t gaddr, const void *src, size_t len)
{
    if (ctx->copy_to_guest == NULL)
        return -XENABI_EFAULT;
    return ctx->copy_to_guest(ctx->opaque, gaddr, src, len) ? -XENABI_EFAULT : 0;
}

#if defined(__cplusplus) && __cplusplus >= 201103L
#define XENABI_COMPAT_ASSERT(cond, what) static_assert(cond, what)
#else
#define XENABI_COMPAT_ASSERT(cond, what) _Static_assert(cond, what)
#endif

/* Narrowing helpers: 0 when the value fits, -ERANGE otherwise. */
static inline int xenabi_fits_u32(uint64_t v) { return v <= 0xffffffffu ? 0 : -XENABI_ERANGE; }
static inline int xenabi_fits_s32(int64_t v)
{
    return (v >= -2147483647 - 1 && v <= 2147483647) ? 0 : -XENABI_ERANGE;
}

/* Narrower fields (a 32-bit register slot holding a 16-bit one, say): 0 when
 * v fits in `bits` bits (1..63), else -ERANGE. */
static inline int xenabi_fits_ubits(uint64_t v, unsigned int bits)
{
    return (v >> bits) == 0 ? 0 : -XENABI_ERANGE;
}
static inline int xenabi_fits_sbits(int64_t v, unsigned int bits)
{
    int64_t lim = (int64_t)1 << (bits - 1);
    return (v >= -lim && v < lim) ? 0 : -XENABI_ERANGE;
}

/* 0 when the n bytes at p are all zero (the bits of a bitmap that the
 * shorter view has no room for), else -ERANGE. */
static inline int xenabi_zero_tail(const void *p, size_t n)
{
    const unsigned char *b = (const unsigned char *)p;
    size_t i;

    for (i = 0; i < n; i++)
        if (b[i] != 0)
            return -XENABI_ERANGE;
    return 0;
}

#endif /* XENABI_COMPAT_H */
