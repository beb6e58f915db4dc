/* SPDX-License-Identifier: MIT */
typedef uint32_t widget_ref_t;
