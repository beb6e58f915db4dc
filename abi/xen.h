/* SPDX-License-Identifier: MIT */
/*
 * The core guest interface: hypercall numbers, virtual IRQ numbers, the
 * page-table update hypercalls, the shared-info and start-info pages, and
 * the handle and domain-id vocabulary every other header builds on.
 */
#ifndef XEN_PUBLIC_XEN_H
#define XEN_PUBLIC_XEN_H

#include "xen-compat.h"

#if defined(__i386__) || defined(__x86_64__)
#include "arch-x86/xen.h"
#elif defined(__arm__) || defined(__aarch64__)
#include "arch-arm.h"
#elif defined(__powerpc64__)
#include "arch-ppc.h"
#elif defined(__riscv)
#include "arch-riscv.h"
#else
#error "Unsupported architecture"
#endif

#ifndef __ASSEMBLER__
/* Handles to the basic types, used by many interfaces. */
DEFINE_XEN_GUEST_HANDLE(char);
__DEFINE_XEN_GUEST_HANDLE(uchar, unsigned char);
DEFINE_XEN_GUEST_HANDLE(int);
__DEFINE_XEN_GUEST_HANDLE(uint, unsigned int);
#if __XEN_INTERFACE_VERSION__ < 0x00040300
/* Old interfaces only: handles to the register-width C types. */
DEFINE_XEN_GUEST_HANDLE(long);
__DEFINE_XEN_GUEST_HANDLE(ulong, unsigned long);
#endif
DEFINE_XEN_GUEST_HANDLE(void);

DEFINE_XEN_GUEST_HANDLE(uint64_t);
DEFINE_XEN_GUEST_HANDLE(xen_pfn_t);
DEFINE_XEN_GUEST_HANDLE(xen_ulong_t);

/*
 * Bound of a trailing variable-length array: empty (a C99 flexible array
 * member) where the compiler allows it, else 0 (GNU) or 1.
 */
#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L
#define XEN_FLEX_ARRAY_DIM
#elif defined(__GNUC__)
#define XEN_FLEX_ARRAY_DIM  0
#else
#define XEN_FLEX_ARRAY_DIM  1
#endif

/* Make a literal unsigned int / unsigned long / unsigned long long in C. */
#define __xen_mk_uint(x)  x ## U
#define __xen_mk_ulong(x) x ## UL
#ifndef __xen_mk_ullong
# define __xen_mk_ullong(x) x ## ULL
#endif
#define xen_mk_uint(x)    __xen_mk_uint(x)
#define xen_mk_ulong(x)   __xen_mk_ulong(x)
#define xen_mk_ullong(x)  __xen_mk_ullong(x)

#else

/* Assemblers know no integer suffixes: the literal stays as it is. */
#define xen_mk_uint(x)   x
#define xen_mk_ulong(x)  x
#define xen_mk_ullong(x) x

#endif

/*
 * Hypercall numbers.  Hypercall N is entered through the hypercall page
 * (x86: at offset N * 32) or an arch-specific trap instruction.
 */
