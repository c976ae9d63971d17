#pragma once
// A linear layer on a few bfloat16 rows, on AVX-512 (model-internal).
//
// The mask decoder's prompt tokens (eight rows at a click) go through some thirty small linear
// layers: attention projections, the token MLP, the IoU and object-score heads. LibTorch 1.13
// hands each bfloat16 product to oneDNN, which spent 25-50 us per call on rows this few (8 x 256
// by 256 x 256: 0.5 million multiply-adds, a few microseconds of arithmetic), about 1.5 ms of a
// 12 ms click. Here the rows are dot products with the weight's rows, four weight rows against
// up to four input rows at a time, accumulated in float32 and rounded once to bfloat16 with the
// bias added, as oneDNN's product does; only the order of the sums differs.
#include <ATen/ATen.h>

namespace sam2 {

// Whether this CPU can run smallLinearBf16 (AVX-512 F and BW).
bool smallLinearBf16Available();

// Rows up to which smallLinearBf16 is used (beyond it oneDNN's product pays off).
constexpr int64_t kSmallLinearMaxRows = 32;

// Whether smallLinearBf16 takes x [..., K] (bfloat16 on the CPU, at most kSmallLinearMaxRows
// rows), weight [N, K] (bfloat16, contiguous) and bias [N] (bfloat16 or undefined), on AVX-512.
bool smallLinearBf16Applies(const at::Tensor& x, const at::Tensor& weight, const at::Tensor& bias);

// x weight^T + bias -> [..., N] bfloat16.
at::Tensor smallLinearBf16(const at::Tensor& x, const at::Tensor& weight, const at::Tensor& bias);

}  // namespace sam2
