#include "model/layer_norm_bf16.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "model/bf16_tensor.h"
#include "model/cpu_tuning.h"
#include "model/error.h"

namespace sam2 {

namespace detail {
// layer_norm_bf16_avx512.cpp: whether it was built with AVX-512, and rows [begin, end) of a
// [rows, c] bfloat16 matrix (plus the same rows of `addend` unless it is null) normalised into
// `out`, with a float32 buffer of c. Unless `sumOut` is null, the sums are rounded to bfloat16
// and written there (it may be `in`), and the rounded values are normalised. nativeRounding: the
// result rounded to bfloat16 by AVX-512 BF16's instruction (only where the CPU has it).
bool layerNormBf16Compiled();
void layerNormBf16Rows(const uint16_t* in, const uint16_t* addend, uint16_t* sumOut, uint16_t* out, int64_t begin,
                       int64_t end, int64_t c, const float* weight, const float* bias, float eps, float* buffer,
                       bool nativeRounding);
}  // namespace detail

bool layerNormBf16Available() {
  static const bool available = detail::layerNormBf16Compiled() && cpuHasAvx512Bw();
  return available;
}

namespace {

at::Tensor normalise(const at::Tensor& x, const at::Tensor& weight, const at::Tensor& bias, double eps,
                     const at::Tensor& addend, bool keepSum) {
  if (!isContiguousCpuBf16(x) || x.dim() < 1)
    throw Sam2Error("layerNormBf16: needs a contiguous bfloat16 CPU tensor");
  if (!layerNormBf16Available()) throw Sam2Error("layerNormBf16: this CPU has no AVX-512");
  const int64_t c = x.size(-1);
  if (!weight.defined() || !bias.defined() || weight.numel() != c || bias.numel() != c)
    throw Sam2Error("layerNormBf16: weight and bias must have one value per channel");
  if (!isMatchingBf16Addend(addend, x))
    throw Sam2Error("layerNormBf16: the addend must be a contiguous bfloat16 CPU tensor of the same shape");
  at::Tensor out = at::empty_like(x);
  if (x.numel() == 0) return out;
  const at::Tensor w = weight.to(at::kCPU).to(at::kFloat).contiguous();
  const at::Tensor b = bias.to(at::kCPU).to(at::kFloat).contiguous();
  const int64_t rows = x.numel() / c;
  // (A const tensor's data may be written: keepSum is only passed for the caller's own x.)
  auto* in = reinterpret_cast<uint16_t*>(x.data_ptr<at::BFloat16>());
  const auto* add = addend.defined() ? reinterpret_cast<const uint16_t*>(addend.data_ptr<at::BFloat16>()) : nullptr;
  uint16_t* sumOut = keepSum ? in : nullptr;
  auto* dst = reinterpret_cast<uint16_t*>(out.data_ptr<at::BFloat16>());
  const float* wp = w.data_ptr<float>();
  const float* bp = b.data_ptr<float>();
  const int64_t grain = std::max<int64_t>(1, 16384 / c);
  const bool native = cpuHasAvx512Bf16();
  at::parallel_for(0, rows, grain, [&](int64_t begin, int64_t end) {
    thread_local std::vector<float> buffer;
    if (static_cast<int64_t>(buffer.size()) < c) buffer.resize(static_cast<size_t>(c));
    detail::layerNormBf16Rows(in, add, sumOut, dst, begin, end, c, wp, bp, static_cast<float>(eps), buffer.data(),
                              native);
  });
  return out;
}

}  // namespace

at::Tensor layerNormBf16(const at::Tensor& x, const at::Tensor& weight, const at::Tensor& bias, double eps,
                         const at::Tensor& addend) {
  return normalise(x, weight, bias, eps, addend, /*keepSum=*/false);
}

at::Tensor addThenLayerNormBf16(at::Tensor& x, const at::Tensor& addend, const at::Tensor& weight,
                                const at::Tensor& bias, double eps) {
  if (!addend.defined()) throw Sam2Error("addThenLayerNormBf16: needs an addend");
  return normalise(x, weight, bias, eps, addend, /*keepSum=*/true);
}

}  // namespace sam2