#define __HYPERVISOR_set_trap_table        0
#define __HYPERVISOR_mmu_update            1
#define __HYPERVISOR_set_gdt               2
#define __HYPERVISOR_stack_switch          3
#define __HYPERVISOR_set_callbacks         4
#define __HYPERVISOR_fpu_taskswitch        5
#define __HYPERVISOR_sched_op_compat       6  /* superseded in 0x00030101 */
#define __HYPERVISOR_platform_op           7
#define __HYPERVISOR_set_debugreg          8
#define __HYPERVISOR_get_debugreg          9
#define __HYPERVISOR_update_descriptor    10
#define __HYPERVISOR_memory_op            12
#define __HYPERVISOR_multicall            13
#define __HYPERVISOR_update_va_mapping    14
#define __HYPERVISOR_set_timer_op         15
#define __HYPERVISOR_event_channel_op_compat 16 /* superseded in 0x00030202 */
#define __HYPERVISOR_xen_version          17
#define __HYPERVISOR_console_io           18
#define __HYPERVISOR_physdev_op_compat    19  /* superseded in 0x00030202 */
#define __HYPERVISOR_grant_table_op       20
#define __HYPERVISOR_vm_assist            21
#define __HYPERVISOR_update_va_mapping_otherdomain 22
#define __HYPERVISOR_iret                 23  /* x86 */
#define __HYPERVISOR_vcpu_op              24
#define __HYPERVISOR_set_segment_base     25  /* x86-64 */
#define __HYPERVISOR_mmuext_op            26
#define __HYPERVISOR_xsm_op               27
#define __HYPERVISOR_nmi_op               28
#define __HYPERVISOR_sched_op             29
#define __HYPERVISOR_callback_op          30
#define __HYPERVISOR_xenoprof_op          31
#define __HYPERVISOR_event_channel_op     32
#define __HYPERVISOR_physdev_op           33
#define __HYPERVISOR_hvm_op               34
#define __HYPERVISOR_sysctl               35
#define __HYPERVISOR_domctl               36
#define __HYPERVISOR_kexec_op             37
#define __HYPERVISOR_tmem_op              38
#define __HYPERVISOR_argo_op              39
#define __HYPERVISOR_xenpmu_op            40
#define __HYPERVISOR_dm_op                41
#define __HYPERVISOR_hypfs_op             42

/* Numbers each architecture may give a meaning of its own. */
#define __HYPERVISOR_arch_0               48
#define __HYPERVISOR_arch_1               49
#define __HYPERVISOR_arch_2               50
#define __HYPERVISOR_arch_3               51
#define __HYPERVISOR_arch_4               52
#define __HYPERVISOR_arch_5               53
#define __HYPERVISOR_arch_6               54
#define __HYPERVISOR_arch_7               55

/* Guests written against older interfaces call the older hypercalls. */
#if __XEN_INTERFACE_VERSION__ < 0x00030101
#undef __HYPERVISOR_sched_op
#define __HYPERVISOR_sched_op __HYPERVISOR_sched_op_compat
#endif

#if __XEN_INTERFACE_VERSION__ < 0x00030202
#undef __HYPERVISOR_event_channel_op
#define __HYPERVISOR_event_channel_op __HYPERVISOR_event_channel_op_compat
#undef __HYPERVISOR_physdev_op
#define __HYPERVISOR_physdev_op __HYPERVISOR_physdev_op_compat
#endif

#if __XEN_INTERFACE_VERSION__ < 0x00030204
#define __HYPERVISOR_dom0_op __HYPERVISOR_platform_op
#endif

/*
 * Hypercalls whose arguments are described here.  mmu_update and
 * mmuext_op: (requests, count, done count written back, foreign domain).
 */
#pragma xenabi hypercall mmu_update arg1=mmu_update_t[arg2]:in arg3=uint32_t:out
#pragma xenabi hypercall mmuext_op arg1=mmuext_op_t[arg2]:in arg3=uint32_t:out
#pragma xenabi hypercall multicall arg1=multicall_entry_t[arg2]:inout
/* (va, new PTE value, UVMF_* flags [, domid]): no guest memory involved. */
#pragma xenabi hypercall update_va_mapping
#pragma xenabi hypercall update_va_mapping_otherdomain
#pragma xenabi hypercall set_timer_op
#pragma xenabi hypercall vm_assist
/* console_io(cmd, count, buffer): Xen reads or fills count bytes. */
#pragma xenabi hypercall console_io subop=arg1
#pragma xenabi subop console_io CONSOLEIO_write arg3=char[arg2]:in
#pragma xenabi subop console_io CONSOLEIO_read arg3=char[arg2]:out
#if defined(__i386__) || defined(__x86_64__)
/* x86 PV only. set_gdt(frame list, number of entries). */
#pragma xenabi hypercall set_gdt arg1=xen_ulong_t[arg2]:in
#pragma xenabi hypercall stack_switch
#pragma xenabi hypercall set_callbacks
#pragma xenabi hypercall fpu_taskswitch
#pragma xenabi hypercall set_debugreg
#pragma xenabi hypercall get_debugreg
#pragma xenabi hypercall update_descriptor
#pragma xenabi hypercall iret
#pragma xenabi hypercall set_segment_base
#endif

