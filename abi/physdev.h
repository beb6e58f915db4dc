/* SPDX-License-Identifier: MIT */
/*
 * HYPERVISOR_physdev_op(cmd, arg): physical-device services for guests
 * that drive real hardware (mostly the hardware domain): physical IRQs
 * (PIRQs) and their EOI, I/O privilege and I/O-port bitmaps, IO-APIC
 * access, MSI set-up, and telling Xen about PCI devices, segments and
 * MMCFG areas.  cmd is one of PHYSDEVOP_*; arg points to the structure
 * that goes with it (or is unused).
 */
#ifndef XEN_PUBLIC_PHYSDEV_H
#define XEN_PUBLIC_PHYSDEV_H

#include "xen.h"

#pragma xenabi hypercall physdev_op subop=arg1

/* Signal end of interrupt for a PIRQ. */
#define PHYSDEVOP_eoi                   12
#pragma xenabi subop physdev_op PHYSDEVOP_eoi arg2=physdev_eoi_t:in

struct physdev_eoi {
    uint32_t irq;
};
typedef struct physdev_eoi physdev_eoi_t;
DEFINE_XEN_GUEST_HANDLE(physdev_eoi_t);

/*
 * Register a page that Xen keeps as a bitmap, indexed by PIRQ, of the
 * PIRQs that need PHYSDEVOP_eoi.  v1 also makes PHYSDEVOP_eoi unmask the
 * bound event channel; v2 leaves PHYSDEVOP_eoi as it is.
 */
#define PHYSDEVOP_pirq_eoi_gmfn_v1       17
#define PHYSDEVOP_pirq_eoi_gmfn_v2       28
#pragma xenabi subop physdev_op PHYSDEVOP_pirq_eoi_gmfn_v1 arg2=physdev_pirq_eoi_gmfn_t:in
#pragma xenabi subop physdev_op PHYSDEVOP_pirq_eoi_gmfn_v2 arg2=physdev_pirq_eoi_gmfn_t:in

struct physdev_pirq_eoi_gmfn {
    /* The bitmap page. */
    xen_pfn_t gmfn;
};
typedef struct physdev_pirq_eoi_gmfn physdev_pirq_eoi_gmfn_t;
DEFINE_XEN_GUEST_HANDLE(physdev_pirq_eoi_gmfn_t);

/* Ask about an IRQ line. */
#define PHYSDEVOP_irq_status_query       5
#pragma xenabi subop physdev_op PHYSDEVOP_irq_status_query arg2=physdev_irq_status_query_t:inout

struct physdev_irq_status_query {
    uint32_t irq;
    /* XENIRQSTAT_* bits. */
#pragma xenabi dir out
    uint32_t flags;
};
typedef struct physdev_irq_status_query physdev_irq_status_query_t;
DEFINE_XEN_GUEST_HANDLE(physdev_irq_status_query_t);

/* The guest must issue PHYSDEVOP_eoi once it has handled the IRQ. */
#define _XENIRQSTAT_needs_eoi   (0)
#define  XENIRQSTAT_needs_eoi   (1U<<_XENIRQSTAT_needs_eoi)

/* Other guests share the IRQ. */
#define _XENIRQSTAT_shared      (1)
#define  XENIRQSTAT_shared      (1U<<_XENIRQSTAT_shared)

/* Set the calling vCPU's I/O privilege level. */
#define PHYSDEVOP_set_iopl               6
#pragma xenabi subop physdev_op PHYSDEVOP_set_iopl arg2=physdev_set_iopl_t:in

struct physdev_set_iopl {
    uint32_t iopl;
};
typedef struct physdev_set_iopl physdev_set_iopl_t;
DEFINE_XEN_GUEST_HANDLE(physdev_set_iopl_t);

/* Give the calling vCPU an I/O-port permission bitmap. */
#define PHYSDEVOP_set_iobitmap           7
#pragma xenabi subop physdev_op PHYSDEVOP_set_iobitmap arg2=physdev_set_iobitmap_t:in

