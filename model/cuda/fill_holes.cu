// Hole filling on the GPU (mask_holes.h): connected components of each plane's background
// (score <= 0, 8-connected, as SAM 2's get_connected_components) by minimum-label propagation
// with pointer jumping, then the sizes of the components, then a fill of the small ones. Plain
// CUDA on raw pointers (no LibTorch headers under nvcc); the caller allocates the work space.
#include <cuda_runtime.h>

#include <cstdint>

#include "model/cuda/fill_holes.h"

namespace sam2::cuda {

namespace {

constexpr int kThreads = 256;

__global__ void initLabels(const float* scores, int* labels, int* counts, int planeSize) {
  const int i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i >= planeSize) return;
  const int64_t at = static_cast<int64_t>(blockIdx.y) * planeSize + i;
  labels[at] = scores[at] <= 0.f ? i : -1;  // a label is the index of a pixel of its component
  counts[at] = 0;
}

// Each background pixel takes the smallest label among itself and its background neighbours and
// lowers its old label's pixel too; `changed` records whether any label went down in this pass.
__global__ void propagate(int* labels, int h, int w, int* changed) {
  const int planeSize = h * w;
  const int i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i >= planeSize) return;
  int* plane = labels + static_cast<int64_t>(blockIdx.y) * planeSize;
  const int own = plane[i];
  if (own < 0) return;
  const int y = i / w, x = i % w;
  int best = own;
  for (int dy = -1; dy <= 1; ++dy) {
    const int ny = y + dy;
    if (ny < 0 || ny >= h) continue;
    for (int dx = -1; dx <= 1; ++dx) {
      const int nx = x + dx;
      if (nx < 0 || nx >= w) continue;
      const int other = plane[ny * w + nx];
      if (other >= 0 && other < best) best = other;
    }
  }
  if (best < own) {
    atomicMin(&plane[i], best);
    atomicMin(&plane[own], best);
    *changed = 1;
  }
}

// Pointer jumping: a label points at a pixel whose label is no larger; follow the chain.
__global__ void jump(int* labels, int planeSize) {
  const int i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i >= planeSize) return;
  int* plane = labels + static_cast<int64_t>(blockIdx.y) * planeSize;
  int label = plane[i];
  if (label < 0) return;
  while (plane[label] != label && plane[label] >= 0 && plane[label] < label) label = plane[label];
  atomicMin(&plane[i], label);
}

__global__ void count(const int* labels, int* counts, int planeSize) {
  const int i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i >= planeSize) return;
  const int64_t base = static_cast<int64_t>(blockIdx.y) * planeSize;
  const int label = labels[base + i];
  if (label >= 0) atomicAdd(&counts[base + label], 1);
}

__global__ void fill(const float* scores, float* out, const int* labels, const int* counts, int planeSize,
                     int maxArea) {
  const int i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i >= planeSize) return;
  const int64_t base = static_cast<int64_t>(blockIdx.y) * planeSize;
  const int label = labels[base + i];
  out[base + i] = label >= 0 && counts[base + label] <= maxArea ? 0.1f : scores[base + i];
}

}  // namespace

const char* fillHoles(const float* scores, float* out, int planes, int h, int w, int maxArea, int* labels,
                      int* counts, int* changed) {
  if (planes <= 0 || h <= 0 || w <= 0) return nullptr;
  if (planes > 65535 || static_cast<int64_t>(h) * w > (int64_t{1} << 30)) return "fill holes: mask too large";
  const int planeSize = h * w;
  const dim3 grid((planeSize + kThreads - 1) / kThreads, planes);
  // The legacy default stream, which LibTorch's work is queued on unless a stream is set.
  initLabels<<<grid, kThreads>>>(scores, labels, counts, planeSize);
  // Each pass at least halves the distance labels travel with the jumps; a plane of N pixels
  // converges in far fewer than N passes. The bound only guards against a broken device.
  for (int pass = 0; pass < planeSize + 2; ++pass) {
    int host = 0;
    if (cudaMemsetAsync(changed, 0, sizeof(int)) != cudaSuccess) break;
    propagate<<<grid, kThreads>>>(labels, h, w, changed);
    jump<<<grid, kThreads>>>(labels, planeSize);
    if (cudaMemcpy(&host, changed, sizeof(int), cudaMemcpyDeviceToHost) != cudaSuccess) break;
    if (host == 0) break;
  }
  count<<<grid, kThreads>>>(labels, counts, planeSize);
  fill<<<grid, kThreads>>>(scores, out, labels, counts, planeSize, maxArea);
  const cudaError_t error = cudaGetLastError();
  return error == cudaSuccess ? nullptr : cudaGetErrorString(error);
}

}  // namespace sam2::cuda
