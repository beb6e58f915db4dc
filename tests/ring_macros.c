/* SPDX-License-Identifier: MIT */
/*
 * io/ring.h's macro interface, driven as code written against upstream
 * drives it: a frontend and a backend exchange requests and responses over
 * vm_event's ring (a described protocol, tools view) and over a ring of a
 * protocol declared here, with random batch sizes, event hold-off and
 * sleeping ends, starting near the top of the index space so the
 * free-running indexes wrap around 2^32 as well as around the ring.  Also
 * the __RD* rounding, the ring-size macros, the overflow checks, and the
 * byte-stream (flex) ring helpers with wrapping packets.
 *
 * CTest runs it as io.ring_macros (tests/ring_macros.sh).  By hand:
 *   cc -std=gnu99 -Wall -Wextra -Werror -D__XEN_TOOLS__ -I<gen>/include \
 *      tests/ring_macros.c -o ring_macros && ./ring_macros
 * and the same with -m32; with -DRING_BOOL it checks the
 * XEN_RING_HAS_UNCONSUMED_IS_BOOL variants.  It builds unchanged against
 * upstream's headers (an include directory whose xen/public is upstream's
 * public/), and prints a trace digest so both builds can be compared.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef RING_BOOL
#define XEN_RING_HAS_UNCONSUMED_IS_BOOL
#endif

/* The barriers a ring user supplies. */
#define xen_mb()  __sync_synchronize()
#define xen_rmb() __asm__ __volatile__("" ::: "memory")
#define xen_wmb() __asm__ __volatile__("" ::: "memory")

#include "xen/public/xen.h"
#include "xen/public/grant_table.h"
#include "xen/public/io/ring.h"
#include "xen/public/vm_event.h"
#include "xen/public/io/blkif.h"
#define XEN_NETIF_DEFINE_TOEPLITZ
#include "xen/public/io/netif.h"

#define PAGE 4096

static int failures;
static unsigned long digest = 5381;

#define CHECK(c) do {                                                        \
    if (!(c)) {                                                              \
        fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c); \
        failures++;                                                          \
    }                                                                        \
} while (0)

static void mix(unsigned long v)
{
    digest = digest * 33u ^ (v & 0xffffffffu);
}

static uint32_t rng_state = 12345;
static unsigned int rnd(unsigned int n)     /* 0 .. n-1 */
{
    rng_state = rng_state * 1103515245u + 12345u;
    return (rng_state >> 8) % n;
}

/* A protocol of our own: a slot of 12 bytes, so a page gives 336 -> 256. */
struct tst_request { uint32_t id; uint32_t op; uint32_t arg; };
struct tst_response { uint32_t id; int32_t status; };
DEFINE_RING_TYPES(tst, struct tst_request, struct tst_response);

static void test_rounding(void)
{
    unsigned int i;
    CHECK(__RD2(0) == 0 && __RD2(1) == 1 && __RD2(2) == 2 && __RD2(3) == 2);
    CHECK(__RD32(0) == 0);
    CHECK(__RD32(5) == 4 && __RD32(8) == 8 && __RD32(255) == 128);
    CHECK(__RD32(0x10000) == 0x10000 && __RD32(0x1ffff) == 0x10000);
    CHECK(__RD32(0xffffffffU) == 0x80000000U);
    for (i = 1; i < 70000; i++) {
        unsigned int r = __RD32(i);
        CHECK(r <= i && r > i / 2 && (r & (r - 1)) == 0);
    }
}

