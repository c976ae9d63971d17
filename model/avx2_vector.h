#pragma once
// AVX2 and FMA helpers for float_kernels_avx2.cpp (model-internal; include it nowhere else).
//
// The laptop class's counterparts of avx512_vector.h: 8 lanes, tails by maskload / maskstore,
// 2^n built in the exponent bits (AVX2 has no scalef). Internal linkage for the reason given
// there: no file built without AVX2 may end up calling one of these through the linker.
#include <cstdint>
#include <immintrin.h>

#include "model/exp_polynomial.h"

namespace sam2::detail {
namespace {

// Lane masks for the last, partial vector of a row: the first `left` lanes (all for 8 or more).
inline __m256i tailMask8(int64_t left) {
  alignas(32) static const int32_t kWindow[16] = {-1, -1, -1, -1, -1, -1, -1, -1, 0, 0, 0, 0, 0, 0, 0, 0};
  return _mm256_loadu_si256(reinterpret_cast<const __m256i*>(kWindow + 8 - (left >= 8 ? 8 : left)));
}

inline float horizontalSum(__m256 v) {
  const __m128 half = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
  const __m128 quarter = _mm_add_ps(half, _mm_movehl_ps(half, half));
  return _mm_cvtss_f32(_mm_add_ss(quarter, _mm_movehdup_ps(quarter)));
}

inline float horizontalMax(__m256 v) {
  const __m128 half = _mm_max_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
  const __m128 quarter = _mm_max_ps(half, _mm_movehl_ps(half, half));
  return _mm_cvtss_f32(_mm_max_ss(quarter, _mm_movehdup_ps(quarter)));
}

// e^x for x <= 0, as avx512_vector.h's expNonPositive: the same reduction and degree-6
// polynomial (exp_polynomial.h), then 2^n put into the exponent bits. Results below float32's smallest normal
// (x < -87.3) are 0 here, where the AVX-512 version goes on into subnormals; the model's threads
// flush those to 0 anyway (flushDenormals).
inline __m256 expNonPositive8(__m256 x) {
  const __m256 keep = _mm256_cmp_ps(x, _mm256_set1_ps(-87.3f), _CMP_GE_OQ);
  x = _mm256_max_ps(x, _mm256_set1_ps(-87.3f));
  const __m256 n =
      _mm256_round_ps(_mm256_mul_ps(x, _mm256_set1_ps(kLog2e)), _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
  __m256 r = _mm256_fnmadd_ps(n, _mm256_set1_ps(kLn2High), x);
  r = _mm256_fnmadd_ps(n, _mm256_set1_ps(kLn2Low), r);
  __m256 p = _mm256_set1_ps(kExpTaylor[0]);
  for (int k = 1; k < 7; ++k) p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(kExpTaylor[k]));
  // n >= -126 here, so 2^n is a normal float: (n + 127) in the exponent field.
  const __m256i twoToN = _mm256_slli_epi32(_mm256_add_epi32(_mm256_cvtps_epi32(n), _mm256_set1_epi32(127)), 23);
  return _mm256_and_ps(_mm256_mul_ps(p, _mm256_castsi256_ps(twoToN)), keep);
}

}  // namespace
}  // namespace sam2::detail
