#pragma once
// Fused float32 attention on AVX-512 (model-internal): softmax(q k^T) v without the score matrix.
//
// The float32 attention of blockedAttention (attention_kernels.h) writes each block's scores to
// memory (oneDNN's product), soft-maxes them in place and reads them back for the product with the
// values: on the memory attention's 4,096 queries against up to 28,700 memory tokens, 470 MB of
// scores a layer pass through memory four times. This kernel (attention_float_kernel.cpp) keeps the
// scores of 32 queries for a block of 256 keys in L1 (32 KB): register blocks of 8 queries by 32
// keys of FMA products, a running soft-max in place, and register blocks of 8 queries by 32 value
// channels into float32 output rows, as attention_amx.h does in bfloat16. Everything stays in
// float32; the sums run in another order than the blocked path's, and the exponential is
// avx512_vector.h's (relative error below 2e-7, as the float32 soft-max kernel's).
#include <ATen/core/Tensor.h>

namespace sam2 {

// Whether this CPU and process run the kernel: AVX-512 F, BW and DQ, and oneDNN's ISA not held
// below AVX-512 (so ONEDNN_MAX_CPU_ISA=AVX2 keeps a laptop's paths, as for the other kernels).
bool floatAttentionAvailable();

// Whether floatAttention runs here and takes these inputs as they are: float32 CPU tensors q
// [..., Nq, d], k [..., Nk, d], v [..., Nk, dv] with the same leading dims (none, one or two; any
// strides, 0 for a broadcast dim, the last dim contiguous), d a multiple of 16 and dv of 32, both
// at least 32 (Hiera's 96-channel heads, the memory attention's 256; the mask decoder's 16-channel
// heads and Hiera base+'s 56 keep the blocked path).
bool floatAttentionTakes(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v);

// softmax(scale q k^T) v, scale > 0 (applied to the scores); a new contiguous float32 [..., Nq, dv].
at::Tensor floatAttention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v, double scale);

}  // namespace sam2
