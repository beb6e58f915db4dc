/* SPDX-License-Identifier: MIT */
/*
 * HVM save/restore image: the device and CPU state Xen itself keeps for an
 * HVM or PVH guest (as opposed to guest memory and the device model's own
 * state), as the toolstack reads it with XEN_DOMCTL_gethvmcontext and
 * writes it back with XEN_DOMCTL_sethvmcontext.
 *
 * The image is a sequence of records.  Each is a struct hvm_save_descriptor
 * followed by <length> bytes of payload whose format <typecode> names; a
 * descriptor of type 0 and length 0 (HVM_SAVE_CODE(END)) ends the image.
 * The payload formats are architecture-specific (arch-x86/hvm/save.h,
 * arch-arm/hvm/save.h, included at the end of this file).
 *
 * Payload records are meant to have one layout for 32- and 64-bit code:
 * explicitly sized fields only (on x86_32 an 8-byte field is still only
 * 4-aligned inside a record, so their alignment does differ).
 *
 * The records use anonymous unions and structs, so this header needs a GNU
 * C compiler; every such declaration is marked __extension__ so that it
 * also compiles in the strict ISO modes of GCC and Clang.
 */
#ifndef XEN_PUBLIC_HVM_SAVE_H
#define XEN_PUBLIC_HVM_SAVE_H

#pragma xenabi verbatim begin
#if !defined(__GNUC__)
#error "xen/public/hvm/save.h needs GNU C (anonymous structs and unions, __typeof__)"
#endif
#pragma xenabi verbatim end

/* Header of every record in the image. */
struct hvm_save_descriptor {
    uint16_t typecode;          /* payload format: an HVM_SAVE_CODE() value */
    uint16_t instance;          /* which one of several (e.g. the vCPU id) */
    uint32_t length;            /* payload bytes after this descriptor */
};

/*
 * Payload types.  DECLARE_HVM_SAVE_TYPE(NAME, CODE, TYPE) ties a payload C
 * type to its type code by declaring struct __HVM_SAVE_TYPE_NAME, whose
 * member <t> has the payload type and whose char array <c> is CODE bytes
 * long; the length of <cpt> is 1, or 2 for a type that has an older
 * ("compat") layout.  The queries below read those facts back:
 *   HVM_SAVE_TYPE(NAME)    the payload C type
 *   HVM_SAVE_LENGTH(NAME)  its size in bytes
 *   HVM_SAVE_CODE(NAME)    its type code
 * Inside Xen, DECLARE_HVM_SAVE_TYPE_COMPAT(NAME, CODE, TYPE, CTYPE, FIX) also
 * records the older layout CTYPE and the function FIX(buffer, size) that
 * converts a record in that layout to the current one in place.
 */
#ifdef __XEN__
#pragma xenabi verbatim begin
#include <xen/bug.h>
#define DECLARE_HVM_SAVE_TYPE_COMPAT(_x, _code, _type, _ctype, _fix)        \
    static __inline__ int __HVM_SAVE_FIX_COMPAT_##_x(void *h, uint32_t size) \
        { return _fix(h, size); }                                            \
    __extension__ struct __HVM_SAVE_TYPE_##_x {                              \
        _type t; char c[_code]; char cpt[2];                                 \
    };                                                                       \
    struct __HVM_SAVE_TYPE_COMPAT_##_x { _ctype t; }
#define DECLARE_HVM_SAVE_TYPE(_x, _code, _type)                             \
    static __inline__ int __HVM_SAVE_FIX_COMPAT_##_x(void *h, uint32_t size) \
        { (void)h; (void)size; BUG(); return -1; }                           \
    __extension__ struct __HVM_SAVE_TYPE_##_x {                              \
        _type t; char c[_code]; char cpt[1];                                 \
    };                                                                       \
    struct __HVM_SAVE_TYPE_COMPAT_##_x { _type t; }
#pragma xenabi verbatim end
#else
/* Outside Xen only the type code and the compat flag are recorded. */
#define DECLARE_HVM_SAVE_TYPE_COMPAT(_x, _code, _type, _ctype, _fix) \
    __extension__ struct __HVM_SAVE_TYPE_##_x {                       \
        _type t; char c[_code]; char cpt[2];                          \
    }
#define DECLARE_HVM_SAVE_TYPE(_x, _code, _type)                      \
    __extension__ struct __HVM_SAVE_TYPE_##_x {                       \
        _type t; char c[_code]; char cpt[1];                          \
    }
#endif

#pragma xenabi verbatim begin
#define HVM_SAVE_TYPE(_x) \
    __typeof__(((struct __HVM_SAVE_TYPE_##_x *)0)->t)
#define HVM_SAVE_LENGTH(_x) (sizeof(HVM_SAVE_TYPE(_x)))
#define HVM_SAVE_CODE(_x) \
    (sizeof(((struct __HVM_SAVE_TYPE_##_x *)0)->c))

#ifdef __XEN__
/* The older layout of a type, its size, whether there is one (1 or 0),
 * and the in-place conversion from it. */
#define HVM_SAVE_TYPE_COMPAT(_x) \
    __typeof__(((struct __HVM_SAVE_TYPE_COMPAT_##_x *)0)->t)
#define HVM_SAVE_LENGTH_COMPAT(_x) (sizeof(HVM_SAVE_TYPE_COMPAT(_x)))
#define HVM_SAVE_HAS_COMPAT(_x) \
    (sizeof(((struct __HVM_SAVE_TYPE_##_x *)0)->cpt) - 1)
#define HVM_SAVE_FIX_COMPAT(_x, _dst, _size) \
    __HVM_SAVE_FIX_COMPAT_##_x(_dst, _size)
#endif
#pragma xenabi verbatim end

/* The end-of-image marker: type code 0, no payload. */
#pragma xenabi empty
struct hvm_save_end {};
DECLARE_HVM_SAVE_TYPE(END, 0, struct hvm_save_end);

#if defined(__i386__) || defined(__x86_64__)
#include "../arch-x86/hvm/save.h"
#elif defined(__arm__) || defined(__aarch64__)
#include "../arch-arm/hvm/save.h"
#elif defined(__powerpc64__) || defined(__riscv)
/* PPC and RISC-V define no payload types yet. */
#else
#error "unsupported architecture"
#endif

#endif /* XEN_PUBLIC_HVM_SAVE_H */
