/* SPDX-License-Identifier: MIT */
/* expect: 5: 'arg2' given twice (the later one would be ignored) */
#define __HYPERVISOR_frob_op 99
struct a { uint32_t x; };
#pragma xenabi hypercall frob_op arg1=a:in arg2=a:in arg2=a:out
