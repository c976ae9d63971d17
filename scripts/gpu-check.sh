#!/usr/bin/env bash
# One command for a GPU machine (issue 17): builds model/, its tests and sam2-model-bench against
# the PyTorch installed there (-DSAM2_MODEL_ONLY=ON: LibTorch alone, no Qt, OpenCV or FFmpeg, no
# network), runs the golden image and video tests and the device-memory tests on the GPU
# (SAM2_TEST_DEVICE; the precision tests in bfloat16, then again in float16), then the bench for
# each variant, dtype and 1 and 3 objects, and writes everything into one JSON. Meant to finish
# within 8 minutes on an H100.
#
#   scripts/gpu-check.sh [--device cuda|cuda:N|cpu] [--variants "tiny large"] [--dtypes "float32 bfloat16 float16"]
#                        [--frames N] [--out FILE]
#   scripts/gpu-check.sh --pack-deps    # here, before lending: copies nlohmann_json into gpu-deps/
#
# --device cpu runs the same steps on the CPU (a dry run of the script where there is no GPU).
# The GPU machine lacks nlohmann_json: --pack-deps copies this machine's (a header library and
# its CMake files) into gpu-deps/, which the device tool carries; this script looks there first.
# Environment: PYTHON (the python with torch, default python3), GPU_BUILD_DIR (default build-gpu),
# TORCH_CUDA_ARCH_LIST (default "8.0;9.0").
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--pack-deps" ]; then
  rm -rf gpu-deps
  mkdir -p gpu-deps/include gpu-deps/share/cmake
  cp -r /usr/include/nlohmann gpu-deps/include/
  cp -r /usr/share/cmake/nlohmann_json gpu-deps/share/cmake/
  echo "gpu-deps/: $(du -sh gpu-deps | cut -f1) (carry it to the GPU machine)"
  exit 0
fi

device=cuda
variants="tiny large"
dtypes="float32 bfloat16 float16"
frames=16
build_dir=${GPU_BUILD_DIR:-build-gpu}
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --device) device=$2; shift 2 ;;
    --variants) variants=$2; shift 2 ;;
    --dtypes) dtypes=$2; shift 2 ;;
    --frames) frames=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "gpu-check.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$build_dir"
build_dir=$(cd "$build_dir" && pwd)
[ -n "$out" ] || out="$build_dir/gpu-check.json"
start=$(date +%s)
elapsed() { echo $(( $(date +%s) - start )); }

python=${PYTHON:-python3}
if ! command -v nvcc >/dev/null && [ -x /usr/local/cuda/bin/nvcc ]; then export PATH=/usr/local/cuda/bin:$PATH; fi
torch_prefix=$("$python" -c 'import torch.utils; print(torch.utils.cmake_prefix_path)')
"$python" - > "$build_dir/torch.json" 2>/dev/null <<'EOF' || true
import json, torch
d = {"torch": torch.__version__, "cuda": torch.version.cuda, "cuda_available": torch.cuda.is_available()}
if torch.cuda.is_available():
    p = torch.cuda.get_device_properties(0)
    d.update(gpu=p.name, gpu_memory_gib=round(p.total_memory / 2**30, 1), capability=f"{p.major}.{p.minor}")
print(json.dumps(d))
EOF
echo "== $(cat "$build_dir/torch.json" 2>/dev/null)"

prefix="$torch_prefix"
[ -d gpu-deps ] && prefix="$PWD/gpu-deps;$prefix"
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
link_flags=$(scripts/torch-link-flags.sh "$python")
echo "== build (model only) in $build_dir"
cmake -S . -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DSAM2_MODEL_ONLY=ON \
  -DCMAKE_PREFIX_PATH="$prefix" -DTORCH_CUDA_ARCH_LIST="${TORCH_CUDA_ARCH_LIST:-8.0;9.0}" \
  -DCMAKE_EXE_LINKER_FLAGS="$link_flags" -DCMAKE_SHARED_LINKER_FLAGS="$link_flags" >/dev/null
cmake --build "$build_dir" -j "$(nproc)" 2>&1 | tail -n 3
build_s=$(elapsed)

