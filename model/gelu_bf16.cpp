#include "model/gelu_bf16.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <vector>

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
// Elements [begin, end) of bfloat16 x looked up in a table of 65,537 entries (the last a spare
// for the gathers' 32-bit reads), into out (which may be x).
void geluBf16TableRange(const uint16_t* table, const uint16_t* x, uint16_t* out, int64_t begin, int64_t end);
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

namespace {

// x rounded to the nearest bfloat16, ties to even, in one rounding (a float32 in between could
// round twice); results below float32's smallest normal flush to a signed zero, as the model's
// threads flush them (flushDenormals) and as the arithmetic kernel gives.
uint16_t nearestBf16(double x) {
  const uint16_t sign = std::signbit(x) ? 0x8000 : 0;
  if (std::isnan(x)) return sign | 0x7fc0;
  const double magnitude = std::fabs(x);
  if (std::isinf(x) || magnitude >= static_cast<double>(std::numeric_limits<float>::max())) return sign | 0x7f80;
  if (magnitude < static_cast<double>(std::numeric_limits<float>::min())) return sign;
  // The float32 nearest to x has the bfloat16 below (or at) x in its high half, up to one float32
  // step: the answer is that one or the next.
  uint32_t bits;
  const float f = static_cast<float>(magnitude);
  std::memcpy(&bits, &f, sizeof bits);
  const uint32_t low = bits & 0xffff0000u, high = low + 0x10000u;
  float lowValue, highValue;
  std::memcpy(&lowValue, &low, sizeof low);
  std::memcpy(&highValue, &high, sizeof high);
  const double below = magnitude - static_cast<double>(lowValue), above = static_cast<double>(highValue) - magnitude;
  const bool up = below < 0 ? false : (above < below || (above == below && ((low >> 16) & 1u)));
  return static_cast<uint16_t>(sign | ((up ? high : low) >> 16));
}

// The exact GELU of every bfloat16, rounded once: x/2 erfc(-x / sqrt 2) in double precision
// (erfc keeps the negative tail's relative accuracy, where 1 + erf cancels). Subnormal inputs
// count as zero, as they do on the model's threads. Built on first use, about a millisecond.
const uint16_t* exactGeluTable() {
  static const std::vector<uint16_t> table = [] {
    std::vector<uint16_t> t(65537, 0);
    for (uint32_t bits = 0; bits < 65536; ++bits) {
      const uint32_t word = bits << 16;
      float v;
      std::memcpy(&v, &word, sizeof v);
      if ((bits & 0x7f80u) == 0) {  // zero or subnormal: GELU of a signed zero
        t[bits] = static_cast<uint16_t>(bits & 0x8000u);
        continue;
      }
      const double x = v;
      t[bits] = nearestBf16(std::isinf(x) ? (x > 0 ? x : std::nan("")) : 0.5 * x * std::erfc(-x / std::sqrt(2.0)));
    }
    return t;
  }();
  return table.data();
}

}  // namespace

const uint16_t* exactGeluBf16Table() { return exactGeluTable(); }

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
  // Without an addend every input is one of 65,536 bfloat16 values: a table of their exact GELUs
  // gives the correctly rounded result at less than half the arithmetic's cost (measured, 2
  // threads, AMX: Hiera tiny's MLPs at 1024, 100 million values, about 30 to 14 ms).
  if (!add && out16) {
    const uint16_t* table = exactGeluTable();
    at::parallel_for(0, x.numel(), 16384, [&](int64_t begin, int64_t end) {
      detail::geluBf16TableRange(table, in, out16, begin, end);
    });
    return out;
  }
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
