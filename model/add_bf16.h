#pragma once
// The residual add of bfloat16 maps on AVX-512, in place or into a new map (model-internal).
//
// LibTorch 1.13 adds bfloat16 tensors at half the speed of this loop (measured, 2 threads: 0.34
// against 0.16 ms for Hiera's 64 x 64 x 384 map, 1.3 against 0.65 ms for its 256 x 256 x 96
// one), and inside the encoder, where the maps come cold from the products, its adds took about
// 25 ms of a tiny bfloat16 encoding at 1024 (ATen's operator callback). Results are ATen's: each
// sum is computed in float32 and rounded once to bfloat16 (ties to even; by AVX-512 BF16's
// conversion instruction where the CPU has it, avx512_vector.h).
#include <ATen/ATen.h>

namespace sam2 {

// Whether this CPU can run addBf16InPlace (AVX-512 F and BW).
bool addBf16Available();

// x += y for contiguous bfloat16 CPU tensors of one shape; returns x.
at::Tensor& addBf16InPlace(at::Tensor& x, const at::Tensor& y);

// x + y into a new tensor, for the same inputs (the decoder's image tokens plus their position
// encoding: 0.26 ms for ATen's add of 4,096 x 256, 0.1 ms so).
at::Tensor addBf16(const at::Tensor& x, const at::Tensor& y);

}  // namespace sam2
