/* SPDX-License-Identifier: MIT */
/*
 * Error numbers Xen returns from hypercalls (negated: -XEN_EINVAL and so
 * on).  The values are x86 Linux's; new ones should stay within what POSIX
 * defines (plus the few optional XSR values already here).
 *
 * The list is an X-macro, XEN_ERRNO(name, value), and the file can be used
 * two ways:
 *
 *  - included plainly: it is guarded as usual and gives enum xen_errno with
 *    an XEN_<name> enumerator per entry (in assembly, for interface
 *    versions before 0x00040700, an .equ XEN_<name> per entry instead);
 *
 *  - included with the user's own XEN_ERRNO(name, value) defined: no guard
 *    applies, so it can be included any number of times, each entry
 *    expands through the user's macro, and XEN_ERRNO is #undef'd at the
 *    end.  The user is responsible for the surrounding context (e.g. an
 *    enum of their own).
 *
 * Hence the guard below sits inside the first branch only.
 */

/* SAF-8-safe inclusion procedure left to caller */
#ifndef XEN_ERRNO

/* Plain include: guard, default XEN_ERRNO, and the opening of the enum. */
#ifndef XEN_PUBLIC_ERRNO_H
#define XEN_PUBLIC_ERRNO_H

#define XEN_ERRNO_DEFAULT_INCLUDE

#ifndef __ASSEMBLER__

#define XEN_ERRNO(name, value) XEN_##name = (value),
/* __extension__: the list leaves a comma before the closing brace, which
 * strict C89 and C++98 would warn about. */
#if defined(__GNUC__)
__extension__
#endif
enum xen_errno {

#elif __XEN_INTERFACE_VERSION__ < 0x00040700

#define XEN_ERRNO(name, value) .equ XEN_##name, value

#endif /* __ASSEMBLER__ */

#endif /* XEN_PUBLIC_ERRNO_H */
#endif /* !XEN_ERRNO */

/* ` enum neg_errnoval {  [ -Efoo for each Efoo in the list below ]  } */
/* ` enum errnoval { */

#ifdef XEN_ERRNO

XEN_ERRNO(EPERM,         1)     /* not permitted */
XEN_ERRNO(ENOENT,        2)     /* no such entry */
XEN_ERRNO(ESRCH,         3)     /* no such domain, vCPU or process */
#ifdef __XEN__ /* Xen-internal; never returned to a guest */
XEN_ERRNO(EINTR,         4)     /* interrupted */
#endif
XEN_ERRNO(EIO,           5)     /* input/output failure */
XEN_ERRNO(ENXIO,         6)     /* no such device or address */
XEN_ERRNO(E2BIG,         7)     /* argument list or buffer too big */
XEN_ERRNO(ENOEXEC,       8)     /* bad executable image */
XEN_ERRNO(EBADF,         9)     /* bad file descriptor or handle */
XEN_ERRNO(ECHILD,       10)     /* no child */
XEN_ERRNO(EAGAIN,       11)     /* temporarily unavailable, retry */
XEN_ERRNO(EWOULDBLOCK,  11)     /* same value as EAGAIN */
XEN_ERRNO(ENOMEM,       12)     /* out of memory */
XEN_ERRNO(EACCES,       13)     /* access denied */
XEN_ERRNO(EFAULT,       14)     /* bad guest address */
XEN_ERRNO(EBUSY,        16)     /* resource busy */
XEN_ERRNO(EEXIST,       17)     /* already exists */
XEN_ERRNO(EXDEV,        18)     /* crosses devices */
XEN_ERRNO(ENODEV,       19)     /* no such device */
XEN_ERRNO(ENOTDIR,      20)     /* not a directory */
XEN_ERRNO(EISDIR,       21)     /* is a directory */
XEN_ERRNO(EINVAL,       22)     /* invalid argument */
XEN_ERRNO(ENFILE,       23)     /* system-wide table full */
XEN_ERRNO(EMFILE,       24)     /* per-caller table full */
XEN_ERRNO(ENOSPC,       28)     /* no space left */
XEN_ERRNO(EROFS,        30)     /* read-only */
XEN_ERRNO(EMLINK,       31)     /* too many links */
XEN_ERRNO(EDOM,         33)     /* argument outside the domain of a function */
XEN_ERRNO(ERANGE,       34)     /* result out of range */
XEN_ERRNO(EDEADLK,      35)     /* would deadlock */
XEN_ERRNO(EDEADLOCK,    35)     /* same value as EDEADLK */
XEN_ERRNO(ENAMETOOLONG, 36)     /* name too long */
XEN_ERRNO(ENOLCK,       37)     /* no lock available */
XEN_ERRNO(ENOSYS,       38)     /* not implemented */
XEN_ERRNO(ENOTEMPTY,    39)     /* not empty */
XEN_ERRNO(ENODATA,      61)     /* no data */
XEN_ERRNO(ETIME,        62)     /* timer expired, deadline passed */
XEN_ERRNO(EBADMSG,      74)     /* malformed message */
XEN_ERRNO(EOVERFLOW,    75)     /* value does not fit its type */
XEN_ERRNO(EILSEQ,       84)     /* invalid byte sequence */
#ifdef __XEN__ /* Xen-internal; never returned to a guest */
XEN_ERRNO(ERESTART,     85)     /* restart the interrupted operation */
#endif
XEN_ERRNO(ENOTSOCK,     88)     /* not a socket */
XEN_ERRNO(EMSGSIZE,     90)     /* message too long */
XEN_ERRNO(EOPNOTSUPP,   95)     /* operation not supported */
XEN_ERRNO(EADDRINUSE,   98)     /* address in use */
XEN_ERRNO(EADDRNOTAVAIL, 99)    /* address not available */
XEN_ERRNO(ENOBUFS,     105)     /* no buffer space */
XEN_ERRNO(EISCONN,     106)     /* already connected */
XEN_ERRNO(ENOTCONN,    107)     /* not connected */
XEN_ERRNO(ETIMEDOUT,   110)     /* timed out */
XEN_ERRNO(ECONNREFUSED, 111)    /* connection refused */

#undef XEN_ERRNO
#endif /* XEN_ERRNO */
/* ` } */

/* After a plain include: forget the marker and close the enum (C only). */
#ifdef XEN_ERRNO_DEFAULT_INCLUDE
#undef XEN_ERRNO_DEFAULT_INCLUDE
#ifndef __ASSEMBLER__
};
#endif

#endif /* XEN_ERRNO_DEFAULT_INCLUDE */
