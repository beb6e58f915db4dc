/* SPDX-License-Identifier: MIT */
/*
 * sysctl: the toolstack's view and control of the host as a whole
 * (console ring, physical CPUs and memory, NUMA and PCI topology, CPU
 * pools, scheduler parameters, power management, live patching...).
 * Control domain only; like domctl, the interface is not stable and every
 * struct xen_sysctl carries XEN_SYSCTL_INTERFACE_VERSION.
 *
 * HYPERVISOR_sysctl(xen_sysctl_t *): the single argument holds the command
 * (cmd), the interface version and the command's parameters in union u.
 */
#ifndef XEN_PUBLIC_SYSCTL_H
#define XEN_PUBLIC_SYSCTL_H

#if !defined(__XEN__) && !defined(__XEN_TOOLS__)
#error "sysctl operations are intended for use by node control tools only"
#endif
/* Compiles in the tools view only. */
#pragma xenabi view tools

#include "xen.h"
#include "domctl.h"
#include "physdev.h"

#define XEN_SYSCTL_INTERFACE_VERSION 0x00000016

/*
 * As for domctl, the sub-op is the cmd member of the structure in arg1 and
 * selects union u of struct xen_sysctl; the subop lines are at the end.
 */
#pragma xenabi hypercall sysctl subop=arg1.cmd arg1=xen_sysctl_t:inout

/* XEN_SYSCTL_readconsole: copy out (part of) Xen's console ring. */
struct xen_sysctl_readconsole {
    uint8_t clear;         /* non-zero: empty the ring after reading */
    uint8_t incremental;   /* non-zero: start at index */
    uint8_t pad0;
    uint8_t pad1;
    /* in: where to start (incremental); out: where reading stopped. */
#pragma xenabi dir inout
    uint32_t index;
#pragma xenabi count count
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(char) buffer;
    /* in: bytes in buffer; out: bytes written. */
#pragma xenabi dir inout
    uint32_t count;
};

/* XEN_SYSCTL_tbuf_op: trace buffers. */
struct xen_sysctl_tbuf_op {
#define XEN_SYSCTL_TBUFOP_get_info     0
#define XEN_SYSCTL_TBUFOP_set_cpu_mask 1
#define XEN_SYSCTL_TBUFOP_set_evt_mask 2
#define XEN_SYSCTL_TBUFOP_set_size     3
#define XEN_SYSCTL_TBUFOP_enable       4
#define XEN_SYSCTL_TBUFOP_disable      5
    uint32_t cmd;
    /* CPUs and event classes traced. */
    struct xenctl_bitmap cpu_mask;
    uint32_t             evt_mask;
    /* get_info: where the buffers are. */
#pragma xenabi dir out
    uint64_aligned_t buffer_mfn;
    uint32_t size;      /* pages per CPU (set_size: in) */
};

/* XEN_SYSCTL_physinfo: the host's CPUs, memory and capabilities. */
/* Bits of capabilities. */
#define _XEN_SYSCTL_PHYSCAP_hvm          0   /* HVM guests */
#define XEN_SYSCTL_PHYSCAP_hvm           (1u<<_XEN_SYSCTL_PHYSCAP_hvm)
#define _XEN_SYSCTL_PHYSCAP_pv           1   /* PV guests */
#define XEN_SYSCTL_PHYSCAP_pv            (1u<<_XEN_SYSCTL_PHYSCAP_pv)
#define _XEN_SYSCTL_PHYSCAP_directio     2   /* device pass-through */
#define XEN_SYSCTL_PHYSCAP_directio  (1u<<_XEN_SYSCTL_PHYSCAP_directio)
#define _XEN_SYSCTL_PHYSCAP_hap          3   /* hardware-assisted paging */
#define XEN_SYSCTL_PHYSCAP_hap           (1u<<_XEN_SYSCTL_PHYSCAP_hap)
#define _XEN_SYSCTL_PHYSCAP_shadow       4   /* shadow paging */
#define XEN_SYSCTL_PHYSCAP_shadow        (1u<<_XEN_SYSCTL_PHYSCAP_shadow)
/* The IOMMU can use the CPU's second-stage page tables. */
#define _XEN_SYSCTL_PHYSCAP_iommu_hap_pt_share 5
#define XEN_SYSCTL_PHYSCAP_iommu_hap_pt_share  \
    (1u << _XEN_SYSCTL_PHYSCAP_iommu_hap_pt_share)
#define XEN_SYSCTL_PHYSCAP_vmtrace       (1u << 6)   /* processor trace */
#define XEN_SYSCTL_PHYSCAP_vpmu          (1u << 7)   /* virtual PMU */
#define XEN_SYSCTL_PHYSCAP_gnttab_v1     (1u << 8)   /* grant tables v1 */
#define XEN_SYSCTL_PHYSCAP_gnttab_v2     (1u << 9)   /* grant tables v2 */
/* The highest capability defined. */
#define XEN_SYSCTL_PHYSCAP_MAX XEN_SYSCTL_PHYSCAP_gnttab_v2

#if defined(__arm__) || defined(__aarch64__)
/* Bits of arch_capabilities: SVE vector length, in units of 128 bits. */
#define XEN_SYSCTL_PHYSCAP_ARM_SVE_MASK  (0x1FU)
#endif

struct xen_sysctl_physinfo {
    uint32_t threads_per_core;
    uint32_t cores_per_socket;
    uint32_t nr_cpus;          /* online CPUs */
    uint32_t max_cpu_id;
    uint32_t nr_nodes;         /* online NUMA nodes */
    uint32_t max_node_id;
    uint32_t cpu_khz;
    uint32_t capabilities;     /* XEN_SYSCTL_PHYSCAP_* */
    uint32_t arch_capabilities;/* XEN_SYSCTL_PHYSCAP_<arch>_* */
    uint32_t pad;
    uint64_aligned_t total_pages;
    uint64_aligned_t free_pages;
    uint64_aligned_t scrub_pages;
    uint64_aligned_t outstanding_pages;
    uint64_aligned_t max_mfn;
    uint32_t hw_cap[8];
};

/* XEN_SYSCTL_sched_id: the scheduler of the default CPU pool. */
struct xen_sysctl_sched_id {
#pragma xenabi dir out
    uint32_t sched_id;         /* XEN_SCHEDULER_* */
};

/* XEN_SYSCTL_perfc_op: Xen's software performance counters. */
#define XEN_SYSCTL_PERFCOP_reset 1   /* zero every counter */
#define XEN_SYSCTL_PERFCOP_query 2   /* describe and read them */
/* One counter: its name and how many values it has. */
struct xen_sysctl_perfc_desc {
    char         name[80];
    uint32_t     nr_vals;
};
typedef struct xen_sysctl_perfc_desc xen_sysctl_perfc_desc_t;
DEFINE_XEN_GUEST_HANDLE(xen_sysctl_perfc_desc_t);
typedef uint32_t xen_sysctl_perfc_val_t;
DEFINE_XEN_GUEST_HANDLE(xen_sysctl_perfc_val_t);

