/* SPDX-License-Identifier: MIT */
/* expect: 4: 'struct widget_page' is marked as a shared page but is 8192 bytes on x86_32, more than a page (4096) */
/* a record marked as a shared page must fit in one */
#pragma xenabi page
struct widget_page {
    uint8_t bytes[8192];
};
