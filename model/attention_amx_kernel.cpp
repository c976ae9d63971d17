// The kernels of attention_amx.h, built with AMX, AVX-512 and AVX-512 BF16 flags
// (model/CMakeLists.txt): the panels with AMX's tile products, or the same panels with AVX-512
// BF16's dot products (bf16_dot_products.h) for CPUs without AMX, which execute no AMX. As
// the *_avx512.cpp kernels, it includes no LibTorch or C++ library header beyond <cstdint>'s
// typedefs, so no inline function compiled here with AMX instructions can become the copy that
// callers on other CPUs run.
//
// Layouts (all bfloat16 stored as uint16_t; a tile is 16 rows of 64 bytes, 512 values):
// - packed keys: for each tile of 16 keys t and chunk of 32 channels c, tile (t, c) at
//   (t * chunks + c) * 512: row r, column n holds the channel pair (2r, 2r + 1) of key n, which
//   is AMX's pair-interleaved ("VNNI") layout of the keys' transpose, the B operand of q k^T;
// - packed values: for each chunk of 32 keys j and tile of 16 value channels u, tile (j, u) at
//   (j * valueTiles + u) * 512: row r, column n holds value channel n of keys 2r and 2r + 1, the
//   B operand of p v.
// Keys beyond nk are zero in both, up to the next multiple of 32; so are channels beyond d and dv,
// up to the next multiple of 32 (Hiera base+'s and large's heads have 56 and 72): zero channels
// add nothing to the scores, and the output's padding columns are never written out.
#include <cstdint>

#if defined(__AMX_TILE__) && defined(__AMX_BF16__) && defined(__AVX512F__) && defined(__AVX512BW__) && \
    defined(__AVX512BF16__)
#include "model/amx_tiles.h"
#include "model/bf16_dot_products.h"
#include "model/avx512_vector.h"

namespace sam2::detail {

namespace {

constexpr int64_t kPairRows = 32;  // query rows per pair of tile rows

inline int64_t roundUp32(int64_t n) { return (n + 31) / 32 * 32; }

// A panel's workspace, in floats from its 64-byte aligned start: the queries (bfloat16, half a
// float each; rows up to a whole pair of tiles, channels up to a multiple of 32), the float32
// output rows, a pair's scores and probabilities, the running maxima and sums, each part rounded
// up to 64 bytes; totalFloats also covers the alignment.
struct PanelLayout {
  int64_t padded, d, dv;
  int64_t output, scores, probabilities, rowMax, rowSum, totalFloats;