struct xen_sysctl_perfc_op {
    uint32_t       cmd;           /* XEN_SYSCTL_PERFCOP_* */
#pragma xenabi dir out
    uint32_t       nr_counters;
#pragma xenabi dir out
    uint32_t       nr_vals;
    /* Either may be null (a query of the counts only). */
#pragma xenabi count nr_counters
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(xen_sysctl_perfc_desc_t) desc;
#pragma xenabi count nr_vals
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(xen_sysctl_perfc_val_t) val;
};

/* XEN_SYSCTL_getdomaininfolist: getdomaininfo for several domains. */
struct xen_sysctl_getdomaininfolist {
    domid_t               first_domain;
    uint32_t              max_domains;
#pragma xenabi count max_domains
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(xen_domctl_getdomaininfo_t) buffer;
#pragma xenabi dir out
    uint32_t              num_domains;
};

/* XEN_SYSCTL_debug_keys: press debug keys on Xen's console. */
struct xen_sysctl_debug_keys {
#pragma xenabi count nr_keys
#pragma xenabi dir in
    XEN_GUEST_HANDLE_64(const_char) keys;
    uint32_t nr_keys;
};

/* XEN_SYSCTL_getcpuinfo: idle time of each physical CPU. */
struct xen_sysctl_cpuinfo {
    uint64_aligned_t idletime;   /* ns */
};
typedef struct xen_sysctl_cpuinfo xen_sysctl_cpuinfo_t;
DEFINE_XEN_GUEST_HANDLE(xen_sysctl_cpuinfo_t);
struct xen_sysctl_getcpuinfo {
    uint32_t max_cpus;
#pragma xenabi count max_cpus
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(xen_sysctl_cpuinfo_t) info;
#pragma xenabi dir out
    uint32_t nr_cpus;
};

/* XEN_SYSCTL_availheap: free memory in an address-width range or node. */
struct xen_sysctl_availheap {
    uint32_t min_bitwidth;  /* 0: no lower bound */
    uint32_t max_bitwidth;  /* 0: no upper bound */
    int32_t  node;          /* -1: every node */
#pragma xenabi dir out
    uint64_aligned_t avail_bytes;
};

/* XEN_SYSCTL_get_pmstat: per-CPU P-state and C-state statistics. */
struct pm_px_val {
    uint64_aligned_t freq;        /* core frequency of the P-state */
    uint64_aligned_t residency;   /* time spent in it */
    uint64_aligned_t count;       /* transitions into it */
};
typedef struct pm_px_val pm_px_val_t;
DEFINE_XEN_GUEST_HANDLE(pm_px_val_t);

struct pm_px_stat {
    /* in: rows of pt and of the square trans_pt; out: P-states. */
#pragma xenabi dir inout
    uint8_t total;
#pragma xenabi dir out
    uint8_t usable;
#pragma xenabi dir out
    uint8_t last;
#pragma xenabi dir out
    uint8_t cur;
    /* Transition counts, total x total (not written if too small). */
#pragma xenabi count total * total
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(uint64) trans_pt;
#pragma xenabi count total
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(pm_px_val_t) pt;
};

struct pm_cx_stat {
    /* in: entries in triggers and residencies; out: C-states, C0 included. */
#pragma xenabi dir inout
    uint32_t nr;
#pragma xenabi dir out
    uint32_t last;
#pragma xenabi dir out
    uint64_aligned_t idle_time;   /* since boot */
#pragma xenabi count nr
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(uint64) triggers;
#pragma xenabi count nr
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(uint64) residencies;
    /* in: entries in pc / cc; out: entries Xen would fill. */
#pragma xenabi dir inout
    uint32_t nr_pc;
#pragma xenabi dir inout
    uint32_t nr_cc;
    /*
     * Package and core C-state residencies, PC1/CC1 first.  Xen writes only
     * the slots the hardware has: the caller presets the others.
     */
#pragma xenabi count nr_pc
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(uint64) pc;
#pragma xenabi count nr_cc
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(uint64) cc;
};

struct xen_sysctl_get_pmstat {
/* Values of type: category in the high nibble. */
#define PMSTAT_CATEGORY_MASK 0xf0
#define PMSTAT_PX            0x10
#define PMSTAT_CX            0x20
#define PMSTAT_get_max_px    (PMSTAT_PX | 0x1)
#define PMSTAT_get_pxstat    (PMSTAT_PX | 0x2)
#define PMSTAT_reset_pxstat  (PMSTAT_PX | 0x3)
#define PMSTAT_get_max_cx    (PMSTAT_CX | 0x1)
#define PMSTAT_get_cxstat    (PMSTAT_CX | 0x2)
#define PMSTAT_reset_cxstat  (PMSTAT_CX | 0x3)
    uint32_t type;
    uint32_t cpuid;    /* physical CPU */
#pragma xenabi select type unused PMSTAT_reset_pxstat, PMSTAT_reset_cxstat
    union {
#pragma xenabi arm PMSTAT_get_max_px, PMSTAT_get_pxstat
        struct pm_px_stat getpx;
#pragma xenabi arm PMSTAT_get_max_cx, PMSTAT_get_cxstat
        struct pm_cx_stat getcx;
    } u;
};

/* XEN_SYSCTL_cpu_hotplug: bring physical CPUs on- or offline. */
struct xen_sysctl_cpu_hotplug {
    uint32_t cpu;   /* physical CPU (ONLINE / OFFLINE) */
/* Values of op.  The SMT ones act on every secondary thread of every
 * present CPU. */
#define XEN_SYSCTL_CPU_HOTPLUG_ONLINE  0
#define XEN_SYSCTL_CPU_HOTPLUG_OFFLINE 1
#define XEN_SYSCTL_CPU_HOTPLUG_SMT_ENABLE  2
#define XEN_SYSCTL_CPU_HOTPLUG_SMT_DISABLE 3
    uint32_t op;
};

/* XEN_SYSCTL_pm_op: cpufreq governors and their parameters. */
/* Parameters of the userspace governor. */
struct xen_userspace {
    uint32_t scaling_setspeed;
};

/* Parameters of the ondemand governor. */
struct xen_ondemand {
    uint32_t sampling_rate_max;
    uint32_t sampling_rate_min;
    uint32_t sampling_rate;
    uint32_t up_threshold;
};

