/* SPDX-License-Identifier: MIT */
/*
 * domctl: the toolstack's control of one domain (create, destroy, pause,
 * memory limits, vCPU state, scheduling, device assignment, debugging...).
 * Only the control domain (or a domain with the matching XSM rights) may
 * call it, and the interface is not stable: every struct xen_domctl carries
 * XEN_DOMCTL_INTERFACE_VERSION and Xen refuses any other value.
 *
 * HYPERVISOR_domctl(xen_domctl_t *): the single argument holds the command
 * (cmd), the interface version, the target domain and the command's
 * parameters in union u.
 */
#ifndef XEN_PUBLIC_DOMCTL_H
#define XEN_PUBLIC_DOMCTL_H

#if !defined(__XEN__) && !defined(__XEN_TOOLS__)
#error "domctl operations are intended for use by node control tools only"
#endif
/* Compiles in the tools view only. */
#pragma xenabi view tools

#include "xen.h"
#include "event_channel.h"
#include "grant_table.h"
#include "hvm/save.h"
#include "memory.h"

#define XEN_DOMCTL_INTERFACE_VERSION 0x00000018

/*
 * The sub-op is not an argument of the hypercall but the cmd member of the
 * structure in arg1; union u of that structure is selected by cmd (see
 * struct xen_domctl).  The subop lines below name the operations and the
 * structure each takes.
 */
#pragma xenabi hypercall domctl subop=arg1.cmd arg1=xen_domctl_t:inout

/*
 * XEN_DOMCTL_createdomain: make a new domain.  The caller may ask for a
 * domain id in xen_domctl.domain (or pass 0 to let Xen choose); Xen writes
 * the id it used back there.
 */
struct xen_domctl_createdomain {
    /* Security label for XSM. */
    uint32_t ssidref;
    /* Toolstack-chosen handle (usually the UUID). */
    xen_domain_handle_t handle;

/* Bits of flags. */
#define _XEN_DOMCTL_CDF_hvm           0   /* HVM/PVH rather than PV */
#define XEN_DOMCTL_CDF_hvm            (1U<<_XEN_DOMCTL_CDF_hvm)
#define _XEN_DOMCTL_CDF_hap           1   /* use hardware-assisted paging */
#define XEN_DOMCTL_CDF_hap            (1U<<_XEN_DOMCTL_CDF_hap)
#define _XEN_DOMCTL_CDF_s3_integrity  2   /* keep memory integrity over S3 */
#define XEN_DOMCTL_CDF_s3_integrity   (1U<<_XEN_DOMCTL_CDF_s3_integrity)
#define _XEN_DOMCTL_CDF_oos_off       3   /* no out-of-sync shadow page tables */
#define XEN_DOMCTL_CDF_oos_off        (1U<<_XEN_DOMCTL_CDF_oos_off)
#define _XEN_DOMCTL_CDF_xs_domain     4   /* the domain runs xenstored */
#define XEN_DOMCTL_CDF_xs_domain      (1U<<_XEN_DOMCTL_CDF_xs_domain)
#define _XEN_DOMCTL_CDF_iommu         5   /* give the domain an IOMMU context */
#define XEN_DOMCTL_CDF_iommu          (1U<<_XEN_DOMCTL_CDF_iommu)
#define _XEN_DOMCTL_CDF_nested_virt   6   /* expose virtualisation extensions */
#define XEN_DOMCTL_CDF_nested_virt    (1U << _XEN_DOMCTL_CDF_nested_virt)
#define XEN_DOMCTL_CDF_vpmu           (1U << 7)   /* virtual PMU */
/* Accesses to unmapped guest memory are reported to the guest (Arm). */
#define XEN_DOMCTL_CDF_trap_unmapped_accesses  (1U << 8)
/* The highest flag defined. */
#define XEN_DOMCTL_CDF_MAX XEN_DOMCTL_CDF_trap_unmapped_accesses
    uint32_t flags;

/* Bits of iommu_opts: do not share the CPU's page tables with the IOMMU. */
#define _XEN_DOMCTL_IOMMU_no_sharept  0
#define XEN_DOMCTL_IOMMU_no_sharept   (1U << _XEN_DOMCTL_IOMMU_no_sharept)
#define XEN_DOMCTL_IOMMU_MAX XEN_DOMCTL_IOMMU_no_sharept
    uint32_t iommu_opts;

    /* Limits: vCPUs, highest event channel port, grant and maptrack
     * frames (a negative frame count asks for the default). */
    uint32_t max_vcpus;
    uint32_t max_evtchn_port;
    int32_t max_grant_frames;
    int32_t max_maptrack_frames;

/* The low bits of grant_opts: the highest grant table version allowed. */
#define XEN_DOMCTL_GRANT_version_mask    0xf
#pragma xenabi verbatim begin
#define XEN_DOMCTL_GRANT_version(v)      ((v) & XEN_DOMCTL_GRANT_version_mask)
#pragma xenabi verbatim end
    uint32_t grant_opts;

    /* Alternate p2m views. */
    struct {
/* Modes for opts (0: altp2m off). */
#define XEN_DOMCTL_ALTP2M_mixed      (1U)   /* usable by the guest and tools */
#define XEN_DOMCTL_ALTP2M_external   (2U)   /* tools only */
#define XEN_DOMCTL_ALTP2M_limited    (3U)   /* guest may only switch views */
#define XEN_DOMCTL_ALTP2M_mode_mask  (0x3U)
#pragma xenabi verbatim begin
#define XEN_DOMCTL_ALTP2M_mode(m)    ((m) & XEN_DOMCTL_ALTP2M_mode_mask)
#pragma xenabi verbatim end
        uint16_t opts;
        /* Number of views (0: Xen's default). */
        uint16_t nr;
    } altp2m;

    /* Bytes of per-vCPU processor trace buffer (0: none). */
    uint32_t vmtrace_size;

    /* CPU pool to put the domain in. */
    uint32_t cpupool_id;

    struct xen_arch_domainconfig arch;
};

/*
 * XEN_DOMCTL_getdomaininfo: the state of one domain (also the element of
 * XEN_SYSCTL_getdomaininfolist).  All fields are written by Xen.
 */
struct xen_domctl_getdomaininfo {
    domid_t  domain;
    uint16_t pad1;

/* Bits of flags. */
#define _XEN_DOMINF_dying     0   /* being destroyed */
#define XEN_DOMINF_dying      (1U<<_XEN_DOMINF_dying)
#define _XEN_DOMINF_hvm_guest 1   /* HVM or PVH */
#define XEN_DOMINF_hvm_guest  (1U<<_XEN_DOMINF_hvm_guest)
#define _XEN_DOMINF_shutdown  2   /* shut down; the reason is in the high bits */
#define XEN_DOMINF_shutdown   (1U<<_XEN_DOMINF_shutdown)
#define _XEN_DOMINF_paused    3   /* paused by the control domain */
#define XEN_DOMINF_paused     (1U<<_XEN_DOMINF_paused)
#define _XEN_DOMINF_blocked   4   /* every vCPU blocked */
#define XEN_DOMINF_blocked    (1U<<_XEN_DOMINF_blocked)
#define _XEN_DOMINF_running   5   /* some vCPU running */
#define XEN_DOMINF_running    (1U<<_XEN_DOMINF_running)
#define _XEN_DOMINF_debugged  6   /* under a debugger */
#define XEN_DOMINF_debugged   (1U<<_XEN_DOMINF_debugged)
#define _XEN_DOMINF_xs_domain 7   /* runs xenstored */
#define XEN_DOMINF_xs_domain  (1U<<_XEN_DOMINF_xs_domain)
#define _XEN_DOMINF_hap       8   /* uses hardware-assisted paging */
#define XEN_DOMINF_hap        (1U<<_XEN_DOMINF_hap)
/* The SHUTDOWN_* reason, at (flags >> shift) & mask. */
#define XEN_DOMINF_shutdownmask 255
#define XEN_DOMINF_shutdownshift 16
    uint32_t flags;
    uint64_aligned_t tot_pages;
    uint64_aligned_t max_pages;
    uint64_aligned_t outstanding_pages;
    uint64_aligned_t shr_pages;
    uint64_aligned_t paged_pages;
    uint64_aligned_t shared_info_frame;  /* GFN of the shared info page */
    uint64_aligned_t cpu_time;           /* ns */
    uint32_t nr_online_vcpus;
/* max_vcpu_id of a domain without vCPUs. */
#define XEN_INVALID_MAX_VCPU_ID (~0U)
    uint32_t max_vcpu_id;
    uint32_t ssidref;
    xen_domain_handle_t handle;
    uint32_t cpupool;
    uint8_t gpaddr_bits;                 /* width of guest physical addresses */
    uint8_t pad2[7];
    struct xen_arch_domainconfig arch_config;
};
typedef struct xen_domctl_getdomaininfo xen_domctl_getdomaininfo_t;
DEFINE_XEN_GUEST_HANDLE(xen_domctl_getdomaininfo_t);

