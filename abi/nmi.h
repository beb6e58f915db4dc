/* SPDX-License-Identifier: MIT */
/*
 * nmi_op: letting a (PV) guest take NMIs, and the reasons Xen reports for
 * them in the shared-info page.
 */
#ifndef XEN_PUBLIC_NMI_H
#define XEN_PUBLIC_NMI_H

#include "xen.h"

/*
 * Bits of arch_shared_info.nmi_reason saying why an NMI was raised.
 */
/* I/O check error (ISA port 0x61, bit 6). */
#define _XEN_NMIREASON_io_error     0
#define XEN_NMIREASON_io_error      (1UL << _XEN_NMIREASON_io_error)
/* PCI SERR (ISA port 0x61, bit 7). */
#define _XEN_NMIREASON_pci_serr     1
#define XEN_NMIREASON_pci_serr      (1UL << _XEN_NMIREASON_pci_serr)
#if __XEN_INTERFACE_VERSION__ < 0x00040300
/* Old name of the pci_serr bit. */
#define _XEN_NMIREASON_parity_error 1
#define XEN_NMIREASON_parity_error  (1UL << _XEN_NMIREASON_parity_error)
#endif
/* An NMI the hardware raised for no known reason. */
#define _XEN_NMIREASON_unknown      2
#define XEN_NMIREASON_unknown       (1UL << _XEN_NMIREASON_unknown)

/*
 * HYPERVISOR_nmi_op(cmd, arg): cmd is a XENNMI_* value, arg the sub-op's
 * structure (NULL where unused).
 */
#pragma xenabi hypercall nmi_op subop=arg1

/*
 * Install the guest's NMI handler.  Returns -ENOSYS where guests cannot
 * handle NMIs, -EINVAL for a bad handler address.
 */
#define XENNMI_register_callback   0
#pragma xenabi subop nmi_op XENNMI_register_callback arg2=xennmi_callback_t:in
struct xennmi_callback {
    xen_native_ulong_t handler_address;     /* guest virtual address */
    xen_native_ulong_t pad;
};
typedef struct xennmi_callback xennmi_callback_t;
DEFINE_XEN_GUEST_HANDLE(xennmi_callback_t);

/* Remove the NMI handler; arg is NULL. */
#define XENNMI_unregister_callback 1

#endif /* XEN_PUBLIC_NMI_H */
