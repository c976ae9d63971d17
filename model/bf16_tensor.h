#pragma once
// What the bfloat16 CPU kernels of model/ take (softmax_bf16.h, layer_norm_bf16.h, gelu_bf16.h):
// one check for them and for the callers that choose between them and ATen.
#include <ATen/core/Tensor.h>

namespace sam2 {

inline bool isContiguousCpuBf16(const at::Tensor& t) {
  return t.defined() && t.scalar_type() == at::kBFloat16 && t.is_contiguous() && t.device().is_cpu();
}

// An optional second operand of those kernels: undefined, or x's shape, contiguous, bfloat16, CPU.
inline bool isMatchingBf16Addend(const at::Tensor& addend, const at::Tensor& x) {
  return !addend.defined() || (isContiguousCpuBf16(addend) && addend.sizes() == x.sizes());
}

// The kernels that also take float32 maps (layer_norm_bf16.h's norm, small_linear.h,
// geluTokenLogits): a contiguous bfloat16 or float32 CPU tensor, and an optional addend of x's
// shape and dtype.
inline bool isContiguousCpuMap(const at::Tensor& t) {
  return t.defined() && (t.scalar_type() == at::kBFloat16 || t.scalar_type() == at::kFloat) && t.is_contiguous() &&
         t.device().is_cpu();
}

inline bool isMatchingMapAddend(const at::Tensor& addend, const at::Tensor& x) {
  return !addend.defined() ||
         (isContiguousCpuMap(addend) && addend.scalar_type() == x.scalar_type() && addend.sizes() == x.sizes());
}

}  // namespace sam2
