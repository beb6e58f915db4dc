/* SPDX-License-Identifier: MIT */
/*
 * HVM save records of x86 guests: the payload formats of the image
 * described in hvm/save.h, one per emulated device or piece of vCPU state,
 * each bound to its type code with DECLARE_HVM_SAVE_TYPE.  Per-vCPU records
 * carry the vCPU id in the descriptor's <instance>.
 *
 * Upstream's copy of this file uses DECLARE_HVM_SAVE_TYPE without including
 * hvm/save.h, so it only compiles when reached through hvm/save.h.  This one
 * includes hvm/save.h itself (after setting its own guard, so the two files
 * may be included in either order): including it alone now works, and
 * reaching it through hvm/save.h gives the same declarations as before.
 *
 * Records whose x86_32 and x86_64 layouts differ (8-byte fields are only
 * 4-aligned on x86_32) are marked opaque: the image crosses the hypercall
 * interface as a byte buffer that Xen writes in its own (64-bit) layout, so
 * the compat layer has nothing to translate.
 */
#pragma xenabi profiles x86_32 x86_64
#ifndef XEN_PUBLIC_ARCH_X86_HVM_SAVE_H
#define XEN_PUBLIC_ARCH_X86_HVM_SAVE_H

#include "../../xen.h"
#include "../../hvm/save.h"

/* Type 1: identifies the image; the first record. */
#define HVM_FILE_MAGIC   0x54381286
#define HVM_FILE_VERSION 0x00000001

#pragma xenabi opaque
struct hvm_save_header {
    uint32_t magic;             /* HVM_FILE_MAGIC */
    uint32_t version;           /* HVM_FILE_VERSION */
    uint64_t changeset;         /* build of the Xen that wrote the image */
    uint32_t cpuid;             /* CPUID leaf 1 EAX of the writing host */
    uint32_t gtsc_khz;          /* guest TSC frequency, kHz */
};

#pragma xenabi opaque
DECLARE_HVM_SAVE_TYPE(HEADER, 1, struct hvm_save_header);


/*
 * Type 2, per vCPU: architectural register state.  Images from Xen before
 * 3.4 lack msr_tsc_aux (struct hvm_hw_cpu_compat), and images from before
 * 4.7 lack <flags>; _hvm_hw_fix_cpu upgrades both in place.
 */
#pragma xenabi opaque
__extension__ struct hvm_hw_cpu {
    uint8_t  fpu_regs[512];     /* FXSAVE image */

    uint64_t rax;
    uint64_t rbx;
    uint64_t rcx;
    uint64_t rdx;
    uint64_t rbp;
    uint64_t rsi;
    uint64_t rdi;
    uint64_t rsp;
    uint64_t r8;
    uint64_t r9;
    uint64_t r10;
    uint64_t r11;
    uint64_t r12;
    uint64_t r13;
    uint64_t r14;
    uint64_t r15;

    uint64_t rip;
    uint64_t rflags;

    uint64_t cr0;
    uint64_t cr2;
    uint64_t cr3;
    uint64_t cr4;

    uint64_t dr0;
    uint64_t dr1;
    uint64_t dr2;
    uint64_t dr3;
    uint64_t dr6;
    uint64_t dr7;

    /* Segment selectors, limits, bases and access rights. */
    uint32_t cs_sel;
    uint32_t ds_sel;
    uint32_t es_sel;
    uint32_t fs_sel;
    uint32_t gs_sel;
    uint32_t ss_sel;
    uint32_t tr_sel;
    uint32_t ldtr_sel;

    uint32_t cs_limit;
    uint32_t ds_limit;
    uint32_t es_limit;
    uint32_t fs_limit;
    uint32_t gs_limit;
    uint32_t ss_limit;
    uint32_t tr_limit;
    uint32_t ldtr_limit;
    uint32_t idtr_limit;
    uint32_t gdtr_limit;

    uint64_t cs_base;
    uint64_t ds_base;
    uint64_t es_base;
    uint64_t fs_base;
    uint64_t gs_base;
    uint64_t ss_base;
    uint64_t tr_base;
    uint64_t ldtr_base;
    uint64_t idtr_base;
    uint64_t gdtr_base;

    uint32_t cs_arbytes;
    uint32_t ds_arbytes;
    uint32_t es_arbytes;
    uint32_t fs_arbytes;
    uint32_t gs_arbytes;
    uint32_t ss_arbytes;
    uint32_t tr_arbytes;
    uint32_t ldtr_arbytes;

    /* SYSENTER MSRs */
    uint64_t sysenter_cs;
    uint64_t sysenter_esp;
    uint64_t sysenter_eip;

    /* MSR_SHADOW_GS_BASE (64-bit guests) */
    uint64_t shadow_gs;

    uint64_t msr_flags;         /* no longer used; ignored on restore */
    uint64_t msr_lstar;
    uint64_t msr_star;
    uint64_t msr_cstar;
    uint64_t msr_syscall_mask;
    uint64_t msr_efer;
    uint64_t msr_tsc_aux;

    /* The guest's TSC value at the time of saving. */
    uint64_t tsc;

    /* An event still to be delivered to the vCPU, whole or by fields. */
    union {
        uint32_t pending_event;
        struct {
            uint8_t  pending_vector:8;
            uint8_t  pending_type:3;
            uint8_t  pending_error_valid:1;
            uint32_t pending_reserved:19;
            uint8_t  pending_valid:1;
        };
    };
    uint32_t error_code;        /* of the pending event, if it has one */

/* Bit number and mask in <flags>: the FPU state in fpu_regs is valid. */
#define _XEN_X86_FPU_INITIALISED        0
#define XEN_X86_FPU_INITIALISED         (1U<<_XEN_X86_FPU_INITIALISED)
    uint32_t flags;
    uint32_t pad0;
};

