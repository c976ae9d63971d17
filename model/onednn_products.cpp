#include "model/onednn_products.h"

#include <vector>

#include "model/cpu_tuning.h"
#include "model/small_linear.h"

namespace sam2 {

namespace {

// oneDNN's 1x1 convolution on channels-last views: input [M, K] row-major, weight [N, K] row-major.
at::Tensor convolutionProduct(const at::Tensor& a, const at::Tensor& b, const at::Tensor& bias) {
  const int64_t m = a.size(0), k = a.size(1), n = b.size(0);
  // [M, K] row-major is exactly NHWC [1, M, 1, K], i.e. the channels-last tensor [1, K, M, 1].
  const at::Tensor input = a.contiguous().view({1, m, 1, k}).permute({0, 3, 1, 2});
  const at::Tensor weight = b.contiguous().view({n, k, 1, 1});
  const at::Tensor out = at::mkldnn_convolution(input, weight, bias, /*padding=*/{0, 0},
                                                /*stride=*/{1, 1}, /*dilation=*/{1, 1}, /*groups=*/1);
  // A channels-last [1, N, M, 1] result is row-major [M, N]: the reshape is free.
  return out.permute({0, 2, 3, 1}).reshape({m, n});
}

}  // namespace

bool useOneDnnProduct(const at::Tensor& a, int64_t rows) {
  // Only with AVX-512 kernels: those are what was measured to beat OpenBLAS, and oneDNN 2.6 with
  // AVX2 kernels finds no implementation for this channels-last 1x1 convolution at all.
  static const bool available = at::hasMKLDNN() && oneDnnIsa() >= CpuIsa::Avx512Core;
  // bfloat16 only where oneDNN computes it natively (AVX-512 BF16 or AMX; elsewhere the model
  // runs bfloat16 through ATen's emulation, see cpu_tuning.h).
  static const bool bf16 = cpuHasNativeBf16();
  const auto type = a.scalar_type();
  return available && rows >= 256 && (type == at::kFloat || (bf16 && type == at::kBFloat16)) && a.device().is_cpu() &&
         at::globalContext().userEnabledMkldnn();
}

at::Tensor productWithTransposed(const at::Tensor& a, const at::Tensor& b, const at::Tensor& bias) {
  if (!useOneDnnProduct(a, a.size(0)) || b.scalar_type() != a.scalar_type())
    return bias.defined() ? at::addmm(bias, a, b.t()) : at::mm(a, b.t());
  return convolutionProduct(a, b, bias);
}

at::Tensor linear(torch::nn::LinearImpl& layer, const at::Tensor& x) {
  const at::Tensor& weight = layer.weight;
  const int64_t in = weight.size(1);
  const int64_t rows = in > 0 ? x.numel() / in : 0;
  if (x.dim() < 1 || !useOneDnnProduct(x, rows) || weight.scalar_type() != x.scalar_type()) {
    // A few rows (the decoder's prompt tokens): small_linear.h.
    if (smallLinearApplies(x, weight, layer.bias)) return smallLinear(x, weight, layer.bias);
    return layer.forward(x);  // (matmul + bias: not at::linear, whose bfloat16 rounding differs)
  }
  std::vector<int64_t> shape(x.sizes().begin(), x.sizes().end());
  shape.back() = weight.size(0);
  return convolutionProduct(x.reshape({rows, in}), weight, layer.bias).view(shape);
}

}  // namespace sam2