/*
 * Virtual interrupts Xen raises towards a guest, bound to event channels
 * with EVTCHNOP_bind_virq.  Per-vCPU ones can be bound once on each vCPU;
 * global ones once per domain (on vCPU 0 first, then re-bindable).
 */
#define VIRQ_TIMER      0  /* per-vCPU: timer tick or requested timeout    */
#define VIRQ_DEBUG      1  /* per-vCPU: please dump debug state            */
#define VIRQ_CONSOLE    2  /* global: input on the Xen console             */
#define VIRQ_DOM_EXC    3  /* global: some domain hit an exceptional event */
#define VIRQ_TBUF       4  /* global: trace buffers have data              */
#define VIRQ_DEBUGGER   6  /* global: a domain paused for a debugger       */
#define VIRQ_XENOPROF   7  /* per-vCPU: oprofile samples are available     */
#define VIRQ_CON_RING   8  /* global: Xen console ring has new bytes       */
#define VIRQ_PCPU_STATE 9  /* global: a physical CPU changed state         */
#define VIRQ_MEM_EVENT  10 /* global: a memory event occurred              */
#define VIRQ_ARGO       11 /* global: Argo message notification            */
#define VIRQ_ENOMEM     12 /* global: Xen heap is running low              */
#define VIRQ_XENPMU     13 /* per-vCPU: performance counter interrupt      */

/* Numbers each architecture may give a meaning of its own. */
#define VIRQ_ARCH_0    16
#define VIRQ_ARCH_1    17
#define VIRQ_ARCH_2    18
#define VIRQ_ARCH_3    19
#define VIRQ_ARCH_4    20
#define VIRQ_ARCH_5    21
#define VIRQ_ARCH_6    22
#define VIRQ_ARCH_7    23

#define NR_VIRQS       24

/*
 * mmu_update request kinds, carried in the two low bits of mmu_update.ptr
 * (the rest of ptr is a machine address).  The foreigndom argument names
 * the owner of the mapped frames in bits 15:0 and, in bits 31:16, one
 * plus the owner of the page tables (0 = the caller).
 */
#define MMU_NORMAL_PT_UPDATE       0 /* validated write of val to the PTE   */
#define MMU_MACHPHYS_UPDATE        1 /* set the M2P entry of frame ptr      */
#define MMU_PT_UPDATE_PRESERVE_AD  2 /* as NORMAL, keeping A/D bits set    */
#define MMU_PT_UPDATE_NO_TRANSLATE 3 /* as NORMAL, val is not translated   */

/*
 * mmuext_op commands.  Which argument each one uses is given by the
 * 'arm' annotations of struct mmuext_op below.
 */
#define MMUEXT_PIN_L1_TABLE      0
#define MMUEXT_PIN_L2_TABLE      1
#define MMUEXT_PIN_L3_TABLE      2
#define MMUEXT_PIN_L4_TABLE      3
#define MMUEXT_UNPIN_TABLE       4
#define MMUEXT_NEW_BASEPTR       5
#define MMUEXT_TLB_FLUSH_LOCAL   6
#define MMUEXT_INVLPG_LOCAL      7
#define MMUEXT_TLB_FLUSH_MULTI   8
#define MMUEXT_INVLPG_MULTI      9
#define MMUEXT_TLB_FLUSH_ALL    10
#define MMUEXT_INVLPG_ALL       11
#define MMUEXT_FLUSH_CACHE      12
#define MMUEXT_SET_LDT          13
#define MMUEXT_NEW_USER_BASEPTR 15
#define MMUEXT_CLEAR_PAGE       16
#define MMUEXT_COPY_PAGE        17
#define MMUEXT_FLUSH_CACHE_GLOBAL 18
#define MMUEXT_MARK_SUPER       19
#define MMUEXT_UNMARK_SUPER     20

#ifndef __ASSEMBLER__
/*
 * One extended MMU operation (pinning, base pointers, flushes, LDT...).
 * A 32-bit PV guest has no separate user page tables: Xen refuses
 * MMUEXT_NEW_USER_BASEPTR from one.
 */
