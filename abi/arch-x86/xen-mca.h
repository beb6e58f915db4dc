/* SPDX-License-Identifier: MIT */
/*
 * x86 machine-check architecture (MCA) as Xen exposes it to guests.
 *
 * Xen takes hardware machine checks itself and records what it found as a
 * list of mcinfo_* entries in an mc_info buffer.  Guests learn about them
 * through VIRQ_MCA (correctable errors, control domain only) or through
 * their NMI/#MC trap handlers (uncorrectable errors), then fetch the data
 * with HYPERVISOR_mca(XEN_MC_fetch).  The control domain can also ask Xen
 * to forward an error to another domain, read the physical CPUs' MCA state
 * and, for testing, inject machine-check MSR values and #MC/CMCI events.
 *
 * Like the rest of arch-x86, this header expects xen.h to have been seen.
 */
#pragma xenabi profiles x86_32 x86_64

#ifndef XEN_PUBLIC_ARCH_X86_XEN_MCA_H
#define XEN_PUBLIC_ARCH_X86_XEN_MCA_H

/* The MCA hypercall uses the first architecture-specific slot. */
#define __HYPERVISOR_mca __HYPERVISOR_arch_0

/*
 * HYPERVISOR_mca(struct xen_mc *op): op->cmd is a XEN_MC_* command and
 * picks the member of op->u; op->interface_version must be
 * XEN_MCA_INTERFACE_VERSION.
 */
#pragma xenabi hypercall mca subop=arg1.cmd arg1=xen_mc_t:inout

/*
 * Version of this interface, set by the caller in xen_mc.  Deliberately
 * numbered below the xen-unstable 0x03000001 series, which it is not
 * compatible with.
 */
#define XEN_MCA_INTERFACE_VERSION 0x01ecc003

/* xen_mc_fetch.flags on entry: what to fetch, or that it is an ack. */
#define XEN_MC_NONURGENT  0x0001    /* control domain: non-urgent telemetry */
#define XEN_MC_URGENT     0x0002    /* any domain: urgent telemetry */
#define XEN_MC_ACK        0x0004    /* acknowledge the fetch named by fetch_id */

/* Result flags Xen writes back in xen_mc_fetch / xen_mc_notifydomain. */
#define XEN_MC_OK           0x0     /* success */
#define XEN_MC_FETCHFAILED  0x1     /* the data could not be fetched */
#define XEN_MC_NODATA       0x2     /* nothing was pending */
#define XEN_MC_NOMATCH      0x4     /* another error arrived meanwhile; the
                                     * data is not the one notified about */
/* For notifydomain; the next two never come together. */
#define XEN_MC_CANNOTHANDLE 0x8     /* the target has no MC handler */
#define XEN_MC_NOTDELIVERED 0x10    /* delivery failed; may be retried */

/* "No vCPU" in every mc_vcpuid field. */
#define XEN_MC_VCPUID_INVALID 0xffff

#ifndef __ASSEMBLER__

/* Virtual IRQ raised in the control domain for correctable errors. */
#define VIRQ_MCA VIRQ_ARCH_0

/*
 * Telemetry entries.  mc_info.mi_data holds mi_nentries variable-sized
 * entries back to back; each starts with an mcinfo_common saying what it is
 * (MC_TYPE_*) and how many bytes it takes.  Guests only read them.
 */
#define MC_TYPE_GLOBAL          0   /* struct mcinfo_global */
#define MC_TYPE_BANK            1   /* struct mcinfo_bank */
#define MC_TYPE_EXTENDED        2   /* struct mcinfo_extended */
#define MC_TYPE_RECOVERY        3   /* struct mcinfo_recovery */

/* Header of every entry. */
struct mcinfo_common {
    uint16_t type;              /* MC_TYPE_* */
    uint16_t size;              /* bytes of the whole entry, header included */
};
typedef struct mcinfo_common xen_mcinfo_common_t;