struct physdev_set_iobitmap {
    /* One bit per port, set bits deny access. */
#if __XEN_INTERFACE_VERSION__ >= 0x00030205
#pragma xenabi count bits nr_ports
#pragma xenabi dir in
    XEN_GUEST_HANDLE(uint8) bitmap;
#else
    uint8_t *bitmap;
#endif
    /* Ports covered by the bitmap. */
    uint32_t nr_ports;
};
typedef struct physdev_set_iobitmap physdev_set_iobitmap_t;
DEFINE_XEN_GUEST_HANDLE(physdev_set_iobitmap_t);

/* Access one register of an IO-APIC (read into, or write from, value). */
#define PHYSDEVOP_apic_read              8
#define PHYSDEVOP_apic_write             9
#pragma xenabi subop physdev_op PHYSDEVOP_apic_read arg2=physdev_apic_t:inout
#pragma xenabi subop physdev_op PHYSDEVOP_apic_write arg2=physdev_apic_t:in

struct physdev_apic {
    /* Physical base address of the IO-APIC. */
    xen_native_ulong_t apic_physbase;
    /* Register index. */
    uint32_t reg;
    /* The value written, or read back. */
#pragma xenabi dir out PHYSDEVOP_apic_read
#pragma xenabi dir in PHYSDEVOP_apic_write
    uint32_t value;
};
typedef struct physdev_apic physdev_apic_t;
DEFINE_XEN_GUEST_HANDLE(physdev_apic_t);

/* Get or release a physical interrupt vector for an IRQ line. */
#define PHYSDEVOP_alloc_irq_vector      10
#define PHYSDEVOP_free_irq_vector       11
#pragma xenabi subop physdev_op PHYSDEVOP_alloc_irq_vector arg2=physdev_irq_t:inout
#pragma xenabi subop physdev_op PHYSDEVOP_free_irq_vector arg2=physdev_irq_t:in

struct physdev_irq {
    uint32_t irq;
    /* The vector: returned by alloc, passed to free. */
#pragma xenabi dir out PHYSDEVOP_alloc_irq_vector
#pragma xenabi dir in PHYSDEVOP_free_irq_vector
    uint32_t vector;
};
typedef struct physdev_irq physdev_irq_t;
DEFINE_XEN_GUEST_HANDLE(physdev_irq_t);

/* Kinds of interrupt source for PHYSDEVOP_map_pirq / get_free_pirq. */
#define MAP_PIRQ_TYPE_MSI               0x0
#define MAP_PIRQ_TYPE_GSI               0x1
#define MAP_PIRQ_TYPE_UNKNOWN           0x2
#define MAP_PIRQ_TYPE_MSI_SEG           0x3
#define MAP_PIRQ_TYPE_MULTI_MSI         0x4

/* Bind a GSI or MSI(-X) source to a PIRQ of a domain. */
#define PHYSDEVOP_map_pirq               13
#pragma xenabi subop physdev_op PHYSDEVOP_map_pirq arg2=physdev_map_pirq_t:inout

struct physdev_map_pirq {
    domid_t domid;
    /* MAP_PIRQ_TYPE_*. */
    int type;
    /* GSI number, or MSI entry index (not used for MULTI_MSI). */
    int index;
    /* The PIRQ wanted (or -1 for any); the one bound on return. */
#pragma xenabi dir inout
    int pirq;
    /* PCI bus; bits 16-31 hold the segment for MSI_SEG and MULTI_MSI. */
    int bus;
    int devfn;
    /* MSI-X entry number, or the vector count for MULTI_MSI (Xen may update it). */
#pragma xenabi dir inout
    int entry_nr;
    /* MSI-X table base address. */
    uint64_t table_base;
};
typedef struct physdev_map_pirq physdev_map_pirq_t;
DEFINE_XEN_GUEST_HANDLE(physdev_map_pirq_t);

/* Undo PHYSDEVOP_map_pirq. */
#define PHYSDEVOP_unmap_pirq             14
#pragma xenabi subop physdev_op PHYSDEVOP_unmap_pirq arg2=physdev_unmap_pirq_t:in

