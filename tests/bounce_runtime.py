#!/usr/bin/env python3
"""The bounce runtime against the generated descriptors, with a simulated hypervisor.

For every (hypercall, sub-op) whose table (compat/include/xen/bounce/tables.h)
holds at least one buffer, a generated C program, built with ASan and UBSan:

1. plays a native caller: fills the argument structure(s) and every buffer
   behind their handles with seeded random bytes, each caller buffer between
   guard bytes, with the members the counts read set to small random values
   (0..6; all zero in the first round, where every empty handle is NULL) and
   the union selectors stepped through every arm value;
2. calls xenabi_bounce_in, then plays the hypervisor, walking the
   descriptors over the pool copies only: every rewritten argument and every
   handle points inside the pool, the buffers do not overlap, IN data
   arrived byte for byte (OUT-only buffers are zero), and it writes fresh
   random bytes into every OUT and INOUT buffer (handle slots of argument
   structures included);
3. calls xenabi_bounce_out and checks every caller allocation, guards
   included, byte for byte: OUT data came back, IN-only buffers and every
   handle of the caller's structures are unchanged, nothing outside the
   declared ranges was touched.

Plus the errors, each leaving the caller's memory and args[] untouched:
a pool one byte too small (-E2BIG), counts of all-ones bits (-E2BIG, and
the sanitizers see that nothing past the small buffers is read), more
copies than the state holds (-E2BIG), a NULL argument or handle with a
non-zero count (-EFAULT), a set handle whose extent is not described
(-EINVAL); and the lookup of an unknown (op, sub-op) is NULL.

Before that, in Python: every guest handle the x86_64 layout of an argument
type holds is described by a table or named in a table's comment (an
independent walk over the layouts, not the annotations), every descriptor's
offset equals the layout's, and the header compiles alone on every profile
a local compiler can target.

Usage: bounce_runtime.py --generated DIR [--seed N] [--rounds N]   (the seed is printed)
Exit status: 0 on success, 1 on a failure; a missing gcc is a failure.
"""
import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "gen"))
from xenabi import frontend  # noqa: E402
from xenabi.emit_bounce import plan_all  # noqa: E402
from xenabi.layout import Layouter  # noqa: E402
from xenabi.model import Named, Record, RecordRef  # noqa: E402
from xenabi.profiles import PROFILES  # noqa: E402

NATIVE = "x86_64"


# ---- an independent look at the layouts -----------------------------------------

def layout_handles(mod, lay, rec, prefix="", base=0):
    """{member path: offset} of every guest handle in a record's layout,
    nested records and union members included (annotations not consulted)."""
    out = {}
    for f in lay.record(rec).fields:
        path = prefix + f.name if f.name else prefix.rstrip(".")
        if f.type.startswith("__guest_handle_"):
            out[path] = base + f.offset
            continue
        inner = None
        if f.anon is not None:
            inner = next((g.type for g in rec.fields if g.name == f.name and isinstance(g.type, Record)), None)
        elif f.type in mod.typedefs:
            t = mod.resolve(Named(f.type))
            inner = mod.records.get(t.key) if isinstance(t, RecordRef) else t if isinstance(t, Record) else None
        elif f.type in mod.records:
            inner = mod.records[f.type]
        if inner is not None:
            out.update(layout_handles(mod, lay, inner, path + "." if f.name else prefix, base + f.offset))
    return out


def record_named(mod, name):
    if name in mod.typedefs:
        t = mod.resolve(mod.typedefs[name].type)
        return mod.records.get(t.key) if isinstance(t, RecordRef) else t if isinstance(t, Record) else None
    return mod.records.get(f"struct {name}")


def coverage(mod, tables):
    """Every handle of every argument type is described or named in a note;
    every descriptor's offset is the layout's.  Returns (checks, failures,
    {(table, argn, path): offset})."""
    lay = Layouter.for_module(mod)
    checks, failures, offsets = 0, [], {}
    by_type = {}
    for t in tables:
        for a in t.args:
            by_type.setdefault(a.spec_type, []).append((t, a))
    for typ, uses in by_type.items():
        rec = record_named(mod, typ)
        if rec is None:
            continue
        found = layout_handles(mod, lay, rec)
        described = {h.path for _, a in uses for h in a.handles}
        noted = " ".join(n for t, _ in uses for n in t.notes)
        for path, off in found.items():
            checks += 1
            if path not in described and path not in noted:
                failures.append(f"{typ}: handle {path} is neither described nor noted")
        for t, a in uses:
            for h in a.handles:
                checks += 1
                if h.path not in found:
                    failures.append(f"{t.name}: descriptor {h.path} is not a handle of {typ}")
                else:
                    offsets[(t.name, a.argn, h.path)] = found[h.path]
    return checks, failures, offsets


# ---- the generated program ---------------------------------------------------------

ENGINE = r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "xen/bounce/tables.h"

