#!/usr/bin/env bash
# Builds the libFuzzer harnesses (tests/fuzz) with clang, ASan and UBSan into build-fuzz/ and runs
# each for SECONDS (default 60) over its corpus, as `ctest -L fuzz` does. Needs clang (Debian:
# clang, with libFuzzer in libclang-rt / the clang package) and the Qt and nlohmann-json
# development packages of scripts/install-deps.sh.
#   scripts/fuzz.sh            60 s each
#   scripts/fuzz.sh 600 pickle one harness, 10 minutes
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
only=${2:-}
if ! command -v clang++ >/dev/null; then
  echo "fuzz.sh: clang++ is missing (apt-get install clang)" >&2
  exit 1
fi
cmake -S tests/fuzz -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DFUZZ_SECONDS="$seconds" \
  -DCMAKE_CXX_COMPILER_LAUNCHER="$(command -v ccache || true)" >/dev/null
cmake --build build-fuzz
cd build-fuzz
if [ -n "$only" ]; then
  ctest --output-on-failure -L fuzz -R "fuzz_${only}\$"
else
  ctest --output-on-failure -j "$(nproc)" -L fuzz
fi
