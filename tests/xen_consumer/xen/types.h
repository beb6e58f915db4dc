/*
 * Stand-in for the hypervisor's <xen/types.h> in xenabi's tests (no Xen
 * tree in CI): the integer types Xen defines itself, without libc.
 */
#ifndef XENABI_TEST_XEN_TYPES_H
#define XENABI_TEST_XEN_TYPES_H

typedef __INT8_TYPE__ int8_t;
typedef __UINT8_TYPE__ uint8_t;
typedef __INT16_TYPE__ int16_t;
typedef __UINT16_TYPE__ uint16_t;
typedef __INT32_TYPE__ int32_t;
typedef __UINT32_TYPE__ uint32_t;
typedef __INT64_TYPE__ int64_t;
typedef __UINT64_TYPE__ uint64_t;
typedef __UINTPTR_TYPE__ uintptr_t;
typedef __SIZE_TYPE__ size_t;
typedef _Bool bool;
#define UINT32_MAX 4294967295U
#define UINT64_MAX 18446744073709551615ULL
#define true 1
#define false 0
#ifndef NULL
#define NULL ((void *)0)
#endif
#define offsetof(t, m) __builtin_offsetof(t, m)

#endif
