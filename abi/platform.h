/* SPDX-License-Identifier: MIT */
/*
 * platform_op: hardware platform services for the control/hardware domain
 * kernel: wall-clock time, MTRRs, microcode, firmware (BIOS/EFI) data and
 * EFI runtime services, ACPI sleep and processor power-management data,
 * physical CPU and memory hotplug, MSR access, hypervisor symbols.
 *
 * HYPERVISOR_platform_op(op): op is one xen_platform_op; its cmd (a
 * XENPF_* value) selects the member of u that holds the parameters, and
 * interface_version must be XENPF_INTERFACE_VERSION.  Results are written
 * back into the same structure.
 */
#ifndef XEN_PUBLIC_PLATFORM_H
#define XEN_PUBLIC_PLATFORM_H

#include "xen.h"

#define XENPF_INTERFACE_VERSION 0x03000001

/*
 * The whole structure travels in arg1; the sub-op is its cmd member.  The
 * subop lines below say which way each command's data flows.
 */
#pragma xenabi hypercall platform_op subop=arg1.cmd arg1=xen_platform_op_t:inout

/*
 * Set the wall clock: it reads secs/nsecs (since 1970-01-01 00:00 UTC)
 * at the moment Xen's system time is system_time (ns).
 */
#define XENPF_settime32           17
#pragma xenabi subop platform_op XENPF_settime32 arg1=xen_platform_op_t:in
struct xenpf_settime32 {
    uint32_t secs;
    uint32_t nsecs;
    uint64_t system_time;
};
typedef struct xenpf_settime32 xenpf_settime32_t;
#define XENPF_settime64           62
#pragma xenabi subop platform_op XENPF_settime64 arg1=xen_platform_op_t:in
struct xenpf_settime64 {
    uint64_t secs;
    uint32_t nsecs;
    uint32_t mbz;               /* must be zero */
    uint64_t system_time;
};
typedef struct xenpf_settime64 xenpf_settime64_t;
/* The unsuffixed names: the 32-bit form before interface 0x00040600. */
#if __XEN_INTERFACE_VERSION__ < 0x00040600
#define XENPF_settime XENPF_settime32
#define xenpf_settime xenpf_settime32
#else
#define XENPF_settime XENPF_settime64
#define xenpf_settime xenpf_settime64
#endif
typedef struct xenpf_settime xenpf_settime_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_settime_t);

/*
 * x86: give machine frames mfn .. mfn + nr_mfns - 1 the MTRR memory type
 * type.  Xen returns the MTRR it used (reg) and a handle for
 * XENPF_del_memtype.
 */
#define XENPF_add_memtype         31
#pragma xenabi subop platform_op XENPF_add_memtype arg1=xen_platform_op_t:inout
struct xenpf_add_memtype {
    xen_pfn_t mfn;
    uint64_t nr_mfns;
    uint32_t type;
#pragma xenabi dir out
    uint32_t handle;
#pragma xenabi dir out
    uint32_t reg;
};
typedef struct xenpf_add_memtype xenpf_add_memtype_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_add_memtype_t);

/*
 * x86: undo a XENPF_add_memtype.  reg is required; handle is the one
 * XENPF_add_memtype returned (it tells overlapping ranges apart), or 0 if
 * unknown.
 */
#define XENPF_del_memtype         32
#pragma xenabi subop platform_op XENPF_del_memtype arg1=xen_platform_op_t:in
struct xenpf_del_memtype {
    uint32_t handle;
    uint32_t reg;
};
typedef struct xenpf_del_memtype xenpf_del_memtype_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_del_memtype_t);

/* x86: what MTRR reg currently covers. */
#define XENPF_read_memtype        33
#pragma xenabi subop platform_op XENPF_read_memtype arg1=xen_platform_op_t:inout
struct xenpf_read_memtype {
    uint32_t reg;
#pragma xenabi dir out
    xen_pfn_t mfn;
#pragma xenabi dir out
    uint64_t nr_mfns;
#pragma xenabi dir out
    uint32_t type;
};
typedef struct xenpf_read_memtype xenpf_read_memtype_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_read_memtype_t);

/* Load a microcode update of length bytes on every CPU. */
#define XENPF_microcode_update    35
#pragma xenabi subop platform_op XENPF_microcode_update arg1=xen_platform_op_t:in
struct xenpf_microcode_update {
#pragma xenabi count length
#pragma xenabi dir in
    XEN_GUEST_HANDLE(const_void) data;  /* the update blob */
    uint32_t length;                    /* bytes */
};
typedef struct xenpf_microcode_update xenpf_microcode_update_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_microcode_update_t);

