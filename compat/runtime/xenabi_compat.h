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

#include <stdint.h>
#include <string.h>

/* Xen's errno values (public/errno.h). */
#define XENABI_EFAULT 14
#define XENABI_EINVAL 22
#define XENABI_ERANGE 34

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

/*
 * Translation context.  Everything a translator needs beyond the two
 * structures is here; there is no hidden state.
 *   sel, sel_valid  a union selector computed by an enclosing record for a
 *                   union inside a member record (set and cleared by the
 *                   generated code)
 *   arg[]           hypercall arguments, for annotations naming argN
 */
struct xenabi_xlat_ctx {
    int64_t sel;
    int sel_valid;
    uint64_t arg[6];
};

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

#endif /* XENABI_COMPAT_H */