#define GUARD 32
#define POOL_SIZE (64 * 1024)
#define MAXREG 512
#define BIG ((uint64_t)POOL_SIZE)       /* more bytes than the pool holds */

static uint64_t rng;
static uint64_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}
static uint64_t v_small(void) { return rnd() % 7; }
static uint64_t v_zero(void) { return 0; }
static uint64_t v_one(void) { return 1; }
static uint64_t v_big(void) { return ~(uint64_t)0; }
static uint64_t v_wrap(void) { return ((uint64_t)1 << 63) + 1; }   /* times any even size: small */

static unsigned long checks, failures;
/* what was exercised, so that a run that tests little shows it */
static unsigned long n_calls, n_arg_bufs, n_handle_bufs, n_tails, n_null_handles, n_empty_set, n_out_bytes;
static unsigned long n_short, n_huge, n_full, n_efault_arg, n_efault_handle, n_einval;
static const char *cur = "";
static unsigned cur_round;

#define CHECK(cond, ...) do { \
        checks++; \
        if (!(cond)) { \
            if (failures++ < 40) { \
                fprintf(stderr, "FAIL %s (round %u): ", cur, cur_round); \
                fprintf(stderr, __VA_ARGS__); \
                fputc('\n', stderr); \
            } \
        } \
    } while (0)

typedef void (*setcnt_fn)(void *rec, uint64_t (*value)(void), const uint64_t *args);
typedef void (*setsel_fn)(void *rec, unsigned choice);

struct expect_offset {
    unsigned arg;
    const char *path;
    uint32_t offset;
};

struct tcase {
    const char *name;
    uint64_t op, subop;
    unsigned subop_arg;
    setcnt_fn setcnt[7];            /* by argument number */
    setsel_fn setsel[7];
    unsigned nchoices;              /* selector values to step through (1: none) */
    const struct expect_offset *offsets;
    unsigned noffsets;
};

/* One caller buffer between guard bytes. */
struct region {
    unsigned char *alloc;           /* GUARD + len + GUARD */
    size_t len;
    unsigned char *before;          /* before bounce_in */
    unsigned char *expect;          /* what it must hold after bounce_out */
};

enum mode { M_ZERO, M_NORMAL, M_BIG, M_WRAP, M_FULL };

struct world {
    uint64_t args[6];
    unsigned nreg;
    struct region reg[MAXREG];
    int big;                        /* M_BIG, M_WRAP: some count cannot fit */
    int uncounted;                  /* a handle without a count was set */
};

static unsigned char *payload(const struct region *r) { return r->alloc + GUARD; }

static int new_region(struct world *w, size_t len)
{
    struct region *r = &w->reg[w->nreg];
    size_t i;

    if (w->nreg >= MAXREG)
        abort();
    r->len = len;
    r->alloc = malloc(len + 2 * GUARD);
    r->before = malloc(len + 2 * GUARD);
    r->expect = malloc(len + 2 * GUARD);
    if (!r->alloc || !r->before || !r->expect)
        abort();
    for (i = 0; i < len + 2 * GUARD; i++)
        r->alloc[i] = (unsigned char)rnd();
    return (int)w->nreg++;
}

static void free_world(struct world *w)
{
    unsigned i;

    for (i = 0; i < w->nreg; i++) {
        free(w->reg[i].alloc);
        free(w->reg[i].before);
        free(w->reg[i].expect);
    }
    w->nreg = 0;
}

static int region_of(const struct world *w, const void *p)
{
    unsigned i;

    for (i = 0; i < w->nreg; i++)
        if (p == payload(&w->reg[i]))
            return (int)i;
    return -1;
}

static void snapshot(struct world *w)
{
    unsigned i;

    for (i = 0; i < w->nreg; i++) {
        memcpy(w->reg[i].before, w->reg[i].alloc, w->reg[i].len + 2 * GUARD);
        memcpy(w->reg[i].expect, w->reg[i].alloc, w->reg[i].len + 2 * GUARD);
    }
}

static int unchanged(const struct world *w)
{
    unsigned i;

    for (i = 0; i < w->nreg; i++)
        if (memcmp(w->reg[i].alloc, w->reg[i].before, w->reg[i].len + 2 * GUARD) != 0)
            return 0;
    return 1;
}

static void *get_ptr(const unsigned char *slot)
{
    void *p;

    memcpy(&p, slot, sizeof(p));
    return p;
}

static void set_ptr(unsigned char *slot, uint32_t size, void *p)
{
    memset(slot, 0, size);
    memcpy(slot, &p, sizeof(p));
}

static uint64_t arg_count(const struct xenabi_bounce_arg *d, const uint64_t *args)
{
    return d->count_arg ? args[d->count_arg - 1] : d->count;
}

/* Fill the caller's side of one call: arguments, their buffers, the buffers
 * behind every live handle. */
