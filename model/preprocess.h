#pragma once
// Image preprocessing and resizing helpers (model-internal), exactly as GOLDEN_FORMAT.md defines
// them: float32(u8) / 255, antialiased bilinear resize to S x S (align_corners false), then
// normalization with the ImageNet mean and std.
#include <ATen/ATen.h>

#include <cstdint>

#include "model/types.h"

namespace sam2 {

// RGB8 image -> [1, 3, size, size] float32 on CPU. Throws Sam2Error for an empty image.
at::Tensor preprocessImage(const ImageRgb& image, int64_t size);

// Bilinear resize of [N, C, H, W] to height x width (align_corners false), with antialiasing
// (for downsampling, as torch's interpolate(..., antialias=True)) or without. Float32 result.
at::Tensor resizeBilinear(const at::Tensor& x, int64_t height, int64_t width, bool antialias);

}  // namespace sam2
