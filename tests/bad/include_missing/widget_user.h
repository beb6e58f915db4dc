/* SPDX-License-Identifier: MIT */
/* expect: 5: 'widget_ref_t' is declared in abi/widget_types.h, which abi/widget_user.h does not include */
/* (its #include of widget_types.h is missing) */
struct widget {
    widget_ref_t ref;
};