static void test_sizes(void)
{
    static union { vm_event_sring_t s; unsigned char page[PAGE]; } vm_page;
    static union { tst_sring_t s; unsigned char page[PAGE]; } tst_page;
    vm_event_front_ring_t vf;
    tst_back_ring_t tb;

    CHECK(offsetof(vm_event_sring_t, ring) == 64);
    CHECK(sizeof(union vm_event_sring_entry) == 400);
    /* (4096 - 64) / 400 = 10 -> 8; (4096 - 64) / 12 = 336 -> 256 */
    CHECK(__CONST_RING_SIZE(vm_event, PAGE) == 8);
    CHECK(__CONST_RING_SIZE(tst, PAGE) == 256);
    CHECK(__CONST_RING_SIZE(tst, 64 + 12 * 3) == 2);
    /* the other described protocols: 4032 / 112, 12, 8, 16 */
    CHECK(__CONST_RING_SIZE(blkif, PAGE) == 32);
    CHECK(__CONST_RING_SIZE(netif_tx, PAGE) == 256);
    CHECK(__CONST_RING_SIZE(netif_rx, PAGE) == 256);
    CHECK(__CONST_RING_SIZE(xen_netif_ctrl, PAGE) == 128);
    CHECK(__CONST_RING_SIZE(blkif, 4 * PAGE) == 128);
    CHECK(__RING_SIZE(&vm_page.s, PAGE) == 8);
    CHECK(__RING_SIZE(&tst_page.s, PAGE) == 256);

    memset(&vm_page, 0xa5, sizeof(vm_page));
    XEN_FRONT_RING_INIT(&vf, &vm_page.s, PAGE);
    CHECK(vm_page.s.req_prod == 0 && vm_page.s.rsp_prod == 0);
    CHECK(vm_page.s.req_event == 1 && vm_page.s.rsp_event == 1);
    CHECK(vm_page.s.pvt.pvt_pad[0] == 0 && vm_page.s.pvt.pvt_pad[3] == 0);
    CHECK(vm_page.s.__pad[0] == 0 && vm_page.s.__pad[43] == 0);
    CHECK(vf.sring == &vm_page.s && RING_SIZE(&vf) == 8);
    CHECK(vf.req_prod_pvt == 0 && vf.rsp_cons == 0);
    CHECK(RING_FREE_REQUESTS(&vf) == 8 && !RING_FULL(&vf));

    BACK_RING_ATTACH(&tb, &tst_page.s, 77u, PAGE);
    CHECK(tb.rsp_prod_pvt == 77u && tb.req_cons == 77u && RING_SIZE(&tb) == 256);
    BACK_RING_INIT(&tb, &tst_page.s, PAGE);
    CHECK(tb.rsp_prod_pvt == 0 && tb.req_cons == 0 && tb.sring == &tst_page.s);
}

/*
 * One exchange: `total` requests through a ring of `size` bytes starting
 * at free-running index `start`.  Each end either works or sleeps; a
 * sleeping end runs again only after a notification, so a lost wake-up
 * shows as both ends asleep with work left.
 */
