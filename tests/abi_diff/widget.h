/* SPDX-License-Identifier: MIT */
/* The base of the ABI diff corpus: an interface without a version of its own. */
#ifndef WIDGET_H
#define WIDGET_H

#define __HYPERVISOR_widget_op 40
#define __HYPERVISOR_widget_query 41
#define WIDGETOP_spin 1
#define WIDGETOP_stop 2
#define WIDGET_MAX 16
#define WIDGET_FLAG_A (1u << 0)
#define WIDGET_FLAG_B (1u << 1)

enum widget_colour {
    WIDGET_RED = 1,
    WIDGET_BLUE = 2
};

enum widget_shape {
    WIDGET_ROUND = 1
};

/* a list closed by a count of its members */
enum widget_mode {
    WIDGET_IDLE,
    WIDGET_BUSY,
    WIDGET_MODE_COUNT
};

/* a list whose last member is a value callers pass */
enum widget_speed {
    WIDGET_SLOW,
    WIDGET_FAST,
    WIDGET_SPEED_DEFAULT
};

struct widget {
    uint32_t id;
    uint16_t kind;
    uint16_t _pad;
    uint64_t frame;
    uint8_t name[WIDGET_MAX];
    uint32_t mode : 3;
    uint32_t level : 5;
};
typedef struct widget widget_t;

struct widget_spin {
    uint32_t speed;
    uint32_t reserved;
};
typedef struct widget_spin widget_spin_t;

struct widget_stats {
    uint64_t spins;
    uint32_t stops;
};

struct widget_ring {
    uint32_t prod;
    uint32_t cons;
    struct {
        uint16_t lo;
        uint16_t hi;
    } ends;
    uint8_t slots[1];
};

union widget_value {
    uint64_t raw;
    uint32_t half;
};

#pragma xenabi hypercall widget_op subop=arg1
#pragma xenabi subop widget_op WIDGETOP_spin arg2=widget_spin_t:in
#pragma xenabi subop widget_op WIDGETOP_stop arg2=widget_t[arg3]:inout
#pragma xenabi hypercall widget_query arg1=widget_t:out

#endif /* WIDGET_H */