struct mmuext_op {
    unsigned int cmd;                   /* MMUEXT_* */
#pragma xenabi select cmd unused MMUEXT_TLB_FLUSH_LOCAL, MMUEXT_TLB_FLUSH_MULTI, MMUEXT_TLB_FLUSH_ALL, MMUEXT_FLUSH_CACHE, MMUEXT_FLUSH_CACHE_GLOBAL compat_refused MMUEXT_NEW_USER_BASEPTR
    union {
        /* frame to pin/unpin, install as base, clear, copy to or mark */
#pragma xenabi arm MMUEXT_PIN_L1_TABLE, MMUEXT_PIN_L2_TABLE, MMUEXT_PIN_L3_TABLE, MMUEXT_PIN_L4_TABLE, MMUEXT_UNPIN_TABLE, MMUEXT_NEW_BASEPTR, MMUEXT_NEW_USER_BASEPTR, MMUEXT_CLEAR_PAGE, MMUEXT_COPY_PAGE, MMUEXT_MARK_SUPER, MMUEXT_UNMARK_SUPER
        xen_pfn_t     mfn;
        /* linear address to invalidate, or page-aligned LDT base */
#pragma xenabi arm MMUEXT_INVLPG_LOCAL, MMUEXT_INVLPG_MULTI, MMUEXT_INVLPG_ALL, MMUEXT_SET_LDT
        xen_native_ulong_t linear_addr;
    } arg1;
#pragma xenabi select cmd unused MMUEXT_PIN_L1_TABLE, MMUEXT_PIN_L2_TABLE, MMUEXT_PIN_L3_TABLE, MMUEXT_PIN_L4_TABLE, MMUEXT_UNPIN_TABLE, MMUEXT_NEW_BASEPTR, MMUEXT_NEW_USER_BASEPTR, MMUEXT_TLB_FLUSH_LOCAL, MMUEXT_INVLPG_LOCAL, MMUEXT_TLB_FLUSH_ALL, MMUEXT_INVLPG_ALL, MMUEXT_FLUSH_CACHE, MMUEXT_FLUSH_CACHE_GLOBAL, MMUEXT_CLEAR_PAGE, MMUEXT_MARK_SUPER, MMUEXT_UNMARK_SUPER
    union {
        /* number of LDT entries */
#pragma xenabi arm MMUEXT_SET_LDT
        unsigned int nr_ents;
        /* bitmap of the vCPUs whose TLBs are flushed */
#pragma xenabi arm MMUEXT_TLB_FLUSH_MULTI, MMUEXT_INVLPG_MULTI
#if __XEN_INTERFACE_VERSION__ >= 0x00030205
#pragma xenabi dir in
        XEN_GUEST_HANDLE(const_void) vcpumask;
#else
        const void *vcpumask;
#endif
        /* source frame of MMUEXT_COPY_PAGE */
#pragma xenabi arm MMUEXT_COPY_PAGE
        xen_pfn_t src_mfn;
    } arg2;
};
typedef struct mmuext_op mmuext_op_t;
DEFINE_XEN_GUEST_HANDLE(mmuext_op_t);
#endif

/*
 * Flags of update_va_mapping: the kind of TLB flush (bits 1:0) and its
 * scope (bit 2).  For UVMF_MULTI the caller ORs in a pointer to a vCPU
 * bitmap; UVMF_LOCAL is UVMF_MULTI with no bitmap.
 */
#define UVMF_NONE           (xen_mk_ulong(0)<<0) /* no flush              */
#define UVMF_TLB_FLUSH      (xen_mk_ulong(1)<<0) /* flush whole TLB(s)    */
#define UVMF_INVLPG         (xen_mk_ulong(2)<<0) /* flush the one entry   */
#define UVMF_FLUSHTYPE_MASK (xen_mk_ulong(3)<<0)
#define UVMF_MULTI          (xen_mk_ulong(0)<<2) /* some vCPUs' TLBs      */
#define UVMF_LOCAL          (xen_mk_ulong(0)<<2) /* this vCPU's TLB       */
#define UVMF_ALL            (xen_mk_ulong(1)<<2) /* every vCPU's TLB      */

/* console_io commands: write buffer to / read into buffer from Xen's console. */
#define CONSOLEIO_write         0
#define CONSOLEIO_read          1

