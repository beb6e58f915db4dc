/* SPDX-License-Identifier: MIT */
/* expect: 7: declaration not finished (no ';') where the next one starts */
#define WIDGET_PAIR(_n) __extension__ struct widget_##_n { uint32_t a; uint32_t b; }
struct widget {
    uint32_t x;
    uint32_t y;
}
/* the next declaration comes from a macro */
WIDGET_PAIR(small);