/* Tell Xen about a platform quirk (QUIRK_*). */
#define XENPF_platform_quirk      39
#pragma xenabi subop platform_op XENPF_platform_quirk arg1=xen_platform_op_t:in
#define QUIRK_NOIRQBALANCING      1 /* leave IO-APIC redirection targets alone */
#define QUIRK_IOAPIC_BAD_REGSEL   2 /* the IO-APIC loses its REGSEL value */
#define QUIRK_IOAPIC_GOOD_REGSEL  3 /* the IO-APIC keeps its REGSEL value */
struct xenpf_platform_quirk {
    uint32_t quirk_id;
};
typedef struct xenpf_platform_quirk xenpf_platform_quirk_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_platform_quirk_t);

/*
 * Call an EFI runtime service through Xen: function is a XEN_EFI_* value,
 * u holds its arguments and results, status the EFI status returned.
 */
#define XENPF_efi_runtime_call    49
#pragma xenabi subop platform_op XENPF_efi_runtime_call arg1=xen_platform_op_t:inout
#define XEN_EFI_get_time                      1
#define XEN_EFI_set_time                      2
#define XEN_EFI_get_wakeup_time               3
#define XEN_EFI_set_wakeup_time               4
#define XEN_EFI_get_next_high_monotonic_count 5
#define XEN_EFI_get_variable                  6
#define XEN_EFI_set_variable                  7
#define XEN_EFI_get_next_variable_name        8
#define XEN_EFI_query_variable_info           9
#define XEN_EFI_query_capsule_capabilities   10
#define XEN_EFI_update_capsule               11

/* An EFI_TIME. */
struct xenpf_efi_time {
    uint16_t year;
    uint8_t month;
    uint8_t day;
    uint8_t hour;
    uint8_t min;
    uint8_t sec;
    uint32_t ns;
    int16_t tz;                 /* minutes from UTC */
    uint8_t daylight;
};

/* An EFI_GUID. */
struct xenpf_efi_guid {
    uint32_t data1;
    uint16_t data2;
    uint16_t data3;
    uint8_t data4[8];
};

struct xenpf_efi_runtime_call {
    uint32_t function;          /* XEN_EFI_* */
    /*
     * Flags of the call (XEN_EFI_* flag values below); for
     * XEN_EFI_get_next_high_monotonic_count, the value returned.
     */
#pragma xenabi dir inout
    uint32_t misc;
#pragma xenabi dir out
    xen_ulong_t status;         /* the EFI_STATUS */
#pragma xenabi select function unused XEN_EFI_get_next_high_monotonic_count
#pragma xenabi dir inout
    union {
#define XEN_EFI_GET_TIME_SET_CLEARS_NS 0x00000001
#pragma xenabi arm XEN_EFI_get_time
        struct {
            struct xenpf_efi_time time;
            uint32_t resolution;
            uint32_t accuracy;
        } get_time;

#pragma xenabi arm XEN_EFI_set_time
        struct xenpf_efi_time set_time;

#define XEN_EFI_GET_WAKEUP_TIME_ENABLED 0x00000001
#define XEN_EFI_GET_WAKEUP_TIME_PENDING 0x00000002
#pragma xenabi arm XEN_EFI_get_wakeup_time
        struct xenpf_efi_time get_wakeup_time;

#define XEN_EFI_SET_WAKEUP_TIME_ENABLE      0x00000001
#define XEN_EFI_SET_WAKEUP_TIME_ENABLE_ONLY 0x00000002
#pragma xenabi arm XEN_EFI_set_wakeup_time
        struct xenpf_efi_time set_wakeup_time;

