/* SPDX-License-Identifier: MIT */
/* expect: 7: has no members: empty records are a GNU extension whose size differs between C and C++; mark an upstream one with '#pragma xenabi empty' (made by macro WIDGET_DECLARE at abi/macro_made_record_empty.h:5-6) */
/* the macro's body lost its members: the error shows where it is expanded,
 * and names the macro */
#define WIDGET_DECLARE(_x)                                          \
    struct widget_##_x { }
WIDGET_DECLARE(small);
