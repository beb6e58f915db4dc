/*
 * The part of the hypervisor's <xen/compat.h> that Xen's compat headers and
 * compat/xlat.h rely on, written for xenabi's consumer test (no Xen tree in
 * CI): the compat guest handle types and the CHECK_ building blocks, with the
 * names and arguments Xen's callers use.  Each check is a static inline
 * function, as in Xen, so that a member whose type differs between the two
 * structures is a diagnostic (-Werror) and not only an offset mismatch.
 */
#ifndef XENABI_TEST_XEN_COMPAT_H
#define XENABI_TEST_XEN_COMPAT_H

#include <stddef.h>
#include <stdint.h>

/* a 32-bit guest pointer (the hypervisor's asm/compat.h) */
typedef uint32_t compat_ptr_t;

#define __maybe_unused __attribute__((__unused__))
#define memcpy(d, s, n) __builtin_memcpy(d, s, n)

/* A compat guest handle: a 32-bit guest address that remembers its type. */
#define __DEFINE_COMPAT_HANDLE(name, type) \
    typedef struct { uint32_t c; type *_[0] __attribute__((__packed__)); } __compat_handle_ ## name; \
    typedef struct { uint32_t c; const type *_[0] __attribute__((__packed__)); } __compat_handle_const_ ## name
#define DEFINE_COMPAT_HANDLE(name) __DEFINE_COMPAT_HANDLE(name, name)
#define COMPAT_HANDLE(name) __compat_handle_ ## name

/* Unique names for the check functions (a CHECK_ may run more than once). */
#define XENABI_PASTE_(a, b) a ## b
#define XENABI_PASTE(a, b) XENABI_PASTE_(a, b)
#define XENABI_CHECK_FN XENABI_PASTE(xenabi_check_, __COUNTER__)

#define CHECK_SIZE_(k, n) \
    static inline void __maybe_unused XENABI_CHECK_FN(void) \
    { _Static_assert(sizeof(k xen_ ## n) == sizeof(k compat_ ## n), "size of " #k " " #n); }

#define XENABI_CHECK_MEMBER(k, n, f, what) \
    static inline int __maybe_unused XENABI_CHECK_FN(k xen_ ## n *x, k compat_ ## n *c) \
    { \
        _Static_assert(offsetof(k xen_ ## n, f) == offsetof(k compat_ ## n, f), what); \
        return &x->f == &c->f; \
    }
#define CHECK_FIELD_(k, n, f) XENABI_CHECK_MEMBER(k, n, f, #n "." #f)
#define CHECK_SUBFIELD_1_(k, n, f1, f2) XENABI_CHECK_MEMBER(k, n, f1.f2, #n "." #f1 "." #f2)
#define CHECK_SUBFIELD_2_(k, n, f1, f2, f3) \
    XENABI_CHECK_MEMBER(k, n, f1.f2.f3, #n "." #f1 "." #f2 "." #f3)

#endif
