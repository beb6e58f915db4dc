#!/bin/sh
# Build and run every test: installs missing Debian packages, configures
# CMake in build/, generates into the build tree, runs CTest.
set -eu
cd "$(dirname "$0")/.."
gen/install-deps.sh test
cmake -S . -B build -G Ninja
cmake --build build
ctest --test-dir build --output-on-failure -j "$(nproc)"