/*
 * XEN_DOMCTL_getpageframeinfo3: the type of each of num guest frames.  The
 * array holds GFNs on entry; Xen ORs a XEN_DOMCTL_PFINFO_* type into the
 * top bits of each entry.
 */
#define XEN_DOMCTL_PFINFO_LTAB_SHIFT 28
#define XEN_DOMCTL_PFINFO_NOTAB   (0x0U<<28)
#define XEN_DOMCTL_PFINFO_L1TAB   (0x1U<<28)
#define XEN_DOMCTL_PFINFO_L2TAB   (0x2U<<28)
#define XEN_DOMCTL_PFINFO_L3TAB   (0x3U<<28)
#define XEN_DOMCTL_PFINFO_L4TAB   (0x4U<<28)
#define XEN_DOMCTL_PFINFO_LTABTYPE_MASK (0x7U<<28)
#define XEN_DOMCTL_PFINFO_LPINTAB (0x1U<<31)     /* pinned page table */
#define XEN_DOMCTL_PFINFO_XTAB    (0xfU<<28)     /* not a valid frame */
#define XEN_DOMCTL_PFINFO_XALLOC  (0xeU<<28)     /* to be allocated, not copied */
#define XEN_DOMCTL_PFINFO_BROKEN  (0xdU<<28)     /* hardware-broken frame */
#define XEN_DOMCTL_PFINFO_LTAB_MASK (0xfU<<28)

struct xen_domctl_getpageframeinfo3 {
    uint64_aligned_t num;
#pragma xenabi count num
#pragma xenabi dir inout
    XEN_GUEST_HANDLE_64(xen_pfn_t) array;
};

/*
 * XEN_DOMCTL_shadow_op: control of shadow / HAP paging and log-dirty mode.
 */
/* Values of op. */
#define XEN_DOMCTL_SHADOW_OP_OFF         0    /* back to no shadow mode */
#define XEN_DOMCTL_SHADOW_OP_ENABLE      32   /* enable the modes in mode */
#define XEN_DOMCTL_SHADOW_OP_CLEAN       11   /* read and clear the dirty bitmap */
#define XEN_DOMCTL_SHADOW_OP_PEEK        12   /* read the dirty bitmap */
#define XEN_DOMCTL_SHADOW_OP_GET_ALLOCATION   30  /* mb: current pool size */
#define XEN_DOMCTL_SHADOW_OP_SET_ALLOCATION   31  /* mb: new pool size */
/* Older forms of ENABLE. */
#define XEN_DOMCTL_SHADOW_OP_ENABLE_TEST       1
#define XEN_DOMCTL_SHADOW_OP_ENABLE_LOGDIRTY   2

/* Bits of mode for OP_ENABLE. */
#define XEN_DOMCTL_SHADOW_ENABLE_REFCOUNT  (1 << 1)  /* Xen counts references */
#define XEN_DOMCTL_SHADOW_ENABLE_LOG_DIRTY (1 << 2)  /* track dirty pages */
#define XEN_DOMCTL_SHADOW_ENABLE_TRANSLATE (1 << 3)  /* Xen translates GFNs */
#define XEN_DOMCTL_SHADOW_ENABLE_EXTERNAL  (1 << 4)  /* guest does not see its own tables */

/* Bit of mode for OP_CLEAN / OP_PEEK: the final pass of a migration. */
#define XEN_DOMCTL_SHADOW_LOGDIRTY_FINAL   (1 << 0)

/* Fault and dirty counts since the last CLEAN. */
struct xen_domctl_shadow_op_stats {
    uint32_t fault_count;
    uint32_t dirty_count;
};

struct xen_domctl_shadow_op {
    uint32_t       op;       /* XEN_DOMCTL_SHADOW_OP_* */
    uint32_t       mode;     /* XEN_DOMCTL_SHADOW_ENABLE_* or LOGDIRTY_FINAL */
    uint32_t       mb;       /* shadow pool size, MiB */
    /* One bit per page, pages bits long. */
#pragma xenabi count bits pages
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(uint8) dirty_bitmap;
    uint64_aligned_t pages;  /* in: bitmap size; out: pages covered */
    struct xen_domctl_shadow_op_stats stats;
};

/* XEN_DOMCTL_max_mem: the domain's memory limit. */
struct xen_domctl_max_mem {
    uint64_aligned_t max_memkb;  /* KiB */
};

/*
 * XEN_DOMCTL_setvcpucontext / XEN_DOMCTL_getvcpucontext: one vCPU's
 * register state.  A null ctxt on set resets the vCPU.
 */
struct xen_domctl_vcpucontext {
    uint32_t              vcpu;
#pragma xenabi count 1
#pragma xenabi dir in XEN_DOMCTL_setvcpucontext
#pragma xenabi dir out XEN_DOMCTL_getvcpucontext
    XEN_GUEST_HANDLE_64(vcpu_guest_context_t) ctxt;
};

/* XEN_DOMCTL_getvcpuinfo: run state of one vCPU. */
struct xen_domctl_getvcpuinfo {
    uint32_t vcpu;               /* in */
#pragma xenabi dir out
    uint8_t  online;
#pragma xenabi dir out
    uint8_t  blocked;
#pragma xenabi dir out
    uint8_t  running;
#pragma xenabi dir out
    uint64_aligned_t cpu_time;   /* ns */
#pragma xenabi dir out
    uint32_t cpu;                /* physical CPU it is on */
};

/* XEN_DOMCTL_setnodeaffinity / XEN_DOMCTL_getnodeaffinity: NUMA nodes. */
struct xen_domctl_nodeaffinity {
    struct xenctl_bitmap nodemap;
};

/* XEN_DOMCTL_setvcpuaffinity / XEN_DOMCTL_getvcpuaffinity. */
struct xen_domctl_vcpuaffinity {
    uint32_t  vcpu;
/* Bits of flags: which maps are set or read. */
#define _XEN_VCPUAFFINITY_HARD  0   /* where the vCPU may run */
#define XEN_VCPUAFFINITY_HARD   (1U<<_XEN_VCPUAFFINITY_HARD)
#define _XEN_VCPUAFFINITY_SOFT  1   /* where it prefers to run */
#define XEN_VCPUAFFINITY_SOFT   (1U<<_XEN_VCPUAFFINITY_SOFT)
#define _XEN_VCPUAFFINITY_FORCE 2   /* undo a temporary override (set only) */
#define XEN_VCPUAFFINITY_FORCE  (1U<<_XEN_VCPUAFFINITY_FORCE)
    uint32_t flags;
    /* On set Xen writes back the effective maps. */
    struct xenctl_bitmap cpumap_hard;
    struct xenctl_bitmap cpumap_soft;
};

/* XEN_DOMCTL_max_vcpus: how many vCPUs the domain may have. */
struct xen_domctl_max_vcpus {
    uint32_t max;
};

/* XEN_DOMCTL_scheduler_op: per-domain or per-vCPU scheduler parameters. */
/* Scheduler ids (4 was SEDF, removed). */
#define XEN_SCHEDULER_CREDIT   5
#define XEN_SCHEDULER_CREDIT2  6
#define XEN_SCHEDULER_ARINC653 7
#define XEN_SCHEDULER_RTDS     8
#define XEN_SCHEDULER_NULL     9

struct xen_domctl_sched_credit {
    uint16_t weight;
    uint16_t cap;
};

struct xen_domctl_sched_credit2 {
    uint16_t weight;
    uint16_t cap;
};

struct xen_domctl_sched_rtds {
    uint32_t period;   /* us */
    uint32_t budget;   /* us */
/* Bit of flags: the vCPU may use spare time beyond its budget. */
#define _XEN_DOMCTL_SCHEDRT_extra   0
#define XEN_DOMCTL_SCHEDRT_extra    (1U<<_XEN_DOMCTL_SCHEDRT_extra)
    uint32_t flags;
};

/*
 * Parameters of one vCPU.  The live arm of u is the scheduler of the
 * enclosing xen_domctl_scheduler_op (sched_id), which is outside this
 * record, so no selector is given here.
 */
