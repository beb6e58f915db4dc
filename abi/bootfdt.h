/* SPDX-License-Identifier: MIT */
/*
 * Device-tree boot information: settings for the domains Xen creates at
 * boot from its device tree.
 */
#ifndef XEN_PUBLIC_BOOTFDT_H
#define XEN_PUBLIC_BOOTFDT_H

/*
 * Bits of a boot domain's "capabilities" property, which splits the
 * duties of a traditional dom0 (all three bits) between domains; an
 * ordinary domU has none, the default.
 */
#define DOMAIN_CAPS_CONTROL  (1U << 0)  /* may control other domains */
#define DOMAIN_CAPS_HARDWARE (1U << 1)  /* owns the physical hardware (and
                                           usually runs backends) */
#define DOMAIN_CAPS_XENSTORE (1U << 2)  /* runs xenstored */
#define DOMAIN_CAPS_MASK     (DOMAIN_CAPS_CONTROL | DOMAIN_CAPS_HARDWARE | \
                              DOMAIN_CAPS_XENSTORE)

#endif /* XEN_PUBLIC_BOOTFDT_H */
