/* SPDX-License-Identifier: MIT */
/* expect: 3: 'select' before a declaration needs a union */
#pragma xenabi select kind
struct tagged {
    uint32_t kind;
};
