// The kernels of linear_amx.h (AMX's tiles, or AVX-512 BF16's dot products where there is no
// AMX), built with AMX, AVX-512 and AVX-512 BF16 flags (model/CMakeLists.txt); as
// attention_amx_kernel.cpp (whose packed-key layout the weights use: a weight [N, K] is the keys
// of q k^T), it includes no library header beyond <cstdint>'s typedefs.
#include <cstdint>

#if defined(__AMX_TILE__) && defined(__AMX_BF16__) && defined(__AVX512F__) && defined(__AVX512BW__) && \
    defined(__AVX512BF16__)
#include "model/amx_tiles.h"
#include "model/bf16_dot_products.h"
#include "model/avx512_vector.h"

namespace sam2::detail {

namespace {

constexpr int64_t kWeightBlockBytes = int64_t{1280} * 1024;

// bfloat16 bits (16 per 256-bit half) -> float32.
inline __m512 widen(__m256i bits) { return _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(bits), 16)); }

// One 32 x 32 block of results (float32 products in `block`, row stride 32) through the epilogue
// into out (bfloat16, row stride ldo), rows [0, rows):
// (the codes are linear_amx.h's LinearEpilogue in order)
//   0: + bias, rounded;  1: + bias, rounded, then GELU by the table (gelu_bf16.h's exact one);
//   2: + bias, rounded, then ReLU on the bits (negative ones to +0, as reluInPlace);
//   3: + bias, rounded, + residual (bfloat16, row stride ldr), rounded again.
// The roundings are those of the separate product (oneDNN's epilogue adds the bias in float32
// and rounds once), GELU in place and residual add: the same bits.
template <int kEpilogue>
void finish(const float* block, int64_t rows, const float* bias, const uint16_t* geluTable,
            const uint16_t* residual, int64_t ldr, uint16_t* out, int64_t ldo) {
  const __m512 b0 = _mm512_loadu_ps(bias), b1 = _mm512_loadu_ps(bias + 16);
  const auto* table = reinterpret_cast<const int*>(geluTable);
  for (int64_t r = 0; r < rows; ++r) {
    const __m256i h0 = convertToBf16Native(_mm512_add_ps(_mm512_load_ps(block + r * 32), b0));
    const __m256i h1 = convertToBf16Native(_mm512_add_ps(_mm512_load_ps(block + r * 32 + 16), b1));
    uint16_t* o = out + r * ldo;
    if constexpr (kEpilogue == 0) {
      _mm256_storeu_si256(reinterpret_cast<__m256i*>(o), h0);
      _mm256_storeu_si256(reinterpret_cast<__m256i*>(o + 16), h1);
    } else if constexpr (kEpilogue == 2) {
      // As reluInPlace: the bits as int16, negative ones (the sign bit set) to +0.
      const __m256i zero = _mm256_setzero_si256();
      _mm256_storeu_si256(reinterpret_cast<__m256i*>(o), _mm256_max_epi16(h0, zero));
      _mm256_storeu_si256(reinterpret_cast<__m256i*>(o + 16), _mm256_max_epi16(h1, zero));
    } else if constexpr (kEpilogue == 1) {
      const __m512i g0 = _mm512_i32gather_epi32(_mm512_cvtepu16_epi32(h0), table, 2);
      const __m512i g1 = _mm512_i32gather_epi32(_mm512_cvtepu16_epi32(h1), table, 2);
      _mm256_storeu_si256(reinterpret_cast<__m256i*>(o), _mm512_cvtepi32_epi16(g0));
      _mm256_storeu_si256(reinterpret_cast<__m256i*>(o + 16), _mm512_cvtepi32_epi16(g1));
    } else {
      const uint16_t* res = residual + r * ldr;
      const __m512 s0 = _mm512_add_ps(widen(h0), widen(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(res))));
      const __m512 s1 = _mm512_add_ps(widen(h1), widen(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(res + 16))));
      _mm256_storeu_si256(reinterpret_cast<__m256i*>(o), convertToBf16Native(s0));
      _mm256_storeu_si256(reinterpret_cast<__m256i*>(o + 16), convertToBf16Native(s1));
    }
  }
}

