/* SPDX-License-Identifier: MIT */
/*
 * Linux's event-channel device (/dev/xen/evtchn): user space binds ports,
 * then reads the ports that fired from the device and writes them back to
 * unmask them.  The ioctls return the local port they bound.
 */
#ifndef XEN_PUBLIC_LINUX_EVTCHN_H
#define XEN_PUBLIC_LINUX_EVTCHN_H

#pragma xenabi profiles x86_32 x86_64

#include "../xen.h"
#include "ioc.h"

/* Bind a virtual IRQ of the calling vCPU 0. */
struct ioctl_evtchn_bind_virq {
    unsigned int virq;
};

/* Connect to an unbound port another domain opened for us. */
struct ioctl_evtchn_bind_interdomain {
    unsigned int remote_domain;
    unsigned int remote_port;
};

/* Open a port that remote_domain may connect to. */
struct ioctl_evtchn_bind_unbound_port {
    unsigned int remote_domain;
};

/* Close a port bound through this file. */
struct ioctl_evtchn_unbind {
    unsigned int port;
};

/* Signal the other end of a port bound through this file. */
struct ioctl_evtchn_notify {
    unsigned int port;
};

/* Bind only to ports of this domain from now on (cannot be undone). */
struct ioctl_evtchn_restrict_domid {
    domid_t domid;
};

#define IOCTL_EVTCHN_BIND_VIRQ _IOC(_IOC_NONE, 'E', 0, sizeof(struct ioctl_evtchn_bind_virq))
#define IOCTL_EVTCHN_BIND_INTERDOMAIN _IOC(_IOC_NONE, 'E', 1, sizeof(struct ioctl_evtchn_bind_interdomain))
#define IOCTL_EVTCHN_BIND_UNBOUND_PORT _IOC(_IOC_NONE, 'E', 2, sizeof(struct ioctl_evtchn_bind_unbound_port))
#define IOCTL_EVTCHN_UNBIND _IOC(_IOC_NONE, 'E', 3, sizeof(struct ioctl_evtchn_unbind))
#define IOCTL_EVTCHN_NOTIFY _IOC(_IOC_NONE, 'E', 4, sizeof(struct ioctl_evtchn_notify))
/* Clear the pending state of every port; no argument. */
#define IOCTL_EVTCHN_RESET _IOC(_IOC_NONE, 'E', 5, 0)
#define IOCTL_EVTCHN_RESTRICT_DOMID _IOC(_IOC_NONE, 'E', 6, sizeof(struct ioctl_evtchn_restrict_domid))

#endif /* XEN_PUBLIC_LINUX_EVTCHN_H */
