/* SPDX-License-Identifier: MIT */
/*
 * Device-model operations: what an emulator (QEMU or another device model,
 * usually in a service or control domain) asks of Xen on behalf of the HVM
 * or PVH guest it serves.  Most of it manages IOREQ servers, the channel
 * through which Xen hands the emulator the guest accesses it must emulate;
 * the rest raises interrupts, injects events and adjusts the guest's memory
 * on the emulator's behalf.
 *
 * HYPERVISOR_dm_op(domid, nr_bufs, bufs): <domid> is the guest operated on;
 * <bufs> is an array of <nr_bufs> buffer descriptors.  The first buffer
 * holds a struct xen_dm_op (the sub-op number and its parameters); some
 * sub-ops use further buffers for bulk data in either direction.
 */
#ifndef XEN_PUBLIC_HVM_DM_OP_H
#define XEN_PUBLIC_HVM_DM_OP_H

#include "../xen.h"
#include "../event_channel.h"

#pragma xenabi verbatim begin
#ifndef uint64_aligned_t
#define uint64_aligned_t uint64_t
#endif
#pragma xenabi verbatim end

#pragma xenabi hypercall dm_op arg3=xen_dm_op_buf_t[arg2]:in

/*
 * IOREQ servers.  A domain has at most one "default" server, created
 * implicitly when the emulator reads the ioreq-related HVM parameters
 * (the synchronous ioreq page, the buffered ioreq ring page, or the
 * buffered ioreq event channel).  Additional servers, created with the
 * sub-ops below, serve only the port, MMIO and PCI config ranges they
 * register.
 */

/* Identifies one IOREQ server of a domain. */
typedef uint16_t ioservid_t;

/*
 * XEN_DMOP_create_ioreq_server: create a new IOREQ server for the target
 * domain.  <handle_bufioreq> is a HVM_IOREQSRV_BUFIOREQ_* value (hvm_op.h);
 * with HVM_IOREQSRV_BUFIOREQ_OFF there is no buffered ring and every
 * request the server gets is synchronous.
 */
#define XEN_DMOP_create_ioreq_server 1

struct xen_dm_op_create_ioreq_server {
    uint8_t handle_bufioreq;
    uint8_t pad[3];
    /* The new server's id, unique within the target domain. */
#pragma xenabi dir out
    ioservid_t id;
};
typedef struct xen_dm_op_create_ioreq_server xen_dm_op_create_ioreq_server_t;

/*
 * XEN_DMOP_get_ioreq_server_info: what an emulator needs to talk to server
 * <id>: the event channel on which buffered requests are signalled (the
 * synchronous ones carry their own ports in the per-vCPU ioreq slots) and,
 * unless <flags> has XEN_DMOP_no_gfns, the guest frames holding the
 * synchronous ioreq page and the buffered ring, for emulators that cannot
 * map them with XENMEM_acquire_resource (the preferred way,
 * XENMEM_resource_ioreq_server).  <bufioreq_gfn> means nothing for a
 * server without a buffered ring.
 */
#define XEN_DMOP_get_ioreq_server_info 2

struct xen_dm_op_get_ioreq_server_info {
    ioservid_t id;
    uint16_t flags;                 /* XEN_DMOP_no_gfns */

/* Bit number and mask: do not place the ioreq pages in the guest's physmap. */
#define _XEN_DMOP_no_gfns 0
#define XEN_DMOP_no_gfns (1u << _XEN_DMOP_no_gfns)

#pragma xenabi dir out
    evtchn_port_t bufioreq_port;
#pragma xenabi dir out
    uint64_aligned_t ioreq_gfn;
#pragma xenabi dir out
    uint64_aligned_t bufioreq_gfn;
};
typedef struct xen_dm_op_get_ioreq_server_info xen_dm_op_get_ioreq_server_info_t;

