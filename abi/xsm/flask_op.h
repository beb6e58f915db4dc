/* SPDX-License-Identifier: MIT */
/*
 * FLASK, Xen's XSM security module: loading and querying the security
 * policy, converting between security contexts and SIDs, access decisions,
 * booleans, AVC statistics and labelling of devices and domains.
 *
 * HYPERVISOR_xsm_op(op): op points to one struct xen_flask_op, whose cmd
 * (a FLASK_* value) says which member of its union u is used.
 */
#ifndef XEN_PUBLIC_XSM_FLASK_OP_H
#define XEN_PUBLIC_XSM_FLASK_OP_H

#include "../event_channel.h"

#pragma xenabi hypercall xsm_op arg1=xen_flask_op_t:inout

/* The value callers put in xen_flask_op.interface_version. */
#define XEN_FLASK_INTERFACE_VERSION 1

/* FLASK_LOAD: a binary policy of size bytes to load. */
struct xen_flask_load {
#pragma xenabi count size
#pragma xenabi dir in
    XEN_GUEST_HANDLE(char) buffer;
    uint32_t size;
};
typedef struct xen_flask_load xen_flask_load_t;

/* FLASK_SETENFORCE: 1 to enforce the policy, 0 for permissive mode. */
struct xen_flask_setenforce {
    uint32_t enforcing;
};
typedef struct xen_flask_setenforce xen_flask_setenforce_t;

/*
 * FLASK_CONTEXT_TO_SID (context in, sid out) and FLASK_SID_TO_CONTEXT
 * (sid in, context out).
 */
struct xen_flask_sid_context {
#pragma xenabi dir inout
    uint32_t sid;
    /*
     * In: bytes of the context buffer, its NUL included.  Out: length of
     * the context string.
     */
#pragma xenabi dir inout
    uint32_t size;
#pragma xenabi count size
#pragma xenabi dir in FLASK_CONTEXT_TO_SID
#pragma xenabi dir out FLASK_SID_TO_CONTEXT
    XEN_GUEST_HANDLE(char) context;
};
typedef struct xen_flask_sid_context xen_flask_sid_context_t;

/* FLASK_ACCESS: may ssid do req to tsid (of class tclass)? */
struct xen_flask_access {
    uint32_t ssid;
    uint32_t tsid;
    uint32_t tclass;
    uint32_t req;                   /* requested permission bits */
    /* The access vector cache's answer. */
#pragma xenabi dir out
    uint32_t allowed;
#pragma xenabi dir out
    uint32_t audit_allow;
#pragma xenabi dir out
    uint32_t audit_deny;
#pragma xenabi dir out
    uint32_t seqno;
};
typedef struct xen_flask_access xen_flask_access_t;

/* FLASK_CREATE, FLASK_RELABEL, FLASK_MEMBER: the SID a transition gives. */
struct xen_flask_transition {
    uint32_t ssid;
    uint32_t tsid;
    uint32_t tclass;
#pragma xenabi dir out
    uint32_t newsid;
};
typedef struct xen_flask_transition xen_flask_transition_t;

#if __XEN_INTERFACE_VERSION__ < 0x00040800
/*
 * FLASK_USER (old interfaces only; Xen no longer implements it): the SIDs
 * a user may reach, from start_sid on.  size is the bytes of the user name
 * on input and the number of SIDs on output; u.user is read and u.sids
 * written.
 */
struct xen_flask_userlist {
    uint32_t start_sid;
    uint32_t size;
    union {
        XEN_GUEST_HANDLE(char) user;
        XEN_GUEST_HANDLE(uint32) sids;
    } u;
};
#endif

/*
 * FLASK_GETBOOL and FLASK_SETBOOL: one policy boolean, named by bool_id,
 * or by name when bool_id is -1 (Xen then fills in bool_id).
 */
struct xen_flask_boolean {
#pragma xenabi dir inout
    uint32_t bool_id;
#pragma xenabi dir out
    uint8_t enforcing;              /* the value in force */
#pragma xenabi dir out
    uint8_t pending;                /* the value set but not committed */
    uint8_t new_value;              /* FLASK_SETBOOL: the value to set */
    uint8_t commit;                 /* FLASK_SETBOOL: make it take effect now */
    /*
     * In: bytes of the name buffer (with the NUL when name is read).
     * Out (FLASK_GETBOOL): length of the name.
     */
#pragma xenabi dir inout
    uint32_t size;
#pragma xenabi count size
#pragma xenabi dir inout FLASK_GETBOOL
#pragma xenabi dir in FLASK_SETBOOL
    XEN_GUEST_HANDLE(char) name;
};
typedef struct xen_flask_boolean xen_flask_boolean_t;

/* FLASK_SETAVC_THRESHOLD: the AVC's new cache threshold. */
struct xen_flask_setavc_threshold {
    uint32_t threshold;
};
typedef struct xen_flask_setavc_threshold xen_flask_setavc_threshold_t;

/* FLASK_AVC_HASHSTATS: shape of the AVC hash table. */
struct xen_flask_hash_stats {
#pragma xenabi dir out
    uint32_t entries;
#pragma xenabi dir out
    uint32_t buckets_used;
#pragma xenabi dir out
    uint32_t buckets_total;
#pragma xenabi dir out
    uint32_t max_chain_len;
};
typedef struct xen_flask_hash_stats xen_flask_hash_stats_t;

