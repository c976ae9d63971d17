#pragma once
// Layer norm of bfloat16 rows on AVX-512, in one read and one write (model-internal).
//
// LibTorch 1.13's bfloat16 layer norm is ten times slower than its float32 one on the CPU, so
// bfloat16 maps were normalised by a round trip through float32: a conversion, the float32 norm
// and a conversion back, five passes over the map that moved 20 bytes per element. Hiera's 24
// norms of a tiny encoding at 1024 (50 million elements) took 57 ms that way. Here each row is
// read once into a float32 buffer in L1, its mean and variance are taken from there (two passes,
// as exact as float32's), and the row is written back as bfloat16: 4 bytes per element. Results
// equal the float32 norm rounded to bfloat16 but for an occasional last-bit tie of that rounding
// (test_attention_kernels). The same pass also takes float32 maps (layerNormFloat below), where
// it saves ATen's separate residual add and runs at 2-3 times ATen's float32 add and norm.
#include <ATen/ATen.h>

namespace sam2 {

// Whether this CPU can run layerNormBf16 (AVX-512 F and BW).
bool layerNormBf16Available();

// x: contiguous bfloat16 CPU tensor [..., C]; weight and bias [C] (any dtype, converted to
// float32). Returns the bfloat16 layer norm over the last dim of x, or of x + addend when an
// addend (contiguous bfloat16, x's shape) is given: a residual add and the norm after it in one
// pass, the sum kept in float32.
at::Tensor layerNormBf16(const at::Tensor& x, const at::Tensor& weight, const at::Tensor& bias, double eps,
                         const at::Tensor& addend = {});

// A residual add kept, and the norm after it, in one pass: x += addend in place (each sum
// rounded to bfloat16, as ATen's add_ does), and returns the layer norm of the new x. Equal bit
// for bit to x.add_(addend) followed by layerNormBf16(x, ...). x and addend: contiguous
// bfloat16 CPU tensors of one shape.
at::Tensor addThenLayerNormBf16(at::Tensor& x, const at::Tensor& addend, const at::Tensor& weight,
                                const at::Tensor& bias, double eps);

// Whether layerNormFloat and addThenLayerNormFloat run here: AVX-512 as above, or AVX2 and FMA
// (float_kernels_avx2.cpp).
bool layerNormFloatAvailable();

// The same two for contiguous float32 CPU maps (the sums kept as float32, as ATen's add_): one
// pass instead of ATen's add and its norm (4,096 x 256 with an addend: 0.7 ms so, about 0.3 here).
at::Tensor layerNormFloat(const at::Tensor& x, const at::Tensor& weight, const at::Tensor& bias, double eps,
                          const at::Tensor& addend = {});
at::Tensor addThenLayerNormFloat(at::Tensor& x, const at::Tensor& addend, const at::Tensor& weight,
                                 const at::Tensor& bias, double eps);

}  // namespace sam2