typedef struct xen_domctl_schedparam_vcpu {
    union {
        struct xen_domctl_sched_credit credit;
        struct xen_domctl_sched_credit2 credit2;
        struct xen_domctl_sched_rtds rtds;
    } u;
    uint32_t vcpuid;
} xen_domctl_schedparam_vcpu_t;
DEFINE_XEN_GUEST_HANDLE(xen_domctl_schedparam_vcpu_t);

/* Values of cmd. */
#define XEN_DOMCTL_SCHEDOP_putinfo 0
#define XEN_DOMCTL_SCHEDOP_getinfo 1
#define XEN_DOMCTL_SCHEDOP_putvcpuinfo 2
#define XEN_DOMCTL_SCHEDOP_getvcpuinfo 3
struct xen_domctl_scheduler_op {
    uint32_t sched_id;  /* XEN_SCHEDULER_* */
    uint32_t cmd;       /* XEN_DOMCTL_SCHEDOP_* */
    /*
     * The per-domain commands use the arm of sched_id; the per-vCPU ones
     * use v.  The selector is sched_id for putinfo/getinfo and 0 for the
     * vCPU commands.
     */
#pragma xenabi select (cmd < XEN_DOMCTL_SCHEDOP_putvcpuinfo) * sched_id unused XEN_SCHEDULER_ARINC653, XEN_SCHEDULER_NULL
    union {
#pragma xenabi arm XEN_SCHEDULER_CREDIT
        struct xen_domctl_sched_credit credit;
#pragma xenabi arm XEN_SCHEDULER_CREDIT2
        struct xen_domctl_sched_credit2 credit2;
#pragma xenabi arm XEN_SCHEDULER_RTDS
        struct xen_domctl_sched_rtds rtds;
#pragma xenabi arm 0
        struct {
            /* nr_vcpus entries; Xen may stop early and report in
             * nr_vcpus how many it handled. */
#pragma xenabi count nr_vcpus
#pragma xenabi dir in XEN_DOMCTL_SCHEDOP_putvcpuinfo
#pragma xenabi dir inout XEN_DOMCTL_SCHEDOP_getvcpuinfo
            XEN_GUEST_HANDLE_64(xen_domctl_schedparam_vcpu_t) vcpus;
#pragma xenabi dir inout
            uint32_t nr_vcpus;
            uint32_t padding;
        } v;
    } u;
};

/* XEN_DOMCTL_setdomainhandle. */
struct xen_domctl_setdomainhandle {
    xen_domain_handle_t handle;
};

/* XEN_DOMCTL_setdebugging: enable (non-zero) or disable debugging. */
struct xen_domctl_setdebugging {
    uint8_t enable;
};

/* XEN_DOMCTL_irq_permission: grant or revoke access to a physical IRQ. */
struct xen_domctl_irq_permission {
    uint32_t pirq;
    uint8_t allow_access;
    uint8_t pad[3];
};

/* XEN_DOMCTL_gsi_permission: grant or revoke access to a GSI (x86). */
struct xen_domctl_gsi_permission {
    uint32_t gsi;
/* flags: the action, in the low bit. */
#define XEN_DOMCTL_GSI_REVOKE      0
#define XEN_DOMCTL_GSI_GRANT       1
#define XEN_DOMCTL_GSI_ACTION_MASK 1
    uint32_t flags;
};

/* XEN_DOMCTL_iomem_permission: access to a range of machine frames. */
struct xen_domctl_iomem_permission {
    uint64_aligned_t first_mfn;
    uint64_aligned_t nr_mfns;
    uint8_t  allow_access;
};

/* XEN_DOMCTL_ioport_permission: access to a range of I/O ports (x86). */
struct xen_domctl_ioport_permission {
    uint32_t first_port;
    uint32_t nr_ports;
    uint8_t  allow_access;
};

/* XEN_DOMCTL_hypercall_init: write the hypercall page into frame gmfn. */
struct xen_domctl_hypercall_init {
    uint64_aligned_t  gmfn;
};

/* XEN_DOMCTL_settimeoffset: wall-clock offset of the domain. */
struct xen_domctl_settimeoffset {
    int64_aligned_t time_offset_seconds;
};

/*
 * XEN_DOMCTL_gethvmcontext / XEN_DOMCTL_sethvmcontext: the whole HVM save
 * record stream (hvm/save.h).  A null buffer on get returns the size
 * needed in size.
 */
struct xen_domctl_hvmcontext {
    uint32_t size;   /* bytes in buffer */
#pragma xenabi count size
#pragma xenabi dir out XEN_DOMCTL_gethvmcontext
#pragma xenabi dir in XEN_DOMCTL_sethvmcontext
    XEN_GUEST_HANDLE_64(uint8) buffer;
};

/* XEN_DOMCTL_set_address_size / XEN_DOMCTL_get_address_size: bits. */
struct xen_domctl_address_size {
    uint32_t size;
};

/* XEN_DOMCTL_sendtrigger: inject a virtual platform event. */
#define XEN_DOMCTL_SENDTRIGGER_NMI    0
#define XEN_DOMCTL_SENDTRIGGER_RESET  1
#define XEN_DOMCTL_SENDTRIGGER_INIT   2
#define XEN_DOMCTL_SENDTRIGGER_POWER  3
#define XEN_DOMCTL_SENDTRIGGER_SLEEP  4
struct xen_domctl_sendtrigger {
    uint32_t  trigger;  /* XEN_DOMCTL_SENDTRIGGER_* */
    uint32_t  vcpu;
};

/*
 * XEN_DOMCTL_assign_device, XEN_DOMCTL_test_assign_device,
 * XEN_DOMCTL_deassign_device: pass a PCI device or device-tree node
 * through (test: is it free to assign?).
 */
#define XEN_DOMCTL_DEV_PCI      0
#define XEN_DOMCTL_DEV_DT       1
struct xen_domctl_assign_device {
    uint32_t dev;    /* XEN_DOMCTL_DEV_* */
    uint32_t flags;
/* Bit of flags: tolerate reserved-region conflicts (assign only). */
#define XEN_DOMCTL_DEV_RDM_RELAXED      1
#pragma xenabi select dev
    union {
#pragma xenabi arm XEN_DOMCTL_DEV_PCI
        struct {
            uint32_t machine_sbdf;   /* segment/bus/device/function */
        } pci;
#pragma xenabi arm XEN_DOMCTL_DEV_DT
        struct {
            uint32_t size;           /* bytes of path, with the NUL */
#pragma xenabi count size
#pragma xenabi dir in
            XEN_GUEST_HANDLE_64(char) path;   /* device-tree path */
#ifdef __XEN__
            struct dt_device_node *dev;       /* Xen's own lookup of path */
#endif
        } dt;
    } u;
};

/* XEN_DOMCTL_get_device_group: devices sharing an IOMMU group with one. */
struct xen_domctl_get_device_group {
    uint32_t  machine_sbdf;     /* in */
    uint32_t  max_sdevs;        /* in: room in sdev_array */
#pragma xenabi dir out
    uint32_t  num_sdevs;
#pragma xenabi count max_sdevs
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(uint32)  sdev_array;
};

/* XEN_DOMCTL_bind_pt_irq / XEN_DOMCTL_unbind_pt_irq: route a machine IRQ
 * into the guest. */
enum pt_irq_type {
    PT_IRQ_TYPE_PCI,
    PT_IRQ_TYPE_ISA,
    PT_IRQ_TYPE_MSI,
    PT_IRQ_TYPE_MSI_TRANSLATE,
    PT_IRQ_TYPE_SPI     /* Arm: 32 to 1019 */
};
struct xen_domctl_bind_pt_irq {
    uint32_t machine_irq;
    uint32_t irq_type;   /* enum pt_irq_type */

#pragma xenabi select irq_type
    union {
#pragma xenabi arm PT_IRQ_TYPE_ISA
        struct {
            uint8_t isa_irq;
        } isa;
#pragma xenabi arm PT_IRQ_TYPE_PCI
        struct {
            uint8_t bus;
            uint8_t device;
            uint8_t intx;
        } pci;
#pragma xenabi arm PT_IRQ_TYPE_MSI, PT_IRQ_TYPE_MSI_TRANSLATE
        struct {
            uint8_t gvec;
            uint32_t gflags;
/* Fields of gflags (x86 MSI address/data bits). */
#define XEN_DOMCTL_VMSI_X86_DEST_ID_MASK 0x0000ff
#define XEN_DOMCTL_VMSI_X86_RH_MASK      0x000100
#define XEN_DOMCTL_VMSI_X86_DM_MASK      0x000200
#define XEN_DOMCTL_VMSI_X86_DELIV_MASK   0x007000
#define XEN_DOMCTL_VMSI_X86_TRIG_MASK    0x008000
#define XEN_DOMCTL_VMSI_X86_UNMASKED     0x010000
            uint64_aligned_t gtable;   /* guest address of the MSI-X table */
        } msi;
#pragma xenabi arm PT_IRQ_TYPE_SPI
        struct {
            uint16_t spi;
        } spi;
    } u;
};

