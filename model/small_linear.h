#pragma once
// A linear layer on a few rows, on AVX-512 (model-internal).
//
// The mask decoder's prompt tokens (eight rows at a click) go through some thirty small linear
// layers: attention projections, the token MLP, the IoU and object-score heads. LibTorch 1.13
// hands each bfloat16 product to oneDNN, which spent 25-50 us per call on rows this few (8 x 256
// by 256 x 256: 0.5 million multiply-adds, a few microseconds of arithmetic), about 1.5 ms of a
// 12 ms click; float32 ones go to BLAS at about 25 us a call. Here the rows are dot products with
// the weight's rows, four weight rows against up to four input rows at a time, accumulated in
// float32; bfloat16 results are rounded once with the bias added, as oneDNN's product does. Only
// the order of the sums differs.
#include <ATen/ATen.h>

namespace sam2 {

// Whether this CPU can run smallLinear (AVX-512 F and BW).
bool smallLinearAvailable();

// Rows up to which smallLinear is used (beyond it oneDNN's or BLAS's product pays off).
constexpr int64_t kSmallLinearMaxRows = 32;

// Whether smallLinear takes x [..., K] (bfloat16 or float32 on the CPU, at most
// kSmallLinearMaxRows rows), weight [N, K] (x's dtype, contiguous) and bias [N] (x's dtype, or
// undefined), on AVX-512.
bool smallLinearApplies(const at::Tensor& x, const at::Tensor& weight, const at::Tensor& bias);

// x weight^T + bias -> [..., N] in x's dtype.
at::Tensor smallLinear(const at::Tensor& x, const at::Tensor& weight, const at::Tensor& bias);

}  // namespace sam2
