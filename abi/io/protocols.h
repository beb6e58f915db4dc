/* SPDX-License-Identifier: MIT */
/*
 * Names of the request layouts a PV backend may be asked to speak (the
 * "protocol" key a frontend writes to xenstore), and the native one of the
 * architecture being compiled for.
 */
#ifndef XEN_PUBLIC_IO_PROTOCOLS_H
#define XEN_PUBLIC_IO_PROTOCOLS_H

/* Upstream names a native protocol for x86 and Arm only (an #error elsewhere). */
#pragma xenabi profiles x86_32 x86_64 arm32 arm64

#define XEN_IO_PROTO_ABI_X86_32     "x86_32-abi"
#define XEN_IO_PROTO_ABI_X86_64     "x86_64-abi"
#define XEN_IO_PROTO_ABI_ARM        "arm-abi"

#if defined(__i386__)
# define XEN_IO_PROTO_ABI_NATIVE XEN_IO_PROTO_ABI_X86_32
#elif defined(__x86_64__)
# define XEN_IO_PROTO_ABI_NATIVE XEN_IO_PROTO_ABI_X86_64
#elif defined(__arm__) || defined(__aarch64__)
# define XEN_IO_PROTO_ABI_NATIVE XEN_IO_PROTO_ABI_ARM
#else
# error arch fixup needed here
#endif

#endif /* XEN_PUBLIC_IO_PROTOCOLS_H */
