/* SPDX-License-Identifier: MIT */
/* expect: 6: IOCTL_WIDGET_POKE: sizeof(struct widget_poke) names no described type */
struct widget_peek {
    uint32_t reg;
};
#define IOCTL_WIDGET_POKE _IOC(_IOC_NONE, 'W', 1, sizeof(struct widget_poke))
