/* SPDX-License-Identifier: MIT */
/*
 * Arm guests, 32-bit (AArch32) and 64-bit (AArch64) alike.
 *
 * Hypercalls use HVC with the tag below; arguments travel in x0..x4
 * (r0..r4), the call number in x16 (r12), the result comes back in x0
 * (r0).  Structures in memory follow the 64-bit procedure call standard
 * for both guest widths: every 64-bit field and every guest handle is 8
 * bytes and 8-aligned, so the layouts below are the same for arm32 and
 * arm64.  Memory shared with Xen or other guests must be normal,
 * inner-shareable, write-back cacheable.
 */
#pragma xenabi profiles arm32 arm64
#ifndef XEN_PUBLIC_ARCH_ARM_H
#define XEN_PUBLIC_ARCH_ARM_H

/* Immediate of the HVC instruction that marks a Xen hypercall. */
#define XEN_HYPERCALL_TAG   0XEA1

#pragma xenabi verbatim begin
#if defined(__XEN__) || defined(__XEN_TOOLS__) || defined(__GNUC__)
#define  int64_aligned_t  int64_t __attribute__((__aligned__(8)))
#define uint64_aligned_t uint64_t __attribute__((__aligned__(8)))
#endif
/* Every handle in memory is 8 bytes and 8-aligned, on 32-bit guests too;
 * the __guest_handle_ form (register width) is for hypercall arguments. */
#define ___DEFINE_XEN_GUEST_HANDLE(name, type)                  \
    typedef union { type *p; unsigned long q; }                 \
        __guest_handle_ ## name;                                \
    typedef union { type *p; uint64_aligned_t q; }              \
        __guest_handle_64_ ## name