static void build(struct world *w, const struct tcase *tc, const struct xenabi_bounce_op *op,
                  unsigned choice, enum mode mode, int set_uncounted)
{
    uint64_t (*value)(void) = mode == M_ZERO ? v_zero : mode == M_BIG ? v_big : mode == M_WRAP ? v_wrap :
        mode == M_FULL ? v_one : v_small;
    unsigned i, k, j;

    memset(w, 0, sizeof(*w));
    for (i = 0; i < 6; i++)
        w->args[i] = v_small();
    if (tc->subop_arg)
        w->args[tc->subop_arg - 1] = tc->subop;
    for (i = 0; i < op->nr_args; i++) {
        const struct xenabi_bounce_arg *d = &op->args[i];

        if (d->count_arg)
            w->args[d->count_arg - 1] = mode == M_FULL ? XENABI_BOUNCE_MAX + 1 : value();
    }
    for (i = 0; i < op->nr_args; i++) {
        const struct xenabi_bounce_arg *d = &op->args[i];
        uint64_t n = arg_count(d, w->args);
        size_t head, total;
        unsigned char *tmp, *p;
        int ri;

        if (n > BIG / d->elem_size) {   /* M_BIG: a short buffer, never to be read */
            w->big = 1;
            w->args[d->arg - 1] = (uint64_t)(uintptr_t)payload(&w->reg[new_region(w, 16)]);
            continue;
        }
        head = (size_t)(n * d->elem_size);
        tmp = malloc(head + 1);
        for (k = 0; k < head; k++)
            tmp[k] = (unsigned char)rnd();
        for (k = 0; k < n; k++) {
            if (tc->setsel[d->arg])
                tc->setsel[d->arg](tmp + (size_t)k * d->elem_size, choice);
            if (tc->setcnt[d->arg])
                tc->setcnt[d->arg](tmp + (size_t)k * d->elem_size, value, w->args);
        }
        total = head;
        if (d->tail && n == 1) {
            uint64_t t = d->tail(tmp, w->args);

            if (t > BIG / d->tail_elem_size)
                w->big = 1;             /* only the fixed part is there */
            else if (d->tail_offset + t * d->tail_elem_size > total)
                total = (size_t)(d->tail_offset + t * d->tail_elem_size);
        }
        ri = new_region(w, total);
        p = payload(&w->reg[ri]);
        memcpy(p, tmp, head);
        free(tmp);
        /* an empty argument: NULL or set, alternately */
        w->args[d->arg - 1] = n == 0 && (mode == M_ZERO || (rnd() & 1)) ? 0 : (uint64_t)(uintptr_t)p;
        if (!(d->dir & XENABI_BOUNCE_IN))
            continue;
        for (k = 0; k < n; k++) {
            unsigned char *elem = p + (size_t)k * d->elem_size;

            for (j = 0; j < d->nr_handles; j++) {
                const struct xenabi_bounce_handle *h = &d->handles[j];
                unsigned char *slot = elem + h->offset;
                uint64_t c;
                void *to = NULL;

                if (h->live && !h->live(elem, w->args))
                    continue;
                if (h->count == NULL) {
                    if (set_uncounted) {
                        to = payload(&w->reg[new_region(w, 8)]);
                        w->uncounted = 1;
                    }
                } else {
                    c = h->count(elem, w->args);
                    if (c > BIG / h->elem_size) {
                        w->big = 1;
                        to = payload(&w->reg[new_region(w, 16)]);
                    } else if (c != 0 || (mode != M_ZERO && (rnd() & 1))) {
                        to = payload(&w->reg[new_region(w, (size_t)(c * h->elem_size))]);
                    }
                }
                set_ptr(slot, h->size, to);
            }
        }
    }
}

/* ---- the simulated hypervisor --------------------------------------------- */

struct span { const unsigned char *at; size_t len; };
struct write {
    unsigned char *pool;
    size_t len;
    int reg;                        /* the caller's region */
    uint8_t dir;
    int is_arg;
    unsigned nslots;
    size_t slot[64], slot_size[64];
};

static int in_pool(const struct xenabi_bounce_pool *p, const void *at, size_t len)
{
    const unsigned char *b = p->base, *a = at;

    return a >= b && a <= b + p->size && len <= (size_t)(b + p->size - a);
}

static int all_zero(const unsigned char *p, size_t len)
{
    while (len--)
        if (*p++)
            return 0;
    return 1;
}

static int cmp_span(const void *x, const void *y)
{
    const struct span *a = x, *b = y;

    return a->at < b->at ? -1 : a->at > b->at;
}

