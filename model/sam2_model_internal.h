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
// "float32" / "fp32" / "bfloat16" / "bf16" -> dtype; throws Sam2Error otherwise.
at::ScalarType parseDtype(const std::string& dtype);

// Wraps an already built and loaded model (tests, tools): moves it to options' device/dtype.
std::shared_ptr<Sam2Model> wrapModel(std::shared_ptr<Sam2BaseImpl> base, const ModelOptions& options,
                                     const std::string& source);

}  // namespace sam2
