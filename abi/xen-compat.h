/* SPDX-License-Identifier: MIT */
/*
 * Interface versioning.  A guest names the interface version it was written
 * against in __XEN_INTERFACE_VERSION__; the hypervisor and the toolstack
 * (__XEN__, __XEN_TOOLS__) always build against the newest one.  Headers
 * use the version to keep older names and layouts available to old guests.
 */
#ifndef XEN_PUBLIC_XEN_COMPAT_H
#define XEN_PUBLIC_XEN_COMPAT_H

/* The newest interface version these headers describe. */
#define __XEN_LATEST_INTERFACE_VERSION__ 0x00041300

#if defined(__XEN__) || defined(__XEN_TOOLS__)
/* The hypervisor and its tools implement the newest interface. */
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#elif !defined(__XEN_INTERFACE_VERSION__)
/* A guest that names no version gets the oldest (legacy) interface. */
#define __XEN_INTERFACE_VERSION__ 0x00000000
#endif

#if __XEN_INTERFACE_VERSION__ > __XEN_LATEST_INTERFACE_VERSION__
#error "The requested Xen interface version is newer than these headers."
#endif

/* Flexible array bound for the hypervisor's compat (32-bit) view. */
#define COMPAT_FLEX_ARRAY_DIM XEN_FLEX_ARRAY_DIM

#endif /* XEN_PUBLIC_XEN_COMPAT_H */
