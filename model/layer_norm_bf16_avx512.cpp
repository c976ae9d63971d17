// The AVX-512 part of layer_norm_bf16.h, built with AVX-512 flags (model/CMakeLists.txt). Like
// softmax_bf16_avx512.cpp it includes nothing that could put an AVX-512 copy of a shared inline
// function into the program.
#include <cstdint>

#if defined(__AVX512F__) && defined(__AVX512BW__)
#include "model/avx512_vector.h"

namespace sam2::detail {

namespace {

inline __m512 loadPart(const uint16_t* p, __mmask16 m) { return loadBf16(p, m); }
inline __m512 loadPart(const float* p, __mmask16 m) { return _mm512_maskz_loadu_ps(m, p); }

// T: the map's element, bfloat16 (uint16_t) or float.
template <bool kNativeRounding, typename T>
void normRow(const T* in, const T* addend, T* sumOut, T* out, int64_t c, const float* weight, const float* bias,
             float eps, float* buffer) {
  constexpr bool kBf16 = sizeof(T) == 2;
  // Pass 1 (from memory): to float32 in the buffer (plus the addend), and the sum. With sumOut,
  // the sum is stored there (it may be `in` itself), rounded to bfloat16 first for bfloat16 maps,
  // and the norm is that of the stored values.
  __m512 sumV = _mm512_setzero_ps();
  for (int64_t i = 0; i < c; i += 16) {
    const __mmask16 m = tailMask(c - i);
    __m512 x = loadPart(in + i, m);
    if (addend) x = _mm512_add_ps(x, loadPart(addend + i, m));
    if (sumOut) {
      if constexpr (kBf16) {
        x = roundToBf16(x);
        storeExactBf16(sumOut + i, x, m);
      } else {
        _mm512_mask_storeu_ps(sumOut + i, m, x);
      }
    }
    _mm512_mask_storeu_ps(buffer + i, m, x);
    sumV = _mm512_add_ps(sumV, x);  // masked lanes loaded as 0
  }
  const float mean = _mm512_reduce_add_ps(sumV) / static_cast<float>(c);
  // Pass 2 (from L1): the biased variance of the centred values.
  const __m512 meanV = _mm512_set1_ps(mean);
  __m512 sqV = _mm512_setzero_ps();
  for (int64_t i = 0; i < c; i += 16) {
    const __mmask16 m = tailMask(c - i);
    const __m512 d = _mm512_maskz_sub_ps(m, _mm512_maskz_loadu_ps(m, buffer + i), meanV);
    sqV = _mm512_fmadd_ps(d, d, sqV);
  }
  const float var = _mm512_reduce_add_ps(sqV) / static_cast<float>(c);
  const __m512 rstdV = _mm512_set1_ps(1.f / __builtin_sqrtf(var + eps));
  // Pass 3 (from L1): (x - mean) * rstd * weight + bias, rounded to bfloat16 for bfloat16 maps.
  for (int64_t i = 0; i < c; i += 16) {
    const __mmask16 m = tailMask(c - i);
    const __m512 d = _mm512_mul_ps(_mm512_sub_ps(_mm512_maskz_loadu_ps(m, buffer + i), meanV), rstdV);
    const __m512 y = _mm512_fmadd_ps(d, _mm512_maskz_loadu_ps(m, weight + i), _mm512_maskz_loadu_ps(m, bias + i));
    if constexpr (kBf16)
      storeBf16Rounded<kNativeRounding>(out + i, y, m);
    else
      _mm512_mask_storeu_ps(out + i, m, y);
  }
}

template <bool kNativeRounding, typename T>
void rows(const T* in, const T* addend, T* sumOut, T* out, int64_t begin, int64_t end, int64_t c,
          const float* weight, const float* bias, float eps, float* buffer) {
  for (int64_t r = begin; r < end; ++r)
    normRow<kNativeRounding>(in + r * c, addend ? addend + r * c : nullptr, sumOut ? sumOut + r * c : nullptr,
                             out + r * c, c, weight, bias, eps, buffer);
}

}  // namespace

bool layerNormBf16Compiled() { return true; }

void layerNormBf16Rows(const uint16_t* in, const uint16_t* addend, uint16_t* sumOut, uint16_t* out, int64_t begin,
                       int64_t end, int64_t c, const float* weight, const float* bias, float eps, float* buffer,
                       bool nativeRounding) {
  if (nativeRounding)
    rows<true>(in, addend, sumOut, out, begin, end, c, weight, bias, eps, buffer);
  else
    rows<false>(in, addend, sumOut, out, begin, end, c, weight, bias, eps, buffer);
}

void layerNormFloatRows(const float* in, const float* addend, float* sumOut, float* out, int64_t begin, int64_t end,
                        int64_t c, const float* weight, const float* bias, float eps, float* buffer) {
  rows<false>(in, addend, sumOut, out, begin, end, c, weight, bias, eps, buffer);
}

}  // namespace sam2::detail

#else

namespace sam2::detail {
bool layerNormBf16Compiled() { return false; }
void layerNormBf16Rows(const uint16_t*, const uint16_t*, uint16_t*, uint16_t*, int64_t, int64_t, int64_t,
                       const float*, const float*, float, float*, bool) {}
void layerNormFloatRows(const float*, const float*, float*, float*, int64_t, int64_t, int64_t, const float*,
                        const float*, float, float*) {}
}  // namespace sam2::detail

#endif