/*
 * XEN_DMOP_map_io_range_to_ioreq_server and
 * XEN_DMOP_unmap_io_range_from_ioreq_server: add or remove a range of
 * accesses that server <id> emulates.  <type> says what <start> and <end>
 * (both inclusive) count: I/O ports, guest physical addresses, or PCI
 * config spaces named by segment/bus/device/function (encode those with
 * XEN_DMOP_PCI_SBDF).  An access is forwarded to the server only when it
 * lies wholly inside one of its ranges.
 */
#define XEN_DMOP_map_io_range_to_ioreq_server     3
#define XEN_DMOP_unmap_io_range_from_ioreq_server 4

struct xen_dm_op_ioreq_server_range {
    ioservid_t id;
    uint16_t pad;
    uint32_t type;                  /* XEN_DMOP_IO_RANGE_* */
/* Values of <type>. */
#define XEN_DMOP_IO_RANGE_PORT   0  /* port I/O */
#define XEN_DMOP_IO_RANGE_MEMORY 1  /* memory-mapped I/O */
#define XEN_DMOP_IO_RANGE_PCI    2  /* PCI config space, by SBDF */
    uint64_aligned_t start, end;
};
typedef struct xen_dm_op_ioreq_server_range xen_dm_op_ioreq_server_range_t;

/* Pack a PCI segment, bus, device and function into a range bound. */
#define XEN_DMOP_PCI_SBDF(s,b,d,f) \
    ((((s) & 0xffff) << 16) |      \
     (((b) & 0xff) << 8) |         \
     (((d) & 0x1f) << 3) |         \
     ((f) & 0x07))

/*
 * XEN_DMOP_set_ioreq_server_state: enable (<enabled> non-zero) or disable
 * server <id>.  A disabled server receives no requests, and the frames
 * reported by XEN_DMOP_get_ioreq_server_info hold nothing useful until the
 * server is enabled.
 */
#define XEN_DMOP_set_ioreq_server_state 5

struct xen_dm_op_set_ioreq_server_state {
    ioservid_t id;
    uint8_t enabled;
    uint8_t pad;
};
typedef struct xen_dm_op_set_ioreq_server_state xen_dm_op_set_ioreq_server_state_t;

/* XEN_DMOP_destroy_ioreq_server: remove server <id> and all its ranges. */
#define XEN_DMOP_destroy_ioreq_server 6

struct xen_dm_op_destroy_ioreq_server {
    ioservid_t id;
    uint16_t pad;
};
typedef struct xen_dm_op_destroy_ioreq_server xen_dm_op_destroy_ioreq_server_t;

/*
 * XEN_DMOP_track_dirty_vram: report which of the <nr> frames from
 * <first_pfn> on (typically emulated video memory) were written since the
 * last call.  The dirty bitmap, one bit per frame, comes back in the
 * second buffer of the hypercall.
 */
#define XEN_DMOP_track_dirty_vram 7

struct xen_dm_op_track_dirty_vram {
    uint32_t nr;
    uint32_t pad;
    uint64_aligned_t first_pfn;
};
typedef struct xen_dm_op_track_dirty_vram xen_dm_op_track_dirty_vram_t;

/*
 * XEN_DMOP_set_pci_intx_level: drive one INTx pin of an emulated PCI
 * device, named by PCI domain, bus, device and pin, to <level> (0 low,
 * 1 asserted).
 */
#define XEN_DMOP_set_pci_intx_level 8

struct xen_dm_op_set_pci_intx_level {
    uint16_t domain;
    uint8_t bus, device, intx;
    uint8_t level;
};
typedef struct xen_dm_op_set_pci_intx_level xen_dm_op_set_pci_intx_level_t;

/*
 * XEN_DMOP_set_isa_irq_level: drive ISA interrupt line <isa_irq> (0..15)
 * to <level> (0 low, 1 asserted).
 */
#define XEN_DMOP_set_isa_irq_level 9

struct xen_dm_op_set_isa_irq_level {
    uint8_t isa_irq;
    uint8_t level;
};
typedef struct xen_dm_op_set_isa_irq_level xen_dm_op_set_isa_irq_level_t;

/*
 * XEN_DMOP_set_pci_link_route: route PCI interrupt link <link> (0..3) to
 * ISA IRQ <isa_irq> (1..15), or disconnect it with 0.
 */
