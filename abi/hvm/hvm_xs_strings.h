/* SPDX-License-Identifier: MIT */
/*
 * Xenstore paths (relative to the guest's platform keys) that hvmloader,
 * the firmware loader of HVM guests, reads to configure the firmware and
 * the tables it builds.
 */
#ifndef XEN_PUBLIC_HVM_HVM_XS_STRINGS_H
#define XEN_PUBLIC_HVM_HVM_XS_STRINGS_H

#define HVM_XS_HVMLOADER               "hvmloader"
#define HVM_XS_BIOS                    "hvmloader/bios"
#define HVM_XS_GENERATION_ID_ADDRESS   "hvmloader/generation-id-address"
#define HVM_XS_ALLOW_MEMORY_RELOCATE   "hvmloader/allow-memory-relocate"
/* Make the Xen platform PCI device's BAR uncacheable in the MTRRs. */
#define HVM_XS_XEN_PLATFORM_PCI_BAR_UC "hvmloader/pci/xen-platform-pci-bar-uc"

/*
 * Extra ACPI tables for the firmware's tables: guest physical address and
 * length of a block of complete tables, one after another (each table
 * header gives its own length).
 */
#define HVM_XS_ACPI_PT_ADDRESS         "hvmloader/acpi/address"
#define HVM_XS_ACPI_PT_LENGTH          "hvmloader/acpi/length"

/*
 * SMBIOS structures passed through to the guest: guest physical address
 * and length of a block in which each structure is preceded by its length
 * as a 32-bit integer.  A structure of a DMTF-defined type (0..121)
 * replaces hvmloader's own of that type; OEM types (128..255) are added.
 */
#define HVM_XS_SMBIOS_PT_ADDRESS       "hvmloader/smbios/address"
#define HVM_XS_SMBIOS_PT_LENGTH        "hvmloader/smbios/length"

/* "1": include a default portable-battery structure (SMBIOS type 22). */
#define HVM_XS_SMBIOS_DEFAULT_BATTERY  "hvmloader/smbios/default_battery"

/* Strings that replace hvmloader's defaults in the SMBIOS tables. */
#define HVM_XS_BIOS_STRINGS            "bios-strings"
#define HVM_XS_BIOS_VENDOR             "bios-strings/bios-vendor"
#define HVM_XS_BIOS_VERSION            "bios-strings/bios-version"
#define HVM_XS_SYSTEM_MANUFACTURER     "bios-strings/system-manufacturer"
#define HVM_XS_SYSTEM_PRODUCT_NAME     "bios-strings/system-product-name"
#define HVM_XS_SYSTEM_VERSION          "bios-strings/system-version"
#define HVM_XS_SYSTEM_SERIAL_NUMBER    "bios-strings/system-serial-number"
#define HVM_XS_BASEBOARD_MANUFACTURER  "bios-strings/baseboard-manufacturer"
#define HVM_XS_BASEBOARD_PRODUCT_NAME  "bios-strings/baseboard-product-name"
#define HVM_XS_BASEBOARD_VERSION       "bios-strings/baseboard-version"
#define HVM_XS_BASEBOARD_SERIAL_NUMBER "bios-strings/baseboard-serial-number"
#define HVM_XS_BASEBOARD_ASSET_TAG     "bios-strings/baseboard-asset-tag"
#define HVM_XS_BASEBOARD_LOCATION_IN_CHASSIS "bios-strings/baseboard-location-in-chassis"
#define HVM_XS_ENCLOSURE_MANUFACTURER  "bios-strings/enclosure-manufacturer"
#define HVM_XS_ENCLOSURE_SERIAL_NUMBER "bios-strings/enclosure-serial-number"
#define HVM_XS_ENCLOSURE_ASSET_TAG     "bios-strings/enclosure-asset-tag"
#define HVM_XS_BATTERY_MANUFACTURER    "bios-strings/battery-manufacturer"
#define HVM_XS_BATTERY_DEVICE_NAME     "bios-strings/battery-device-name"

/*
 * OEM strings (SMBIOS type 11): a printf format taking the string's
 * number, 1..99.
 */
#define HVM_XS_OEM_STRINGS             "bios-strings/oem-%d"

#endif /* XEN_PUBLIC_HVM_HVM_XS_STRINGS_H */