struct physdev_unmap_pirq {
    domid_t domid;
    int pirq;
};

typedef struct physdev_unmap_pirq physdev_unmap_pirq_t;
DEFINE_XEN_GUEST_HANDLE(physdev_unmap_pirq_t);

/* Report a PCI device (segment 0) added or removed. */
#define PHYSDEVOP_manage_pci_add         15
#define PHYSDEVOP_manage_pci_remove      16
#pragma xenabi subop physdev_op PHYSDEVOP_manage_pci_add arg2=physdev_manage_pci_t:in
#pragma xenabi subop physdev_op PHYSDEVOP_manage_pci_remove arg2=physdev_manage_pci_t:in

struct physdev_manage_pci {
    uint8_t bus;
    uint8_t devfn;
};

typedef struct physdev_manage_pci physdev_manage_pci_t;
DEFINE_XEN_GUEST_HANDLE(physdev_manage_pci_t);

/* Reprogram a device's MSI state (e.g. after resume), segment 0. */
#define PHYSDEVOP_restore_msi            19
#pragma xenabi subop physdev_op PHYSDEVOP_restore_msi arg2=physdev_restore_msi_t:in

struct physdev_restore_msi {
    uint8_t bus;
    uint8_t devfn;
};
typedef struct physdev_restore_msi physdev_restore_msi_t;
DEFINE_XEN_GUEST_HANDLE(physdev_restore_msi_t);

/* PHYSDEVOP_manage_pci_add for extended and virtual (SR-IOV) functions. */
#define PHYSDEVOP_manage_pci_add_ext     20
#pragma xenabi subop physdev_op PHYSDEVOP_manage_pci_add_ext arg2=physdev_manage_pci_ext_t:in

struct physdev_manage_pci_ext {
    uint8_t bus;
    uint8_t devfn;
    /* Non-zero for an ARI extended function. */
    uint32_t is_extfn;
    /* Non-zero for a virtual function; physfn is then its parent. */
    uint32_t is_virtfn;
    struct {
        uint8_t bus;
        uint8_t devfn;
    } physfn;
};

typedef struct physdev_manage_pci_ext physdev_manage_pci_ext_t;
DEFINE_XEN_GUEST_HANDLE(physdev_manage_pci_ext_t);

/*
 * The argument of the old single-argument physdev_op_compat hypercall,
 * replaced by physdev_op(cmd, arg) in interface 0x00030202.
 */
#pragma xenabi hypercall physdev_op_compat arg1=physdev_op_t:inout

struct physdev_op {
    /* PHYSDEVOP_*. */
    uint32_t cmd;
#pragma xenabi select cmd
    union {
#pragma xenabi arm PHYSDEVOP_irq_status_query
        physdev_irq_status_query_t irq_status_query;
#pragma xenabi arm PHYSDEVOP_set_iopl
        physdev_set_iopl_t         set_iopl;
#pragma xenabi arm PHYSDEVOP_set_iobitmap
        physdev_set_iobitmap_t     set_iobitmap;
#pragma xenabi arm PHYSDEVOP_apic_read, PHYSDEVOP_apic_write
        physdev_apic_t             apic_op;
#pragma xenabi arm PHYSDEVOP_alloc_irq_vector, PHYSDEVOP_free_irq_vector
        physdev_irq_t              irq_op;
    } u;
};
typedef struct physdev_op physdev_op_t;
DEFINE_XEN_GUEST_HANDLE(physdev_op_t);

/* Set trigger mode and polarity of a GSI (hardware domain). */
#define PHYSDEVOP_setup_gsi    21
#pragma xenabi subop physdev_op PHYSDEVOP_setup_gsi arg2=physdev_setup_gsi_t:in

struct physdev_setup_gsi {
    int gsi;
    /* 0: edge, 1: level. */
    uint8_t triggering;
    /* 0: active high, 1: active low. */
    uint8_t polarity;
};

