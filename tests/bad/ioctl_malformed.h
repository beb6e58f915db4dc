/* SPDX-License-Identifier: MIT */
/* expect: 3: 'IOCTL_WIDGET_RESET': an ioctl number is written _IOC(DIR, 'X', NR, sizeof(TYPE)) */
#define IOCTL_WIDGET_RESET _IOC(_IOC_NONE, 'W', reset, 0)
