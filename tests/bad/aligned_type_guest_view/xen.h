/* SPDX-License-Identifier: MIT */
#ifndef XEN_H
#define XEN_H
/* as upstream: the 8-aligned scalars for the hypervisor and the tools only */
#if defined(__XEN__) || defined(__XEN_TOOLS__)
#pragma xenabi verbatim begin
#define uint64_aligned_t uint64_t
#pragma xenabi verbatim end
#endif
#endif
