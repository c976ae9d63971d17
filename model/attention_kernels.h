#pragma once
// Attention kernels shared by the image and video parts (model-internal).
#include <ATen/ATen.h>

namespace sam2 {

// softmax(q k^T / sqrt(d)) v for q [..., Nq, d], k and v [..., Nk, d] (same leading dims),
// without ever holding the whole [Nq, Nk] score matrix: queries are processed in blocks whose
// scores fit in about `blockBytes`, and every block reuses one score buffer (scaled and
// soft-maxed in place). Memory attention over ~29k memory tokens would otherwise allocate and
// touch three 470 MB matrices per layer. float32 inputs are computed in float32. When q, k and
// v are all bfloat16 (and there are at least 64 keys and 32 channels per head), both matrix
// products run in bfloat16 (float32 accumulation inside
// oneDNN: AMX or AVX-512 BF16 on CPUs that have them) and the scores are soft-maxed in place
// (ATen computes in float32 and rounds the probabilities to bfloat16), as bfloat16 attention
// does on GPUs; that roughly doubles the speed of memory attention on CPU. The result has q's
// dtype. Equal to the plain formula up to the rounding of the chosen precision. With few keys
// (small_attention.h) everything runs in float32 and the result keeps q's layout, which need not
// be contiguous. On CPUs with AMX or AVX-512 BF16, bfloat16 attention with at least 32 channels
// runs fused instead (attention_amx.h) unless allowFused is false (the tests compare both).
at::Tensor blockedAttention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v,
                            int64_t blockBytes = int64_t{128} << 20, bool allowFused = true);

}  // namespace sam2
