/* SPDX-License-Identifier: MIT */
/*
 * VM events: Xen reports guest events (memory access faults, paging and
 * sharing, control-register and MSR writes, breakpoints, CPUID, ...) to a
 * monitoring application in a toolstack domain over a shared ring, and the
 * application answers on the same ring.  The rings are set up with the
 * vm_event domctls (domctl.h).
 */
#ifndef XEN_PUBLIC_VM_EVENT_H
#define XEN_PUBLIC_VM_EVENT_H

#include "xen.h"

/* Version of the request/response layout; goes in every 'version' field. */
#define VM_EVENT_INTERFACE_VERSION 0x00000007

#if defined(__XEN__) || defined(__XEN_TOOLS__)

#include "io/ring.h"

/*
 * VM_EVENT_FLAG_*: the 'flags' of a request or response.  Requests use
 * VCPU_PAUSED, FOREIGN, ALTERNATE_P2M and NESTED_P2M; the others are
 * actions a response asks of Xen.  Those marked (paused) need the vCPU
 * to be paused, which holds for synchronous events only.
 */
/* Request: the vCPU is paused.  Response: unpause it. */
#define VM_EVENT_FLAG_VCPU_PAUSED        (1 << 0)
/* The event was raised for another domain (debugging aid). */
#define VM_EVENT_FLAG_FOREIGN            (1 << 1)
/* Emulate the faulting instruction, leaving the access rights as they are. */
#define VM_EVENT_FLAG_EMULATE            (1 << 2)
/* Like EMULATE, with writes and side-effecting accesses (MMIO, ports) suppressed. */
#define VM_EVENT_FLAG_EMULATE_NOWRITE    (1 << 3)
/* Turn single-stepping on or off (paused). */
#define VM_EVENT_FLAG_TOGGLE_SINGLESTEP  (1 << 4)
/* With EMULATE: reads of the emulated instruction return data.emul.read
 * (wins over EMULATE_NOWRITE). */
#define VM_EVENT_FLAG_SET_EMUL_READ_DATA (1 << 5)
/* Refuse the write that caused the event (MSR and control registers; paused). */
#define VM_EVENT_FLAG_DENY               (1 << 6)
/* Request: raised in altp2m view altp2m_idx.  Response: resume in that view. */
#define VM_EVENT_FLAG_ALTERNATE_P2M      (1 << 7)
/* Load the vCPU's registers from data.regs (x86 general-purpose registers,
 * flags and instruction pointer; paused). */
#define VM_EVENT_FLAG_SET_REGISTERS      (1 << 8)
/* With EMULATE: fetch the instruction bytes from data.emul.insn (the read
 * data flags take precedence). */
#define VM_EVENT_FLAG_SET_EMUL_INSN_DATA (1 << 9)
/* Report the first interrupt pending after resumption, once. */
#define VM_EVENT_FLAG_GET_NEXT_INTERRUPT (1 << 10)
/* Single-step once in altp2m view u.fast_singlestep.p2midx, then stop
 * single-stepping (paused). */
#define VM_EVENT_FLAG_FAST_SINGLESTEP    (1 << 11)
/* The event comes from a nested guest: data.regs.x86.npt_base is valid. */
#define VM_EVENT_FLAG_NESTED_P2M         (1 << 12)
/* Reset the vmtrace buffer, where vmtrace is in use. */
#define VM_EVENT_FLAG_RESET_VMTRACE      (1 << 13)
/* For a forked VM: reset its vCPU state to the parent's. */
#define VM_EVENT_FLAG_RESET_FORK_STATE   (1 << 14)
/* For a forked VM: drop the pages it no longer shares with its parent. */
#define VM_EVENT_FLAG_RESET_FORK_MEMORY  (1 << 15)

/* VM_EVENT_REASON_*: why a request was sent ('reason'). */
#define VM_EVENT_REASON_UNKNOWN                 0
#define VM_EVENT_REASON_MEM_ACCESS              1   /* access rights violated */
#define VM_EVENT_REASON_MEM_SHARING             2
#define VM_EVENT_REASON_MEM_PAGING              3
#define VM_EVENT_REASON_WRITE_CTRLREG           4   /* control register written */
#define VM_EVENT_REASON_MOV_TO_MSR              5   /* MSR written */
#define VM_EVENT_REASON_SOFTWARE_BREAKPOINT     6   /* e.g. int3 */
#define VM_EVENT_REASON_SINGLESTEP              7   /* e.g. monitor trap flag */
#define VM_EVENT_REASON_GUEST_REQUEST           8   /* HVMOP_guest_request_vm_event */
#define VM_EVENT_REASON_DEBUG_EXCEPTION         9
#define VM_EVENT_REASON_CPUID                   10
/* A privileged call such as SMC; some CPUs raise it even when the call's
 * condition fails, so do not rely on it. */