/* Type 2 as written before Xen 3.4: no msr_tsc_aux, no flags. */
#pragma xenabi opaque
__extension__ struct hvm_hw_cpu_compat {
    uint8_t  fpu_regs[512];

    uint64_t rax;
    uint64_t rbx;
    uint64_t rcx;
    uint64_t rdx;
    uint64_t rbp;
    uint64_t rsi;
    uint64_t rdi;
    uint64_t rsp;
    uint64_t r8;
    uint64_t r9;
    uint64_t r10;
    uint64_t r11;
    uint64_t r12;
    uint64_t r13;
    uint64_t r14;
    uint64_t r15;

    uint64_t rip;
    uint64_t rflags;

    uint64_t cr0;
    uint64_t cr2;
    uint64_t cr3;
    uint64_t cr4;

    uint64_t dr0;
    uint64_t dr1;
    uint64_t dr2;
    uint64_t dr3;
    uint64_t dr6;
    uint64_t dr7;

    uint32_t cs_sel;
    uint32_t ds_sel;
    uint32_t es_sel;
    uint32_t fs_sel;
    uint32_t gs_sel;
    uint32_t ss_sel;
    uint32_t tr_sel;
    uint32_t ldtr_sel;

    uint32_t cs_limit;
    uint32_t ds_limit;
    uint32_t es_limit;
    uint32_t fs_limit;
    uint32_t gs_limit;
    uint32_t ss_limit;
    uint32_t tr_limit;
    uint32_t ldtr_limit;
    uint32_t idtr_limit;
    uint32_t gdtr_limit;

    uint64_t cs_base;
    uint64_t ds_base;
    uint64_t es_base;
    uint64_t fs_base;
    uint64_t gs_base;
    uint64_t ss_base;
    uint64_t tr_base;
    uint64_t ldtr_base;
    uint64_t idtr_base;
    uint64_t gdtr_base;

    uint32_t cs_arbytes;
    uint32_t ds_arbytes;
    uint32_t es_arbytes;
    uint32_t fs_arbytes;
    uint32_t gs_arbytes;
    uint32_t ss_arbytes;
    uint32_t tr_arbytes;
    uint32_t ldtr_arbytes;

    uint64_t sysenter_cs;
    uint64_t sysenter_esp;
    uint64_t sysenter_eip;

    uint64_t shadow_gs;

    uint64_t msr_flags;
    uint64_t msr_lstar;
    uint64_t msr_star;
    uint64_t msr_cstar;
    uint64_t msr_syscall_mask;
    uint64_t msr_efer;
    /* (msr_tsc_aux came later) */

    uint64_t tsc;

    union {
        uint32_t pending_event;
        struct {
            uint8_t  pending_vector:8;
            uint8_t  pending_type:3;
            uint8_t  pending_error_valid:1;
            uint32_t pending_reserved:19;
            uint8_t  pending_valid:1;
        };
    };
    uint32_t error_code;
};

#pragma xenabi verbatim begin
/*
 * Upgrade a type 2 payload of <size> bytes at <h> to struct hvm_hw_cpu, in
 * place (the buffer must have room for the current layout).  An old-layout
 * payload has its last fields moved to their new offsets, highest first so
 * nothing is overwritten before it is read, and msr_tsc_aux cleared; every
 * payload gets XEN_X86_FPU_INITIALISED, as older Xen assumed it.
 */
