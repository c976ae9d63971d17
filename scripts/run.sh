#!/usr/bin/env bash
# Installs what is missing, builds SAM 2 Studio and launches it with the bundled sample image.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
build_dir=${BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build "$build_dir" -j "$(nproc)" --target sam2studio
if [[ $# -eq 0 ]]; then set -- resources/samples/truck.jpg; fi
exec "$build_dir/app/sam2studio" "$@"