/* mcinfo_global.mc_flags: kind of event and how it was detected. */
#define MC_FLAG_CORRECTABLE     (1 << 0)
#define MC_FLAG_UNCORRECTABLE   (1 << 1)
#define MC_FLAG_RECOVERABLE     (1 << 2)
#define MC_FLAG_POLLED          (1 << 3)    /* found by polling */
#define MC_FLAG_RESET           (1 << 4)    /* found at boot, left from before a reset */
#define MC_FLAG_CMCI            (1 << 5)    /* signalled by a CMCI */
#define MC_FLAG_MCE             (1 << 6)    /* signalled by a #MC exception */

/* MC_TYPE_GLOBAL: where the event hit, one per telemetry record. */
struct mcinfo_global {
    xen_mcinfo_common_t common;

    uint16_t mc_domid;          /* domain running at the time (likely the victim) */
    uint16_t mc_vcpuid;         /* its vCPU then, or XEN_MC_VCPUID_INVALID */
    uint32_t mc_socketid;       /* physical package */
    uint16_t mc_coreid;         /* core within the package */
    uint16_t mc_core_threadid;  /* thread within the core */
    uint32_t mc_apicid;
    uint32_t mc_flags;          /* MC_FLAG_* */
    uint64_t mc_gstatus;        /* MCG_STATUS */
};

/* MC_TYPE_BANK: the registers of one MCA bank that reported the error. */
struct mcinfo_bank {
    xen_mcinfo_common_t common;

    uint16_t mc_bank;           /* bank number */
    uint16_t mc_domid;          /* control domain only: owner of mc_addr,
                                 * when mc_addr is valid */
    uint64_t mc_status;         /* MCi_STATUS */
    uint64_t mc_addr;           /* MCi_ADDR, meaningful if MCi_STATUS.ADDRV */
    uint64_t mc_misc;           /* MCi_MISC */
    uint64_t mc_ctrl2;          /* MCi_CTL2 */
    uint64_t mc_tsc;            /* TSC when the bank was read */
};

/* One MSR and its value. */
struct mcinfo_msr {
    uint64_t reg;               /* MSR index */
    uint64_t value;
};
typedef struct mcinfo_msr xen_mcinfo_msr_t;

/*
 * MC_TYPE_EXTENDED: further MSRs read at the time of the error (vendor
 * extended state such as the saved general registers).  Several such
 * entries may follow each other when more are needed.
 */
struct mcinfo_extended {
    xen_mcinfo_common_t common;

    uint32_t mc_msrs;           /* valid entries at the start of mc_msr */
    xen_mcinfo_msr_t mc_msr[32];
};

/* mcinfo_recovery.action_flags: outcome of what Xen did. */
#define REC_ACTION_RECOVERED (0x1 << 0)     /* acted, error contained */
#define REC_ACTION_NONE (0x1 << 1)          /* Xen did nothing */
#define REC_ACTION_NEED_RESET (0x1 << 2)    /* the control domain may need to act */

/* mcinfo_recovery.action_types: which action Xen attempted. */
#define MC_ACTION_PAGE_OFFLINE (0x1 << 0)   /* took a page out of use */
#define MC_ACTION_CPU_OFFLINE (0x1 << 1)    /* took a CPU offline */
#define MC_ACTION_CACHE_SHRINK (0x1 << 2)   /* disabled part of the L3 cache */

/* Page taken out of use by Xen. */
struct page_offline_action
{
    uint64_t mfn;               /* machine frame offlined */
    uint64_t status;
};
typedef struct page_offline_action xen_page_offline_action_t;

/* CPU taken offline by Xen. */
struct cpu_offline_action
{
    uint32_t mc_socketid;
    uint16_t mc_coreid;
    uint16_t mc_core_threadid;
};
typedef struct cpu_offline_action xen_cpu_offline_action_t;

/* Bytes reserved for the action details in mcinfo_recovery. */
#define MAX_UNION_SIZE 16

/*
 * MC_TYPE_RECOVERY: a recovery action Xen took, reported to the control
 * domain so it can remember it (e.g. offline the same page earlier on the
 * next boot).
 */