#define EXCHANGE(tag, req_t, rsp_t, FILL, CHECKREQ, ANSWER, CHECKRSP)          \
static void exchange_##tag(unsigned int total, unsigned int size, RING_IDX start) \
{                                                                            \
    tag##_sring_t *s = (tag##_sring_t *)calloc(1, size);                     \
    tag##_front_ring_t f;                                                    \
    tag##_back_ring_t b;                                                     \
    unsigned int sent = 0, done = 0, answered = 0, steps = 0;                \
    int front_asleep = 0, back_asleep = 0;                                   \
    int front_kick = 0, back_kick = 0;                                       \
    unsigned int front_notes = 0, back_notes = 0;                            \
                                                                             \
    SHARED_RING_INIT(s);                                                     \
    s->req_prod = s->rsp_prod = start;                                       \
    s->req_event = s->rsp_event = start + 1;                                 \
    FRONT_RING_ATTACH(&f, s, start, size);                                   \
    BACK_RING_ATTACH(&b, s, start, size);                                    \
    CHECK(RING_SIZE(&f) == RING_SIZE(&b));                                   \
                                                                             \
    while (done < total) {                                                   \
        int notify, more;                                                    \
        if (++steps > 100000u) {                                             \
            CHECK(!"exchange does not finish");                              \
            break;                                                           \
        }                                                                    \
        if (front_kick) { front_asleep = 0; front_kick = 0; }                \
        if (back_kick) { back_asleep = 0; back_kick = 0; }                   \
        if (front_asleep && back_asleep) {                                   \
            CHECK(!"both ends asleep with work left (lost notification)");   \
            break;                                                           \
        }                                                                    \
        if (!front_asleep && rnd(2)) {                                       \
            /* frontend: a batch of requests, then its responses */          \
            unsigned int n = rnd(RING_SIZE(&f) + 2), k;                      \
            for (k = 0; k < n && !RING_FULL(&f) && sent < total; k++) {      \
                req_t *rq = RING_GET_REQUEST(&f, f.req_prod_pvt);            \
                FILL(rq, sent);                                              \
                f.req_prod_pvt++;                                            \
                sent++;                                                      \
            }                                                                \
            CHECK(RING_FREE_REQUESTS(&f) <= RING_SIZE(&f));                  \
            RING_PUSH_REQUESTS_AND_CHECK_NOTIFY(&f, notify);                 \
            if (notify) { back_kick = 1; front_notes++; }                    \
            mix(notify);                                                     \
            n = rnd(RING_SIZE(&f) + 2);                                      \
            for (k = 0; k < n; k++) {                                        \
                RING_IDX prod = f.sring->rsp_prod;                           \
                rsp_t r;                                                     \
                CHECK(!RING_RESPONSE_PROD_OVERFLOW(&f, prod));               \
                xen_rmb();                                                   \
                if (f.rsp_cons == prod)                                      \
                    break;                                                   \
                RING_COPY_RESPONSE(&f, f.rsp_cons, &r);                      \
                CHECKRSP(r, done);                                           \
                f.rsp_cons++;                                                \
                done++;                                                      \
            }                                                                \
            if (done < total && sent == done) {                              \
                /* nothing in flight and nothing taken: maybe sleep */       \
                RING_FINAL_CHECK_FOR_RESPONSES(&f, more);                    \
                if (!more && sent == total)                                  \
                    front_asleep = 1;                                        \
            } else if (done < total && rnd(3) == 0 && sent == total) {       \
                RING_FINAL_CHECK_FOR_RESPONSES(&f, more);                    \
                if (!more)                                                   \
                    front_asleep = 1;                                        \
            }                                                                \
        } else if (!back_asleep) {                                           \
            /* backend: take requests, answer them in place */               \
            unsigned int n = rnd(RING_SIZE(&b) + 2), k;                      \
            CHECK(!RING_REQUEST_PROD_OVERFLOW(&b, b.sring->req_prod));       \
            for (k = 0; k < n; k++) {                                        \
                req_t q;                                                     \
                rsp_t *rp;                                                   \
                if (!RING_HAS_UNCONSUMED_REQUESTS(&b))                       \
                    break;                                                   \
                CHECK(!RING_REQUEST_CONS_OVERFLOW(&b, b.req_cons));          \
                xen_rmb();                                                   \
                RING_COPY_REQUEST(&b, b.req_cons, &q);                       \
                CHECKREQ(q, answered);                                       \
                b.req_cons++;                                                \
                rp = RING_GET_RESPONSE(&b, b.rsp_prod_pvt);                  \
                ANSWER(rp, q);                                               \
                b.rsp_prod_pvt++;                                            \
                answered++;                                                  \
            }                                                                \
            RING_PUSH_RESPONSES_AND_CHECK_NOTIFY(&b, notify);                \
            if (notify) { front_kick = 1; back_notes++; }                    \
            mix(notify);                                                     \
            RING_FINAL_CHECK_FOR_REQUESTS(&b, more);                         \
            if (!more && rnd(2))                                             \
                back_asleep = 1;                                             \
        }                                                                    \
    }                                                                        \
    CHECK(done == total && answered == total && sent == total);              \
    CHECK(f.rsp_cons == start + total && b.req_cons == start + total);       \
    CHECK(s->req_prod == start + total && s->rsp_prod == start + total);     \
    CHECK(RING_FREE_REQUESTS(&f) == RING_SIZE(&f));                          \
    CHECK(XEN_RING_NR_UNCONSUMED_RESPONSES(&f) == 0);                        \
    CHECK(XEN_RING_NR_UNCONSUMED_REQUESTS(&b) == 0);                         \
    mix(front_notes); mix(back_notes); mix(steps);                           \
    printf("%-8s %6u requests, ring of %3u, start %#010x: %u+%u notifications, %u steps\n", \
           #tag, total, (unsigned int)RING_SIZE(&f), (unsigned int)start,    \
           front_notes, back_notes, steps);                                  \
    free(s);                                                                 \
}