echo "== tests on $device"
tests="test_image_golden|test_video_golden|test_video_session|test_memory_store|test_image_model|test_mask_holes|test_mask_rle"
set +e
(cd "$build_dir" && SAM2_TEST_DEVICE=$device ctest -V -R "$tests" --timeout 240 \
   > "$build_dir/gpu-tests.log" 2>&1)
tests_rc=$?
# float16 (for GPUs without bfloat16) against float32 on the same device.
(cd "$build_dir" && SAM2_TEST_DEVICE=$device SAM2_TEST_LOW_DTYPE=float16 ctest -V \
   -R "^(test_image_model|test_video_session)$" --timeout 240 > "$build_dir/gpu-tests-float16.log" 2>&1)
half_rc=$?
[ $tests_rc -ne 0 ] || tests_rc=$half_rc
set -e
grep -E "Test +#|tests passed" "$build_dir/gpu-tests.log" || true
grep -E "tests passed|float16 vs float32" "$build_dir/gpu-tests-float16.log" || true
# The device tier's counts, as test_video_session printed them.
grep -E "device tier:" "$build_dir/gpu-tests.log" || true
tests_s=$(( $(elapsed) - build_s ))

echo "== bench on $device: $variants x $dtypes, $frames frames"
benches=()
for variant in $variants; do
  for dtype in $dtypes; do
    file="$build_dir/bench-$variant-$dtype.json"
    set +e
    timeout 90 "$build_dir/app/model_bench/sam2-model-bench" --synthetic "$variant" --device "$device" \
      --dtype "$dtype" --frames "$frames" --objects 3 --clicks 30 > "$file" 2> "$file.log"
    rc=$?
    set -e
    if [ $rc -ne 0 ]; then
      echo "   $variant $dtype: exit $rc: $(tail -n 1 "$file.log")"
      echo "{\"variant\": \"$variant\", \"dtype\": \"$dtype\", \"exit\": $rc}" > "$file"
    fi
    benches+=("$file")
  done
done

"$python" - "$out" "$build_dir/torch.json" "$build_dir/gpu-tests.log" "$tests_rc" "$build_s" "$tests_s" \
  "$(elapsed)" "${benches[@]}" <<'EOF'
import json, re, sys
out, torch_file, log_file, tests_rc, build_s, tests_s, total_s, *benches = sys.argv[1:]
try:
    torch = json.load(open(torch_file))
except Exception:
    torch = {}
log = open(log_file).read()
tests = {m.group(1): m.group(2) for m in re.finditer(r"Test +#\d+: (\S+) \.+\s*(?:\*+)?(\w+)", log)}
result = {"torch": torch, "tests": tests, "tests_exit": int(tests_rc), "build_s": int(build_s),
          "tests_s": int(tests_s), "total_s": int(total_s), "bench": []}
m = re.search(r"device tier: .*", log)
if m:
    result["device_tier"] = m.group(0)
try:
    half_log = open(log_file.replace("gpu-tests.log", "gpu-tests-float16.log")).read()
    result["float16_tests"] = re.findall(r"(?:float16|bfloat16) vs float32[^\n]*", half_log) + \
        re.findall(r"\d+% tests passed[^\n]*", half_log)
except OSError:
    pass
result["low_precision_vs_float32"] = re.findall(r"bfloat16 vs float32[^\n]*", log)
for path in benches:
    try:
        b = json.load(open(path))
    except Exception as e:
        b = {"file": path, "error": str(e)}
    keep = {k: b.get(k) for k in ("model", "device", "dtype", "exit", "image_encode_ms", "prompt_to_mask_ms",
                                  "propagate_ms_per_frame", "video_prompt_ms", "peak_rss_mb") if k in b}
    detail = b.get("propagate_detail", {})
    keep["frames_per_s"] = {n: d.get("frames_per_s") for n, d in detail.items()}
    keep["full_memory_mean_ms"] = {n: d.get("full_memory_mean") for n, d in detail.items()}
    keep["store"] = {n: d.get("store") for n, d in detail.items()}
    result["bench"].append(keep)
json.dump(result, open(out, "w"), indent=2)
print(json.dumps(result, indent=2))
EOF
echo "== $(elapsed) s in all; $out"
exit $tests_rc
