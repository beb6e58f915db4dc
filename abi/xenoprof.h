/* SPDX-License-Identifier: MIT */
/*
 * xenoprof_op: system-wide profiling with the hardware performance
 * counters (the OProfile port).  The profiling domain sets up counters and
 * events; Xen writes samples into per-vCPU buffers shared with each
 * profiled ("active") domain, or on behalf of "passive" domains into
 * buffers of the profiling domain.  Xen 4.22 removed the implementation;
 * the interface is kept for existing callers.
 *
 * HYPERVISOR_xenoprof_op(op, arg): op is a XENOPROF_* value, arg the
 * structure that goes with it (unused where none is listed).
 */
#ifndef XEN_PUBLIC_XENOPROF_H
#define XEN_PUBLIC_XENOPROF_H

#include "xen.h"

#pragma xenabi hypercall xenoprof_op subop=arg1

#define XENOPROF_init                0
#define XENOPROF_reset_active_list   1
#define XENOPROF_reset_passive_list  2
#define XENOPROF_set_active          3  /* arg: the domid_t to profile */
#define XENOPROF_set_passive         4
#define XENOPROF_reserve_counters    5
#define XENOPROF_counter             6
#define XENOPROF_setup_events        7
#define XENOPROF_enable_virq         8
#define XENOPROF_start               9
#define XENOPROF_stop               10
#define XENOPROF_disable_virq       11
#define XENOPROF_release_counters   12
#define XENOPROF_shutdown           13
#define XENOPROF_get_buffer         14
#define XENOPROF_set_backtrace      15  /* arg: an int, the stack depth */

/* AMD Instruction-Based Sampling. */
#define XENOPROF_get_ibs_caps       16  /* returns the capability bits */
#define XENOPROF_ibs_counter        17
#define XENOPROF_last_op            17  /* highest op number */

#pragma xenabi subop xenoprof_op XENOPROF_init arg2=xenoprof_init_t:inout
#pragma xenabi subop xenoprof_op XENOPROF_set_active arg2=domid_t:in
#pragma xenabi subop xenoprof_op XENOPROF_set_passive arg2=xenoprof_passive_t:inout
#pragma xenabi subop xenoprof_op XENOPROF_counter arg2=xenoprof_counter_t:in
#pragma xenabi subop xenoprof_op XENOPROF_get_buffer arg2=xenoprof_get_buffer_t:inout
#pragma xenabi subop xenoprof_op XENOPROF_set_backtrace arg2=int:in
#pragma xenabi subop xenoprof_op XENOPROF_ibs_counter arg2=xenoprof_ibs_counter_t:in

#define MAX_OPROF_EVENTS    32      /* counters, at most */
#define MAX_OPROF_DOMAINS   25      /* active or passive domains, at most */
#define XENOPROF_CPU_TYPE_SIZE 64   /* bytes of xenoprof_init.cpu_type */

/* One sample (a profiling event, unrelated to event channels). */
struct event_log {
    uint64_t eip;           /* sampled program counter, or the escape code */
    uint8_t mode;           /* user, kernel or hypervisor mode */
    uint8_t event;          /* which counter fired */
};

/* An eip value meaning "not a PC": a special record follows. */
#define XENOPROF_ESCAPE_CODE (~xen_mk_ullong(0))
/* Special record: a backtrace begins. */
#define XENOPROF_TRACE_BEGIN 1

/*
 * Per-vCPU sample ring shared between Xen (producer, advances event_head)
 * and the domain (consumer, advances event_tail); event_size entries of
 * event_log continue past the structure.
 */
struct xenoprof_buf {
    uint32_t event_head;
    uint32_t event_tail;
    uint32_t event_size;    /* entries in the ring */
    uint32_t vcpu_id;
    uint64_t xen_samples;   /* samples taken, by mode */
    uint64_t kernel_samples;
    uint64_t user_samples;
    uint64_t lost_samples;  /* samples dropped on a full ring */
    struct event_log event_log[1];
};
#ifndef __XEN__
typedef struct xenoprof_buf xenoprof_buf_t;
DEFINE_XEN_GUEST_HANDLE(xenoprof_buf_t);
#endif

/* XENOPROF_init: Xen reports the counters and the CPU model. */
struct xenoprof_init {
#pragma xenabi dir out
    int32_t  num_events;    /* counters available */
#pragma xenabi dir out
    int32_t  is_primary;    /* non-zero for the profiling domain */
#pragma xenabi dir out
    char cpu_type[XENOPROF_CPU_TYPE_SIZE];  /* OProfile CPU name */
};
typedef struct xenoprof_init xenoprof_init_t;
DEFINE_XEN_GUEST_HANDLE(xenoprof_init_t);

/*
 * XENOPROF_get_buffer: the caller asks for sample buffers of max_samples
 * entries; Xen allocates nbuf buffers of bufsize bytes each, contiguous at
 * guest machine address buf_gmaddr, for the caller to map.
 */
struct xenoprof_get_buffer {
    int32_t  max_samples;
#pragma xenabi dir out
    int32_t  nbuf;
#pragma xenabi dir out
    int32_t  bufsize;
#pragma xenabi dir out
    uint64_t buf_gmaddr;
};
typedef struct xenoprof_get_buffer xenoprof_get_buffer_t;
DEFINE_XEN_GUEST_HANDLE(xenoprof_get_buffer_t);

/* XENOPROF_counter: program one counter. */
struct xenoprof_counter {
    uint32_t ind;           /* counter index */
    uint64_t count;         /* reset value (events between samples) */
    uint32_t enabled;
    uint32_t event;         /* event selector */
    uint32_t hypervisor;    /* count in hypervisor mode */
    uint32_t kernel;        /* count in kernel mode */
    uint32_t user;          /* count in user mode */
    uint64_t unit_mask;
};
typedef struct xenoprof_counter xenoprof_counter_t;
DEFINE_XEN_GUEST_HANDLE(xenoprof_counter_t);

/*
 * XENOPROF_set_passive: profile domain_id passively; Xen returns the
 * buffers it allocated for it, as for XENOPROF_get_buffer.
 */
typedef struct xenoprof_passive {
    uint16_t domain_id;
    int32_t  max_samples;
#pragma xenabi dir out
    int32_t  nbuf;
#pragma xenabi dir out
    int32_t  bufsize;
#pragma xenabi dir out
    uint64_t buf_gmaddr;
} xenoprof_passive_t;
DEFINE_XEN_GUEST_HANDLE(xenoprof_passive_t);

/* XENOPROF_ibs_counter: configure AMD Instruction-Based Sampling. */
struct xenoprof_ibs_counter {
    uint64_t op_enabled;
    uint64_t fetch_enabled;
    uint64_t max_cnt_fetch;
    uint64_t max_cnt_op;
    uint64_t rand_en;
    uint64_t dispatched_ops;
};
typedef struct xenoprof_ibs_counter xenoprof_ibs_counter_t;
DEFINE_XEN_GUEST_HANDLE(xenoprof_ibs_counter_t);

#endif /* XEN_PUBLIC_XENOPROF_H */
