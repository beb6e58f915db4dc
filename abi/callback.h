/* SPDX-License-Identifier: MIT */
/*
 * callback_op: registering the guest entry points Xen calls into (event
 * upcalls, failsafe, syscall/sysenter, NMI).  Needs xen_callback_t, which
 * only the x86 and Arm architecture headers define.
 */
#pragma xenabi profiles x86_32 x86_64 arm32 arm64
#ifndef XEN_PUBLIC_CALLBACK_H
#define XEN_PUBLIC_CALLBACK_H

#include "xen.h"

/*
 * HYPERVISOR_callback_op(cmd, arg): cmd is a CALLBACKOP_* value, arg the
 * sub-op's structure.
 */
#pragma xenabi hypercall callback_op subop=arg1

/* Kinds of callback (callback_register.type). */
#define CALLBACKTYPE_event                 0    /* event-channel upcall */
#define CALLBACKTYPE_failsafe              1    /* x86: guest state could not be restored */
#define CALLBACKTYPE_syscall               2    /* x86-64: syscall from a 64-bit guest app */
#define CALLBACKTYPE_sysenter_deprecated   3
#define CALLBACKTYPE_nmi                   4    /* x86: NMI delivery */
/*
 * x86 sysenter: 32-bit Xen only with supervisor_mode_kernel; 64-bit Xen
 * for 32-bit (and 64-bit, though syscall is preferred) guest apps on Intel.
 */
#define CALLBACKTYPE_sysenter              5
#define CALLBACKTYPE_syscall32             7    /* x86-64: syscall from a 32-bit app on AMD */

/*
 * callback_register.flags: keep event delivery masked while the callback
 * runs (ignored for event and NMI callbacks, which always mask).
 */
#define _CALLBACKF_mask_events             0
#define CALLBACKF_mask_events              (1U << _CALLBACKF_mask_events)

/* Install a callback. */
#define CALLBACKOP_register                0
#pragma xenabi subop callback_op CALLBACKOP_register arg2=callback_register_t:in
struct callback_register {
    uint16_t type;              /* CALLBACKTYPE_* */
    uint16_t flags;             /* CALLBACKF_* */
#pragma xenabi compat_at address.eip
    xen_callback_t address;     /* entry point */
};
typedef struct callback_register callback_register_t;
DEFINE_XEN_GUEST_HANDLE(callback_register_t);

/* Remove a callback; some types cannot be removed (-EINVAL). */
#define CALLBACKOP_unregister              1
#pragma xenabi subop callback_op CALLBACKOP_unregister arg2=callback_unregister_t:in
struct callback_unregister {
    uint16_t type;              /* CALLBACKTYPE_* */
    uint16_t _unused;
};
typedef struct callback_unregister callback_unregister_t;
DEFINE_XEN_GUEST_HANDLE(callback_unregister_t);

#if __XEN_INTERFACE_VERSION__ < 0x00030207
/* Old guests knew sysenter under the number that is now deprecated. */
#undef CALLBACKTYPE_sysenter
#define CALLBACKTYPE_sysenter CALLBACKTYPE_sysenter_deprecated
#endif

#endif /* XEN_PUBLIC_CALLBACK_H */