        /* Variable attributes (misc). */
#define XEN_EFI_VARIABLE_NON_VOLATILE       0x00000001
#define XEN_EFI_VARIABLE_BOOTSERVICE_ACCESS 0x00000002
#define XEN_EFI_VARIABLE_RUNTIME_ACCESS     0x00000004
        /* The two share one layout (set_variable is the same type). */
#pragma xenabi arm XEN_EFI_get_variable, XEN_EFI_set_variable
        struct {
            /* NUL-terminated UCS-2 variable name */
#pragma xenabi dir in
            XEN_GUEST_HANDLE(void) name;
            xen_ulong_t size;   /* bytes of data (buffer in, value out) */
#pragma xenabi count size
            XEN_GUEST_HANDLE(void) data;
            struct xenpf_efi_guid vendor_guid;
        } get_variable, set_variable;

#pragma xenabi arm XEN_EFI_get_next_variable_name
        struct {
            xen_ulong_t size;   /* bytes of the name buffer */
            /* UCS-2 name: the previous one in, the next one out */
#pragma xenabi count size
#pragma xenabi dir inout
            XEN_GUEST_HANDLE(void) name;
            struct xenpf_efi_guid vendor_guid;
        } get_next_variable_name;

#define XEN_EFI_VARINFO_BOOT_SNAPSHOT       0x00000001
#pragma xenabi arm XEN_EFI_query_variable_info
        struct {
            uint32_t attr;
            uint64_t max_store_size;
            uint64_t remain_store_size;
            uint64_t max_size;
        } query_variable_info;

#pragma xenabi arm XEN_EFI_query_capsule_capabilities
        struct {
            /* capsule_count pointers to capsule headers */
#pragma xenabi count capsule_count
#pragma xenabi dir in
            XEN_GUEST_HANDLE(void) capsule_header_array;
            xen_ulong_t capsule_count;
            uint64_t max_capsule_size;
            uint32_t reset_type;
        } query_capsule_capabilities;

#pragma xenabi arm XEN_EFI_update_capsule
        struct {
#pragma xenabi count capsule_count
#pragma xenabi dir in
            XEN_GUEST_HANDLE(void) capsule_header_array;
            xen_ulong_t capsule_count;
            uint64_t sg_list;   /* machine address of the scatter list */
        } update_capsule;
    } u;
};
typedef struct xenpf_efi_runtime_call xenpf_efi_runtime_call_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_efi_runtime_call_t);

/*
 * Firmware data Xen collected at boot: type (XEN_FW_*) says which, index
 * which instance (a disk, an EFI item: XEN_FW_EFI_*).
 */
#define XENPF_firmware_info       50
#pragma xenabi subop platform_op XENPF_firmware_info arg1=xen_platform_op_t:inout
#define XEN_FW_DISK_INFO          1 /* BIOS int 13h, functions 08h/41h/48h */
#define XEN_FW_DISK_MBR_SIGNATURE 2 /* the signature at MBR offset 0x1b8 */
#define XEN_FW_VBEDDC_INFO        3 /* VBE/DDC int 10h, AX=4F15h */
#define XEN_FW_EFI_INFO           4 /* EFI data, index a XEN_FW_EFI_* value */
#define  XEN_FW_EFI_VERSION        0
#define  XEN_FW_EFI_CONFIG_TABLE   1
#define  XEN_FW_EFI_VENDOR         2
#define  XEN_FW_EFI_MEM_INFO       3
#define  XEN_FW_EFI_RT_VERSION     4
#define  XEN_FW_EFI_PCI_ROM        5
#define  XEN_FW_EFI_APPLE_PROPERTIES 6
#define XEN_FW_KBD_SHIFT_FLAGS    5 /* BIOS int 16h, function 02h */
struct xenpf_firmware_info {
    uint32_t type;              /* XEN_FW_* */
    uint32_t index;
    /* Filled by Xen. */
#pragma xenabi select type
#pragma xenabi dir out
    union {
#pragma xenabi arm XEN_FW_DISK_INFO
        struct {
            /* int 13h function 48h (extensions present) */
            uint8_t device;                   /* BIOS drive number (DL) */
            uint8_t version;                  /* major version (AH) */
            uint16_t interface_support;       /* support bits (CX) */
            /* int 13h function 08h (legacy parameters) */
            uint16_t legacy_max_cylinder;
            uint8_t legacy_max_head;
            uint8_t legacy_sectors_per_track;
            /*
             * Buffer for the int 13h function 41h parameter block; the
             * caller puts the buffer's size in its first uint16_t.
             */
#pragma xenabi dir inout
            XEN_GUEST_HANDLE(void) edd_params;
        } disk_info;
#pragma xenabi arm XEN_FW_DISK_MBR_SIGNATURE
        struct {
            uint8_t device;                   /* BIOS drive number */
            uint32_t mbr_signature;
        } disk_mbr_signature;
#pragma xenabi arm XEN_FW_VBEDDC_INFO
        struct {
            uint8_t capabilities;
            uint8_t edid_transfer_time;
            /* a 128-byte buffer for the EDID block */
#pragma xenabi count 128
#pragma xenabi dir out
            XEN_GUEST_HANDLE(uint8) edid;
        } vbeddc_info;
        /* EFI data, by index (XEN_FW_EFI_*). */
#pragma xenabi arm XEN_FW_EFI_INFO
#pragma xenabi select index
        union xenpf_efi_info {
#pragma xenabi arm XEN_FW_EFI_VERSION, XEN_FW_EFI_RT_VERSION
            uint32_t version;
#pragma xenabi arm XEN_FW_EFI_CONFIG_TABLE
            struct {
                uint64_t addr;                /* the configuration table */
                uint32_t nent;                /* its entries */
            } cfg;
#pragma xenabi arm XEN_FW_EFI_VENDOR
            struct {
                uint32_t revision;
                uint32_t bufsz;               /* bytes of name (in) */
                /* UCS-2 firmware vendor name */
#pragma xenabi count bufsz
#pragma xenabi dir out
                XEN_GUEST_HANDLE(void) name;
            } vendor;
#pragma xenabi arm XEN_FW_EFI_MEM_INFO
            struct {
                /* the memory map entry holding address addr (in) */
                uint64_t addr;
                uint64_t size;
                uint64_t attr;
                uint32_t type;
            } mem;
#pragma xenabi arm XEN_FW_EFI_PCI_ROM
            struct {
                /* which device (in) */
                uint16_t segment;
                uint8_t bus;
                uint8_t devfn;
                uint16_t vendor;
                uint16_t devid;
                /* where its option ROM image is (out) */
                uint64_t address;
                xen_ulong_t size;
            } pci_rom;
#pragma xenabi arm XEN_FW_EFI_APPLE_PROPERTIES
            struct {
                /* where the Apple device properties are (out) */
                uint64_t address;
                xen_ulong_t size;
            } apple_properties;
        } efi_info;

