// The AVX-512 part of small_linear.h, built with AVX-512 flags (model/CMakeLists.txt); see
// softmax_bf16_avx512.cpp for why it includes no library header.
#include <cstdint>

#if defined(__AVX512F__) && defined(__AVX512BW__)
#include "model/avx512_vector.h"

namespace sam2::detail {

namespace {

inline __m512 loadPart(const uint16_t* p, __mmask16 m) { return loadBf16(p, m); }
inline __m512 loadPart(const float* p, __mmask16 m) { return _mm512_maskz_loadu_ps(m, p); }

template <bool kNativeRounding>
inline void storePart(uint16_t* p, __m512 v, __mmask16 m) { storeBf16Rounded<kNativeRounding>(p, v, m); }
template <bool>
inline void storePart(float* p, __m512 v, __mmask16 m) { _mm512_mask_storeu_ps(p, m, v); }

// Output rows [m0, m0 + kRows) x columns [n0, n0 + cols) (cols 1 to 4): each input row's dot
// products with four weight rows, 16 channels at a time, kept as 4 kRows partial-sum vectors.
// T: the weight's, bias's and result's element, bfloat16 (uint16_t) or float.
template <int kRows, bool kNativeRounding, typename T>
void block(const float* x, const T* weight, const T* bias, T* out, int64_t m0, int64_t k, int64_t n, int64_t n0,
           int64_t cols) {
  const T* rows[4];
  for (int64_t j = 0; j < 4; ++j) rows[j] = weight + (n0 + (j < cols ? j : cols - 1)) * k;  // tail: repeats
  __m512 acc[kRows][4];
  for (int r = 0; r < kRows; ++r)
    for (int j = 0; j < 4; ++j) acc[r][j] = _mm512_setzero_ps();
  for (int64_t c = 0; c < k; c += 16) {
    const __mmask16 m = tailMask(k - c);
    __m512 w[4];
    for (int j = 0; j < 4; ++j) w[j] = loadPart(rows[j] + c, m);
    for (int r = 0; r < kRows; ++r) {
      const __m512 v = _mm512_maskz_loadu_ps(m, x + (m0 + r) * k + c);
      for (int j = 0; j < 4; ++j) acc[r][j] = _mm512_fmadd_ps(v, w[j], acc[r][j]);
    }
  }
  const __mmask16 kept = tailMask(cols);
  const __m512 b = bias ? loadPart(bias + n0, kept) : _mm512_setzero_ps();
  for (int r = 0; r < kRows; ++r) {
    const __m512 sums = _mm512_zextps128_ps512(sumsOfFour(acc[r][0], acc[r][1], acc[r][2], acc[r][3]));
    storePart<kNativeRounding>(out + (m0 + r) * n + n0, _mm512_add_ps(sums, b), kept);
  }
}

template <bool kNativeRounding, typename T>
void columns(const float* x, const T* weight, const T* bias, T* out, int64_t m, int64_t k, int64_t n, int64_t nBegin,
             int64_t nEnd) {
  for (int64_t n0 = nBegin; n0 < nEnd; n0 += 4) {
    const int64_t cols = nEnd - n0 < 4 ? nEnd - n0 : 4;
    int64_t m0 = 0;
    for (; m0 + 4 <= m; m0 += 4) block<4, kNativeRounding>(x, weight, bias, out, m0, k, n, n0, cols);
    switch (m - m0) {
      case 3: block<3, kNativeRounding>(x, weight, bias, out, m0, k, n, n0, cols); break;
      case 2: block<2, kNativeRounding>(x, weight, bias, out, m0, k, n, n0, cols); break;
      case 1: block<1, kNativeRounding>(x, weight, bias, out, m0, k, n, n0, cols); break;
      default: break;
    }
  }
}

}  // namespace

bool smallLinearCompiled() { return true; }

void smallLinearBf16Columns(const float* x, const uint16_t* weight, const uint16_t* bias, uint16_t* out, int64_t m,
                            int64_t k, int64_t n, int64_t nBegin, int64_t nEnd, bool nativeRounding) {
  if (nativeRounding)
    columns<true>(x, weight, bias, out, m, k, n, nBegin, nEnd);
  else
    columns<false>(x, weight, bias, out, m, k, n, nBegin, nEnd);
}

void smallLinearFloatColumns(const float* x, const float* weight, const float* bias, float* out, int64_t m, int64_t k,
                             int64_t n, int64_t nBegin, int64_t nEnd) {
  columns<false>(x, weight, bias, out, m, k, n, nBegin, nEnd);
}

}  // namespace sam2::detail

#else

namespace sam2::detail {
bool smallLinearCompiled() { return false; }
void smallLinearBf16Columns(const float*, const uint16_t*, const uint16_t*, uint16_t*, int64_t, int64_t, int64_t,
                            int64_t, int64_t, bool) {}
void smallLinearFloatColumns(const float*, const float*, const float*, float*, int64_t, int64_t, int64_t, int64_t,
                             int64_t) {}
}  // namespace sam2::detail

#endif
