#include "model/small_linear.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "model/bf16_tensor.h"
#include "model/cpu_tuning.h"
#include "model/error.h"

namespace sam2 {

namespace detail {
// small_linear_avx512.cpp: whether it was built with AVX-512, and output columns [nBegin, nEnd)
// of out [M, N] = x [M, K] (float32) times weight [N, K]^T + bias [N] (or null): bfloat16 weight,
// bias and result (rounded; nativeRounding: by AVX-512 BF16's instruction), or float32 ones.
bool smallLinearCompiled();
void smallLinearBf16Columns(const float* x, const uint16_t* weight, const uint16_t* bias, uint16_t* out, int64_t m,
                            int64_t k, int64_t n, int64_t nBegin, int64_t nEnd, bool nativeRounding);
void smallLinearFloatColumns(const float* x, const float* weight, const float* bias, float* out, int64_t m, int64_t k,
                             int64_t n, int64_t nBegin, int64_t nEnd);
}  // namespace detail

bool smallLinearAvailable() {
  static const bool available = detail::smallLinearCompiled() && cpuHasAvx512Bw();
  return available;
}

bool smallLinearApplies(const at::Tensor& x, const at::Tensor& weight, const at::Tensor& bias) {
  // (x may have any strides: its few rows are copied into float32 anyway.)
  if (!smallLinearAvailable() || !x.defined() || x.dim() < 1 || !x.device().is_cpu() || !isContiguousCpuMap(weight) ||
      weight.scalar_type() != x.scalar_type() || weight.dim() != 2 || weight.size(1) != x.size(-1) ||
      weight.size(1) == 0)
    return false;
  if (bias.defined() && (!isContiguousCpuMap(bias) || bias.scalar_type() != x.scalar_type() || bias.dim() != 1 ||
                         bias.size(0) != weight.size(0)))
    return false;
  const int64_t rows = x.numel() / weight.size(1);
  return rows >= 1 && rows <= kSmallLinearMaxRows;
}

at::Tensor smallLinear(const at::Tensor& x, const at::Tensor& weight, const at::Tensor& bias) {
  if (!smallLinearApplies(x, weight, bias))
    throw Sam2Error("smallLinear: needs at most " + std::to_string(kSmallLinearMaxRows) +
                    " bfloat16 or float32 CPU rows, a contiguous weight [N, K] and bias [N] of their dtype, on "
                    "AVX-512");
  const int64_t k = weight.size(1), n = weight.size(0), m = x.numel() / k;
  // The rows in float32 once (at most 32 x K floats): every weight row meets each of them.
  const at::Tensor rows = x.reshape({m, k}).to(at::kFloat).contiguous();
  std::vector<int64_t> shape(x.sizes().begin(), x.sizes().end());
  shape.back() = n;
  at::Tensor out = at::empty(shape, x.options().memory_format(at::MemoryFormat::Contiguous));
  const float* in = rows.data_ptr<float>();
  // Columns in blocks of four weight rows; a task is worth it from some 64K multiply-adds.
  const int64_t blocks = (n + 3) / 4, grain = std::max<int64_t>(1, 65536 / (4 * m * k));
  if (x.scalar_type() == at::kFloat) {
    const float* w = weight.data_ptr<float>();
    const float* b = bias.defined() ? bias.data_ptr<float>() : nullptr;
    float* o = out.data_ptr<float>();
    at::parallel_for(0, blocks, grain, [&](int64_t begin, int64_t end) {
      detail::smallLinearFloatColumns(in, w, b, o, m, k, n, begin * 4, std::min(end * 4, n));
    });
    return out;
  }
  const auto* w = reinterpret_cast<const uint16_t*>(weight.data_ptr<at::BFloat16>());
  const auto* b = bias.defined() ? reinterpret_cast<const uint16_t*>(bias.data_ptr<at::BFloat16>()) : nullptr;
  auto* o = reinterpret_cast<uint16_t*>(out.data_ptr<at::BFloat16>());
  const bool native = cpuHasAvx512Bf16();
  at::parallel_for(0, blocks, grain, [&](int64_t begin, int64_t end) {
    detail::smallLinearBf16Columns(in, w, b, o, m, k, n, begin * 4, std::min(end * 4, n), native);
  });
  return out;
}

}  // namespace sam2