#define VM_EVENT_REASON_PRIVILEGED_CALL         11
#define VM_EVENT_REASON_INTERRUPT               12  /* an interrupt was delivered */
#define VM_EVENT_REASON_DESCRIPTOR_ACCESS       13  /* IDTR/GDTR/LDTR/TR accessed */
#define VM_EVENT_REASON_EMUL_UNIMPLEMENTED      14  /* the emulator cannot do the instruction */
#define VM_EVENT_REASON_VMEXIT                  15
#define VM_EVENT_REASON_IO_INSTRUCTION          16  /* IN or OUT */

/* vm_event_write_ctrlreg.index values. */
#define VM_EVENT_X86_CR0    0
#define VM_EVENT_X86_CR3    1
#define VM_EVENT_X86_CR4    2
#define VM_EVENT_X86_XCR0   3

/* A segment's limit and access rights; with ar's G bit set, the limit is
 * in 4 KiB units (the low 12 bits dropped). */
struct vm_event_x86_selector_reg {
    uint32_t limit  :    20;
    uint32_t ar     :    12;
};

/*
 * An x86 vCPU's registers, reduced to what monitors use so that ring slots
 * stay small (not hvm_hw_cpu).
 */
struct vm_event_regs_x86 {
    uint64_t rax;
    uint64_t rcx;
    uint64_t rdx;
    uint64_t rbx;
    uint64_t rsp;
    uint64_t rbp;
    uint64_t rsi;
    uint64_t rdi;
    uint64_t r8;
    uint64_t r9;
    uint64_t r10;
    uint64_t r11;
    uint64_t r12;
    uint64_t r13;
    uint64_t r14;
    uint64_t r15;
    uint64_t rflags;
    uint64_t dr6;
    uint64_t dr7;
    uint64_t rip;
    uint64_t cr0;
    uint64_t cr2;
    uint64_t cr3;
    uint64_t cr4;
    uint64_t sysenter_cs;
    uint64_t sysenter_esp;
    uint64_t sysenter_eip;
    uint64_t msr_efer;
    uint64_t msr_star;
    uint64_t msr_lstar;
    uint64_t gdtr_base;
    /* with VM_EVENT_FLAG_NESTED_P2M: guest-physical address of the L1
     * hypervisor's EPT/NPT root for the nested guest; bits above the
     * architectural address width are reserved */
    uint64_t npt_base;
    /* offset in the vmtrace buffer (Intel PT: the high half of
     * MSR_RTIT_OUTPUT_MASK), ~0 without vmtrace */
    uint64_t vmtrace_pos;
    uint32_t cs_base;
    uint32_t ss_base;
    uint32_t ds_base;
    uint32_t es_base;
    uint64_t fs_base;
    uint64_t gs_base;
    struct vm_event_x86_selector_reg cs;
    struct vm_event_x86_selector_reg ss;
    struct vm_event_x86_selector_reg ds;
    struct vm_event_x86_selector_reg es;
    struct vm_event_x86_selector_reg fs;
    struct vm_event_x86_selector_reg gs;
    uint64_t shadow_gs;
    uint16_t gdtr_limit;
    uint16_t cs_sel;
    uint16_t ss_sel;
    uint16_t ds_sel;
    uint16_t es_sel;
    uint16_t fs_sel;
    uint16_t gs_sel;
    uint16_t _pad;
};

/* An Arm vCPU's registers; a response can set pc only. */
struct vm_event_regs_arm {
    uint64_t ttbr0;
    uint64_t ttbr1;
    uint64_t ttbcr;
    uint64_t pc;
    uint64_t cpsr;
};

/*
 * MEM_ACCESS_*: vm_event_mem_access.flags, set by Xen.  R, W and X say
 * which accesses were refused (several may be set); GLA_VALID that gla
 * holds the guest linear address involved; FAULT_WITH_GLA that the access
 * to gla itself faulted, FAULT_IN_GPT that walking the guest page tables
 * for it did.
 */
#define MEM_ACCESS_R                (1 << 0)
#define MEM_ACCESS_W                (1 << 1)
#define MEM_ACCESS_X                (1 << 2)
#define MEM_ACCESS_RWX              (MEM_ACCESS_R | MEM_ACCESS_W | MEM_ACCESS_X)
#define MEM_ACCESS_RW               (MEM_ACCESS_R | MEM_ACCESS_W)
#define MEM_ACCESS_RX               (MEM_ACCESS_R | MEM_ACCESS_X)
#define MEM_ACCESS_WX               (MEM_ACCESS_W | MEM_ACCESS_X)
#define MEM_ACCESS_GLA_VALID        (1 << 3)
#define MEM_ACCESS_FAULT_WITH_GLA   (1 << 4)
#define MEM_ACCESS_FAULT_IN_GPT     (1 << 5)

