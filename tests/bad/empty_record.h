/* SPDX-License-Identifier: MIT */
/* expect: 3: 'struct a' has no members */
struct a {
};
