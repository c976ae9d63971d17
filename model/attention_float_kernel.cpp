// The AVX-512 kernel of attention_float.h, built with AVX-512 flags (model/CMakeLists.txt). As the
// *_avx512.cpp kernels, it includes no LibTorch or C++ library header beyond <cstdint>'s typedefs.
//
// Layout of the packed keys (float32): for each tile of 16 keys t, at t * d * 16, the tile's
// transpose [d][16]: row c holds channel c of the 16 keys, one vector. Keys beyond nk are zero,
// up to the next multiple of 32. The values are read where they lie: a row of 16 channels is a
// vector already.
#include <cstdint>

#if defined(__AVX512F__) && defined(__AVX512BW__) && defined(__AVX512DQ__) && defined(__FMA__)
#include "model/avx512_vector.h"

namespace sam2::detail {

namespace {

constexpr int64_t kGroupRows = 32;  // query rows whose scores for a block of keys stay in L1
constexpr int kBlockRows = 8;       // query rows per register block
constexpr int kBlockCols = 2;       // vectors of 16 per register block

// A panel's workspace, in floats from its 64-byte aligned start: the queries (rows padded to a
// whole group), the output rows, a group's scores (soft-maxed in place), running maxima and sums.
struct FloatPanelLayout {
  int64_t padded, output, scores, rowMax, rowSum, totalFloats;
  FloatPanelLayout(int64_t rows, int64_t d, int64_t dv, int64_t keyBlock)
      : padded((rows + kGroupRows - 1) / kGroupRows * kGroupRows) {
    auto round = [](int64_t floats) { return (floats + 15) / 16 * 16; };
    output = round(padded * d);
    scores = output + round(padded * dv);
    rowMax = scores + round(kGroupRows * keyBlock);
    rowSum = rowMax + round(padded);
    totalFloats = rowSum + round(padded) + 16;
  }
};

// c [kBlockRows, 32] = a [kBlockRows rows of d, stride lda] times a pair of packed key tiles.
inline void scoreBlock(const float* a, int64_t lda, const float* keys, int64_t d, float* c, int64_t ldc) {
  __m512 acc[kBlockRows][kBlockCols];
  for (auto& row : acc)
    for (auto& v : row) v = _mm512_setzero_ps();
  for (int64_t ch = 0; ch < d; ++ch) {
    __m512 k[kBlockCols];
    for (int g = 0; g < kBlockCols; ++g) k[g] = _mm512_loadu_ps(keys + g * d * 16 + ch * 16);
    for (int i = 0; i < kBlockRows; ++i) {
      const __m512 q = _mm512_set1_ps(a[i * lda + ch]);
      for (int g = 0; g < kBlockCols; ++g) acc[i][g] = _mm512_fmadd_ps(q, k[g], acc[i][g]);
    }
  }
  for (int i = 0; i < kBlockRows; ++i)
    for (int g = 0; g < kBlockCols; ++g) _mm512_storeu_ps(c + i * ldc + g * 16, acc[i][g]);
}

// o [kBlockRows, 32] (row stride ldo) += p [kBlockRows rows of n, stride ldp] times values
// [n rows of 32 channels, stride ldv].
inline void valueBlock(const float* p, int64_t ldp, const float* values, int64_t ldv, int64_t n, float* o,
                       int64_t ldo) {
  __m512 acc[kBlockRows][kBlockCols];
  for (int i = 0; i < kBlockRows; ++i)
    for (int g = 0; g < kBlockCols; ++g) acc[i][g] = _mm512_loadu_ps(o + i * ldo + g * 16);
  for (int64_t j = 0; j < n; ++j) {
    __m512 v[kBlockCols];
    for (int g = 0; g < kBlockCols; ++g) v[g] = _mm512_loadu_ps(values + j * ldv + g * 16);
    for (int i = 0; i < kBlockRows; ++i) {
      const __m512 w = _mm512_set1_ps(p[i * ldp + j]);
      for (int g = 0; g < kBlockCols; ++g) acc[i][g] = _mm512_fmadd_ps(w, v[g], acc[i][g]);
    }
  }
  for (int i = 0; i < kBlockRows; ++i)
    for (int g = 0; g < kBlockCols; ++g) _mm512_storeu_ps(o + i * ldo + g * 16, acc[i][g]);
}

// The running soft-max of a group of rows over one block of keys, in place: scores [32, ldS], the
// first `valid` columns real keys, times scale (> 0) become e^(score scale - running max). A row
// whose maximum grows has its output row (out, [32, dv]) and sum scaled by e^(old - new) first.
void softmaxGroup(float* scores, int64_t ldS, int64_t valid, float scale, float* rowMax, float* rowSum, float* out,
                  int64_t dv) {
  const __m512 scaleV = _mm512_set1_ps(scale);
  for (int64_t i = 0; i < kGroupRows; ++i) {
    float* s = scores + i * ldS;
    raiseRunningMax<6>(rowMaxFloat(s, valid) * scale, rowMax[i], rowSum[i], out + i * dv, dv);
    const __m512 shift = _mm512_set1_ps(rowMax[i]);
    __m512 sum0 = _mm512_setzero_ps(), sum1 = sum0;
    int64_t j = 0;
    for (; j + 32 <= valid; j += 32) {
      const __m512 e0 = expNonPositive(_mm512_fmsub_ps(_mm512_loadu_ps(s + j), scaleV, shift));
      const __m512 e1 = expNonPositive(_mm512_fmsub_ps(_mm512_loadu_ps(s + j + 16), scaleV, shift));
      _mm512_storeu_ps(s + j, e0);
      _mm512_storeu_ps(s + j + 16, e1);
      sum0 = _mm512_add_ps(sum0, e0);
      sum1 = _mm512_add_ps(sum1, e1);
    }
    for (; j < valid; j += 16) {
      const __mmask16 m = tailMask(valid - j);
      const __m512 e = _mm512_maskz_mov_ps(m, expNonPositive(_mm512_fmsub_ps(_mm512_maskz_loadu_ps(m, s + j), scaleV, shift)));
      _mm512_mask_storeu_ps(s + j, m, e);
      sum0 = _mm512_add_ps(sum0, e);
    }
    rowSum[i] += _mm512_reduce_add_ps(_mm512_add_ps(sum0, sum1));
  }
}

}  // namespace

bool floatAttentionCompiled() { return true; }

void floatPackKeys(const float* keys, int64_t ld, int64_t nk, int64_t d, float* packed, int64_t tileBegin,
                   int64_t tileEnd) {
  // 16 channels of the tile's 16 keys at a time, transposed in registers (d is a multiple of 16).
  for (int64_t t = tileBegin; t < tileEnd; ++t) {
    float* tile = packed + t * d * 16;
    for (int64_t c = 0; c < d; c += 16) {
      __m512i rows[16];
      for (int64_t n = 0; n < 16; ++n) {
        const int64_t key = t * 16 + n;
        rows[n] = key < nk ? _mm512_castps_si512(_mm512_loadu_ps(keys + key * ld + c)) : _mm512_setzero_si512();
      }
      transpose16x16(rows);
      for (int64_t r = 0; r < 16; ++r) _mm512_storeu_si512(tile + (c + r) * 16, rows[r]);
    }
  }
}

int64_t floatAttentionWorkspaceFloats(int64_t rows, int64_t d, int64_t dv, int64_t keyBlock) {
  return FloatPanelLayout(rows, d, dv, keyBlock).totalFloats;
}

void floatAttentionPanel(const float* queries, int64_t ldq, int64_t rows, const float* packedKeys, const float* values,
                         int64_t ldv, int64_t nk, int64_t d, int64_t dv, int64_t keyBlock, float scale, float* out,
                         int64_t ldo, float* workspace) {
  const FloatPanelLayout layout(rows, d, dv, keyBlock);
  const int64_t padded = layout.padded;
  float* base = reinterpret_cast<float*>((reinterpret_cast<uintptr_t>(workspace) + 63) & ~uintptr_t{63});
  float* q = base;
  float* o = base + layout.output;
  float* scores = base + layout.scores;
  float* rowMax = base + layout.rowMax;
  float* rowSum = base + layout.rowSum;
  // The panel's queries, with zero rows up to a whole group; output rows and sums at zero.
  for (int64_t r = 0; r < padded; ++r) {
    for (int64_t c = 0; c < d; c += 16)
      _mm512_storeu_ps(q + r * d + c, r < rows ? _mm512_loadu_ps(queries + r * ldq + c) : _mm512_setzero_ps());
    for (int64_t c = 0; c < dv; c += 16) _mm512_storeu_ps(o + r * dv + c, _mm512_setzero_ps());
    rowMax[r] = -__builtin_inff();
    rowSum[r] = 0.f;
  }
  for (int64_t k0 = 0; k0 < nk; k0 += keyBlock) {
    const int64_t valid = nk - k0 < keyBlock ? nk - k0 : keyBlock;
    const int64_t width = (valid + 31) / 32 * 32;
    const float* blockKeys = packedKeys + (k0 / 16) * d * 16;
    for (int64_t i0 = 0; i0 < padded; i0 += kGroupRows) {
      for (int64_t j = 0; j < width; j += 16 * kBlockCols)
        for (int64_t i = 0; i < kGroupRows; i += kBlockRows)
          scoreBlock(q + (i0 + i) * d, d, blockKeys + (j / 16) * d * 16, d, scores + i * keyBlock + j, keyBlock);
      softmaxGroup(scores, keyBlock, valid, scale, rowMax + i0, rowSum + i0, o + i0 * dv, dv);
      for (int64_t c = 0; c < dv; c += 16 * kBlockCols)
        for (int64_t i = 0; i < kGroupRows; i += kBlockRows)
          valueBlock(scores + i * keyBlock, keyBlock, values + k0 * ldv + c, ldv, valid, o + (i0 + i) * dv + c, dv);
    }
  }
  for (int64_t r = 0; r < rows; ++r) {
    const __m512 inverse = _mm512_set1_ps(1.f / rowSum[r]);
    for (int64_t c = 0; c < dv; c += 16)
      _mm512_storeu_ps(out + r * ldo + c, _mm512_mul_ps(_mm512_loadu_ps(o + r * dv + c), inverse));
  }
}

}  // namespace sam2::detail

#else

namespace sam2::detail {
bool floatAttentionCompiled() { return false; }
void floatPackKeys(const float*, int64_t, int64_t, int64_t, float*, int64_t, int64_t) {}
int64_t floatAttentionWorkspaceFloats(int64_t, int64_t, int64_t, int64_t) { return 0; }
void floatAttentionPanel(const float*, int64_t, int64_t, const float*, const float*, int64_t, int64_t, int64_t, int64_t,
                         int64_t, float, float*, int64_t, float*) {}
}  // namespace sam2::detail

#endif
