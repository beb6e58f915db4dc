/*
 * Stand-in for the hypervisor's <xen/string.h> in xenabi's tests: Xen
 * implements these itself.
 */
#ifndef XENABI_TEST_XEN_STRING_H
#define XENABI_TEST_XEN_STRING_H

#include <xen/types.h>

void *memcpy(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);

#endif