/*
 * XEN_DOMCTL_memory_mapping: map (or unmap) machine frames into the guest
 * physical space.  Returns 0 when done, a positive count of frames done
 * when the caller must call again for the rest, -E2BIG when nr_mfns is
 * too large, another negative errno on failure.
 */
#define DPCI_ADD_MAPPING         1
#define DPCI_REMOVE_MAPPING      0
struct xen_domctl_memory_mapping {
    uint64_aligned_t first_gfn;
    uint64_aligned_t first_mfn;
    uint64_aligned_t nr_mfns;   /* > 0 */
    uint32_t add_mapping;       /* DPCI_ADD_MAPPING or DPCI_REMOVE_MAPPING */
    uint32_t padding;
};

/* XEN_DOMCTL_ioport_mapping: map machine I/O ports to guest ports (x86). */
struct xen_domctl_ioport_mapping {
    uint32_t first_gport;
    uint32_t first_mport;
    uint32_t nr_ports;
    uint32_t add_mapping;       /* DPCI_* */
};

/*
 * XEN_DOMCTL_pin_mem_cacheattr (x86 HVM): cache types, the x86 MTRR/PAT
 * encodings.
 */
#define XEN_DOMCTL_MEM_CACHEATTR_UC  0
#define XEN_DOMCTL_MEM_CACHEATTR_WC  1
#define XEN_DOMCTL_MEM_CACHEATTR_WT  4
#define XEN_DOMCTL_MEM_CACHEATTR_WP  5
#define XEN_DOMCTL_MEM_CACHEATTR_WB  6
#define XEN_DOMCTL_MEM_CACHEATTR_UCM 7
#define XEN_DOMCTL_DELETE_MEM_CACHEATTR (~(uint32_t)0)

/*
 * XEN_DOMCTL_set_ext_vcpucontext / XEN_DOMCTL_get_ext_vcpucontext: vCPU
 * state outside vcpu_guest_context (x86: 32-bit SYSCALL and SYSENTER
 * entry points, machine-check state).
 */
struct xen_domctl_ext_vcpucontext {
    uint32_t         vcpu;
    /* Bytes of this structure used (get: written, at most 128). */
    uint32_t         size;
#if defined(__i386__) || defined(__x86_64__)
    uint64_aligned_t syscall32_callback_eip;
    uint64_aligned_t sysenter_callback_eip;
    uint16_t         syscall32_callback_cs;
    uint16_t         sysenter_callback_cs;
    uint8_t          syscall32_disables_events;
    uint8_t          sysenter_disables_events;
    /* Machine-check state; mcg_cap is the older name of vmce.caps. */
#if defined(__GNUC__)
    __extension__ union {
        uint64_aligned_t mcg_cap;
        struct hvm_vmce_vcpu vmce;
    };
#else
    struct hvm_vmce_vcpu vmce;
#endif
#endif
};

/* XEN_DOMCTL_set_target: let the domain control domain target. */
struct xen_domctl_set_target {
    domid_t target;
};

#if defined(__i386__) || defined(__x86_64__)
/* A leaf without subleaves has this as subleaf. */
# define XEN_CPUID_INPUT_UNUSED  0xFFFFFFFF

/*
 * XEN_DOMCTL_get_cpu_policy / XEN_DOMCTL_set_cpu_policy (x86): the
 * domain's CPUID and MSR policy.
 */
struct xen_domctl_cpu_policy {
#pragma xenabi dir inout
    uint32_t nr_leaves;   /* entries in leaves; out: entries written */
#pragma xenabi dir inout
    uint32_t nr_msrs;     /* entries in msrs; out: entries written */
#pragma xenabi count nr_leaves
#pragma xenabi dir out XEN_DOMCTL_get_cpu_policy
#pragma xenabi dir in XEN_DOMCTL_set_cpu_policy
    XEN_GUEST_HANDLE_64(xen_cpuid_leaf_t) leaves;
#pragma xenabi count nr_msrs
#pragma xenabi dir out XEN_DOMCTL_get_cpu_policy
#pragma xenabi dir in XEN_DOMCTL_set_cpu_policy
    XEN_GUEST_HANDLE_64(xen_msr_entry_t)  msrs;
    /* set: on some failures, the leaf, subleaf or MSR Xen objected to. */
#pragma xenabi dir out
    uint32_t err_leaf;
#pragma xenabi dir out
    uint32_t err_subleaf;
#pragma xenabi dir out
    uint32_t err_msr;
};
typedef struct xen_domctl_cpu_policy xen_domctl_cpu_policy_t;
DEFINE_XEN_GUEST_HANDLE(xen_domctl_cpu_policy_t);
#endif

/*
 * XEN_DOMCTL_subscribe: the event channel signalled when the domain
 * suspends (shuts down with SHUTDOWN_suspend), in place of VIRQ_DOM_EXC.
 * One subscriber per domain; the last one wins.
 */
struct xen_domctl_subscribe {
    uint32_t port;
};

/* XEN_DOMCTL_debug_op: single-stepping a vCPU (x86 HVM). */
#define XEN_DOMCTL_DEBUG_OP_SINGLE_STEP_OFF         0
#define XEN_DOMCTL_DEBUG_OP_SINGLE_STEP_ON          1
struct xen_domctl_debug_op {
    uint32_t op;
    uint32_t vcpu;
};

/*
 * XEN_DOMCTL_gethvmcontext_partial: one HVM save record, by type code and
 * instance (hvm/save.h).
 */
struct xen_domctl_hvmcontext_partial {
    uint32_t type;
    uint32_t instance;
    uint64_aligned_t bufsz;   /* bytes in buffer */
#pragma xenabi count bufsz
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(uint8) buffer;
};

/* XEN_DOMCTL_gettscinfo / XEN_DOMCTL_settscinfo: TSC emulation. */
struct xen_domctl_tsc_info {
    uint32_t tsc_mode;      /* XEN_CPUID_TSC_MODE_* */
    uint32_t gtsc_khz;
    uint32_t incarnation;
    uint32_t pad;
    uint64_aligned_t elapsed_nsec;
};

/* XEN_DOMCTL_gdbsx_guestmemio: read or write guest memory for gdbsx. */
struct xen_domctl_gdbsx_memio {
    uint64_aligned_t pgd3val;   /* in: page-table base for gva (0: the vCPU's) */
    uint64_aligned_t gva;       /* in: guest virtual address */
    uint64_aligned_t uva;       /* in: caller's buffer, a user address */
    uint32_t         len;       /* in: bytes */
    uint8_t          gwr;       /* in: non-zero writes the guest */
#pragma xenabi dir out
    uint32_t         remain;    /* bytes not copied */
};

/* XEN_DOMCTL_gdbsx_pausevcpu / XEN_DOMCTL_gdbsx_unpausevcpu. */
struct xen_domctl_gdbsx_pauseunp_vcpu {
    uint32_t         vcpu;
};

/* XEN_DOMCTL_gdbsx_domstatus: is the domain paused, and a pending vCPU
 * event if any. */
struct xen_domctl_gdbsx_domstatus {
#pragma xenabi dir out
    uint8_t          paused;
#pragma xenabi dir out
    uint32_t         vcpu_id;
#pragma xenabi dir out
    uint32_t         vcpu_ev;
};

/*
 * XEN_DOMCTL_vm_event_op: set up the rings through which a helper domain
 * handles the domain's paging, monitor or sharing events.
 */
/* Values of op. */
#define XEN_VM_EVENT_ENABLE               0
#define XEN_VM_EVENT_DISABLE              1
#define XEN_VM_EVENT_RESUME               2
#define XEN_VM_EVENT_GET_VERSION          3

/* Values of mode: which ring. */
#define XEN_DOMCTL_VM_EVENT_OP_PAGING            1
#define XEN_DOMCTL_VM_EVENT_OP_MONITOR           2
#define XEN_DOMCTL_VM_EVENT_OP_SHARING           3

