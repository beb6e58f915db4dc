/* SPDX-License-Identifier: MIT */
/* expect: 3: missing.h: No such file or directory */
#include "missing.h"
struct a {
    uint32_t x;
};
