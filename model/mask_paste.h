#pragma once
// Low-resolution mask logits to image-size masks in one pass (model-internal).
//
// SAM 2 turns a click's 256x256 logits into masks by bilinear upsampling to the image size
// (at::upsample_bilinear2d, align_corners=false) and a threshold. Done as two ATen calls, three
// candidate masks at 1024x1024 write and read back 12 MB of float logits and took 3.5-4 ms of a
// 20 ms click on two cores. Here each input row is interpolated along its width once, and each
// output row blends two of those rows and thresholds them straight into bytes: the same
// arithmetic as ATen's CPU kernel (source index in double, weights in float, width first), so
// the masks agree with upsample-then-threshold (mask_paste tests compare them).
#include <ATen/ATen.h>

namespace sam2 {

// logits [..., h, w] float32 on the CPU -> bool [..., height, width]: upsampled logits > threshold.
at::Tensor pasteMasks(const at::Tensor& logits, int64_t height, int64_t width, float threshold);

// The upsampled logits themselves, float32 [..., height, width], by the same arithmetic
// (for the tests, which compare it with at::upsample_bilinear2d).
at::Tensor upsampleLogits(const at::Tensor& logits, int64_t height, int64_t width);

}  // namespace sam2
