// Run boundaries of binary masks on the GPU (mask_rle.h). COCO runs go down each column, so one
// thread walks one column of one mask (neighbouring threads read neighbouring bytes of a row).
// Two passes: count each column's boundaries, then, at offsets the caller computed from those
// counts, write them. Plain CUDA on raw pointers; the caller allocates everything.
#include <cuda_runtime.h>

#include <cstdint>

#include "model/cuda/mask_rle.h"

namespace sam2::cuda {

namespace {

constexpr int kThreads = 128;

// Calls visit(position) for each pixel of column x (column-major position) unlike the one before
// it in column-major order; the first pixel of the mask has no predecessor.
template <typename Visit>
__device__ void walkColumn(const uint8_t* mask, int h, int w, int x, Visit visit) {
  uint8_t previous = x > 0 ? (mask[static_cast<int64_t>(h - 1) * w + (x - 1)] != 0) : 0;
  for (int y = 0; y < h; ++y) {
    const uint8_t v = mask[static_cast<int64_t>(y) * w + x] != 0;
    if (v != previous && (x > 0 || y > 0)) visit(static_cast<int32_t>(static_cast<int64_t>(x) * h + y));
    previous = v;
  }
}

__global__ void countBoundaries(const uint8_t* masks, int h, int w, int32_t* counts) {
  const int x = blockIdx.x * blockDim.x + threadIdx.x;
  if (x >= w) return;
  const uint8_t* mask = masks + static_cast<int64_t>(blockIdx.y) * h * w;
  int32_t n = 0;
  walkColumn(mask, h, w, x, [&](int32_t) { ++n; });
  counts[static_cast<int64_t>(blockIdx.y) * w + x] = n;
}

__global__ void writeBoundaries(const uint8_t* masks, int h, int w, const int64_t* offsets, int32_t* out) {
  const int x = blockIdx.x * blockDim.x + threadIdx.x;
  if (x >= w) return;
  const uint8_t* mask = masks + static_cast<int64_t>(blockIdx.y) * h * w;
  int64_t at = offsets[static_cast<int64_t>(blockIdx.y) * w + x];
  walkColumn(mask, h, w, x, [&](int32_t position) { out[at++] = position; });
}

const char* lastError() {
  const cudaError_t error = cudaGetLastError();
  return error == cudaSuccess ? nullptr : cudaGetErrorString(error);
}

}  // namespace

const char* countRunBoundaries(const uint8_t* masks, int planes, int h, int w, int32_t* counts) {
  if (planes <= 0 || h <= 0 || w <= 0) return nullptr;
  if (planes > 65535) return "mask RLE: too many masks";
  const dim3 grid((w + kThreads - 1) / kThreads, planes);
  countBoundaries<<<grid, kThreads>>>(masks, h, w, counts);
  return lastError();
}

const char* writeRunBoundaries(const uint8_t* masks, int planes, int h, int w, const int64_t* offsets,
                               int32_t* out) {
  if (planes <= 0 || h <= 0 || w <= 0) return nullptr;
  if (planes > 65535) return "mask RLE: too many masks";
  const dim3 grid((w + kThreads - 1) / kThreads, planes);
  writeBoundaries<<<grid, kThreads>>>(masks, h, w, offsets, out);
  return lastError();
}

}  // namespace sam2::cuda
