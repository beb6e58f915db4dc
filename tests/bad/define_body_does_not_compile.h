/* SPDX-License-Identifier: MIT */
/* expect: 4: the generated header does not compile */
/* the body is only read where the verbatim region below expands it */
#define WIDGET_MASK(n) ((1u << (n)) - )
#pragma xenabi verbatim begin
static inline unsigned int widget_mask3(void) { return WIDGET_MASK(3); }
#pragma xenabi verbatim end
struct widget {
    uint32_t x;
};
