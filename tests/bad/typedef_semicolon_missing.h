/* SPDX-License-Identifier: MIT */
/* expect: 6: declaration not finished (no ';') where the next one starts */
struct widget {
    uint32_t x;
};
typedef struct widget widget_t

/* C reads what follows as old-style parameter declarations of a function */
struct gadget {
    uint32_t y;
};
struct holder {
    widget_t w;
};
