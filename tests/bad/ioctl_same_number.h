/* SPDX-License-Identifier: MIT */
/* expect: 7: IOCTL_WIDGET_POKE: the same ioctl number as IOCTL_WIDGET_PEEK on x86_32 */
struct widget_reg {
    uint32_t reg;
};
#define IOCTL_WIDGET_PEEK _IOC(_IOC_NONE, 'W', 1, sizeof(struct widget_reg))
#define IOCTL_WIDGET_POKE _IOC(_IOC_NONE, 'W', 1, sizeof(struct widget_reg))