        /* int 16h function 02h: keyboard shift flags */
#pragma xenabi arm XEN_FW_KBD_SHIFT_FLAGS
        uint8_t kbd_shift_flags;
    } u;
};
typedef struct xenpf_firmware_info xenpf_firmware_info_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_firmware_info_t);

/* Enter ACPI sleep state sleep_state (S1..S5). */
#define XENPF_enter_acpi_sleep    51
#pragma xenabi subop platform_op XENPF_enter_acpi_sleep arg1=xen_platform_op_t:in
struct xenpf_enter_acpi_sleep {
#if __XEN_INTERFACE_VERSION__ < 0x00040300
    uint16_t pm1a_cnt_val;      /* PM1a control register value */
    uint16_t pm1b_cnt_val;      /* PM1b control register value */
#else
    /* PM1a/PM1b control values, or with the extended flag SLP_TYP A/B */
#pragma xenabi since 0x00040300
    uint16_t val_a;
#pragma xenabi since 0x00040300
    uint16_t val_b;
#endif
    uint32_t sleep_state;       /* n of Sn */
#define XENPF_ACPI_SLEEP_EXTENDED 0x00000001
    uint32_t flags;             /* XENPF_ACPI_SLEEP_* */
};
typedef struct xenpf_enter_acpi_sleep xenpf_enter_acpi_sleep_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_enter_acpi_sleep_t);

/* Set physical CPU cpu to frequency freq (Hz). */
#define XENPF_change_freq         52
#pragma xenabi subop platform_op XENPF_change_freq arg1=xen_platform_op_t:in
struct xenpf_change_freq {
    uint32_t flags;             /* zero */
    uint32_t cpu;
    uint64_t freq;
};
typedef struct xenpf_change_freq xenpf_change_freq_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_change_freq_t);

/*
 * Idle time (ns since boot) of the physical CPUs whose bits are set in
 * cpumap_bitmap (cpumap_nr_cpus bits).  Xen writes idletime[cpu] for each
 * of them, clears the bits (and zeroes the entries) of CPUs that do not
 * exist, and returns in now the system time of the snapshot.
 */
#define XENPF_getidletime         53
#pragma xenabi subop platform_op XENPF_getidletime arg1=xen_platform_op_t:inout
struct xenpf_getidletime {
#pragma xenabi count bits cpumap_nr_cpus
#pragma xenabi dir inout
    XEN_GUEST_HANDLE(uint8) cpumap_bitmap;
    uint32_t cpumap_nr_cpus;
#pragma xenabi count cpumap_nr_cpus
#pragma xenabi dir out
    XEN_GUEST_HANDLE(uint64) idletime;
#pragma xenabi dir out
    uint64_t now;
};
typedef struct xenpf_getidletime xenpf_getidletime_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_getidletime_t);