/* vm_assist(cmd, type): switch an optional hypervisor behaviour on or off. */
#define VMASST_CMD_enable                0
#define VMASST_CMD_disable               1

/* x86-32: emulate flat 4GB segments. */
#define VMASST_TYPE_4gb_segments         0
/* x86-32: raise trap 15 whenever that emulation is used. */
#define VMASST_TYPE_4gb_segments_notify  1
/* x86 PV: allow (trapped and emulated) writes to L1 page-table entries. */
#define VMASST_TYPE_writable_pagetables  2
/* x86 PAE: page directory pointer tables may live above 4GB. */
#define VMASST_TYPE_pae_extended_cr3     3
/* x86 PV: architectural handling of the virtual IOPL. */
#define VMASST_TYPE_architectural_iopl   4
/* All: set XEN_RUNSTATE_UPDATE in the runstate area while updating it. */
#define VMASST_TYPE_runstate_update_flag 5
/* x86-64 PV: keep the M2P mapping out of user-mode page tables. */
#define VMASST_TYPE_m2p_strict           32

#if __XEN_INTERFACE_VERSION__ < 0x00040600
#define MAX_VMASST_TYPE                  3
#endif

/* Ids from here up are reserved for the special domains below. */
#define DOMID_FIRST_RESERVED xen_mk_uint(0x7FF0)

/* The calling domain itself. */
#define DOMID_SELF           xen_mk_uint(0x7FF0)

/*
 * As a foreign domain (mmu_update, update_va_mapping_otherdomain): allow
 * only mappings of I/O memory, never of RAM.
 */
#define DOMID_IO             xen_mk_uint(0x7FF1)

/* Owner of Xen's own memory (e.g. the M2P table); privileged callers only. */
#define DOMID_XEN            xen_mk_uint(0x7FF2)

/* Owner of shared (copy-on-write) pages. */
#define DOMID_COW            xen_mk_uint(0x7FF3)

/* No domain: the owner of a page is unknown. */
#define DOMID_INVALID        xen_mk_uint(0x7FF4)

/* No particular domain: the handler picks one, or treats it as a wildcard. */
#define DOMID_ANY            xen_mk_uint(0x7FF5)

/* The idle domain. */
#define DOMID_IDLE           xen_mk_uint(0x7FFF)

/* The bits of a valid domain id. */
#define DOMID_MASK           xen_mk_uint(0x7FFF)

#ifndef __ASSEMBLER__

typedef uint16_t domid_t;

/* One mmu_update request; both fields are 64-bit on every architecture. */
struct mmu_update {
    uint64_t ptr;       /* machine address of the entry | MMU_* kind */
    uint64_t val;       /* value to write */
};
typedef struct mmu_update mmu_update_t;
DEFINE_XEN_GUEST_HANDLE(mmu_update_t);

/*
 * One call of a multicall batch.  Values are register sized; where
 * xen_ulong_t is wider than a register the upper bits must be zero.
 */
struct multicall_entry {
    xen_ulong_t op;             /* __HYPERVISOR_* number */
#pragma xenabi dir out
    xen_ulong_t result;         /* return value, written by Xen */
    xen_ulong_t args[6];
};
typedef struct multicall_entry multicall_entry_t;
DEFINE_XEN_GUEST_HANDLE(multicall_entry_t);

#if __XEN_INTERFACE_VERSION__ < 0x00040400
/* Old interfaces: number of ports of the 2-level event-channel ABI. */
#define NR_EVENT_CHANNELS EVTCHN_2L_NR_CHANNELS
#endif

/*
 * Per-vCPU time, maintained by Xen.  version is odd while an update is in
 * progress: read it, read the fields, and retry if it was odd or changed.
 * Nanoseconds since boot at TSC value tsc:
 *   system_time + ((((tsc - tsc_timestamp) << tsc_shift)
 *                   * tsc_to_system_mul) >> 32)
 * (a negative tsc_shift shifts right).
 */