#define XEN_DMOP_set_pci_link_route 10

struct xen_dm_op_set_pci_link_route {
    uint8_t link;
    uint8_t isa_irq;
};
typedef struct xen_dm_op_set_pci_link_route xen_dm_op_set_pci_link_route_t;

/*
 * XEN_DMOP_modified_memory: tell Xen the emulator wrote guest memory (so
 * that log-dirty tracking sees it).  The second buffer holds an array of
 * <nr_extents> struct xen_dm_op_modified_memory_extent.  When an extent
 * fails, <nr_extents> comes back as its index plus one, and which pages
 * were marked dirty is unspecified.
 */
#define XEN_DMOP_modified_memory 11

struct xen_dm_op_modified_memory {
#pragma xenabi dir inout
    uint32_t nr_extents;
    /* Continuation state: the caller passes 0. */
#pragma xenabi dir inout
    uint32_t opaque;
};
typedef struct xen_dm_op_modified_memory xen_dm_op_modified_memory_t;

/* One run of <nr> written frames starting at <first_pfn>. */
struct xen_dm_op_modified_memory_extent {
    uint32_t nr;
    uint32_t pad;
    uint64_aligned_t first_pfn;
};

/*
 * XEN_DMOP_set_mem_type: give the <nr> frames from <first_pfn> on the
 * memory type <mem_type> (an hvmmem_type_t, see hvm_op.h).  When the call
 * is preempted (-ERESTART), <first_pfn> and <nr> are updated to describe
 * the part still to do.
 */
#define XEN_DMOP_set_mem_type 12

struct xen_dm_op_set_mem_type {
#pragma xenabi dir inout
    uint32_t nr;
    uint16_t mem_type;
    uint16_t pad;
#pragma xenabi dir inout
    uint64_aligned_t first_pfn;
};
typedef struct xen_dm_op_set_mem_type xen_dm_op_set_mem_type_t;

/*
 * XEN_DMOP_inject_event: queue an event for vCPU <vcpuid>, delivered when
 * it next runs.  The caller is responsible for knowing what the event
 * does to the vCPU in its current state.  <error_code> is ~0 when the
 * event has none; <cr2> carries the faulting address of a page fault, or
 * the pending debug state of a #DB.
 */
#define XEN_DMOP_inject_event 13

struct xen_dm_op_inject_event {
    uint32_t vcpuid;
    uint8_t vector;
    uint8_t type;                   /* XEN_DMOP_EVENT_* */
/* Values of <type>; the numbering is the x86 event-type encoding. */
#define XEN_DMOP_EVENT_ext_int    0 /* external interrupt */
#define XEN_DMOP_EVENT_nmi        2 /* non-maskable interrupt */
#define XEN_DMOP_EVENT_hw_exc     3 /* hardware exception */
#define XEN_DMOP_EVENT_sw_int     4 /* software interrupt (INT n) */
#define XEN_DMOP_EVENT_pri_sw_exc 5 /* privileged software exception (INT1) */
#define XEN_DMOP_EVENT_sw_exc     6 /* software exception (INT3, INTO) */
    uint8_t insn_len;               /* length of the instruction, for software events */
    uint8_t pad0;
    uint32_t error_code;
    uint32_t pad1;
    uint64_aligned_t cr2;
};
typedef struct xen_dm_op_inject_event xen_dm_op_inject_event_t;

/*
 * XEN_DMOP_inject_msi: deliver a message-signalled interrupt from an
 * emulated device: <data> is the 32-bit message, <addr> its address
 * (0xfeexxxxx on x86).
 */
#define XEN_DMOP_inject_msi 14

struct xen_dm_op_inject_msi {
    uint32_t data;
    uint32_t pad;
    uint64_aligned_t addr;
};
typedef struct xen_dm_op_inject_msi xen_dm_op_inject_msi_t;

