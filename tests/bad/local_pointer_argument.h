/* SPDX-License-Identifier: MIT */
/* expect: 12: arg2: 'ring_front' holds a local pointer (ring_front.sring) */
#define __HYPERVISOR_frob_op 99
#define FROB_attach 1
struct ring_page { uint32_t prod, cons; };
struct ring_front {
    uint32_t cons;
    XENABI_LOCAL_PTR(struct ring_page) sring;
};
typedef struct ring_front ring_front_t;
#pragma xenabi hypercall frob_op subop=arg1
#pragma xenabi subop frob_op FROB_attach arg2=ring_front:in
