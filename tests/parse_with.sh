#!/bin/sh
# parse_with.sh INTERPRETER|VERSION-PREFIX ROOT
# Parse the whole description with one interpreter's pycparser (the dialect
# must parse with Debian's pycparser 2.21 and with 3.x).  Given a version
# prefix such as "3.", use the first python3 found whose pycparser has it.
# Fails when no such interpreter is installed (this machine image has pyenv's
# python3 with pycparser 3.00; Debian has 2.21).
set -eu
want=$1 root=$2
py=""
case "$want" in
/*) [ -x "$want" ] && "$want" -c "import pycparser" 2>/dev/null && py=$want ;;
*)
    for cand in $(which -a python3 python3.11 python3.12 2>/dev/null) /usr/bin/python3; do
        v=$("$cand" -c "import pycparser; print(pycparser.__version__)" 2>/dev/null) || continue
        case "$v" in "$want"*) py=$cand; break ;; esac
    done ;;
esac
if [ -z "$py" ]; then echo "FAIL: no python3 with pycparser $want"; exit 1; fi
v=$("$py" -c "import pycparser; print(pycparser.__version__)")
for p in x86_32 x86_64 arm32 arm64 riscv64 ppc64; do
    PYTHONPATH="$root/gen" "$py" -m xenabi --root "$root" manifest --profile "$p" > /dev/null
done
echo "$py (pycparser $v) parses the description on every profile: 1 passed, 0 failed"
