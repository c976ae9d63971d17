#pragma once
// The exact (erf) GELU of bfloat16 maps on AVX-512, optionally after adding a second map, in one
// pass (model-internal).
//
// LibTorch 1.13's bfloat16 GELU took 48 ms of a tiny encoding at 1024 (Hiera's MLPs, 100 million
// elements), and the mask decoder's upscaling adds the high-resolution features and applies GELU
// in two more passes over 2 million elements per click (1.7 ms). This kernel reads the map (and
// the addend) once and writes the result once, in bfloat16 or float32, computing in float32 with
// erfc from Numerical Recipes' Chebyshev fit (relative error below 1.2e-7 for every argument, so
// the negative tail is as exact as the rest; gelu_bf16_avx512.cpp); results equal ATen's GELU of the float32 sum rounded to bfloat16 but for
// an occasional last-bit tie of that rounding (test_attention_kernels). Where the CPU has AVX-512
// BF16, that rounding is its conversion instruction (avx512_vector.h, the same bits): 12-17 %
// faster (measured, 2 threads, AMX: 65536 x 384 values 10.2 to 8.4 ms, 4096 x 1536 2.25 to 2.0).
// Without an addend and into bfloat16 (Hiera's MLPs) the input is one of 65,536 bfloat16 values,
// so the result is looked up instead, 16 lanes per gather, in a table of their exact GELUs
// rounded once (built on first use): correctly rounded for every finite input (subnormal inputs
// and results as signed zeros, as the model's threads flush them), and about twice as fast
// (65536 x 384 values 7.3 to 3.6 ms, 4096 x 1536 1.9 to 0.6 ms).
#include <ATen/ATen.h>

namespace sam2 {

// Whether this CPU can run geluBf16 (AVX-512 F and BW).
bool geluBf16Available();

// gelu(x + addend) for a contiguous bfloat16 CPU x and an addend of the same shape and dtype
// (contiguous; undefined: none), as a new tensor of `outType` (bfloat16 or float32), or into x
// itself when `inPlace` (outType must then be bfloat16).
at::Tensor geluBf16(const at::Tensor& x, const at::Tensor& addend = {}, at::ScalarType outType = at::kBFloat16,
                    bool inPlace = false);

// That table: entry b is the GELU of the bfloat16 with bits b, as bits (65,537 entries, the last
// a spare for 32-bit gathers at 2 b). For kernels that apply GELU themselves (linear_amx.h).
const uint16_t* exactGeluBf16Table();

// Whether geluFloatInPlace runs here: AVX-512, as geluBf16Available(). (An AVX2 version ran
// slower than ATen's own AVX2 GELU, whose erf is cheaper; float_kernels_avx2.cpp.)
bool geluFloatAvailable();

// The same GELU of a contiguous float32 CPU tensor, in place (where geluFloatAvailable()). ATen's
// float32 GELU took about 60 ms of a tiny encoding at 1024, half of it in Hiera's first stage,
// where its fresh 100 MB result is first touched; results agree with ATen's within a few float32
// steps (test_attention_kernels).
void geluFloatInPlace(at::Tensor& x);

// The mask decoder's last step in one pass: the upscaled map's GELU (after the high-resolution
// features are added) times each mask token's hypernetwork output. The map comes as the
// transposed convolution's product, before its 2x2 blocks are moved into place: blocks [B, h, w,
// 2, 2, C] (block (i, j) of input pixel (y, x) is output pixel (2y + i, 2x + j)), addend [B, 2h,
// 2w, C] or undefined, both bfloat16 or both float32 (this one also serves float32 models),
// tokens [B, T, C] -> logits [B, T, 2h, 2w] float32:
//   logits[b, t, Y, X] = sum_c gelu(map[b, Y, X, c] + addend[b, Y, X, c]) tokens[b, t, c]
// in float32, as geluBf16 to float32 followed by the product did, but for the order of the
// sum. Per click that was a copy of the map into place, the GELU written out as float32 (8 MB)
// and a product that read it back: 1.36 ms for SAM 2's 256 x 256 x 32 map and four tokens on two
// threads (AMX), 0.92 ms in this pass, most of it the GELU's own arithmetic. In float32 ATen's
// GELU, add, copy and product took about 2.2 ms of a 20 ms click.
bool geluTokenLogitsApplies(const at::Tensor& blocks, const at::Tensor& addend, const at::Tensor& tokens);
at::Tensor geluTokenLogits(const at::Tensor& blocks, const at::Tensor& addend, const at::Tensor& tokens);

}  // namespace sam2