/* VM_EVENT_REASON_MEM_ACCESS */
struct vm_event_mem_access {
    uint64_t gfn;
    uint64_t offset;        /* within the page */
    uint64_t gla;           /* valid with MEM_ACCESS_GLA_VALID */
    uint32_t flags;         /* MEM_ACCESS_* */
    uint32_t _pad;
};

/* VM_EVENT_REASON_WRITE_CTRLREG */
struct vm_event_write_ctrlreg {
    uint32_t index;         /* VM_EVENT_X86_* */
    uint32_t _pad;
    uint64_t new_value;
    uint64_t old_value;
};

/* VM_EVENT_REASON_SINGLESTEP */
struct vm_event_singlestep {
    uint64_t gfn;
};

/* Response with VM_EVENT_FLAG_FAST_SINGLESTEP: the altp2m view to step in. */
struct vm_event_fast_singlestep {
    uint16_t p2midx;
};

/* VM_EVENT_REASON_SOFTWARE_BREAKPOINT and _DEBUG_EXCEPTION */
struct vm_event_debug {
    uint64_t gfn;
    uint64_t pending_dbg;   /* as VT-x's PENDING_DBG field */
    uint32_t insn_length;
    uint8_t type;           /* an HVMOP_TRAP_* value */
    uint8_t _pad[3];
};

/* VM_EVENT_REASON_MOV_TO_MSR */
struct vm_event_mov_to_msr {
    uint64_t msr;
    uint64_t new_value;
    uint64_t old_value;
};

/* vm_event_desc_access.descriptor values. */
#define VM_EVENT_DESC_IDTR           1
#define VM_EVENT_DESC_GDTR           2
#define VM_EVENT_DESC_LDTR           3
#define VM_EVENT_DESC_TR             4

/* VM_EVENT_REASON_DESCRIPTOR_ACCESS */
struct vm_event_desc_access {
    /* one arm so far: always vmx */
#pragma xenabi select 0
    union {
        /* Intel VT-x: the VMCS fields of the exit */
#pragma xenabi arm 0
        struct {
            uint32_t instr_info;
            uint32_t _pad1;
            uint64_t exit_qualification;
        } vmx;
    } arch;
    uint8_t descriptor;     /* VM_EVENT_DESC_* */
    uint8_t is_write;
    uint8_t _pad[6];
};

/* VM_EVENT_REASON_CPUID */
struct vm_event_cpuid {
    uint32_t insn_length;
    uint32_t leaf;
    uint32_t subleaf;
    uint32_t _pad;
};

/* VM_EVENT_REASON_INTERRUPT on x86 */
struct vm_event_interrupt_x86 {
    uint32_t vector;
    uint32_t type;
    uint32_t error_code;
    uint32_t _pad;
    uint64_t cr2;
};

/* vm_event_paging.flags */
#define MEM_PAGING_DROP_PAGE       (1 << 0)
#define MEM_PAGING_EVICT_FAIL      (1 << 1)

/* VM_EVENT_REASON_MEM_PAGING */
struct vm_event_paging {
    uint64_t gfn;
    uint32_t p2mt;
    uint32_t flags;         /* MEM_PAGING_* */
};

/* VM_EVENT_REASON_MEM_SHARING */
struct vm_event_sharing {
    uint64_t gfn;
    uint32_t p2mt;
    uint32_t _pad;
};

/*
 * Response with VM_EVENT_FLAG_SET_EMUL_READ_DATA: what the emulated
 * instruction reads.  Sized to fill the union it shares with
 * vm_event_regs_x86: data has sizeof(struct vm_event_regs_x86) - 4 bytes.
 */
struct vm_event_emul_read_data {
    uint32_t size;          /* bytes of data used */
    uint8_t  data[344 - 4];
};

/* Response with VM_EVENT_FLAG_SET_EMUL_INSN_DATA: the instruction bytes,
 * all 16 filled in. */
struct vm_event_emul_insn_data {
    uint8_t data[16];
};

/* VM_EVENT_REASON_VMEXIT */
struct vm_event_vmexit {
    struct {
        /* Intel VT-x: the exit reason and qualification */
        struct {
            uint64_t reason;
            uint64_t qualification;
        } vmx;
    } arch;
};

