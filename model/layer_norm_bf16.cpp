#include "model/layer_norm_bf16.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "model/bf16_tensor.h"
#include "model/cpu_tuning.h"
#include "model/error.h"
#include "model/float_kernels_avx2.h"

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
// The same for float32 maps (sums kept as they are).
void layerNormFloatRows(const float* in, const float* addend, float* sumOut, float* out, int64_t begin, int64_t end,
                        int64_t c, const float* weight, const float* bias, float eps, float* buffer);
}  // namespace detail

bool layerNormBf16Available() {
  static const bool available = detail::layerNormBf16Compiled() && cpuHasAvx512Bw();
  return available;
}

bool layerNormFloatAvailable() { return layerNormBf16Available() || floatKernelsAvx2Available(); }

namespace {

at::Tensor normalise(const at::Tensor& x, const at::Tensor& weight, const at::Tensor& bias, double eps,
                     const at::Tensor& addend, bool keepSum, const char* name) {
  if (!isContiguousCpuMap(x) || x.dim() < 1)
    throw Sam2Error(std::string(name) + ": needs a contiguous bfloat16 or float32 CPU tensor");
  if (x.scalar_type() == at::kFloat ? !layerNormFloatAvailable() : !layerNormBf16Available())
    throw Sam2Error(std::string(name) + ": this CPU lacks the kernel's instructions (AVX-512; AVX2 for float32)");
  const int64_t c = x.size(-1);
  if (!weight.defined() || !bias.defined() || weight.numel() != c || bias.numel() != c)
    throw Sam2Error(std::string(name) + ": weight and bias must have one value per channel");
  if (!isMatchingMapAddend(addend, x))
    throw Sam2Error(std::string(name) + ": the addend must be a contiguous CPU tensor of x's shape and dtype");
  at::Tensor out = at::empty_like(x);
  if (x.numel() == 0) return out;
  const at::Tensor w = weight.to(at::kCPU).to(at::kFloat).contiguous();
  const at::Tensor b = bias.to(at::kCPU).to(at::kFloat).contiguous();
  const int64_t rows = x.numel() / c;
  const float* wp = w.data_ptr<float>();
  const float* bp = b.data_ptr<float>();
  const int64_t grain = std::max<int64_t>(1, 16384 / c);
  const auto forRows = [&](auto&& rowsKernel) {
    at::parallel_for(0, rows, grain, [&](int64_t begin, int64_t end) {
      thread_local std::vector<float> buffer;
      if (static_cast<int64_t>(buffer.size()) < c) buffer.resize(static_cast<size_t>(c));
      rowsKernel(begin, end, buffer.data());
    });
  };
  // (A const tensor's data may be written: keepSum is only passed for the caller's own x.)
  if (x.scalar_type() == at::kFloat) {
    float* in = x.data_ptr<float>();
    const float* add = addend.defined() ? addend.data_ptr<float>() : nullptr;
    float* sumOut = keepSum ? in : nullptr;
    float* dst = out.data_ptr<float>();
    const bool avx512 = layerNormBf16Available();
    forRows([&](int64_t begin, int64_t end, float* buffer) {
      if (avx512)
        detail::layerNormFloatRows(in, add, sumOut, dst, begin, end, c, wp, bp, static_cast<float>(eps), buffer);
      else
        detail::layerNormFloatRowsAvx2(in, add, sumOut, dst, begin, end, c, wp, bp, static_cast<float>(eps), buffer);
    });
    return out;
  }
  auto* in = reinterpret_cast<uint16_t*>(x.data_ptr<at::BFloat16>());
  const auto* add = addend.defined() ? reinterpret_cast<const uint16_t*>(addend.data_ptr<at::BFloat16>()) : nullptr;
  uint16_t* sumOut = keepSum ? in : nullptr;
  auto* dst = reinterpret_cast<uint16_t*>(out.data_ptr<at::BFloat16>());
  const bool native = cpuHasAvx512Bf16();
  forRows([&](int64_t begin, int64_t end, float* buffer) {
    detail::layerNormBf16Rows(in, add, sumOut, dst, begin, end, c, wp, bp, static_cast<float>(eps), buffer, native);
  });
  return out;
}

void requireBf16(const at::Tensor& x, const char* name) {
  if (!isContiguousCpuBf16(x)) throw Sam2Error(std::string(name) + ": needs a contiguous bfloat16 CPU tensor");
}

}  // namespace

at::Tensor layerNormBf16(const at::Tensor& x, const at::Tensor& weight, const at::Tensor& bias, double eps,
                         const at::Tensor& addend) {
  requireBf16(x, "layerNormBf16");
  return normalise(x, weight, bias, eps, addend, /*keepSum=*/false, "layerNormBf16");
}

at::Tensor addThenLayerNormBf16(at::Tensor& x, const at::Tensor& addend, const at::Tensor& weight,
                                const at::Tensor& bias, double eps) {
  requireBf16(x, "addThenLayerNormBf16");
  if (!addend.defined()) throw Sam2Error("addThenLayerNormBf16: needs an addend");
  return normalise(x, weight, bias, eps, addend, /*keepSum=*/true, "addThenLayerNormBf16");
}

at::Tensor layerNormFloat(const at::Tensor& x, const at::Tensor& weight, const at::Tensor& bias, double eps,
                          const at::Tensor& addend) {
  if (!x.defined() || x.scalar_type() != at::kFloat) throw Sam2Error("layerNormFloat: needs a float32 tensor");
  return normalise(x, weight, bias, eps, addend, /*keepSum=*/false, "layerNormFloat");
}

at::Tensor addThenLayerNormFloat(at::Tensor& x, const at::Tensor& addend, const at::Tensor& weight,
                                 const at::Tensor& bias, double eps) {
  if (!x.defined() || x.scalar_type() != at::kFloat) throw Sam2Error("addThenLayerNormFloat: needs a float32 tensor");
  if (!addend.defined()) throw Sam2Error("addThenLayerNormFloat: needs an addend");
  return normalise(x, weight, bias, eps, addend, /*keepSum=*/true, "addThenLayerNormFloat");
}

}  // namespace sam2