template <bool kTiles, int kEpilogue>
void rowsWithEpilogue(const uint16_t* x, int64_t ldx, int64_t rows, int64_t k, const uint16_t* packedWeight,
                      const float* bias, int64_t n, const uint16_t* geluTable, const uint16_t* residual, int64_t ldr,
                      uint16_t* out, int64_t ldo, uint16_t* padded) {
  const int64_t chunks = k / 32;
  const int64_t fullPairs = rows / 32, pairs = (rows + 31) / 32;
  // A last pair of fewer than 32 rows is read from a copy with zero rows after them.
  if (pairs > fullPairs) {
    const int64_t left = rows - fullPairs * 32;
    for (int64_t r = 0; r < 32; ++r)
      for (int64_t c = 0; c < k; c += 32)
        _mm512_storeu_si512(padded + r * k + c, r < left ? _mm512_loadu_si512(x + (fullPairs * 32 + r) * ldx + c)
                                                         : _mm512_setzero_si512());
  }
  // Columns in blocks whose packed weights (at most 1.25 MB, all of them for most layers) stay in
  // L2 while every row pair of the range passes over them; each pair's rows stay in L1 or L2 for
  // the whole block.
  int64_t columnBlock = (kWeightBlockBytes / (2 * (k > 0 ? k : 1))) / 32 * 32;
  if (columnBlock < 32) columnBlock = 32;
  // Two blocks of float32 results: while the tiles compute one, the previous one goes through
  // the epilogue (AVX-512 work the core runs while the tile unit multiplies), then the tiles are
  // stored into the other.
  alignas(64) float blocks[2][32 * 32];
  struct Pending {
    int64_t pair = -1, column = 0;
  } pending;
  int which = 0;
  auto finishPending = [&] {
    if (pending.pair < 0) return;
    const int64_t p = pending.pair, j = pending.column;
    const int64_t pairRows = p == fullPairs ? rows - fullPairs * 32 : 32;
    memoryBarrier();
    finish<kEpilogue>(blocks[which ^ 1], pairRows, bias + j, geluTable, residual ? residual + p * 32 * ldr + j : nullptr,
                      ldr, out + p * 32 * ldo + j, ldo);
  };
  for (int64_t n0 = 0; n0 < n; n0 += columnBlock) {
    const int64_t n1 = n0 + columnBlock < n ? n0 + columnBlock : n;
    for (int64_t p = 0; p < pairs; ++p) {
      const bool tail = p == fullPairs;
      const uint16_t* xa = tail ? padded : x + p * 32 * ldx;
      const int64_t lda = tail ? k : ldx;
      const uint16_t* xb = xa + 16 * lda;
      for (int64_t j = n0; j < n1; j += 32) {
        const uint16_t* wa = packedWeight + (j / 16) * chunks * kTileValues;
        if constexpr (kTiles) {
          zeroTiles2x2();
          accumulateTiles2x2(xa, xb, lda * 2, 32, wa, wa + chunks * kTileValues, kTileValues, chunks);
          finishPending();
          storeTiles2x2(blocks[which], 32);
        } else {
          // AVX-512 BF16 (bf16_dot_products.h), 8 rows at a time.
          finishPending();
          for (int64_t i = 0; i < 32; i += 8)
            dotProductBlock<8, 2>(xa + i * lda, lda, wa, chunks * kTileValues, kTileValues, chunks, blocks[which] + i * 32,
                                  32, false);
        }
        pending = {p, j};
        which ^= 1;
      }
    }
  }
  finishPending();
}

}  // namespace

bool amxLinearCompiled() { return true; }

namespace {

template <bool kTiles>
void linearRows(const uint16_t* x, int64_t ldx, int64_t rows, int64_t k, const uint16_t* packedWeight, const float* bias,
                int64_t n, int epilogue, const uint16_t* geluTable, const uint16_t* residual, int64_t ldr, uint16_t* out,
                int64_t ldo, uint16_t* padded) {
  if (epilogue == 0)
    rowsWithEpilogue<kTiles, 0>(x, ldx, rows, k, packedWeight, bias, n, geluTable, residual, ldr, out, ldo, padded);
  else if (epilogue == 1)
    rowsWithEpilogue<kTiles, 1>(x, ldx, rows, k, packedWeight, bias, n, geluTable, residual, ldr, out, ldo, padded);
  else if (epilogue == 2)
    rowsWithEpilogue<kTiles, 2>(x, ldx, rows, k, packedWeight, bias, n, geluTable, residual, ldr, out, ldo, padded);
  else
    rowsWithEpilogue<kTiles, 3>(x, ldx, rows, k, packedWeight, bias, n, geluTable, residual, ldr, out, ldo, padded);
}

}  // namespace

void amxLinearRows(const uint16_t* x, int64_t ldx, int64_t rows, int64_t k, const uint16_t* packedWeight,
                   const float* bias, int64_t n, int epilogue, const uint16_t* geluTable, const uint16_t* residual,
                   int64_t ldr, uint16_t* out, int64_t ldo, uint16_t* padded) {
  linearRows<true>(x, ldx, rows, k, packedWeight, bias, n, epilogue, geluTable, residual, ldr, out, ldo, padded);
}

void dotLinearRows(const uint16_t* x, int64_t ldx, int64_t rows, int64_t k, const uint16_t* packedWeight,
                   const float* bias, int64_t n, int epilogue, const uint16_t* geluTable, const uint16_t* residual,
                   int64_t ldr, uint16_t* out, int64_t ldo, uint16_t* padded) {
  linearRows<false>(x, ldx, rows, k, packedWeight, bias, n, epilogue, geluTable, residual, ldr, out, ldo, padded);
}

}  // namespace sam2::detail

#else

namespace sam2::detail {
bool amxLinearCompiled() { return false; }
void amxLinearRows(const uint16_t*, int64_t, int64_t, int64_t, const uint16_t*, const float*, int64_t, int,
                   const uint16_t*, const uint16_t*, int64_t, uint16_t*, int64_t, uint16_t*) {}
void dotLinearRows(const uint16_t*, int64_t, int64_t, int64_t, const uint16_t*, const float*, int64_t, int,
                   const uint16_t*, const uint16_t*, int64_t, uint16_t*, int64_t, uint16_t*) {}
}  // namespace sam2::detail

#endif