static __inline__ int _hvm_hw_fix_cpu(void *h, uint32_t size)
{
    union hvm_hw_cpu_union {
        struct hvm_hw_cpu nat;
        struct hvm_hw_cpu_compat cmp;
    } *ucpu = (union hvm_hw_cpu_union *)h;

    if ( size == sizeof(struct hvm_hw_cpu_compat) )
    {
        ucpu->nat.error_code = ucpu->cmp.error_code;
        ucpu->nat.pending_event = ucpu->cmp.pending_event;
        ucpu->nat.tsc = ucpu->cmp.tsc;
        ucpu->nat.msr_tsc_aux = 0;
    }
    ucpu->nat.flags = XEN_X86_FPU_INITIALISED;

    return 0;
}
#pragma xenabi verbatim end

#pragma xenabi opaque
DECLARE_HVM_SAVE_TYPE_COMPAT(CPU, 2, struct hvm_hw_cpu, \
                             struct hvm_hw_cpu_compat, _hvm_hw_fix_cpu);


/* Type 3, instance 0 (master) and 1 (slave): the two 8259A PICs. */
__extension__ struct hvm_hw_vpic {
    uint8_t irr;                /* interrupt request register */
    uint8_t imr;                /* interrupt mask register */
    uint8_t isr;                /* in-service register */

    uint8_t irq_base;           /* vector of input 0 (from ICW2) */

    /*
     * Initialisation sequence in progress, 0 when none: bits 0-1 say which
     * ICW the next data-port write is (value + 2), bit 2 that ICW4 will
     * come, bit 3 single mode (no ICW3).
     */
    uint8_t init_state:4;

    uint8_t priority_add:4;     /* input with the highest priority */

    uint8_t readsel_isr:1;      /* a command-port read returns ISR, not IRR */

    uint8_t poll:1;             /* the next read is a poll command */

    uint8_t auto_eoi:1;         /* AEOI mode */

    uint8_t rotate_on_auto_eoi:1;   /* rotate priorities on AEOI */

    uint8_t special_fully_nested_mode:1;

    uint8_t special_mask_mode:1;

    uint8_t is_master:1;        /* fixed by the platform */

    uint8_t elcr;               /* edge/level control register */

    uint8_t int_output;         /* level of the INT output */
};

DECLARE_HVM_SAVE_TYPE(PIC, 3, struct hvm_hw_vpic);


/* Type 4: the IO-APIC. */

/* One redirection table entry, as a whole or by field. */
#pragma xenabi opaque
__extension__ union vioapic_redir_entry
{
    uint64_t bits;
    struct {
        uint8_t vector;
        uint8_t delivery_mode:3;
        uint8_t dest_mode:1;
        uint8_t delivery_status:1;
        uint8_t polarity:1;
        uint8_t remote_irr:1;
        uint8_t trig_mode:1;
        uint8_t mask:1;
        uint8_t reserve:7;
        uint8_t reserved[4];
        uint8_t dest_id;
    } fields;
};

/* Pins of the emulated IO-APIC: 16 ISA IRQs and 32 for PCI. */
#define VIOAPIC_NUM_PINS  48

/* Declares the IO-APIC record with <cnt> pins (Xen uses other counts). */
#define XEN_HVM_VIOAPIC(name, cnt)                      \
    struct name {                                       \
        uint64_t base_address;                          \
        uint32_t ioregsel;                              \
        uint32_t id;                                    \
        union vioapic_redir_entry redirtbl[cnt];        \
    }

#pragma xenabi opaque
XEN_HVM_VIOAPIC(hvm_hw_vioapic, VIOAPIC_NUM_PINS);

/* Outside Xen the helper goes away; inside, the pin count does. */
#ifndef __XEN__
#undef XEN_HVM_VIOAPIC
#else
#undef VIOAPIC_NUM_PINS
#endif

#pragma xenabi opaque
DECLARE_HVM_SAVE_TYPE(IOAPIC, 4, struct hvm_hw_vioapic);


/* Type 5, per vCPU: local APIC state outside its register page. */
#pragma xenabi opaque
struct hvm_hw_lapic {
    uint64_t             apic_base_msr;
    uint32_t             disabled;      /* VLAPIC_*_DISABLED bits (Xen-internal) */
    uint32_t             timer_divisor;
    uint64_t             tdt_msr;       /* TSC deadline */
    uint32_t             pending_esr;
};

