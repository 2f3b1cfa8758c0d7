#!/usr/bin/env bash
# Baton's one entry point for developers and CI.
#   baton-dev.sh run [ARGS...]  install dependencies, build (preset "release", in build/),
#                               open Baton on a generated demo pipeline (ARGS go to baton)
#   baton-dev.sh test           install dependencies, build with warnings as errors (preset "dev",
#                               in build-dev/), run the test suite except benchmarks
#   baton-dev.sh asan           the same under AddressSanitizer + UBSan (preset "asan", in build-asan/)
set -euo pipefail
script=$(readlink -f "${BASH_SOURCE[0]}")
cd "$(dirname "$script")/.."

usage() {
    sed -n '2,7p' "$script" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

build() {
    local preset=$1
    ./scripts/setup-deps.sh
    cmake --preset "$preset"
    cmake --build --preset "$preset" --parallel "$(nproc)"
}

# The last thing printed is CTest's own summary ("100% tests passed, 0 tests failed out of N",
# or the list of failed tests), and the exit code is CTest's.
run_tests() {
    local preset=$1
    build "$preset"
    exec ctest --preset "$preset" --no-label-summary
}

command=${1:-}
(($# > 0)) && shift
case "$command" in
    run)
        build release
        exec build/app/baton --demo "$@"
        ;;
    test) run_tests dev ;;
    asan) run_tests asan ;;
    *) usage ;;
esac