/*
 * Pass a processor's ACPI power-management data (_CST, _PCT/_PSS/_PPC/
 * _PSD, _PDC, _CPC) from the control domain's ACPI interpreter to Xen.
 */
#define XENPF_set_processor_pminfo      54
#pragma xenabi subop platform_op XENPF_set_processor_pminfo arg1=xen_platform_op_t:in

/* Capability bits */
#define XEN_PROCESSOR_PM_CX	1
#define XEN_PROCESSOR_PM_PX	2
#define XEN_PROCESSOR_PM_TX	4

/* Kinds of data (xenpf_set_processor_pminfo.type) */
#define XEN_PM_CX   0
#define XEN_PM_PX   1
#define XEN_PM_TX   2
#define XEN_PM_PDC  3
#define XEN_PM_CPPC 4

/* Which Px objects are supplied (xen_processor_performance.flags) */
#define XEN_PX_PCT   1
#define XEN_PX_PSS   2
#define XEN_PX_PPC   4
#define XEN_PX_PSD   8

/* Which CPPC objects are supplied (xen_processor_cppc.flags) */
#define XEN_CPPC_PSD   (1U << 0)
#define XEN_CPPC_CPC   (1U << 1)

/* An ACPI Generic Address Structure. */
struct xen_power_register {
    uint32_t     space_id;
    uint32_t     bit_width;
    uint32_t     bit_offset;
    uint32_t     access_size;
    uint64_t     address;
};

/* A _CSD dependency entry. */
struct xen_processor_csd {
    uint32_t    domain;         /* the dependency domain */
    uint32_t    coord_type;
    uint32_t    num;            /* processors in the domain */
};
typedef struct xen_processor_csd xen_processor_csd_t;
DEFINE_XEN_GUEST_HANDLE(xen_processor_csd_t);

/* One C-state (a _CST entry). */
struct xen_processor_cx {
    struct xen_power_register  reg; /* how to enter it */
    uint8_t     type;           /* n of Cn */
    uint32_t    latency;        /* worst-case entry plus exit latency */
    uint32_t    power;          /* average power, mW */
    uint32_t    dpcnt;          /* entries in dp */
#pragma xenabi count dpcnt
#pragma xenabi dir in
    XEN_GUEST_HANDLE(xen_processor_csd_t) dp;   /* null without dependencies */
};
typedef struct xen_processor_cx xen_processor_cx_t;
DEFINE_XEN_GUEST_HANDLE(xen_processor_cx_t);

/* Processor-wide C-state flags. */
struct xen_processor_flags {
    uint32_t bm_control:1;
    uint32_t bm_check:1;
    uint32_t has_cst:1;
    uint32_t power_setup_done:1;
    uint32_t bm_rld_set:1;
};

/* XEN_PM_CX: the processor's C-states. */
struct xen_processor_power {
    uint32_t count;             /* entries in states */
    struct xen_processor_flags flags;
#pragma xenabi count count
#pragma xenabi dir in
    XEN_GUEST_HANDLE(xen_processor_cx_t) states;
};

/* A _PCT register (ACPI generic register descriptor). */
struct xen_pct_register {
    uint8_t  descriptor;
    uint16_t length;
    uint8_t  space_id;
    uint8_t  bit_width;
    uint8_t  bit_offset;
    uint8_t  reserved;
    uint64_t address;
};

/* One P-state (a _PSS entry). */
struct xen_processor_px {
    uint64_t core_frequency;    /* MHz */
    uint64_t power;             /* mW */
    uint64_t transition_latency; /* us */
    uint64_t bus_master_latency; /* us */
    uint64_t control;           /* value to write to enter it */
    uint64_t status;            /* value read back once entered */
};
typedef struct xen_processor_px xen_processor_px_t;
DEFINE_XEN_GUEST_HANDLE(xen_processor_px_t);

/* A _PSD package. */
struct xen_psd_package {
    uint64_t num_entries;
    uint64_t revision;
    uint64_t domain;
    uint64_t coord_type;
    uint64_t num_processors;
};

