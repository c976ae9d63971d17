#pragma once
// Binary masks to COCO run-length counts (uncompressed): pixels in column-major order, runs
// alternating 0s and 1s, the first a run of 0s (possibly of length 0), as annotation/rle.h and
// COCO's {"size": [h, w], "counts": [...]} read them. The runs are found where the masks are: on a
// GPU by our kernels (model/cuda/mask_rle.cu), and only the run boundaries come to the host
// (kilobytes for a 1080p frame of 10 objects, instead of its megabytes of mask bytes).
#include <ATen/ATen.h>

#include <cstdint>
#include <vector>

namespace sam2 {

// masks [N, H, W], any device, bool or any type read as "!= 0": one list of counts per mask.
std::vector<std::vector<uint32_t>> maskRleCounts(const at::Tensor& masks);
// The CPU twin, on one row-major byte mask (non-zero = inside).
std::vector<uint32_t> rleCountsOnCpu(const uint8_t* rowMajor, int height, int width);

}  // namespace sam2