/*
 * XEN_DMOP_map_mem_type_to_ioreq_server: make server <id> the emulator of
 * guest memory of type <type> (an hvmmem_type_t) for the kinds of access
 * in <flags> (XEN_DMOP_IOREQ_MEM_ACCESS_*; only writes are supported), or
 * drop that claim with <flags> 0.
 */
#define XEN_DMOP_map_mem_type_to_ioreq_server 15

struct xen_dm_op_map_mem_type_to_ioreq_server {
    ioservid_t id;
    uint16_t type;
    uint32_t flags;

#define XEN_DMOP_IOREQ_MEM_ACCESS_READ (1u << 0)
#define XEN_DMOP_IOREQ_MEM_ACCESS_WRITE (1u << 1)

    /* Continuation state: the caller passes 0. */
#pragma xenabi dir inout
    uint64_t opaque;
};
typedef struct xen_dm_op_map_mem_type_to_ioreq_server xen_dm_op_map_mem_type_to_ioreq_server_t;

/*
 * XEN_DMOP_remote_shutdown: shut the target domain down for <reason>
 * (normally a SHUTDOWN_* value of sched.h; others are passed on too), as
 * SCHEDOP_remote_shutdown does.
 */
#define XEN_DMOP_remote_shutdown 16

struct xen_dm_op_remote_shutdown {
    uint32_t reason;
};
typedef struct xen_dm_op_remote_shutdown xen_dm_op_remote_shutdown_t;

/*
 * XEN_DMOP_relocate_memory: move <size> guest frames from <src_gfn> to
 * <dst_gfn> on, as XENMEM_add_to_physmap with XENMAPSPACE_gmfn_range.
 * Xen may rewrite every member (to continue the operation); their values
 * afterwards are not defined.
 */
#define XEN_DMOP_relocate_memory 17

struct xen_dm_op_relocate_memory {
#pragma xenabi dir inout
    uint32_t size;
    uint32_t pad;
#pragma xenabi dir inout
    uint64_aligned_t src_gfn;
#pragma xenabi dir inout
    uint64_aligned_t dst_gfn;
};
typedef struct xen_dm_op_relocate_memory xen_dm_op_relocate_memory_t;

/*
 * XEN_DMOP_pin_memory_cacheattr: force the cache attribute <type> on guest
 * frames <start>..<end> (inclusive), as XEN_DOMCTL_pin_mem_cacheattr does;
 * XEN_DMOP_DELETE_MEM_CACHEATTR removes a pinned range again.
 */
#define XEN_DMOP_pin_memory_cacheattr 18

struct xen_dm_op_pin_memory_cacheattr {
    uint64_aligned_t start;
    uint64_aligned_t end;
/* Cache attributes: the x86 MTRR/PAT memory-type encodings. */
#define XEN_DMOP_MEM_CACHEATTR_UC  0
#define XEN_DMOP_MEM_CACHEATTR_WC  1
#define XEN_DMOP_MEM_CACHEATTR_WT  4
#define XEN_DMOP_MEM_CACHEATTR_WP  5
#define XEN_DMOP_MEM_CACHEATTR_WB  6
#define XEN_DMOP_MEM_CACHEATTR_UCM 7
#define XEN_DMOP_DELETE_MEM_CACHEATTR (~(uint32_t)0)
    uint32_t type;                  /* XEN_DMOP_MEM_CACHEATTR_* */
    uint32_t pad;
};
typedef struct xen_dm_op_pin_memory_cacheattr xen_dm_op_pin_memory_cacheattr_t;

/*
 * XEN_DMOP_set_irq_level: drive interrupt line <irq> of the guest to
 * <level> (0 low, 1 asserted).  Arm only, and only for shared peripheral
 * interrupts.
 */
#define XEN_DMOP_set_irq_level 19

struct xen_dm_op_set_irq_level {
    uint32_t irq;
    uint8_t level;
    uint8_t pad[3];
};
typedef struct xen_dm_op_set_irq_level xen_dm_op_set_irq_level_t;

/*
 * XEN_DMOP_nr_vcpus: how many vCPUs the target domain was created with
 * (fixed for its lifetime): the bound on vCPU ids such as <vcpuid> of
 * XEN_DMOP_inject_event, and the number of per-vCPU ioreq slots.
 */
