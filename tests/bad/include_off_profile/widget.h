/* SPDX-License-Identifier: MIT */
/* expect: 4: includes abi/widget-x86.h, which is for x86_32, x86_64 only */
/* included on every profile, not only where it applies */
#include "widget-x86.h"
struct widget {
    struct widget_arch a;
};
