#pragma once
// SAM 2's fill_holes_in_mask_scores: the 8-connected components of a mask's background
// (score <= 0) with at most maxArea pixels become 0.1, so small holes inside an object close.
// On the GPU a CUDA kernel of ours does it where the scores are (model/cuda/fill_holes.cu); the
// CPU twin gives the same values bit for bit (test_mask_holes compares them on a GPU).
#include <ATen/ATen.h>

namespace sam2 {

// mask [..., h, w] float or bfloat16 logits on any device; the result has its dtype and device.
at::Tensor fillHolesInMaskScores(const at::Tensor& mask, int maxArea);
// The CPU twin (flood fill): what fillHolesInMaskScores gives for a CPU mask.
at::Tensor fillHolesOnCpu(const at::Tensor& mask, int maxArea);
// Whether this build has the CUDA kernel (a LibTorch with CUDA and nvcc); without it a GPU mask
// goes to the CPU and back.
bool holeFillingKernelOnGpu();

}  // namespace sam2