/* XEN_PM_PX: the processor's P-state data. */
struct xen_processor_performance {
    uint32_t flags;             /* XEN_PX_*: which parts are supplied */
    uint32_t platform_limit;    /* _PPC: highest P-state allowed */
    struct xen_pct_register control_register;
    struct xen_pct_register status_register;
    uint32_t state_count;       /* entries in states */
#pragma xenabi count state_count
#pragma xenabi dir in
    XEN_GUEST_HANDLE(xen_processor_px_t) states;
    struct xen_psd_package domain_info;
    /* How dependent processors coordinate (shared_type): */
#define XEN_CPUPERF_SHARED_TYPE_HW   1 /* the hardware does it */
#define XEN_CPUPERF_SHARED_TYPE_ALL  2 /* software sets all of them */
#define XEN_CPUPERF_SHARED_TYPE_ANY  3 /* software sets any one of them */
    uint32_t shared_type;
};
typedef struct xen_processor_performance xen_processor_performance_t;
DEFINE_XEN_GUEST_HANDLE(xen_processor_performance_t);

/* XEN_PM_CPPC: what a CPPC frequency driver needs from _CPC and _PSD. */
struct xen_processor_cppc {
    uint8_t flags;              /* XEN_CPPC_* */
    uint8_t pad[3];
    struct {
        uint32_t highest_perf;
        uint32_t nominal_perf;
        uint32_t lowest_nonlinear_perf;
        uint32_t lowest_perf;
        uint32_t lowest_mhz;
        uint32_t nominal_mhz;
    } cpc;
    uint32_t shared_type;       /* XEN_CPUPERF_SHARED_TYPE_* */
    struct xen_psd_package domain_info;
};
typedef struct xen_processor_cppc xen_processor_cppc_t;

struct xenpf_set_processor_pminfo {
    uint32_t id;                /* ACPI processor ID */
    uint32_t type;              /* XEN_PM_* */
#pragma xenabi select type
    union {
#pragma xenabi arm XEN_PM_CX
        struct xen_processor_power          power;
#pragma xenabi arm XEN_PM_PX
        struct xen_processor_performance    perf;
        /* _PDC buffer: revision, count, capability bits; Xen adjusts the bits */
#pragma xenabi arm XEN_PM_PDC
#pragma xenabi count 3
#pragma xenabi dir inout
        XEN_GUEST_HANDLE(uint32)            pdc;
#pragma xenabi arm XEN_PM_CPPC
        xen_processor_cppc_t                cppc_data;
    } u;
};
typedef struct xenpf_set_processor_pminfo xenpf_set_processor_pminfo_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_set_processor_pminfo_t);

/* Identity and state of physical CPU xen_cpuid. */
#define XENPF_get_cpuinfo 55
#pragma xenabi subop platform_op XENPF_get_cpuinfo arg1=xen_platform_op_t:inout
struct xenpf_pcpuinfo {
    uint32_t xen_cpuid;
#pragma xenabi dir out
    uint32_t max_present;       /* highest present CPU number */
#define XEN_PCPU_FLAGS_ONLINE   1
#define XEN_PCPU_FLAGS_INVALID  2   /* no CPU xen_cpuid */
#pragma xenabi dir out
    uint32_t flags;
#pragma xenabi dir out
    uint32_t apic_id;
#pragma xenabi dir out
    uint32_t acpi_id;
};
typedef struct xenpf_pcpuinfo xenpf_pcpuinfo_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_pcpuinfo_t);

/* CPUID vendor and signature of physical CPU xen_cpuid. */
#define XENPF_get_cpu_version 48
#pragma xenabi subop platform_op XENPF_get_cpu_version arg1=xen_platform_op_t:inout
struct xenpf_pcpu_version {
    uint32_t xen_cpuid;
#pragma xenabi dir out
    uint32_t max_present;       /* highest present CPU number */
#pragma xenabi dir out
    char vendor_id[12];
#pragma xenabi dir out
    uint32_t family;
#pragma xenabi dir out
    uint32_t model;
#pragma xenabi dir out
    uint32_t stepping;
};
typedef struct xenpf_pcpu_version xenpf_pcpu_version_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_pcpu_version_t);

/* Bring physical CPU cpuid on line or take it off line. */
#define XENPF_cpu_online    56
#define XENPF_cpu_offline   57
#pragma xenabi subop platform_op XENPF_cpu_online arg1=xen_platform_op_t:in
#pragma xenabi subop platform_op XENPF_cpu_offline arg1=xen_platform_op_t:in
struct xenpf_cpu_ol
{
    uint32_t cpuid;
};
typedef struct xenpf_cpu_ol xenpf_cpu_ol_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_cpu_ol_t);

