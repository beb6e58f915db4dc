/* SPDX-License-Identifier: MIT */
/*
 * I/O requests: how Xen hands a guest access it cannot complete itself (a
 * port or MMIO access, a PCI config access) to the device model that
 * emulates it.  Each IOREQ server has a shared page with one synchronous
 * slot per vCPU (struct shared_iopage) and, optionally, a ring of buffered
 * write-only requests that need no reply (struct buffered_iopage).
 */
#ifndef XEN_PUBLIC_HVM_IOREQ_H
#define XEN_PUBLIC_HVM_IOREQ_H

/* Values of <dir>. */
#define IOREQ_READ      1
#define IOREQ_WRITE     0

/*
 * Values of <state>: Xen fills a slot and sets READY; the device model
 * sets INPROCESS while it works and IORESP_READY when done; Xen reads the
 * result and returns the slot to NONE.
 */
#define STATE_IOREQ_NONE        0
#define STATE_IOREQ_READY       1
#define STATE_IOREQ_INPROCESS   2
#define STATE_IORESP_READY      3

/* Values of <type>. */
#define IOREQ_TYPE_PIO          0 /* port I/O */
#define IOREQ_TYPE_COPY         1 /* memory-mapped I/O */
#define IOREQ_TYPE_PCI_CONFIG   2 /* PCI config space */
#define IOREQ_TYPE_TIMEOFFSET   7 /* the guest changed its RTC offset */
#define IOREQ_TYPE_INVALIDATE   8 /* drop the device model's map cache */

/*
 * One synchronous request.  For IOREQ_TYPE_PCI_CONFIG, <addr> packs the
 * config-space address: segment in bits 63..48, bus 47..40, device
 * 39..35, function 34..32, register offset 31..0.
 */
struct ioreq {
    uint64_t addr;                  /* port number or guest physical address */
    uint64_t data;                  /* the value, or (data_is_ptr) where it is */
    uint32_t count;                 /* repetitions (REP string instructions) */
    uint32_t size;                  /* bytes per access */
    uint32_t vp_eport;              /* event channel to signal this vCPU's requests */
    uint16_t _pad0;
    __extension__ uint8_t state:4;       /* STATE_IOREQ_* / STATE_IORESP_READY */
    __extension__ uint8_t data_is_ptr:1; /* <data> is the guest physical address of the data */
    __extension__ uint8_t dir:1;         /* IOREQ_READ or IOREQ_WRITE */
    __extension__ uint8_t df:1;          /* direction flag of a REP access: addresses go down */
    __extension__ uint8_t _pad1:1;
    uint8_t type;                   /* IOREQ_TYPE_* */
};
typedef struct ioreq ioreq_t;

/* The synchronous page: one slot per vCPU, indexed by vCPU id. */
struct shared_iopage {
    struct ioreq vcpu_ioreq[1];
};
typedef struct shared_iopage shared_iopage_t;

/* One buffered request: a write of up to 4 bytes (8 takes two slots). */
struct buf_ioreq {
    uint8_t  type;                  /* IOREQ_TYPE_* */
    __extension__ uint8_t  pad:1;
    __extension__ uint8_t  dir:1;        /* IOREQ_READ or IOREQ_WRITE */
    __extension__ uint8_t  size:2;       /* log2 of the access size in bytes */
    uint32_t addr:20;               /* port or guest physical address, low 20 bits */
    uint32_t data;
};
typedef struct buf_ioreq buf_ioreq_t;

/* Slots in the buffered ring: the ring and its two indexes fill one page. */
#define IOREQ_BUFFER_SLOT_NUM     511

/*
 * The buffered ring.  Xen advances <write_pointer>, the device model
 * <read_pointer>; both count slots modulo 2^32.  The hypervisor's own view
 * also names the pair as one 64-bit word, to read it atomically.
 */
struct buffered_iopage {
#ifdef __XEN__
    union bufioreq_pointers {
        __extension__ struct {
#endif
            uint32_t read_pointer;
            uint32_t write_pointer;
#ifdef __XEN__
        };
        uint64_t full;
    } ptrs;
#endif
    buf_ioreq_t buf_ioreq[IOREQ_BUFFER_SLOT_NUM];
};
typedef struct buffered_iopage buffered_iopage_t;

/*
 * Where the ACPI PM1a event and control blocks, the PM timer and GPE0 sit
 * in port space; HVM_PARAM_ACPI_IOPORTS_LOCATION (hvm/params.h) picks the
 * set.
 */

/* Set 0 (the default): the original Xen ports, kept for migrated guests. */
#define ACPI_PM1A_EVT_BLK_ADDRESS_V0 0x1f40
#define ACPI_PM1A_CNT_BLK_ADDRESS_V0 (ACPI_PM1A_EVT_BLK_ADDRESS_V0 + 0x04)
#define ACPI_PM_TMR_BLK_ADDRESS_V0   (ACPI_PM1A_EVT_BLK_ADDRESS_V0 + 0x08)
#define ACPI_GPE0_BLK_ADDRESS_V0     (ACPI_PM_TMR_BLK_ADDRESS_V0 + 0x20)
#define ACPI_GPE0_BLK_LEN_V0         0x08

/* Set 1: the ports current QEMU uses. */
#define ACPI_PM1A_EVT_BLK_ADDRESS_V1 0xb000
#define ACPI_PM1A_CNT_BLK_ADDRESS_V1 (ACPI_PM1A_EVT_BLK_ADDRESS_V1 + 0x04)
#define ACPI_PM_TMR_BLK_ADDRESS_V1   (ACPI_PM1A_EVT_BLK_ADDRESS_V1 + 0x08)
#define ACPI_GPE0_BLK_ADDRESS_V1     0xafe0
#define ACPI_GPE0_BLK_LEN_V1         0x04

/* The unversioned names mean set 0. */
#define ACPI_PM1A_EVT_BLK_ADDRESS    ACPI_PM1A_EVT_BLK_ADDRESS_V0
#define ACPI_PM1A_CNT_BLK_ADDRESS    ACPI_PM1A_CNT_BLK_ADDRESS_V0
#define ACPI_PM_TMR_BLK_ADDRESS      ACPI_PM_TMR_BLK_ADDRESS_V0
#define ACPI_GPE0_BLK_ADDRESS        ACPI_GPE0_BLK_ADDRESS_V0
#define ACPI_GPE0_BLK_LEN            ACPI_GPE0_BLK_LEN_V0

#endif /* XEN_PUBLIC_HVM_IOREQ_H */
