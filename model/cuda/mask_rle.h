#pragma once
// The CUDA kernels behind mask_rle.h (built with nvcc when the LibTorch has CUDA). Device memory
// throughout: `planes` row-major h x w byte masks (non-zero = inside). A boundary is the
// column-major position of a pixel unlike the one before it (the mask's first pixel is never one).
// countRunBoundaries writes each column's count (counts[plane * w + x]); writeRunBoundaries
// writes each column's positions, in order, from offsets[plane * w + x] (the exclusive prefix sum
// of the counts over all columns of all planes). Both return nullptr, or CUDA's error text.
#include <cstdint>

namespace sam2::cuda {

const char* countRunBoundaries(const uint8_t* masks, int planes, int h, int w, int32_t* counts);
const char* writeRunBoundaries(const uint8_t* masks, int planes, int h, int w, const int64_t* offsets,
                               int32_t* out);

}  // namespace sam2::cuda
