/*
 * The part of the hypervisor's <xen/compat.h> that Xen's compat headers and
 * compat/xlat.h rely on, written for xenabi's consumer test (no Xen tree in
 * CI): the compat guest handle types and the field-check macros, with the
 * names and arguments Xen's callers use.
 */
#ifndef XENABI_TEST_XEN_COMPAT_H
#define XENABI_TEST_XEN_COMPAT_H

#include <xen/types.h>

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

/* Xen's own field checks, with Xen's fixed function names: a caller that
 * expands one twice in a file gets a redefinition error, as in Xen.  xlat.h's
 * CHECK_ do not use these (they are static assertions, see xlat.h); Xen's
 * callers do (mce.c: CHECK_FIELD_(struct, mc_fetch, flags)). */
#define CHECK_NAME_(k, n, tag) __check ## tag ## k ## _ ## n
#define CHECK_SIZE_(k, n) \
    static inline void __maybe_unused CHECK_SIZE_ ## k ## _ ## n(void) \
    { _Static_assert(sizeof(k xen_ ## n) == sizeof(k compat_ ## n), "size of " #k " " #n); }
#define CHECK_FIELD_COMMON_(k, name, n, f) \
    static inline int __maybe_unused name(k xen_ ## n *x, k compat_ ## n *c) \
    { \
        _Static_assert(offsetof(k xen_ ## n, f) == offsetof(k compat_ ## n, f), #n "." #f); \
        return &x->f == &c->f; \
    }
#define CHECK_FIELD_(k, n, f) CHECK_FIELD_COMMON_(k, CHECK_NAME_(k, n ## __ ## f, F), n, f)
#define CHECK_SUBFIELD_1_(k, n, f1, f2) \
    CHECK_FIELD_COMMON_(k, CHECK_NAME_(k, n ## __ ## f1 ## __ ## f2, F1), n, f1.f2)

#endif
