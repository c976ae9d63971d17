#include "model/softmax_bf16.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "model/bf16_tensor.h"
#include "model/cpu_tuning.h"
#include "model/error.h"
#include "model/float_kernels_avx2.h"

namespace sam2 {

namespace detail {
// softmax_bf16_avx512.cpp: whether it was built with AVX-512, and rows [begin, end) of a
// [rows, n] bfloat16 matrix, with a float32 buffer of n; nativeRounding: the final rounding by
// AVX-512 BF16's instruction (only where the CPU has it).
bool softmaxBf16Compiled();
void softmaxBf16Rows(uint16_t* data, int64_t begin, int64_t end, int64_t n, float* buffer, bool nativeRounding);
// Rows [begin, end) of a [rows, n] float32 matrix.
void softmaxFloatRows(float* data, int64_t begin, int64_t end, int64_t n);
}  // namespace detail

bool softmaxBf16Available() {
  static const bool available = detail::softmaxBf16Compiled() && cpuHasAvx512Bw();
  return available;
}

void softmaxBf16InPlace(at::Tensor& scores, bool allowNativeRounding) {
  if (!isContiguousCpuBf16(scores) || scores.dim() < 1)
    throw Sam2Error("softmaxBf16InPlace: needs a contiguous bfloat16 CPU tensor");
  if (!softmaxBf16Available()) throw Sam2Error("softmaxBf16InPlace: this CPU has no AVX-512");
  const int64_t n = scores.size(-1);
  if (n == 0 || scores.numel() == 0) return;
  const int64_t rows = scores.numel() / n;
  auto* data = reinterpret_cast<uint16_t*>(scores.data_ptr<at::BFloat16>());
  // Rows per task: enough to amortise the task, few enough to split evenly between the cores.
  const int64_t grain = std::max<int64_t>(1, 32768 / n);
  const bool nativeRounding = allowNativeRounding && cpuHasAvx512Bf16();
  at::parallel_for(0, rows, grain, [&](int64_t begin, int64_t end) {
    thread_local std::vector<float> buffer;
    if (static_cast<int64_t>(buffer.size()) < n) buffer.resize(static_cast<size_t>(n));
    detail::softmaxBf16Rows(data, begin, end, n, buffer.data(), nativeRounding);
  });
}

namespace {
// Shorter float32 rows go to ATen's soft-max: per row, the kernel's reductions and masked tail
// cost more than the row (measured, 32,768 rows of 8: 0.74 ms here, 0.19 by ATen's).
constexpr int64_t kShortestFloatRow = 32;
}  // namespace

bool softmaxFloatAvailable() { return softmaxBf16Available() || floatKernelsAvx2Available(); }

void softmaxFloatInPlace(at::Tensor& scores) {
  if (!isContiguousCpuMap(scores) || scores.scalar_type() != at::kFloat || scores.dim() < 1)
    throw Sam2Error("softmaxFloatInPlace: needs a contiguous float32 CPU tensor");
  if (!softmaxFloatAvailable()) throw Sam2Error("softmaxFloatInPlace: this CPU has neither AVX-512 nor AVX2");
  const bool avx512 = softmaxBf16Available();
  const int64_t n = scores.size(-1);
  if (n == 0 || scores.numel() == 0) return;
  if (n < kShortestFloatRow) {
    at::_softmax_out(scores, scores, -1, /*half_to_float=*/false);
    return;
  }
  const int64_t rows = scores.numel() / n;
  float* data = scores.data_ptr<float>();
  at::parallel_for(0, rows, std::max<int64_t>(1, 16384 / n),
                   [&](int64_t begin, int64_t end) {
                     if (avx512)
                       detail::softmaxFloatRows(data, begin, end, n);
                     else
                       detail::softmaxFloatRowsAvx2(data, begin, end, n);
                   });
}

at::Tensor& softmaxRowsInPlace(at::Tensor& scores) {
  if (scores.is_contiguous() && scores.device().is_cpu()) {
    if (scores.scalar_type() == at::kBFloat16 && softmaxBf16Available()) {
      softmaxBf16InPlace(scores);
      return scores;
    }
    if (scores.scalar_type() == at::kFloat && softmaxFloatAvailable()) {
      softmaxFloatInPlace(scores);
      return scores;
    }
  }
  return at::_softmax_out(scores, scores, -1, /*half_to_float=*/false);
}

}  // namespace sam2
