/* SPDX-License-Identifier: MIT */
/*
 * The ioctl number encoding the Linux driver headers next to this one use.
 * A program that includes <linux/ioctl.h> (or <sys/ioctl.h>) first gets the
 * kernel's own _IOC; otherwise these definitions give the same numbers for
 * the generic Linux encoding, which x86 uses: bits 0-7 the command number,
 * 8-15 the driver letter, 16-29 the size of the argument, 30-31 the
 * direction.
 */
#ifndef XEN_PUBLIC_LINUX_IOC_H
#define XEN_PUBLIC_LINUX_IOC_H

#pragma xenabi profiles x86_32 x86_64

#pragma xenabi verbatim begin
#ifndef _IOC
#define _IOC_NRSHIFT    0
#define _IOC_TYPESHIFT  8
#define _IOC_SIZESHIFT  16
#define _IOC_DIRSHIFT   30
#define _IOC_NONE       0U
#define _IOC_WRITE      1U
#define _IOC_READ       2U
#define _IOC(dir, type, nr, size) \
    (((dir) << _IOC_DIRSHIFT) | ((type) << _IOC_TYPESHIFT) | \
     ((nr) << _IOC_NRSHIFT) | ((size) << _IOC_SIZESHIFT))
#endif
#pragma xenabi verbatim end

#endif /* XEN_PUBLIC_LINUX_IOC_H */
