/* SPDX-License-Identifier: MIT */
/*
 * How a 64-bit block backend serves a 32-bit x86 frontend with xenabi's
 * generated ring translation (tests/ring_compat.py compiles this file).
 *
 * The frontend told the backend its ABI (xenstore "protocol", see
 * io/protocols.h); for "x86_32-abi" the backend attaches the x86_32 view of
 * the shared page and moves every request and response through the
 * generated translators, which read each slot once and write responses in
 * the frontend's layout.
 */
#include <stdint.h>
#include <string.h>

#define xen_mb()  __sync_synchronize()
#define xen_rmb() __sync_synchronize()
#define xen_wmb() __sync_synchronize()

#include "xen/public/xen.h"
#include "xen/public/io/blkif.h"
#include "xen/compat/io/blkif.h"

/* the backend's own request handling, on native requests */
static int16_t do_request(const struct blkif_request *req)
{
    return req->nr_segments <= BLKIF_MAX_SEGMENTS_PER_REQUEST ? BLKIF_RSP_OKAY : BLKIF_RSP_ERROR;
}

/* Once, when the frontend has connected: attach the x86_32 view of its
 * ring page. */
void attach_x86_32_frontend(struct compat_blkif_back_ring *ring, void *page)
{
    BACK_RING_INIT(ring, (struct compat_blkif_sring *)page, 4096);
}

/* On each event: serve every pending request of that ring. */
int serve_x86_32_frontend(struct compat_blkif_back_ring *ring)
{
    struct xenabi_xlat_ctx ctx;
    RING_IDX i, end;

    memset(&ctx, 0, sizeof(ctx));
    end = ring->sring->req_prod;
    xen_rmb();                          /* the requests before the index */
    for (i = ring->req_cons; i != end; i++) {
        struct blkif_request req;
        struct blkif_response rsp;

        if (xenabi_blkif_get_request(ring, i, &req, &ctx) != 0)
            return -1;                  /* a request that does not translate */
        memset(&rsp, 0, sizeof(rsp));
        rsp.id = req.id;
        rsp.operation = req.operation;
        rsp.status = do_request(&req);
        if (xenabi_blkif_put_response(ring, ring->rsp_prod_pvt, &rsp, &ctx) != 0)
            return -1;
        ring->rsp_prod_pvt++;
    }
    ring->req_cons = i;
    RING_PUSH_RESPONSES(ring);
    return 0;
}
