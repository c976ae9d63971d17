#pragma once
// The exact (erf) GELU of bfloat16 maps on AVX-512, optionally after adding a second map, in one
// pass (model-internal).
//
// LibTorch 1.13's bfloat16 GELU took 48 ms of a tiny encoding at 1024 (Hiera's MLPs, 100 million
// elements), and the mask decoder's upscaling adds the high-resolution features and applies GELU
// in two more passes over 2 million elements per click (1.7 ms). This kernel reads the map (and
// the addend) once and writes the result once, in bfloat16 or float32, computing in float32 with
// erf from Abramowitz and Stegun 7.1.26 (absolute error below 1.5e-7, under the float32 rounding
// of 1 + erf near 1); results equal ATen's GELU of the float32 sum rounded to bfloat16 but for
// an occasional last-bit tie of that rounding (test_attention_kernels). Where the CPU has AVX-512
// BF16, that rounding is its conversion instruction (avx512_vector.h, the same bits): 12-17 %
// faster (measured, 2 threads, AMX: 65536 x 384 values 10.2 to 8.4 ms, 4096 x 1536 2.25 to 2.0).
#include <ATen/ATen.h>

namespace sam2 {

// Whether this CPU can run geluBf16 (AVX-512 F and BW).
bool geluBf16Available();

// gelu(x + addend) for a contiguous bfloat16 CPU x and an addend of the same shape and dtype
// (contiguous; undefined: none), as a new tensor of `outType` (bfloat16 or float32), or into x
// itself when `inPlace` (outType must then be bfloat16).
at::Tensor geluBf16(const at::Tensor& x, const at::Tensor& addend = {}, at::ScalarType outType = at::kBFloat16,
                    bool inPlace = false);

}  // namespace sam2
