/* SPDX-License-Identifier: MIT */
/* expect: 4: floating-point type 'double' */
struct a {
    double ratio;
};
