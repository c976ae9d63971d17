#pragma once
// The low precision that the precision tests compare with float32, on the tests' device:
// SAM2_TEST_LOW_DTYPE ("float16": the path for GPUs without bfloat16; scripts/build-cuda.sh and
// scripts/gpu-check.sh run the tests with it too), else bfloat16.
#include <torch/version.h>

#include <cstdlib>
#include <string>

#include "golden.h"
#include "model/cpu_tuning.h"

namespace golden {

inline std::string testLowDtype() {
  const char* env = std::getenv("SAM2_TEST_LOW_DTYPE");
  return env && *env ? std::string(env) : std::string("bfloat16");
}

inline sam2::ModelOptions testLowPrecisionOptions() {
  sam2::ModelOptions o = testModelOptions();
  o.dtype = testLowDtype();
  return o;
}

// Why the low precision cannot run on the tests' device, or "" where it can. bfloat16 on a CPU
// below AVX-512 is refused by the model (the tests then check the refusal); float16 on the CPU
// needs LibTorch 2.x's half kernels (the model refuses it there for users, the tests wrap it
// with allowHalfOnCpu to check its numerics).
inline std::string lowPrecisionUnavailable() {
  if (testDevice() != "cpu") return {};
  if (testLowDtype() == "bfloat16" && !sam2::cpuCanRunBf16()) return sam2::cpuBf16Unavailable();
  if (testLowDtype() == "float16" && TORCH_VERSION_MAJOR < 2)
    return "LibTorch " TORCH_VERSION " has no float16 kernels on the CPU (scripts/build-cuda.sh --test runs this "
           "with LibTorch 2.x)";
  return {};
}

}  // namespace golden