struct mcinfo_recovery
{
    xen_mcinfo_common_t common;
    uint16_t mc_bank;           /* bank the action relates to */
    uint8_t action_flags;       /* REC_ACTION_* */
    uint8_t action_types;       /* MC_ACTION_* */
#pragma xenabi select action_types
    union {
#pragma xenabi arm MC_ACTION_PAGE_OFFLINE
        xen_page_offline_action_t page_retire;
#pragma xenabi arm MC_ACTION_CPU_OFFLINE
        xen_cpu_offline_action_t cpu_offline;
#pragma xenabi arm default
        uint8_t pad[MAX_UNION_SIZE];
    } action_info;
};

/* Size of the buffer Xen works with, and of mc_info as guests see it. */
#define MCINFO_HYPERCALLSIZE    1024
#define MCINFO_MAXSIZE          768

/* mc_info.flags: Xen ran out of room; entries were left out. */
#define MCINFO_FLAGS_UNCOMPLETE 0x1

/* One telemetry record: a list of mcinfo_* entries (see above). */
struct mc_info {
    uint32_t mi_nentries;       /* entries in mi_data */
    uint32_t flags;             /* MCINFO_FLAGS_* */
    uint64_t mi_data[(MCINFO_MAXSIZE - 1) / 8];
};
typedef struct mc_info mc_info_t;
DEFINE_XEN_GUEST_HANDLE(mc_info_t);

/* Elements of mcinfo_logical_cpu.mc_msrvalues. */
#define __MC_MSR_ARRAYSIZE 8
#if __XEN_INTERFACE_VERSION__ <= 0x00040d00
#define __MC_NMSRS 1                /* old name, interfaces up to 4.13 */
#endif
/* mcinfo_logical_cpu.mc_cpu_caps: CPUID feature words, by index. */
#define MC_NCAPS        7           /* number of words */
#define MC_CAPS_STD_EDX 0           /* leaf 0x00000001, EDX */
#define MC_CAPS_AMD_EDX 1           /* leaf 0x80000001, EDX */
#define MC_CAPS_TM      2           /* leaf 0x80860001 (Transmeta) */
#define MC_CAPS_LINUX   3           /* Linux's synthetic word */
#define MC_CAPS_STD_ECX 4           /* leaf 0x00000001, ECX */
#define MC_CAPS_VIA     5           /* leaf 0xc0000001 */
#define MC_CAPS_AMD_ECX 6           /* leaf 0x80000001, ECX */

/*
 * One physical CPU as XEN_MC_physcpuinfo describes it.  mc_msrvalues is
 * 4-aligned on x86_32 (offset 172) and 8-aligned on x86_64 (offset 176,
 * after 4 bytes of padding): the record is 300 bytes on one and 304 on the
 * other, so 32-bit callers need translation.
 */
struct mcinfo_logical_cpu {
    uint32_t mc_cpunr;          /* Xen's CPU number */
    uint32_t mc_chipid;         /* package */
    uint16_t mc_coreid;
    uint16_t mc_threadid;
    uint32_t mc_apicid;
    uint32_t mc_clusterid;
    uint32_t mc_ncores;         /* cores in the package */
    uint32_t mc_ncores_active;
    uint32_t mc_nthreads;       /* threads per core */
    int32_t mc_cpuid_level;     /* highest basic CPUID leaf */
    uint32_t mc_family;
    uint32_t mc_vendor;
    uint32_t mc_model;
    uint32_t mc_step;
    char mc_vendorid[16];       /* CPUID vendor string */
    char mc_brandid[64];        /* CPUID brand string */
    uint32_t mc_cpu_caps[MC_NCAPS];     /* MC_CAPS_* words */
    uint32_t mc_cache_size;
    uint32_t mc_cache_alignment;
    int32_t mc_nmsrvals;        /* valid entries of mc_msrvalues */
    xen_mcinfo_msr_t mc_msrvalues[__MC_MSR_ARRAYSIZE];
};
typedef struct mcinfo_logical_cpu xen_mc_logical_cpu_t;
DEFINE_XEN_GUEST_HANDLE(xen_mc_logical_cpu_t);

#pragma xenabi verbatim begin
/*
 * Walking an mc_info (macros rather than inline functions so that assembly
 * sources can include this header):
 *   x86_mcinfo_nentries(mi)  number of entries (uint32_t)
 *   x86_mcinfo_first(mi)     first entry (struct mcinfo_common *)
 *   x86_mcinfo_next(mic)     the entry after mic
 *   x86_mcinfo_lookup(ret, mi, mc_type)
 *                            sets ret to the first entry of type mc_type,
 *                            or to NULL when there is none (or mi is NULL)
 */