#define VM_FILL(rq, i) do {                                                  \
    memset((rq), 0, sizeof(*(rq)));                                          \
    (rq)->version = VM_EVENT_INTERFACE_VERSION;                              \
    (rq)->reason = VM_EVENT_REASON_MEM_ACCESS;                               \
    (rq)->vcpu_id = (i);                                                     \
    (rq)->u.mem_access.gfn = 0x100000000ULL + (i);                           \
    (rq)->u.mem_access.flags = MEM_ACCESS_R | MEM_ACCESS_GLA_VALID;          \
} while (0)
#define VM_CHECKREQ(q, i) do {                                               \
    CHECK((q).version == VM_EVENT_INTERFACE_VERSION && (q).vcpu_id == (i));  \
    CHECK((q).u.mem_access.gfn == 0x100000000ULL + (i));                     \
} while (0)
#define VM_ANSWER(rp, q) do {                                                \
    uint32_t id_ = (q).vcpu_id;                                              \
    memset((rp), 0, sizeof(*(rp)));                                          \
    (rp)->version = VM_EVENT_INTERFACE_VERSION;                              \
    (rp)->vcpu_id = id_;                                                     \
    (rp)->flags = VM_EVENT_FLAG_VCPU_PAUSED | VM_EVENT_FLAG_EMULATE;         \
} while (0)
#define VM_CHECKRSP(r, i) do {                                               \
    CHECK((r).vcpu_id == (i) && (r).flags == (VM_EVENT_FLAG_VCPU_PAUSED | VM_EVENT_FLAG_EMULATE)); \
} while (0)
EXCHANGE(vm_event, vm_event_request_t, vm_event_response_t,
         VM_FILL, VM_CHECKREQ, VM_ANSWER, VM_CHECKRSP)

#define T_FILL(rq, i) do { (rq)->id = (i); (rq)->op = 7; (rq)->arg = ~(uint32_t)(i); } while (0)
#define T_CHECKREQ(q, i) CHECK((q).id == (i) && (q).op == 7 && (q).arg == ~(uint32_t)(i))
#define T_ANSWER(rp, q) do { uint32_t id_ = (q).id; (rp)->id = id_; (rp)->status = -(int32_t)(id_ & 0xff); } while (0)
#define T_CHECKRSP(r, i) CHECK((r).id == (i) && (r).status == -(int32_t)((i) & 0xff))
EXCHANGE(tst, struct tst_request, struct tst_response,
         T_FILL, T_CHECKREQ, T_ANSWER, T_CHECKRSP)

