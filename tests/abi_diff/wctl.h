/* SPDX-License-Identifier: MIT */
/* The base's versioned interface: its records change with its version. */
#ifndef WCTL_H
#define WCTL_H

#define WIDGET_CTL_INTERFACE_VERSION 0x00000003
#define WCTL_GETINFO 1

struct wctl_info {
    uint32_t domain;
    uint32_t flags;
    uint64_t pages;
};

#endif /* WCTL_H */