static void hypervisor(struct world *w, const struct xenabi_bounce_op *op, const uint64_t *orig,
                       const uint64_t *args, const struct xenabi_bounce_pool *pool)
{
    static struct write wr[MAXREG];
    static struct span spans[MAXREG];
    unsigned nwr = 0, nspans = 0, i, j, k;

    for (i = 0; i < op->nr_args; i++) {
        const struct xenabi_bounce_arg *d = &op->args[i];
        uint64_t n = arg_count(d, orig);
        unsigned char *q = (unsigned char *)(uintptr_t)args[d->arg - 1];
        const unsigned char *caller = (const unsigned char *)(uintptr_t)orig[d->arg - 1];
        size_t total = (size_t)(n * d->elem_size);
        struct write *a;
        int ri;

        if (n == 0) {
            CHECK(caller == NULL ? q == NULL : in_pool(pool, q, 0),
                  "%s: an empty argument must stay NULL, or point into the pool", d->name);
            continue;
        }
        CHECK(in_pool(pool, q, total), "%s: argument %u does not point into the pool", d->name, d->arg);
        if (!in_pool(pool, q, total))
            return;
        if (d->tail && n == 1) {
            uint64_t t = d->tail(q, orig);

            if (d->tail_offset + t * d->tail_elem_size > total)
                total = (size_t)(d->tail_offset + t * d->tail_elem_size);
            n_tails += t != 0;
            CHECK(in_pool(pool, q, total), "%s: trailing array outside the pool", d->name);
        }
        ri = region_of(w, caller);
        CHECK(ri >= 0 && w->reg[ri].len == total, "%s: %zu bytes in the pool, the caller has %zu",
              d->name, total, ri >= 0 ? w->reg[ri].len : 0);
        if (ri < 0 || w->reg[ri].len != total)
            return;
        n_arg_bufs++;
        a = &wr[nwr++];
        memset(a, 0, sizeof(*a));
        a->pool = q;
        a->len = total;
        a->reg = ri;
        a->dir = d->dir;
        a->is_arg = 1;
        spans[nspans].at = q;
        spans[nspans++].len = total;
        for (k = 0; k < n && (d->dir & XENABI_BOUNCE_IN); k++) {
            unsigned char *elem = q + (size_t)k * d->elem_size;

            for (j = 0; j < d->nr_handles; j++) {
                const struct xenabi_bounce_handle *h = &d->handles[j];
                size_t at = (size_t)k * d->elem_size + h->offset;
                const unsigned char *cslot = w->reg[ri].before + GUARD + at;
                void *hc = get_ptr(cslot), *hq = get_ptr(q + at);
                uint64_t c;
                int hi;

                if (h->live && !h->live(elem, orig))
                    continue;
                if (a->nslots < 64) {
                    a->slot[a->nslots] = at;
                    a->slot_size[a->nslots++] = h->size;
                }
                if (h->count == NULL || hc == NULL) {
                    CHECK(memcmp(q + at, cslot, h->size) == 0, "%s: an unset handle was changed", h->name);
                    n_null_handles++;
                    continue;
                }
                c = h->count(elem, orig);
                if (c == 0)
                    n_empty_set++;
                else
                    n_handle_bufs++;
                CHECK(in_pool(pool, hq, (size_t)(c * h->elem_size)), "%s: handle does not point into the pool",
                      h->name);
                CHECK(h->size == sizeof(void *) || all_zero(q + at + sizeof(void *), h->size - sizeof(void *)),
                      "%s: upper half of a wide handle not zero", h->name);
                hi = region_of(w, hc);
                CHECK(hi >= 0 && w->reg[hi].len == c * h->elem_size, "%s: %llu elements in the pool, "
                      "the caller has %zu bytes", h->name, (unsigned long long)c, hi >= 0 ? w->reg[hi].len : 0);
                if (hi < 0 || !in_pool(pool, hq, (size_t)(c * h->elem_size)) || w->reg[hi].len != c * h->elem_size)
                    continue;
                if (h->dir & XENABI_BOUNCE_IN)
                    CHECK(memcmp(hq, payload(&w->reg[hi]), w->reg[hi].len) == 0, "%s: IN data differs", h->name);
                else
                    CHECK(all_zero(hq, w->reg[hi].len), "%s: OUT-only buffer not zeroed", h->name);
                wr[nwr].pool = hq;
                wr[nwr].len = w->reg[hi].len;
                wr[nwr].reg = hi;
                wr[nwr].dir = h->dir;
                wr[nwr].is_arg = 0;
                wr[nwr++].nslots = 0;
                spans[nspans].at = hq;
                spans[nspans++].len = w->reg[hi].len;
            }
        }
        /* the structure's own bytes: as the caller wrote them, handle slots aside */
        if (d->dir & XENABI_BOUNCE_IN) {
            size_t pos = 0;

            for (k = 0; k <= a->nslots; k++) {
                size_t end = k < a->nslots ? a->slot[k] : total;

                CHECK(memcmp(q + pos, w->reg[ri].before + GUARD + pos, end - pos) == 0,
                      "%s: IN bytes %zu..%zu differ", d->name, pos, end);
                if (k < a->nslots)
                    pos = a->slot[k] + a->slot_size[k];
            }
        } else {
            CHECK(all_zero(q, total), "%s: OUT-only argument not zeroed", d->name);
        }
    }
    /* every buffer has its own room */
    qsort(spans, nspans, sizeof(spans[0]), cmp_span);
    for (i = 1; i < nspans; i++)
        CHECK(spans[i - 1].len == 0 || spans[i - 1].at + spans[i - 1].len <= spans[i].at,
              "pool buffers overlap");
    /* Xen's answer: fresh bytes in everything it may write */
    for (i = 0; i < nwr; i++) {
        struct write *x = &wr[i];
        unsigned char *expect = w->reg[x->reg].expect + GUARD;
        size_t pos = 0;

        if (!(x->dir & XENABI_BOUNCE_OUT))
            continue;
        n_out_bytes += x->len;
        for (k = 0; k < x->len; k++)
            x->pool[k] = (unsigned char)rnd();
        for (k = 0; k <= x->nslots; k++) {      /* the caller keeps its handles */
            size_t end = k < x->nslots ? x->slot[k] : x->len;

            memcpy(expect + pos, x->pool + pos, end - pos);
            if (k < x->nslots)
                pos = x->slot[k] + x->slot_size[k];
        }
    }
}

