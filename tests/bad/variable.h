/* SPDX-License-Identifier: MIT */
/* expect: 3: object 'counter': a description declares types, not variables */
uint32_t counter;