/* CPPC (ACPI collaborative performance control) state of a CPU. */
struct xen_get_cppc_para {
/* Bit of features: activity_window is supported. */
#define XEN_SYSCTL_CPPC_FEAT_ACT_WINDOW  (1 << 0)
    uint32_t features;
    /* Performance levels the hardware reports. */
    uint32_t lowest;
    uint32_t lowest_nonlinear;
    uint32_t nominal;
    uint32_t highest;
    /* Limits and request, on the same scale. */
    uint32_t minimum;
    uint32_t maximum;
    uint32_t desired;              /* 0: hardware chooses */
    uint32_t energy_perf;          /* 0 performance ... 255 energy saving */
/* activity_window: a 7-bit mantissa and 3-bit base-10 exponent, in us. */
#define XEN_CPPC_ACT_WINDOW_MANTISSA_MASK  0x07f
#define XEN_CPPC_ACT_WINDOW_EXPONENT_MASK  0x380
    uint32_t activity_window;
};

/* New CPPC settings for a CPU. */
struct xen_set_cppc_para {
/* Bits of set_params: which fields to apply, and a preset in the top
 * nibble. */
#define XEN_SYSCTL_CPPC_SET_MINIMUM              (1U << 0)
#define XEN_SYSCTL_CPPC_SET_MAXIMUM              (1U << 1)
#define XEN_SYSCTL_CPPC_SET_DESIRED              (1U << 2)
#define XEN_SYSCTL_CPPC_SET_ENERGY_PERF          (1U << 3)
#define XEN_SYSCTL_CPPC_SET_ACT_WINDOW           (1U << 4)
#define XEN_SYSCTL_CPPC_SET_PRESET_MASK          0xf0000000U
#define XEN_SYSCTL_CPPC_SET_PRESET_NONE          0x00000000U
#define XEN_SYSCTL_CPPC_SET_PRESET_ONDEMAND      0x10000000U
#define XEN_SYSCTL_CPPC_SET_PRESET_POWERSAVE     0x20000000U
#define XEN_SYSCTL_CPPC_SET_PRESET_PERFORMANCE   0x30000000U
#define XEN_SYSCTL_CPPC_SET_PARAM_MASK \
        (XEN_SYSCTL_CPPC_SET_PRESET_MASK | \
         XEN_SYSCTL_CPPC_SET_MINIMUM     | \
         XEN_SYSCTL_CPPC_SET_MAXIMUM     | \
         XEN_SYSCTL_CPPC_SET_DESIRED     | \
         XEN_SYSCTL_CPPC_SET_ENERGY_PERF | \
         XEN_SYSCTL_CPPC_SET_ACT_WINDOW  )
#pragma xenabi dir inout
    uint32_t set_params;
    uint32_t minimum;
    uint32_t maximum;
    uint32_t desired;
    uint32_t energy_perf;
#define XEN_SYSCTL_CPPC_ACT_WINDOW_MASK (XEN_CPPC_ACT_WINDOW_MANTISSA_MASK | \
                                         XEN_CPPC_ACT_WINDOW_EXPONENT_MASK)
    uint32_t activity_window;
};

/* Names of cpufreq drivers in scaling_driver. */
#define XEN_AMD_CPPC_DRIVER_NAME "amd-cppc"
#define XEN_AMD_CPPC_EPP_DRIVER_NAME "amd-cppc-epp"
#define XEN_HWP_DRIVER_NAME "hwp"

/* Length of governor and driver names (as in Linux's sysfs). */
#define CPUFREQ_NAME_LEN 16
/* GET_CPUFREQ_PARA: a CPU's cpufreq state. */
struct xen_get_cpufreq_para {
    /* in: room in the arrays below; out: entries Xen has. */
#pragma xenabi dir inout
    uint32_t cpu_num;
#pragma xenabi dir inout
    uint32_t freq_num;
#pragma xenabi dir inout
    uint32_t gov_num;

#pragma xenabi count cpu_num
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(uint32) affected_cpus;
#pragma xenabi count freq_num
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(uint32) scaling_available_frequencies;
    /* gov_num names of CPUFREQ_NAME_LEN bytes. */
#pragma xenabi count gov_num * CPUFREQ_NAME_LEN
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(char)   scaling_available_governors;
#pragma xenabi dir out
    char scaling_driver[CPUFREQ_NAME_LEN];

    /* kHz */
#pragma xenabi dir out
    uint32_t cpuinfo_cur_freq;
#pragma xenabi dir out
    uint32_t cpuinfo_max_freq;
#pragma xenabi dir out
    uint32_t cpuinfo_min_freq;
    /* The current governor and its parameters. */
#pragma xenabi dir out
    struct {
        uint32_t scaling_cur_freq;
        char scaling_governor[CPUFREQ_NAME_LEN];
        uint32_t scaling_max_freq;
        uint32_t scaling_min_freq;
        /* The arm in use is named by scaling_governor, a string: no
         * integer selector exists. */
        union {
            struct  xen_userspace userspace;
            struct  xen_ondemand ondemand;
        } u;
    } s;

#pragma xenabi dir out
    int32_t turbo_enabled;
};

/* SET_CPUFREQ_GOV: switch a CPU's governor. */
struct xen_set_cpufreq_gov {
    char scaling_governor[CPUFREQ_NAME_LEN];
};

/* SET_CPUFREQ_PARA: set one parameter of a CPU's governor. */
struct xen_set_cpufreq_para {
    #define SCALING_MAX_FREQ           1
    #define SCALING_MIN_FREQ           2
    #define SCALING_SETSPEED           3
    #define SAMPLING_RATE              4
    #define UP_THRESHOLD               5

    uint32_t ctrl_type;    /* one of the values above */
    uint32_t ctrl_value;
};

struct xen_sysctl_pm_op {
    /* Values of cmd. */
    #define PM_PARA_CATEGORY_MASK      0xf0
    #define CPUFREQ_PARA               0x10

    #define GET_CPUFREQ_PARA           (CPUFREQ_PARA | 0x01)
    #define SET_CPUFREQ_GOV            (CPUFREQ_PARA | 0x02)
    #define SET_CPUFREQ_PARA           (CPUFREQ_PARA | 0x03)
    #define GET_CPUFREQ_AVGFREQ        (CPUFREQ_PARA | 0x04)
    #define SET_CPUFREQ_CPPC           (CPUFREQ_PARA | 0x05)
    #define GET_CPUFREQ_CPPC           (CPUFREQ_PARA | 0x06)

    /* Scheduler: prefer idle cores over idle SMT siblings. */
    #define XEN_SYSCTL_pm_op_set_sched_opt_smt    0x21

    /* Deepest C-state allowed. */
    #define XEN_SYSCTL_pm_op_get_max_cstate       0x22
    #define XEN_SYSCTL_pm_op_set_max_cstate       0x23

    /* vCPU migration delay (us). */
    #define XEN_SYSCTL_pm_op_set_vcpu_migration_delay   0x24
    #define XEN_SYSCTL_pm_op_get_vcpu_migration_delay   0x25

