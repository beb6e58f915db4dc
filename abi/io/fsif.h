/* SPDX-License-Identifier: MIT */
/*
 * The PV file-system protocol (fs-front/fs-back, as in Mini-OS): a
 * frontend sends file operations over a shared ring; names, directory
 * listings and file data travel in pages it grants; the backend answers
 * each request with a response carrying the request's id.
 *
 * Directions: "in" is written by the frontend, "out" by the backend.
 */
#ifndef XEN_PUBLIC_IO_FSIF_H
#define XEN_PUBLIC_IO_FSIF_H

#include "ring.h"
#include "../grant_table.h"

/* fsif_request.type */
#define REQ_FILE_OPEN        1
#define REQ_FILE_CLOSE       2
#define REQ_FILE_READ        3
#define REQ_FILE_WRITE       4
#define REQ_STAT             5
#define REQ_FILE_TRUNCATE    6
#define REQ_REMOVE           7
#define REQ_RENAME           8
#define REQ_CREATE           9
#define REQ_DIR_LIST        10
#define REQ_CHMOD           11
#define REQ_FS_SPACE        12
#define REQ_FILE_SYNC       13

/* Open the file whose path is in the granted page; ret_val: a fd. */
struct fsif_open_request {
    grant_ref_t gref;
};

struct fsif_close_request {
    uint32_t fd;
};

/*
 * Read len bytes at offset into the granted pages (at most
 * FSIF_NR_READ_GNTS of them, as many as the ring slot holds).
 */
struct fsif_read_request {
    uint32_t fd;
    int32_t pad;
    uint64_t len;
    uint64_t offset;
#pragma xenabi count (len + (1 << XEN_PAGE_SHIFT) - 1) >> XEN_PAGE_SHIFT
    __extension__ grant_ref_t grefs[XENPV_FLEX_ARRAY_DIM];
};

/* Write len bytes at offset from the granted pages (FSIF_NR_WRITE_GNTS). */
struct fsif_write_request {
    uint32_t fd;
    int32_t pad;
    uint64_t len;
    uint64_t offset;
#pragma xenabi count (len + (1 << XEN_PAGE_SHIFT) - 1) >> XEN_PAGE_SHIFT
    __extension__ grant_ref_t grefs[XENPV_FLEX_ARRAY_DIM];
};

struct fsif_stat_request {
    uint32_t fd;
};

/* The answer to REQ_STAT: a few members of the file's struct stat. */
struct fsif_stat_response {
    int32_t  stat_mode;
    uint32_t stat_uid;
    uint32_t stat_gid;
    int32_t  stat_ret;              /* 0, or the stat call's error */
    int64_t  stat_size;             /* bytes */
    int64_t  stat_atime;            /* seconds since the epoch */
    int64_t  stat_mtime;
    int64_t  stat_ctime;
};

struct fsif_truncate_request {
    uint32_t fd;
    int32_t pad;
    int64_t length;                 /* the new size, bytes */
};

/* Remove the file whose path is in the granted page. */
struct fsif_remove_request {
    grant_ref_t gref;
};

/* Both paths are in the granted page, at these byte offsets. */
struct fsif_rename_request {
    uint16_t old_name_offset;
    uint16_t new_name_offset;
    grant_ref_t gref;
};

/* Create a file (directory != 0: a directory) at the granted path. */
struct fsif_create_request {
    int8_t directory;
    int8_t pad;
    int16_t pad2;
    int32_t mode;
    grant_ref_t gref;
};

/*
 * List the directory at the granted path, from entry offset on; the
 * names come back in the page and ret_val packs the count, an error and
 * a more-to-come flag (the NR_FILES, ERROR and HAS_MORE fields below).
 */
struct fsif_list_request {
    uint32_t offset;
    grant_ref_t gref;
};