#define x86_mcinfo_nentries(mi)  ((mi)->mi_nentries)
#define x86_mcinfo_first(mi)     ((struct mcinfo_common *)(mi)->mi_data)
#define x86_mcinfo_next(mic) \
    ((struct mcinfo_common *)((uint8_t *)(mic) + (mic)->size))
#define x86_mcinfo_lookup(ret, mi, mc_type)                              \
    do {                                                                 \
        struct mcinfo_common *xmc_e_ = NULL;                             \
        uint32_t xmc_n_;                                                 \
                                                                         \
        (ret) = NULL;                                                    \
        if ((mi) == NULL)                                                \
            break;                                                       \
        xmc_e_ = x86_mcinfo_first(mi);                                   \
        for (xmc_n_ = 0; xmc_n_ < x86_mcinfo_nentries(mi); xmc_n_++) {   \
            if (xmc_e_->type == (mc_type)) {                             \
                (ret) = xmc_e_;                                          \
                break;                                                   \
            }                                                            \
            xmc_e_ = x86_mcinfo_next(xmc_e_);                            \
        }                                                                \
    } while (0)
#pragma xenabi verbatim end

/*
 * Guests register their #MC trap handler with set_trap_table and the
 * control domain binds VIRQ_MCA with EVTCHNOP_bind_virq; the commands
 * below do the rest.
 */

/*
 * XEN_MC_fetch (any domain): copy the pending telemetry into *data.  A
 * second call with XEN_MC_ACK and the fetch_id returned acknowledges it.
 */
#define XEN_MC_fetch            1
#pragma xenabi subop mca XEN_MC_fetch arg1=xen_mc_t:inout
struct xen_mc_fetch {
#pragma xenabi dir inout
    uint32_t flags;             /* in: XEN_MC_NONURGENT, XEN_MC_URGENT,
                                 * XEN_MC_ACK; out: XEN_MC_OK,
                                 * XEN_MC_FETCHFAILED, XEN_MC_NODATA,
                                 * XEN_MC_NOMATCH */
    uint32_t _pad0;
#pragma xenabi dir inout
    uint64_t fetch_id;          /* out: id to ack later; in: the id acked */
#pragma xenabi count 1
#pragma xenabi dir out
    XEN_GUEST_HANDLE(mc_info_t) data;   /* filled by Xen */
};
typedef struct xen_mc_fetch xen_mc_fetch_t;
DEFINE_XEN_GUEST_HANDLE(xen_mc_fetch_t);

/*
 * XEN_MC_notifydomain (control domain): have Xen pass a machine check on
 * to another domain's vCPU.
 */
#define XEN_MC_notifydomain     2
#pragma xenabi subop mca XEN_MC_notifydomain arg1=xen_mc_t:inout
struct xen_mc_notifydomain {
    uint16_t mc_domid;          /* domain to notify */
    uint16_t mc_vcpuid;         /* its vCPU, normally as reported by fetch */
#pragma xenabi dir inout
    uint32_t flags;             /* out: XEN_MC_OK, XEN_MC_CANNOTHANDLE,
                                 * XEN_MC_NOTDELIVERED, XEN_MC_NOMATCH */
};
typedef struct xen_mc_notifydomain xen_mc_notifydomain_t;
DEFINE_XEN_GUEST_HANDLE(xen_mc_notifydomain_t);

/*
 * XEN_MC_physcpuinfo (control domain): describe the physical CPUs.  With
 * a null info handle Xen only returns their number in ncpus; otherwise it
 * fills up to ncpus entries and sets ncpus to the number present.
 */
#define XEN_MC_physcpuinfo 3
#pragma xenabi subop mca XEN_MC_physcpuinfo arg1=xen_mc_t:inout
struct xen_mc_physcpuinfo {
#pragma xenabi dir inout
    uint32_t ncpus;
    uint32_t _pad0;
#pragma xenabi count ncpus
#pragma xenabi dir out
    XEN_GUEST_HANDLE(xen_mc_logical_cpu_t) info;
};
typedef struct xen_mc_physcpuinfo xen_mc_physcpuinfo_t;