    /* Turbo mode of a CPU. */
    #define XEN_SYSCTL_pm_op_enable_turbo               0x26
    #define XEN_SYSCTL_pm_op_disable_turbo              0x27

    uint32_t cmd;
    uint32_t cpuid;       /* physical CPU */
#pragma xenabi select cmd unused XEN_SYSCTL_pm_op_set_vcpu_migration_delay, XEN_SYSCTL_pm_op_get_vcpu_migration_delay, XEN_SYSCTL_pm_op_enable_turbo, XEN_SYSCTL_pm_op_disable_turbo
    union {
#pragma xenabi arm GET_CPUFREQ_PARA
        struct xen_get_cpufreq_para get_para;
#pragma xenabi arm GET_CPUFREQ_CPPC
#pragma xenabi dir out
        struct xen_get_cppc_para    get_cppc;
#pragma xenabi arm SET_CPUFREQ_GOV
        struct xen_set_cpufreq_gov  set_gov;
#pragma xenabi arm SET_CPUFREQ_PARA
        struct xen_set_cpufreq_para set_para;
#pragma xenabi arm SET_CPUFREQ_CPPC
        struct xen_set_cppc_para    set_cppc;
#pragma xenabi arm GET_CPUFREQ_AVGFREQ
#pragma xenabi dir out
        uint64_aligned_t get_avgfreq;          /* kHz */
#pragma xenabi arm XEN_SYSCTL_pm_op_set_sched_opt_smt
#pragma xenabi dir inout
        uint32_t                    set_sched_opt_smt;
/* get/set_max_cstate: no limit. */
#define XEN_SYSCTL_CX_UNLIMITED 0xffffffffU
#pragma xenabi arm XEN_SYSCTL_pm_op_get_max_cstate
#pragma xenabi dir out
        uint32_t                    get_max_cstate;
#pragma xenabi arm XEN_SYSCTL_pm_op_set_max_cstate
        uint32_t                    set_max_cstate;
    } u;
};

/* XEN_SYSCTL_page_offline_op: take machine pages out of (or back into)
 * use, or ask their state. */
struct xen_sysctl_page_offline_op {
#define sysctl_page_offline     1
#define sysctl_page_online      2
#define sysctl_query_page_offline  3
    uint32_t cmd;
    /* The MFN range, inclusive. */
    uint32_t start;
    uint32_t end;
    /* One word per page: PG_OFFLINE_* result bits (0-15), owner (16-31). */
#pragma xenabi count end - start + 1
#pragma xenabi dir out
    XEN_GUEST_HANDLE(uint32) status;
};

/* Result bits of offline/online requests. */
#define PG_OFFLINE_STATUS_MASK    (0xFFUL)
#define PG_OFFLINE_INVALID   (0x1UL << 0)   /* not a valid page */
#define PG_OFFLINE_OFFLINED  (0x1UL << 1)
#define PG_OFFLINE_PENDING   (0x1UL << 2)
#define PG_OFFLINE_FAILED    (0x1UL << 3)
#define PG_OFFLINE_AGAIN     (0x1UL << 4)
#define PG_ONLINE_FAILED     PG_OFFLINE_FAILED
#define PG_ONLINE_ONLINED    PG_OFFLINE_OFFLINED
/* Result bits of queries. */
#define PG_OFFLINE_STATUS_OFFLINED              (0x1UL << 1)
#define PG_OFFLINE_STATUS_ONLINE                (0x1UL << 2)
#define PG_OFFLINE_STATUS_OFFLINE_PENDING       (0x1UL << 3)
#define PG_OFFLINE_STATUS_BROKEN                (0x1UL << 4)
/* Who held the page. */
#define PG_OFFLINE_MISC_MASK    (0xFFUL << 4)
#define PG_OFFLINE_XENPAGE   (0x1UL << 8)
#define PG_OFFLINE_DOM0PAGE  (0x1UL << 9)
#define PG_OFFLINE_ANONYMOUS (0x1UL << 10)
#define PG_OFFLINE_NOT_CONV_RAM   (0x1UL << 11)
#define PG_OFFLINE_OWNED     (0x1UL << 12)
#define PG_OFFLINE_BROKEN    (0x1UL << 13)
#define PG_ONLINE_BROKEN     PG_OFFLINE_BROKEN
/* The owning domain id sits from this bit up. */
#define PG_OFFLINE_OWNER_SHIFT 16

/* XEN_SYSCTL_lockprof_op: lock profiling (debug builds). */
#define XEN_SYSCTL_LOCKPROF_reset 1   /* zero the statistics */
#define XEN_SYSCTL_LOCKPROF_query 2   /* read them */
/* Kinds of lock. */
#define LOCKPROF_TYPE_GLOBAL      0   /* one of Xen's global locks */
#define LOCKPROF_TYPE_PERDOM      1   /* a per-domain lock */
#define LOCKPROF_TYPE_N           2
struct xen_sysctl_lockprof_data {
    char     name[40];   /* may hold up to two %d for idx */
    int32_t  type;       /* LOCKPROF_TYPE_* */
    int32_t  idx;        /* e.g. the domain id */
    uint64_aligned_t lock_cnt;
    uint64_aligned_t block_cnt;
    uint64_aligned_t lock_time;    /* ns */
    uint64_aligned_t block_time;   /* ns */
};
typedef struct xen_sysctl_lockprof_data xen_sysctl_lockprof_data_t;
DEFINE_XEN_GUEST_HANDLE(xen_sysctl_lockprof_data_t);
struct xen_sysctl_lockprof_op {
    uint32_t       cmd;
    uint32_t       max_elem;    /* room in data */
#pragma xenabi dir out
    uint32_t       nr_elem;     /* locks profiled (may exceed max_elem) */
#pragma xenabi dir out
    uint64_aligned_t time;      /* ns since the last reset */
#pragma xenabi count max_elem
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(xen_sysctl_lockprof_data_t) data;
};

/* XEN_SYSCTL_cputopoinfo: core, socket and node of each physical CPU. */
#define XEN_INVALID_CORE_ID     (~0U)
#define XEN_INVALID_SOCKET_ID   (~0U)
#define XEN_INVALID_NODE_ID     (~0U)

struct xen_sysctl_cputopo {
    uint32_t core;
    uint32_t socket;
    uint32_t node;
};
typedef struct xen_sysctl_cputopo xen_sysctl_cputopo_t;
DEFINE_XEN_GUEST_HANDLE(xen_sysctl_cputopo_t);

/*
 * num_cpus: in, entries in cputopo (a null cputopo asks for the count);
 * out, entries written, or the count Xen wanted when cputopo was too small.
 */
struct xen_sysctl_cputopoinfo {
#pragma xenabi dir inout
    uint32_t num_cpus;
#pragma xenabi count num_cpus
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(xen_sysctl_cputopo_t) cputopo;
};