#define XEN_DMOP_nr_vcpus 20

struct xen_dm_op_nr_vcpus {
#pragma xenabi dir out
    uint32_t vcpus;
};
typedef struct xen_dm_op_nr_vcpus xen_dm_op_nr_vcpus_t;

/* The first buffer of every call: the sub-op and its parameters. */
struct xen_dm_op {
    uint32_t op;                    /* XEN_DMOP_* */
    uint32_t pad;
#pragma xenabi select op
    union {
#pragma xenabi arm XEN_DMOP_create_ioreq_server
        xen_dm_op_create_ioreq_server_t create_ioreq_server;
#pragma xenabi arm XEN_DMOP_get_ioreq_server_info
        xen_dm_op_get_ioreq_server_info_t get_ioreq_server_info;
#pragma xenabi arm XEN_DMOP_map_io_range_to_ioreq_server
        xen_dm_op_ioreq_server_range_t map_io_range_to_ioreq_server;
#pragma xenabi arm XEN_DMOP_unmap_io_range_from_ioreq_server
        xen_dm_op_ioreq_server_range_t unmap_io_range_from_ioreq_server;
#pragma xenabi arm XEN_DMOP_set_ioreq_server_state
        xen_dm_op_set_ioreq_server_state_t set_ioreq_server_state;
#pragma xenabi arm XEN_DMOP_destroy_ioreq_server
        xen_dm_op_destroy_ioreq_server_t destroy_ioreq_server;
#pragma xenabi arm XEN_DMOP_track_dirty_vram
        xen_dm_op_track_dirty_vram_t track_dirty_vram;
#pragma xenabi arm XEN_DMOP_set_pci_intx_level
        xen_dm_op_set_pci_intx_level_t set_pci_intx_level;
#pragma xenabi arm XEN_DMOP_set_isa_irq_level
        xen_dm_op_set_isa_irq_level_t set_isa_irq_level;
#pragma xenabi arm XEN_DMOP_set_irq_level
        xen_dm_op_set_irq_level_t set_irq_level;
#pragma xenabi arm XEN_DMOP_set_pci_link_route
        xen_dm_op_set_pci_link_route_t set_pci_link_route;
#pragma xenabi arm XEN_DMOP_modified_memory
        xen_dm_op_modified_memory_t modified_memory;
#pragma xenabi arm XEN_DMOP_set_mem_type
        xen_dm_op_set_mem_type_t set_mem_type;
#pragma xenabi arm XEN_DMOP_inject_event
        xen_dm_op_inject_event_t inject_event;
#pragma xenabi arm XEN_DMOP_inject_msi
        xen_dm_op_inject_msi_t inject_msi;
#pragma xenabi arm XEN_DMOP_map_mem_type_to_ioreq_server
        xen_dm_op_map_mem_type_to_ioreq_server_t map_mem_type_to_ioreq_server;
#pragma xenabi arm XEN_DMOP_remote_shutdown
        xen_dm_op_remote_shutdown_t remote_shutdown;
#pragma xenabi arm XEN_DMOP_relocate_memory
        xen_dm_op_relocate_memory_t relocate_memory;
#pragma xenabi arm XEN_DMOP_pin_memory_cacheattr
        xen_dm_op_pin_memory_cacheattr_t pin_memory_cacheattr;
#pragma xenabi arm XEN_DMOP_nr_vcpus
        xen_dm_op_nr_vcpus_t nr_vcpus;
    } u;
};

/* One buffer of the hypercall: <size> bytes of the caller's memory at <h>. */
struct xen_dm_op_buf {
#pragma xenabi count size
#pragma xenabi dir inout
    XEN_GUEST_HANDLE(void) h;
    xen_ulong_t size;
};
typedef struct xen_dm_op_buf xen_dm_op_buf_t;
DEFINE_XEN_GUEST_HANDLE(xen_dm_op_buf_t);

#endif /* XEN_PUBLIC_HVM_DM_OP_H */
