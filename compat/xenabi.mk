# Xen's compat headers from xenabi, for xen/include/Makefile.
#
# Replaces upstream's pipeline (tools/compat-build-source.py,
# tools/compat-build-header.py, tools/compat-xlat-header.py and the list
# xen/include/xlat.lst): in xen/include/Makefile, delete the rules from
# `quiet_cmd_compat_h` to the `compat/xlat.h` rule and include this file in
# their place, with XENABI naming the xenabi command:
#
#     XENABI := /path/to/xenabi/xenabi
#     include /path/to/xenabi/compat/xenabi.mk
#
# One run writes every compat header and compat/xlat.h; files whose content
# did not change keep their time stamps, so nothing is rebuilt needlessly.

XENABI ?= xenabi

quiet_cmd_xenabi_compat = XENABI  $(obj)/compat
cmd_xenabi_compat = $(XENABI) xen-compat --out $(obj)

$(addprefix $(obj)/,$(headers-y) $(headers-n)) &: FORCE
	$(call cmd,xenabi_compat)