struct xen_domctl_vm_event_op {
    uint32_t       op;           /* XEN_VM_EVENT_* */
    uint32_t       mode;         /* XEN_DOMCTL_VM_EVENT_OP_* */

#pragma xenabi select op unused XEN_VM_EVENT_DISABLE, XEN_VM_EVENT_RESUME
    union {
#pragma xenabi arm XEN_VM_EVENT_ENABLE
        struct {
#pragma xenabi dir out
            uint32_t port;       /* event channel of the ring */
        } enable;

#pragma xenabi arm XEN_VM_EVENT_GET_VERSION
#pragma xenabi dir out
        uint32_t version;
    } u;
};

/* XEN_DOMCTL_mem_sharing_op. */
#define XEN_DOMCTL_MEM_SHARING_CONTROL          0

struct xen_domctl_mem_sharing_op {
    uint8_t op;   /* XEN_DOMCTL_MEM_SHARING_* */

#pragma xenabi select op
    union {
#pragma xenabi arm XEN_DOMCTL_MEM_SHARING_CONTROL
        uint8_t enable;
    } u;
};

/* XEN_DOMCTL_audit_p2m: consistency counts of the p2m (debug builds). */
struct xen_domctl_audit_p2m {
#pragma xenabi dir out
    uint64_t orphans;
#pragma xenabi dir out
    uint64_t m2p_bad;
#pragma xenabi dir out
    uint64_t p2m_bad;
};

/* XEN_DOMCTL_set_virq_handler: the domain receives global virq virq. */
struct xen_domctl_set_virq_handler {
    uint32_t virq;
};

#if defined(__i386__) || defined(__x86_64__)
/*
 * XEN_DOMCTL_setvcpuextstate / XEN_DOMCTL_getvcpuextstate (x86): a vCPU's
 * XSAVE state.  get with size 0 returns the size and mask needed.
 */
struct xen_domctl_vcpuextstate {
    uint32_t         vcpu;
    /* XCR0 feature mask of the state. */
    uint64_aligned_t         xfeature_mask;
    /* Bytes in buffer. */
    uint64_aligned_t         size;
#pragma xenabi count size / 8
#pragma xenabi dir out XEN_DOMCTL_getvcpuextstate
#pragma xenabi dir in XEN_DOMCTL_setvcpuextstate
    XEN_GUEST_HANDLE_64(uint64) buffer;
};
#endif

/* XEN_DOMCTL_set_access_required: pause the domain on a memory access
 * event when no listener is attached. */
struct xen_domctl_set_access_required {
    uint8_t access_required;
};

/* XEN_DOMCTL_set_broken_page_p2m: mark a guest frame broken. */
struct xen_domctl_set_broken_page_p2m {
    uint64_aligned_t pfn;
};

/* XEN_DOMCTL_cacheflush: clean and invalidate guest frames (Arm). */
struct xen_domctl_cacheflush {
    /* Frames [start_pfn, start_pfn + nr_pfns). */
    xen_pfn_t start_pfn;
    xen_pfn_t nr_pfns;
};

/* XEN_DOMCTL_get_paging_mempool_size / XEN_DOMCTL_set_paging_mempool_size:
 * bytes of the pool Xen keeps for the domain's page tables. */
struct xen_domctl_paging_mempool {
    uint64_aligned_t size;
};

#if defined(__i386__) || defined(__x86_64__)
/* One MSR of a vCPU. */
struct xen_domctl_vcpu_msr {
    uint32_t         index;
    uint32_t         reserved;
    uint64_aligned_t value;
};
typedef struct xen_domctl_vcpu_msr xen_domctl_vcpu_msr_t;
DEFINE_XEN_GUEST_HANDLE(xen_domctl_vcpu_msr_t);

/*
 * XEN_DOMCTL_get_vcpu_msrs / XEN_DOMCTL_set_vcpu_msrs (x86): the MSRs Xen
 * saves for a vCPU.  get with a null msrs returns the count needed.
 */
struct xen_domctl_vcpu_msrs {
    uint32_t vcpu;
#pragma xenabi dir inout
    uint32_t msr_count;
#pragma xenabi count msr_count
#pragma xenabi dir out XEN_DOMCTL_get_vcpu_msrs
#pragma xenabi dir in XEN_DOMCTL_set_vcpu_msrs
    XEN_GUEST_HANDLE_64(xen_domctl_vcpu_msr_t) msrs;
};
#endif

/* XEN_DOMCTL_setvnumainfo: the virtual NUMA topology of the domain. */
struct xen_domctl_vnuma {
    uint32_t nr_vnodes;
    uint32_t nr_vmemranges;
    uint32_t nr_vcpus;
    uint32_t pad;
    /* Distances, nr_vnodes x nr_vnodes. */
#pragma xenabi count nr_vnodes * nr_vnodes
#pragma xenabi dir in
    XEN_GUEST_HANDLE_64(uint) vdistance;
    /* The virtual node of each vCPU. */
#pragma xenabi count nr_vcpus
#pragma xenabi dir in
    XEN_GUEST_HANDLE_64(uint) vcpu_to_vnode;
    /* The physical node backing each virtual node. */
#pragma xenabi count nr_vnodes
#pragma xenabi dir in
    XEN_GUEST_HANDLE_64(uint) vnode_to_pnode;
#pragma xenabi count nr_vmemranges
#pragma xenabi dir in
    XEN_GUEST_HANDLE_64(xen_vmemrange_t) vmemrange;
};

/* XEN_DOMCTL_psr_cmt_op: cache monitoring (Intel RDT CMT) per domain. */
struct xen_domctl_psr_cmt_op {
#define XEN_DOMCTL_PSR_CMT_OP_DETACH         0
#define XEN_DOMCTL_PSR_CMT_OP_ATTACH         1
#define XEN_DOMCTL_PSR_CMT_OP_QUERY_RMID     2
    uint32_t cmd;
    uint32_t data;
};

/*
 * XEN_DOMCTL_monitor_op: which guest events a monitor application is
 * told about (via the vm_event monitor ring).
 */
/* Values of op. */
#define XEN_DOMCTL_MONITOR_OP_ENABLE            0
#define XEN_DOMCTL_MONITOR_OP_DISABLE           1
#define XEN_DOMCTL_MONITOR_OP_GET_CAPABILITIES  2
#define XEN_DOMCTL_MONITOR_OP_EMULATE_EACH_REP  3
#define XEN_DOMCTL_MONITOR_OP_CONTROL_REGISTERS 4

/* Values of event. */
#define XEN_DOMCTL_MONITOR_EVENT_WRITE_CTRLREG         0
#define XEN_DOMCTL_MONITOR_EVENT_MOV_TO_MSR            1
#define XEN_DOMCTL_MONITOR_EVENT_SINGLESTEP            2
#define XEN_DOMCTL_MONITOR_EVENT_SOFTWARE_BREAKPOINT   3
#define XEN_DOMCTL_MONITOR_EVENT_GUEST_REQUEST         4
#define XEN_DOMCTL_MONITOR_EVENT_DEBUG_EXCEPTION       5
#define XEN_DOMCTL_MONITOR_EVENT_CPUID                 6
#define XEN_DOMCTL_MONITOR_EVENT_PRIVILEGED_CALL       7
#define XEN_DOMCTL_MONITOR_EVENT_INTERRUPT             8
#define XEN_DOMCTL_MONITOR_EVENT_DESC_ACCESS           9
#define XEN_DOMCTL_MONITOR_EVENT_EMUL_UNIMPLEMENTED    10
#define XEN_DOMCTL_MONITOR_EVENT_INGUEST_PAGEFAULT     11
#define XEN_DOMCTL_MONITOR_EVENT_VMEXIT                12
#define XEN_DOMCTL_MONITOR_EVENT_IO                    13