/*
 * XEN_MC_msrinject (control domain, testing): load MCA MSRs of one CPU
 * with the given values.
 */
#define XEN_MC_msrinject    4
#pragma xenabi subop mca XEN_MC_msrinject arg1=xen_mc_t:in
#define MC_MSRINJ_MAXMSRS       8
struct xen_mc_msrinject {
    uint32_t mcinj_cpunr;       /* target CPU */
    uint32_t mcinj_flags;       /* MC_MSRINJ_F_* */
    uint32_t mcinj_count;       /* valid entries of mcinj_msr */
    domid_t  mcinj_domid;       /* with MC_MSRINJ_F_GPADDR: the domain whose
                                 * guest-physical addresses the values hold */
    uint16_t _pad0;
    xen_mcinfo_msr_t mcinj_msr[MC_MSRINJ_MAXMSRS];
};
typedef struct xen_mc_msrinject xen_mc_msrinject_t;

/* mcinj_flags (bits 16-31 reserved). */
#define MC_MSRINJ_F_INTERPOSE   0x1     /* only Xen's view of the MSRs changes */
#define MC_MSRINJ_F_GPADDR      0x2     /* addresses are guest-physical in mcinj_domid */

/* XEN_MC_mceinject (control domain, testing): raise #MC on one CPU. */
#define XEN_MC_mceinject    5
#pragma xenabi subop mca XEN_MC_mceinject arg1=xen_mc_t:in
struct xen_mc_mceinject {
    unsigned int mceinj_cpunr;  /* target CPU */
};
typedef struct xen_mc_mceinject xen_mc_mceinject_t;

#if defined(__XEN__) || defined(__XEN_TOOLS__)
/*
 * XEN_MC_inject_v2 (toolstack, testing): raise a machine-check event of
 * the given type on the CPUs in cpumap, or on all of them.
 */
#define XEN_MC_inject_v2        6
#pragma xenabi subop mca XEN_MC_inject_v2 arg1=xen_mc_t:in
#define XEN_MC_INJECT_TYPE_MASK     0x7     /* flags: the event type */
#define XEN_MC_INJECT_TYPE_MCE      0x0
#define XEN_MC_INJECT_TYPE_CMCI     0x1
#define XEN_MC_INJECT_TYPE_LMCE     0x2

#define XEN_MC_INJECT_CPU_BROADCAST 0x8     /* flags: every CPU, cpumap unused */

struct xen_mc_inject_v2 {
    uint32_t flags;             /* XEN_MC_INJECT_* */
    xenctl_bitmap_t cpumap;     /* target CPUs */
};
typedef struct xen_mc_inject_v2 xen_mc_inject_v2_t;
#endif

/* The argument of HYPERVISOR_mca. */
struct xen_mc {
    uint32_t cmd;               /* XEN_MC_* command */
    uint32_t interface_version; /* XEN_MCA_INTERFACE_VERSION */
#pragma xenabi select cmd
    union {
#pragma xenabi arm XEN_MC_fetch
        xen_mc_fetch_t             mc_fetch;
#pragma xenabi arm XEN_MC_notifydomain
        xen_mc_notifydomain_t      mc_notifydomain;
#pragma xenabi arm XEN_MC_physcpuinfo
        xen_mc_physcpuinfo_t       mc_physcpuinfo;
#pragma xenabi arm XEN_MC_msrinject
        xen_mc_msrinject_t         mc_msrinject;
#pragma xenabi arm XEN_MC_mceinject
        xen_mc_mceinject_t         mc_mceinject;
#if defined(__XEN__) || defined(__XEN_TOOLS__)
#pragma xenabi arm XEN_MC_inject_v2
        xen_mc_inject_v2_t         mc_inject_v2;
#endif
    } u;
};
typedef struct xen_mc xen_mc_t;
DEFINE_XEN_GUEST_HANDLE(xen_mc_t);

#endif /* __ASSEMBLER__ */

#endif /* XEN_PUBLIC_ARCH_X86_XEN_MCA_H */
