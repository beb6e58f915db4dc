/* SPDX-License-Identifier: MIT */
/* expect: 4: the description refuses this configuration */
#ifdef __XEN_TOOLS__
#error "the description refuses this configuration"
#endif