/* Hold-off arithmetic at the edges, on a 4-slot ring. */
static void test_notify_edges(void)
{
    static union { tst_sring_t s; unsigned char page[64 + 4 * 12]; } pg;
    tst_front_ring_t f;
    tst_back_ring_t b;
    int notify, more;

    XEN_FRONT_RING_INIT(&f, &pg.s, sizeof(pg));
    BACK_RING_INIT(&b, &pg.s, sizeof(pg));
    CHECK(RING_SIZE(&f) == 4);

    /* req_event is 1: the first request notifies, the next ones do not */
    f.req_prod_pvt++;
    RING_PUSH_REQUESTS_AND_CHECK_NOTIFY(&f, notify);
    CHECK(notify);
    f.req_prod_pvt += 2;
    RING_PUSH_REQUESTS_AND_CHECK_NOTIFY(&f, notify);
    CHECK(!notify);
    CHECK(RING_FREE_REQUESTS(&f) == 1 && !RING_FULL(&f));
    f.req_prod_pvt++;
    CHECK(RING_FULL(&f));
    RING_PUSH_REQUESTS(&f);
    CHECK(pg.s.req_prod == 4);

    /* the backend sees 4; a frontend claiming 5 would be ill-behaved */
    CHECK(RING_HAS_UNCONSUMED_REQUESTS(&b) != 0);
#ifndef RING_BOOL
    CHECK(RING_HAS_UNCONSUMED_REQUESTS(&b) == 4);
#else
    CHECK(RING_HAS_UNCONSUMED_REQUESTS(&b) == 1);
#endif
    CHECK(!RING_REQUEST_PROD_OVERFLOW(&b, 4u) && RING_REQUEST_PROD_OVERFLOW(&b, 5u));
    b.req_cons = 4;
    CHECK(RING_REQUEST_CONS_OVERFLOW(&b, 4u) && !RING_REQUEST_CONS_OVERFLOW(&b, 3u));
    RING_FINAL_CHECK_FOR_REQUESTS(&b, more);
    CHECK(!more && pg.s.req_event == 5);

    /* responses: rsp_event is 1, so the first push of two notifies */
    b.rsp_prod_pvt = 2;
    RING_PUSH_RESPONSES_AND_CHECK_NOTIFY(&b, notify);
    CHECK(notify);
    b.rsp_prod_pvt = 4;
    RING_PUSH_RESPONSES_AND_CHECK_NOTIFY(&b, notify);
    CHECK(!notify);
    CHECK(!RING_RESPONSE_PROD_OVERFLOW(&f, 4u) && RING_RESPONSE_PROD_OVERFLOW(&f, 5u));
    RING_FINAL_CHECK_FOR_RESPONSES(&f, more);
    CHECK(more);
    f.rsp_cons = 4;
    RING_FINAL_CHECK_FOR_RESPONSES(&f, more);
    CHECK(!more && pg.s.rsp_event == 5);
    /* the frontend asked for response 5: the next push notifies */
    b.rsp_prod_pvt = 5;
    RING_PUSH_RESPONSES_AND_CHECK_NOTIFY(&b, notify);
    CHECK(notify);
    /* the backend asked for request 5: so does the next request */
    f.req_prod_pvt = 5;
    RING_PUSH_REQUESTS_AND_CHECK_NOTIFY(&f, notify);
    CHECK(notify);

    /* index wrap-around: the arithmetic is modulo 2^32 */
    f.req_prod_pvt = 2;
    f.rsp_cons = 0xfffffffeU;
    CHECK(RING_FREE_REQUESTS(&f) == 0 && RING_FULL(&f));
    CHECK(RING_GET_REQUEST(&f, 0xfffffffeU) == &pg.s.ring[2].req);
    CHECK(RING_GET_REQUEST(&f, 1u) == &pg.s.ring[1].req);
    CHECK(RING_GET_RESPONSE(&f, 0xffffffffU) == &pg.s.ring[3].rsp);
}

/* The byte-stream helpers, with packets that wrap at the end of a ring. */
DEFINE_XEN_FLEX_RING_AND_INTF(tflex);