  PanelLayout(int64_t rows, int64_t channels, int64_t valueChannels, int64_t keyBlock)
      : padded((rows + kPairRows - 1) / kPairRows * kPairRows), d(roundUp32(channels)), dv(roundUp32(valueChannels)) {
    auto round = [](int64_t floats) { return (floats + 15) / 16 * 16; };
    output = round(padded * d / 2);
    scores = output + round(padded * dv);
    probabilities = scores + round(kPairRows * keyBlock);
    rowMax = probabilities + round(kPairRows * keyBlock / 2);
    rowSum = rowMax + round(padded);
    totalFloats = rowSum + round(padded) + 16;
  }
};

// 32 bfloat16 of a row from channel c on, zeros past the row's `channels` (and for no row).
inline __m512i loadChunk(const uint16_t* row, int64_t c, int64_t channels) {
  if (!row || c >= channels) return _mm512_setzero_si512();
  const int64_t left = channels - c;
  const __mmask32 m = left >= 32 ? ~__mmask32{0} : static_cast<__mmask32>((uint64_t{1} << left) - 1u);
  return _mm512_maskz_loadu_epi16(m, row + c);
}

// The running soft-max of one pair of tile rows over one block of keys. scores: [32, ldS] float32
// of which the first `valid` columns are real keys, to be multiplied by `scale` (> 0); probabilities: [32, ldS] bfloat16, written for
// the first `width` columns (valid rounded up to 32, zeros past valid). rowMax and rowSum carry
// the running maximum and sum of each row; a row whose maximum grows has its output rows (out,
// [32, dv] float32) and sum scaled by e^(old - new) first.
void softmaxBlock(const float* scores, int64_t ldS, int64_t valid, int64_t width, float scale,
                  uint16_t* probabilities, float* rowMax, float* rowSum, float* out, int64_t dv) {
  const __m512 scaleV = _mm512_set1_ps(scale);
  for (int64_t i = 0; i < kPairRows; ++i) {
    const float* s = scores + i * ldS;
    uint16_t* p = probabilities + i * ldS;
    raiseRunningMax<4>(rowMaxFloat(s, valid) * scale, rowMax[i], rowSum[i], out + i * dv, dv);
    const __m512 shift = _mm512_set1_ps(rowMax[i]);
    __m512 sum0 = _mm512_setzero_ps(), sum1 = sum0;
    int64_t j = 0;
    for (; j + 32 <= valid; j += 32) {
      const __m512 e0 = expNonPositive<4>(_mm512_fmsub_ps(_mm512_loadu_ps(s + j), scaleV, shift));
      const __m512 e1 = expNonPositive<4>(_mm512_fmsub_ps(_mm512_loadu_ps(s + j + 16), scaleV, shift));
      _mm256_storeu_si256(reinterpret_cast<__m256i*>(p + j), convertToBf16Native(e0));
      _mm256_storeu_si256(reinterpret_cast<__m256i*>(p + j + 16), convertToBf16Native(e1));
      sum0 = _mm512_add_ps(sum0, e0);
      sum1 = _mm512_add_ps(sum1, e1);
    }
    for (; j < width; j += 16) {
      const __mmask16 m = valid > j ? tailMask(valid - j) : static_cast<__mmask16>(0);
      const __m512 e = _mm512_maskz_mov_ps(m, expNonPositive<4>(_mm512_fmsub_ps(_mm512_maskz_loadu_ps(m, s + j), scaleV, shift)));
      _mm256_storeu_si256(reinterpret_cast<__m256i*>(p + j), convertToBf16Native(e));
      sum0 = _mm512_add_ps(sum0, e);
    }
    rowSum[i] += _mm512_reduce_add_ps(_mm512_add_ps(sum0, sum1));
  }
}

}  // namespace

bool amxAttentionCompiled() { return true; }

void amxTilesConfigure() {
  TileConfig config;
  for (int t = 0; t < 8; ++t) {
    config.rows[t] = 16;
    config.bytesPerRow[t] = 64;
  }
  // The intrinsic's assembly names only the configuration's first 8 bytes as its input: without
  // the barrier the compiler may drop the stores of the rest as dead.
  memoryBarrier();
  _tile_loadconfig(&config);
}

void amxTilesRelease() { _tile_release(); }

void amxPackKeys(const uint16_t* keys, int64_t ld, int64_t nk, int64_t d, uint16_t* packed, int64_t tileBegin,
                 int64_t tileEnd) {
  const int64_t chunks = roundUp32(d) / 32;
  auto* words = reinterpret_cast<uint32_t*>(packed);
  for (int64_t t = tileBegin; t < tileEnd; ++t) {
    for (int64_t c = 0; c < chunks; ++c) {
      uint32_t* tile = words + (t * chunks + c) * (kTileValues / 2);
      // One key's 32 channels are 16 pairs: column n of the tile's 16 rows, so the 16 keys'
      // pairs are transposed as 32-bit values.
      __m512i rows[16];
      for (int64_t n = 0; n < 16; ++n) {
        const int64_t key = t * 16 + n;
        rows[n] = loadChunk(key < nk ? keys + key * ld : nullptr, c * 32, d);
      }
      transpose16x16(rows);
      for (int64_t r = 0; r < 16; ++r) _mm512_storeu_si512(tile + r * 16, rows[r]);
    }
  }
}

void amxPackValues(const uint16_t* values, int64_t ld, int64_t nk, int64_t dv, uint16_t* packed, int64_t chunkBegin,
                   int64_t chunkEnd) {
  const int64_t valueTiles = roundUp32(dv) / 16;
  for (int64_t j = chunkBegin; j < chunkEnd; ++j) {
    for (int64_t r = 0; r < 16; ++r) {
      const int64_t key0 = j * 32 + 2 * r, key1 = key0 + 1;
      for (int64_t u = 0; u < valueTiles; ++u) {
        uint16_t* row = packed + (j * valueTiles + u) * kTileValues + r * 32;
        // 16 channels of each key (fewer at the end of a row, zeros past it).
        const int64_t left = dv - u * 16;
        const __mmask16 m = left <= 0 ? static_cast<__mmask16>(0) : tailMask(left);
        const __m256i a = _mm256_maskz_loadu_epi16(key0 < nk ? m : 0, key0 < nk ? values + key0 * ld + u * 16 : values);
        const __m256i b = _mm256_maskz_loadu_epi16(key1 < nk ? m : 0, key1 < nk ? values + key1 * ld + u * 16 : values);
        // a0 b0 a1 b1 ... a15 b15: the two keys' channels interleaved.
        const __m512i index = _mm512_set_epi16(31, 15, 30, 14, 29, 13, 28, 12, 27, 11, 26, 10, 25, 9, 24, 8, 23, 7, 22,
                                               6, 21, 5, 20, 4, 19, 3, 18, 2, 17, 1, 16, 0);
        const __m512i both = _mm512_inserti64x4(_mm512_castsi256_si512(a), b, 1);
        _mm512_storeu_si512(row, _mm512_permutexvar_epi16(index, both));
      }
    }
  }
}

int64_t amxAttentionWorkspaceFloats(int64_t rows, int64_t d, int64_t dv, int64_t keyBlock) {
  return PanelLayout(rows, d, dv, keyBlock).totalFloats;
}

namespace {

// The two products of a pair of tile rows on AMX's tiles (amx_tiles.h).
struct TileProducts {
  // scores [32, ldS] (columns [0, width)) = queries [32, d] times the packed keys of the block.
  static void scores(const uint16_t* qa, int64_t d, const uint16_t* blockKeys, int64_t width, float* scores,
                     int64_t ldS) {
    const int64_t chunks = d / 32;
    for (int64_t j = 0; j < width; j += 32) {
      const uint16_t* ka = blockKeys + (j / 16) * chunks * kTileValues;
      zeroTiles2x2();
      accumulateTiles2x2(qa, qa + 16 * d, d * 2, 32, ka, ka + chunks * kTileValues, kTileValues, chunks);
      storeTiles2x2(scores + j, ldS);
    }
  }
  // out [32, dv] += probabilities [32, ldP] (columns [0, width)) times the block's packed values.
  static void values(const uint16_t* probabilities, int64_t ldP, const uint16_t* blockValues, int64_t width,
                     float* out, int64_t dv) {
    const int64_t valueTiles = dv / 16;
    for (int64_t u = 0; u < valueTiles; u += 2) {
      float* oa = out + u * 16;
      const uint16_t* va = blockValues + u * kTileValues;
      loadTiles2x2(oa, dv);
      accumulateTiles2x2(probabilities, probabilities + 16 * ldP, ldP * 2, 32, va, va + kTileValues,
                         valueTiles * kTileValues, width / 32);
      storeTiles2x2(oa, dv);
    }
  }
};

// The same products with AVX-512 BF16's dot products (bf16_dot_products.h) in blocks of 8 rows by
// 32 columns (measured against 4 x 64 and 16 x 16, and 4 x 64 for the values: 8 x 32 was the fastest
// for every shape of the tiny model's attention, 753-810 GFLOP/s on Zen 5's two cores).
struct DotProducts {
  static constexpr int kScoreRows = 8, kScoreCols = 2, kValueRows = 8, kValueCols = 2;
  static void scores(const uint16_t* qa, int64_t d, const uint16_t* blockKeys, int64_t width, float* scores,
                     int64_t ldS) {
    const int64_t chunks = d / 32;
    for (int64_t j = 0; j < width; j += 16 * kScoreCols)
      for (int64_t i = 0; i < kPairRows; i += kScoreRows)
        dotProductBlock<kScoreRows, kScoreCols>(qa + i * d, d, blockKeys + (j / 16) * chunks * kTileValues, chunks * kTileValues,
                                  kTileValues, chunks, scores + i * ldS + j, ldS, false);
  }
  static void values(const uint16_t* probabilities, int64_t ldP, const uint16_t* blockValues, int64_t width,
                     float* out, int64_t dv) {
    const int64_t valueTiles = dv / 16;
    for (int64_t u = 0; u < valueTiles; u += kValueCols)
      for (int64_t i = 0; i < kPairRows; i += kValueRows)
        dotProductBlock<kValueRows, kValueCols>(probabilities + i * ldP, ldP, blockValues + u * kTileValues, kTileValues,
                                  valueTiles * kTileValues, width / 32, out + i * dv + u * 16, dv, true);
  }
};

template <class Products>
void attentionPanel(const uint16_t* queries, int64_t ldq, int64_t rows, const uint16_t* packedKeys,
                    const uint16_t* packedValues, int64_t nk, int64_t d, int64_t dv, int64_t keyBlock, float scale,
                    uint16_t* out, int64_t ldo, float* workspace) {
  // The query rows and output rows in the buffers are padded to whole chunks of 32 channels.
  const PanelLayout layout(rows, d, dv, keyBlock);
  const int64_t padded = layout.padded, dIn = d, dvIn = dv;
  d = layout.d;
  dv = layout.dv;
  const int64_t chunks = d / 32, valueTiles = dv / 16;
  float* base = reinterpret_cast<float*>((reinterpret_cast<uintptr_t>(workspace) + 63) & ~uintptr_t{63});
  auto* q = reinterpret_cast<uint16_t*>(base);
  float* o = base + layout.output;
  float* scores = base + layout.scores;
  auto* probabilities = reinterpret_cast<uint16_t*>(base + layout.probabilities);
  float* rowMax = base + layout.rowMax;
  float* rowSum = base + layout.rowSum;

  // The panel's queries, with zero rows up to a whole pair of tiles; output rows and sums at zero.
  for (int64_t r = 0; r < padded; ++r) {
    uint16_t* dst = q + r * d;
    for (int64_t c = 0; c < d; c += 32) _mm512_storeu_si512(dst + c, loadChunk(r < rows ? queries + r * ldq : nullptr, c, dIn));
    for (int64_t c = 0; c < dv; c += 16) _mm512_storeu_ps(o + r * dv + c, _mm512_setzero_ps());
    rowMax[r] = -__builtin_inff();
    rowSum[r] = 0.f;
  }

  memoryBarrier();

  for (int64_t k0 = 0; k0 < nk; k0 += keyBlock) {
    const int64_t valid = nk - k0 < keyBlock ? nk - k0 : keyBlock;
    const int64_t width = (valid + 31) / 32 * 32;
    for (int64_t i0 = 0; i0 < padded; i0 += kPairRows) {
      // Scores of 32 queries against the block, then the running soft-max, then the output rows
      // += probabilities times values.
      Products::scores(q + i0 * d, d, packedKeys + (k0 / 16) * chunks * kTileValues, width, scores, keyBlock);
      memoryBarrier();
      softmaxBlock(scores, keyBlock, valid, width, scale, probabilities, rowMax + i0, rowSum + i0, o + i0 * dv, dv);
      memoryBarrier();
      Products::values(probabilities, keyBlock, packedValues + (k0 / 32) * valueTiles * kTileValues, width,
                       o + i0 * dv, dv);
      memoryBarrier();
    }
  }
  memoryBarrier();
  for (int64_t r = 0; r < rows; ++r) {
    const __m512 scale = _mm512_set1_ps(1.f / rowSum[r]);
    for (int64_t c = 0; c < dvIn; c += 16)
      _mm256_mask_storeu_epi16(out + r * ldo + c, tailMask(dvIn - c),
                               convertToBf16Native(_mm512_mul_ps(_mm512_loadu_ps(o + r * dv + c), scale)));
  }
}

}  // namespace

void amxAttentionPanel(const uint16_t* queries, int64_t ldq, int64_t rows, const uint16_t* packedKeys,
                       const uint16_t* packedValues, int64_t nk, int64_t d, int64_t dv, int64_t keyBlock,
                       float scale, uint16_t* out, int64_t ldo, float* workspace) {
  attentionPanel<TileProducts>(queries, ldq, rows, packedKeys, packedValues, nk, d, dv, keyBlock, scale, out, ldo,
                               workspace);
}

void dotAttentionPanel(const uint16_t* queries, int64_t ldq, int64_t rows, const uint16_t* packedKeys,
                       const uint16_t* packedValues, int64_t nk, int64_t d, int64_t dv, int64_t keyBlock,
                       float scale, uint16_t* out, int64_t ldo, float* workspace) {
  attentionPanel<DotProducts>(queries, ldq, rows, packedKeys, packedValues, nk, d, dv, keyBlock, scale, out, ldo,
                              workspace);
}

}  // namespace sam2::detail

#else

namespace sam2::detail {
bool amxAttentionCompiled() { return false; }
void amxTilesConfigure() {}
void amxTilesRelease() {}
void amxPackKeys(const uint16_t*, int64_t, int64_t, int64_t, uint16_t*, int64_t, int64_t) {}
void amxPackValues(const uint16_t*, int64_t, int64_t, int64_t, uint16_t*, int64_t, int64_t) {}
int64_t amxAttentionWorkspaceFloats(int64_t, int64_t, int64_t, int64_t) { return 0; }
void amxAttentionPanel(const uint16_t*, int64_t, int64_t, const uint16_t*, const uint16_t*, int64_t, int64_t, int64_t,
                       int64_t, float, uint16_t*, int64_t, float*) {}
void dotAttentionPanel(const uint16_t*, int64_t, int64_t, const uint16_t*, const uint16_t*, int64_t, int64_t, int64_t,
                       int64_t, float, uint16_t*, int64_t, float*) {}
}  // namespace sam2::detail

#endif
