#pragma once
// Model-internal view of a Sam2Model: the LibTorch modules behind the public pimpl.
#include <ATen/ATen.h>

#include <memory>
#include <string>

#include "model/sam2_base.h"
#include "model/sam2_model.h"

namespace sam2 {

struct Sam2Model::Impl {
  Sam2Config config;
  ModelOptions options;
  std::shared_ptr<Sam2BaseImpl> base;
  at::Device device{at::kCPU};
  at::ScalarType dtype = at::kFloat;
  std::string source;  // checkpoint path or "synthetic:<variant>"
};

// The modules of a loaded model (shared: sessions keep the model alive through it).
std::shared_ptr<Sam2BaseImpl> modelBase(const Sam2Model& model);

// "cpu", "cuda", "cuda:1" -> device; throws Sam2Error for anything else or CUDA without a GPU.
at::Device parseDevice(const std::string& device);
// "float32" / "fp32" / "bfloat16" / "bf16" / "float16" / "fp16" / "half" -> dtype; throws
// Sam2Error otherwise.
at::ScalarType parseDtype(const std::string& dtype);
// "float32", "bfloat16" or "float16".
std::string dtypeName(at::ScalarType dtype);

// Refuses, with the reason and what to use instead, a dtype that cannot run on `device`:
// bfloat16 on a CPU below AVX-512 (cpu_tuning.h) or on a GPU older than Ampere (no bfloat16
// arithmetic), float16 on the CPU (LibTorch 1.13 has no CPU half kernels, 2.x slow ones; the
// CPU's fast low precision is bfloat16) unless allowHalfOnCpu.
void checkDtypeRunsOn(at::ScalarType dtype, const at::Device& device, bool allowHalfOnCpu);

// Wraps an already built and loaded model (tests, tools): moves it to options' device/dtype.
// allowHalfOnCpu lets tests check the float16 path's numerics on a CPU whose LibTorch has half
// kernels (2.x); Sam2Model::load and synthetic never set it.
std::shared_ptr<Sam2Model> wrapModel(std::shared_ptr<Sam2BaseImpl> base, const ModelOptions& options,
                                     const std::string& source, bool allowHalfOnCpu = false);

}  // namespace sam2
