/* SPDX-License-Identifier: MIT */
/*
 * The XenBus device state machine: each end of a split device publishes
 * its state in the "state" key of its xenstore directory and watches the
 * other end's, stepping through these values as it connects and
 * disconnects.
 */
#ifndef XEN_PUBLIC_IO_XENBUS_H
#define XEN_PUBLIC_IO_XENBUS_H

enum xenbus_state {
    XenbusStateUnknown       = 0,
    XenbusStateInitialising  = 1,
    /* set up as far as it can go alone: waits for the peer (or hotplug) */
    XenbusStateInitWait      = 2,
    /* ready, waits for the peer to connect */
    XenbusStateInitialised   = 3,
    XenbusStateConnected     = 4,
    /* shutting down (an unplug request or an error) */
    XenbusStateClosing       = 5,
    XenbusStateClosed        = 6,
    /* a connected device being reconfigured, and done */
    XenbusStateReconfiguring = 7,
    XenbusStateReconfigured  = 8
};
typedef enum xenbus_state XenbusState;

#endif /* XEN_PUBLIC_IO_XENBUS_H */