struct vcpu_time_info {
    uint32_t version;
    uint32_t pad0;
    uint64_t tsc_timestamp;     /* TSC at the last update */
    uint64_t system_time;       /* ns since boot at tsc_timestamp */
    uint32_t tsc_to_system_mul; /* ticks to ns, a 32.32 fixed-point factor */
    int8_t   tsc_shift;
#if __XEN_INTERFACE_VERSION__ > 0x040600
    uint8_t  flags;             /* XEN_PVCLOCK_* */
    uint8_t  pad1[2];
#else
    int8_t   pad1[3];
#endif
};
typedef struct vcpu_time_info vcpu_time_info_t;

/* vcpu_time_info.flags */
#define XEN_PVCLOCK_TSC_STABLE_BIT     (1 << 0) /* TSC is stable across CPUs */
#define XEN_PVCLOCK_GUEST_STOPPED      (1 << 1) /* vCPU was paused by Xen */

/*
 * Per-vCPU event state, in shared_info or where VCPUOP_register_vcpu_info
 * placed it.  Xen sets evtchn_upcall_pending (and a bit of
 * evtchn_pending_sel per word of pending ports); the guest clears them.
 * Where there is an upcall mask (x86 PV), a non-zero mask holds off the
 * upcall, much like disabling interrupts.
 */
struct vcpu_info {
    uint8_t evtchn_upcall_pending;
#ifdef XEN_HAVE_PV_UPCALL_MASK
    uint8_t evtchn_upcall_mask;
#else /* XEN_HAVE_PV_UPCALL_MASK */
    uint8_t pad0;
#endif /* XEN_HAVE_PV_UPCALL_MASK */
    xen_ulong_t evtchn_pending_sel;
    struct arch_vcpu_info arch;
    vcpu_time_info_t time;
};
#ifndef __XEN__
typedef struct vcpu_info vcpu_info_t;
#endif

/*
 * The page Xen shares with every guest.  It is smaller than a page and its
 * size may change between versions: guests must not depend on it.
 */
struct shared_info {
    struct vcpu_info vcpu_info[XEN_LEGACY_MAX_VCPUS];

    /*
     * 2-level event channels: one pending and one mask bit per port, in
     * sizeof(xen_ulong_t) * 8 words of xen_ulong_t each.  Xen sets pending
     * bits; only the guest writes the mask bits.  A port that becomes
     * pending while masked raises no upcall.
     */
#if defined(__i386__)
#pragma xenabi bitmap
    xen_ulong_t evtchn_pending[4 * 8];      /* sizeof(xen_ulong_t) * 8 */
#pragma xenabi bitmap
    xen_ulong_t evtchn_mask[4 * 8];
#else
#pragma xenabi bitmap
    xen_ulong_t evtchn_pending[8 * 8];      /* sizeof(xen_ulong_t) * 8 */
#pragma xenabi bitmap
    xen_ulong_t evtchn_mask[8 * 8];
#endif

    /*
     * Wall-clock time at system time 0, relative to the Unix epoch plus the
     * domain's time offset.  wc_version works like vcpu_time_info.version.
     */
    uint32_t wc_version;
    uint32_t wc_sec;
    uint32_t wc_nsec;
#if !defined(__i386__)
#pragma xenabi compat_at arch.wc_sec_hi
    uint32_t wc_sec_hi;         /* upper 32 bits of the seconds */
# define xen_wc_sec_hi wc_sec_hi
#elif !defined(__XEN__) && !defined(__XEN_TOOLS__)
# define xen_wc_sec_hi arch.wc_sec_hi
#endif

    struct arch_shared_info arch;

};
#ifndef __XEN__
typedef struct shared_info shared_info_t;
#endif

/*
 * Start of day for a PV guest: the domain starts in a contiguous virtual
 * region holding, each page aligned and in this order, the kernel image,
 * the initial ramdisk, the list of page frames (unless placed elsewhere),
 * this start_info page (plus dom0's console info), the xenstore and
 * console ring pages (domU only), the bootstrap page tables (mapped
 * read-only) and the bootstrap stack, followed by at least 512kB of slack.
 * The frame list gives the pseudo-physical memory map; the region maps the
 * first part of it 1:1.
 */
