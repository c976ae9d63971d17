#pragma once
// The entries of a [..., N, C] CPU tensor with at most two leading dims, as the fused attention
// kernels' drivers read them (attention_amx.cpp, attention_float.cpp; model-internal): where entry
// i of the flattened leading dims starts, and the row stride, in elements. Any strides (0 for a
// broadcast dim); the last dim must be contiguous.
#include <ATen/core/Tensor.h>

#include <cstdint>

namespace sam2 {

template <class T>
struct StridedRows {
  const T* data = nullptr;
  int64_t inner = 1, outerStride = 0, innerStride = 0, rowStride = 0;

  // data: t's first element, as T.
  StridedRows(const T* first, const at::Tensor& t) : data(first), rowStride(t.stride(-2)) {
    if (t.dim() == 3) outerStride = t.stride(0);
    if (t.dim() == 4) {
      inner = t.size(1);
      outerStride = t.stride(0);
      innerStride = t.stride(1);
    }
  }
  const T* entry(int64_t i) const { return data + (i / inner) * outerStride + (i % inner) * innerStride; }
};

}  // namespace sam2
