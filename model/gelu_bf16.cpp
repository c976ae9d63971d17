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
// Elements [begin, end) of a float32 array, in place.
void geluFloatRange(float* x, int64_t begin, int64_t end);
// Output rows [rowBegin, rowEnd) (of B x 2h) of geluTokenLogits, its tensors as raw pointers.
void geluTokenLogitsRows(const uint16_t* blocks, const uint16_t* addend, const float* tokens, float* logits,
                         int64_t h, int64_t w, int64_t channels, int64_t numTokens, int64_t rowBegin,
                         int64_t rowEnd);
void geluTokenLogitsRowsFloat(const float* blocks, const float* addend, const float* tokens, float* logits,
                              int64_t h, int64_t w, int64_t channels, int64_t numTokens, int64_t rowBegin,
                              int64_t rowEnd);
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

bool geluFloatAvailable() { return geluBf16Available(); }

void geluFloatInPlace(at::Tensor& x) {
  if (!isContiguousCpuMap(x) || x.scalar_type() != at::kFloat)
    throw Sam2Error("geluFloatInPlace: needs a contiguous float32 CPU tensor");
  if (!geluFloatAvailable()) throw Sam2Error("geluFloatInPlace: this CPU has no AVX-512");
  float* data = x.data_ptr<float>();
  at::parallel_for(0, x.numel(), 16384, [&](int64_t begin, int64_t end) { detail::geluFloatRange(data, begin, end); });
}

bool geluTokenLogitsApplies(const at::Tensor& blocks, const at::Tensor& addend, const at::Tensor& tokens) {
  if (!geluBf16Available() || !isContiguousCpuMap(blocks) || blocks.dim() != 6 || blocks.size(3) != 2 ||
      blocks.size(4) != 2)
    return false;
  const int64_t b = blocks.size(0), h = blocks.size(1), w = blocks.size(2), c = blocks.size(5);
  const bool addendFits = !addend.defined() || (isContiguousCpuMap(addend) &&
                                                addend.scalar_type() == blocks.scalar_type() &&
                                                addend.sizes() == at::IntArrayRef({b, 2 * h, 2 * w, c}));
  return addendFits && (c == 16 || c == 32 || c == 64) && (2 * w) % 4 == 0 && tokens.defined() && tokens.dim() == 3 &&
         tokens.size(0) == b && tokens.size(1) >= 1 && tokens.size(1) <= 4 && tokens.size(2) == c &&
         tokens.device().is_cpu();
}

at::Tensor geluTokenLogits(const at::Tensor& blocks, const at::Tensor& addend, const at::Tensor& tokens) {
  if (!geluTokenLogitsApplies(blocks, addend, tokens))
    throw Sam2Error("geluTokenLogits: needs contiguous bfloat16 or float32 CPU blocks [B, h, w, 2, 2, C] (C 16, 32 "
                    "or 64, 2w a multiple of 4), an addend [B, 2h, 2w, C] of their dtype or none, and 1 to 4 "
                    "tokens [B, T, C], on AVX-512");
  const int64_t b = blocks.size(0), h = blocks.size(1), w = blocks.size(2), c = blocks.size(5);
  const int64_t numTokens = tokens.size(1);
  const at::Tensor tok = tokens.to(at::kFloat).contiguous();
  at::Tensor logits = at::empty({b, numTokens, 2 * h, 2 * w}, tok.options());
  const float* t = tok.data_ptr<float>();
  float* out = logits.data_ptr<float>();
  if (blocks.scalar_type() == at::kFloat) {
    const float* in = blocks.data_ptr<float>();
    const float* add = addend.defined() ? addend.data_ptr<float>() : nullptr;
    at::parallel_for(0, b * 2 * h, 8, [&](int64_t begin, int64_t end) {
      detail::geluTokenLogitsRowsFloat(in, add, t, out, h, w, c, numTokens, begin, end);
    });
    return logits;
  }
  const auto* in = reinterpret_cast<const uint16_t*>(blocks.data_ptr<at::BFloat16>());
  const auto* add = addend.defined() ? reinterpret_cast<const uint16_t*>(addend.data_ptr<at::BFloat16>()) : nullptr;
  at::parallel_for(0, b * 2 * h, 8, [&](int64_t begin, int64_t end) {
    detail::geluTokenLogitsRows(in, add, t, out, h, w, c, numTokens, begin, end);
  });
  return logits;
}

}  // namespace sam2
