#pragma once
// Float32 matrix products on oneDNN (model-internal).
//
// LibTorch 1.13 hands float32 matrix products to BLAS. Debian's OpenBLAS runs its AVX2 kernels
// even on AVX-512 CPUs and is slow when one side is narrow (Hiera's 96 channels, the 64-channel
// memory values), while oneDNN's AVX-512 1x1-convolution kernels run at about 330 GFLOP/s on the
// same two cores (measured: 65536x96 by 96x288 in 11.8 instead of 22.8 ms, 4096x2048 by
// 2048x256 in 12.7 instead of 14.8 ms, a 256-row attention block against 28,700 memory values
// in 3.4 instead of 4.9 ms). A 1x1 convolution over the channels-last [1, K, M, 1] view of a
// row-major [M, K] matrix is that very product, without a copy, so large float32 CPU products go
// there; everything else (CUDA, bfloat16, which LibTorch already sends to oneDNN, products of
// fewer than 256 rows, where oneDNN's set-up costs more than it wins, CPUs below AVX-512, where
// OpenBLAS's AVX2 kernels are the natural choice) keeps the usual call.
#include <ATen/ATen.h>
#include <torch/nn/modules/linear.h>

namespace sam2 {

// Whether a [rows, ...] float32 product on `a`'s device would be sent to oneDNN.
bool useOneDnnProduct(const at::Tensor& a, int64_t rows);

// a [M, K] times b [N, K] transposed, plus bias [N] when given: [M, N] (oneDNN when it pays).
at::Tensor productWithTransposed(const at::Tensor& a, const at::Tensor& b, const at::Tensor& bias = {});

// layer.forward(x) for x [..., in]: the same product and bias, on oneDNN when it pays.
at::Tensor linear(torch::nn::LinearImpl& layer, const at::Tensor& x);

}  // namespace sam2