#define __DEFINE_XEN_GUEST_HANDLE(name, type) \
    ___DEFINE_XEN_GUEST_HANDLE(name, type);   \
    ___DEFINE_XEN_GUEST_HANDLE(const_##name, const type)
#define DEFINE_XEN_GUEST_HANDLE(name)   __DEFINE_XEN_GUEST_HANDLE(name, name)
#define __XEN_GUEST_HANDLE(name)        __guest_handle_64_ ## name
#define XEN_GUEST_HANDLE(name)          __XEN_GUEST_HANDLE(name)
#define XEN_GUEST_HANDLE_PARAM(name)    __guest_handle_ ## name
#define set_xen_guest_handle_raw(hnd, val)                  \
    do {                                                    \
        __typeof__(&(hnd)) xenabi_sxghr_tmp_ = &(hnd);      \
        xenabi_sxghr_tmp_->q = 0;                           \
        xenabi_sxghr_tmp_->p = (val);                       \
    } while ( 0 )
#define set_xen_guest_handle(hnd, val) set_xen_guest_handle_raw(hnd, val)
#pragma xenabi verbatim end

#ifndef __ASSEMBLER__
/* Guest frame numbers are 64 bits wide whatever the guest's width. */
#pragma xenabi typedef xen_pfn_t
#define PRI_xen_pfn PRIx64
#define PRIu_xen_pfn PRIu64

/*
 * Only vCPU 0 has a vcpu_info slot in shared_info; every other vCPU
 * registers its own with VCPUOP_register_vcpu_info.
 */
#define XEN_LEGACY_MAX_VCPUS 1

#pragma xenabi typedef xen_ulong_t
#define PRI_xen_ulong PRIx64

#if defined(__XEN__) || defined(__XEN_TOOLS__)

/*
 * The general-purpose registers of a vCPU.  Each slot is 64 bits; a
 * 32-bit guest uses the low half under its banked AArch32 name.  GNU C
 * gets both names through anonymous unions, other compilers only the
 * AArch64 names.  Which view is live follows the guest's execution
 * state: the AArch32 one when cpsr has PSR_MODE_BIT set.
 */
#if defined(__GNUC__) && !defined(__STRICT_ANSI__)
struct vcpu_guest_core_regs
{
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x0;
        #pragma xenabi arm 1
        uint32_t r0_usr;
    };
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x1;
        #pragma xenabi arm 1
        uint32_t r1_usr;
    };
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x2;
        #pragma xenabi arm 1
        uint32_t r2_usr;
    };
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x3;
        #pragma xenabi arm 1
        uint32_t r3_usr;
    };
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x4;
        #pragma xenabi arm 1
        uint32_t r4_usr;
    };
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x5;
        #pragma xenabi arm 1
        uint32_t r5_usr;
    };
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x6;
        #pragma xenabi arm 1
        uint32_t r6_usr;
    };
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x7;
        #pragma xenabi arm 1
        uint32_t r7_usr;
    };
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x8;
        #pragma xenabi arm 1
        uint32_t r8_usr;
    };
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x9;
        #pragma xenabi arm 1
        uint32_t r9_usr;
    };
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x10;
        #pragma xenabi arm 1
        uint32_t r10_usr;
    };
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x11;
        #pragma xenabi arm 1
        uint32_t r11_usr;
    };
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x12;
        #pragma xenabi arm 1
        uint32_t r12_usr;
    };

    /* User-mode stack pointer and link register. */
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x13;
        #pragma xenabi arm 1
        uint32_t sp_usr;
    };
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x14;
        #pragma xenabi arm 1
        uint32_t lr_usr;
    };

    /* Hyp-mode stack pointer: never used for guests. */
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x15;
        #pragma xenabi arm 1
        uint32_t __unused_sp_hyp;
    };

    /* Banked registers of the AArch32 exception modes. */
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x16;
        #pragma xenabi arm 1
        uint32_t lr_irq;
    };
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x17;
        #pragma xenabi arm 1
        uint32_t sp_irq;
    };
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x18;
        #pragma xenabi arm 1
        uint32_t lr_svc;
    };
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x19;
        #pragma xenabi arm 1
        uint32_t sp_svc;
    };
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x20;
        #pragma xenabi arm 1
        uint32_t lr_abt;
    };
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x21;
        #pragma xenabi arm 1
        uint32_t sp_abt;
    };
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x22;
        #pragma xenabi arm 1
        uint32_t lr_und;
    };
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x23;
        #pragma xenabi arm 1
        uint32_t sp_und;
    };
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x24;
        #pragma xenabi arm 1
        uint32_t r8_fiq;
    };
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x25;
        #pragma xenabi arm 1
        uint32_t r9_fiq;
    };
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x26;
        #pragma xenabi arm 1
        uint32_t r10_fiq;
    };
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x27;
        #pragma xenabi arm 1
        uint32_t r11_fiq;
    };
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x28;
        #pragma xenabi arm 1
        uint32_t r12_fiq;
    };
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x29;
        #pragma xenabi arm 1
        uint32_t sp_fiq;
    };
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t x30;
        #pragma xenabi arm 1
        uint32_t lr_fiq;
    };

    /* Where the guest resumes (ELR_EL2) and its saved mode (SPSR_EL2). */
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t pc64;
        #pragma xenabi arm 1
        uint32_t pc32;
    };
    uint64_t cpsr;

    /* Saved PSR of the guest kernel: SPSR_EL1, or SPSR_svc for AArch32. */
    #pragma xenabi select (cpsr & PSR_MODE_BIT) != 0
    union {
        #pragma xenabi arm 0
        uint64_t spsr_el1;
        #pragma xenabi arm 1
        uint32_t spsr_svc;
    };

    /* Remaining AArch32 banked saved PSRs. */
    uint32_t spsr_fiq;
    uint32_t spsr_irq;
    uint32_t spsr_und;
    uint32_t spsr_abt;

    /* AArch64 only: EL0/EL1 stack pointers and EL1 exception link. */
    uint64_t sp_el0;
    uint64_t sp_el1;
    uint64_t elr_el1;
};
#else /* strict ISO C: the AArch64 names only, same layout */
struct vcpu_guest_core_regs
{
    uint64_t x0;
    uint64_t x1;
    uint64_t x2;
    uint64_t x3;
    uint64_t x4;
    uint64_t x5;
    uint64_t x6;
    uint64_t x7;
    uint64_t x8;
    uint64_t x9;
    uint64_t x10;
    uint64_t x11;
    uint64_t x12;
    uint64_t x13;
    uint64_t x14;
    uint64_t x15;
    uint64_t x16;
    uint64_t x17;
    uint64_t x18;
    uint64_t x19;
    uint64_t x20;
    uint64_t x21;
    uint64_t x22;
    uint64_t x23;
    uint64_t x24;
    uint64_t x25;
    uint64_t x26;
    uint64_t x27;
    uint64_t x28;
    uint64_t x29;
    uint64_t x30;
    uint64_t pc64;
    uint64_t cpsr;
    uint64_t spsr_el1;
    uint32_t spsr_fiq;
    uint32_t spsr_irq;
    uint32_t spsr_und;
    uint32_t spsr_abt;
    uint64_t sp_el0;
    uint64_t sp_el1;
    uint64_t elr_el1;
};
#endif
typedef struct vcpu_guest_core_regs vcpu_guest_core_regs_t;
DEFINE_XEN_GUEST_HANDLE(vcpu_guest_core_regs_t);

