/* SPDX-License-Identifier: MIT */
/*
 * The PV PCI passthrough protocol (pcifront/pciback): one shared page,
 * xen_pci_sharedinfo, holds a single operation at a time.  The frontend
 * fills op and sets XEN_PCIF_active, the backend performs it, writes the
 * results back and clears the flag.  AER recovery runs the other way: the
 * backend fills aer_op and sets XEN_PCIB_active for the frontend's driver.
 */
#ifndef XEN_PUBLIC_IO_PCIIF_H
#define XEN_PUBLIC_IO_PCIIF_H

/* The "magic" value of the protocol in xenstore. */
#define XEN_PCI_MAGIC "7"

/* xen_pci_sharedinfo.flags: bit numbers and masks */
#define _XEN_PCIF_active     (0)        /* op pending (set by the frontend) */
#define XEN_PCIF_active      (1<<_XEN_PCIF_active)
#define _XEN_PCIB_AERHANDLER (1)        /* the frontend handles AER */
#define XEN_PCIB_AERHANDLER  (1<<_XEN_PCIB_AERHANDLER)
#define _XEN_PCIB_active     (2)        /* aer_op pending (set by the backend) */
#define XEN_PCIB_active      (1<<_XEN_PCIB_active)

/* xen_pci_op.cmd and xen_pcie_aer_op.cmd */
#define XEN_PCI_OP_conf_read        (0)
#define XEN_PCI_OP_conf_write       (1)
#define XEN_PCI_OP_enable_msi       (2)
#define XEN_PCI_OP_disable_msi      (3)
#define XEN_PCI_OP_enable_msix      (4)
#define XEN_PCI_OP_disable_msix     (5)
#define XEN_PCI_OP_aer_detected     (6)
#define XEN_PCI_OP_aer_resume       (7)
#define XEN_PCI_OP_aer_mmio         (8)
#define XEN_PCI_OP_aer_slotreset    (9)
#define XEN_PCI_OP_enable_multi_msi (10)

/* xen_pci_op.err */
#define XEN_PCI_ERR_success          (0)
#define XEN_PCI_ERR_dev_not_found   (-1)
#define XEN_PCI_ERR_invalid_offset  (-2)
#define XEN_PCI_ERR_access_denied   (-3)
#define XEN_PCI_ERR_not_implemented (-4)
#define XEN_PCI_ERR_op_failed       (-5)

/* MSI-X entries one operation can carry. */
#define SH_INFO_MAX_VEC     128

/* One MSI-X table entry and the vector the backend assigned it. */
struct xen_msix_entry {
#pragma xenabi dir out
    uint16_t vector;            /* filled in by the backend */
#pragma xenabi dir in
    uint16_t entry;             /* MSI-X table index */
};

/* The frontend's operation; "in" members are the frontend's. */
struct xen_pci_op {
#pragma xenabi dir in
    uint32_t cmd;               /* XEN_PCI_OP_* */
#pragma xenabi dir out
    int32_t err;                /* XEN_PCI_ERR_* */
    /* the device */
#pragma xenabi dir in
    uint32_t domain;            /* segment */
#pragma xenabi dir in
    uint32_t bus;
#pragma xenabi dir in
    uint32_t devfn;
    /* config space access: byte offset and width */
#pragma xenabi dir in
    int32_t offset;
#pragma xenabi dir in
    int32_t size;
    /* the value written, or the value read (and MSI results) */
#pragma xenabi dir inout
    uint32_t value;
    /* an operation's extra argument (the number of MSI-X entries) */
#pragma xenabi dir in
    uint32_t info;
    /* MSI-X set-up, info entries used: entries in, vectors out */
#pragma xenabi dir inout
    struct xen_msix_entry msix_entries[SH_INFO_MAX_VEC];
};

/* An AER event the backend passes to the frontend's driver. */
struct xen_pcie_aer_op {
#pragma xenabi dir out
    uint32_t cmd;               /* XEN_PCI_OP_aer_* */
    /* the error state in, the driver's result out */
#pragma xenabi dir inout
    int32_t err;
#pragma xenabi dir out
    uint32_t domain;            /* segment */
#pragma xenabi dir out
    uint32_t bus;
#pragma xenabi dir out
    uint32_t devfn;
};

/* The shared page. */
struct xen_pci_sharedinfo {
#pragma xenabi dir inout
    uint32_t flags;             /* XEN_PCIF_*, XEN_PCIB_* */
    struct xen_pci_op op;
    struct xen_pcie_aer_op aer_op;
};

#endif /* XEN_PUBLIC_IO_PCIIF_H */
