#pragma once
// The CUDA kernel behind mask_holes.h (built with nvcc when the LibTorch has CUDA). All pointers
// are device memory: `planes` planes of h x w float scores in, the same out (may alias), and work
// space of planes * h * w ints for labels and for counts, and one int. Returns nullptr, or CUDA's
// error text.
namespace sam2::cuda {

const char* fillHoles(const float* scores, float* out, int planes, int h, int w, int maxArea, int* labels,
                      int* counts, int* changed);

}  // namespace sam2::cuda
