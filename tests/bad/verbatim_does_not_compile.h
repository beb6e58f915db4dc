/* SPDX-License-Identifier: MIT */
/* expect: 5: the generated header does not compile */
#pragma xenabi verbatim begin
/* a member's ';' is missing: only a compiler reads verbatim text */
typedef struct widget_pair { uint32_t a uint32_t b; } widget_pair_t;
#pragma xenabi verbatim end
struct widget {
    uint32_t x;
};