/* VM_EVENT_REASON_IO_INSTRUCTION */
struct vm_event_io {
    uint32_t bytes;         /* access size */
    uint16_t port;
    uint8_t  in;            /* 1: IN, 0: OUT */
    uint8_t  str;           /* 1: a string instruction (INS/OUTS) */
};

/*
 * One ring slot: a request from Xen, or the application's response in the
 * same slot (a response keeps the request's vcpu_id and reason).
 */
typedef struct vm_event_st {
    uint32_t version;       /* VM_EVENT_INTERFACE_VERSION */
    uint32_t flags;         /* VM_EVENT_FLAG_* */
    uint32_t reason;        /* VM_EVENT_REASON_* */
    uint32_t vcpu_id;
    uint16_t altp2m_idx;    /* with VM_EVENT_FLAG_ALTERNATE_P2M, both ways */
    uint16_t _pad[3];

    /* the event's details; a response may instead carry fast_singlestep
     * (with VM_EVENT_FLAG_FAST_SINGLESTEP) */
#pragma xenabi select reason unused VM_EVENT_REASON_UNKNOWN, VM_EVENT_REASON_GUEST_REQUEST, VM_EVENT_REASON_PRIVILEGED_CALL, VM_EVENT_REASON_EMUL_UNIMPLEMENTED
    union {
#pragma xenabi arm VM_EVENT_REASON_MEM_PAGING
        struct vm_event_paging                mem_paging;
#pragma xenabi arm VM_EVENT_REASON_MEM_SHARING
        struct vm_event_sharing               mem_sharing;
#pragma xenabi arm VM_EVENT_REASON_MEM_ACCESS
        struct vm_event_mem_access            mem_access;
#pragma xenabi arm VM_EVENT_REASON_WRITE_CTRLREG
        struct vm_event_write_ctrlreg         write_ctrlreg;
#pragma xenabi arm VM_EVENT_REASON_MOV_TO_MSR
        struct vm_event_mov_to_msr            mov_to_msr;
#pragma xenabi arm VM_EVENT_REASON_DESCRIPTOR_ACCESS
        struct vm_event_desc_access           desc_access;
#pragma xenabi arm VM_EVENT_REASON_SINGLESTEP
        struct vm_event_singlestep            singlestep;
        struct vm_event_fast_singlestep       fast_singlestep;
#pragma xenabi arm VM_EVENT_REASON_SOFTWARE_BREAKPOINT
        struct vm_event_debug                 software_breakpoint;
#pragma xenabi arm VM_EVENT_REASON_DEBUG_EXCEPTION
        struct vm_event_debug                 debug_exception;
#pragma xenabi arm VM_EVENT_REASON_CPUID
        struct vm_event_cpuid                 cpuid;
#pragma xenabi arm VM_EVENT_REASON_VMEXIT
        struct vm_event_vmexit                vmexit;
#pragma xenabi arm VM_EVENT_REASON_IO_INSTRUCTION
        struct vm_event_io                    io;
#pragma xenabi arm VM_EVENT_REASON_INTERRUPT
        union {
            struct vm_event_interrupt_x86     x86;
        } interrupt;
    } u;

    /*
     * Registers: in requests, the vCPU's state (the arm of the guest's
     * architecture); in responses, what VM_EVENT_FLAG_SET_REGISTERS,
     * _SET_EMUL_READ_DATA or _SET_EMUL_INSN_DATA ask Xen to use.
     */
#pragma xenabi select (flags & (VM_EVENT_FLAG_SET_EMUL_READ_DATA | VM_EVENT_FLAG_SET_EMUL_INSN_DATA)) != 0
    union {
        /* the guest's architecture selects: x86 on x86, arm on Arm */
#if defined(__arm__) || defined(__aarch64__)
#pragma xenabi select 1
#else
#pragma xenabi select 0
#endif
#pragma xenabi arm 0
        union {
#pragma xenabi arm 0
            struct vm_event_regs_x86 x86;
#pragma xenabi arm 1
            struct vm_event_regs_arm arm;
        } regs;

        /* read data wins over instruction bytes */
#pragma xenabi select (flags & VM_EVENT_FLAG_SET_EMUL_READ_DATA) != 0
#pragma xenabi arm 1
        union {
#pragma xenabi arm 1
            struct vm_event_emul_read_data read;
#pragma xenabi arm 0
            struct vm_event_emul_insn_data insn;
        } emul;
    } data;
} vm_event_request_t, vm_event_response_t;

DEFINE_RING_TYPES(vm_event, vm_event_request_t, vm_event_response_t);

#endif /* defined(__XEN__) || defined(__XEN_TOOLS__) */

#endif /* XEN_PUBLIC_VM_EVENT_H */
