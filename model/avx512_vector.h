#pragma once
// AVX-512 helpers shared by the *_avx512.cpp kernels (model-internal; include it nowhere else).
//
// Everything here has internal linkage (an unnamed namespace): each kernel file gets its own
// AVX-512 copy, and no file built without AVX-512 can end up calling one through the linker's
// choice of an inline function's copy. Needs AVX-512 F, BW and VL.
#include <cstdint>
#include <immintrin.h>

#include "model/exp_polynomial.h"

namespace sam2::detail {
namespace {

// 16 bfloat16 -> 16 float32: the bfloat16 bits are the float32's high half.
inline __m512 loadBf16(const uint16_t* p, __mmask16 mask) {
  const __m256i raw = _mm256_maskz_loadu_epi16(mask, p);
  return _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(raw), 16));
}

// float32 -> the nearest bfloat16 value (ties to even), still as float32: the value storeBf16
// writes (finite inputs).
inline __m512 roundToBf16(__m512 v) {
  const __m512i bits = _mm512_castps_si512(v);
  const __m512i lsb = _mm512_and_si512(_mm512_srli_epi32(bits, 16), _mm512_set1_epi32(1));
  const __m512i rounded = _mm512_add_epi32(bits, _mm512_add_epi32(lsb, _mm512_set1_epi32(0x7fff)));
  return _mm512_castsi512_ps(_mm512_and_si512(rounded, _mm512_set1_epi32(static_cast<int>(0xffff0000u))));
}

// Stores floats that are bfloat16 values already (roundToBf16's results): their high halves.
inline void storeExactBf16(uint16_t* p, __m512 v, __mmask16 mask) {
  _mm256_mask_storeu_epi16(p, mask, _mm512_cvtepi32_epi16(_mm512_srli_epi32(_mm512_castps_si512(v), 16)));
}

// float32 -> bfloat16, rounded to nearest, ties to even (as c10::BFloat16's conversion; finite
// inputs).
inline void storeBf16(uint16_t* p, __m512 v, __mmask16 mask) { storeExactBf16(p, roundToBf16(v), mask); }

// AVX-512 BF16's conversion, VCVTNEPS2BF16: the same rounding as storeBf16 (to nearest, ties to
// even) of every normal float32 in one instruction instead of six; subnormal inputs give 0 (the
// model's threads flush those anyway, flushDenormals). Inline assembly, because the intrinsic
// would need the file built for AVX-512 BF16; call it only where the CPU has it
// (cpuHasAvx512Bf16).
inline __m256i convertToBf16Native(__m512 v) {
  __m256i out;
  asm("vcvtneps2bf16 %1, %0" : "=v"(out) : "v"(v));
  return out;
}

// storeBf16, or with kNative that instruction.
template <bool kNative>
inline void storeBf16Rounded(uint16_t* p, __m512 v, __mmask16 mask) {
  if constexpr (kNative)
    _mm256_mask_storeu_epi16(p, mask, convertToBf16Native(v));
  else
    storeBf16(p, v, mask);
}

// The lanes of a row's last, partial vector.
inline __mmask16 tailMask(int64_t left) {
  return left >= 16 ? static_cast<__mmask16>(0xffff) : static_cast<__mmask16>((1u << left) - 1u);
}

// e^x for x <= 0: x = n ln2 + r with |r| <= ln2/2, e^r by its degree-6 Taylor polynomial
// (exp_polynomial.h; relative error below 2e-7 there, under a float32 step), times 2^n by
// scalef, which also makes the subnormal results of x down to -103.9 (as expf's); below that, 0
// (and for -inf). kDegree 4 keeps the polynomial's last five terms: relative error below 5e-5, a
// fortieth of a bfloat16 step, for results rounded to bfloat16 anyway (attention_amx_kernel.cpp).
template <int kDegree = 6>
inline __m512 expNonPositive(__m512 x) {
  static_assert(kDegree >= 1 && kDegree <= 6, "exp_polynomial.h has the terms up to degree 6");
  const __mmask16 underflow = _mm512_cmp_ps_mask(x, _mm512_set1_ps(-103.97f), _CMP_LT_OQ);
  x = _mm512_max_ps(x, _mm512_set1_ps(-104.f));
  const __m512 n = _mm512_roundscale_ps(_mm512_mul_ps(x, _mm512_set1_ps(kLog2e)),
                                        _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
  __m512 r = _mm512_fnmadd_ps(n, _mm512_set1_ps(kLn2High), x);
  r = _mm512_fnmadd_ps(n, _mm512_set1_ps(kLn2Low), r);
  __m512 p = _mm512_set1_ps(kExpTaylor[6 - kDegree]);
  for (int k = 7 - kDegree; k < 7; ++k) p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(kExpTaylor[k]));
  return _mm512_maskz_mov_ps(static_cast<__mmask16>(~underflow), _mm512_scalef_ps(p, n));
}

// The largest of a float32 row's first n values (-inf for none), two vectors at a time.
inline float rowMaxFloat(const float* row, int64_t n) {
  __m512 max0 = _mm512_set1_ps(-__builtin_inff()), max1 = max0;
  int64_t i = 0;
  for (; i + 32 <= n; i += 32) {
    max0 = _mm512_max_ps(max0, _mm512_loadu_ps(row + i));
    max1 = _mm512_max_ps(max1, _mm512_loadu_ps(row + i + 16));
  }
  for (; i < n; i += 16) max0 = _mm512_mask_max_ps(max0, tailMask(n - i), max0, _mm512_maskz_loadu_ps(tailMask(n - i), row + i));
  return _mm512_reduce_max_ps(_mm512_max_ps(max0, max1));
}

