// The AVX-512 part of softmax_bf16.h, built with AVX-512 flags (model/CMakeLists.txt). It
// includes no LibTorch or C++ library header beyond <cstdint>'s typedefs: an inline function
// compiled here with AVX-512 instructions could otherwise be the copy the linker keeps for every
// caller, and fault on CPUs without AVX-512 (avx512_vector.h keeps its helpers file-local).
#include <cstdint>

#if defined(__AVX512F__) && defined(__AVX512BW__)
#include "model/avx512_vector.h"

namespace sam2::detail {

namespace {

void softmaxRow(uint16_t* row, int64_t n, float* buffer) {
  // Pass 1: the maximum.
  __m512 maxV = _mm512_set1_ps(-__builtin_inff());
  for (int64_t i = 0; i < n; i += 16) {
    const __mmask16 m = tailMask(n - i);
    maxV = _mm512_mask_max_ps(maxV, m, maxV, loadBf16(row + i, m));
  }
  const __m512 maxAll = _mm512_set1_ps(_mm512_reduce_max_ps(maxV));
  // Pass 2: the exponentials, kept in float32, and their sum.
  __m512 sumV = _mm512_setzero_ps();
  for (int64_t i = 0; i < n; i += 16) {
    const __mmask16 m = tailMask(n - i);
    const __m512 e = expNonPositive(_mm512_sub_ps(loadBf16(row + i, m), maxAll));
    _mm512_mask_storeu_ps(buffer + i, m, e);
    sumV = _mm512_mask_add_ps(sumV, m, sumV, e);
  }
  const __m512 scale = _mm512_set1_ps(1.f / _mm512_reduce_add_ps(sumV));
  for (int64_t i = 0; i < n; i += 16) {
    const __mmask16 m = tailMask(n - i);
    storeBf16(row + i, _mm512_mul_ps(_mm512_maskz_loadu_ps(m, buffer + i), scale), m);
  }
}

}  // namespace

bool softmaxBf16Compiled() { return true; }

void softmaxBf16Rows(uint16_t* data, int64_t begin, int64_t end, int64_t n, float* buffer) {
  for (int64_t r = begin; r < end; ++r) softmaxRow(data + r * n, n, buffer);
}

}  // namespace sam2::detail

#else

namespace sam2::detail {
bool softmaxBf16Compiled() { return false; }
void softmaxBf16Rows(uint16_t*, int64_t, int64_t, int64_t, float*) {}
}  // namespace sam2::detail

#endif