/* Fields of fsif_response.u.ret_val for REQ_DIR_LIST. */
#define NR_FILES_SHIFT  0
#define NR_FILES_SIZE   16   /* bits of the number of names */
#define NR_FILES_MASK   (((1ULL << NR_FILES_SIZE) - 1) << NR_FILES_SHIFT)
#define ERROR_SIZE      32   /* bits of the error */
#define ERROR_SHIFT     (NR_FILES_SIZE + NR_FILES_SHIFT)
#define ERROR_MASK      (((1ULL << ERROR_SIZE) - 1) << ERROR_SHIFT)
#define HAS_MORE_SHIFT  (ERROR_SHIFT + ERROR_SIZE)
#define HAS_MORE_FLAG   (1ULL << HAS_MORE_SHIFT)

struct fsif_chmod_request {
    uint32_t fd;
    int32_t mode;
};

/* Free space of the file system holding the granted path. */
struct fsif_space_request {
    grant_ref_t gref;
};

struct fsif_sync_request {
    uint32_t fd;
};


/*
 * One file operation.  (The read and write arms end in a flexible array,
 * which ISO C and C++ do not allow inside a union member: __extension__
 * on the record and on u.)
 */
__extension__ struct fsif_request {
#pragma xenabi dir in
    uint8_t type;                   /* REQ_* */
    uint8_t pad;
#pragma xenabi dir in
    uint16_t id;                    /* the frontend's, returned in the response */
    uint32_t pad2;
#pragma xenabi select type
#pragma xenabi dir in
    __extension__ union {
#pragma xenabi arm REQ_FILE_OPEN
        struct fsif_open_request     fopen;
#pragma xenabi arm REQ_FILE_CLOSE
        struct fsif_close_request    fclose;
#pragma xenabi arm REQ_FILE_READ
        struct fsif_read_request     fread;
#pragma xenabi arm REQ_FILE_WRITE
        struct fsif_write_request    fwrite;
#pragma xenabi arm REQ_STAT
        struct fsif_stat_request     fstat;
#pragma xenabi arm REQ_FILE_TRUNCATE
        struct fsif_truncate_request ftruncate;
#pragma xenabi arm REQ_REMOVE
        struct fsif_remove_request   fremove;
#pragma xenabi arm REQ_RENAME
        struct fsif_rename_request   frename;
#pragma xenabi arm REQ_CREATE
        struct fsif_create_request   fcreate;
#pragma xenabi arm REQ_DIR_LIST
        struct fsif_list_request     flist;
#pragma xenabi arm REQ_CHMOD
        struct fsif_chmod_request    fchmod;
#pragma xenabi arm REQ_FS_SPACE
        struct fsif_space_request    fspace;
#pragma xenabi arm REQ_FILE_SYNC
        struct fsif_sync_request     fsync;
    } u;
};
typedef struct fsif_request fsif_request_t;

/*
 * The answer to one request.  Which member of u is live depends on the
 * type of the request with this id (fstat for REQ_STAT, ret_val for the
 * others), which the response does not repeat: no selector.
 */
struct fsif_response {
#pragma xenabi dir out
    uint16_t id;                    /* the request's */
    uint16_t pad1;
    uint32_t pad2;
#pragma xenabi dir out
    union {
        uint64_t ret_val;
        struct fsif_stat_response fstat;
    } u;
};

typedef struct fsif_response fsif_response_t;

/* Bytes of one ring slot. */
#define FSIF_RING_ENTRY_SIZE   64

/* Grant references that fit in the slot of a read or write request. */
#define FSIF_NR_READ_GNTS  ((FSIF_RING_ENTRY_SIZE - sizeof(struct fsif_read_request)) /  \
                                sizeof(grant_ref_t) + 1)
#define FSIF_NR_WRITE_GNTS ((FSIF_RING_ENTRY_SIZE - sizeof(struct fsif_write_request)) / \
                                sizeof(grant_ref_t) + 1)

/* The ring: fsif_sring, fsif_front_ring, fsif_back_ring and typedefs. */
DEFINE_RING_TYPES(fsif, struct fsif_request, struct fsif_response);

/* State strings the two ends exchange in xenstore. */
#define STATE_INITIALISED     "init"
#define STATE_READY           "ready"
#define STATE_CLOSING         "closing"
#define STATE_CLOSED          "closed"


#endif /* XEN_PUBLIC_IO_FSIF_H */