/* Initial state of a vCPU, for XEN_DOMCTL_{get,set}vcpucontext and
 * VCPUOP_initialise. */
struct vcpu_guest_context {
#define _VGCF_online                   0
#define VGCF_online                    (1<<_VGCF_online)
    uint32_t flags;                         /* VGCF_* */

    struct vcpu_guest_core_regs user_regs;

    /* EL1 system control and translation table registers. */
    uint64_t sctlr;
    uint64_t ttbcr;
    uint64_t ttbr0;
    uint64_t ttbr1;
};
typedef struct vcpu_guest_context vcpu_guest_context_t;
DEFINE_XEN_GUEST_HANDLE(vcpu_guest_context_t);

/*
 * Arm part of XEN_DOMCTL_createdomain; its layout is versioned by
 * XEN_DOMCTL_INTERFACE_VERSION.
 */
/* gic_version: which virtual interrupt controller the domain gets. */
#define XEN_DOMCTL_CONFIG_GIC_NATIVE    0
#define XEN_DOMCTL_CONFIG_GIC_V2        1
#define XEN_DOMCTL_CONFIG_GIC_V3        2

/* tee_type: trusted-execution-environment mediator for the domain. */
#define XEN_DOMCTL_CONFIG_TEE_NONE      0
#define XEN_DOMCTL_CONFIG_TEE_OPTEE     1
#define XEN_DOMCTL_CONFIG_TEE_FFA       2

/* arm_sci_type: system-control-interface (firmware) mediator. */
#define XEN_DOMCTL_CONFIG_ARM_SCI_NONE      0
#define XEN_DOMCTL_CONFIG_ARM_SCI_SCMI_SMC  1

/* v8r_el1_msa: on Armv8-R, the memory system the guest sees at EL1
 * (NONE picks the default, PMSA = MPU, VMSA = MMU). */
#define XEN_DOMCTL_CONFIG_ARM_V8R_EL1_MSA_NONE    0
#define XEN_DOMCTL_CONFIG_ARM_V8R_EL1_MSA_PMSA    1
#define XEN_DOMCTL_CONFIG_ARM_V8R_EL1_MSA_VMSA    2

struct xen_arch_domainconfig {
    /* XEN_DOMCTL_CONFIG_GIC_*; NATIVE is replaced by the version used. */
    #pragma xenabi dir inout
    uint8_t gic_version;
    /* SVE vector length in units of 128 bits (0: no SVE). */
    uint8_t sve_vl;
    /* XEN_DOMCTL_CONFIG_TEE_* */
    uint16_t tee_type;
    /* Number of shared peripheral interrupts to provide. */
    uint32_t nr_spis;
    /*
     * Filled in by Xen: the timer frequency (Hz) from the host device
     * tree's clock-frequency property, for firmware that leaves CNTFRQ
     * unset; 0 if the property is absent.
     */
    #pragma xenabi dir out
    uint32_t clock_frequency;
    /* XEN_DOMCTL_CONFIG_ARM_SCI_* */
    uint8_t arm_sci_type;
    /* XEN_DOMCTL_CONFIG_ARM_V8R_EL1_MSA_* */
    uint8_t v8r_el1_msa;
    uint16_t pad;
};
#endif /* __XEN__ || __XEN_TOOLS__ */

/* No Arm-specific per-vCPU or shared-page state. */
#pragma xenabi empty
struct arch_vcpu_info {
};
typedef struct arch_vcpu_info arch_vcpu_info_t;

#pragma xenabi empty
struct arch_shared_info {
};
typedef struct arch_shared_info arch_shared_info_t;

