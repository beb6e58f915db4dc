/* SPDX-License-Identifier: MIT */
/* expect: 4: __XEN_LATEST_INTERFACE_VERSION__ is 0x00040200, older than the interface version 0x00040300 */
/* the tools would build against the legacy branch below */
#define __XEN_LATEST_INTERFACE_VERSION__ 0x00040200
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#if __XEN_INTERFACE_VERSION__ < 0x00040300
struct widget {
    uint32_t x;
};
#endif
