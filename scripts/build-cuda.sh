#!/usr/bin/env bash
# The second build (issue 17): everything (app, CLI, tests) against PyTorch's LibTorch with CUDA,
# taken from the `torch` package on PyPI, so LibTorch 2.x with CUDA compiles and links in every CI
# run beside Debian's LibTorch 1.13 (the default build, scripts/build.sh). The package goes into a
# virtual environment in a cache folder outside the source tree (pip keeps its downloads in its
# own cache), reused by later runs. No GPU is needed to build; the CPU test suite runs on this
# build with --test.
#
#   scripts/build-cuda.sh [--test] [--model-only]
#
# Environment: S2S_TORCH_DIR (cache folder, default ~/.cache/sam2studio/torch-cuda),
# S2S_TORCH_SPEC (what pip installs, default the version this was last checked with),
# CUDA_BUILD_DIR (default build-cuda), TORCH_CUDA_ARCH_LIST (default "8.0;9.0": A100, H100/H200).
set -euo pipefail
cd "$(dirname "$0")/.."

run_tests=0
model_only=OFF
for arg in "$@"; do
  case "$arg" in
    --test) run_tests=1 ;;
    --model-only) model_only=ON ;;
    *) echo "build-cuda.sh: unknown argument $arg" >&2; exit 2 ;;
  esac
done

cache=${S2S_TORCH_DIR:-$HOME/.cache/sam2studio/torch-cuda}
spec=${S2S_TORCH_SPEC:-torch==2.15.0}
build_dir=${CUDA_BUILD_DIR:-build-cuda}
arch_list=${TORCH_CUDA_ARCH_LIST:-8.0;9.0}

if ! command -v nvcc >/dev/null && [ -x /usr/local/cuda/bin/nvcc ]; then
  export PATH=/usr/local/cuda/bin:$PATH
fi
command -v nvcc >/dev/null || { echo "build-cuda.sh: nvcc (the CUDA toolkit) is not installed" >&2; exit 1; }

python=${PYTHON:-python3}
if [ ! -x "$cache/venv/bin/python" ]; then
  echo "== creating $cache/venv"
  mkdir -p "$cache"
  "$python" -m venv "$cache/venv"
fi
# Installs or keeps $spec; a no-op (seconds) when it is there already.
"$cache/venv/bin/python" -m pip install --disable-pip-version-check -q "$spec"
torch_root=$("$cache/venv/bin/python" -c 'import os, torch; print(os.path.dirname(torch.__file__))')
torch_version=$("$cache/venv/bin/python" -c 'import torch; print(torch.__version__, "CUDA", torch.version.cuda)')
echo "== LibTorch $torch_version from $torch_root"

link_flags=$(scripts/torch-link-flags.sh "$cache/venv/bin/python")

# torch/share/cmake holds TorchConfig.cmake; torch itself first, so its libtorch.so is found
# before Debian's. TORCH_CUDA_ARCH_LIST also spares Torch's CMake from probing for a GPU.
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cmake -S . -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_PREFIX_PATH="$torch_root/share/cmake;$torch_root" \
  -DTORCH_CUDA_ARCH_LIST="$arch_list" -DSAM2_MODEL_ONLY="$model_only" \
  -DCMAKE_EXE_LINKER_FLAGS="$link_flags" -DCMAKE_SHARED_LINKER_FLAGS="$link_flags" >/dev/null
cmake --build "$build_dir" -j "$(nproc)"
# The binaries must run against this LibTorch, not Debian's.
linked=$(ldd "$build_dir"/tests/model/test_checkpoint | sed -n 's/.*libtorch_cpu.so => \([^ ]*\).*/\1/p')
if [ -z "$linked" ] || [ "$(readlink -f "$linked")" != "$(readlink -f "$torch_root/lib/libtorch_cpu.so")" ]; then
  echo "build-cuda.sh: $build_dir is not linked against $torch_root/lib" >&2
  exit 1
fi

if [ "$run_tests" = 1 ]; then
  echo "== the CPU test suite on the CUDA build (no GPU: everything runs on the CPU)"
  cd "$build_dir"
  # Not here: the long and cluster labels (run on the default build), and the .deb, which depends
  # on Debian's libtorch package: a build against PyPI's LibTorch has no package to depend on.
  QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$(nproc)" -LE "long|cluster" -E "^packaging_deb$"
  # The precision tests once more in float16, the dtype for GPUs without bfloat16: LibTorch 2.x
  # has CPU half kernels (1.13 does not), so its numerics are checked here without a GPU.
  echo "== the precision tests in float16"
  SAM2_TEST_LOW_DTYPE=float16 ctest --output-on-failure -R "^(test_image_model|test_video_session)$"
fi