/* ---- one table -------------------------------------------------------------- */

static unsigned char pool_mem[POOL_SIZE + 64];

static struct xenabi_bounce_pool fresh_pool(size_t size)
{
    struct xenabi_bounce_pool p;
    size_t i;

    for (i = 0; i < sizeof(pool_mem); i++)
        pool_mem[i] = (unsigned char)rnd();
    p.base = pool_mem + 16;
    p.size = size;
    p.used = 0;
    return p;
}

/* A call that must fail with rc and leave everything of the caller's as it was. */
static void expect_error(struct world *w, const struct xenabi_bounce_op *op, size_t pool_size, int rc,
                         const char *what)
{
    static struct xenabi_bounce_state st;
    struct xenabi_bounce_pool p = fresh_pool(pool_size);
    uint64_t a[6];
    int got;

    memcpy(a, w->args, sizeof(a));
    got = xenabi_bounce_in(op, a, &p, &st);
    CHECK(got == rc, "%s: got %d, expected %d", what, got, rc);
    CHECK(memcmp(a, w->args, sizeof(a)) == 0, "%s: args[] changed", what);
    CHECK(p.used == 0, "%s: pool.used not restored", what);
    CHECK(unchanged(w), "%s: the caller's memory changed", what);
}

static void run_round(const struct tcase *tc, const struct xenabi_bounce_op *op, unsigned round,
                      unsigned choice, enum mode mode)
{
    static struct world w;
    static struct xenabi_bounce_state st;
    struct xenabi_bounce_pool p;
    uint64_t a[6];
    unsigned i, j, k;
    int rc;

    cur_round = round;
    build(&w, tc, op, choice, mode, 0);
    snapshot(&w);
    /* how much room it takes; one byte less must fail */
    p = fresh_pool(POOL_SIZE);
    memcpy(a, w.args, sizeof(a));
    rc = xenabi_bounce_in(op, a, &p, &st);
    CHECK(rc == 0, "bounce_in: %d", rc);
    CHECK(unchanged(&w), "bounce_in wrote to the caller's memory");
    if (rc == 0 && p.used > 0) {
        n_short++;
        expect_error(&w, op, p.used - 1, -XENABI_E2BIG, "pool one byte short");
    }
    /* a NULL argument with a count: -EFAULT */
    for (i = 0; i < op->nr_args; i++)
        if (arg_count(&op->args[i], w.args) != 0) {
            uint64_t keep = w.args[op->args[i].arg - 1];

            w.args[op->args[i].arg - 1] = 0;
            n_efault_arg++;
            expect_error(&w, op, POOL_SIZE, -XENABI_EFAULT, "NULL argument");
            w.args[op->args[i].arg - 1] = keep;
            break;
        }
    /* a NULL handle with a count: -EFAULT */
    for (i = 0; i < op->nr_args; i++) {
        const struct xenabi_bounce_arg *d = &op->args[i];
        unsigned char *base = (unsigned char *)(uintptr_t)w.args[d->arg - 1];
        int done = 0;

        if (base == NULL || !(d->dir & XENABI_BOUNCE_IN))
            continue;
        for (k = 0; k < arg_count(d, w.args) && !done; k++)
            for (j = 0; j < d->nr_handles && !done; j++) {
                const struct xenabi_bounce_handle *h = &d->handles[j];
                unsigned char *elem = base + (size_t)k * d->elem_size, keep[8];

                if ((h->live && !h->live(elem, w.args)) || !h->count || h->count(elem, w.args) == 0)
                    continue;
                memcpy(keep, elem + h->offset, h->size);
                set_ptr(elem + h->offset, h->size, NULL);
                snapshot(&w);
                n_efault_handle++;
                expect_error(&w, op, POOL_SIZE, -XENABI_EFAULT, "NULL handle");
                memcpy(elem + h->offset, keep, h->size);
                snapshot(&w);
                done = 1;
            }
        if (done)
            break;
    }
    /* the call itself */
    p = fresh_pool(POOL_SIZE);
    memcpy(a, w.args, sizeof(a));
    rc = xenabi_bounce_in(op, a, &p, &st);
    CHECK(rc == 0, "bounce_in: %d", rc);
    if (rc == 0) {
        n_calls++;
        hypervisor(&w, op, w.args, a, &p);
        rc = xenabi_bounce_out(&st);
        CHECK(rc == 0, "bounce_out: %d", rc);
        for (i = 0; i < w.nreg; i++) {
            const struct region *r = &w.reg[i];
            size_t n = r->len + 2 * GUARD, at = 0;

            while (at < n && r->alloc[at] == r->expect[at])
                at++;
            CHECK(at == n, "caller buffer %u (%zu bytes): byte %ld is wrong (%s)", i, r->len,
                  (long)at - GUARD, at < GUARD || at >= GUARD + r->len ? "a guard byte" : "inside");
        }
    }
    free_world(&w);
}

