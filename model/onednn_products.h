#pragma once
// Float32 and bfloat16 matrix products on oneDNN (model-internal).
//
// LibTorch 1.13 hands float32 matrix products to BLAS. Debian's OpenBLAS runs its AVX2 kernels
// even on AVX-512 CPUs and is slow when one side is narrow (Hiera's 96 channels, the 64-channel
// memory values), while oneDNN's AVX-512 1x1-convolution kernels run at about 330 GFLOP/s on the
// same two cores (measured: 65536x96 by 96x288 in 11.8 instead of 22.8 ms, 4096x2048 by
// 2048x256 in 12.7 instead of 14.8 ms, a 256-row attention block against 28,700 memory values
// in 3.4 instead of 4.9 ms). A 1x1 convolution over the channels-last [1, K, M, 1] view of a
// row-major [M, K] matrix is that very product, without a copy, so large float32 CPU products go
// there. So do bfloat16 ones on CPUs with native bfloat16: LibTorch sends those to oneDNN's
// matmul already, but a linear layer then adds its bias in a second pass over the output, which
// the convolution does in its epilogue (in float32, before the one rounding to bfloat16, as a
// GPU's fused epilogue does). Measured on Hiera tiny's layers, 2 threads, AMX: 65536x96 by
// 96x384 in 2.8 instead of 4.8 ms, 65536x384 by 384x96 in 2.6 instead of 3.4 ms; the bfloat16
// encoding 16 % faster, 6 % under ONEDNN_MAX_CPU_ISA=AVX512_CORE_BF16. Everything else (CUDA,
// products of fewer than 256 rows, where oneDNN's set-up costs more than it wins, CPUs below
// AVX-512, where OpenBLAS's AVX2 kernels are the natural choice) keeps the usual call.
#include <ATen/ATen.h>
#include <torch/nn/modules/linear.h>

namespace sam2 {

// Whether a [rows, ...] product of `a`'s dtype on `a`'s device would be sent to oneDNN here.
bool useOneDnnProduct(const at::Tensor& a, int64_t rows);

// a [M, K] times b [N, K] transposed, plus bias [N] when given: [M, N] (oneDNN when it pays).
at::Tensor productWithTransposed(const at::Tensor& a, const at::Tensor& b, const at::Tensor& bias = {});

// layer.forward(x) for x [..., in]: the same product and bias, on oneDNN when it pays.
at::Tensor linear(torch::nn::LinearImpl& layer, const at::Tensor& x);

}  // namespace sam2