/* XEN_SYSCTL_numainfo: memory of each node and distances between them. */
#define XEN_INVALID_MEM_SZ     (~0U)
#define XEN_INVALID_NODE_DIST  (~0U)

struct xen_sysctl_meminfo {
    uint64_t memsize;
    uint64_t memfree;
};
typedef struct xen_sysctl_meminfo xen_sysctl_meminfo_t;
DEFINE_XEN_GUEST_HANDLE(xen_sysctl_meminfo_t);

/*
 * num_nodes: in, entries in meminfo and rows of distance (both handles
 * null asks for the count); out, as num_cpus of cputopoinfo.
 */
struct xen_sysctl_numainfo {
#pragma xenabi dir inout
    uint32_t num_nodes;
#pragma xenabi count num_nodes
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(xen_sysctl_meminfo_t) meminfo;
    /* Row-major, N x N with N the num_nodes written back. */
#pragma xenabi count num_nodes * num_nodes
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(uint32) distance;
};

/* XEN_SYSCTL_cpupool_op: CPU pools.  The letters say which ops use a
 * field: Create, Destroy, Info, Addcpu, Rmcpu, Movedomain, Freeinfo. */
#define XEN_SYSCTL_CPUPOOL_OP_CREATE                1  /* C */
#define XEN_SYSCTL_CPUPOOL_OP_DESTROY               2  /* D */
#define XEN_SYSCTL_CPUPOOL_OP_INFO                  3  /* I */
#define XEN_SYSCTL_CPUPOOL_OP_ADDCPU                4  /* A */
#define XEN_SYSCTL_CPUPOOL_OP_RMCPU                 5  /* R */
#define XEN_SYSCTL_CPUPOOL_OP_MOVEDOMAIN            6  /* M */
#define XEN_SYSCTL_CPUPOOL_OP_FREEINFO              7  /* F */
/* cpupool_id (C) or cpu (A, R): let Xen choose. */
#define XEN_SYSCTL_CPUPOOL_PAR_ANY     0xFFFFFFFFU
struct xen_sysctl_cpupool_op {
    uint32_t op;
#pragma xenabi dir inout
    uint32_t cpupool_id;  /* in: CDIARM; out: CI */
#pragma xenabi dir inout
    uint32_t sched_id;    /* in: C; out: I */
    uint32_t domid;       /* in: M */
    uint32_t cpu;         /* in: AR */
#pragma xenabi dir out
    uint32_t n_dom;       /* out: I */
    struct xenctl_bitmap cpumap;   /* out: IF */
};

/* ARINC 653 schedule (XEN_SYSCTL_scheduler_op with XEN_SCHEDULER_ARINC653). */
#define ARINC653_MAX_DOMAINS_PER_SCHEDULE   64

struct xen_sysctl_arinc653_schedule {
    uint64_aligned_t     major_frame;   /* ns, length of one cycle */
    uint8_t     num_sched_entries;      /* entries used below */
    struct {
        xen_domain_handle_t dom_handle; /* which domain */
        uint32_t vcpu_id;
        uint64_aligned_t runtime;       /* ns in each major frame */
    } sched_entries[ARINC653_MAX_DOMAINS_PER_SCHEDULE];
};
typedef struct xen_sysctl_arinc653_schedule xen_sysctl_arinc653_schedule_t;
DEFINE_XEN_GUEST_HANDLE(xen_sysctl_arinc653_schedule_t);

/* Bounds of ratelimit_us for credit and credit2. */
#define XEN_SYSCTL_SCHED_RATELIMIT_MAX 500000
#define XEN_SYSCTL_SCHED_RATELIMIT_MIN 100

struct xen_sysctl_credit_schedule {
/* Bounds of tslice_ms. */
#define XEN_SYSCTL_CSCHED_TSLICE_MAX 1000
#define XEN_SYSCTL_CSCHED_TSLICE_MIN 1
    uint32_t tslice_ms;
    uint32_t ratelimit_us;
/* Upper bound of vcpu_migr_delay_us. */
#define XEN_SYSCTL_CSCHED_MGR_DLY_MAX_US (100 * 1000)
    uint32_t vcpu_migr_delay_us;
};

struct xen_sysctl_credit2_schedule {
    uint32_t ratelimit_us;
};

/* XEN_SYSCTL_scheduler_op: parameters of the scheduler of a CPU pool. */
#define XEN_SYSCTL_SCHEDOP_putinfo 0
#define XEN_SYSCTL_SCHEDOP_getinfo 1
struct xen_sysctl_scheduler_op {
    uint32_t cpupool_id;
    uint32_t sched_id;    /* XEN_SCHEDULER_* */
    uint32_t cmd;         /* XEN_SYSCTL_SCHEDOP_* */
#pragma xenabi select sched_id unused XEN_SCHEDULER_RTDS, XEN_SCHEDULER_NULL
    union {
#pragma xenabi arm XEN_SCHEDULER_ARINC653
        struct xen_sysctl_sched_arinc653 {
#pragma xenabi count 1
#pragma xenabi dir in XEN_SYSCTL_SCHEDOP_putinfo
#pragma xenabi dir out XEN_SYSCTL_SCHEDOP_getinfo
            XEN_GUEST_HANDLE_64(xen_sysctl_arinc653_schedule_t) schedule;
        } sched_arinc653;
#pragma xenabi arm XEN_SCHEDULER_CREDIT
        struct xen_sysctl_credit_schedule sched_credit;
#pragma xenabi arm XEN_SCHEDULER_CREDIT2
        struct xen_sysctl_credit2_schedule sched_credit2;
    } u;
};

/* XEN_SYSCTL_coverage_op: gcov coverage data of Xen itself. */
/* The first word of the data ("XCOV"). */
#define XEN_GCOV_FORMAT_MAGIC    0x58434f56

#define XEN_SYSCTL_COVERAGE_get_size 0   /* size: bytes needed */
#define XEN_SYSCTL_COVERAGE_read     1   /* fill buffer */
#define XEN_SYSCTL_COVERAGE_reset    2   /* zero the counters */

struct xen_sysctl_coverage_op {
    uint32_t cmd;
#pragma xenabi dir inout
    uint32_t size;
#pragma xenabi count size
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(char) buffer;
};

