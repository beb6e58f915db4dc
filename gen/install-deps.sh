#!/bin/sh
# Install the Debian 12 packages xenabi needs, if any are missing.
#   gen/install-deps.sh generate   what `xenabi generate` needs
#   gen/install-deps.sh test       everything the test suite needs
# Needs root (or sudo) only when something is missing.
set -eu
case "${1:-test}" in
generate) pkgs="python3 python3-pycparser cpp gcc" ;;
test) pkgs="python3 python3-pycparser python3-pyelftools cpp cmake ninja-build gcc g++ gcc-multilib g++-multilib clang lld llvm libclang-rt-14-dev linux-libc-dev valgrind pkgconf python3-jsonschema rustc rust-src chromium" ;;
*) echo "usage: $0 generate|test" >&2; exit 2 ;;
esac
missing=""
for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "xenabi: installing missing Debian packages:$missing" >&2
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
    echo "xenabi: run as root: apt-get install$missing" >&2; exit 1
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
