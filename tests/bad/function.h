/* SPDX-License-Identifier: MIT */
/* expect: 3: function 'hypercall': a description declares types, not functions */
int hypercall(int op);