/* Callback addresses are 64 bits for both guest widths. */
typedef uint64_t xen_callback_t;

#endif /* !__ASSEMBLER__ */

#if defined(__XEN__) || defined(__XEN_TOOLS__)

/* CPSR/SPSR bits. */
#define PSR_THUMB       (1U<<5)       /* Thumb state */
#define PSR_FIQ_MASK    (1U<<6)       /* FIQ masked */
#define PSR_IRQ_MASK    (1U<<7)       /* IRQ masked */
#define PSR_ABT_MASK    (1U<<8)       /* asynchronous abort masked */
#define PSR_BIG_ENDIAN  (1U<<9)       /* AArch32: big-endian data */
#define PSR_DBG_MASK    (1U<<9)       /* AArch64: debug exceptions masked */
#define PSR_IT_MASK     (0x0600fc00U) /* Thumb IT-block state */
#define PSR_JAZELLE     (1U<<24)      /* Jazelle state */
#define PSR_Z           (1U<<30)      /* zero condition flag */

/* AArch32 processor modes. */
#define PSR_MODE_USR 0x10U
#define PSR_MODE_FIQ 0x11U
#define PSR_MODE_IRQ 0x12U
#define PSR_MODE_SVC 0x13U
#define PSR_MODE_MON 0x16U
#define PSR_MODE_ABT 0x17U
#define PSR_MODE_HYP 0x1aU
#define PSR_MODE_UND 0x1bU
#define PSR_MODE_SYS 0x1fU

/* AArch64 exception levels (h: SP_ELx, t: SP_EL0). */
#define PSR_MODE_BIT  0x10U            /* set for AArch32 modes only */
#define PSR_MODE_EL3h 0x0dU
#define PSR_MODE_EL3t 0x0cU
#define PSR_MODE_EL2h 0x09U
#define PSR_MODE_EL2t 0x08U
#define PSR_MODE_EL1h 0x05U
#define PSR_MODE_EL1t 0x04U
#define PSR_MODE_EL0t 0x00U

/*
 * Mode a new vCPU starts in.  The 32-bit one sets Z too: some old 32-bit
 * Linux images need it to step over their first instructions, and
 * bootloaders set it as well.
 */
#define PSR_GUEST32_INIT (PSR_Z|PSR_ABT_MASK|PSR_FIQ_MASK|PSR_IRQ_MASK|PSR_MODE_SVC)
#define PSR_GUEST64_INIT (PSR_DBG_MASK|PSR_ABT_MASK|PSR_FIQ_MASK|PSR_IRQ_MASK|PSR_MODE_EL1h)

#define SCTLR_GUEST_INIT    xen_mk_ullong(0x00c50078)

/*
 * The guest physical memory map and interrupt numbers the toolstack and
 * Xen agree on.  Guests must read them from the device tree instead.
 */

/* virtio-mmio devices */
#define GUEST_VIRTIO_MMIO_BASE   xen_mk_ullong(0x02000000)
#define GUEST_VIRTIO_MMIO_SIZE   xen_mk_ullong(0x00100000)

/* Virtual GIC: a guest gets v2 or v3, so the two maps may overlap. */
#define GUEST_GICD_BASE   xen_mk_ullong(0x03001000)
#define GUEST_GICD_SIZE   xen_mk_ullong(0x00001000)
#define GUEST_GICC_BASE   xen_mk_ullong(0x03002000)
#define GUEST_GICC_SIZE   xen_mk_ullong(0x00002000)

#define GUEST_GICV3_GICD_BASE      xen_mk_ullong(0x03001000)
#define GUEST_GICV3_GICD_SIZE      xen_mk_ullong(0x00010000)

#define GUEST_GICV3_RDIST_REGIONS  1

#define GUEST_GICV3_GICR0_BASE     xen_mk_ullong(0x03020000) /* vCPUs 0-127 */
#define GUEST_GICV3_GICR0_SIZE     xen_mk_ullong(0x01000000)

/* Virtual PCI configuration space (ECAM): 256 buses, 256 MiB. */
#define GUEST_VPCI_ECAM_BASE    xen_mk_ullong(0x10000000)
#define GUEST_VPCI_ECAM_SIZE    xen_mk_ullong(0x10000000)

/* ACPI tables */
#define GUEST_ACPI_BASE xen_mk_ullong(0x20000000)
#define GUEST_ACPI_SIZE xen_mk_ullong(0x02000000)

