#pragma once
// Mask post-processing of the SAM 2 predictors (model-internal): connected components with
// 8-connectivity, hole filling and sprinkle removal on low-resolution mask logits.
//
// The reference computes components with a CUDA kernel (sam2/_C); only "is this pixel in a
// component of area <= A" matters, which this CPU implementation computes exactly.
#include <ATen/ATen.h>

#include <cstdint>
#include <vector>

#include "model/types.h"

namespace sam2 {

// For each pixel of a binary mask (row-major, non-zero = foreground) the area of its 8-connected
// component, 0 for background pixels.
std::vector<int32_t> componentAreas(const uint8_t* mask, int height, int width);

// The same for every [H, W] plane of a boolean or 0/1 tensor [..., H, W]: int32, same shape, CPU.
at::Tensor componentAreas(const at::Tensor& binary);

// Background components (logits <= threshold) of at most maxArea pixels get fillValue.
// The video predictor's fill_hole_area: fillHoles(logits, 8, 0.0, 0.1). maxArea <= 0: unchanged.
at::Tensor fillHoles(const at::Tensor& logits, double maxArea, double threshold = 0.0,
                     double fillValue = 0.1);

// The image predictor's post-processing of low-res logits [..., H, W] (SAM2Transforms
// .postprocess_masks before upsampling): holes (components of logits <= threshold, area <=
// maxHoleArea) become threshold + 10, sprinkles (components of logits > threshold, area <=
// maxSprinkleArea) threshold - 10; both found on the unmodified logits.
at::Tensor removeHolesAndSprinkles(const at::Tensor& logits, const PostprocessOptions& options);

}  // namespace sam2
