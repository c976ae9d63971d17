#pragma once
// AMX tile helpers shared by the *_amx_kernel.cpp files (model-internal; include it nowhere else:
// it needs AMX flags). As avx512_vector.h, everything has internal linkage.
//
// Both kernels multiply 2 x 2 tiles at a time: tiles 0-3 accumulate 16 x 16 float32 each, 4-5
// hold two row tiles of the left operand (16 rows of 32 bfloat16), 6-7 two tiles of the right
// one in AMX's pair-interleaved layout (16 rows of 16 pairs). That is all 8 tile registers.
#include <cstdint>
#include <immintrin.h>

namespace sam2::detail {
namespace {

constexpr int64_t kTileValues = 512;  // a tile: 16 rows of 32 bfloat16 (64 bytes)

struct alignas(64) TileConfig {
  uint8_t palette = 1;
  uint8_t startRow = 0;
  uint8_t reserved[14] = {};
  uint16_t bytesPerRow[16] = {};
  uint8_t rows[16] = {};
};

// The tile loads are inline assembly that does not tell the compiler which memory it reads:
// without this, stores to a buffer could move past the loads that read it.
inline void memoryBarrier() { asm volatile("" ::: "memory"); }

inline void zeroTiles2x2() {
  _tile_zero(0);
  _tile_zero(1);
  _tile_zero(2);
  _tile_zero(3);
}

// Tiles 0-3 += [a0; a1] times [b0 b1] over `chunks` steps of 32 products: the left row tiles at
// a0 and a1 (row stride aStrideBytes) move aStep values a step, the right tiles bStep values.
inline void accumulateTiles2x2(const uint16_t* a0, const uint16_t* a1, int64_t aStrideBytes, int64_t aStep,
                               const uint16_t* b0, const uint16_t* b1, int64_t bStep, int64_t chunks) {
  for (int64_t c = 0; c < chunks; ++c) {
    _tile_loadd(4, a0 + c * aStep, aStrideBytes);
    _tile_loadd(5, a1 + c * aStep, aStrideBytes);
    _tile_loadd(6, b0 + c * bStep, 64);
    _tile_loadd(7, b1 + c * bStep, 64);
    _tile_dpbf16ps(0, 4, 6);
    _tile_dpbf16ps(1, 4, 7);
    _tile_dpbf16ps(2, 5, 6);
    _tile_dpbf16ps(3, 5, 7);
  }
}

// Tiles 0-3 from or to a 32 x 32 float32 block at c (row stride ld floats).
inline void loadTiles2x2(const float* c, int64_t ld) {
  _tile_loadd(0, c, ld * 4);
  _tile_loadd(1, c + 16, ld * 4);
  _tile_loadd(2, c + 16 * ld, ld * 4);
  _tile_loadd(3, c + 16 * ld + 16, ld * 4);
}
inline void storeTiles2x2(float* c, int64_t ld) {
  _tile_stored(0, c, ld * 4);
  _tile_stored(1, c + 16, ld * 4);
  _tile_stored(2, c + 16 * ld, ld * 4);
  _tile_stored(3, c + 16 * ld + 16, ld * 4);
}

}  // namespace
}  // namespace sam2::detail