/* Emulated PL011 UART */
#define GUEST_PL011_BASE    xen_mk_ullong(0x22000000)
#define GUEST_PL011_SIZE    xen_mk_ullong(0x00001000)

/* Virtual PCI memory window for BARs (below 4 GiB). */
#define GUEST_VPCI_ADDR_TYPE_MEM            xen_mk_ullong(0x02000000)
#define GUEST_VPCI_MEM_ADDR                 xen_mk_ullong(0x23000000)
#define GUEST_VPCI_MEM_SIZE                 xen_mk_ullong(0x10000000)

/* 16 MiB where a guest may map its grant table. */
#define GUEST_GNTTAB_BASE xen_mk_ullong(0x38000000)
#define GUEST_GNTTAB_SIZE xen_mk_ullong(0x01000000)

/* Special pages (console, xenstore, ...). */
#define GUEST_MAGIC_BASE  xen_mk_ullong(0x39000000)
#define GUEST_MAGIC_SIZE  xen_mk_ullong(0x01000000)

/*
 * Guest RAM, in two banks.  The banks are larger than any guest's RAM so
 * that the unused part can be offered to it as extended regions.
 */
#define GUEST_RAM_BANKS   2

#define GUEST_RAM0_BASE   xen_mk_ullong(0x40000000) /* 3 GiB at 1 GiB */
#define GUEST_RAM0_SIZE   xen_mk_ullong(0xc0000000)

/* Prefetchable virtual PCI memory window: 4 GiB at 4 GiB. */
#define GUEST_VPCI_ADDR_TYPE_PREFETCH_MEM   xen_mk_ullong(0x43000000)
#define GUEST_VPCI_PREFETCH_MEM_ADDR        xen_mk_ullong(0x100000000)
#define GUEST_VPCI_PREFETCH_MEM_SIZE        xen_mk_ullong(0x100000000)

#define GUEST_RAM1_BASE   xen_mk_ullong(0x0200000000) /* 1016 GiB at 8 GiB */
#define GUEST_RAM1_SIZE   xen_mk_ullong(0xfe00000000)

#define GUEST_RAM_BASE    GUEST_RAM0_BASE /* lowest RAM address */
/* Most RAM a guest can have (the holes between banks excluded). */
#define GUEST_RAM_MAX     (GUEST_RAM0_SIZE + GUEST_RAM1_SIZE)
/* Array initialisers, e.g. const uint64_t bases[] = GUEST_RAM_BANK_BASES; */
#define GUEST_RAM_BANK_BASES   { GUEST_RAM0_BASE, GUEST_RAM1_BASE }
#define GUEST_RAM_BANK_SIZES   { GUEST_RAM0_SIZE, GUEST_RAM1_SIZE }

/* Most vCPUs a guest can have. */
#define GUEST_MAX_VCPUS 128

/* Interrupts (PPIs 16-31, SPIs from 32) */
#define GUEST_TIMER_VIRT_PPI    27
#define GUEST_TIMER_PHYS_S_PPI  29
#define GUEST_TIMER_PHYS_NS_PPI 30
#define GUEST_EVTCHN_PPI        31

#define GUEST_VPL011_SPI        32

#define GUEST_VIRTIO_MMIO_SPI_FIRST   33
#define GUEST_VIRTIO_MMIO_SPI_LAST    43

/*
 * FF-A notifications reach the guest as SGIs 8 and 9: SGIs 8-15 normally
 * belong to the secure world, but these are virtual and free to use.
 */
#define GUEST_FFA_NOTIF_PEND_INTR_ID      8
#define GUEST_FFA_SCHEDULE_RECV_INTR_ID   9

/* PSCI 0.1 function numbers */
#define PSCI_cpu_suspend 0
#define PSCI_cpu_off     1
#define PSCI_cpu_on      2
#define PSCI_migrate     3

#endif /* __XEN__ || __XEN_TOOLS__ */

#ifndef __ASSEMBLER__
/* Placeholder: Arm has no architectural PMU state in the PMU interface. */
typedef struct xen_pmu_arch { uint8_t dummy; } xen_pmu_arch_t;
#endif

#endif /* XEN_PUBLIC_ARCH_ARM_H */
