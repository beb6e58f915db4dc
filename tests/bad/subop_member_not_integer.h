/* SPDX-License-Identifier: MIT */
/* expect: 7: subop=arg1.kind: 'widget_op' has no integer member 'kind' */
#define __HYPERVISOR_widget_op 40
#define WIDGETOP_spin 1
struct widget_op { uint32_t cmd; uint32_t speed; };
/* the selector names a member the structure does not have */
#pragma xenabi hypercall widget_op subop=arg1.kind arg1=widget_op:in