typedef struct physdev_setup_gsi physdev_setup_gsi_t;
DEFINE_XEN_GUEST_HANDLE(physdev_setup_gsi_t);

/* Number 22 is kept unused. */

/* Find an unused PIRQ for a source of the given MAP_PIRQ_TYPE_GSI/MSI. */
#define PHYSDEVOP_get_free_pirq    23
#pragma xenabi subop physdev_op PHYSDEVOP_get_free_pirq arg2=physdev_get_free_pirq_t:inout

struct physdev_get_free_pirq {
    int type;
#pragma xenabi dir out
    uint32_t pirq;
};

typedef struct physdev_get_free_pirq physdev_get_free_pirq_t;
DEFINE_XEN_GUEST_HANDLE(physdev_get_free_pirq_t);

/* Bit of physdev_pci_mmcfg_reserved.flags: the area is reserved. */
#define XEN_PCI_MMCFG_RESERVED         0x1

/* Tell Xen whether firmware reserved a PCI MMCFG (ECAM) area. */
#define PHYSDEVOP_pci_mmcfg_reserved    24
#pragma xenabi subop physdev_op PHYSDEVOP_pci_mmcfg_reserved arg2=physdev_pci_mmcfg_reserved_t:in

struct physdev_pci_mmcfg_reserved {
    /* Base address of the area. */
    uint64_t address;
    uint16_t segment;
    uint8_t start_bus;
    uint8_t end_bus;
    /* XEN_PCI_MMCFG_*. */
    uint32_t flags;
};
typedef struct physdev_pci_mmcfg_reserved physdev_pci_mmcfg_reserved_t;
DEFINE_XEN_GUEST_HANDLE(physdev_pci_mmcfg_reserved_t);

/* Bits of physdev_pci_device_add.flags. */
#define XEN_PCI_DEV_EXTFN              0x1
#define XEN_PCI_DEV_VIRTFN             0x2
#define XEN_PCI_DEV_PXM                0x4

/* Report a PCI device added, in any segment. */
#define PHYSDEVOP_pci_device_add        25
#pragma xenabi subop physdev_op PHYSDEVOP_pci_device_add arg2=physdev_pci_device_add_t:in

struct physdev_pci_device_add {
    uint16_t seg;
    uint8_t bus;
    uint8_t devfn;
    /* XEN_PCI_DEV_*. */
    uint32_t flags;
    /* Parent function of a virtual function. */
    struct {
        uint8_t bus;
        uint8_t devfn;
    } physfn;
    /*
     * Optional values, selected by flags: [0] is the device's proximity
     * domain when XEN_PCI_DEV_PXM is set.
     */
#pragma xenabi count (flags & XEN_PCI_DEV_PXM) != 0
    __extension__ uint32_t optarr[XEN_FLEX_ARRAY_DIM];
};
typedef struct physdev_pci_device_add physdev_pci_device_add_t;
DEFINE_XEN_GUEST_HANDLE(physdev_pci_device_add_t);

/* Report a PCI device removed. */
#define PHYSDEVOP_pci_device_remove     26
/* PHYSDEVOP_restore_msi for a device in any segment. */
#define PHYSDEVOP_restore_msi_ext       27
/*
 * The hardware domain brackets changes to the BARs of an MSI-X capable
 * device: prepare (they will not change) and release (they may change).
 */
#define PHYSDEVOP_prepare_msix          30
#define PHYSDEVOP_release_msix          31
/*
 * The hardware domain reset a PCI device: Xen rebuilds what it caches
 * about it.
 */
#define PHYSDEVOP_pci_device_reset      32

#pragma xenabi subop physdev_op PHYSDEVOP_pci_device_remove arg2=physdev_pci_device_t:in
#pragma xenabi subop physdev_op PHYSDEVOP_restore_msi_ext arg2=physdev_pci_device_t:in
#pragma xenabi subop physdev_op PHYSDEVOP_prepare_msix arg2=physdev_pci_device_t:in
#pragma xenabi subop physdev_op PHYSDEVOP_release_msix arg2=physdev_pci_device_t:in
#pragma xenabi subop physdev_op PHYSDEVOP_pci_device_reset arg2=pci_device_reset:in

