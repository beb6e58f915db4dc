/* SPDX-License-Identifier: MIT */
/*
 * HVM save records of Arm guests: none are defined; the image holds only
 * the end marker of hvm/save.h.  Reached through hvm/save.h.
 */
#pragma xenabi profiles arm32 arm64
#ifndef XEN_PUBLIC_ARCH_ARM_HVM_SAVE_H
#define XEN_PUBLIC_ARCH_ARM_HVM_SAVE_H

#endif /* XEN_PUBLIC_ARCH_ARM_HVM_SAVE_H */