/* XEN_SYSCTL_psr_cmt_op: cache monitoring (Intel RDT CMT) facts. */
#define XEN_SYSCTL_PSR_CMT_get_total_rmid            0
#define XEN_SYSCTL_PSR_CMT_get_l3_upscaling_factor   1
/* The L3 cache size (KiB) of the socket of u.l3_cache.cpu. */
#define XEN_SYSCTL_PSR_CMT_get_l3_cache_size         2
#define XEN_SYSCTL_PSR_CMT_enabled                   3
#define XEN_SYSCTL_PSR_CMT_get_l3_event_mask         4
struct xen_sysctl_psr_cmt_op {
    uint32_t cmd;
    uint32_t flags;     /* zero */
    /* Results are in data; get_l3_cache_size reads l3_cache first and
     * returns its result in data too. */
#pragma xenabi select cmd
    union {
#pragma xenabi arm XEN_SYSCTL_PSR_CMT_get_total_rmid, XEN_SYSCTL_PSR_CMT_get_l3_upscaling_factor, XEN_SYSCTL_PSR_CMT_enabled, XEN_SYSCTL_PSR_CMT_get_l3_event_mask
#pragma xenabi dir out
        uint64_t data;
#pragma xenabi arm XEN_SYSCTL_PSR_CMT_get_l3_cache_size
#pragma xenabi dir inout
        struct {
            uint32_t cpu;
            uint32_t rsvd;
        } l3_cache;
    } u;
};

/* XEN_SYSCTL_pcitopoinfo: NUMA node of each listed PCI device. */
/* nodes[] value of a device Xen does not know. */
#define XEN_INVALID_DEV (XEN_INVALID_NODE_ID - 1)
struct xen_sysctl_pcitopoinfo {
    /* in: entries in devs and nodes; out: entries processed. */
#pragma xenabi dir inout
    uint32_t num_devs;
#pragma xenabi count num_devs
#pragma xenabi dir in
    XEN_GUEST_HANDLE_64(physdev_pci_device_t) devs;
    /* Node of each device, or XEN_INVALID_NODE_ID / XEN_INVALID_DEV. */
#pragma xenabi count num_devs
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(uint32) nodes;
};

/* XEN_SYSCTL_psr_alloc: cache / bandwidth allocation facts (Intel RDT). */
#define XEN_SYSCTL_PSR_get_l3_info               0
#define XEN_SYSCTL_PSR_get_l2_info               1
#define XEN_SYSCTL_PSR_get_mba_info              2
struct xen_sysctl_psr_alloc {
    uint32_t cmd;
    uint32_t target;    /* socket */
#pragma xenabi select cmd
#pragma xenabi dir out
    union {
#pragma xenabi arm XEN_SYSCTL_PSR_get_l3_info, XEN_SYSCTL_PSR_get_l2_info
        struct {
            uint32_t cbm_len;   /* bits in a capacity bitmask */
            uint32_t cos_max;   /* highest class of service */
/* Bit of flags: code/data prioritisation enabled. */
#define XEN_SYSCTL_PSR_CAT_L3_CDP       (1u << 0)
            uint32_t flags;
        } cat_info;

#pragma xenabi arm XEN_SYSCTL_PSR_get_mba_info
        struct {
            uint32_t thrtl_max; /* highest throttle value */
            uint32_t cos_max;
/* Bit of flags: throttling is linear. */
#define XEN_SYSCTL_PSR_MBA_LINEAR      (1u << 0)
            uint32_t flags;
        } mba_info;
    } u;
};

/* XEN_SYSCTL_get_cpu_featureset: one of Xen's CPU featuresets (x86). */
struct xen_sysctl_cpu_featureset {
#define XEN_SYSCTL_cpu_featureset_raw      0
#define XEN_SYSCTL_cpu_featureset_host     1
#define XEN_SYSCTL_cpu_featureset_pv       2
#define XEN_SYSCTL_cpu_featureset_hvm      3
#define XEN_SYSCTL_cpu_featureset_pv_max   4
#define XEN_SYSCTL_cpu_featureset_hvm_max  5
    uint32_t index;
    /* in: words in features; out: words written (or, with a null
     * features, the length of every featureset). */
#pragma xenabi dir inout
    uint32_t nr_features;
#pragma xenabi count nr_features
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(uint32) features;
};

/*
 * XEN_SYSCTL_livepatch_op: load, list and apply live patches.
 */
/* Version of the payload format (livepatch_func.version). */
#define LIVEPATCH_PAYLOAD_VERSION 2

#ifdef __XEN__
/* Records inside a payload, read by the hypervisor only. */
#define LIVEPATCH_OPAQUE_SIZE 31

struct livepatch_expectation {
    uint8_t enabled : 1;
    uint8_t len : 5;        /* bytes of data used */
    uint8_t rsv : 2;        /* zero */
    uint8_t data[LIVEPATCH_OPAQUE_SIZE];   /* expected bytes at the target */
};
typedef struct livepatch_expectation livepatch_expectation_t;

typedef enum livepatch_func_state {
    LIVEPATCH_FUNC_NOT_APPLIED,
    LIVEPATCH_FUNC_APPLIED
} livepatch_func_state_t;

struct livepatch_func {
    const char *name;       /* function patched */
    void *new_addr;
    void *old_addr;
    uint32_t new_size;
    uint32_t old_size;
    uint8_t version;        /* LIVEPATCH_PAYLOAD_VERSION */
    uint8_t _pad[39];
    livepatch_expectation_t expect;
};
typedef struct livepatch_func livepatch_func_t;
#endif

/* The name of a payload: size bytes, at most XEN_LIVEPATCH_NAME_SIZE. */
#define XEN_LIVEPATCH_NAME_SIZE 128
struct xen_livepatch_name {
#pragma xenabi count size
#pragma xenabi dir in
    XEN_GUEST_HANDLE_64(char) name;
    uint16_t size;
    uint16_t pad[3];        /* zero */
};

/* Upload a payload (an ELF object) under a new name. */
#define XEN_SYSCTL_LIVEPATCH_UPLOAD 0
struct xen_sysctl_livepatch_upload {
    struct xen_livepatch_name name;
    uint64_t size;                          /* bytes of payload */
#pragma xenabi count size
#pragma xenabi dir in
    XEN_GUEST_HANDLE_64(uint8) payload;
};

/* The state of one payload. */
#define XEN_SYSCTL_LIVEPATCH_GET 1

struct xen_livepatch_status {
#define LIVEPATCH_STATE_CHECKED      1
#define LIVEPATCH_STATE_APPLIED      2
    uint32_t state;                /* LIVEPATCH_STATE_* */
    int32_t rc;                    /* 0 or -XEN_E* of the last action */
};
typedef struct xen_livepatch_status xen_livepatch_status_t;
DEFINE_XEN_GUEST_HANDLE(xen_livepatch_status_t);

struct xen_sysctl_livepatch_get {
    struct xen_livepatch_name name;
#pragma xenabi dir inout
    struct xen_livepatch_status status;
};

/*
 * A batch of the loaded payloads: status, name and metadata of up to nr
 * of them from index idx.  Returns how many were written; version changes
 * when the list changed between calls.
 */