static void run_case(const struct tcase *tc, unsigned rounds)
{
    static struct world w;
    const struct xenabi_bounce_op *op = xenabi_bounce_lookup(tc->op, tc->subop);
    unsigned r, n, i, j;

    cur = tc->name;
    cur_round = 0;
    CHECK(op != NULL && strcmp(op->name, tc->name) == 0, "lookup gives %s", op ? op->name : "NULL");
    if (op == NULL)
        return;
    /* descriptor offsets against the layout computed by the generator */
    for (i = 0; i < tc->noffsets; i++) {
        const struct expect_offset *e = &tc->offsets[i];
        int found = 0;

        for (j = 0; j < op->nr_args; j++) {
            const struct xenabi_bounce_arg *d = &op->args[j];
            unsigned k;

            for (k = 0; d->arg == e->arg && k < d->nr_handles; k++)
                if (strcmp(d->handles[k].name, e->path) == 0) {
                    found = 1;
                    CHECK(d->handles[k].offset == e->offset, "%s: offset %u, layout says %u", e->path,
                          (unsigned)d->handles[k].offset, (unsigned)e->offset);
                }
        }
        CHECK(found, "no descriptor %s", e->path);
    }
    n = rounds > tc->nchoices ? rounds : tc->nchoices;
    for (r = 0; r < n; r++)
        run_round(tc, op, r, r % tc->nchoices, r == 0 ? M_ZERO : M_NORMAL);
    /* counts of all-ones bits, and counts that wrap around when multiplied
     * by an element size (array arguments as long): refused before anything
     * is read, which the short buffers and ASan confirm */
    for (r = 0; r < 2 * tc->nchoices; r++) {
        cur_round = n + r;
        build(&w, tc, op, r / 2, r % 2 ? M_WRAP : M_BIG, 0);
        snapshot(&w);
        n_huge += w.big != 0;
        if (w.big)
            expect_error(&w, op, POOL_SIZE, -XENABI_E2BIG, "huge count");
        free_world(&w);
    }
    /* more copies than the state records */
    cur_round = 3 * n;
    build(&w, tc, op, 0, M_FULL, 0);
    snapshot(&w);
    for (i = 0; i < op->nr_args; i++)
        if (op->args[i].count_arg && op->args[i].nr_handles) {
            n_full++;
            expect_error(&w, op, POOL_SIZE, -XENABI_E2BIG, "state full");
            break;
        }
    free_world(&w);
    /* a set handle whose extent the description does not give */
    for (r = 0; r < tc->nchoices; r++) {
        cur_round = 3 * n + 1 + r;
        build(&w, tc, op, r, M_NORMAL, 1);
        snapshot(&w);
        n_einval += w.uncounted != 0;
        if (w.uncounted)
            expect_error(&w, op, POOL_SIZE, -XENABI_EINVAL, "handle without a count");
        free_world(&w);
    }
}
"""


def setters(t, a, idx):
    """C setters for one argument: the members its counts read (each a
    value from the caller's generator) and its union selectors (stepped
    through the arm values the liveness functions test, then one more)."""
    # each count member with the liveness of the handles it counts (None:
    # always live): a count is set only while its handle's union arm is the
    # live one, so counts of other arms never overwrite it (they share bytes)
    texts = [(h.count, h.live) for h in a.handles if h.count] + ([(a.tail[2], None)] if a.tail else [])
    counted = {}
    for text, live in texts:
        for m in re.findall(r"r->([A-Za-z_][\w.\[\]]*)", text):
            lives = counted.setdefault(m, [])
            if live not in lives:
                lives.append(live)
    selectors = {}
    for h in a.handles:
        if not h.live:
            continue
        for m in re.findall(r"\(int64_t\)r->([A-Za-z_][\w.\[\]]*)", h.live):
            vals = selectors.setdefault(m, [])
            for v in re.findall(r"== \(int64_t\)\(([^()]*)\)", h.live):
                if v not in vals:
                    vals.append(v)
    out, cnt, sel, nchoices = [], "NULL", "NULL", 1
    if counted:
        cnt = f"setcnt_{idx}_{a.argn}"
        out += [f"static void {cnt}(void *rec, uint64_t (*value)(void), const uint64_t *args)", "{",
                f"    {a.ctype} *r = rec;", "", "    (void)args;"]
        for m, lives in counted.items():
            if None in lives:
                out.append(f"    r->{m} = (__typeof__(r->{m}))value();")
            else:
                out.append(f"    if ({' || '.join(f'({x})' for x in lives)})")
                out.append(f"        r->{m} = (__typeof__(r->{m}))value();")
        out += ["}"]
    if selectors:
        sel = f"setsel_{idx}_{a.argn}"
        out += [f"static void {sel}(void *rec, unsigned choice)", "{", f"    {a.ctype} *r = rec;", ""]
        for m, vals in selectors.items():
            vals = vals + ["0x5a5a5a5a"]            # a value no arm names
            nchoices = max(nchoices, len(vals))
            out += [f"    switch (choice % {len(vals)}) {{"]
            out += [f"    case {i}: r->{m} = (__typeof__(r->{m}))({v}); break;" for i, v in enumerate(vals[:-1])]
            out += [f"    default: r->{m} = (__typeof__(r->{m}))({vals[-1]}); break;", "    }"]
        out += ["}"]
    return out, cnt, sel, nchoices


def program(tables, offsets, rounds):
    out = [ENGINE]
    cases = []
    for idx, t in enumerate(tables):
        cnt, sel, nchoices = ["NULL"] * 7, ["NULL"] * 7, 1
        for a in t.args:
            lines, cnt[a.argn], sel[a.argn], n = setters(t, a, idx)
            nchoices = max(nchoices, n)
            out += lines
        offs = [(argn, path, off) for (name, argn, path), off in offsets.items() if name == t.name]
        if offs:
            out += [f"static const struct expect_offset offsets_{idx}[] = {{"]
            out += [f"    {{ {argn}, \"{path}\", {off} }}," for argn, path, off in offs] + ["};"]
        subop = f"(uint64_t)({t.subop})" if t.subop else "0"
        cases.append(f"    {{ \"{t.name}\", (uint64_t)(__HYPERVISOR_{t.hypercall}), {subop}, {t.subop_arg},\n"
                     f"      {{ {', '.join(cnt)} }},\n      {{ {', '.join(sel)} }}, {nchoices}, "
                     f"{'offsets_' + str(idx) if offs else 'NULL'}, {len(offs)} }},")
    hypercalls = sorted({t.hypercall for t in tables if t.subop})
    out += ["static const struct tcase cases[] = {"] + cases + ["};", ""]
    out += ["int main(int argc, char **argv)", "{", "    unsigned i;", "",
            "    rng = strtoull(argv[1], NULL, 0) | 1;",
            "    (void)argc;",
            "    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)",
            f"        run_case(&cases[i], {rounds});",
            "    cur = \"lookup\";",
            "    CHECK(xenabi_bounce_lookup(0x7fffffff, 0) == NULL, \"unknown hypercall\");"]
    out += [f"    CHECK(xenabi_bounce_lookup(__HYPERVISOR_{h}, 0x7ffffff0) == NULL, \"unknown sub-op of {h}\");"
            for h in hypercalls]
    out += ["    printf(\"%lu calls bounced: %lu argument buffers, %lu handle buffers, %lu trailing arrays, \"",
            "           \"%lu unset and %lu set-but-empty handles; %lu bytes written back\\n\",",
            "           n_calls, n_arg_bufs, n_handle_bufs, n_tails, n_null_handles, n_empty_set, n_out_bytes);",
            "    printf(\"errors: %lu pool-one-byte-short, %lu huge-count, %lu state-full (-E2BIG), \"",
            "           \"%lu NULL-argument, %lu NULL-handle (-EFAULT), %lu uncounted-handle (-EINVAL)\\n\",",
            "           n_short, n_huge, n_full, n_efault_arg, n_efault_handle, n_einval);",
            "    printf(\"%lu checks, %lu failures\\n\", checks, failures);",
            "    return failures != 0;", "}", ""]
    return "\n".join(out)


# ---- the header on every profile ----------------------------------------------------

SHIM_STRING_H = """#include <stddef.h>
void *memcpy(void *, const void *, size_t);
void *memset(void *, int, size_t);
"""


def profile_builds(generated, tmp):
    """Compile the header alone (with a use of the runtime) for every profile a
    profile has a compiler for.  Returns (built, failures)."""
    src = os.path.join(tmp, "profiles.c")
    with open(src, "w") as fh:
        fh.write('#include "xen/bounce/tables.h"\n'
                 "int use(uint64_t *a, struct xenabi_bounce_pool *p, struct xenabi_bounce_state *s)\n"
                 "{\n    int rc = xenabi_bounce_in(xenabi_bounce_lookup(a[0], a[1]), a, p, s);\n\n"
                 "    return rc ? rc : xenabi_bounce_out(s);\n}\n")
    shim = os.path.join(tmp, "shim")
    os.makedirs(shim, exist_ok=True)
    with open(os.path.join(shim, "string.h"), "w") as fh:
        fh.write(SHIM_STRING_H)
    inc = ["-I", os.path.join(generated, "include"), "-I", os.path.join(generated, "compat", "include"),
           "-I", os.path.join(ROOT, "compat", "runtime")]
    built, failures = 0, []
    for name, prof in PROFILES.items():
        for cc, flags in (("gcc", prof.gcc), ("clang", prof.clang)):
            if not flags:
                continue            # the profile has no such compiler here (gcc: x86 only)
            if not shutil.which(cc):
                failures.append(f"{name}/{cc}: {cc} is not installed (the README installs it)")
                continue
            extra = ["-I", shim] if "-nostdlibinc" in flags else []
            cmd = [cc] + list(flags) + extra + ["-std=c11", "-pedantic", "-Wall", "-Wextra", "-Werror",
                                                "-D__XEN_TOOLS__"] + inc + ["-fsyntax-only", src]
            r = subprocess.run(cmd, capture_output=True, text=True)
            # a target the compiler cannot build for is a failure like any
            # other: the README installs every compiler and multilib used here
            built += 1
            if r.returncode != 0:
                failures.append(f"{name}/{cc}: {r.stderr.strip()[:2000]}")
    return built, failures


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--generated", required=True, help="generator output (include/ and compat/include/)")
    ap.add_argument("--seed", type=int, help="repeat a run (default: random, printed)")
    ap.add_argument("--rounds", type=int, default=6, help="calls per table (default 6)")
    a = ap.parse_args()
    if not shutil.which("gcc"):
        print("FAIL: gcc is not installed")
        return 1
    seed = a.seed if a.seed is not None else random.SystemRandom().randrange(1, 1 << 63)
    print(f"seed {seed}  (repeat with --seed {seed})")

    desc = frontend.load(ROOT)
    tables = [t for t, profiles in plan_all(desc) if NATIVE in profiles]
    with_buffers = [t for t in tables if t.args]
    checks, failures, offsets = coverage(desc.modules[NATIVE], with_buffers)

    with tempfile.TemporaryDirectory(prefix="xenabi-bounce-") as tmp:
        built, fails = profile_builds(a.generated, tmp)
        checks += built
        failures += fails
        src, exe = os.path.join(tmp, "bounce.c"), os.path.join(tmp, "bounce")
        with open(src, "w") as fh:
            fh.write(program(with_buffers, offsets, a.rounds))
        cmd = ["gcc", "-m64", "-std=gnu11", "-O1", "-g", "-Wall", "-Wextra", "-Werror", "-D__XEN_TOOLS__",
               "-fsanitize=address,undefined", "-fno-sanitize-recover=all", "-fno-omit-frame-pointer",
               "-I", os.path.join(a.generated, "include"), "-I", os.path.join(a.generated, "compat", "include"),
               "-I", os.path.join(ROOT, "compat", "runtime"), "-o", exe, src]
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode != 0:
            print(r.stderr[:8000])
            print("FAIL: the test program does not compile")
            return 1
        r = subprocess.run([exe, str(seed)], capture_output=True, text=True,
                           env=dict(os.environ, ASAN_OPTIONS="detect_leaks=1:abort_on_error=0"))
        sys.stdout.write(r.stdout)
        sys.stderr.write(r.stderr[:8000])
        m = re.search(r"(\d+) checks, (\d+) failures", r.stdout)
        c_checks = int(m.group(1)) if m else 0
        if r.returncode != 0:
            failures.append(f"the program exited with {r.returncode}")
    for f in failures:
        print(f"FAIL: {f}")
    print(f"{len(with_buffers)} (hypercall, sub-op) tables with buffers of {len(tables)} on {NATIVE}; "
          f"{sum(len(x.handles) for t in with_buffers for x in t.args)} handle descriptors, "
          f"{sum(len(t.args) for t in with_buffers)} argument descriptors; "
          f"header built on {built} profile/compiler pairs"
          + f"; {checks + c_checks} checks, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
