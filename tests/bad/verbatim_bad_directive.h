/* SPDX-License-Identifier: MIT */
/* expect: 4: '#pragm' is not a preprocessing directive */
#pragma xenabi verbatim begin
#pragm GCC diagnostic push
#pragma xenabi verbatim end
struct a {
    uint8_t x;
};
