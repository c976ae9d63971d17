#include "model/gelu_bf16.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cstdint>

#include "model/bf16_tensor.h"
#include "model/cpu_tuning.h"
#include "model/error.h"

namespace sam2 {

namespace detail {
// gelu_bf16_avx512.cpp: whether it was built with AVX-512, and elements [begin, end) of
// gelu(x + addend) (addend may be null) into bfloat16 `out16` or float32 `out32` (one is null);
// nativeRounding: bfloat16 rounded by AVX-512 BF16's instruction (only where the CPU has it).
bool geluBf16Compiled();
void geluBf16Range(const uint16_t* x, const uint16_t* addend, uint16_t* out16, float* out32, int64_t begin,
                   int64_t end, bool nativeRounding);
}  // namespace detail

bool geluBf16Available() {
  static const bool available = detail::geluBf16Compiled() && cpuHasAvx512Bw();
  return available;
}

at::Tensor geluBf16(const at::Tensor& x, const at::Tensor& addend, at::ScalarType outType, bool inPlace) {
  if (!isContiguousCpuBf16(x)) throw Sam2Error("geluBf16: needs a contiguous bfloat16 CPU tensor");
  if (!isMatchingBf16Addend(addend, x))
    throw Sam2Error("geluBf16: the addend must be a contiguous bfloat16 CPU tensor of the same shape");
  if (outType != at::kBFloat16 && outType != at::kFloat) throw Sam2Error("geluBf16: the result is bfloat16 or float32");
  if (inPlace && outType != at::kBFloat16) throw Sam2Error("geluBf16: in place means bfloat16");
  if (!geluBf16Available()) throw Sam2Error("geluBf16: this CPU has no AVX-512");
  at::Tensor out = inPlace ? x : at::empty(x.sizes(), x.options().dtype(outType));
  const auto* in = reinterpret_cast<const uint16_t*>(x.data_ptr<at::BFloat16>());
  const auto* add = addend.defined() ? reinterpret_cast<const uint16_t*>(addend.data_ptr<at::BFloat16>()) : nullptr;
  auto* out16 = outType == at::kBFloat16 ? reinterpret_cast<uint16_t*>(out.data_ptr<at::BFloat16>()) : nullptr;
  float* out32 = outType == at::kFloat ? out.data_ptr<float>() : nullptr;
  const bool native = cpuHasAvx512Bf16();
  at::parallel_for(0, x.numel(), 16384, [&](int64_t begin, int64_t end) {
    detail::geluBf16Range(in, add, out16, out32, begin, end, native);
  });
  return out;
}

}  // namespace sam2
