#!/usr/bin/env bash
# The whole test suite once under AddressSanitizer (with LeakSanitizer) and UndefinedBehavior-
# Sanitizer: a gcc build of everything in build-sanitize/ (-O1, so the model tests stay within
# their time limits; LibTorch, Qt and FFmpeg themselves are not instrumented). Leak reports from
# those libraries' own start-up allocations are suppressed by name in tests/sanitize/lsan.supp;
# nothing of ours is. Extra arguments go to ctest (e.g. -R test_rle).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${SANITIZE_BUILD_DIR:-build-sanitize}
flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -O1 -g1"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$flags" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
  -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build "$build_dir" -j "$(nproc)"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_odr_violation=0:${ASAN_OPTIONS:-}"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitize/lsan.supp:print_suppressions=0:${LSAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
cd "$build_dir"
ctest --output-on-failure -j "$(nproc)" --timeout 1800 "$@"
