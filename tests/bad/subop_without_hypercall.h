/* SPDX-License-Identifier: MIT */
/* expect: 5: sub-op of 'memory_op', which no 'hypercall' annotation declares */
#define XENMEM_frob 99
struct a { uint32_t x; };
#pragma xenabi subop memory_op XENMEM_frob arg2=a:in