/* FLASK_AVC_CACHESTATS: AVC counters of one physical CPU. */
struct xen_flask_cache_stats {
    uint32_t cpu;
#pragma xenabi dir out
    uint32_t lookups;
#pragma xenabi dir out
    uint32_t hits;
#pragma xenabi dir out
    uint32_t misses;
#pragma xenabi dir out
    uint32_t allocations;
#pragma xenabi dir out
    uint32_t reclaims;
#pragma xenabi dir out
    uint32_t frees;
};
typedef struct xen_flask_cache_stats xen_flask_cache_stats_t;

/*
 * FLASK_ADD_OCONTEXT and FLASK_DEL_OCONTEXT: label the range low..high of
 * object kind ocon (IRQs, I/O ports, memory, PCI devices...) with sid.
 */
struct xen_flask_ocontext {
    uint32_t ocon;
    uint32_t sid;
    uint64_t low, high;
};
typedef struct xen_flask_ocontext xen_flask_ocontext_t;

/* FLASK_GET_PEER_SID: the SID of the domain at the other end of evtchn. */
struct xen_flask_peersid {
    evtchn_port_t evtchn;
#pragma xenabi dir out
    uint32_t sid;
};
typedef struct xen_flask_peersid xen_flask_peersid_t;

/* FLASK_RELABEL_DOMAIN: give domain domid the label sid. */
struct xen_flask_relabel {
    uint32_t domid;
    uint32_t sid;
};
typedef struct xen_flask_relabel xen_flask_relabel_t;

/* FLASK_DEVICETREE_LABEL: label the device-tree node at path with sid. */
struct xen_flask_devicetree_label {
    uint32_t sid;
    uint32_t length;                /* bytes of path, its NUL included */
#pragma xenabi count length
#pragma xenabi dir in
    XEN_GUEST_HANDLE(char) path;
};
typedef struct xen_flask_devicetree_label xen_flask_devicetree_label_t;

/* The argument of every xsm_op call. */
struct xen_flask_op {
    uint32_t cmd;                   /* FLASK_* */
#define FLASK_LOAD              1
#define FLASK_GETENFORCE        2
#define FLASK_SETENFORCE        3
#define FLASK_CONTEXT_TO_SID    4
#define FLASK_SID_TO_CONTEXT    5
#define FLASK_ACCESS            6
#define FLASK_CREATE            7
#define FLASK_RELABEL           8
#define FLASK_USER              9  /* withdrawn */
#define FLASK_POLICYVERS        10
#define FLASK_GETBOOL           11
#define FLASK_SETBOOL           12
#define FLASK_COMMITBOOLS       13
#define FLASK_MLS               14
#define FLASK_DISABLE           15 /* withdrawn */
#define FLASK_GETAVC_THRESHOLD  16
#define FLASK_SETAVC_THRESHOLD  17
#define FLASK_AVC_HASHSTATS     18
#define FLASK_AVC_CACHESTATS    19
#define FLASK_MEMBER            20
#define FLASK_ADD_OCONTEXT      21
#define FLASK_DEL_OCONTEXT      22
#define FLASK_GET_PEER_SID      23
#define FLASK_RELABEL_DOMAIN    24
#define FLASK_DEVICETREE_LABEL  25
    uint32_t interface_version;     /* XEN_FLASK_INTERFACE_VERSION */
    /*
     * The commands listed as unused take nothing from u (their result, if
     * any, is the return value).  FLASK_USER has an arm only in old
     * interface versions.
     */
#pragma xenabi select cmd unused FLASK_GETENFORCE, FLASK_POLICYVERS, FLASK_COMMITBOOLS, FLASK_MLS, FLASK_DISABLE, FLASK_GETAVC_THRESHOLD, FLASK_USER
    union {
#pragma xenabi arm FLASK_LOAD
        xen_flask_load_t load;
#pragma xenabi arm FLASK_SETENFORCE
        xen_flask_setenforce_t enforce;
#pragma xenabi arm FLASK_CONTEXT_TO_SID, FLASK_SID_TO_CONTEXT
        xen_flask_sid_context_t sid_context;
#pragma xenabi arm FLASK_ACCESS
        xen_flask_access_t access;
#pragma xenabi arm FLASK_CREATE, FLASK_RELABEL, FLASK_MEMBER
        xen_flask_transition_t transition;
#if __XEN_INTERFACE_VERSION__ < 0x00040800
        struct xen_flask_userlist userlist;
#endif
#pragma xenabi arm FLASK_GETBOOL, FLASK_SETBOOL
        xen_flask_boolean_t boolean;
#pragma xenabi arm FLASK_SETAVC_THRESHOLD
        xen_flask_setavc_threshold_t setavc_threshold;
#pragma xenabi arm FLASK_AVC_HASHSTATS
        xen_flask_hash_stats_t hash_stats;
#pragma xenabi arm FLASK_AVC_CACHESTATS
        xen_flask_cache_stats_t cache_stats;
#pragma xenabi arm FLASK_ADD_OCONTEXT, FLASK_DEL_OCONTEXT
        xen_flask_ocontext_t ocontext;
#pragma xenabi arm FLASK_GET_PEER_SID
        xen_flask_peersid_t peersid;
#pragma xenabi arm FLASK_RELABEL_DOMAIN
        xen_flask_relabel_t relabel;
#pragma xenabi arm FLASK_DEVICETREE_LABEL
        xen_flask_devicetree_label_t devicetree_label;
    } u;
};
typedef struct xen_flask_op xen_flask_op_t;
DEFINE_XEN_GUEST_HANDLE(xen_flask_op_t);

#endif /* XEN_PUBLIC_XSM_FLASK_OP_H */
