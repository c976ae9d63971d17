#pragma once
// Low-resolution mask logits to image-size masks in one pass (model-internal).
//
// SAM 2 turns a click's 256x256 logits into masks by bilinear upsampling to the image size
// (at::upsample_bilinear2d, align_corners=false) and a threshold. Done as two ATen calls, three
// candidate masks at 1024x1024 write and read back 12 MB of float logits and took 3.5-4 ms of a
// 20 ms click on two cores. Here each input row is interpolated along its width once, and each
// output row blends two of those rows and thresholds them straight into bytes: the same
// arithmetic as ATen's CPU kernel (its own index and weight functions, width first), so the
// masks agree with upsample-then-threshold (mask_paste tests compare them). Where the CPU has
// AVX-512 the row loops are vector code with the same bits (mask_paste_avx512.cpp): a click's
// three masks at 1024x1024 took 1.3 ms on two threads in the portable loops, 0.36 ms so.
#include <ATen/ATen.h>

namespace sam2 {

// logits [..., h, w] float32 on the CPU -> bool [..., height, width]: upsampled logits > threshold.
at::Tensor pasteMasks(const at::Tensor& logits, int64_t height, int64_t width, float threshold);

// The upsampled logits themselves, float32 [..., height, width], by the same arithmetic.
at::Tensor upsampleLogits(const at::Tensor& logits, int64_t height, int64_t width);

// at::upsample_bilinear2d(x, {height, width}, align_corners=false) for x [N, C, h, w], in x's
// dtype: on the CPU by upsampleLogits, elsewhere by ATen. A tracked frame upsamples one mask
// plane for the memory encoder and one per object for the result. LibTorch 1.13's kernel took
// 6.2 ms for one 256 x 256 plane to 1024 x 1024 on one thread and 6.0 on two (a single plane
// does not get split); upsampleLogits takes 2.0 and 0.3 ms (its rows are split between threads).
at::Tensor upsampleBilinear(const at::Tensor& x, int64_t height, int64_t width);

}  // namespace sam2