struct xen_domctl_monitor_op {
    uint32_t op;      /* XEN_DOMCTL_MONITOR_OP_* */
    /* XEN_DOMCTL_MONITOR_EVENT_* (GET_CAPABILITIES: a bitmap of them, out). */
    uint32_t event;

#pragma xenabi select event unused XEN_DOMCTL_MONITOR_EVENT_SINGLESTEP, XEN_DOMCTL_MONITOR_EVENT_SOFTWARE_BREAKPOINT, XEN_DOMCTL_MONITOR_EVENT_CPUID, XEN_DOMCTL_MONITOR_EVENT_PRIVILEGED_CALL, XEN_DOMCTL_MONITOR_EVENT_INTERRUPT, XEN_DOMCTL_MONITOR_EVENT_DESC_ACCESS, XEN_DOMCTL_MONITOR_EVENT_EMUL_UNIMPLEMENTED, XEN_DOMCTL_MONITOR_EVENT_INGUEST_PAGEFAULT, XEN_DOMCTL_MONITOR_EVENT_IO
    union {
#pragma xenabi arm XEN_DOMCTL_MONITOR_EVENT_WRITE_CTRLREG
        struct {
            uint8_t index;          /* VM_EVENT_X86_CR* */
            uint8_t sync;           /* pause the vCPU until answered */
            uint8_t onchangeonly;   /* only when the value changes */
            uint8_t pad1;
            uint32_t pad2;
            /* Bits whose change is of no interest. */
            uint64_aligned_t bitmask;
        } mov_to_cr;

#pragma xenabi arm XEN_DOMCTL_MONITOR_EVENT_MOV_TO_MSR
        struct {
            uint32_t msr;
            uint8_t onchangeonly;
        } mov_to_msr;

#pragma xenabi arm XEN_DOMCTL_MONITOR_EVENT_GUEST_REQUEST
        struct {
            uint8_t sync;
            uint8_t allow_userspace;   /* also from guest user mode */
        } guest_request;

#pragma xenabi arm XEN_DOMCTL_MONITOR_EVENT_DEBUG_EXCEPTION
        struct {
            uint8_t sync;
        } debug_exception;

#pragma xenabi arm XEN_DOMCTL_MONITOR_EVENT_VMEXIT
        struct {
            uint8_t sync;
        } vmexit;
    } u;
};

/* XEN_DOMCTL_psr_alloc: cache and bandwidth allocation (Intel RDT). */
struct xen_domctl_psr_alloc {
#define XEN_DOMCTL_PSR_SET_L3_CBM     0
#define XEN_DOMCTL_PSR_GET_L3_CBM     1
#define XEN_DOMCTL_PSR_SET_L3_CODE    2
#define XEN_DOMCTL_PSR_SET_L3_DATA    3
#define XEN_DOMCTL_PSR_GET_L3_CODE    4
#define XEN_DOMCTL_PSR_GET_L3_DATA    5
#define XEN_DOMCTL_PSR_SET_L2_CBM     6
#define XEN_DOMCTL_PSR_GET_L2_CBM     7
#define XEN_DOMCTL_PSR_SET_MBA_THRTL  8
#define XEN_DOMCTL_PSR_GET_MBA_THRTL  9
    uint32_t cmd;       /* XEN_DOMCTL_PSR_* */
    uint32_t target;    /* socket */
    uint64_t data;      /* in for SET, out for GET */
};

/* XEN_DOMCTL_vuart_op: an emulated UART for the domain (Arm: PL011). */
struct xen_domctl_vuart_op {
#define XEN_DOMCTL_VUART_OP_INIT  0
        uint32_t cmd;
#define XEN_DOMCTL_VUART_TYPE_VPL011 0
        uint32_t type;
        /* Guest frame of the ring shared with the console backend. */
        uint64_aligned_t  gfn;
        /* Domain running the backend. */
        domid_t console_domid;
        uint8_t pad[2];
        /* Written by Xen: the channel Xen signals the backend on. */
#pragma xenabi dir out
        evtchn_port_t evtchn;
};

/* XEN_DOMCTL_vmtrace_op: processor trace of one vCPU. */
struct xen_domctl_vmtrace_op {
    uint32_t cmd;
    uint32_t vcpu;
    uint64_aligned_t key;     /* option key (get/set_option) */
    uint64_aligned_t value;   /* option value or output position */

/* Values of cmd. */
#define XEN_DOMCTL_vmtrace_enable             1
#define XEN_DOMCTL_vmtrace_disable            2
#define XEN_DOMCTL_vmtrace_reset_and_enable   3
#define XEN_DOMCTL_vmtrace_output_position    4   /* value: bytes written */
#define XEN_DOMCTL_vmtrace_get_option         5   /* key: platform-specific */
#define XEN_DOMCTL_vmtrace_set_option         6
};
typedef struct xen_domctl_vmtrace_op xen_domctl_vmtrace_op_t;
DEFINE_XEN_GUEST_HANDLE(xen_domctl_vmtrace_op_t);

#if defined(__arm__) || defined(__aarch64__)
/* XEN_DOMCTL_dt_overlay (Arm): attach nodes of a device-tree overlay. */
struct xen_domctl_dt_overlay {
#pragma xenabi count overlay_fdt_size
#pragma xenabi dir in
    XEN_GUEST_HANDLE_64(const_void) overlay_fdt;   /* a flattened DT blob */
    uint32_t overlay_fdt_size;                     /* bytes */
#define XEN_DOMCTL_DT_OVERLAY_ATTACH                1
    uint8_t overlay_op;
    uint8_t pad[3];
};
#endif

/* XEN_DOMCTL_set_llc_colors: the last-level-cache colours of the domain. */
struct xen_domctl_set_llc_colors {
    uint32_t num_llc_colors;
    uint32_t pad;
#pragma xenabi count num_llc_colors
#pragma xenabi dir in
    XEN_GUEST_HANDLE_64(uint32) llc_colors;
};

/*
 * XEN_DOMCTL_get_domain_state: the state of a domain (or, with
 * DOMID_INVALID, of the next domain whose state changed).
 */
struct xen_domctl_get_domain_state {
#pragma xenabi dir out
    uint16_t state;
#define XEN_DOMCTL_GETDOMSTATE_STATE_EXIST     0x0001
#define XEN_DOMCTL_GETDOMSTATE_STATE_SHUTDOWN  0x0002
#define XEN_DOMCTL_GETDOMSTATE_STATE_DYING     0x0004
#define XEN_DOMCTL_GETDOMSTATE_STATE_DEAD      0x0008
#pragma xenabi dir out
    uint16_t caps;
#define XEN_DOMCTL_GETDOMSTATE_CAP_CONTROL     0x0001
#define XEN_DOMCTL_GETDOMSTATE_CAP_HARDWARE    0x0002
#define XEN_DOMCTL_GETDOMSTATE_CAP_XENSTORE    0x0004
    uint32_t pad0;
    /* Distinguishes successive domains with the same id. */
#pragma xenabi dir out
    uint64_t unique_id;
};

