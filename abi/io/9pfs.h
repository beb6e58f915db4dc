/* SPDX-License-Identifier: MIT */
/*
 * The PV 9pfs transport: a frontend sends 9P protocol messages to a
 * backend exporting a file system.  Each of its rings is a pair of byte
 * rings (io/ring.h's flex rings): requests go out on the out ring,
 * replies come back on the in ring, with the indexes in a separate page.
 *
 * Set-up happens in xenstore: the backend publishes the 9P transport
 * versions, the most rings and ring order it supports and the exported
 * path with its limits (versions, max-rings, max-ring-page-order, path,
 * security_model, max-files, ...); the frontend publishes the version it
 * chose, the share's tag and, for each ring, the grant of its index page
 * and its event channel (version, tag, num-rings, ring-ref<N>,
 * event-channel-<N>).
 *
 * The helpers need grant_ref_t (from grant_table.h, included) and, with
 * a compiler other than GCC or Clang, size_t and memcpy.
 */
#ifndef XEN_PUBLIC_IO_9PFS_H
#define XEN_PUBLIC_IO_9PFS_H

#include "../grant_table.h"
#include "ring.h"

/*
 * struct xen_9pfs_data_intf (the index page), struct xen_9pfs_data and the
 * xen_9pfs_* ring helpers.
 */
DEFINE_XEN_FLEX_RING_AND_INTF(xen_9pfs);

#endif /* XEN_PUBLIC_IO_9PFS_H */
