/* SPDX-License-Identifier: MIT */
/* expect: 6: 'hypercall frob_op' is declared twice */
#define __HYPERVISOR_frob_op 99
struct a { uint32_t x; };
#pragma xenabi hypercall frob_op arg1=a:in
#pragma xenabi hypercall frob_op arg1=a:out