#pragma xenabi opaque
DECLARE_HVM_SAVE_TYPE(LAPIC, 5, struct hvm_hw_lapic);

/* Type 6, per vCPU: the local APIC register page. */
struct hvm_hw_lapic_regs {
    uint8_t data[1024];
};

DECLARE_HVM_SAVE_TYPE(LAPIC_REGS, 6, struct hvm_hw_lapic_regs);


/* Type 7: interrupt lines of the PCI bus, bit device * 4 + INTx. */
#pragma xenabi opaque
__extension__ struct hvm_hw_pci_irqs {
    /* A 128-bit bitmap, as native words or as two 64-bit words. */
    union {
#if defined(__x86_64__)
        xen_native_ulong_t i[2];    /* 16 / sizeof(unsigned long) words */
#else
        xen_native_ulong_t i[4];    /* 16 / sizeof(unsigned long) words */
#endif
        uint64_t pad[2];
    };
};

#pragma xenabi opaque
DECLARE_HVM_SAVE_TYPE(PCI_IRQ, 7, struct hvm_hw_pci_irqs);

/* Type 8: the 16 ISA interrupt lines, bit n for IRQ n. */
#pragma xenabi opaque
__extension__ struct hvm_hw_isa_irqs {
    union {
        xen_native_ulong_t i[1];
        uint64_t pad[1];
    };
};

#pragma xenabi opaque
DECLARE_HVM_SAVE_TYPE(ISA_IRQ, 8, struct hvm_hw_isa_irqs);

/*
 * Type 9: the PCI-to-ISA interrupt router.  PCI device D's INTx drives
 * link (D + x) & 3; route[] gives each link's GSI.
 */
struct hvm_hw_pci_link {
    uint8_t route[4];
    uint8_t pad0[4];
};

DECLARE_HVM_SAVE_TYPE(PCI_LINK, 9, struct hvm_hw_pci_link);


/* Type 10: the 8254 interval timer. */
struct hvm_hw_pit {
    struct hvm_hw_pit_channel {
        uint32_t count;         /* reload value; up to 65536 */
        uint16_t latched_count;
        uint8_t count_latched;
        uint8_t status_latched;
        uint8_t status;
        uint8_t read_state;
        uint8_t write_state;
        uint8_t write_latch;
        uint8_t rw_mode;
        uint8_t mode;
        uint8_t bcd;            /* BCD counting; not emulated */
        uint8_t gate;           /* GATE input level */
    } channels[3];
    uint32_t speaker_data_on;
    uint32_t pad0;
};

DECLARE_HVM_SAVE_TYPE(PIT, 10, struct hvm_hw_pit);


/* Type 11: the MC146818 real-time clock. */
#define RTC_CMOS_SIZE 14
#pragma xenabi opaque
struct hvm_hw_rtc {
    uint8_t cmos_data[RTC_CMOS_SIZE];   /* clock and control registers */
    uint8_t cmos_index;                 /* index register */
    uint8_t pad0;
    int64_t rtc_offset;                 /* guest time minus host time, s */
};

#pragma xenabi opaque
DECLARE_HVM_SAVE_TYPE(RTC, 11, struct hvm_hw_rtc);


/* Type 12: the HPET, its register block then internal state. */
#define HPET_TIMER_NUM     3    /* timers emulated */
#pragma xenabi opaque
struct hvm_hw_hpet {
    uint64_t capability;
    uint64_t res0;
    uint64_t config;
    uint64_t res1;
    uint64_t isr;               /* interrupt status */
    uint64_t res2[25];
    uint64_t mc64;              /* main counter */
    uint64_t res3;
    struct {
        uint64_t config;        /* configuration and capabilities */
        uint64_t cmp;           /* comparator */
        uint64_t fsb;           /* FSB interrupt route; not emulated */
        uint64_t res4;
    } timers[HPET_TIMER_NUM];
    uint64_t res5[4*(24-HPET_TIMER_NUM)];  /* rest of the 1 KiB block */

    uint64_t period[HPET_TIMER_NUM];    /* last period programmed per timer */
};

#pragma xenabi opaque
DECLARE_HVM_SAVE_TYPE(HPET, 12, struct hvm_hw_hpet);


/* Type 13: the ACPI PM timer and PM1a event registers. */
struct hvm_hw_pmtimer {
    uint32_t tmr_val;           /* PM_TMR value (free running) */
    uint16_t pm1a_sts;          /* PM1a status */
    uint16_t pm1a_en;           /* PM1a enable */
};

