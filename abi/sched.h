/* SPDX-License-Identifier: MIT */
/*
 * sched_op: how a guest talks to the scheduler about its own vCPUs and
 * domain -- yielding, blocking, polling event channels, shutting down and
 * arming watchdogs.
 */
#ifndef XEN_PUBLIC_SCHED_H
#define XEN_PUBLIC_SCHED_H

#include "event_channel.h"

/*
 * HYPERVISOR_sched_op(cmd, arg): cmd is a SCHEDOP_* value, arg points at
 * the sub-op's structure (or is NULL where none is needed).  Xen before
 * 3.0.2 had only yield, block and shutdown, with arg the shutdown reason
 * itself; that form survives as sched_op_compat.
 */
#pragma xenabi hypercall sched_op subop=arg1

/* Give up the CPU voluntarily; arg is NULL. */
#define SCHEDOP_yield       0

/*
 * Sleep until an event is pending for this vCPU; arg is NULL.  Upcalls are
 * re-enabled and pending events checked atomically with going to sleep.
 */
#define SCHEDOP_block       1

/*
 * Stop every vCPU of the calling domain and tell the toolstack why
 * (sched_shutdown).  For SHUTDOWN_suspend an x86 PV guest also passes its
 * start-info MFN as the third argument; the call then returns 1 when the
 * suspend was cancelled or only checkpointed and 0 in a resumed domain.
 */
#define SCHEDOP_shutdown    2
#pragma xenabi subop sched_op SCHEDOP_shutdown arg2=sched_shutdown_t:in

/* Wait for any of a set of event channels, with an optional timeout. */
#define SCHEDOP_poll        3
#pragma xenabi subop sched_op SCHEDOP_poll arg2=sched_poll_t:in

/* Shut another domain down (used by device models for HVM guests). */
#define SCHEDOP_remote_shutdown        4
#pragma xenabi subop sched_op SCHEDOP_remote_shutdown arg2=sched_remote_shutdown_t:in

/* Record a reason now, to be reported when the domain later shuts down. */
#define SCHEDOP_shutdown_code 5
#pragma xenabi subop sched_op SCHEDOP_shutdown_code arg2=sched_shutdown_t:in

/*
 * Domain watchdogs: id 0 creates one (the new id is the return value);
 * a non-zero id with timeout 0 destroys it, with a timeout re-arms it.
 */
#define SCHEDOP_watchdog    6
#pragma xenabi subop sched_op SCHEDOP_watchdog arg2=sched_watchdog_t:in

/*
 * Hardware domain only: pin the calling vCPU to one physical CPU of its
 * cpupool, or (negative pcpu) restore the affinity it had before.
 */
#define SCHEDOP_pin_override 7
#pragma xenabi subop sched_op SCHEDOP_pin_override arg2=sched_pin_override_t:in

/* SCHEDOP_shutdown and SCHEDOP_shutdown_code. */
struct sched_shutdown {
    unsigned int reason;        /* a SHUTDOWN_* code */
};
typedef struct sched_shutdown sched_shutdown_t;
DEFINE_XEN_GUEST_HANDLE(sched_shutdown_t);

/* SCHEDOP_poll. */
struct sched_poll {
    /* The ports to wait on. */
    #pragma xenabi count nr_ports
    #pragma xenabi dir in
    XEN_GUEST_HANDLE(evtchn_port_t) ports;
    unsigned int nr_ports;
    /* Absolute system time (ns) to give up at; 0 waits for ever. */
    uint64_t timeout;
};
typedef struct sched_poll sched_poll_t;
DEFINE_XEN_GUEST_HANDLE(sched_poll_t);

/* SCHEDOP_remote_shutdown. */
struct sched_remote_shutdown {
    domid_t domain_id;          /* the domain to shut down */
    unsigned int reason;        /* a SHUTDOWN_* code */
};
typedef struct sched_remote_shutdown sched_remote_shutdown_t;
DEFINE_XEN_GUEST_HANDLE(sched_remote_shutdown_t);

/* SCHEDOP_watchdog. */
struct sched_watchdog {
    uint32_t id;                /* 0 to create a new watchdog */
    uint32_t timeout;           /* seconds; 0 destroys the watchdog */
};
typedef struct sched_watchdog sched_watchdog_t;
DEFINE_XEN_GUEST_HANDLE(sched_watchdog_t);

/* SCHEDOP_pin_override. */
struct sched_pin_override {
    int32_t pcpu;               /* physical CPU, or negative to undo */
};
typedef struct sched_pin_override sched_pin_override_t;
DEFINE_XEN_GUEST_HANDLE(sched_pin_override_t);

/*
 * Shutdown reasons, passed on to the toolstack which decides what to do
 * with the domain; Xen itself mostly ignores them.
 */
#define SHUTDOWN_poweroff   0   /* normal exit: clean up and destroy */
#define SHUTDOWN_reboot     1   /* clean up, destroy, start again */
#define SHUTDOWN_suspend    2   /* clean up and save state for resume */
#define SHUTDOWN_crash      3   /* the guest crashed */
#define SHUTDOWN_watchdog   4   /* a watchdog expired: restart */
/*
 * Soft reset: Xen forgets the domain's Xen-specific state but keeps its
 * memory and vCPU contexts, so the guest can set everything up afresh.
 */
#define SHUTDOWN_soft_reset 5
#define SHUTDOWN_MAX        5   /* highest valid reason */

#endif /* XEN_PUBLIC_SCHED_H */
