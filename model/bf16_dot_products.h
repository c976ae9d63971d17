#pragma once
// AVX-512 BF16 dot-product blocks on AMX's packed layouts (model-internal; for the *_amx_kernel.cpp
// files, built with AVX-512 BF16 flags). As avx512_vector.h, everything has internal linkage.
//
// On CPUs without AMX (AMD's Zen 4 and 5) the tiles' products run as VDPBF16PS: each instruction
// adds a pair of products to each of 16 float32 lanes, one lane per column of a packed tile row
// (a key, a value channel, an output channel), the pair broadcast from a row of the left operand
// (a query's channel pair, a probability pair). kRows x kCols vectors of 16 float32 accumulate in
// registers over the whole reduction.
#include <cstdint>
#include <immintrin.h>

namespace sam2::detail {
namespace {

// c [kRows, 16 kCols] (row stride ldc floats) = (accumulate ? c : 0) + a times b, where a holds
// kRows rows (stride lda values) of chunks x 32 bfloat16, and b, for column vector g and chunk ch,
// a packed tile (16 rows of 16 pairs) at b + g * colStride + ch * chunkStride.
template <int kRows, int kCols>
inline void dotProductBlock(const uint16_t* a, int64_t lda, const uint16_t* b, int64_t colStride, int64_t chunkStride,
                            int64_t chunks, float* c, int64_t ldc, bool accumulate) {
  __m512 acc[kRows][kCols];
  for (int i = 0; i < kRows; ++i)
    for (int g = 0; g < kCols; ++g) acc[i][g] = accumulate ? _mm512_loadu_ps(c + i * ldc + g * 16) : _mm512_setzero_ps();
  for (int64_t ch = 0; ch < chunks; ++ch) {
    const uint16_t* bc = b + ch * chunkStride;
    const uint16_t* ac = a + ch * 32;
    for (int r = 0; r < 16; ++r) {
      __m512bh bv[kCols];
      for (int g = 0; g < kCols; ++g) bv[g] = (__m512bh)_mm512_loadu_si512(bc + g * colStride + r * 32);
      for (int i = 0; i < kRows; ++i) {
        int32_t pair;
        __builtin_memcpy(&pair, ac + i * lda + 2 * r, sizeof pair);
        const __m512bh av = (__m512bh)_mm512_set1_epi32(pair);
        for (int g = 0; g < kCols; ++g) acc[i][g] = _mm512_dpbf16_ps(acc[i][g], av, bv[g]);
      }
    }
  }
  for (int i = 0; i < kRows; ++i)
    for (int g = 0; g < kCols; ++g) _mm512_storeu_ps(c + i * ldc + g * 16, acc[i][g]);
}

}  // namespace
}  // namespace sam2::detail