/* A hot-added physical CPU: its APIC and ACPI IDs and proximity domain. */
#define XENPF_cpu_hotadd    58
#pragma xenabi subop platform_op XENPF_cpu_hotadd arg1=xen_platform_op_t:in
struct xenpf_cpu_hotadd
{
    uint32_t apic_id;
    uint32_t acpi_id;
    uint32_t pxm;
};
typedef struct xenpf_cpu_hotadd xenpf_cpu_hotadd_t;

/* Hot-added memory: frames spfn up to (not including) epfn. */
#define XENPF_mem_hotadd    59
#pragma xenabi subop platform_op XENPF_mem_hotadd arg1=xen_platform_op_t:in
struct xenpf_mem_hotadd
{
    uint64_t spfn;
    uint64_t epfn;
    uint32_t pxm;               /* proximity domain */
    uint32_t flags;
};
typedef struct xenpf_mem_hotadd xenpf_mem_hotadd_t;

/*
 * Core parking: XEN_CORE_PARKING_SET asks for idle_nums CPUs to be kept
 * idle; XEN_CORE_PARKING_GET returns how many are.
 */
#define XENPF_core_parking  60
#pragma xenabi subop platform_op XENPF_core_parking arg1=xen_platform_op_t:inout

#define XEN_CORE_PARKING_SET 1
#define XEN_CORE_PARKING_GET 2
struct xenpf_core_parking {
    uint32_t type;              /* XEN_CORE_PARKING_* */
#pragma xenabi dir inout
    uint32_t idle_nums;
};
typedef struct xenpf_core_parking xenpf_core_parking_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_core_parking_t);

/*
 * A batch of platform resource accesses (MSRs) run on physical CPU cpu,
 * in order and without preemption.  The call returns a negative error, or
 * the number of entries done; the entry that failed holds its error in
 * u.ret.  Reading MSR_IA32_TSC gives scaled system time (ns), taken
 * atomically with a preceding MSR read of the same batch; it cannot be
 * written.
 */
#define XENPF_resource_op   61
#pragma xenabi subop platform_op XENPF_resource_op arg1=xen_platform_op_t:in

#define XEN_RESOURCE_OP_MSR_READ  0
#define XEN_RESOURCE_OP_MSR_WRITE 1

struct xenpf_resource_entry {
    /*
     * The operation going in, its error coming out: one 32-bit slot, so
     * the selector is constant (ret is the same bytes as cmd).
     */
#pragma xenabi select 0
    union {
#pragma xenabi arm default
#pragma xenabi dir in
        uint32_t cmd;           /* XEN_RESOURCE_OP_* */
#pragma xenabi dir out
        int32_t  ret;
    } u;
    uint32_t rsvd;              /* zero */
    uint64_t idx;               /* MSR number */
#pragma xenabi dir inout
    uint64_t val;               /* value written, or read */
};
typedef struct xenpf_resource_entry xenpf_resource_entry_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_resource_entry_t);

struct xenpf_resource_op {
    uint32_t nr_entries;
    uint32_t cpu;
#pragma xenabi count nr_entries
#pragma xenabi dir inout
    XEN_GUEST_HANDLE(xenpf_resource_entry_t) entries;
};
typedef struct xenpf_resource_op xenpf_resource_op_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_resource_op_t);

/*
 * Read hypervisor symbol number symnum: its name (into a buffer of
 * namelen bytes), address and type letter.  Xen sets namelen to the full
 * name length (possibly more than was copied) and symnum to the next
 * symbol; an unchanged symnum means the end.
 */
#define XENPF_get_symbol   63
#pragma xenabi subop platform_op XENPF_get_symbol arg1=xen_platform_op_t:inout
struct xenpf_symdata {
#pragma xenabi dir inout
    uint32_t namelen;
#pragma xenabi dir inout
    uint32_t symnum;

#pragma xenabi count namelen
#pragma xenabi dir out
    XEN_GUEST_HANDLE(char) name;
#pragma xenabi dir out
    uint64_t address;
#pragma xenabi dir out
    char type;
};
typedef struct xenpf_symdata xenpf_symdata_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_symdata_t);

/*
 * The console set-up Xen used (the video mode it left behind).  Returns
 * how many bytes of the structure were filled.
 */
#define XENPF_get_dom0_console 64
#pragma xenabi subop platform_op XENPF_get_dom0_console arg1=xen_platform_op_t:inout
typedef struct dom0_vga_console_info xenpf_dom0_console_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_dom0_console_t);

