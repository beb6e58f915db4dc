/* SPDX-License-Identifier: MIT */
/* expect: 8: sub-op of 'widget_op', whose hypercall line (abi/subop_without_selector.h:6:1) names no sub-op selector */
#define __HYPERVISOR_widget_op 40
#define WIDGETOP_spin 1
/* the selector (subop=arg1, or subop=arg1.cmd) is missing */
#pragma xenabi hypercall widget_op arg1=widget_op:in
struct widget_op { uint32_t cmd; uint32_t speed; };
#pragma xenabi subop widget_op WIDGETOP_spin arg1=widget_op:in
