#pragma once
// bfloat16 linear layers on AMX (or, without AMX, on AVX-512 BF16's dot products over the same
// packed weights: bf16_dot_products.h) with what follows them fused into the product's epilogue
// (model-internal).
//
// Hiera's MLPs spend a third of their time between their products: GELU reads and writes the
// hidden map once more (4 times the tokens' channels), the residual add the output. This product
// runs the AMX tiles itself (2 x 2 tiles of 16 x 16 float32 at a time, the weights packed once
// per layer in attention_amx_kernel.cpp's key layout) and applies the bias, the rounding to
// bfloat16 and then GELU (gelu_bf16.h's table) or the residual add to each 32 x 32 block while it
// is in L1. The roundings are those of the separate steps, so the result is theirs bit for bit
// wherever the products agree (they do with oneDNN's AMX kernels on the model's shapes:
// test_attention_kernels). On Hiera tiny's shapes the products alone match or beat oneDNN's 1x1
// convolution (measured, 2 threads: 4096 x 384 by 384 x 1536 in 1.6 against 2.2 ms).
#include <ATen/core/Tensor.h>
#include <torch/nn/modules/linear.h>

#include "model/attention_amx.h"
#include "model/derived_cache.h"

namespace sam2 {

// After the bias and the rounding to bfloat16: nothing, GELU (the exact one, gelu_bf16.h's
// table), ReLU (as reluInPlace: negative bits to +0), or + residual rounded again (as addInPlace).
// (The values are the kernel's codes: linear_amx_kernel.cpp.)
enum class LinearEpilogue { Bias = 0, BiasGelu = 1, BiasRelu = 2, BiasResidual = 3 };

// Whether amxLinear runs here (a fused attention kernel runs: AMX's tiles, or AVX-512 BF16's dot
// products on the same packed weights where there is no AMX) for
// a contiguous bfloat16 CPU x [..., in] and a bfloat16 weight [out, in] with a bias [out]: in and
// out multiples of 32, at least 256 rows (fewer stay with small_linear.h and oneDNN).
bool amxLinearTakes(const at::Tensor& x, const at::Tensor& weight, const at::Tensor& bias);

// The weight [out, in] in the tiles' layout, for amxLinear (MlpImpl keeps it per layer).
at::Tensor amxPackWeight(const at::Tensor& weight);

// x W^T + bias rounded to bfloat16 [..., out], then GELU or + residual (bfloat16, the result's
// shape, contiguous) rounded again, per the epilogue. packedWeight: amxPackWeight(W). The kernel
// must run here (fusedAttentionRuns).
at::Tensor amxLinear(const at::Tensor& x, const at::Tensor& packedWeight, const at::Tensor& bias,
                     LinearEpilogue epilogue, const at::Tensor& residual = {},
                     FusedAttentionKernel kernel = fusedAttentionKernel());

// A module's packed weights, made at their first use (DerivedTensorCache: thread-safe, and gone
// with the module, so never stale).
class PackedWeights {
 public:
  at::Tensor of(const at::Tensor& weight) const;

 private:
  DerivedTensorCache cache_;
};

// The layer on x through amxLinear with the epilogue where amxLinearTakes x (the weight packed in
// `packed`), else onednn_products.h's linear followed by the epilogue's own step: the same bits.
at::Tensor linearWithEpilogue(const PackedWeights& packed, torch::nn::LinearImpl& layer, const at::Tensor& x,
                              LinearEpilogue epilogue = LinearEpilogue::Bias, const at::Tensor& residual = {});

}  // namespace sam2