#ifdef XEN_HAVE_PV_GUEST_ENTRY
struct start_info {
    /* Filled in at boot and again on resume. */
    char magic[32];                     /* "xen-<version>-<platform>" */
    xen_native_ulong_t nr_pages;        /* pages allocated to the domain */
    xen_native_ulong_t shared_info;     /* machine address of shared_info */
    uint32_t flags;                     /* SIF_* */
    xen_pfn_t store_mfn;                /* machine frame of the xenstore ring */
    uint32_t store_evtchn;              /* event channel of the xenstore ring */
#pragma xenabi select (flags & SIF_INITDOMAIN) != 0
    union {
#pragma xenabi arm 0
        struct {
            xen_pfn_t mfn;              /* machine frame of the console ring */
            uint32_t  evtchn;           /* its event channel */
        } domU;
#pragma xenabi arm 1
        struct {
            uint32_t info_off;          /* offset of a dom0_vga_console_info */
            uint32_t info_size;         /* and its size */
        } dom0;
    } console;
    /* Filled in at boot only. */
    xen_native_ulong_t pt_base;         /* virtual address of the page directory */
    xen_native_ulong_t nr_pt_frames;    /* frames of bootstrap page tables */
    xen_native_ulong_t mfn_list;        /* virtual address of the frame list */
    xen_native_ulong_t mod_start;       /* virtual address (or PFN, with
                                           SIF_MOD_START_PFN) of the module */
    xen_native_ulong_t mod_len;         /* module size in bytes */
#define MAX_GUEST_CMDLINE 1024
    int8_t cmd_line[MAX_GUEST_CMDLINE];
    /* Frames of the initial P2M table (and the page tables mapping it). */
    xen_native_ulong_t first_p2m_pfn;
    xen_native_ulong_t nr_p2m_frames;
};
typedef struct start_info start_info_t;

/* Names of the console fields from before the dom0 arm existed. */
#if __XEN_INTERFACE_VERSION__ < 0x00030203
#define console_mfn    console.domU.mfn
#define console_evtchn console.domU.evtchn
#endif /* XEN_HAVE_PV_GUEST_ENTRY */
#endif /* XEN_HAVE_PV_GUEST_ENTRY */

/* start_info.flags */
#define SIF_PRIVILEGED    (1<<0)  /* the domain is privileged */
#define SIF_INITDOMAIN    (1<<1)  /* the domain is the initial domain */
#define SIF_MULTIBOOT_MOD (1<<2)  /* the module is a multiboot module */
#define SIF_MOD_START_PFN (1<<3)  /* mod_start is a PFN, not an address */
#define SIF_VIRT_P2M_4TOOLS (1<<4) /* tools handle a virtually mapped P2M */
#define SIF_PM_MASK       (0xFF<<8) /* reserved for power management */

/*
 * One entry of the module list at the start of a multiboot module.
 * Addresses are relative to the start of that module, and an entry with
 * mod_start 0 ends the list.
 */
struct xen_multiboot_mod_list
{
    uint32_t mod_start;         /* first byte of the module */
    uint32_t mod_end;           /* last byte of the module (inclusive) */
    uint32_t cmdline;           /* its NUL-terminated command line */
    uint32_t pad;               /* zero */
};

/* What dom0 needs to drive the boot console: text mode or a framebuffer. */
typedef struct dom0_vga_console_info {
    uint8_t video_type;         /* XEN_VGATYPE_* */
#define XEN_VGATYPE_TEXT_MODE_3 0x03
#define XEN_VGATYPE_VESA_LFB    0x23
#define XEN_VGATYPE_EFI_LFB     0x70

#pragma xenabi select video_type
    union {
#pragma xenabi arm XEN_VGATYPE_TEXT_MODE_3
        struct {
            uint16_t font_height;           /* pixels */
            uint16_t cursor_x, cursor_y;    /* column, row */
            uint16_t rows, columns;         /* in characters */
        } text_mode_3;

#pragma xenabi arm XEN_VGATYPE_VESA_LFB, XEN_VGATYPE_EFI_LFB
        struct {
            uint16_t width, height;         /* pixels */
            uint16_t bytes_per_line;
            uint16_t bits_per_pixel;
            uint32_t lfb_base;              /* physical address, low half */
            uint32_t lfb_size;              /* in 64kB units */
            /* bit position and width of each colour (VBE 1.2 style) */
            uint8_t  red_pos, red_size;
            uint8_t  green_pos, green_size;
            uint8_t  blue_pos, blue_size;
            uint8_t  rsvd_pos, rsvd_size;
#if __XEN_INTERFACE_VERSION__ >= 0x00030206
            uint32_t gbl_caps;              /* VBE controller capabilities */
            uint16_t mode_attrs;            /* VBE mode attributes */
            uint16_t pad;
#endif
#if __XEN_INTERFACE_VERSION__ >= 0x00040d00
            uint32_t ext_lfb_base;          /* physical address, high half */
#endif
        } vesa_lfb;
    } u;
} dom0_vga_console_info_t;
#define xen_vga_console_info dom0_vga_console_info
#define xen_vga_console_info_t dom0_vga_console_info_t

