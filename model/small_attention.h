#pragma once
// Attention over a few keys per query, for very many small problems at once (model-internal).
//
// Hiera's windowed blocks at 4 x 4 windows attend 16 keys from each of 4 or 16 queries, for
// 1,024 windows times 2 or 4 heads per image. As batched matrix products those are thousands of
// 4 x 96 by 96 x 16 products, each mostly call overhead, and the head split and dtype changes
// around them cost as much again: 55 ms of a 628 ms bfloat16 encoding of tiny at 1024 for about
// 0.3 GFLOP. Here each (window, head) is one small loop nest over its keys and values held in
// float32 in L1: the inputs are read where they lie (any strides, last dim contiguous: Hiera's
// q, k and v are views into the qkv projection), float32 or bfloat16, and the result is written
// in the dtype of q, in the layout of q.
#include <ATen/ATen.h>

namespace sam2 {

// Whether smallAttention takes these inputs: same leading dims (at most two), float32 or
// bfloat16 on the CPU, each last dim contiguous, and at most kSmallAttentionMaxKeys keys.
constexpr int64_t kSmallAttentionMaxKeys = 32;
bool smallAttentionApplies(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v);

// softmax(q k^T / sqrt(d)) v for q [..., Nq, d], k [..., Nk, d], v [..., Nk, dv], computed in
// float32; the result [..., Nq, dv] has q's dtype, and its dims are stored in the order of q's
// (a q that is a transposed view of [B, N, heads, d] gives a result that is one, too).
at::Tensor smallAttention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v);

}  // namespace sam2