/* The microcode of physical CPU cpu. */
#define XENPF_get_ucode_revision 65
#pragma xenabi subop platform_op XENPF_get_ucode_revision arg1=xen_platform_op_t:inout
struct xenpf_ucode_revision {
    uint32_t cpu;
#pragma xenabi dir out
    uint32_t signature;         /* CPUID leaf 1 EAX */
#pragma xenabi dir out
    uint32_t pf;                /* platform flags (Intel) */
#pragma xenabi dir out
    uint32_t revision;
};
typedef struct xenpf_ucode_revision xenpf_ucode_revision_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_ucode_revision_t);

/* XENPF_microcode_update with flags (XENPF_UCODE_*). */
#define XENPF_microcode_update2    66
#pragma xenabi subop platform_op XENPF_microcode_update2 arg1=xen_platform_op_t:in
struct xenpf_microcode_update2 {
    uint32_t flags;
/* Load even if the revision is not newer. */
#define XENPF_UCODE_FORCE           1
    uint32_t length;            /* bytes */
#pragma xenabi count length
#pragma xenabi dir in
    XEN_GUEST_HANDLE(const_void) data;
};
typedef struct xenpf_microcode_update2 xenpf_microcode_update2_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_microcode_update2_t);

/* The argument of HYPERVISOR_platform_op. */
struct xen_platform_op {
    uint32_t cmd;               /* XENPF_* */
    uint32_t interface_version; /* XENPF_INTERFACE_VERSION */
    /* Xen writes the results of a command back into its member. */
#pragma xenabi select cmd
#pragma xenabi dir inout
    union {
        /* settime: the unsuffixed alias of settime32 or settime64 */
        xenpf_settime_t               settime;
#pragma xenabi arm XENPF_settime32
        xenpf_settime32_t             settime32;
#pragma xenabi arm XENPF_settime64
        xenpf_settime64_t             settime64;
#pragma xenabi arm XENPF_add_memtype
        xenpf_add_memtype_t           add_memtype;
#pragma xenabi arm XENPF_del_memtype
        xenpf_del_memtype_t           del_memtype;
#pragma xenabi arm XENPF_read_memtype
        xenpf_read_memtype_t          read_memtype;
#pragma xenabi arm XENPF_microcode_update
        xenpf_microcode_update_t      microcode;
#pragma xenabi arm XENPF_platform_quirk
        xenpf_platform_quirk_t        platform_quirk;
#pragma xenabi arm XENPF_efi_runtime_call
        xenpf_efi_runtime_call_t      efi_runtime_call;
#pragma xenabi arm XENPF_firmware_info
        xenpf_firmware_info_t         firmware_info;
#pragma xenabi arm XENPF_enter_acpi_sleep
        xenpf_enter_acpi_sleep_t      enter_acpi_sleep;
#pragma xenabi arm XENPF_change_freq
        xenpf_change_freq_t           change_freq;
#pragma xenabi arm XENPF_getidletime
        xenpf_getidletime_t           getidletime;
#pragma xenabi arm XENPF_set_processor_pminfo
        xenpf_set_processor_pminfo_t  set_pminfo;
#pragma xenabi arm XENPF_get_cpuinfo
        xenpf_pcpuinfo_t              pcpu_info;
#pragma xenabi arm XENPF_get_cpu_version
        xenpf_pcpu_version_t          pcpu_version;
#pragma xenabi arm XENPF_cpu_online, XENPF_cpu_offline
        xenpf_cpu_ol_t                cpu_ol;
#pragma xenabi arm XENPF_cpu_hotadd
        xenpf_cpu_hotadd_t            cpu_add;
#pragma xenabi arm XENPF_mem_hotadd
        xenpf_mem_hotadd_t            mem_add;
#pragma xenabi arm XENPF_core_parking
        xenpf_core_parking_t          core_parking;
#pragma xenabi arm XENPF_resource_op
        xenpf_resource_op_t           resource_op;
#pragma xenabi arm XENPF_get_symbol
        xenpf_symdata_t               symdata;
#pragma xenabi arm XENPF_get_dom0_console
        xenpf_dom0_console_t          dom0_console;
#pragma xenabi arm XENPF_get_ucode_revision
        xenpf_ucode_revision_t        ucode_revision;
#pragma xenabi arm XENPF_microcode_update2
        xenpf_microcode_update2_t     microcode2;
        /* fixes the union at 128 bytes */
        uint8_t                       pad[128];
    } u;
};
typedef struct xen_platform_op xen_platform_op_t;
DEFINE_XEN_GUEST_HANDLE(xen_platform_op_t);

#endif /* XEN_PUBLIC_PLATFORM_H */
