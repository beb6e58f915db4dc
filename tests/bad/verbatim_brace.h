/* SPDX-License-Identifier: MIT */
/* expect: 4: unmatched '}' in a verbatim region */
#pragma xenabi verbatim begin
};
#pragma xenabi verbatim end
struct a {
    uint8_t x;
};
