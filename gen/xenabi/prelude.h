/*
 * xenabi front-end prelude.  Read by the generator only: it declares every
 * name the description dialect knows (and the forbidden ones, so that the
 * checker can reject them with a location instead of a parse error).  The
 * generator recognises these names; what they are typedef'd to here is
 * irrelevant, only that pycparser sees type names.
 */
/* fixed-width integers */
typedef signed char int8_t;
typedef unsigned char uint8_t;
typedef short int16_t;
typedef unsigned short uint16_t;
typedef int int32_t;
typedef unsigned int uint32_t;
typedef long long int64_t;
typedef unsigned long long uint64_t;
/* always 8 bytes, 8-aligned */
typedef long long int64_aligned_t;
typedef unsigned long long uint64_aligned_t;
/* profile-dependent scalars */
typedef unsigned long xen_ulong_t;
typedef long xen_long_t;
typedef unsigned long xen_pfn_t;
/* legacy fields that upstream spells (unsigned) long */
typedef unsigned long xen_native_ulong_t;
typedef long xen_native_long_t;
/* forbidden: size-variant or host types */
typedef unsigned long size_t;
typedef long ssize_t;
typedef long ptrdiff_t;
typedef unsigned long uintptr_t;
typedef long intptr_t;
typedef int wchar_t;
typedef int bool;
/* guest handles */
#define DEFINE_XEN_GUEST_HANDLE(name) typedef name __xenabi_handle_target__##name
#define __DEFINE_XEN_GUEST_HANDLE(name, type) typedef type __xenabi_handle_target__##name
#define XEN_GUEST_HANDLE(name) struct __xenabi_handle__##name
#define __XEN_GUEST_HANDLE(name) struct __xenabi_handle__##name
#define XEN_GUEST_HANDLE_64(name) struct __xenabi_handle64__##name
#define __XEN_GUEST_HANDLE_64(name) struct __xenabi_handle64__##name
#define XEN_GUEST_HANDLE_PARAM(name) struct __xenabi_handle_param__##name
/* a Linux user-space pointer in an ioctl argument (linux/ descriptions); the
 * qualifier only marks it for the front end */
#define XENABI_USER_PTR(T) T * volatile
/* a pointer into the memory of the program holding the record (a ring end's
 * private state, a table in a header): it never crosses the guest/hypervisor
 * boundary; the qualifier only marks it for the front end */
#define XENABI_LOCAL_PTR(T) T * restrict
/* GNU marker that silences -pedantic for one declaration (flexible or
 * zero-length arrays under C89/C++, anonymous members); no layout meaning. */
#define __extension__