// Transposes 16 rows of 16 32-bit values in registers: afterwards r[j] holds element j of every
// former row (the fused kernels' packing of keys into 16-key tiles). Pairs of rows interleaved by
// 32 and 64 bits, then the 128-bit quarters moved in two rounds.
inline void transpose16x16(__m512i r[16]) {
  __m512i t[16];
  for (int i = 0; i < 8; ++i) {
    t[2 * i] = _mm512_unpacklo_epi32(r[2 * i], r[2 * i + 1]);
    t[2 * i + 1] = _mm512_unpackhi_epi32(r[2 * i], r[2 * i + 1]);
  }
  for (int i = 0; i < 4; ++i) {
    r[4 * i] = _mm512_unpacklo_epi64(t[4 * i], t[4 * i + 2]);
    r[4 * i + 1] = _mm512_unpackhi_epi64(t[4 * i], t[4 * i + 2]);
    r[4 * i + 2] = _mm512_unpacklo_epi64(t[4 * i + 1], t[4 * i + 3]);
    r[4 * i + 3] = _mm512_unpackhi_epi64(t[4 * i + 1], t[4 * i + 3]);
  }
  for (int i = 0; i < 4; ++i) {
    t[i] = _mm512_shuffle_i32x4(r[i], r[i + 4], 0x88);
    t[i + 4] = _mm512_shuffle_i32x4(r[i], r[i + 4], 0xdd);
    t[i + 8] = _mm512_shuffle_i32x4(r[i + 8], r[i + 12], 0x88);
    t[i + 12] = _mm512_shuffle_i32x4(r[i + 8], r[i + 12], 0xdd);
  }
  for (int i = 0; i < 4; ++i) {
    r[i] = _mm512_shuffle_i32x4(t[i], t[i + 8], 0x88);
    r[i + 8] = _mm512_shuffle_i32x4(t[i], t[i + 8], 0xdd);
    r[i + 4] = _mm512_shuffle_i32x4(t[i + 4], t[i + 12], 0x88);
    r[i + 12] = _mm512_shuffle_i32x4(t[i + 4], t[i + 12], 0xdd);
  }
}

// A running soft-max row (the fused attention kernels) meeting a block whose largest scaled score
// is blockMax: where that beats the row's running maximum, the maximum moves up and the row's sum
// and its dv output floats are scaled by e^(old - new), by expNonPositive<kDegree> (0 for a row's
// first block, whose old maximum is -inf and whose output is still zero).
template <int kDegree>
inline void raiseRunningMax(float blockMax, float& rowMax, float& rowSum, float* out, int64_t dv) {
  if (!(blockMax > rowMax)) return;
  const float factor = _mm512_cvtss_f32(expNonPositive<kDegree>(_mm512_set1_ps(rowMax - blockMax)));
  rowMax = blockMax;
  if (rowSum == 0.f) return;
  rowSum *= factor;
  const __m512 f = _mm512_set1_ps(factor);
  for (int64_t c = 0; c < dv; c += 16) _mm512_storeu_ps(out + c, _mm512_mul_ps(_mm512_loadu_ps(out + c), f));
}

// The totals of four vectors, [sum a, sum b, sum c, sum d]: halves of 256 bits added with the
// other vector's (two shuffles and an add per pair), the 128-bit quarters likewise, then the four
// partial sums of each vector moved into one quarter each and the quarters added.
inline __m128 sumsOfFour(__m512 a, __m512 b, __m512 c, __m512 d) {
  const __m512 ab = _mm512_add_ps(_mm512_shuffle_f32x4(a, b, _MM_SHUFFLE(1, 0, 1, 0)),
                                  _mm512_shuffle_f32x4(a, b, _MM_SHUFFLE(3, 2, 3, 2)));
  const __m512 cd = _mm512_add_ps(_mm512_shuffle_f32x4(c, d, _MM_SHUFFLE(1, 0, 1, 0)),
                                  _mm512_shuffle_f32x4(c, d, _MM_SHUFFLE(3, 2, 3, 2)));
  // Quarter k of abcd: four partial sums of vector k (a, b, c, d).
  const __m512 abcd = _mm512_add_ps(_mm512_shuffle_f32x4(ab, cd, _MM_SHUFFLE(2, 0, 2, 0)),
                                    _mm512_shuffle_f32x4(ab, cd, _MM_SHUFFLE(3, 1, 3, 1)));
  // Transposed 4 x 4: quarter l holds partial sum l of a, b, c and d.
  const __m512i order = _mm512_setr_epi32(0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15);
  const __m512 t = _mm512_permutexvar_ps(order, abcd);
  const __m256 high = _mm256_castpd_ps(_mm512_extractf64x4_pd(_mm512_castps_pd(t), 1));
  const __m256 half = _mm256_add_ps(_mm512_castps512_ps256(t), high);
  return _mm_add_ps(_mm256_castps256_ps128(half), _mm256_extractf128_ps(half, 1));
}

}  // namespace
}  // namespace sam2::detail
