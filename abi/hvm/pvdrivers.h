/* SPDX-License-Identifier: MIT */
/*
 * Product numbers of PV driver packages, which a guest's drivers report to
 * the emulated Xen platform device so that the device model can tell which
 * drivers it talks to.  New numbers are allocated on xen-devel; a driver
 * distribution of its own should get its own number.  "experimental" is
 * for drivers not yet released.
 */
#ifndef XEN_PUBLIC_HVM_PVDRIVERS_H
#define XEN_PUBLIC_HVM_PVDRIVERS_H

/*
 * The registry as an X-macro: PVDRIVERS_PRODUCT_LIST(EACH) expands to
 * EACH(name, number) for every product, in allocation order.
 */
#pragma xenabi verbatim begin
#define PVDRIVERS_PRODUCT_LIST(EACH)           \
    EACH("xensource-windows",       0x0001)    \
    EACH("gplpv-windows",           0x0002)    \
    EACH("linux",                   0x0003)    \
    EACH("xenserver-windows-v7.0+", 0x0004)    \
    EACH("xenserver-windows-v7.2+", 0x0005)    \
    EACH("experimental",            0xffff)
#pragma xenabi verbatim end

#endif /* XEN_PUBLIC_HVM_PVDRIVERS_H */