#define XEN_SYSCTL_LIVEPATCH_LIST 2
struct xen_sysctl_livepatch_list {
#pragma xenabi dir out
    uint32_t version;
    uint32_t idx;
    /* in: entries wanted; out: entries left. */
#pragma xenabi dir inout
    uint32_t nr;
    uint32_t pad;                 /* zero */
    /* in: bytes in name / metadata; out: bytes written. */
#pragma xenabi dir inout
    uint32_t name_total_size;
#pragma xenabi dir inout
    uint32_t metadata_total_size;
#pragma xenabi count nr
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(xen_livepatch_status_t) status;
    /* The names one after another, len[i] bytes each. */
#pragma xenabi count name_total_size
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(char) name;
#pragma xenabi count nr
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(uint32) len;
#pragma xenabi count metadata_total_size
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(char) metadata;
#pragma xenabi count nr
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(uint32) metadata_len;
};

/* Act on a payload; the outcome is read back with GET or LIST. */
#define XEN_SYSCTL_LIVEPATCH_ACTION 3
struct xen_sysctl_livepatch_action {
    struct xen_livepatch_name name;
#define LIVEPATCH_ACTION_UNLOAD       1
#define LIVEPATCH_ACTION_REVERT       2
#define LIVEPATCH_ACTION_APPLY        3
#define LIVEPATCH_ACTION_REPLACE      4
    uint32_t cmd;                 /* LIVEPATCH_ACTION_* */
    uint32_t timeout;             /* ns, 0: Xen's default */
/* Bit of flags: apply without checking build-id dependencies. */
#define LIVEPATCH_ACTION_APPLY_NODEPS (1 << 0)
    uint32_t flags;
    uint32_t pad;                 /* zero */
};

struct xen_sysctl_livepatch_op {
    uint32_t cmd;                 /* XEN_SYSCTL_LIVEPATCH_* */
    uint32_t flags;
/* Bit of flags: skip some safety checks. */
#define LIVEPATCH_FLAG_FORCE      (1u << 0)
#define LIVEPATCH_FLAGS_MASK      LIVEPATCH_FLAG_FORCE
#pragma xenabi select cmd
    union {
#pragma xenabi arm XEN_SYSCTL_LIVEPATCH_UPLOAD
        struct xen_sysctl_livepatch_upload upload;
#pragma xenabi arm XEN_SYSCTL_LIVEPATCH_LIST
        struct xen_sysctl_livepatch_list list;
#pragma xenabi arm XEN_SYSCTL_LIVEPATCH_GET
        struct xen_sysctl_livepatch_get get;
#pragma xenabi arm XEN_SYSCTL_LIVEPATCH_ACTION
        struct xen_sysctl_livepatch_action action;
    } u;
};

#if defined(__i386__) || defined(__x86_64__)
/* XEN_SYSCTL_get_cpu_policy (x86): one of Xen's CPUID/MSR policies. */
struct xen_sysctl_cpu_policy {
#define XEN_SYSCTL_cpu_policy_raw          0
#define XEN_SYSCTL_cpu_policy_host         1
#define XEN_SYSCTL_cpu_policy_pv_max       2
#define XEN_SYSCTL_cpu_policy_hvm_max      3
#define XEN_SYSCTL_cpu_policy_pv_default   4
#define XEN_SYSCTL_cpu_policy_hvm_default  5
    uint32_t index;
    /* in: entries in leaves / msrs; out: entries written (or, with null
     * handles, the entries needed). */
#pragma xenabi dir inout
    uint32_t nr_leaves;
#pragma xenabi dir inout
    uint32_t nr_msrs;
    uint32_t _rsvd;       /* zero */
#pragma xenabi count nr_leaves
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(xen_cpuid_leaf_t) leaves;
#pragma xenabi count nr_msrs
#pragma xenabi dir out
    XEN_GUEST_HANDLE_64(xen_msr_entry_t)  msrs;
};
typedef struct xen_sysctl_cpu_policy xen_sysctl_cpu_policy_t;
DEFINE_XEN_GUEST_HANDLE(xen_sysctl_cpu_policy_t);
#endif

#if defined(__arm__) || defined(__aarch64__)
/* XEN_SYSCTL_dt_overlay (Arm): add or remove a device-tree overlay. */
struct xen_sysctl_dt_overlay {
#pragma xenabi count overlay_fdt_size
#pragma xenabi dir in
    XEN_GUEST_HANDLE_64(const_void) overlay_fdt;   /* a flattened DT blob */
    uint32_t overlay_fdt_size;                     /* bytes */
#define XEN_SYSCTL_DT_OVERLAY_ADD                   1
#define XEN_SYSCTL_DT_OVERLAY_REMOVE                2
    uint8_t overlay_op;
    uint8_t pad[3];
};
#endif

