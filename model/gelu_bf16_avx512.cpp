// The AVX-512 part of gelu_bf16.h, built with AVX-512 flags (model/CMakeLists.txt); see
// softmax_bf16_avx512.cpp for why it includes no library header.
#include <cstdint>

#if defined(__AVX512F__) && defined(__AVX512BW__)
#include "model/avx512_vector.h"

namespace sam2::detail {

namespace {

// gelu(v) = v/2 (1 + erf(v / sqrt 2)). With a = |v| / sqrt 2 and t = 1 / (1 + a/2),
// erfc(a) = t e^(-a^2 + P(t)) with the degree-9 polynomial P of Numerical Recipes' erfcc (a
// Chebyshev fit, relative error below 1.2e-7 for every a >= 0, so the tail of negative inputs is
// as exact as the rest); then 1 + erf(v / sqrt 2) is 2 - erfc(a) for v >= 0 and erfc(a) for
// v < 0. Beyond a = 9 erfc is taken as 0 (it is below 1e-36, and float32's 1 + erf there is 0
// too): e^(-a^2) would be subnormal, and subnormal arithmetic costs the CPU a hundred cycles a
// lane. The reciprocal is rcp14 refined by one Newton step (relative error about 2^-28).
inline __m512 gelu(__m512 v) {
  const __m512 a = _mm512_mul_ps(_mm512_abs_ps(v), _mm512_set1_ps(0.70710678118654752f));
  const __mmask16 inRange = _mm512_cmp_ps_mask(a, _mm512_set1_ps(9.f), _CMP_LE_OQ);
  const __m512 am = _mm512_min_ps(a, _mm512_set1_ps(9.f));
  const __m512 denominator = _mm512_fmadd_ps(am, _mm512_set1_ps(0.5f), _mm512_set1_ps(1.f));
  __m512 t = _mm512_rcp14_ps(denominator);
  t = _mm512_mul_ps(t, _mm512_fnmadd_ps(denominator, t, _mm512_set1_ps(2.f)));
  __m512 p = _mm512_set1_ps(0.17087277f);
  p = _mm512_fmadd_ps(p, t, _mm512_set1_ps(-0.82215223f));
  p = _mm512_fmadd_ps(p, t, _mm512_set1_ps(1.48851587f));
  p = _mm512_fmadd_ps(p, t, _mm512_set1_ps(-1.13520398f));
  p = _mm512_fmadd_ps(p, t, _mm512_set1_ps(0.27886807f));
  p = _mm512_fmadd_ps(p, t, _mm512_set1_ps(-0.18628806f));
  p = _mm512_fmadd_ps(p, t, _mm512_set1_ps(0.09678418f));
  p = _mm512_fmadd_ps(p, t, _mm512_set1_ps(0.37409196f));
  p = _mm512_fmadd_ps(p, t, _mm512_set1_ps(1.00002368f));
  p = _mm512_fmadd_ps(p, t, _mm512_set1_ps(-1.26551223f));
  // -a^2 + P(t) is at most 3e-8 (at a = 0): clamped to 0 for expNonPositive, within 1e-7.
  const __m512 exponent = _mm512_fnmadd_ps(am, am, p);
  const __m512 e = expNonPositive(_mm512_min_ps(exponent, _mm512_setzero_ps()));
  const __m512 erfc = _mm512_maskz_mul_ps(inRange, t, e);
  const __mmask16 negative = _mm512_cmp_ps_mask(v, _mm512_setzero_ps(), _CMP_LT_OQ);
  const __m512 onePlusErf = _mm512_mask_mov_ps(_mm512_sub_ps(_mm512_set1_ps(2.f), erfc), negative, erfc);
  return _mm512_mul_ps(_mm512_mul_ps(v, _mm512_set1_ps(0.5f)), onePlusErf);
}

template <bool kNativeRounding>
void geluRange(const uint16_t* x, const uint16_t* addend, uint16_t* out16, float* out32, int64_t begin,
               int64_t end) {
  // Four vectors per step: each GELU is a chain of some thirty dependent instructions, and
  // independent chains side by side keep both vector units busy (measured: twice as fast).
  constexpr int kLanes = 4;
  int64_t i = begin;
  auto one = [&](int64_t at, __mmask16 m, __m512 y) {
    if (out16)
      storeBf16Rounded<kNativeRounding>(out16 + at, y, m);
    else
      _mm512_mask_storeu_ps(out32 + at, m, y);
  };
  for (; i + 16 * kLanes <= end; i += 16 * kLanes) {
    __m512 v[kLanes];
    for (int l = 0; l < kLanes; ++l) {
      v[l] = loadBf16(x + i + 16 * l, 0xffff);
      if (addend) v[l] = _mm512_add_ps(v[l], loadBf16(addend + i + 16 * l, 0xffff));
    }
    for (int l = 0; l < kLanes; ++l) v[l] = gelu(v[l]);
    for (int l = 0; l < kLanes; ++l) one(i + 16 * l, 0xffff, v[l]);
  }
  for (; i < end; i += 16) {
    const __mmask16 m = tailMask(end - i);
    __m512 v = loadBf16(x + i, m);
    if (addend) v = _mm512_add_ps(v, loadBf16(addend + i, m));
    one(i, m, gelu(v));
  }
}

}  // namespace

bool geluBf16Compiled() { return true; }

void geluBf16Range(const uint16_t* x, const uint16_t* addend, uint16_t* out16, float* out32, int64_t begin,
                   int64_t end, bool nativeRounding) {
  if (nativeRounding)
    geluRange<true>(x, addend, out16, out32, begin, end);
  else
    geluRange<false>(x, addend, out16, out32, begin, end);
}

}  // namespace sam2::detail

#else

namespace sam2::detail {
bool geluBf16Compiled() { return false; }
void geluBf16Range(const uint16_t*, const uint16_t*, uint16_t*, float*, int64_t, int64_t, bool) {}
}  // namespace sam2::detail

#endif