/* The argument of HYPERVISOR_domctl. */
struct xen_domctl {
/* Values of cmd; the gaps are commands that were removed. */
    uint32_t cmd;
#define XEN_DOMCTL_createdomain                   1
#define XEN_DOMCTL_destroydomain                  2
#define XEN_DOMCTL_pausedomain                    3
#define XEN_DOMCTL_unpausedomain                  4
#define XEN_DOMCTL_getdomaininfo                  5
#define XEN_DOMCTL_setvcpuaffinity                9
#define XEN_DOMCTL_shadow_op                     10
#define XEN_DOMCTL_max_mem                       11
#define XEN_DOMCTL_setvcpucontext                12
#define XEN_DOMCTL_getvcpucontext                13
#define XEN_DOMCTL_getvcpuinfo                   14
#define XEN_DOMCTL_max_vcpus                     15
#define XEN_DOMCTL_scheduler_op                  16
#define XEN_DOMCTL_setdomainhandle               17
#define XEN_DOMCTL_setdebugging                  18
#define XEN_DOMCTL_irq_permission                19
#define XEN_DOMCTL_iomem_permission              20
#define XEN_DOMCTL_ioport_permission             21
#define XEN_DOMCTL_hypercall_init                22
#ifdef __XEN__
/* Continuation of XEN_DOMCTL_soft_reset, inside the hypervisor only. */
#define XEN_DOMCTL_soft_reset_cont               23
#endif
#define XEN_DOMCTL_settimeoffset                 24
#define XEN_DOMCTL_getvcpuaffinity               25
#define XEN_DOMCTL_real_mode_area                26   /* obsolete */
#define XEN_DOMCTL_resumedomain                  27
#define XEN_DOMCTL_sendtrigger                   28
#define XEN_DOMCTL_subscribe                     29
#define XEN_DOMCTL_gethvmcontext                 33
#define XEN_DOMCTL_sethvmcontext                 34
#define XEN_DOMCTL_set_address_size              35
#define XEN_DOMCTL_get_address_size              36
#define XEN_DOMCTL_assign_device                 37
#define XEN_DOMCTL_bind_pt_irq                   38
#define XEN_DOMCTL_memory_mapping                39
#define XEN_DOMCTL_ioport_mapping                40
#define XEN_DOMCTL_set_ext_vcpucontext           42
#define XEN_DOMCTL_get_ext_vcpucontext           43
#define XEN_DOMCTL_set_opt_feature               44   /* obsolete */
#define XEN_DOMCTL_test_assign_device            45
#define XEN_DOMCTL_set_target                    46
#define XEN_DOMCTL_deassign_device               47
#define XEN_DOMCTL_unbind_pt_irq                 48
#define XEN_DOMCTL_get_device_group              50
#define XEN_DOMCTL_debug_op                      54
#define XEN_DOMCTL_gethvmcontext_partial         55
#define XEN_DOMCTL_vm_event_op                   56
#define XEN_DOMCTL_mem_sharing_op                57
#define XEN_DOMCTL_gettscinfo                    59
#define XEN_DOMCTL_settscinfo                    60
#define XEN_DOMCTL_getpageframeinfo3             61
#define XEN_DOMCTL_setvcpuextstate               62
#define XEN_DOMCTL_getvcpuextstate               63
#define XEN_DOMCTL_set_access_required           64
#define XEN_DOMCTL_audit_p2m                     65
#define XEN_DOMCTL_set_virq_handler              66
#define XEN_DOMCTL_set_broken_page_p2m           67
#define XEN_DOMCTL_setnodeaffinity               68
#define XEN_DOMCTL_getnodeaffinity               69
#define XEN_DOMCTL_cacheflush                    71
#define XEN_DOMCTL_get_vcpu_msrs                 72
#define XEN_DOMCTL_set_vcpu_msrs                 73
#define XEN_DOMCTL_setvnumainfo                  74
#define XEN_DOMCTL_psr_cmt_op                    75
#define XEN_DOMCTL_monitor_op                    77
#define XEN_DOMCTL_psr_alloc                     78
#define XEN_DOMCTL_soft_reset                    79
#define XEN_DOMCTL_vuart_op                      81
#define XEN_DOMCTL_get_cpu_policy                82
#define XEN_DOMCTL_set_cpu_policy                83
#define XEN_DOMCTL_vmtrace_op                    84
#define XEN_DOMCTL_get_paging_mempool_size       85
#define XEN_DOMCTL_set_paging_mempool_size       86
#define XEN_DOMCTL_dt_overlay                    87
#define XEN_DOMCTL_gsi_permission                88
#define XEN_DOMCTL_set_llc_colors                89
#define XEN_DOMCTL_get_domain_state              90
#define XEN_DOMCTL_gdbsx_guestmemio            1000
#define XEN_DOMCTL_gdbsx_pausevcpu             1001
#define XEN_DOMCTL_gdbsx_unpausevcpu           1002
#define XEN_DOMCTL_gdbsx_domstatus             1003
    uint32_t interface_version;   /* XEN_DOMCTL_INTERFACE_VERSION */
    domid_t  domain;              /* the domain operated on */
    uint16_t _pad[3];
#pragma xenabi select cmd unused XEN_DOMCTL_destroydomain, XEN_DOMCTL_pausedomain, XEN_DOMCTL_unpausedomain, XEN_DOMCTL_resumedomain, XEN_DOMCTL_soft_reset
    union {
#pragma xenabi arm XEN_DOMCTL_createdomain
        struct xen_domctl_createdomain      createdomain;
#pragma xenabi arm XEN_DOMCTL_getdomaininfo
        struct xen_domctl_getdomaininfo     getdomaininfo;
#pragma xenabi arm XEN_DOMCTL_getpageframeinfo3
        struct xen_domctl_getpageframeinfo3 getpageframeinfo3;
#pragma xenabi arm XEN_DOMCTL_setnodeaffinity, XEN_DOMCTL_getnodeaffinity
        struct xen_domctl_nodeaffinity      nodeaffinity;
#pragma xenabi arm XEN_DOMCTL_setvcpuaffinity, XEN_DOMCTL_getvcpuaffinity
        struct xen_domctl_vcpuaffinity      vcpuaffinity;
#pragma xenabi arm XEN_DOMCTL_shadow_op
        struct xen_domctl_shadow_op         shadow_op;
#pragma xenabi arm XEN_DOMCTL_max_mem
        struct xen_domctl_max_mem           max_mem;
#pragma xenabi arm XEN_DOMCTL_setvcpucontext, XEN_DOMCTL_getvcpucontext
        struct xen_domctl_vcpucontext       vcpucontext;
#pragma xenabi arm XEN_DOMCTL_getvcpuinfo
        struct xen_domctl_getvcpuinfo       getvcpuinfo;
#pragma xenabi arm XEN_DOMCTL_max_vcpus
        struct xen_domctl_max_vcpus         max_vcpus;
#pragma xenabi arm XEN_DOMCTL_scheduler_op
        struct xen_domctl_scheduler_op      scheduler_op;
#pragma xenabi arm XEN_DOMCTL_setdomainhandle
        struct xen_domctl_setdomainhandle   setdomainhandle;
#pragma xenabi arm XEN_DOMCTL_setdebugging
        struct xen_domctl_setdebugging      setdebugging;
#pragma xenabi arm XEN_DOMCTL_irq_permission
        struct xen_domctl_irq_permission    irq_permission;
#pragma xenabi arm XEN_DOMCTL_gsi_permission
        struct xen_domctl_gsi_permission    gsi_permission;
#pragma xenabi arm XEN_DOMCTL_iomem_permission
        struct xen_domctl_iomem_permission  iomem_permission;
#pragma xenabi arm XEN_DOMCTL_ioport_permission
        struct xen_domctl_ioport_permission ioport_permission;
#pragma xenabi arm XEN_DOMCTL_hypercall_init
        struct xen_domctl_hypercall_init    hypercall_init;
#pragma xenabi arm XEN_DOMCTL_settimeoffset
        struct xen_domctl_settimeoffset     settimeoffset;
#pragma xenabi arm XEN_DOMCTL_gettscinfo, XEN_DOMCTL_settscinfo
        struct xen_domctl_tsc_info          tsc_info;
#pragma xenabi arm XEN_DOMCTL_gethvmcontext, XEN_DOMCTL_sethvmcontext
        struct xen_domctl_hvmcontext        hvmcontext;
#pragma xenabi arm XEN_DOMCTL_gethvmcontext_partial
        struct xen_domctl_hvmcontext_partial hvmcontext_partial;
#pragma xenabi arm XEN_DOMCTL_set_address_size, XEN_DOMCTL_get_address_size
        struct xen_domctl_address_size      address_size;
#pragma xenabi arm XEN_DOMCTL_sendtrigger
        struct xen_domctl_sendtrigger       sendtrigger;
#pragma xenabi arm XEN_DOMCTL_get_device_group
        struct xen_domctl_get_device_group  get_device_group;
#pragma xenabi arm XEN_DOMCTL_assign_device, XEN_DOMCTL_test_assign_device, XEN_DOMCTL_deassign_device
        struct xen_domctl_assign_device     assign_device;
#pragma xenabi arm XEN_DOMCTL_bind_pt_irq, XEN_DOMCTL_unbind_pt_irq
        struct xen_domctl_bind_pt_irq       bind_pt_irq;
#pragma xenabi arm XEN_DOMCTL_memory_mapping
        struct xen_domctl_memory_mapping    memory_mapping;
#pragma xenabi arm XEN_DOMCTL_ioport_mapping
        struct xen_domctl_ioport_mapping    ioport_mapping;
#pragma xenabi arm XEN_DOMCTL_set_ext_vcpucontext, XEN_DOMCTL_get_ext_vcpucontext
        struct xen_domctl_ext_vcpucontext   ext_vcpucontext;
#pragma xenabi arm XEN_DOMCTL_set_target
        struct xen_domctl_set_target        set_target;
#pragma xenabi arm XEN_DOMCTL_subscribe
        struct xen_domctl_subscribe         subscribe;
#pragma xenabi arm XEN_DOMCTL_debug_op
        struct xen_domctl_debug_op          debug_op;
#pragma xenabi arm XEN_DOMCTL_vm_event_op
        struct xen_domctl_vm_event_op       vm_event_op;
#pragma xenabi arm XEN_DOMCTL_mem_sharing_op
        struct xen_domctl_mem_sharing_op    mem_sharing_op;
#if defined(__i386__) || defined(__x86_64__)
#pragma xenabi arm XEN_DOMCTL_get_cpu_policy, XEN_DOMCTL_set_cpu_policy
        struct xen_domctl_cpu_policy        cpu_policy;
#pragma xenabi arm XEN_DOMCTL_setvcpuextstate, XEN_DOMCTL_getvcpuextstate
        struct xen_domctl_vcpuextstate      vcpuextstate;
#pragma xenabi arm XEN_DOMCTL_get_vcpu_msrs, XEN_DOMCTL_set_vcpu_msrs
        struct xen_domctl_vcpu_msrs         vcpu_msrs;
#endif
#pragma xenabi arm XEN_DOMCTL_set_access_required
        struct xen_domctl_set_access_required access_required;
#pragma xenabi arm XEN_DOMCTL_audit_p2m
        struct xen_domctl_audit_p2m         audit_p2m;
#pragma xenabi arm XEN_DOMCTL_set_virq_handler
        struct xen_domctl_set_virq_handler  set_virq_handler;
#pragma xenabi arm XEN_DOMCTL_gdbsx_guestmemio
        struct xen_domctl_gdbsx_memio       gdbsx_guest_memio;
#pragma xenabi arm XEN_DOMCTL_set_broken_page_p2m
        struct xen_domctl_set_broken_page_p2m set_broken_page_p2m;
#pragma xenabi arm XEN_DOMCTL_cacheflush
        struct xen_domctl_cacheflush        cacheflush;
#pragma xenabi arm XEN_DOMCTL_gdbsx_pausevcpu, XEN_DOMCTL_gdbsx_unpausevcpu
        struct xen_domctl_gdbsx_pauseunp_vcpu gdbsx_pauseunp_vcpu;
#pragma xenabi arm XEN_DOMCTL_gdbsx_domstatus
        struct xen_domctl_gdbsx_domstatus   gdbsx_domstatus;
#pragma xenabi arm XEN_DOMCTL_setvnumainfo
        struct xen_domctl_vnuma             vnuma;
#pragma xenabi arm XEN_DOMCTL_psr_cmt_op
        struct xen_domctl_psr_cmt_op        psr_cmt_op;
#pragma xenabi arm XEN_DOMCTL_monitor_op
        struct xen_domctl_monitor_op        monitor_op;
#pragma xenabi arm XEN_DOMCTL_psr_alloc
        struct xen_domctl_psr_alloc         psr_alloc;
#pragma xenabi arm XEN_DOMCTL_vuart_op
        struct xen_domctl_vuart_op          vuart_op;
#pragma xenabi arm XEN_DOMCTL_vmtrace_op
        struct xen_domctl_vmtrace_op        vmtrace_op;
#pragma xenabi arm XEN_DOMCTL_get_paging_mempool_size, XEN_DOMCTL_set_paging_mempool_size
        struct xen_domctl_paging_mempool    paging_mempool;
#if defined(__arm__) || defined(__aarch64__)
#pragma xenabi arm XEN_DOMCTL_dt_overlay
        struct xen_domctl_dt_overlay        dt_overlay;
#endif
#pragma xenabi arm XEN_DOMCTL_set_llc_colors
        struct xen_domctl_set_llc_colors    set_llc_colors;
#pragma xenabi arm XEN_DOMCTL_get_domain_state
        struct xen_domctl_get_domain_state  get_domain_state;
        /* Fixes the size of the union. */
        uint8_t                             pad[128];
    } u;
};
typedef struct xen_domctl xen_domctl_t;
DEFINE_XEN_GUEST_HANDLE(xen_domctl_t);

