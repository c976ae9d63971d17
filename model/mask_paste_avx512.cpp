// The AVX-512 part of mask_paste.cpp, built with AVX-512 flags (model/CMakeLists.txt); see
// softmax_bf16_avx512.cpp for why it includes no library header.
//
// Each output value is w0 * a + w1 * b as two multiplies and an add, never a fused multiply-add,
// so these loops give the portable loops' bits (the file is built with -ffp-contract=off).
#include <cstdint>

#if defined(__AVX512F__) && defined(__AVX512BW__)
#include "model/avx512_vector.h"

namespace sam2::detail {

namespace {

inline __m512 blend(const float* a, const float* b, __m512 w0, __m512 w1, int64_t x, __mmask16 m) {
  return _mm512_add_ps(_mm512_mul_ps(_mm512_maskz_loadu_ps(m, a + x), w0),
                       _mm512_mul_ps(_mm512_maskz_loadu_ps(m, b + x), w1));
}

}  // namespace

bool pasteRowsCompiled() { return true; }

void widenRowAvx512(const float* row, const int32_t* i0, const int32_t* i1, const float* w0, const float* w1,
                    float* out, int64_t n) {
  for (int64_t x = 0; x < n; x += 16) {
    const __mmask16 m = tailMask(n - x);
    const __m512i lo = _mm512_maskz_loadu_epi32(m, i0 + x), hi = _mm512_maskz_loadu_epi32(m, i1 + x);
    const __m512 a = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), m, lo, row, 4);
    const __m512 b = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), m, hi, row, 4);
    _mm512_mask_storeu_ps(out + x, m,
                          _mm512_add_ps(_mm512_mul_ps(a, _mm512_maskz_loadu_ps(m, w0 + x)),
                                        _mm512_mul_ps(b, _mm512_maskz_loadu_ps(m, w1 + x))));
  }
}

void blendRowAvx512(const float* a, const float* b, float w0, float w1, float* out, int64_t n) {
  const __m512 v0 = _mm512_set1_ps(w0), v1 = _mm512_set1_ps(w1);
  for (int64_t x = 0; x < n; x += 16) {
    const __mmask16 m = tailMask(n - x);
    _mm512_mask_storeu_ps(out + x, m, blend(a, b, v0, v1, x, m));
  }
}

void blendThresholdRowAvx512(const float* a, const float* b, float w0, float w1, float threshold, uint8_t* out,
                             int64_t n) {
  const __m512 v0 = _mm512_set1_ps(w0), v1 = _mm512_set1_ps(w1), t = _mm512_set1_ps(threshold);
  for (int64_t x = 0; x < n; x += 16) {
    const __mmask16 m = tailMask(n - x);
    // Ordered compare: a NaN logit is no mask, as `value > threshold` in the portable loop.
    const __mmask16 above = _mm512_cmp_ps_mask(blend(a, b, v0, v1, x, m), t, _CMP_GT_OQ);
    _mm_mask_storeu_epi8(out + x, m, _mm_maskz_set1_epi8(above, 1));
  }
}

}  // namespace sam2::detail

#else

namespace sam2::detail {
bool pasteRowsCompiled() { return false; }
void widenRowAvx512(const float*, const int32_t*, const int32_t*, const float*, const float*, float*, int64_t) {}
void blendRowAvx512(const float*, const float*, float, float, float*, int64_t) {}
void blendThresholdRowAvx512(const float*, const float*, float, float, float, uint8_t*, int64_t) {}
}  // namespace sam2::detail

#endif
