/* SPDX-License-Identifier: MIT */
/*
 * xen_version: which Xen the guest runs on, how it was built, and which
 * optional features it offers.
 */
#ifndef XEN_PUBLIC_VERSION_H
#define XEN_PUBLIC_VERSION_H

#include "xen.h"

/*
 * HYPERVISOR_xen_version(cmd, arg): cmd is a XENVER_* value.  Sub-ops
 * return 0 on success, except those that return a value (version,
 * pagesize, and the sizes/byte counts of the xen_varbuf ones).
 */
#pragma xenabi hypercall xen_version subop=arg1

/* arg is NULL; returns (major << 16) | minor. */
#define XENVER_version      0

/* arg: xen_extraversion_t.  Truncates; prefer XENVER_extraversion2. */
#define XENVER_extraversion 1
#pragma xenabi subop xen_version XENVER_extraversion arg2=xen_extraversion_t:out
typedef char xen_extraversion_t[16];
#define XEN_EXTRAVERSION_LEN (sizeof(xen_extraversion_t))

/* arg: xen_compile_info_t.  Fields are truncated to their sizes. */
#define XENVER_compile_info 2
#pragma xenabi subop xen_version XENVER_compile_info arg2=xen_compile_info_t:out
struct xen_compile_info {
    char compiler[64];
    char compile_by[16];
    char compile_domain[32];
    char compile_date[32];
};
typedef struct xen_compile_info xen_compile_info_t;

/* arg: xen_capabilities_info_t.  Truncates; prefer XENVER_capabilities2. */
#define XENVER_capabilities 3
#pragma xenabi subop xen_version XENVER_capabilities arg2=xen_capabilities_info_t:out
typedef char xen_capabilities_info_t[1024];
#define XEN_CAPABILITIES_INFO_LEN (sizeof(xen_capabilities_info_t))

/* arg: xen_changeset_info_t.  Truncates; prefer XENVER_changeset2. */
#define XENVER_changeset 4
#pragma xenabi subop xen_version XENVER_changeset arg2=xen_changeset_info_t:out
typedef char xen_changeset_info_t[64];
#define XEN_CHANGESET_INFO_LEN (sizeof(xen_changeset_info_t))

/*
 * arg: xen_platform_parameters_t.  Reports where Xen's part of the virtual
 * address space starts, which only means something to x86 PV guests that
 * share page tables with Xen (for 32-bit ones the other bound is 4G; for
 * 64-bit ones the value is the architectural boundary and of little use).
 * Elsewhere Xen returns 0 rather than fail, for old guests' sake.
 */
#define XENVER_platform_parameters 5
#pragma xenabi subop xen_version XENVER_platform_parameters arg2=xen_platform_parameters_t:out
struct xen_platform_parameters {
    #pragma xenabi dir out
    xen_ulong_t virt_start;
};
typedef struct xen_platform_parameters xen_platform_parameters_t;

/* arg: xen_feature_info_t; returns one 32-bit word of XENFEAT_* bits. */
#define XENVER_get_features 6
#pragma xenabi subop xen_version XENVER_get_features arg2=xen_feature_info_t:inout
struct xen_feature_info {
    uint32_t     submap_idx;    /* which 32-bit word of the feature map */
    #pragma xenabi dir out
    uint32_t     submap;        /* that word, filled in by Xen */
};
typedef struct xen_feature_info xen_feature_info_t;

/* The XENFEAT_* bits that XENVER_get_features reports. */
#include "features.h"

/* arg is NULL; returns the page size of the host. */
#define XENVER_pagesize 7

/*
 * arg: xen_domain_handle_t, the handle (normally the UUID) the toolstack
 * gave the domain.
 */
#define XENVER_guest_handle 8
#pragma xenabi subop xen_version XENVER_guest_handle arg2=xen_domain_handle_t:out

/* arg: xen_commandline_t.  Truncates; prefer XENVER_commandline2. */
#define XENVER_commandline 9
#pragma xenabi subop xen_version XENVER_commandline arg2=xen_commandline_t:out
typedef char xen_commandline_t[1024];

/*
 * Old container for XENVER_build_id; the same layout as xen_varbuf, which
 * is what Xen uses now.
 */
struct xen_build_id {
    uint32_t        len;        /* size of buf[] in bytes */
    #pragma xenabi count len
    #pragma xenabi dir out
    __extension__ unsigned char   buf[XEN_FLEX_ARRAY_DIM];    /* the build id */
};
typedef struct xen_build_id xen_build_id_t;

/* A caller-sized buffer for data of any length. */
struct xen_varbuf {
    uint32_t len;               /* size of buf[] in bytes */
    #pragma xenabi count len
    #pragma xenabi dir out
    __extension__ unsigned char buf[XEN_FLEX_ARRAY_DIM];     /* the data Xen returns */
};
typedef struct xen_varbuf xen_varbuf_t;

/*
 * arg: xen_varbuf_t.  Variable-length replacements for the truncating
 * sub-ops above (plus the build id).  With a NULL arg the call returns
 * the size needed (0 can be valid).  Otherwise Xen fills buf[] and
 * returns the number of bytes written, or -XEN_E* (e.g. when len is too
 * small).  Text comes back without a terminating NUL; its encoding is not
 * guaranteed (the command line is whatever was given).
 */
#define XENVER_build_id      10
#define XENVER_extraversion2 11
#define XENVER_capabilities2 12
#define XENVER_changeset2    13
#define XENVER_commandline2  14
#pragma xenabi subop xen_version XENVER_build_id arg2=xen_varbuf_t:inout
#pragma xenabi subop xen_version XENVER_extraversion2 arg2=xen_varbuf_t:inout
#pragma xenabi subop xen_version XENVER_capabilities2 arg2=xen_varbuf_t:inout
#pragma xenabi subop xen_version XENVER_changeset2 arg2=xen_varbuf_t:inout
#pragma xenabi subop xen_version XENVER_commandline2 arg2=xen_varbuf_t:inout

#endif /* XEN_PUBLIC_VERSION_H */