static void test_flex(void)
{
    enum { ORDER = 0 };
    unsigned char buf[2 * 2048];
    unsigned char in[700], out[700];
    struct tflex_data_intf intf;
    RING_IDX size = XEN_FLEX_RING_SIZE(ORDER), prod = 0, cons = 0, mp, mc;
    unsigned int round, i;

    CHECK(size == 2048);
    CHECK(XEN_FLEX_RING_SIZE(2) == 8192);
    CHECK(offsetof(struct tflex_data_intf, out_cons) == 64);
    CHECK(offsetof(struct tflex_data_intf, ring_order) == 128);
    CHECK(offsetof(struct tflex_data_intf, ref) == 132);
    (void)intf;
    CHECK(tflex_mask(2049, size) == 1);
    CHECK(tflex_get_ring_ptr(buf, 2050, size) == buf + 2);
    CHECK(tflex_queued(5, 5, size) == 0);
    CHECK(tflex_queued(2048 + 7, 7, size) == size);
    CHECK(tflex_queued(3, 0xfffffffdU, size) == 6);

    for (round = 0; round < 40; round++) {
        unsigned int n = 1 + rnd(sizeof(in));
        for (i = 0; i < n; i++)
            in[i] = (unsigned char)(round * 31 + i);
        CHECK(size - tflex_queued(prod, cons, size) >= n);
        mp = tflex_mask(prod, size);
        tflex_write_packet(buf, in, n, &mp, tflex_mask(cons, size), size);
        prod += n;
        CHECK(mp == tflex_mask(prod, size));
        CHECK(tflex_queued(prod, cons, size) == n);
        mc = tflex_mask(cons, size);
        memset(out, 0, sizeof(out));
        tflex_read_packet(out, buf, n, tflex_mask(prod, size), &mc, size);
        cons += n;
        CHECK(mc == tflex_mask(cons, size));
        CHECK(memcmp(in, out, n) == 0);
        mix(n);
    }
    CHECK(prod > size);     /* the packets wrapped */
}

/* netif's Toeplitz hash: the RSS specification's IPv4/TCP example. */
static void test_toeplitz(void)
{
    static const uint8_t key[40] = {
        0x6d, 0x5a, 0x56, 0xda, 0x25, 0x5b, 0x0e, 0xc2, 0x41, 0x67,
        0x25, 0x3d, 0x43, 0xa3, 0x8f, 0xb0, 0xd0, 0xca, 0x2b, 0xcb,
        0xae, 0x7b, 0x30, 0xb4, 0x77, 0xcb, 0x2d, 0xa3, 0x80, 0x30,
        0xf2, 0x0c, 0x6a, 0x42, 0xb7, 0x3b, 0xbe, 0xac, 0x01, 0xfa };
    /* 66.9.149.187:2794 -> 161.142.100.80:1766 */
    static const uint8_t in[12] = { 66, 9, 149, 187, 161, 142, 100, 80,
                                    0x0a, 0xea, 0x06, 0xe6 };
    CHECK(xen_netif_toeplitz_hash(key, sizeof(key), in, 8) == 0x323e8fc2U);
    CHECK(xen_netif_toeplitz_hash(key, sizeof(key), in, 12) == 0x51ccc178U);
    mix(xen_netif_toeplitz_hash(key, 5, in, 12));
}

int main(void)
{
    test_rounding();
    test_sizes();
    test_notify_edges();
    test_flex();
    test_toeplitz();
    exchange_vm_event(3000, PAGE, 0);
    exchange_vm_event(3000, PAGE, 0xfffffc00U);        /* the indexes pass 2^32 */
    exchange_tst(20000, PAGE, 0xffffd000U);
    exchange_tst(5000, 64 + 12 * 3, 0xffffff00U);       /* a ring of 2 */
    printf("trace digest %08lx\n", digest & 0xffffffffUL);
    if (failures) {
        printf("ring_macros: %d checks FAILED\n", failures);
        return 1;
    }
    printf("ring_macros: all checks passed (%s)\n",
           sizeof(void *) == 8 ? "64-bit" : "32-bit");
    return 0;
}
