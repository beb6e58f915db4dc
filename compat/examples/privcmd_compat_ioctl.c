/* SPDX-License-Identifier: MIT */
/*
 * How a Linux driver wires in the generated compat_ioctl: the privcmd driver
 * as the example.  The driver keeps its native ioctl; the generated code
 * handles every 32-bit number, translating arguments into a per-call scratch
 * buffer and handing the driver native structures in kernel memory.
 *
 * In a kernel tree this file would be part of drivers/xen/privcmd.c.  Built
 * with -DXENABI_EXAMPLE_STUBS it compiles in user space against stand-ins for
 * the few kernel functions it uses (the test suite does so, to keep the
 * example true to the generated API).
 */
#ifdef XENABI_EXAMPLE_STUBS
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#define __user
#define GFP_KERNEL 0
#define compat_ptr(v) ((void *)(uintptr_t)(v))
static unsigned long copy_from_user(void *to, const void __user *from, unsigned long n) { memcpy(to, from, n); return 0; }
static unsigned long copy_to_user(void __user *to, const void *from, unsigned long n) { memcpy(to, from, n); return 0; }
static void *kmalloc(size_t n, int flags) { (void)flags; return malloc(n); }
static void kfree(void *p) { free(p); }
struct file { void *private_data; };
#else
#include <linux/compat.h>
#include <linux/slab.h>
#include <linux/uaccess.h>
#endif

/* the compat layer is generated for the tools view of the public headers */
#define __XEN_TOOLS__ 1
/* user pointers of 32-bit callers become native ones through compat_ptr() */
#define XENABI_COMPAT_PTR(ctx, v) compat_ptr(v)
#include "xenabi_compat.h"
#include "xen/public/xen.h"
#include "xen/compat/linux/privcmd_ioctl.h"

#define PRIVCMD_COMPAT_SCRATCH 16384    /* bounds one call's translated arguments */

/* The driver's own code, unchanged in spirit: these stand for privcmd's
 * handlers.  `karg` is a native structure the generated code built in kernel
 * memory; `uarg` is the caller's own argument (same bytes on both ABIs). */
long privcmd_ioctl_kernel_arg(void *drv, unsigned int cmd, void *karg);
long privcmd_ioctl(void *drv, unsigned int cmd, uint64_t uarg);
long privcmd_call_hypervisor(void *drv, uint64_t op, const uint64_t args[5]);

static int from_user(void *opaque, void *dst, uint64_t uaddr, size_t len)
{
    (void)opaque;
    return copy_from_user(dst, compat_ptr(uaddr), len) ? -1 : 0;
}

static int to_user(void *opaque, uint64_t uaddr, const void *src, size_t len)
{
    (void)opaque;
    return copy_to_user(compat_ptr(uaddr), src, len) ? -1 : 0;
}

static const struct xenabi_ioctl_ops privcmd_compat_ops = {
    .native = privcmd_ioctl_kernel_arg,
    .passthrough = privcmd_ioctl,
    .hypercall = privcmd_call_hypervisor,
};

/* file_operations.compat_ioctl of /dev/xen/privcmd */
long privcmd_compat_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
    struct xenabi_xlat_ctx ctx;
    long rc;

    memset(&ctx, 0, sizeof(ctx));
    ctx.copy_from_guest = from_user;
    ctx.copy_to_guest = to_user;
    ctx.scratch_size = PRIVCMD_COMPAT_SCRATCH;
    ctx.scratch = kmalloc(ctx.scratch_size, GFP_KERNEL);
    if (ctx.scratch == NULL)
        return -12;                     /* -ENOMEM */
    rc = xenabi_privcmd_compat_ioctl(&privcmd_compat_ops, file->private_data, cmd, (uint32_t)arg, &ctx);
    kfree(ctx.scratch);
    return rc;
}