DECLARE_HVM_SAVE_TYPE(PMTIMER, 13, struct hvm_hw_pmtimer);

/* Type 14, per vCPU: PAT and MTRR MSRs. */
#pragma xenabi opaque
struct hvm_hw_mtrr {
#define MTRR_VCNT 8             /* variable-range MTRR pairs */
#define NUM_FIXED_MSR 11        /* fixed-range MTRR MSRs */
    uint64_t msr_pat_cr;
    uint64_t msr_mtrr_var[MTRR_VCNT*2];     /* base, mask per range */
    uint64_t msr_mtrr_fixed[NUM_FIXED_MSR];
    uint64_t msr_mtrr_cap;
    uint64_t msr_mtrr_def_type;
};

#pragma xenabi opaque
DECLARE_HVM_SAVE_TYPE(MTRR, 14, struct hvm_hw_mtrr);

/*
 * Type 16 (CPU_XSAVE_CODE), per vCPU: XCR0 and the XSAVE area.  The area's
 * size depends on the features saved, so the type is not declared with
 * DECLARE_HVM_SAVE_TYPE; the record is this header followed by the rest of
 * the area.
 */
#pragma xenabi opaque
struct hvm_hw_cpu_xsave {
    uint64_t xfeature_mask;     /* not used */
    uint64_t xcr0;              /* current XCR0 */
    uint64_t xcr0_accum;        /* every bit XCR0 has had */
    struct {
        struct { char x[512]; } fpu_sse;    /* legacy FXSAVE region */

        struct hvm_hw_cpu_xsave_hdr {
            uint64_t xstate_bv;
            uint64_t xcomp_bv;
            uint64_t reserved[6];
        } xsave_hdr;            /* XSAVE header, 64 bytes */
    } save_area;
};

#define CPU_XSAVE_CODE  16

/* Type 15: Viridian (Hyper-V) enlightenments, domain-wide. */
#pragma xenabi opaque
struct hvm_viridian_domain_context {
    uint64_t hypercall_gpa;
    uint64_t guest_os_id;
    uint64_t time_ref_count;
    uint64_t reference_tsc;
};

#pragma xenabi opaque
DECLARE_HVM_SAVE_TYPE(VIRIDIAN_DOMAIN, 15, struct hvm_viridian_domain_context);

/* Type 17, per vCPU: Viridian (Hyper-V) enlightenments. */
#pragma xenabi opaque
struct hvm_viridian_vcpu_context {
    uint64_t vp_assist_msr;
    uint8_t  apic_assist_pending;
    uint8_t  _pad[7];
    uint64_t simp_msr;
    uint64_t sint_msr[16];
    uint64_t stimer_config_msr[4];
    uint64_t stimer_count_msr[4];
};

#pragma xenabi opaque
DECLARE_HVM_SAVE_TYPE(VIRIDIAN_VCPU, 17, struct hvm_viridian_vcpu_context);

/* Type 18, per vCPU: virtual machine-check state. */
#pragma xenabi opaque
struct hvm_vmce_vcpu {
    uint64_t caps;              /* MCG_CAP */
    uint64_t mci_ctl2_bank0;
    uint64_t mci_ctl2_bank1;
    uint64_t mcg_ext_ctl;
};

#pragma xenabi opaque
DECLARE_HVM_SAVE_TYPE(VMCE_VCPU, 18, struct hvm_vmce_vcpu);

/* Type 19, per vCPU: IA32_TSC_ADJUST. */
#pragma xenabi opaque
struct hvm_tsc_adjust {
    uint64_t tsc_adjust;
};

#pragma xenabi opaque
DECLARE_HVM_SAVE_TYPE(TSC_ADJUST, 19, struct hvm_tsc_adjust);


/*
 * Type 20 (CPU_MSR_CODE), per vCPU: further MSRs as index/value pairs.
 * Variable length, so not declared with DECLARE_HVM_SAVE_TYPE.
 */
#pragma xenabi opaque
struct hvm_msr {
    uint32_t count;             /* entries in msr[] */
#pragma xenabi count count
    __extension__ struct hvm_one_msr {
        uint32_t index;
        uint32_t _rsvd;
        uint64_t val;
    } msr[XEN_FLEX_ARRAY_DIM];
};

#define CPU_MSR_CODE  20

/* Codes 22 to 34 are reserved (for Amazon). */

/* The highest type code defined above. */
#define HVM_SAVE_CODE_MAX 20

#endif /* XEN_PUBLIC_ARCH_X86_HVM_SAVE_H */
