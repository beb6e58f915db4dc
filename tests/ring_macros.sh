#!/bin/sh
# ring_macros.sh GENERATED: build tests/ring_macros.c (io/ring.h's macro
# interface driven by a frontend and a backend, indexes wrapping 2^32) against
# the generated headers with gcc -m64 and -m32, with and without
# XEN_RING_HAS_UNCONSUMED_IS_BOOL, under ASan/UBSan for -m64, and run each.
# Every variant must pass and print the same trace digest.
set -u
gen=$1
here=$(dirname "$0")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0 digests=""
for m in 64 32; do
    for b in "" -DRING_BOOL; do
        san=""; [ "$m" = 64 ] && san="-fsanitize=address,undefined -fno-sanitize-recover=all"
        name="-m$m${b:+ $b}"
        if ! gcc -m$m $san -std=gnu99 -Wall -Wextra -Werror -D__XEN_TOOLS__ $b -I "$gen/include" \
                "$here/ring_macros.c" -o "$tmp/t" 2>"$tmp/err"; then
            echo "FAIL $name: does not build"; head -5 "$tmp/err"; fail=$((fail + 1)); continue
        fi
        if "$tmp/t" > "$tmp/out" 2>&1 && grep -q "all checks passed" "$tmp/out"; then
            pass=$((pass + 1)); digests="$digests $(sed -n 's/^trace digest //p' "$tmp/out")"
            echo "ok   $name: $(tail -1 "$tmp/out")"
        else
            echo "FAIL $name:"; tail -5 "$tmp/out"; fail=$((fail + 1))
        fi
    done
done
n=$(echo $digests | tr ' ' '\n' | sort -u | wc -l)
if [ "$pass" -gt 0 ] && [ "$n" -ne 1 ]; then
    echo "FAIL: the variants traced differently:$digests"; fail=$((fail + 1))
fi
echo "ring macros: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
