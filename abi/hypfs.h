/* SPDX-License-Identifier: MIT */
/*
 * The hypervisor file system: a tree of named entries (runtime parameters,
 * build information, ...) that privileged domains can read and, where an
 * entry allows it, write.
 *
 * HYPERVISOR_hypfs_op(cmd, arg1, arg2, arg3, arg4): cmd is a
 * XEN_HYPFS_OP_* value; for reads and writes arg1/arg2 are the entry's
 * path and its length, arg3/arg4 the data buffer and its size.
 * (The subop annotations number the hypercall's own arguments, so cmd is
 * their arg1 and the argN of these comments is their arg(N+1).)
 */
#ifndef XEN_PUBLIC_HYPFS_H
#define XEN_PUBLIC_HYPFS_H

#include "xen.h"

#pragma xenabi hypercall hypfs_op subop=arg1

/* The newest version of this interface. */
#define XEN_HYPFS_VERSION      1

/* Longest path of an entry. */
#define XEN_HYPFS_MAX_PATHLEN  1024

/* An entry's description, returned by Xen ahead of its contents. */
struct xen_hypfs_direntry {
#pragma xenabi dir out
    uint8_t type;                   /* XEN_HYPFS_TYPE_* */
#define XEN_HYPFS_TYPE_DIR     0
#define XEN_HYPFS_TYPE_BLOB    1
#define XEN_HYPFS_TYPE_STRING  2
#define XEN_HYPFS_TYPE_UINT    3
#define XEN_HYPFS_TYPE_INT     4
#define XEN_HYPFS_TYPE_BOOL    5
#pragma xenabi dir out
    uint8_t encoding;               /* XEN_HYPFS_ENC_* */
#define XEN_HYPFS_ENC_PLAIN    0
#define XEN_HYPFS_ENC_GZIP     1
    uint16_t pad;                   /* zero */
#pragma xenabi dir out
    uint32_t content_len;           /* bytes of contents now */
#pragma xenabi dir out
    uint32_t max_write_len;         /* most bytes a write may set; 0: read-only */
};
typedef struct xen_hypfs_direntry xen_hypfs_direntry_t;

/* One entry of a directory's contents (the entries follow each other). */
struct xen_hypfs_dirlistentry {
    xen_hypfs_direntry_t e;
    /* Bytes from this entry to the next one; 0 for the last. */
    uint16_t off_next;
    /* The entry's name, NUL-terminated, maybe followed by padding. */
    __extension__ char name[XEN_FLEX_ARRAY_DIM];
};

/*
 * XEN_HYPFS_OP_get_version: the newest interface version Xen supports,
 * as the (positive) return value.  arg1..arg4: 0 or NULL.
 */
#define XEN_HYPFS_OP_get_version     0
#pragma xenabi subop hypfs_op XEN_HYPFS_OP_get_version

/*
 * XEN_HYPFS_OP_read: read an entry.  arg1: the path (arg2 bytes, the
 * terminating NUL included); arg3: a buffer of arg4 bytes, which Xen fills
 * with the entry's xen_hypfs_direntry followed by its contents (for a
 * directory, xen_hypfs_dirlistentry items).  When the contents do not fit
 * Xen returns -ENOBUFS and only the direntry, which gives the size needed.
 */
#define XEN_HYPFS_OP_read              1
#pragma xenabi subop hypfs_op XEN_HYPFS_OP_read arg2=char[arg3]:in arg4=uint8_t[arg5]:out

/*
 * XEN_HYPFS_OP_write_contents: replace an entry's contents.  arg1/arg2
 * as for XEN_HYPFS_OP_read; arg3: the new contents, arg4 bytes.  Type and
 * encoding stay; only blobs and strings may change size.
 */
#define XEN_HYPFS_OP_write_contents    2
#pragma xenabi subop hypfs_op XEN_HYPFS_OP_write_contents arg2=char[arg3]:in arg4=uint8_t[arg5]:in

#endif /* XEN_PUBLIC_HYPFS_H */