/* The argument of HYPERVISOR_sysctl. */
struct xen_sysctl {
    uint32_t cmd;
/* Values of cmd; the gaps are commands that were removed. */
#define XEN_SYSCTL_readconsole                    1
#define XEN_SYSCTL_tbuf_op                        2
#define XEN_SYSCTL_physinfo                       3
#define XEN_SYSCTL_sched_id                       4
#define XEN_SYSCTL_perfc_op                       5
#define XEN_SYSCTL_getdomaininfolist              6
#define XEN_SYSCTL_debug_keys                     7
#define XEN_SYSCTL_getcpuinfo                     8
#define XEN_SYSCTL_availheap                      9
#define XEN_SYSCTL_get_pmstat                    10
#define XEN_SYSCTL_cpu_hotplug                   11
#define XEN_SYSCTL_pm_op                         12
#define XEN_SYSCTL_page_offline_op               14
#define XEN_SYSCTL_lockprof_op                   15
#define XEN_SYSCTL_cputopoinfo                   16
#define XEN_SYSCTL_numainfo                      17
#define XEN_SYSCTL_cpupool_op                    18
#define XEN_SYSCTL_scheduler_op                  19
#define XEN_SYSCTL_coverage_op                   20
#define XEN_SYSCTL_psr_cmt_op                    21
#define XEN_SYSCTL_pcitopoinfo                   22
#define XEN_SYSCTL_psr_alloc                     23
#define XEN_SYSCTL_get_cpu_featureset            26
#define XEN_SYSCTL_livepatch_op                  27
#define XEN_SYSCTL_get_cpu_policy                29
#define XEN_SYSCTL_dt_overlay                    30
    uint32_t interface_version;   /* XEN_SYSCTL_INTERFACE_VERSION */
#pragma xenabi select cmd
    union {
#pragma xenabi arm XEN_SYSCTL_readconsole
        struct xen_sysctl_readconsole       readconsole;
#pragma xenabi arm XEN_SYSCTL_tbuf_op
        struct xen_sysctl_tbuf_op           tbuf_op;
#pragma xenabi arm XEN_SYSCTL_physinfo
#pragma xenabi dir out
        struct xen_sysctl_physinfo          physinfo;
#pragma xenabi arm XEN_SYSCTL_cputopoinfo
        struct xen_sysctl_cputopoinfo       cputopoinfo;
#pragma xenabi arm XEN_SYSCTL_pcitopoinfo
        struct xen_sysctl_pcitopoinfo       pcitopoinfo;
#pragma xenabi arm XEN_SYSCTL_numainfo
        struct xen_sysctl_numainfo          numainfo;
#pragma xenabi arm XEN_SYSCTL_sched_id
        struct xen_sysctl_sched_id          sched_id;
#pragma xenabi arm XEN_SYSCTL_perfc_op
        struct xen_sysctl_perfc_op          perfc_op;
#pragma xenabi arm XEN_SYSCTL_getdomaininfolist
        struct xen_sysctl_getdomaininfolist getdomaininfolist;
#pragma xenabi arm XEN_SYSCTL_debug_keys
        struct xen_sysctl_debug_keys        debug_keys;
#pragma xenabi arm XEN_SYSCTL_getcpuinfo
        struct xen_sysctl_getcpuinfo        getcpuinfo;
#pragma xenabi arm XEN_SYSCTL_availheap
        struct xen_sysctl_availheap         availheap;
#pragma xenabi arm XEN_SYSCTL_get_pmstat
        struct xen_sysctl_get_pmstat        get_pmstat;
#pragma xenabi arm XEN_SYSCTL_cpu_hotplug
        struct xen_sysctl_cpu_hotplug       cpu_hotplug;
#pragma xenabi arm XEN_SYSCTL_pm_op
        struct xen_sysctl_pm_op             pm_op;
#pragma xenabi arm XEN_SYSCTL_page_offline_op
        struct xen_sysctl_page_offline_op   page_offline;
#pragma xenabi arm XEN_SYSCTL_lockprof_op
        struct xen_sysctl_lockprof_op       lockprof_op;
#pragma xenabi arm XEN_SYSCTL_cpupool_op
        struct xen_sysctl_cpupool_op        cpupool_op;
#pragma xenabi arm XEN_SYSCTL_scheduler_op
        struct xen_sysctl_scheduler_op      scheduler_op;
#pragma xenabi arm XEN_SYSCTL_coverage_op
        struct xen_sysctl_coverage_op       coverage_op;
#pragma xenabi arm XEN_SYSCTL_psr_cmt_op
        struct xen_sysctl_psr_cmt_op        psr_cmt_op;
#pragma xenabi arm XEN_SYSCTL_psr_alloc
        struct xen_sysctl_psr_alloc         psr_alloc;
#pragma xenabi arm XEN_SYSCTL_get_cpu_featureset
        struct xen_sysctl_cpu_featureset    cpu_featureset;
#pragma xenabi arm XEN_SYSCTL_livepatch_op
        struct xen_sysctl_livepatch_op      livepatch;
#if defined(__i386__) || defined(__x86_64__)
#pragma xenabi arm XEN_SYSCTL_get_cpu_policy
        struct xen_sysctl_cpu_policy        cpu_policy;
#endif

#if defined(__arm__) || defined(__aarch64__)
#pragma xenabi arm XEN_SYSCTL_dt_overlay
        struct xen_sysctl_dt_overlay        dt_overlay;
#endif
        /* Fixes the size of the union. */
        uint8_t                             pad[128];
    } u;
};
typedef struct xen_sysctl xen_sysctl_t;
DEFINE_XEN_GUEST_HANDLE(xen_sysctl_t);

/*
 * The operations.  Every one passes struct xen_sysctl in arg1; which arm
 * of u it uses is given by cmd above.
 */
#pragma xenabi subop sysctl XEN_SYSCTL_readconsole arg1=xen_sysctl_t:inout
#pragma xenabi subop sysctl XEN_SYSCTL_tbuf_op arg1=xen_sysctl_t:inout
#pragma xenabi subop sysctl XEN_SYSCTL_physinfo arg1=xen_sysctl_t:inout
#pragma xenabi subop sysctl XEN_SYSCTL_sched_id arg1=xen_sysctl_t:inout
#pragma xenabi subop sysctl XEN_SYSCTL_perfc_op arg1=xen_sysctl_t:inout
#pragma xenabi subop sysctl XEN_SYSCTL_getdomaininfolist arg1=xen_sysctl_t:inout
#pragma xenabi subop sysctl XEN_SYSCTL_debug_keys arg1=xen_sysctl_t:in
#pragma xenabi subop sysctl XEN_SYSCTL_getcpuinfo arg1=xen_sysctl_t:inout
#pragma xenabi subop sysctl XEN_SYSCTL_availheap arg1=xen_sysctl_t:inout
#pragma xenabi subop sysctl XEN_SYSCTL_get_pmstat arg1=xen_sysctl_t:inout
#pragma xenabi subop sysctl XEN_SYSCTL_cpu_hotplug arg1=xen_sysctl_t:in
#pragma xenabi subop sysctl XEN_SYSCTL_pm_op arg1=xen_sysctl_t:inout
#pragma xenabi subop sysctl XEN_SYSCTL_page_offline_op arg1=xen_sysctl_t:in
#pragma xenabi subop sysctl XEN_SYSCTL_lockprof_op arg1=xen_sysctl_t:inout
#pragma xenabi subop sysctl XEN_SYSCTL_cputopoinfo arg1=xen_sysctl_t:inout
#pragma xenabi subop sysctl XEN_SYSCTL_numainfo arg1=xen_sysctl_t:inout
#pragma xenabi subop sysctl XEN_SYSCTL_cpupool_op arg1=xen_sysctl_t:inout
#pragma xenabi subop sysctl XEN_SYSCTL_scheduler_op arg1=xen_sysctl_t:inout
#pragma xenabi subop sysctl XEN_SYSCTL_coverage_op arg1=xen_sysctl_t:inout
#pragma xenabi subop sysctl XEN_SYSCTL_psr_cmt_op arg1=xen_sysctl_t:inout
#pragma xenabi subop sysctl XEN_SYSCTL_pcitopoinfo arg1=xen_sysctl_t:inout
#pragma xenabi subop sysctl XEN_SYSCTL_psr_alloc arg1=xen_sysctl_t:inout
#pragma xenabi subop sysctl XEN_SYSCTL_get_cpu_featureset arg1=xen_sysctl_t:inout
#pragma xenabi subop sysctl XEN_SYSCTL_livepatch_op arg1=xen_sysctl_t:inout
#pragma xenabi subop sysctl XEN_SYSCTL_get_cpu_policy arg1=xen_sysctl_t:inout
#pragma xenabi subop sysctl XEN_SYSCTL_dt_overlay arg1=xen_sysctl_t:in

#endif /* XEN_PUBLIC_SYSCTL_H */