/* A domain's 16-byte handle (usually a UUID), chosen by the toolstack. */
typedef uint8_t xen_domain_handle_t[16];

__DEFINE_XEN_GUEST_HANDLE(uint8,  uint8_t);
__DEFINE_XEN_GUEST_HANDLE(uint16, uint16_t);
__DEFINE_XEN_GUEST_HANDLE(uint32, uint32_t);
__DEFINE_XEN_GUEST_HANDLE(uint64, uint64_t);

/* A UUID, as 16 bytes in big-endian (RFC 4122) order. */
typedef struct {
    uint8_t a[16];
} xen_uuid_t;

/*
 * Initialiser (or, in C99/GNU C, compound literal) of the UUID
 * aaaaaaaa-bbbb-cccc-dddd-e1e2e3e4e5e6, e.g.
 * XEN_DEFINE_UUID(0x00112233, 0x4455, 0x6677, 0x8899,
 *                 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff).
 * The byte order is Linux's and libuuid's, not Microsoft's mixed-endian one.
 */
#define XEN_DEFINE_UUID_(a, b, c, d, e1, e2, e3, e4, e5, e6)            \
    {{((a) >> 24) & 0xFF, ((a) >> 16) & 0xFF,                           \
      ((a) >>  8) & 0xFF, ((a) >>  0) & 0xFF,                           \
      ((b) >>  8) & 0xFF, ((b) >>  0) & 0xFF,                           \
      ((c) >>  8) & 0xFF, ((c) >>  0) & 0xFF,                           \
      ((d) >>  8) & 0xFF, ((d) >>  0) & 0xFF,                           \
                e1, e2, e3, e4, e5, e6}}

#if defined(__STDC_VERSION__) ? __STDC_VERSION__ >= 199901L : defined(__GNUC__)
#define XEN_DEFINE_UUID(a, b, c, d, e1, e2, e3, e4, e5, e6)             \
    ((xen_uuid_t)XEN_DEFINE_UUID_(a, b, c, d, e1, e2, e3, e4, e5, e6))
#else
#define XEN_DEFINE_UUID(a, b, c, d, e1, e2, e3, e4, e5, e6)             \
    XEN_DEFINE_UUID_(a, b, c, d, e1, e2, e3, e4, e5, e6)
#endif

#endif /* !__ASSEMBLER__ */

/* The hypervisor and the tools (domctl, sysctl, ...) only. */
#if defined(__XEN__) || defined(__XEN_TOOLS__)

/* Fallbacks for architectures whose headers did not define these. */
#pragma xenabi verbatim begin
#ifndef int64_aligned_t
#define int64_aligned_t int64_t
#endif
#ifndef uint64_aligned_t
#define uint64_aligned_t uint64_t
#endif
#ifndef XEN_GUEST_HANDLE_64
#define XEN_GUEST_HANDLE_64(name) XEN_GUEST_HANDLE(name)
#endif
#pragma xenabi verbatim end

#ifndef __ASSEMBLER__
/* A bitmap of nr_bits bits (CPUs, nodes...) in guest memory. */
struct xenctl_bitmap {
#pragma xenabi count bits nr_bits
#pragma xenabi dir inout
    XEN_GUEST_HANDLE_64(uint8) bitmap;
    uint32_t nr_bits;
};
typedef struct xenctl_bitmap xenctl_bitmap_t;
#endif

#endif /* __XEN__ || __XEN_TOOLS__ */

#endif /* XEN_PUBLIC_XEN_H */