/*
 * The operations.  Every one passes struct xen_domctl in arg1, read and
 * (for most) written back; which arm of u it uses is given by cmd above.
 */
#pragma xenabi subop domctl XEN_DOMCTL_createdomain arg1=xen_domctl_t:inout
#pragma xenabi subop domctl XEN_DOMCTL_destroydomain arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_pausedomain arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_unpausedomain arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_getdomaininfo arg1=xen_domctl_t:inout
#pragma xenabi subop domctl XEN_DOMCTL_setvcpuaffinity arg1=xen_domctl_t:inout
#pragma xenabi subop domctl XEN_DOMCTL_shadow_op arg1=xen_domctl_t:inout
#pragma xenabi subop domctl XEN_DOMCTL_max_mem arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_setvcpucontext arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_getvcpucontext arg1=xen_domctl_t:inout
#pragma xenabi subop domctl XEN_DOMCTL_getvcpuinfo arg1=xen_domctl_t:inout
#pragma xenabi subop domctl XEN_DOMCTL_max_vcpus arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_scheduler_op arg1=xen_domctl_t:inout
#pragma xenabi subop domctl XEN_DOMCTL_setdomainhandle arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_setdebugging arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_irq_permission arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_iomem_permission arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_ioport_permission arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_hypercall_init arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_settimeoffset arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_getvcpuaffinity arg1=xen_domctl_t:inout
#pragma xenabi subop domctl XEN_DOMCTL_real_mode_area arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_resumedomain arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_sendtrigger arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_subscribe arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_gethvmcontext arg1=xen_domctl_t:inout
#pragma xenabi subop domctl XEN_DOMCTL_sethvmcontext arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_set_address_size arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_get_address_size arg1=xen_domctl_t:inout
#pragma xenabi subop domctl XEN_DOMCTL_assign_device arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_bind_pt_irq arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_memory_mapping arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_ioport_mapping arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_set_ext_vcpucontext arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_get_ext_vcpucontext arg1=xen_domctl_t:inout
#pragma xenabi subop domctl XEN_DOMCTL_set_opt_feature arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_test_assign_device arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_set_target arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_deassign_device arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_unbind_pt_irq arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_get_device_group arg1=xen_domctl_t:inout
#pragma xenabi subop domctl XEN_DOMCTL_debug_op arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_gethvmcontext_partial arg1=xen_domctl_t:inout
#pragma xenabi subop domctl XEN_DOMCTL_vm_event_op arg1=xen_domctl_t:inout
#pragma xenabi subop domctl XEN_DOMCTL_mem_sharing_op arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_gettscinfo arg1=xen_domctl_t:inout
#pragma xenabi subop domctl XEN_DOMCTL_settscinfo arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_getpageframeinfo3 arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_setvcpuextstate arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_getvcpuextstate arg1=xen_domctl_t:inout
#pragma xenabi subop domctl XEN_DOMCTL_set_access_required arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_audit_p2m arg1=xen_domctl_t:inout
#pragma xenabi subop domctl XEN_DOMCTL_set_virq_handler arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_set_broken_page_p2m arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_setnodeaffinity arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_getnodeaffinity arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_cacheflush arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_get_vcpu_msrs arg1=xen_domctl_t:inout
#pragma xenabi subop domctl XEN_DOMCTL_set_vcpu_msrs arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_setvnumainfo arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_psr_cmt_op arg1=xen_domctl_t:inout
#pragma xenabi subop domctl XEN_DOMCTL_monitor_op arg1=xen_domctl_t:inout
#pragma xenabi subop domctl XEN_DOMCTL_psr_alloc arg1=xen_domctl_t:inout
#pragma xenabi subop domctl XEN_DOMCTL_soft_reset arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_vuart_op arg1=xen_domctl_t:inout
#pragma xenabi subop domctl XEN_DOMCTL_get_cpu_policy arg1=xen_domctl_t:inout
#pragma xenabi subop domctl XEN_DOMCTL_set_cpu_policy arg1=xen_domctl_t:inout
#pragma xenabi subop domctl XEN_DOMCTL_vmtrace_op arg1=xen_domctl_t:inout
#pragma xenabi subop domctl XEN_DOMCTL_get_paging_mempool_size arg1=xen_domctl_t:inout
#pragma xenabi subop domctl XEN_DOMCTL_set_paging_mempool_size arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_dt_overlay arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_gsi_permission arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_set_llc_colors arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_get_domain_state arg1=xen_domctl_t:inout
#pragma xenabi subop domctl XEN_DOMCTL_gdbsx_guestmemio arg1=xen_domctl_t:inout
#pragma xenabi subop domctl XEN_DOMCTL_gdbsx_pausevcpu arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_gdbsx_unpausevcpu arg1=xen_domctl_t:in
#pragma xenabi subop domctl XEN_DOMCTL_gdbsx_domstatus arg1=xen_domctl_t:inout

#endif /* XEN_PUBLIC_DOMCTL_H */
