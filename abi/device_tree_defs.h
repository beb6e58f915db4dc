/* SPDX-License-Identifier: MIT */
/*
 * Values the toolstack and Xen use when they build a guest's device tree.
 */
#ifndef XEN_PUBLIC_DEVICE_TREE_DEFS_H
#define XEN_PUBLIC_DEVICE_TREE_DEFS_H

#if defined(__XEN__) || defined(__XEN_TOOLS__)
/*
 * Fixed phandles, taken from the top of the range so they do not collide
 * with the ones dtc hands out counting up from 1.
 */
#define GUEST_PHANDLE_GIC (65000)
#define GUEST_PHANDLE_IOMMU (GUEST_PHANDLE_GIC + 1)

/* #address-cells and #size-cells of the root node. */
#define GUEST_ROOT_ADDRESS_CELLS 2
#define GUEST_ROOT_SIZE_CELLS 2

/* Interrupt trigger types, as in device-tree interrupt specifiers. */
#define DT_IRQ_TYPE_NONE           0x00000000   /* unspecified */
#define DT_IRQ_TYPE_EDGE_RISING    0x00000001
#define DT_IRQ_TYPE_EDGE_FALLING   0x00000002
#define DT_IRQ_TYPE_EDGE_BOTH                           \
    (DT_IRQ_TYPE_EDGE_FALLING | DT_IRQ_TYPE_EDGE_RISING)
#define DT_IRQ_TYPE_LEVEL_HIGH     0x00000004
#define DT_IRQ_TYPE_LEVEL_LOW      0x00000008
#define DT_IRQ_TYPE_LEVEL_MASK                          \
    (DT_IRQ_TYPE_LEVEL_LOW | DT_IRQ_TYPE_LEVEL_HIGH)
#define DT_IRQ_TYPE_SENSE_MASK     0x0000000f   /* every trigger bit */

/* Not a valid type: the initial value before one is known. */
#define DT_IRQ_TYPE_INVALID        0x00000010

#endif

#endif /* XEN_PUBLIC_DEVICE_TREE_DEFS_H */
