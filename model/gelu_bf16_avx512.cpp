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

void geluBf16TableRange(const uint16_t* table, const uint16_t* x, uint16_t* out, int64_t begin, int64_t end) {
  // 16 lanes gather a 32-bit word each at table + 2 * bits (the table has a spare entry after its
  // last); the low half is the value. Four gathers in flight, loaded before any store, so out may
  // be x.
  const auto* base = reinterpret_cast<const int*>(table);
  int64_t i = begin;
  for (; i + 64 <= end; i += 64) {
    __m512i v[4];
    for (int l = 0; l < 4; ++l)
      v[l] = _mm512_i32gather_epi32(_mm512_cvtepu16_epi32(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(x + i + 16 * l))),
                                    base, 2);
    for (int l = 0; l < 4; ++l) _mm256_storeu_si256(reinterpret_cast<__m256i*>(out + i + 16 * l), _mm512_cvtepi32_epi16(v[l]));
  }
  for (; i < end; i += 16) {
    const __mmask16 m = tailMask(end - i);
    const __m512i index = _mm512_cvtepu16_epi32(_mm256_maskz_loadu_epi16(m, x + i));
    const __m512i v = _mm512_mask_i32gather_epi32(_mm512_setzero_si512(), m, index, base, 2);
    _mm256_mask_storeu_epi16(out + i, m, _mm512_cvtepi32_epi16(v));
  }
}

void geluFloatRange(float* x, int64_t begin, int64_t end) {
  constexpr int kLanes = 4;  // independent chains, as geluRange
  int64_t i = begin;
  for (; i + 16 * kLanes <= end; i += 16 * kLanes) {
    __m512 v[kLanes];
    for (int l = 0; l < kLanes; ++l) v[l] = gelu(_mm512_loadu_ps(x + i + 16 * l));
    for (int l = 0; l < kLanes; ++l) _mm512_storeu_ps(x + i + 16 * l, v[l]);
  }
  for (; i < end; i += 16) {
    const __mmask16 m = tailMask(end - i);
    _mm512_mask_storeu_ps(x + i, m, gelu(_mm512_maskz_loadu_ps(m, x + i)));
  }
}

void geluBf16Range(const uint16_t* x, const uint16_t* addend, uint16_t* out16, float* out32, int64_t begin,
                   int64_t end, bool nativeRounding) {
  if (nativeRounding)
    geluRange<true>(x, addend, out16, out32, begin, end);
  else
    geluRange<false>(x, addend, out16, out32, begin, end);
}

namespace {

inline __m512 loadFull(const uint16_t* p) { return loadBf16(p, 0xffff); }
inline __m512 loadFull(const float* p) { return _mm512_loadu_ps(p); }

// geluTokenLogitsRows for C = 16 kVectors, on bfloat16 (uint16_t) or float32 maps: four output
// pixels at a time, their 4 kVectors GELUs side by side (independent chains, as geluRange), then
// per token the four dot products.
template <int kVectors, typename T>
void tokenLogitsRows(const T* blocks, const T* addend, const float* tokens, float* logits, int64_t h, int64_t w,
                     int64_t numTokens, int64_t rowBegin, int64_t rowEnd) {
  constexpr int64_t channels = 16 * kVectors;
  const int64_t outH = 2 * h, outW = 2 * w;
  for (int64_t row = rowBegin; row < rowEnd; ++row) {
    const int64_t b = row / outH, yy = row % outH, y = yy / 2, i = yy % 2;
    const float* tok = tokens + b * numTokens * channels;
    float* out = logits + b * numTokens * outH * outW + yy * outW;
    for (int64_t xx = 0; xx < outW; xx += 4) {
      __m512 v[4][kVectors];
      for (int p = 0; p < 4; ++p) {
        const int64_t x = (xx + p) / 2, j = (xx + p) % 2;
        const T* in = blocks + (((b * h + y) * w + x) * 4 + i * 2 + j) * channels;
        for (int k = 0; k < kVectors; ++k) v[p][k] = loadFull(in + 16 * k);
        if (addend) {
          const T* add = addend + ((b * outH + yy) * outW + xx + p) * channels;
          for (int k = 0; k < kVectors; ++k) v[p][k] = _mm512_add_ps(v[p][k], loadFull(add + 16 * k));
        }
      }
      for (int p = 0; p < 4; ++p)
        for (int k = 0; k < kVectors; ++k) v[p][k] = gelu(v[p][k]);
      for (int64_t t = 0; t < numTokens; ++t) {
        __m512 acc[4];
        for (int p = 0; p < 4; ++p) {
          acc[p] = _mm512_mul_ps(v[p][0], _mm512_loadu_ps(tok + t * channels));
          for (int k = 1; k < kVectors; ++k)
            acc[p] = _mm512_fmadd_ps(v[p][k], _mm512_loadu_ps(tok + t * channels + 16 * k), acc[p]);
        }
        _mm_storeu_ps(out + t * outH * outW + xx, sumsOfFour(acc[0], acc[1], acc[2], acc[3]));
      }
    }
  }
}

template <typename T>
void tokenLogitsRowsOf(const T* blocks, const T* addend, const float* tokens, float* logits, int64_t h, int64_t w,
                       int64_t channels, int64_t numTokens, int64_t rowBegin, int64_t rowEnd) {
  switch (channels) {
    case 16:
      return tokenLogitsRows<1>(blocks, addend, tokens, logits, h, w, numTokens, rowBegin, rowEnd);
    case 32:
      return tokenLogitsRows<2>(blocks, addend, tokens, logits, h, w, numTokens, rowBegin, rowEnd);
    case 64:
      return tokenLogitsRows<4>(blocks, addend, tokens, logits, h, w, numTokens, rowBegin, rowEnd);
    default:
      return;  // not taken: geluTokenLogitsApplies
  }
}

}  // namespace

void geluTokenLogitsRows(const uint16_t* blocks, const uint16_t* addend, const float* tokens, float* logits,
                         int64_t h, int64_t w, int64_t channels, int64_t numTokens, int64_t rowBegin,
                         int64_t rowEnd) {
  tokenLogitsRowsOf(blocks, addend, tokens, logits, h, w, channels, numTokens, rowBegin, rowEnd);
}

void geluTokenLogitsRowsFloat(const float* blocks, const float* addend, const float* tokens, float* logits,
                              int64_t h, int64_t w, int64_t channels, int64_t numTokens, int64_t rowBegin,
                              int64_t rowEnd) {
  tokenLogitsRowsOf(blocks, addend, tokens, logits, h, w, channels, numTokens, rowBegin, rowEnd);
}

}  // namespace sam2::detail

#else

namespace sam2::detail {
bool geluBf16Compiled() { return false; }
void geluBf16TableRange(const uint16_t*, const uint16_t*, uint16_t*, int64_t, int64_t) {}
void geluFloatRange(float*, int64_t, int64_t) {}
void geluBf16Range(const uint16_t*, const uint16_t*, uint16_t*, float*, int64_t, int64_t, bool) {}
void geluTokenLogitsRows(const uint16_t*, const uint16_t*, const float*, float*, int64_t, int64_t, int64_t, int64_t,
                         int64_t, int64_t) {}
void geluTokenLogitsRowsFloat(const float*, const float*, const float*, float*, int64_t, int64_t, int64_t, int64_t,
                              int64_t, int64_t) {}
}  // namespace sam2::detail

#endif