/* A PCI function by segment, bus and devfn. */
struct physdev_pci_device {
    uint16_t seg;
    uint8_t bus;
    uint8_t devfn;
};
typedef struct physdev_pci_device physdev_pci_device_t;
DEFINE_XEN_GUEST_HANDLE(physdev_pci_device_t);

struct pci_device_reset {
    physdev_pci_device_t dev;
/* Kind of reset that took place (flags & PCI_DEVICE_RESET_MASK). */
#define PCI_DEVICE_RESET_COLD 0x0
#define PCI_DEVICE_RESET_WARM 0x1
#define PCI_DEVICE_RESET_HOT  0x2
#define PCI_DEVICE_RESET_FLR  0x3
#define PCI_DEVICE_RESET_MASK 0x3
    uint32_t flags;
};

/* PHYSDEVOP_dbgp_op: the USB debug port driver tells Xen about resets. */
#define PHYSDEVOP_DBGP_RESET_PREPARE    1
#define PHYSDEVOP_DBGP_RESET_DONE       2

#define PHYSDEVOP_DBGP_BUS_UNKNOWN      0
#define PHYSDEVOP_DBGP_BUS_PCI          1

#define PHYSDEVOP_dbgp_op               29
#pragma xenabi subop physdev_op PHYSDEVOP_dbgp_op arg2=physdev_dbgp_op_t:in

struct physdev_dbgp_op {
    /* PHYSDEVOP_DBGP_RESET_*. */
    uint8_t op;
    /* PHYSDEVOP_DBGP_BUS_*: how the controller is named in u. */
    uint8_t bus;
#pragma xenabi select bus
    union {
#pragma xenabi arm PHYSDEVOP_DBGP_BUS_PCI
        physdev_pci_device_t pci;
    } u;
};
typedef struct physdev_dbgp_op physdev_dbgp_op_t;
DEFINE_XEN_GUEST_HANDLE(physdev_dbgp_op_t);

/*
 * Once: the guest unmasked some PIRQ-bound event channels.  Obsolete since
 * interface 0x00030202 and not supported by current Xen (no argument).
 */
#define PHYSDEVOP_IRQ_UNMASK_NOTIFY      4
#pragma xenabi subop physdev_op PHYSDEVOP_IRQ_UNMASK_NOTIFY

#if __XEN_INTERFACE_VERSION__ < 0x00040600
/*
 * Old upper-case names, superseded in 0x00030202 (this guard came only
 * after 4.5, hence the later version).
 */
#define PHYSDEVOP_IRQ_STATUS_QUERY       PHYSDEVOP_irq_status_query
#define PHYSDEVOP_SET_IOPL               PHYSDEVOP_set_iopl
#define PHYSDEVOP_SET_IOBITMAP           PHYSDEVOP_set_iobitmap
#define PHYSDEVOP_APIC_READ              PHYSDEVOP_apic_read
#define PHYSDEVOP_APIC_WRITE             PHYSDEVOP_apic_write
#define PHYSDEVOP_ASSIGN_VECTOR          PHYSDEVOP_alloc_irq_vector
#define PHYSDEVOP_FREE_VECTOR            PHYSDEVOP_free_irq_vector
#define PHYSDEVOP_IRQ_NEEDS_UNMASK_NOTIFY XENIRQSTAT_needs_eoi
#define PHYSDEVOP_IRQ_SHARED             XENIRQSTAT_shared
#endif

/* The EOI-bitmap sub-op a guest gets by the bare name. */
#if __XEN_INTERFACE_VERSION__ < 0x00040200
#define PHYSDEVOP_pirq_eoi_gmfn PHYSDEVOP_pirq_eoi_gmfn_v1
#else
#define PHYSDEVOP_pirq_eoi_gmfn PHYSDEVOP_pirq_eoi_gmfn_v2
#endif

#endif /* XEN_PUBLIC_PHYSDEV_H */
